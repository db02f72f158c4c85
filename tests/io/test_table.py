"""People lists (`orgchart.formats.table` and `people`): the layouts Visio,
draw.io, Lucidchart and OrgChart Now use, column names in their variants,
encodings, a corrected column mapping, broken rows reported by row number
without losing the others, and the CSV export in the same layout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from orgchart import fileformat
from orgchart.fileformat import LoadError
from orgchart.formats import ExportOptions, ImportOptions, table
from orgchart.formats.walk import tree_order
from orgchart.hierarchy import validate
from orgchart.model import Chart, Person
from orgchart.text import Text
from tests.charts import bilingual_chart

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def load(name: str, **options) -> tuple[Chart, list[str]]:
    result = table.import_chart(DATA / name, ImportOptions(**options))
    return result.chart, result.problems


def by_name(chart: Chart) -> dict[str, object]:
    return {str(u.name): u for u in chart.units}


def parent_name(chart: Chart, unit) -> str | None:
    parent = chart.find_unit(unit.parent)
    return str(parent.name) if parent else None


def tier_name(chart: Chart, unit) -> str:
    return chart.find_tier(unit.tier).name.pick("")


def reloadable(chart: Chart) -> Chart:
    """The chart survives the file format, as the app will save it."""
    again = fileformat.loads(fileformat.dumps(chart))
    assert again == chart
    return again


# --------------------------------------------------------------------------
# The layouts of other tools


def test_visio_wizard_list_with_names_as_identifiers():
    chart, problems = load("visio-orgchart-wizard.csv")
    assert problems == []
    units = by_name(chart)
    assert parent_name(chart, units["Joe Sampleemployee"]) == "Jane Samplemanager"
    assert parent_name(chart, units["Joe Sampleboss"]) is None
    assert units["Jane Samplemanager"].people == (Person(Text(), Text("Sales Manager")),)
    assert units["Jane Samplemanager"].notes == Text("Department: Sales")
    assert [t.name.pick("") for t in chart.tiers] == ["Level 1", "Level 2", "Level 3"]
    assert tier_name(chart, units["Julia Sampleassistant"]) == "Level 3"
    assert [e.code for e in validate(reloadable(chart)) if e.severity == "error"] == []


def test_visio_list_in_a_workbook_with_a_title_above_the_header(tmp_path):
    path = tmp_path / "visio.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Employees"
    sheet.append(["Staff list, March"])
    sheet.append([])
    for line in (DATA / "visio-orgchart-wizard.csv").read_text("utf-8").splitlines():
        sheet.append(line.split(","))
    book.create_sheet("Notes").append(["Nothing here"])
    book.save(path)
    result = table.import_chart(path)
    assert result.problems == []
    assert sorted(by_name(result.chart)) == sorted(by_name(load("visio-orgchart-wizard.csv")[0]))
    preview = table.read_table(path, limit=2)
    assert (preview.sheet, preview.header_row, preview.partial) == ("Employees", 3, True)
    assert [n for n, _ in preview.rows] == [4, 5]
    assert preview.sheets == ["Employees", "Notes"]


def test_drawio_csv_with_its_settings_lines_and_managers_by_name():
    chart, problems = load("drawio-orgchart.csv")
    assert problems == []
    units = by_name(chart)
    assert parent_name(chart, units["Alan Trevino"]) == "Tessa Valet"
    assert units["Ron Donovan"].people[0].title == Text("System Admin")  # "position"
    assert [(k.source, k.target, k.kind) for k in chart.links] == [
        ("3", "2", "dotted-line"), ("3", "4", "dotted-line")]  # "refs"
    reloadable(chart)


def test_orgchart_now_list_with_a_top_reporting_to_itself_and_alt_reports():
    chart, problems = load("orgchart-now.csv")
    assert problems == []
    top = chart.find_unit("1")
    assert top.parent is None and top.people[0].title == Text("CEO")
    assert chart.find_unit("7").parent == "5"
    assert [(k.source, k.target) for k in chart.links] == [("5", "2"), ("7", "2"), ("7", "4")]
    assert chart.find_unit("4").notes == Text("Department: Marketing")
    assert [e.code for e in validate(reloadable(chart)) if e.severity == "error"] == []


def test_tiers_from_a_level_column_and_a_row_without_one():
    chart, problems = load("lucidchart-levels.csv")
    assert [t.name.pick("") for t in chart.tiers] == ["Level 1", "Level 2", "Level 3",
                                                      "Level 4"]
    units = {u.id: u for u in chart.units}
    assert tier_name(chart, units["E122"]) == "Level 4"  # as the column says
    assert tier_name(chart, units["E123"]) == "Level 4"  # one below its manager's
    (problem,) = problems
    assert problem.startswith("row 8: “Yuki Tanaka” has no tier")


def test_tiers_named_in_a_chinese_gb18030_file_come_in_depth_order():
    chart, problems = load("tiers-gb18030.csv", language="zh-Hant")
    assert problems == []
    names = ["中央", "省", "市", "縣"]
    assert [t.name for t in chart.tiers] == [Text({"zh-Hant": n}) for n in names]
    assert chart.languages == ["zh-Hant"]
    unit = chart.find_unit("4")
    assert unit.name == Text({"zh-Hant": "赫章縣扶貧辦"}) and unit.parent == "3"
    assert unit.people[0].title == Text({"zh-Hant": "主任"})
    assert table.read_table(DATA / "tiers-gb18030.csv").encoding == "gb18030"


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                          ("utf-16-le", b"\xff\xfe"), ("gb18030", b"")])
def test_encodings_are_detected(encoding, bom, tmp_path):
    text = (DATA / "tiers-gb18030.csv").read_bytes().decode("gb18030")
    if encoding == "utf-16-le":
        text = text.replace(",", "\t")  # Excel's "Unicode text" is tab-separated UTF-16
    path = tmp_path / "list.csv"
    path.write_bytes(bom + text.encode(encoding))
    chart, problems = table.import_chart(path).chart, table.import_chart(path).problems
    assert problems == []
    assert [str(u.name) for u in chart.units][:2] == ["中央扶貧開發領導小組", "貴州省扶貧辦"]


@pytest.mark.parametrize("text, top", [
    ("ID;Name;Manager\n1;Top;\n2;Below;1\n", "Top"),
    ("sep=;\r\nID;Name;Manager\r\n1;Top, Inc., Ltd.;\r\n2;Below;1\r\n", "Top, Inc., Ltd."),
])
def test_semicolon_separated_lists_as_european_excel_saves_them(text, top, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(text, "utf-8")
    result = table.import_chart(path)
    assert [(u.id, str(u.name), u.parent) for u in result.chart.units] == [
        ("1", top, None), ("2", "Below", "1")]
    assert result.problems == []


# --------------------------------------------------------------------------
# Columns


@pytest.mark.parametrize("header, field", [
    ("ID", "id"), ("Employee ID", "id"), ("PersonID", "id"), ("id", "id"), ("employee_id", "id"),
    ("Name", "name"), ("Full Name", "name"), ("姓名", "name"),
    ("Title", "title"), ("Job Title", "title"), ("Position", "title"),
    ("Reports To", "parent"), ("Reports_To", "parent"), ("REPORTS  TO", "parent"),
    ("Manager", "parent"), ("SupervisorID", "parent"), ("Boss ID", "parent"),
    ("parentId", "parent"), ("pid", "parent"), ("上級", "parent"),
    ("Tier", "tier"), ("Level", "tier"), ("層級", "tier"),
    ("Department", "department"), ("Dept.", "department"),
    ("Dotted", "dotted"), ("DottedID", "dotted"), ("AltReportsTo", "dotted"),
    ("Notes", "notes"), ("Phone", None), ("Name (en)", "name"), ("上級\nReports to", "parent"),
])
def test_column_names_are_recognised_ignoring_case_and_spacing(header, field):
    assert table.field_of(header) == field


def test_the_best_named_column_wins_and_languages_are_read_from_headers():
    headers = ["Manager", "Manager ID", "Name (zh-Hant)", "Name (en)", "Phone", "ID"]
    assert table.guess_columns(headers) == {
        "Manager": "ignore", "Manager ID": "parent", "Name (zh-Hant)": "name",
        "Name (en)": "name", "Phone": "ignore", "ID": "id"}
    assert table.split_language("Name (en)") == ("Name", "en")
    assert table.split_language("Manager (ID)") == ("Manager (ID)", None)


def test_a_corrected_mapping_reads_columns_with_unknown_names(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Code,Label,Chief,Band\nA,Alpha,,Top\nB,Beta,A,Middle\n", "utf-8")
    with pytest.raises(LoadError, match="no column holds names or ids"):
        table.import_chart(path)
    columns = {"Code": "id", "Label": "name", "Chief": "parent", "Band": "tier"}
    result = table.import_chart(path, ImportOptions(columns=columns))
    assert [(u.id, str(u.name), u.parent) for u in result.chart.units] == [
        ("A", "Alpha", None), ("B", "Beta", "A")]
    assert [t.name.pick("") for t in result.chart.tiers] == ["Top", "Middle"]
    with pytest.raises(LoadError, match="no column “Nope”"):
        table.import_chart(path, ImportOptions(columns={"Nope": "id"}))


def test_first_and_last_names_make_the_name(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("First Name,Last Name,Manager\nAda,Lovelace,\n明,李,Ada Lovelace\n", "utf-8")
    chart = table.import_chart(path).chart
    assert [str(u.name) for u in chart.units] == ["Ada Lovelace", "李明"]
    assert chart.units[1].parent == "Ada Lovelace"


def test_without_an_id_column_repeated_names_are_reported(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Name,Reports To\nBoard,\nSales,Board\nSales,Board\nTeam,Sales\n", "utf-8")
    result = table.import_chart(path)
    assert [u.id for u in result.chart.units] == ["Board", "Sales", "Sales (row 4)", "Team"]
    assert result.chart.units[3].parent == "Sales"
    assert result.problems == ["row 4: the name 'Sales' is already used on row 3; this unit "
                               "is kept with the id 'Sales (row 4)', and whoever reports to "
                               "'Sales' reports to row 3"]


# --------------------------------------------------------------------------
# Broken rows


def test_broken_rows_are_reported_by_row_number_and_every_row_is_kept():
    chart, problems = load("broken-rows.csv")
    assert [str(u.name) for u in chart.units] == ["Alice", "Bob", "Carol", "Dan", "Eve",
                                                  "Frank", "Grace", "Heidi", "Ivan", "Judy"]
    text = "\n".join(problems)
    assert "row 4: “Carol” reports to “99”, who is not in the list" in text
    assert "row 5: the ID '2' is already used on row 3" in text
    assert "rows 6, 7, 8 report to each other in a circle" in text
    assert "3 rows report to nobody (rows 2 (“Alice”), 4 (“Carol”), 9 (“Heidi”))" in text
    assert "row 10: no ID" in text
    units = by_name(chart)
    assert parent_name(chart, units["Ivan"]) == "Bob"
    assert parent_name(chart, units["Judy"]) == "Bob"  # by name, in a file with ids
    codes = {p.code for p in validate(reloadable(chart))}
    assert {"cycle", "several-top-units"} <= codes


def test_a_file_that_is_no_people_list_is_refused_with_a_message(tmp_path):
    with pytest.raises(LoadError, match="empty"):
        table.import_chart(DATA / "empty.csv")
    with pytest.raises(LoadError, match="no column holds names or ids"):
        table.import_chart(DATA / "no-name-column.csv")
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(LoadError, match="binary"):
        table.import_chart(binary)
    legacy = tmp_path / "old.csv"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(LoadError, match="Excel 97"):
        table.import_chart(legacy)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b'Name,Manager\n"open quote,x\n' + b"x" * 200_000)
    with pytest.raises(LoadError, match="CSV is broken"):
        table.import_chart(broken)


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path):
    path = tmp_path / "really-a-workbook.csv"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Reports To"])
    book.active.append(["Top", None])
    book.save(path)
    assert [str(u.name) for u in table.import_chart(path).chart.units] == ["Top"]


def test_too_many_rows_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(table, "MAX_ROWS", 3)
    path = tmp_path / "long.csv"
    path.write_text("Name\n" + "".join(f"n{i}\n" for i in range(5)), "utf-8")
    with pytest.raises(LoadError, match="more than 3 rows"):
        table.import_chart(path)


# --------------------------------------------------------------------------
# Export


def test_export_writes_the_people_list_layout_with_a_bom(tmp_path):
    chart = bilingual_chart()
    path = tmp_path / "people.csv"
    warnings = table.export(chart, path, ExportOptions(display="en"))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "ID,Name,Title,Reports To,Tier,Dotted,Notes"
    assert lines[1] == "top,Centre,,,Centre,,"
    assert "p1,Province A,王 (Secretary),top,Province,," in lines
    assert warnings == ["1 link(s) other than dotted lines (coordination, supervision) have "
                        "no column in a people list and are not in the file"]


def test_exported_lists_import_back_with_the_same_structure(tmp_path):
    chart = fileformat.load(SAMPLES / "company.orgchart")
    path = tmp_path / "company.csv"
    table.export(chart, path, ExportOptions(display="en"))
    back = table.import_chart(path, ImportOptions(language="en")).chart
    assert [u.id for u in back.units] == [u.id for u, _ in tree_order(chart)]
    for unit in chart.units:
        again = back.find_unit(unit.id)
        assert again.parent == unit.parent
        assert again.name.get("en") == unit.name.pick("en", chart.languages)
        assert chart.find_tier(unit.tier).name.pick("en") == back.find_tier(
            again.tier).name.get("en")
    dotted = {(k.source, k.target) for k in chart.links if k.kind == "dotted-line"}
    assert {(k.source, k.target) for k in back.links} == dotted


def test_both_languages_export_as_tagged_columns_and_come_back_bilingual(tmp_path):
    chart = bilingual_chart()
    path = tmp_path / "both.csv"
    table.export(chart, path, ExportOptions(display="both"))
    header = path.read_text("utf-8-sig").splitlines()[0]
    assert header.startswith("ID,Name (zh-Hant),Name (en),Title (zh-Hant),Title (en)")
    back = table.import_chart(path).chart
    assert back.languages == ["zh-Hant", "en"]
    assert back.find_unit("p1").name == Text({"zh-Hant": "甲省", "en": "Province A"})


def test_formula_like_cells_are_protected_in_csv_and_come_back(tmp_path):
    chart = bilingual_chart()
    chart.units[1].name = Text({"en": "=HYPERLINK(\"http://x\")"})
    chart.units[2].name = Text({"en": "-5 office"})
    chart.units[3].name = Text({"en": "'=already quoted"})
    chart.units[4].name = Text({"en": "@SUM(A1)"})
    path = tmp_path / "safe.csv"
    table.export(chart, path, ExportOptions(display="en"))
    text = path.read_text("utf-8-sig")
    assert "'=HYPERLINK" in text and "'-5 office" in text and "''=already" in text
    back = table.import_chart(path).chart
    for unit in chart.units[1:5]:
        assert back.find_unit(unit.id).name == Text(unit.name.get("en"))


def test_cli_imports_people_lists_and_exports_csv(tmp_path):
    out = tmp_path / "now.orgchart"
    run = [sys.executable, "-m", "orgchart"]
    done = subprocess.run([*run, "import", str(DATA / "broken-rows.csv"), "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0
    assert "row 4: “Carol” reports to “99”" in done.stderr
    assert len(fileformat.load(out).units) == 10
    csv_out = tmp_path / "seed.csv"
    done = subprocess.run([*run, "export", str(SAMPLES / "poverty-alleviation.orgchart"),
                           "-o", str(csv_out), "--lang", "en"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert csv_out.read_text("utf-8-sig").startswith("ID,Name,Title,Reports To,Tier")
