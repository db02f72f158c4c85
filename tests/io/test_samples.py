"""The bundled sample charts: each one loads, validates, survives a save and
reload unchanged, and still says what it is meant to show."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from orgchart import fileformat
from orgchart.model import Chart

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NAMES = ["poverty-alleviation.orgchart", "company.orgchart", "university.orgchart"]

needs_hierarchy = pytest.mark.skipif(
    importlib.util.find_spec("orgchart.hierarchy") is None,
    reason="orgchart.hierarchy is not written yet")


def load(name: str) -> Chart:
    return fileformat.load(SAMPLES / name)


def units_on(chart: Chart, tier: str) -> list:
    return [u for u in chart.units if u.tier == tier]


# --------------------------------------------------------------------------
# Every sample


def test_every_sample_is_tested():
    assert sorted(p.name for p in SAMPLES.glob("*.orgchart")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_file_is_in_canonical_form(name):
    """The file on disk is exactly what saving it gives, so opening and saving
    a sample shows no spurious change in version control."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert fileformat.dumps(fileformat.loads(text, name)) == text


@pytest.mark.parametrize("name", NAMES)
def test_save_and_reload_is_identical(name, tmp_path):
    chart = load(name)
    path = tmp_path / name
    fileformat.save(chart, path)
    again = fileformat.load(path)
    assert fileformat.dumps(again) == fileformat.dumps(chart)
    assert again == chart


@needs_hierarchy
@pytest.mark.parametrize("name", NAMES)
def test_validates_without_errors_or_warnings(name):
    from orgchart.hierarchy import validate

    problems = validate(load(name))
    serious = [f"{p.severity} {p.code}: {p.message('en')}" for p in problems
               if p.severity in ("error", "warning")]
    assert serious == []


@pytest.mark.parametrize("name", NAMES)
def test_every_duty_is_assigned_with_known_roles(name):
    chart = load(name)
    codes = {r.code for r in chart.roles}
    targets = {t.id for t in chart.tiers} | {u.id for u in chart.units}
    for duty in chart.duties:
        assert duty.assign, duty.id
        assert set(duty.assign.values()) <= codes, duty.id
        assert set(duty.assign) <= targets, duty.id


@pytest.mark.parametrize("name", NAMES)
def test_every_tier_has_units_and_a_readable_colour(name):
    chart = load(name)
    colours = [t.color for t in chart.tiers]
    assert len(set(colours)) == len(colours)
    for tier in chart.tiers:
        assert units_on(chart, tier.id), tier.id
        assert _contrast_with_white(tier.color) >= 4.5, (tier.id, tier.color)


@pytest.mark.parametrize("name", NAMES)
def test_texts_are_given_in_every_language_of_the_chart(name):
    chart = load(name)
    langs = set(chart.languages)
    texts = [chart.title, *(r.name for r in chart.roles), *(t.name for t in chart.tiers),
             *(t.summary for t in chart.tiers), *(u.name for u in chart.units),
             *(d.text for d in chart.duties)]
    if langs != {"en"}:
        for text in texts:
            assert set(text.langs()) == langs, text


def _contrast_with_white(colour: str) -> float:
    def linear(c: int) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    return 1.05 / (luminance + 0.05)


# --------------------------------------------------------------------------
# The seed sample: 脫貧攻堅領導責任制


@pytest.fixture(scope="module")
def poverty() -> Chart:
    return load("poverty-alleviation.orgchart")


def test_poverty_title_and_languages(poverty):
    assert poverty.languages == ["zh-Hant", "en"]
    assert poverty.title.get("zh-Hant") == "脫貧攻堅領導責任制"
    assert poverty.title.get("en") == "Leadership responsibility system for poverty alleviation"


def test_poverty_tiers_and_mottos(poverty):
    assert [(t.id, t.name.get("zh-Hant"), t.summary.get("zh-Hant")) for t in poverty.tiers] == [
        ("central", "中央", "統籌"),
        ("province", "省（自治區、直轄市）", "負總責"),
        ("prefecture", "市（地）", "上下銜接、域內協調、督促檢查"),
        ("county", "縣", "抓落實"),
    ]
    assert [t.summary.get("en") for t in poverty.tiers] == [
        "Makes overall plans", "Takes overall responsibility",
        "Links higher and lower levels, coordinates, supervises",
        "Takes charge of implementation",
    ]


def test_poverty_legend(poverty):
    roles = {r.code: r for r in poverty.roles}
    assert {code: r.name.get("zh-Hant") for code, r in roles.items()} == {
        "P": "統籌", "O": "負總責", "C": "銜接", "S": "監督", "I": "抓落實"}
    assert [code for code, r in roles.items() if r.unique] == ["O"]


