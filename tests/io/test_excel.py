"""The Excel duty matrix (`orgchart.formats.excel`): what openpyxl reads back
from the workbook (values, fills, drop-downs, formulas, freeze panes, print
set-up), text that must stay text, the round trip over every sample and over
random charts, role codes edited in the workbook, and workbooks that are not
ours, damaged or hostile."""

from __future__ import annotations

import copy
import io
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart import fileformat
from orgchart.fileformat import LoadError
from orgchart.formats import ExportError, ExportOptions, ImportOptions, excel, safe_xlsx
from orgchart.formats.excel_book import CODES_NAME, DATA_SHEET, TARGETS_MARK
from orgchart.formats.excel_cells import cell_text, fit, sheet_title
from orgchart.model import LINK_KINDS, Chart, Duty, Link, Person, Role, Tier, Unit
from orgchart.text import UNTAGGED, Text
from tests.charts import bilingual_chart

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_NAMES = ["poverty-alleviation.orgchart", "company.orgchart", "university.orgchart"]
INJECTIONS = ["=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1:A2)", "-2+3", "@cmd",
              "#N/A", "#DIV/0!", "#REF!", "'quoted", "_x0041_", "  spaced  ", "a\r\nb",
              "=cmd|' /C calc'!A0", "\t=tab"]


def seed() -> Chart:
    return fileformat.load(SAMPLES / "poverty-alleviation.orgchart")


def export(chart: Chart, tmp_path: Path, name: str = "out.xlsx", **options) -> Path:
    path = tmp_path / name
    excel.export(chart, path, ExportOptions(**options))
    return path


def sheets(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def roundtrip(chart: Chart, tmp_path: Path, **options) -> Chart:
    result = excel.import_chart(export(chart, tmp_path, **options), ImportOptions())
    assert result.problems == []
    return result.chart


def cells(sheet) -> list:
    return [c for row in sheet.iter_rows() for c in row if c.value is not None]


def matrix_rows(sheet) -> dict[str, int]:
    """Duty id -> row, from the hidden id column."""
    return {sheet.cell(r, 1).value: r for r in range(6, sheet.max_row + 1)
            if sheet.cell(r, 1).value}


def target_columns(sheet) -> dict[str, int]:
    row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == TARGETS_MARK)
    return {sheet.cell(row, c).value: c for c in range(2, sheet.max_column + 1)
            if sheet.cell(row, c).value}


# --------------------------------------------------------------------------
# The workbook as office staff see it


def test_sheets_are_the_matrix_legend_structure_tiers_and_a_very_hidden_data_sheet(tmp_path):
    book = sheets(export(seed(), tmp_path, display="en"))
    assert book.sheetnames == ["Duty matrix", "Legend", "Structure", "Tiers", DATA_SHEET]
    assert [book[n].sheet_state for n in book.sheetnames] == ["visible"] * 4 + ["veryHidden"]
    assert book.active.title == "Duty matrix"


def test_matrix_has_duties_down_tiers_across_and_role_codes(tmp_path):
    chart = seed()
    sheet = sheets(export(chart, tmp_path, display="en"))["Duty matrix"]
    assert sheet["B1"].value == "Leadership responsibility system for poverty alleviation"
    header = [sheet.cell(4, c).value for c in range(2, 3 + len(chart.tiers) + 1)]
    assert header == ["No.", "Duty", *[t.name.get("en") for t in chart.tiers]]
    rows, columns = matrix_rows(sheet), target_columns(sheet)
    assert set(rows) == {d.id for d in chart.duties}
    assert list(columns) == [t.id for t in chart.tiers]
    for duty in chart.duties:
        assert sheet.cell(rows[duty.id], 3).value == duty.text.get("en")
        for tier in chart.tiers:
            assert sheet.cell(rows[duty.id], columns[tier.id]).value == duty.assign.get(tier.id)


