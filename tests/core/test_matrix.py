"""The duty matrix's sheet: rows grouped by category, tiers or units across,
cells as role codes; gestures as single undoable edits; TSV both ways."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from orgchart import edits, matrix
from orgchart.fileformat import load
from orgchart.matrix import BY_UNIT, TEXT_COLUMN, DutyMatrix, UnknownRole
from orgchart.model import Duty
from orgchart.text import Text
from tests.charts import bilingual_chart

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def en(text: Text) -> str:
    return text.pick("en")


@pytest.fixture
def seed():
    return load(SAMPLES / "poverty-alleviation.orgchart")


@pytest.fixture
def company():
    return load(SAMPLES / "company.orgchart")


def apply_and_undo(chart, edit):
    """Apply an edit, return the chart after it, and check its undo is exact."""
    before = copy.deepcopy(chart)
    inverse = edit.apply(chart)
    after = copy.deepcopy(chart)
    inverse.apply(chart)
    assert chart == before
    return after


# -- the sheet ----------------------------------------------------------------------------


def test_seed_rows_are_grouped_by_category_in_first_appearance_order(seed):
    sheet = DutyMatrix(seed)
    headers = [en(r.category) for r in sheet.rows if r.is_header]
    assert headers[:3] == ["Principles and policies", "Projects", "Responsibility"]
    assert len(headers) == len(matrix.categories(seed)) == 9
    # every duty once, and each group keeps chart order
    assert sorted(r.duty for r in sheet.rows if not r.is_header) == sorted(
        d.id for d in seed.duties)
    projects = [r.duty for r in sheet.rows if r.duty and en(r.category) == "Projects"]
    assert projects == ["devise-projects", "assign-projects", "carry-out-projects"]
    assert sheet.rows[0].is_header and sheet.rows[1].duty == "formulate-principles"


def test_seed_cells_are_role_codes_under_the_tiers(seed):
    sheet = DutyMatrix(seed)
    assert [c.target for c in sheet.columns] == ["central", "province", "prefecture", "county"]
    assert sheet.column_count == 5 and sheet.column(TEXT_COLUMN) is None

    def cell(duty, tier):
        return sheet.code(sheet.row_of(duty), sheet.column_of(tier))

    assert cell("formulate-principles", "central") == "P"
    assert cell("overall-responsibility", "province") == "O"
    assert cell("set-schedule", "county") == "I"
    assert cell("set-schedule", "central") is None
    assert sheet.role(sheet.row_of("link-levels"), sheet.column_of("prefecture")).code == "C"
    assert sheet.code(0, 1) is None  # a header row has no cells
    assert sheet.hidden() == []


def test_a_chart_without_categories_has_no_header_rows():
    chart = bilingual_chart()
    for duty in chart.duties:
        duty.category = Text()
    assert [r.duty for r in DutyMatrix(chart).rows] == ["d1", "d2"]


def test_uncategorised_duties_come_last_in_a_group_of_their_own():
    chart = bilingual_chart()  # d1 is in "Policy", d2 has no category
    chart.duties.insert(0, Duty("d0", Text("First"), Text(), {"t1": "R"}))
    rows = DutyMatrix(chart).rows
    assert [(r.duty, str(r.category)) for r in rows] == [
        (None, "Policy"), ("d1", "Policy"), (None, ""), ("d0", ""), ("d2", "")]


def test_units_across_are_each_chosen_tier_then_its_units_in_drawing_order():
    chart = bilingual_chart()
    chart.units.insert(1, chart.units.pop())  # c3 (under p2) listed early
    sheet = DutyMatrix(chart, BY_UNIT, ["t3"])
    assert [(c.target, c.kind) for c in sheet.columns] == [
        ("t3", "tier"), ("c1", BY_UNIT), ("c2", BY_UNIT), ("c3", BY_UNIT)]
    assert all(c.tier == "t3" for c in sheet.columns)
    row = sheet.row_of("d2")
    assert sheet.code(row, sheet.column_of("t3")) == "R"
    assert sheet.code(row, sheet.column_of("c1")) == "C"
    assert sheet.code(row, sheet.column_of("c2")) is None
    assert sheet.inherited(row, sheet.column_of("c2")) == "R"  # through tier t3
    assert sheet.inherited(row, sheet.column_of("t3")) is None
    assert sheet.hidden() == [("d1", "t1", "P"), ("d1", "t2", "R"), ("d2", "t2", "A")]
    assert sheet.elsewhere(row) == [("t2", "A")]
    assert sheet.value(row, sheet.other_column, en) == "Province: A"
    every = DutyMatrix(chart, BY_UNIT)
    assert [c.target for c in every.columns] == ["t1", "top", "t2", "p1", "p2", "t3", "c1",
                                                 "c2", "c3"]
    assert every.other_column is None and every.column_count == 10


def test_tiers_across_hides_assignments_to_single_units(company):
    sheet = DutyMatrix(company)
    assert ("pricing", "sales-marketing", "R") in sheet.hidden()
    with pytest.raises(ValueError):
        DutyMatrix(company, "person")


def test_table_is_what_an_export_writes():
    sheet = DutyMatrix(bilingual_chart())  # d2 gives unit c1 a role: not across
    assert sheet.other_column == 4 and sheet.column(4) is None
    assert sheet.table(en) == [["", "Centre", "Province", "County", ""],
                               ["Policy", "", "", "", ""],
                               ["Set policy", "P", "R", "", ""],
                               ["", "", "", "", ""],
                               ["Implement", "", "A", "R", "County 1: C"]]


def test_tint_is_light_and_keeps_the_hue():
    assert matrix.tint("#c0392b") == "#edc8c4"
    assert matrix.tint("#000000", 0.0) == "#ffffff"


# -- typed codes ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed, code", [
    ("A", "A"), ("a", "A"), (" r ", "R"), ("Accountable", "A"), ("A — Accountable", "A"),
    ("", None), ("-", None), ("none", None), ("統籌", "P")])
def test_resolve_role_accepts_codes_in_any_case_names_and_none(typed, code):
    assert matrix.resolve_role(bilingual_chart(), typed) == code


def test_an_unknown_code_is_refused_with_the_legend():
    with pytest.raises(UnknownRole) as refusal:
        matrix.resolve_role(bilingual_chart(), "X")
    assert "“X”" in str(refusal.value) and "R, A, C, I, P" in str(refusal.value)
    assert isinstance(refusal.value, edits.EditError)


# -- gestures ---------------------------------------------------------------------------------


def test_fill_and_clear_are_one_step_each_and_undo_exactly():
    chart = bilingual_chart()
    sheet = DutyMatrix(chart)
    d1, d2 = sheet.row_of("d1"), sheet.row_of("d2")
    cells = [(d1, 3), (d2, 1), (d1, TEXT_COLUMN)]
    edit = matrix.fill(sheet, cells, "c")
    assert isinstance(edit, edits.Batch) and len(edit.edits) == 2
    after = apply_and_undo(chart, edit)
    assert after.find_duty("d1").assign["t3"] == "C"
    assert after.find_duty("d2").assign["t1"] == "C"
    edit = matrix.clear(sheet, [(d1, 1), (d1, 2), (d1, 3)])
    after = apply_and_undo(chart, edit)
    assert after.find_duty("d1").assign == {}
    assert matrix.clear(sheet, [(d1, 3)]) is None  # already empty
    with pytest.raises(UnknownRole):
        matrix.fill(sheet, cells, "Z")


def test_set_text_edits_one_language():
    chart = bilingual_chart()
    sheet = DutyMatrix(chart)
    edit = matrix.set_text(sheet, sheet.row_of("d1"), "en", "Set policies")
    after = apply_and_undo(chart, edit)
    assert after.find_duty("d1").text == Text({"zh-Hant": "制定方針", "en": "Set policies"})
    assert matrix.set_text(sheet, sheet.row_of("d1"), "en", "Set policy") is None


# -- clipboard ----------------------------------------------------------------------------------


def test_tsv_round_trips_excel_quoting():
    rows = [["a", "two\nlines", 'say "hi"'], ["", "tab\there", "x"]]
    text = matrix.format_tsv(rows)
    assert text.endswith("\r\n") and '"two\nlines"' in text
    assert matrix.parse_tsv(text) == rows
    assert matrix.parse_tsv("P\tO\nI\t\n") == [["P", "O"], ["I", ""]]
    assert matrix.parse_tsv("") == []


def test_copy_gives_the_range_without_header_rows():
    sheet = DutyMatrix(bilingual_chart())
    cells = [(r, c) for r in range(sheet.row_count) for c in range(sheet.column_count)]
    assert matrix.parse_tsv(matrix.copy(sheet, cells, en)) == [
        ["Set policy", "P", "R", "", ""], ["Implement", "", "A", "R", "County 1: C"]]
    d1, d2 = sheet.row_of("d1"), sheet.row_of("d2")
    assert matrix.copy(sheet, [(d1, 1), (d2, 2)], en) == "P\t\r\n\tA\r\n"
    assert matrix.copy(sheet, [], en) == ""


def test_paste_is_one_edit_skips_headers_and_reports_unknown_codes():
    chart = bilingual_chart()
    sheet = DutyMatrix(chart)
    block = matrix.parse_tsv("i\tX\tc\textra\nr\t\tA\n\t\t\nmore\n")
    result = matrix.paste(sheet, (sheet.row_of("d1"), 1), block, "en")
    assert result.unknown == [(sheet.row_of("d1"), 2, "X")]
    assert result.rows_outside == 2 and result.columns_outside == 1
    assert result.changed == 5
    after = apply_and_undo(chart, result.edit)
    assert after.find_duty("d1").assign == {"t1": "I", "t2": "R", "t3": "C"}
    assert after.find_duty("d2").assign == {"t1": "R", "t3": "A", "c1": "C"}


def test_paste_into_the_text_column_sets_the_text_in_one_language():
    chart = bilingual_chart()
    sheet = DutyMatrix(chart)
    result = matrix.paste(sheet, (0, TEXT_COLUMN), [["Make policy", "I"], ["", "P"]], "en")
    after = apply_and_undo(chart, result.edit)
    assert after.find_duty("d1").text.get("en") == "Make policy"
    assert after.find_duty("d1").text.get("zh-Hant") == "制定方針"
    assert after.find_duty("d2").text.get("en") == "Implement"  # empty: left alone
    assert after.find_duty("d2").assign["t1"] == "P"


def test_the_other_column_is_copied_but_never_pasted_into():
    chart = bilingual_chart()
    sheet = DutyMatrix(chart)
    cells = [(r, c) for r in range(sheet.row_count) for c in range(sheet.column_count)]
    block = matrix.parse_tsv(matrix.copy(sheet, cells, en))
    result = matrix.paste(sheet, (0, 0), block, "en")
    assert result.edit is None and result.columns_outside == 1 and not result.unknown


def test_paste_copy_round_trip_changes_nothing(seed):
    sheet = DutyMatrix(seed)
    cells = [(r, c) for r in range(sheet.row_count) for c in range(sheet.column_count)]
    text = matrix.copy(sheet, cells, en)
    result = matrix.paste(sheet, (0, 0), matrix.parse_tsv(text), "en")
    assert result.edit is None and not result.unknown


# -- duties ----------------------------------------------------------------------------------------


def test_new_duty_goes_below_the_current_one_in_its_category(seed):
    sheet = DutyMatrix(seed)
    edit = matrix.new_duty(sheet, sheet.row_of("devise-projects"))
    after = apply_and_undo(seed, edit)
    ids = [d.id for d in after.duties]
    assert ids[ids.index("devise-projects") + 1] == edit.item.id
    assert edit.item.category == seed.find_duty("devise-projects").category
    assert edit.item.text == Text({"zh-Hant": "新職責", "en": "New duty"})
    header = next(i for i, r in enumerate(sheet.rows) if r.is_header and en(r.category) ==
                  "Projects")
    at_header = matrix.new_duty(sheet, header)
    after = apply_and_undo(seed, at_header)
    ids = [d.id for d in after.duties]
    assert ids[ids.index("carry-out-projects") + 1] == at_header.item.id
    assert matrix.new_duty(sheet, None).index is None


def test_remove_duties_is_one_step(seed):
    sheet = DutyMatrix(seed)
    edit = matrix.remove_duties(sheet, ["set-goals", "use-funds"])
    after = apply_and_undo(seed, edit)
    assert {d.id for d in after.duties} == {d.id for d in seed.duties} - {"set-goals",
                                                                          "use-funds"}


def test_move_duties_moves_within_the_category_only(seed):
    sheet = DutyMatrix(seed)

    def group(chart, name):
        rows = DutyMatrix(chart).rows
        return [r.duty for r in rows if r.duty and en(r.category) == name]

    edit = matrix.move_duties(sheet, ["carry-out-projects"], -1)
    after = apply_and_undo(seed, edit)
    assert group(after, "Projects") == ["devise-projects", "carry-out-projects",
                                        "assign-projects"]
    others = [d.id for d in after.duties if d.id not in group(after, "Projects")]
    assert others == [d.id for d in seed.duties if d.id not in group(seed, "Projects")]
    # a block moves together; the edge stops it
    edit = matrix.move_duties(sheet, ["assign-projects", "carry-out-projects"], -1)
    assert group(apply_and_undo(seed, edit), "Projects") == [
        "assign-projects", "carry-out-projects", "devise-projects"]
    assert matrix.move_duties(sheet, ["devise-projects"], -1) is None
    edit = matrix.move_duties(sheet, ["devise-projects"], +1)
    assert group(apply_and_undo(seed, edit), "Projects")[:2] == ["assign-projects",
                                                                 "devise-projects"]


def test_set_category_moves_duties_to_another_group():
    chart = bilingual_chart()
    edit = matrix.set_category(chart, ["d2", "nothing"], Text("Policy"))
    after = apply_and_undo(chart, edit)
    assert [r.duty for r in DutyMatrix(after).rows] == [None, "d1", "d2"]
    assert matrix.set_category(chart, ["d1"], Text("Policy")) is None


def test_assignments_to_unknown_targets_are_hidden_not_shown():
    chart = bilingual_chart()
    chart.duties.append(Duty("d3", Text("Odd"), Text(), {"ghost": "R"}))
    assert ("d3", "ghost", "R") in DutyMatrix(chart).hidden()
