"""The .orgchart file: round trips, atomic saving with a backup, and a clear
refusal, naming file and place, for everything that is not a valid chart."""

from __future__ import annotations

import json
import os
import re
import stat

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgchart import fileformat
from orgchart.fileformat import LoadError, SaveError, clean, dumps, load, loads, save
from orgchart.text import Text
from tests.charts import bilingual_chart


def doc() -> dict:
    return json.loads(dumps(bilingual_chart()))


def refusal(data, source="chart.orgchart") -> LoadError:
    if isinstance(data, dict):
        data = json.dumps(data, ensure_ascii=False)
    with pytest.raises(LoadError) as info:
        loads(data.encode("utf-8") if isinstance(data, str) else data, source)
    assert str(info.value).startswith(f"{source}: ")
    return info.value


# -- round trips ---------------------------------------------------------------


def test_save_and_load_give_the_same_chart(tmp_path):
    chart = bilingual_chart()
    path = tmp_path / "a.orgchart"
    save(chart, path)
    assert load(path) == chart
    assert path.read_text("utf-8") == dumps(chart)


def test_the_compact_text_is_the_same_document_on_one_line():
    chart = bilingual_chart()
    compact = dumps(chart, compact=True)
    assert compact.count("\n") == 1 and "中央" in compact
    assert json.loads(compact) == json.loads(dumps(chart))
    assert loads(compact) == chart


def test_file_is_pretty_utf8_with_a_stable_key_order(tmp_path):
    text = dumps(bilingual_chart())
    assert "中央" in text  # not \\u escapes
    top = list(json.loads(text))
    assert top == ["format", "version", "requires", "title", "languages", "roles", "tiers",
                   "units", "duties", "links"]
    assert list(json.loads(text)["units"][0]) == ["id", "name", "tier", "parent", "people",
                                                  "notes", "collapsed"]
    assert text.startswith('{\n  "format": "orgchart",\n  "version": 1,')


def test_assignments_are_written_in_chart_order_whatever_the_edit_order():
    chart = bilingual_chart()
    chart.duties[1].assign = {"c1": "C", "t3": "R", "t2": "A"}
    assert list(json.loads(dumps(chart))["duties"][1]["assign"]) == ["t2", "t3", "c1"]


def test_optional_fields_take_defaults():
    minimal = {"format": "orgchart", "version": 1,
               "tiers": [{"id": "t", "name": "Board"}],
               "units": [{"id": "u", "name": "Acme", "tier": "t"}]}
    chart = loads(json.dumps(minimal))
    assert chart.units[0].parent is None and chart.units[0].people == ()
    assert chart.languages == ["en"] and chart.duties == [] and chart.links == []


def test_utf8_bom_and_utf16_are_decoded():
    text = dumps(bilingual_chart())
    expected = loads(text)
    assert loads(b"\xef\xbb\xbf" + text.encode("utf-8")) == expected
    assert loads(text.encode("utf-16")) == expected


def test_control_characters_and_lone_surrogates_are_cleaned():
    d = doc()
    d["units"][0]["name"] = {"en": "Bad\u0000na\u0007me\ud800", "zh-Hant": "中\u200b央"}
    chart = loads(json.dumps(d))
    assert chart.units[0].name.get("en") == "Badname\ufffd"
    dumps(chart).encode("utf-8")  # every string can be written again


# -- refusals ------------------------------------------------------------------


def test_broken_json_names_line_and_column():
    text = dumps(bilingual_chart())
    cut = text[: text.index('"units"') + 30]
    error = refusal(cut)
    assert error.place.startswith("line ") and ", column " in error.place
    line = int(error.place.split()[1].rstrip(","))
    assert line == cut.count("\n") + 1


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"\x00" * 64, "binary"),
    (b"\xff\xfe\xff", "not valid"),
    (b'{"format": "orgchart", "na\xe9me": 1}', "not UTF-8"),
    (b"[1, 2]", "expected an object"),
    (b'{"format": "orgchart", "format": "orgchart"}', "appears twice"),
    (b'{"a": NaN}', "NaN"),
    (b'{"a": 1e400}', "too large"),
    (b'{"a": ' + b"9" * 5000 + b"}", "unreadable number"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"name": "a spreadsheet"}', "not an OrgChart Builder chart"),
])
def test_what_is_not_a_chart_is_refused(data, message):
    assert message in str(refusal(data))


def test_wrong_types_and_missing_fields_name_the_place():
    cases = [
        (lambda d: d["units"][3].__setitem__("tier", 7), "units[3].tier", "expected text"),
        (lambda d: d["units"][2].pop("name"), "units[2].name", "missing"),
        (lambda d: d.pop("tiers"), "tiers", "missing"),
        (lambda d: d.__setitem__("units", {}), "units", "expected a list"),
        (lambda d: d["units"].__setitem__(1, "p1"), "units[1]", "expected an object"),
        (lambda d: d["tiers"][0].__setitem__("color", "blue"), "tiers[0].color", "colour"),
        (lambda d: d["units"][0].__setitem__("collapsed", "yes"), "units[0].collapsed",
         "true or false"),
        (lambda d: d["units"][1]["name"].__setitem__("en_US", "x"), "units[1].name",
         "language tag"),
        (lambda d: d["units"][1]["people"][0].__setitem__("title", 3),
         "units[1].people[0].title", "expected text"),
        (lambda d: d["links"][0].__setitem__("kind", "friend"), "links[0].kind", "one of"),
        (lambda d: d["units"][0].__setitem__("id", " "), "units[0].id", "empty"),
        (lambda d: d["duties"][0]["assign"].__setitem__("t1", 1), "duties[0].assign.t1",
         "role code"),
    ]
    for change, place, words in cases:
        d = doc()
        change(d)
        error = refusal(d)
        assert (error.place, words in error.reason) == (place, True), str(error)