def test_duties_are_grouped_under_their_categories(tmp_path):
    chart = seed()
    sheet = sheets(export(chart, tmp_path, display="en"))["Duty matrix"]
    seen = []
    for row in range(5, sheet.max_row + 1):
        if sheet.cell(row, 1).value is None and sheet.cell(row, 3).value:
            seen.append(("category", sheet.cell(row, 3).value))
        elif sheet.cell(row, 1).value:
            seen.append(("duty", chart.find_duty(sheet.cell(row, 1).value).category.get("en")))
    current = None
    for kind, value in seen:
        if kind == "category":
            current = value
        else:
            assert value == current
    assert len({v for k, v in seen if k == "category"}) == len(
        {d.category for d in chart.duties})


def test_role_cells_are_filled_with_the_role_colour(tmp_path):
    chart = seed()
    sheet = sheets(export(chart, tmp_path))[excel.build(chart, ExportOptions()).titles["matrix"]]
    colours = {r.code: "FF" + r.color[1:].upper() for r in chart.roles}
    filled = 0
    for cell in cells(sheet):
        if cell.value in colours and cell.column > 4 and cell.row > 4:
            assert cell.fill.fill_type == "solid"
            assert cell.fill.fgColor.rgb == colours[cell.value]
            assert cell.font.b and cell.font.color.rgb in ("FFFFFFFF", "FF1B1F24")
            filled += 1
    assert filled == sum(len(d.assign) for d in chart.duties)


def test_every_role_cell_has_a_drop_down_of_the_legend_codes(tmp_path):
    chart = seed()
    book = sheets(export(chart, tmp_path, display="en"))
    sheet = book["Duty matrix"]
    (rule,) = sheet.data_validations.dataValidation
    assert rule.type == "list" and rule.formula1 == CODES_NAME
    assert rule.showErrorMessage and rule.allow_blank
    destination = list(book.defined_names[CODES_NAME].destinations)
    assert destination == [("Legend", "$A$3:$A$7")]
    assert [book["Legend"][f"A{r}"].value for r in range(3, 8)] == [r.code for r in chart.roles]
    rows, columns = matrix_rows(sheet), target_columns(sheet)
    for row in rows.values():
        for column in columns.values():
            assert sheet.cell(row, column).coordinate in rule.sqref
    category_row = next(r for r in range(5, sheet.max_row) if sheet.cell(r, 1).value is None)
    assert sheet.cell(category_row, 5).coordinate not in rule.sqref


def test_colours_follow_the_codes_by_conditional_formatting(tmp_path):
    chart = seed()
    sheet = sheets(export(chart, tmp_path, display="en"))["Duty matrix"]
    formulas = [rule.formula[0] for cf in sheet.conditional_formatting for rule in cf.rules]
    for role in chart.roles:
        assert f'EXACT(D6,"{role.code}")' in formulas


def test_check_column_is_a_formula_for_no_role_and_repeated_unique_roles(tmp_path):
    chart = seed()
    sheet = sheets(export(chart, tmp_path, display="en"))["Duty matrix"]
    assert sheet.cell(4, 8).value == "Check"
    for row in matrix_rows(sheet).values():
        check = sheet.cell(row, 8)
        assert check.data_type == "f"
        assert f"COUNTA(D{row}:G{row})=0" in check.value and '"no role"' in check.value
        assert f'SUMPRODUCT(--EXACT(D{row}:G{row},"O"))>1' in check.value
        assert '"P"' not in check.value  # P is not a once-per-duty role


def test_assignments_not_across_are_listed_and_counted_in_the_check(tmp_path):
    chart = bilingual_chart()  # d2 gives county 1 (a unit) the role C
    sheet = sheets(export(chart, tmp_path, display="en"))["Duty matrix"]
    rows = matrix_rows(sheet)
    assert sheet.cell(4, 7).value == "Other assignments"
    assert sheet.cell(rows["d2"], 7).value == "County 1: C"
    assert "COUNTA" not in sheet.cell(rows["d2"], 8).value  # it has a role, whatever the cells
    assert "COUNTA" in sheet.cell(rows["d1"], 8).value


