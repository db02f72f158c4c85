"""Indented outlines (`orgchart.formats.outline`): tabs or 2 or 4 spaces,
bullets, pasted text, indentation problems reported by line, and the export
that imports back as the same tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from orgchart import fileformat
from orgchart.fileformat import LoadError
from orgchart.formats import ExportOptions, ImportOptions, outline
from orgchart.formats.walk import tree_order
from orgchart.model import Chart
from orgchart.text import Text

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def tree(chart: Chart) -> list[tuple[str, str | None, str]]:
    """(name, parent's name, tier name) per unit."""
    names = {u.id: str(u.name) for u in chart.units}
    return [(str(u.name), names.get(u.parent), chart.find_tier(u.tier).name.pick(""))
            for u in chart.units]


EXPECTED = [("Board of directors", None, "Level 1"),
            ("Chief executive", "Board of directors", "Level 2"),
            ("Sales", "Chief executive", "Level 3"),
            ("Sales north", "Sales", "Level 4"), ("Sales south", "Sales", "Level 4"),
            ("Engineering", "Chief executive", "Level 3"),
            ("Audit committee", "Board of directors", "Level 2")]


@pytest.mark.parametrize("name", ["outline-tabs.txt", "outline-2spaces.txt",
                                  "outline-4spaces.txt"])
def test_tabs_or_two_or_four_spaces_give_the_same_tree(name):
    result = outline.import_chart(DATA / name)
    assert result.problems == []
    assert tree(result.chart) == EXPECTED
    assert fileformat.loads(fileformat.dumps(result.chart)) == result.chart


def test_pasted_text_with_bullets_and_blank_lines():
    text = "• Board of directors\n\n  - Chief executive\n    * Sales\n    1. Engineering\n"
    result = outline.import_text(text, ImportOptions(language="en"))
    assert [str(u.name.get("en")) for u in result.chart.units] == [
        "Board of directors", "Chief executive", "Sales", "Engineering"]
    assert result.chart.languages == ["en"]
    assert result.chart.tiers[2].name == Text({"en": "Level 3"})


def test_chinese_levels_are_named_in_the_import_language():
    result = outline.import_text("中央\n\t省\n", ImportOptions(language="zh-Hant"))
    assert [t.name for t in result.chart.tiers] == [Text({"zh-Hant": "第1級"}),
                                                    Text({"zh-Hant": "第2級"})]


def test_indentation_problems_and_several_tops_are_reported_by_line():
    result = outline.import_chart(DATA / "outline-broken.txt")
    assert result.problems == [
        "line 7 is indented more than one level below the line above; it is taken as one "
        "level deeper",
        "line 8: its indent matches no line above; it is taken as one level deeper than the "
        "line before it at a smaller indent"]
    names = {str(u.name): u for u in result.chart.units}
    assert names["臨夏州"].parent == names["甘肅省"].id
    several = outline.import_text("A\n  B\nC\n")
    assert several.problems == ["2 lines are at the top (lines 1 (“A”), 3 (“C”)); a chart has "
                                "one top unit, so indent the others under it"]
    assert len(several.chart.units) == 3


def test_an_outline_without_lines_is_refused(tmp_path):
    with pytest.raises(LoadError, match="no line"):
        outline.import_text("\n   \n\t\n")
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xff\xfeA\x00\n\x00\t\x00B\x00")  # UTF-16 with a BOM
    assert [str(u.name) for u in outline.import_chart(path).chart.units] == ["A", "B"]
    path.write_bytes(b"\x00\x01\x02\x03")
    with pytest.raises(LoadError, match="binary"):
        outline.import_chart(path)


@pytest.mark.parametrize("name", ["poverty-alleviation.orgchart", "company.orgchart",
                                  "university.orgchart"])
def test_export_imports_back_as_the_same_tree(name, tmp_path):
    chart = fileformat.load(SAMPLES / name)
    path = tmp_path / "tree.txt"
    assert outline.export(chart, path, ExportOptions(display="en")) == []
    back = outline.import_chart(path, ImportOptions(language="en")).chart
    order = tree_order(chart)
    assert [u.name.get("en") for u in back.units] == [
        u.name.pick("en", chart.languages) for u, _ in order]
    depth = {u.id: d for u, d in order}
    by_position = dict(zip([u.id for u in back.units], [u.id for u, _ in order], strict=True))
    for unit in back.units:
        assert back.tier_rank(unit.tier) == depth[by_position[unit.id]]


def test_both_languages_are_joined_on_one_line(tmp_path):
    chart = fileformat.load(SAMPLES / "poverty-alleviation.orgchart")
    text = outline.outline_text(chart, "both")
    assert text.startswith("中共中央、國務院 / CPC Central Committee and State Council\n\t")


def test_cli_exports_and_imports_outlines(tmp_path):
    out, back = tmp_path / "o.txt", tmp_path / "o.orgchart"
    run = [sys.executable, "-m", "orgchart"]
    done = subprocess.run([*run, "export", str(SAMPLES / "company.orgchart"), "-o", str(out),
                           "--lang", "en"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*run, "import", str(out), "-o", str(back), "--lang", "en"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(fileformat.load(back).units) == len(fileformat.load(
        SAMPLES / "company.orgchart").units)