def test_unknown_references_are_refused():
    cases = [
        (lambda d: d["units"][3].__setitem__("tier", "t9"), "units[3].tier", "no tier 't9'"),
        (lambda d: d["units"][3].__setitem__("parent", "x"), "units[3].parent", "no unit 'x'"),
        (lambda d: d["duties"][0]["assign"].__setitem__("zz", "R"), "duties[0].assign.zz",
         "no tier or unit"),
        (lambda d: d["duties"][0]["assign"].__setitem__("t1", "Q"), "duties[0].assign.t1",
         "no role 'Q'"),
        (lambda d: d["links"][0].__setitem__("target", "gone"), "links[0].target", "no unit"),
        (lambda d: d["units"][4].__setitem__("id", "p1"), "units[4].id", "already used"),
        (lambda d: d["duties"][0].__setitem__("id", "t2"), "duties[0].id", "tiers[1]"),
        (lambda d: d["roles"][1].__setitem__("code", "R"), "roles[1].code", "already used"),
    ]
    for change, place, words in cases:
        d = doc()
        change(d)
        error = refusal(d)
        assert (error.place, words in error.reason) == (place, True), str(error)


def test_a_newer_version_says_which_app_is_needed():
    d = doc()
    d["version"], d["requires"] = 3, "2.4.0"
    error = refusal(d)
    assert error.place == "version"
    assert "version 3" in error.reason and "OrgChart Builder 2.4.0 or later" in error.reason
    d.pop("requires")
    assert "a newer OrgChart Builder" in refusal(d).reason


@pytest.mark.parametrize("version", [0, "1", None, True, 1.5])
def test_a_bad_version_is_refused(version):
    d = doc()
    d["version"] = version
    assert refusal(d).place == "version"


def test_migration_hook_upgrades_older_documents(monkeypatch):
    def rename_units(old):  # an imaginary version 1 -> 2 change
        old["units"] = old.pop("boxes")
        return old

    d = doc()
    d["boxes"] = d.pop("units")
    monkeypatch.setattr(fileformat, "FORMAT_VERSION", 2)
    monkeypatch.setitem(fileformat.READABLE_SINCE, 2, "0.2.0")
    monkeypatch.setitem(fileformat.MIGRATIONS, 1, rename_units)
    assert loads(json.dumps(d)) == bilingual_chart()
    monkeypatch.delitem(fileformat.MIGRATIONS, 1)
    assert "can no longer be read" in refusal(d).reason


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.orgchart"
    path.write_text(dumps(bilingual_chart()), "utf-8")
    monkeypatch.setattr(fileformat, "MAX_BYTES", 100)
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("the file was opened"))
    with pytest.raises(LoadError, match="MiB"):
        load(path)


def test_a_missing_file_is_a_load_error(tmp_path):
    with pytest.raises(LoadError, match="No such file"):
        load(tmp_path / "nope.orgchart")


# -- saving ----------------------------------------------------------------------


def test_save_keeps_the_previous_version_as_bak_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "a.orgchart"
    first = bilingual_chart()
    save(first, path)
    assert not (tmp_path / "a.orgchart.bak").exists()
    second = bilingual_chart()
    second.title = Text("Second")
    save(second, path)
    assert load(tmp_path / "a.orgchart.bak") == first
    assert load(path) == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.orgchart", "a.orgchart.bak"]


def test_save_keeps_the_file_mode(tmp_path):
    path = tmp_path / "a.orgchart"
    save(bilingual_chart(), path)
    os.chmod(path, 0o640)
    save(bilingual_chart(), path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_save_through_a_symbolic_link_updates_the_real_file(tmp_path):
    real = tmp_path / "real.orgchart"
    save(bilingual_chart(), real)
    link = tmp_path / "link.orgchart"
    link.symlink_to(real)
    chart = bilingual_chart()
    chart.title = Text("via link")
    save(chart, link)
    assert link.is_symlink() and load(real).title == Text("via link")


def test_a_failed_save_leaves_the_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "a.orgchart"
    save(bilingual_chart(), path)
    original = path.read_bytes()

    real_fdopen = os.fdopen

    class FullDisk:
        """A file whose disk fills up half way through the write."""

        def __init__(self, fd, mode):
            self.file = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            self.file.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", FullDisk)
    with pytest.raises(SaveError, match="disk is full.*not changed"):
        save(bilingual_chart(), path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.orgchart"]


def test_no_permission_offers_save_as_and_leaves_the_file(tmp_path, monkeypatch):
    path = tmp_path / "a.orgchart"
    save(bilingual_chart(), path)
    original = path.read_bytes()

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fileformat.tempfile, "mkstemp", denied)
    with pytest.raises(SaveError, match="permission denied.*Save As"):
        save(bilingual_chart(), path)
    assert path.read_bytes() == original


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder_gives_a_clear_message(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(SaveError, match="Save As"):
        save(bilingual_chart(), folder / "a.orgchart")


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=30))
def test_clean_drops_exactly_what_no_export_can_carry(value):
    # The fast path (printable text returned as it is) agrees with the rule.
    expected = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", value)
    expected = re.sub("[\ud800-\udfff]", "\ufffd", expected)
    assert clean(value) == expected