def test_frozen_headers_filters_widths_and_wrapped_text(tmp_path):
    sheet = sheets(export(seed(), tmp_path, display="en"))["Duty matrix"]
    assert sheet.freeze_panes == "D5"
    assert sheet.auto_filter.ref == f"A4:H{sheet.max_row}"
    assert sheet.column_dimensions["A"].hidden
    assert sheet.row_dimensions[3].hidden
    assert 22 <= sheet.column_dimensions["C"].width <= 60
    assert all(10 <= sheet.column_dimensions[c].width <= 18 for c in "DEFG")
    assert sheet["C6"].alignment.wrap_text


def test_print_setup_is_landscape_one_page_wide_with_repeated_headers(tmp_path):
    book = sheets(export(seed(), tmp_path, display="en"))
    sheet = book["Duty matrix"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$4:$4"
    assert "Leadership responsibility system" in sheet.oddHeader.center.text
    assert "&P" in sheet.oddFooter.center.text
    for name in ("Legend", "Structure", "Tiers"):
        assert book[name].sheet_properties.pageSetUpPr.fitToPage
        assert book[name].print_title_rows == "$2:$2"


def test_page_header_escapes_ampersands_in_the_title(tmp_path):
    chart = bilingual_chart()
    chart.title = Text("R&D &P office")
    sheet = sheets(export(chart, tmp_path)).worksheets[0]
    assert sheet.oddHeader.center.text == "R&&D &&P office"


def test_legend_structure_and_tiers_sheets(tmp_path):
    chart = seed()
    book = sheets(export(chart, tmp_path, display="en"))
    legend = book["Legend"]
    assert [c.value for c in legend[2]] == ["Code", "Role", "Colour", "Once per duty"]
    assert [legend.cell(r, 4).value for r in range(3, 8)] == [
        "Yes" if r.unique else None for r in chart.roles]
    structure = book["Structure"]
    assert [c.value for c in structure[2]] == ["ID", "Name", "Tier", "Reports to", "People",
                                               "Notes"]
    depth = {u.id: len(list(chart.ancestors(u.id))) for u in chart.units}
    ids = [structure.cell(r, 1).value for r in range(3, structure.max_row + 1)]
    assert sorted(ids) == sorted(u.id for u in chart.units)
    for row, uid in enumerate(ids, 3):
        assert structure.row_dimensions[row].outline_level == depth[uid]
        unit = chart.find_unit(uid)
        parent = chart.find_unit(unit.parent)
        assert structure.cell(row, 4).value == (parent.name.get("en") if parent else None)
    assert structure.sheet_properties.outlinePr.summaryBelow is False
    tiers = book["Tiers"]
    assert [c.value for c in tiers[2]] == ["Order", "Name", "Motto", "Colour", "Units"]
    assert [tiers.cell(r, 2).value for r in range(3, 7)] == [t.name.get("en")
                                                              for t in chart.tiers]
    assert tiers["D3"].fill.fgColor.rgb == "FF" + chart.tiers[0].color[1:].upper()


def test_document_properties(tmp_path):
    book = sheets(export(seed(), tmp_path, display="en"))
    assert book.properties.title == "Leadership responsibility system for poverty alleviation"
    assert book.properties.creator == "OrgChart Builder"


def test_both_languages_in_two_columns_or_on_two_lines(tmp_path):
    chart = seed()
    duty = chart.duties[0]
    columns = sheets(export(chart, tmp_path, "a.xlsx"))
    matrix = columns.worksheets[0]
    assert columns.sheetnames[0] == "職責矩陣 Duty matrix"
    assert (matrix["C4"].value, matrix["D4"].value) == ("職責", "Duty")
    row = matrix_rows(matrix)[duty.id]
    assert (matrix.cell(row, 3).value, matrix.cell(row, 4).value) == (
        duty.text.get("zh-Hant"), duty.text.get("en"))
    lines = sheets(export(chart, tmp_path, "b.xlsx", bilingual="lines")).worksheets[0]
    assert lines["C4"].value == "職責\nDuty"
    assert lines.cell(row, 3).value == f"{duty.text.get('zh-Hant')}\n{duty.text.get('en')}"
    chinese = sheets(export(chart, tmp_path, "c.xlsx", display="zh-Hant")).worksheets[0]
    assert chinese.title == "職責矩陣"
    assert chinese.cell(row, 3).value == duty.text.get("zh-Hant")
    assert chinese.cell(4, 4).value == "中央"


def test_matrix_by_units_of_chosen_tiers(tmp_path):
    chart = seed()
    path = export(chart, tmp_path, display="en", matrix_by="unit",
                  matrix_tiers=("province", "prefecture"))
    sheet = sheets(path)["Duty matrix"]
    expected = []
    for tier in ("province", "prefecture"):
        expected += [tier] + [u.id for u in chart.units if u.tier == tier]
    assert sorted(target_columns(sheet)) == sorted(expected)
    assert list(target_columns(sheet))[0] == "province"
    assert sheet.cell(4, 4).value.startswith("Provinces")  # the band over the tier's columns
    assert sheet.cell(5, 4).value.endswith("(whole tier)")
    assert sheet.cell(5, 5).alignment.textRotation == 90
    assert sheet.print_title_rows == "$4:$5" and sheet.freeze_panes == "D6"
    assert any(str(r).startswith("D4:") for r in sheet.merged_cells.ranges)
    assert excel.import_chart(path).chart == chart


def test_an_unknown_matrix_tier_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="no tier 'nowhere'"):
        export(seed(), tmp_path, matrix_by="unit", matrix_tiers=("nowhere",))
    assert not (tmp_path / "out.xlsx").exists()