def test_poverty_units(poverty):
    (top,) = poverty.top_units()
    assert top.tier == "central"
    assert top.name.get("zh-Hant") == "中共中央、國務院"
    assert top.name.get("en") == "CPC Central Committee and State Council"
    provinces = units_on(poverty, "province")
    prefectures = units_on(poverty, "prefecture")
    counties = units_on(poverty, "county")
    assert len(provinces) >= 3 and len(prefectures) >= 6 and len(counties) >= 12
    assert all(u.parent == top.id for u in provinces)
    by_id = {u.id: u for u in poverty.units}
    assert all(by_id[u.parent].tier == "province" for u in prefectures)
    assert all(by_id[u.parent].tier == "prefecture" for u in counties)
    assert all(poverty.children(p.id) for p in provinces + prefectures)


@pytest.mark.parametrize(("county", "prefecture"), [
    ("赫章縣", "畢節市"),
    ("威寧彝族回族苗族自治縣", "畢節市"),
    ("正安縣", "遵義市"),
    ("通渭縣", "定西市"),
    ("岷縣", "定西市"),
    ("東鄉族自治縣", "臨夏回族自治州"),
    ("鎮雄縣", "昭通市"),
    ("福貢縣", "怒江傈僳族自治州"),
])
def test_poverty_counties_are_in_their_real_prefectures(poverty, county, prefecture):
    by_name = {u.name.get("zh-Hant"): u for u in poverty.units}
    assert by_name[county].parent == by_name[prefecture].id


def test_poverty_every_county_names_its_first_responsible_persons(poverty):
    for county in units_on(poverty, "county"):
        titles = [p.title.get("zh-Hant") for p in county.people]
        assert titles == ["縣委書記（第一責任人）", "縣長（第一責任人）"], county.id
        assert all(p.title.get("en") for p in county.people)


def test_poverty_duties_as_the_text_states_them(poverty):
    def tiers_doing(zh: str) -> dict[str, str]:
        (duty,) = [d for d in poverty.duties if d.text.get("zh-Hant") == zh]
        return duty.assign

    for zh in ("制定扶貧開發大政方針", "出臺重大政策舉措", "規劃重大工程項目"):
        assert tiers_doing(zh) == {"central": "P"}
    for zh in ("目標確定", "項目下達", "資金投放", "組織動員", "對扶貧開發工作負總責"):
        assert tiers_doing(zh) == {"province": "O"}
    assert tiers_doing("監督考核") == {"province": "S"}
    assert tiers_doing("上下銜接") == tiers_doing("域內協調") == {"prefecture": "C"}
    assert tiers_doing("督促檢查") == {"prefecture": "S"}
    assert tiers_doing("貧困縣如期摘帽")["prefecture"] == "I"
    assert tiers_doing("承擔主體責任") == {"county": "I"}
    for zh in ("進度安排", "項目落地", "資金使用", "人力調配", "推進實施"):
        assert tiers_doing(zh)["county"] == "I"
    assert len(poverty.duties) == 19


def test_poverty_every_tier_has_duties_in_its_own_role(poverty):
    own = {"central": "P", "province": "O", "prefecture": "C", "county": "I"}
    for tier, code in own.items():
        assert any(d.assign.get(tier) == code for d in poverty.duties), tier


# --------------------------------------------------------------------------
# The company sample


@pytest.fixture(scope="module")
def company() -> Chart:
    return load("company.orgchart")


def test_company_shape(company):
    assert company.languages == ["en"]
    assert [r.code for r in company.roles] == ["R", "A", "C", "I"]
    assert len(company.tiers) == 5
    assert 35 <= len(company.units) <= 50
    assert all(units_on(company, t.id) for t in company.tiers)
    assert all(u.people for u in company.units)


def test_company_links(company):
    assert 3 <= len(company.links) <= 5
    assert {k.kind for k in company.links} == {"dotted-line", "coordination", "supervision"}


def test_company_duties_have_exactly_one_accountable(company):
    assert len(company.duties) >= 15
    for duty in company.duties:
        assert Counter(duty.assign.values())["A"] == 1, duty.id
    tiers = {t.id for t in company.tiers}
    unit_targets = {target for d in company.duties for target in d.assign} - tiers
    assert len(unit_targets) >= 2
    assert {target for d in company.duties for target in d.assign} >= tiers


# --------------------------------------------------------------------------
# The university sample: Simplified Chinese, skipped tiers, a collapsed school


@pytest.fixture(scope="module")
def university() -> Chart:
    return load("university.orgchart")


def test_university_shape(university):
    assert university.languages == ["zh-Hans", "en"]
    assert [r.code for r in university.roles] == ["R", "A", "C", "I"]
    assert any(u.collapsed for u in university.units)
    for duty in university.duties:
        assert Counter(duty.assign.values())["A"] == 1, duty.id


@needs_hierarchy
def test_university_skips_tiers_as_information(university):
    from orgchart.hierarchy import validate

    skipped = [p for p in validate(university) if p.code == "skipped-tier"]
    assert skipped and all(p.severity == "info" for p in skipped)
    assert {p.ids[0] for p in skipped} == {"testing-center", "fl-college-english"}
