"""Fonts for exports: the default family list, safe family names, and the
check that installed fonts cover a text (fontconfig where it is there,
lenient where it is not)."""

from __future__ import annotations

import subprocess

import pytest

from orgchart import fonts

checkable = pytest.mark.skipif(not fonts.can_check(), reason="fontconfig is not here to ask")


@pytest.fixture(autouse=True)
def fresh_fonts():
    fonts.refresh()
    yield
    fonts.refresh()


def test_traditional_charts_ask_for_traditional_forms_first():
    hant = fonts.default_families(["zh-Hant", "en"])
    assert hant[0] == "Noto Sans CJK TC"
    assert hant.index("Microsoft JhengHei") < hant.index("Microsoft YaHei")
    for lang in (["zh-Hans", "en"], ["en"], [], ["zh"]):
        assert fonts.default_families(lang)[0] == "Noto Sans CJK SC"
    assert fonts.default_families(["en", "zh-TW"])[0] == "Noto Sans CJK TC"


def test_the_list_resolves_on_every_platform():
    families = fonts.default_families()
    for family in ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                   "Heiti SC", "WenQuanYi Micro Hei", "Noto Sans", "DejaVu Sans"):
        assert family in families
    short = fonts.default_families(["zh-Hant"], short=True)
    assert short[:3] == ("Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC")
    assert {"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"} <= set(short)


@pytest.mark.parametrize("name", ["Noto Sans CJK SC", "Microsoft YaHei", "微软雅黑",
                                  "Source Han Sans", "Helvetica Neue", "Arial"])
def test_family_names_that_may_be_passed_on(name):
    assert fonts.is_safe_family(name)


@pytest.mark.parametrize("name", ["", " ", "/etc/passwd", "a,b", 'x"y', "C:\\Windows\\x.ttf",
                                  "x\ny", "a" * 81, "../fonts/x"])
def test_family_names_that_may_not(name):
    assert not fonts.is_safe_family(name)


@checkable
def test_an_installed_cjk_font_covers_chinese():
    found = fonts.font_covering("脫貧攻堅 Poverty", fonts.default_families(["zh-Hant"]))
    if found is None:
        pytest.skip("no CJK font installed")
    assert found in fonts.default_families()
    assert fonts.missing_characters("脫貧攻堅", [found]) == ""


@checkable
def test_missing_family_covers_nothing():
    assert fonts.font_covering("abc", ["No Such Family Anywhere"]) is None
    assert fonts.missing_characters("abc", ["No Such Family Anywhere"]) == "abc"


@checkable
def test_first_family_that_covers_everything_wins():
    installed = subprocess.run(["fc-list", "--format", "%{family[0]}\n", ":charset=41"],
                               capture_output=True, text=True, check=True).stdout.split("\n")
    latin = next(f for f in installed if f)
    assert fonts.font_covering("A", ["No Such Family", latin]) == latin
    assert fonts.font_covering("A", [latin.upper()]) == latin.upper()  # fontconfig ignores case


@checkable
def test_characters_no_font_has_are_reported_once_in_order():
    private = "\U000f0001\U000f0000"
    assert fonts.missing_characters(f"a{private}b{private}") == private


def test_spaces_and_controls_need_no_glyph(monkeypatch):
    monkeypatch.setattr(fonts, "_charsets", lambda: {"x": ([ord("a")], [ord("a")])})
    assert fonts.font_covering("a a\n\t\u200d", ["x"]) == "x"


def test_lenient_where_fontconfig_cannot_be_asked(monkeypatch):
    monkeypatch.setattr(fonts, "can_check", lambda: False)
    fonts.refresh()
    assert fonts.font_covering("中文", ["Anything", "Else"]) == "Anything"
    assert fonts.missing_characters("中文\U000f0000") == ""
    assert fonts.font_covering("中文", []) is None


def test_fontconfig_answer_is_parsed_into_ranges(monkeypatch):
    listing = "A Sans,A Sans Light\t20-7e a0\nB Sans\t4e00-9fff\nB Sans\t3000-303f\n"
    monkeypatch.setattr(fonts, "can_check", lambda: True)
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(
        a, 0, listing.encode(), b""))
    fonts.refresh()
    assert fonts.font_covering("中文。", ["A Sans", "B Sans"]) == "B Sans"
    assert fonts.font_covering("abc\xa0", ["a sans light"]) == "a sans light"
    assert fonts.missing_characters("a中é") == "é"