def test_a_write_failure_is_an_export_error_and_leaves_nothing(tmp_path):
    with pytest.raises(ExportError, match="cannot write"):
        export(seed(), tmp_path / "missing-folder")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------
# Text stays text


def hostile_chart() -> Chart:
    chart = bilingual_chart()
    for i, text in enumerate(INJECTIONS):
        chart.duties.append(Duty(f"x{i}", Text({"en": text, "zh-Hant": text}), Text(text),
                                 {"t1": "R"}))
    chart.units[1].name = Text({"en": "=SUM(1,2)", "zh-Hant": "#N/A"})
    chart.units[2].people = (Person(Text("@boss"), Text("-1")),)
    chart.tiers[0].name = Text({"en": "+tier", "zh-Hant": "=tier"})
    chart.roles.append(Role("=X", Text("=role"), "#123456"))
    chart.duties[0].assign["t3"] = "=X"
    return chart


def test_formula_like_and_error_like_text_is_written_as_text(tmp_path):
    book = openpyxl.load_workbook(export(hostile_chart(), tmp_path))
    for sheet in book.worksheets:
        for cell in cells(sheet):
            if cell.data_type == "f":  # only our check formulas, on the matrix
                assert sheet is book.worksheets[0] and cell.value.startswith("=TRIM(")
            assert cell.data_type != "e"
    shown = {c.value for s in book.worksheets for c in cells(s) if isinstance(c.value, str)}
    for text in INJECTIONS:
        assert cell_text(text) in shown


def test_injection_strings_come_back_unchanged(tmp_path):
    chart = hostile_chart()
    assert roundtrip(chart, tmp_path) == chart


def test_office_escapes_are_escaped_so_excel_shows_them_literally():
    assert cell_text("_x0041_") == "_x005F_x0041_"
    assert cell_text("a_b") == "a_b"


def test_characters_xml_cannot_carry_are_dropped(tmp_path):
    chart = bilingual_chart()
    chart.units[0].name = Text({"en": "A\x00B\x1bC\ufffeD", "zh-Hant": "中\x07央"})
    book = openpyxl.load_workbook(export(chart, tmp_path, display="en"))
    names = [c.value for c in book["Structure"]["B"]]
    assert "ABCD" in names
    back = excel.import_chart(tmp_path / "out.xlsx").chart
    assert back.units[0].name == Text({"en": "ABC\ufffeD", "zh-Hant": "中央"})


def test_text_beyond_the_cell_limit_is_reported_and_still_comes_back(tmp_path):
    chart = bilingual_chart()
    chart.duties[0].text = Text({"en": "x" * 40_000, "zh-Hant": "職" * 10})
    path = tmp_path / "long.xlsx"
    warnings = excel.export(chart, path, ExportOptions(display="en"))
    assert any("32,767" in w and "duty 1" in w for w in warnings)
    sheet = openpyxl.load_workbook(path)["Duty matrix"]
    shown = sheet.cell(matrix_rows(sheet)["d1"], 3).value
    assert len(shown) == 32_767 and shown.endswith("…")
    assert excel.import_chart(path).chart == chart


def test_fit_counts_utf16_units():
    astral = "\U0001f600" * 20_000  # 40,000 UTF-16 units
    shown, cut = fit(astral)
    assert cut and len(shown.encode("utf-16-le")) // 2 <= 32_767


@pytest.mark.parametrize("wanted, expected", [
    ("Duty matrix", "Duty matrix"),
    ("a[b]c:d*e?f/g\\h", "a-b-c-d-e-f-g-h"),
    ("'quoted'", "quoted"),
    ("x" * 40, "x" * 31),
    ("History", "History (1)"),
    ("", "Sheet"),
])
def test_sheet_titles_are_valid(wanted, expected):
    assert sheet_title(wanted, set()) == expected


def test_sheet_titles_are_unique_ignoring_case():
    taken: set[str] = set()
    titles = [sheet_title(t, taken) for t in ["Legend", "LEGEND", "legend", "y" * 40, "y" * 40]]
    assert titles[:3] == ["Legend", "LEGEND (2)", "legend (3)"]
    assert len({t.lower() for t in titles}) == 5 and all(len(t) <= 31 for t in titles)


# --------------------------------------------------------------------------
# The round trip


@pytest.mark.parametrize("name", SAMPLE_NAMES)
@pytest.mark.parametrize("options", [
    {}, {"display": "en"}, {"bilingual": "lines"}, {"matrix_by": "unit"},
])
def test_every_sample_comes_back_unchanged(name, options, tmp_path):
    chart = fileformat.load(SAMPLES / name)
    back = roundtrip(chart, tmp_path, **options)
    assert back == chart
    assert fileformat.dumps(back) == fileformat.dumps(chart)


def test_the_cli_exports_and_imports_the_same_chart(tmp_path):
    source = SAMPLES / "poverty-alleviation.orgchart"
    out, back = tmp_path / "m.xlsx", tmp_path / "back.orgchart"
    run = [sys.executable, "-m", "orgchart"]
    done = subprocess.run([*run, "export", str(source), "-o", str(out), "--matrix-by", "unit",
                           "--lang", "en"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*run, "import", str(out), "-o", str(back)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert back.read_text("utf-8") == source.read_text("utf-8")


words = st.lists(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(
    ["=", "+", "-", "@", "#N/A", "_x0041_", "\n", "\t", "\r", "中", "\U0001f600", '"', "'"]),
    max_size=8).map("".join)
ids = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=6
              ).filter(str.strip)


@st.composite
def texts(draw, languages):
    keys = draw(st.lists(st.sampled_from([*languages, UNTAGGED]), unique=True, max_size=3))
    return Text({k: draw(words) for k in keys})


@st.composite
def charts(draw) -> Chart:
    """A chart the file format accepts: references resolve, ids are unique;
    cycles, several tops and repeated unique roles are allowed."""
    languages = draw(st.sampled_from([["en"], ["zh-Hant", "en"], ["zh-Hans"],
                                      ["zh-Hant", "zh-Hans", "en"]]))
    names = draw(st.lists(ids, unique=True, min_size=14, max_size=24))
    chart = Chart(draw(texts(languages)), languages)
    colours = st.sampled_from(["#000000", "#ffffff", "#1f5f99", "#F39C12"])
    codes = draw(st.lists(ids, unique=True, max_size=4))
    chart.roles = [Role(c, draw(texts(languages)), draw(colours), draw(st.booleans()))
                   for c in codes]
    tier_count = draw(st.integers(0, 3))
    chart.tiers = [Tier(names.pop(), draw(texts(languages)), draw(texts(languages)),
                        draw(colours)) for _ in range(tier_count)]
    if chart.tiers:
        for _ in range(draw(st.integers(0, 6))):
            parent = draw(st.none() | st.sampled_from([u.id for u in chart.units] or [None]))
            people = tuple(Person(draw(texts(languages)), draw(texts(languages)))
                           for _ in range(draw(st.integers(0, 2))))
            chart.units.append(Unit(names.pop(), draw(texts(languages)),
                                    draw(st.sampled_from(chart.tiers)).id, parent, people,
                                    draw(texts(languages)), draw(st.booleans())))
        if chart.units and draw(st.booleans()):
            chart.units[0].parent = chart.units[-1].id  # a cycle, or a self-loop
    targets = [t.id for t in chart.tiers] + [u.id for u in chart.units]
    for _ in range(draw(st.integers(0, 4))):
        assign = {}
        if codes and targets:
            for target in draw(st.lists(st.sampled_from(targets), unique=True, max_size=4)):
                assign[target] = draw(st.sampled_from(codes))
        chart.duties.append(Duty(names.pop(), draw(texts(languages)), draw(texts(languages)),
                                 assign))
    if len(chart.units) > 1:
        a, b = draw(st.lists(st.sampled_from(chart.units), min_size=2, max_size=2))
        chart.links.append(Link(names.pop(), a.id, b.id, draw(st.sampled_from(LINK_KINDS)),
                                draw(texts(languages))))
    return chart


@st.composite
def options(draw, chart: Chart) -> ExportOptions:
    by = draw(st.sampled_from(["tier", "unit"]))
    chosen = tuple(draw(st.lists(st.sampled_from([t.id for t in chart.tiers]), unique=True))
                   ) if chart.tiers and by == "unit" else ()
    return ExportOptions(display=draw(st.sampled_from([*chart.languages, "both"])),
                         matrix_by=by, matrix_tiers=chosen,
                         bilingual=draw(st.sampled_from(["columns", "lines"])))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(data=st.data())
def test_random_charts_come_back_unchanged(data, tmp_path_factory):
    chart = data.draw(charts())
    fileformat.loads(fileformat.dumps(chart))  # a chart the file format accepts
    chosen = data.draw(options(chart))
    path = tmp_path_factory.mktemp("rt") / "random.xlsx"
    excel.export(chart, path, chosen)
    result = excel.import_chart(path)
    assert result.problems == []
    assert result.chart == chart


# --------------------------------------------------------------------------
# Role codes changed in the workbook


def edit_matrix(path: Path, changes: dict[tuple[str, str], str | None]) -> Path:
    """Change role cells as a user would in Excel: (duty id, target id) -> code."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows, columns = matrix_rows(sheet), target_columns(sheet)
    for (duty, target), code in changes.items():
        sheet.cell(rows[duty], columns[target]).value = code
    edited = path.with_name("edited.xlsx")
    book.save(edited)
    return edited


def test_role_codes_changed_in_the_matrix_come_back(tmp_path):
    chart = seed()
    first = chart.duties[0].id
    index, fifth = next((i, d.id) for i, d in enumerate(chart.duties)
                        if "prefecture" in d.assign)
    path = edit_matrix(export(chart, tmp_path), {(first, "central"): "O", (first, "county"): "I",
                                                 (fifth, "prefecture"): None})
    result = excel.import_chart(path)
    assert result.problems == []
    expected = copy.deepcopy(chart)
    expected.duties[0].assign.update({"central": "O", "county": "I"})
    del expected.duties[index].assign["prefecture"]
    assert result.chart == expected


def test_a_code_not_in_the_legend_is_reported_by_sheet_and_cell(tmp_path):
    chart = seed()
    path = edit_matrix(export(chart, tmp_path, display="en"),
                       {(chart.duties[1].id, "province"): "Zz"})
    result = excel.import_chart(path)
    (problem,) = result.problems
    assert problem.startswith("sheet “Duty matrix”, cell E7: “Zz” is not a code")
    assert result.chart == chart


def test_sorting_the_matrix_in_excel_does_not_confuse_the_import(tmp_path):
    chart = seed()
    path = export(chart, tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = matrix_rows(sheet)
    first, last = rows[chart.duties[0].id], rows[chart.duties[1].id]  # as a sort would swap
    for column in range(1, sheet.max_column + 1):
        a, b = sheet.cell(first, column), sheet.cell(last, column)
        a.value, b.value = b.value, a.value
    book.save(path)
    assert excel.import_chart(path).chart == chart


def test_rows_added_or_removed_in_the_workbook_are_reported(tmp_path):
    chart = seed()
    book = openpyxl.load_workbook(export(chart, tmp_path, display="en"))
    sheet = book["Duty matrix"]
    row = matrix_rows(sheet)[chart.duties[2].id]
    sheet.cell(row, 1).value = None  # as if the row were a new one
    sheet.cell(sheet.max_row + 1, 5).value = "P"
    book.save(tmp_path / "out.xlsx")
    result = excel.import_chart(tmp_path / "out.xlsx")
    assert any(f"row {row}: a row without an id" in p for p in result.problems)
    assert any(f"duty 3 ({chart.duties[2].id}) is no longer in the matrix" in p
               for p in result.problems)
    assert result.chart == chart


# --------------------------------------------------------------------------
# Workbooks that are not ours, or damaged


def test_a_workbook_that_is_not_ours_says_so(tmp_path):
    path = tmp_path / "people.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Reports To"])
    book.save(path)
    assert not excel.is_duty_workbook(path)
    assert excel.is_duty_workbook(export(seed(), tmp_path))
    with pytest.raises(LoadError, match="not exported by OrgChart Builder"):
        excel.import_chart(path)


def test_damaged_chart_data_names_the_sheet_and_cell(tmp_path):
    path = export(seed(), tmp_path)
    book = openpyxl.load_workbook(path)
    data = book[DATA_SHEET]
    row = next(r for r in range(1, data.max_row + 1) if data.cell(r, 1).value == "chart")
    data.cell(row, 2).value = data.cell(row, 2).value[:-5] + "}}}}}"
    book.save(path)
    with pytest.raises(LoadError) as error:
        excel.import_chart(path)
    assert f"sheet “{DATA_SHEET}”, cell B{row}: the chart data is damaged" in str(error.value)


def test_chart_data_that_breaks_the_file_rules_names_the_place(tmp_path):
    chart = bilingual_chart()
    path = export(chart, tmp_path)
    book = openpyxl.load_workbook(path)
    data = book[DATA_SHEET]
    row = next(r for r in range(1, data.max_row + 1) if data.cell(r, 1).value == "chart")
    data.cell(row, 2).value = data.cell(row, 2).value.replace('"t1"', '"t9"', 1)
    book.save(path)
    with pytest.raises(LoadError, match=r"sheet “_orgchart” \(the chart data\), units\[0\]"
                                        r"\.tier: there is no tier 't1'"):
        excel.import_chart(path)


def test_a_missing_mark_or_newer_layout_is_refused(tmp_path):
    path = export(seed(), tmp_path)
    book = openpyxl.load_workbook(path)
    book[DATA_SHEET]["B1"] = "99"
    book.save(path)
    with pytest.raises(LoadError, match="cell B1: .*newer OrgChart Builder"):
        excel.import_chart(path)
    book[DATA_SHEET]["A1"] = "something else"
    book.save(path)
    with pytest.raises(LoadError, match="cell A1"):
        excel.import_chart(path)


# --------------------------------------------------------------------------
# Hostile workbooks


def small_workbook(tmp_path: Path) -> bytes:
    path = tmp_path / "small.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Reports To"])
    book.active.append(["A", ""])
    book.save(path)
    return path.read_bytes()


def rezip(data: bytes, replace: dict[str, bytes] | None = None,
          extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w",
                                                                   zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, (replace or {}).get(item.filename, old.read(item)))
        for name, body in (extra or {}).items():
            new.writestr(name, body)
    return out.getvalue()


def declare_size(data: bytes, size: int) -> bytes:
    """The zip's central directory claims `size` bytes unpacked for each entry."""
    out, at = bytearray(data), 0
    while (at := out.find(b"PK\x01\x02", at)) != -1:
        out[at + 24:at + 28] = size.to_bytes(4, "little")
        at += 4
    return bytes(out)


BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
        b'</sheetData></worksheet>')
EXTERNAL = (b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>'
            b'</sheetData></worksheet>')


def hostile(tmp_path: Path, kind: str) -> Path:
    good = small_workbook(tmp_path)
    sheet = "xl/worksheets/sheet1.xml"
    data = {
        "zip bomb": lambda: declare_size(good, 3_000_000_000),
        "too many entries": lambda: rezip(good, extra={f"junk/{i}.bin": b"" for i in
                                                       range(safe_xlsx.MAX_ENTRIES)}),
        "entity bomb": lambda: rezip(good, {sheet: BOMB}),
        "external entity": lambda: rezip(good, {sheet: EXTERNAL}),
        "legacy xls": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000,
        "csv renamed": lambda: b"Name,Reports To\nA,\n",
        "truncated": lambda: good[:len(good) // 2],
        "empty": lambda: b"",
        "word document": lambda: rezip(good, extra={"word/document.xml": b"<w/>"}).replace(
            b"xl/workbook.xml", b"xl/workbook.xmX"),
    }[kind]()
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind, message", [
    ("zip bomb", "zip bomb"),
    ("too many entries", "holds 1,00"),
    ("entity bomb", "document type"),
    ("external entity", "document type"),
    ("legacy xls", "Excel 97–2003"),
    ("csv renamed", "text file .perhaps CSV"),
    ("truncated", "damaged or cut short"),
    ("empty", "empty"),
    ("word document", "not an Excel workbook|Word"),
])
def test_hostile_workbooks_are_refused_quickly_with_a_clear_message(kind, message, tmp_path,
                                                                    monkeypatch):
    from orgchart.formats import table

    path = hostile(tmp_path, kind)
    monkeypatch.setattr(openpyxl, "load_workbook",
                        lambda *a, **k: pytest.fail("openpyxl opened a hostile workbook"))
    start = time.perf_counter()
    with pytest.raises(LoadError, match=message):
        excel.import_chart(path)
    if kind != "csv renamed":  # a people list is read by what it is: that one as CSV
        with pytest.raises(LoadError, match=message):
            table.import_chart(path)
    assert not excel.is_duty_workbook(path)
    assert time.perf_counter() - start < 2


def test_behind_the_dtd_check_defusedxml_still_refuses_entities(tmp_path, monkeypatch):
    assert openpyxl.xml.DEFUSEDXML
    monkeypatch.setattr(safe_xlsx, "_check_dtds", lambda archive, source: None)
    from orgchart.formats import table

    for kind in ("entity bomb", "external entity"):
        with pytest.raises(LoadError, match="damaged|could not be read"):
            table.read_table(hostile(tmp_path, kind))


def test_without_defusedxml_no_workbook_is_opened(tmp_path, monkeypatch):
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(LoadError, match="defusedxml"):
        excel.import_chart(export(seed(), tmp_path))


def test_a_cell_at_the_last_row_and_column_is_refused_quickly(tmp_path):
    path = tmp_path / "far.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Reports To"])
    book.active["XFD1048576"] = "far away"
    book.save(path)
    from orgchart.formats import table

    start = time.perf_counter()
    with pytest.raises(LoadError, match="XFD1048576"):
        table.read_table(path)
    assert time.perf_counter() - start < 2


def test_openpyxl_warnings_are_recorded_not_raised(tmp_path):
    path = tmp_path / "warned.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.save(path)
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as old:
        xml = old.read(sheet)
    extension = (b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"/></extLst>'
                 b'</worksheet>')  # Excel's own drop-downs: openpyxl warns it drops them
    path.write_bytes(rezip(path.read_bytes(), {sheet: xml.replace(b"</worksheet>", extension)}))
    with safe_xlsx.open_workbook(path) as opened:
        rows = list(safe_xlsx.rows(opened.book["Sheet"], str(path), 1))
    assert rows == [(1, ("Name",))]
    assert any("extension is not supported" in w for w in opened.warnings)
