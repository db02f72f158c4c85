"""The Duty matrix tab: it shows the sample's duties and roles as the export
lays them out; cells change by the drop-down, by a typed code, by Delete and
by pasting tab-separated text, each one undo step; copying gives TSV; units
can be across; duties are added, removed, reordered and categorised; and
the selection is shared with the window."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from orgchart import edits, matrix
from orgchart.fileformat import load
from orgchart.matrix import BY_TIER, BY_UNIT, TEXT_COLUMN, DutyMatrix
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.matrix import DUTY_ID_ROLE, DutyMatrixModel, DutyMatrixWidget
from ui.panels.matrix_model import INHERITED_ROLE

from .conftest import SAMPLES

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
Role = Qt.ItemDataRole


@pytest.fixture
def widget(sample_document, selection, qtbot):
    widget = DutyMatrixWidget(sample_document, selection)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.setFocus()
    return widget


@pytest.fixture
def company_document(qapp):
    return ChartDocument(load(os.path.join(SAMPLES, "company.orgchart")))


def code(widget, duty, target):
    return widget.model.cell(duty, target).data()


def assigned(document, duty, target):
    return document.chart.find_duty(duty).assign.get(target)


def go_to(widget, duty, target=None):
    index = widget.model.cell(duty, target)
    assert index.isValid()
    widget.view.setCurrentIndex(index)
    return index


def select(widget, *cells):
    """Select (duty, target) cells, the first one current."""
    go_to(widget, *cells[0])
    flags = widget.view.selectionModel().SelectionFlag
    for cell in cells[1:]:
        widget.view.selectionModel().select(widget.model.cell(*cell), flags.Select)


# -- what it shows ----------------------------------------------------------------------------


def test_the_seed_sample_shows_its_duties_grouped_and_its_roles(widget, sample_document,
                                                                qtmodeltester):
    model = widget.model
    qtmodeltester.check(model)
    sheet = DutyMatrix(sample_document.chart)
    assert model.rowCount() == sheet.row_count == len(sample_document.chart.duties) + 9
    assert model.columnCount() == 5
    assert model.headerData(1, Qt.Orientation.Horizontal) == "中央\nCentral"
    assert model.index(0, 0).data() == "方針政策 · Principles and policies"
    assert widget.view.columnSpan(0, 0) == 5  # a category row spans the sheet
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert code(widget, "formulate-principles", "central") == "P"
    assert code(widget, "overall-responsibility", "province") == "O"
    assert code(widget, "link-levels", "prefecture") == "C"
    assert code(widget, "set-schedule", "county") == "I"
    assert code(widget, "set-schedule", "central") == ""
    text = model.cell("set-goals")
    assert text.data() == "目標確定\nSet goals"
    assert text.data(Role.EditRole) == "目標確定"  # "both" edits the primary language
    cell = model.cell("set-goals", "province")
    assert "Overall responsibility" in cell.data(Role.ToolTipRole)
    assert cell.data(Role.BackgroundRole).name() == matrix.tint("#8e44ad")
    assert widget.model.matrix.other_column is None  # every role is under a tier
    assert widget.model.headerData(4, Qt.Orientation.Vertical) == "3"  # duty numbers
    assert widget.model.headerData(3, Qt.Orientation.Vertical) == ""  # a category


def test_the_matrix_follows_the_display_language(widget, sample_document):
    sample_document.set_display("en")
    assert widget.model.cell("set-goals").data() == "Set goals"
    assert widget.model.headerData(1, Qt.Orientation.Horizontal) == "Central"
    assert widget.model.cell("set-goals").data(Role.EditRole) == "Set goals"


# -- editing cells -------------------------------------------------------------------------------


def test_a_cell_edit_through_the_drop_down_is_undoable(widget, sample_document):
    index = go_to(widget, "set-goals", "county")
    widget.view.edit(index)
    editor = widget.view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    texts = [editor.itemText(i) for i in range(editor.count())]
    assert texts[0] == "(none)" and texts[1] == "P — 統籌 · Overall planning"
    editor.setCurrentIndex(editor.findData("I"))
    editor.activated.emit(editor.currentIndex())
    assert assigned(sample_document, "set-goals", "county") == "I"
    assert code(widget, "set-goals", "county") == "I"
    assert sample_document.undo_stack.count() == 1
    sample_document.undo_stack.undo()
    assert assigned(sample_document, "set-goals", "county") is None
    assert code(widget, "set-goals", "county") == ""


def test_typing_a_code_sets_the_cell_in_any_case(widget, sample_document, qtbot):
    index = go_to(widget, "set-goals", "county")
    QTest.keyClick(widget.view, Key.Key_S)  # opens the editor with the key typed
    editor = widget.view.indexWidget(index)
    assert isinstance(editor, QComboBox) and editor.currentText() == "s"
    QTest.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: widget.view.indexWidget(index) is None)
    assert assigned(sample_document, "set-goals", "county") == "S"
    assert widget.view.currentIndex() == widget.model.cell("set-goals", "county")
    sample_document.undo_stack.undo()
    assert assigned(sample_document, "set-goals", "county") is None


def test_an_unknown_code_is_refused_with_a_message(widget, sample_document, qtbot):
    index = go_to(widget, "set-goals", "county")
    QTest.keyClick(widget.view, Key.Key_X)
    editor = widget.view.indexWidget(index)
    with qtbot.waitSignal(sample_document.editRefused) as refused:
        QTest.keyClick(editor, Key.Key_Return)
    assert "“x”" in refused.args[0] and "P, O, C, S, I" in refused.args[0]
    assert assigned(sample_document, "set-goals", "county") is None
    assert sample_document.undo_stack.count() == 0
    assert refused.args[0] in widget.note.text()


def test_editing_the_duty_text_edits_the_primary_language(widget, sample_document, qtbot):
    index = go_to(widget, "set-goals")
    widget.view.edit(index)
    editor = widget.view.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == "目標確定"
    editor.setText("確定目標")
    QTest.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: widget.view.indexWidget(index) is None)
    text = sample_document.chart.find_duty("set-goals").text
    assert text == Text({"zh-Hant": "確定目標", "en": "Set goals"})
    sample_document.undo_stack.undo()
    assert sample_document.chart.find_duty("set-goals").text.get("zh-Hant") == "目標確定"


def test_delete_clears_the_selected_cells_in_one_step(widget, sample_document):
    select(widget, ("set-schedule", "province"), ("set-schedule", "prefecture"),
           ("set-schedule", "county"), ("use-funds", "county"), ("set-schedule", None))
    QTest.keyClick(widget.view, Key.Key_Delete)
    duty = sample_document.chart.find_duty("set-schedule")
    assert duty.assign == {} and duty.text.get("en") == "Set the schedule"
    assert assigned(sample_document, "use-funds", "county") is None
    assert sample_document.undo_stack.count() == 1
    sample_document.undo_stack.undo()
    assert duty.assign == {"province": "S", "prefecture": "S", "county": "I"}
    assert assigned(sample_document, "use-funds", "county") == "I"


def test_the_selection_and_current_cell_survive_a_reset(widget, sample_document):
    select(widget, ("set-goals", "county"), ("use-funds", "central"))
    widget.model.add_duty(None)  # a new row: the model resets
    assert widget.view.currentIndex() == widget.model.cell("set-goals", "county")
    selected = {(i.data(DUTY_ID_ROLE), widget.model.matrix.column(i.column()).target)
                for i in widget.view.selectedIndexes()}
    assert selected == {("set-goals", "county"), ("use-funds", "central")}


# -- clipboard -------------------------------------------------------------------------------------


def test_copy_gives_tab_separated_codes_with_the_duty_text(widget):
    select(widget, ("set-schedule", None), ("set-schedule", "central"),
           ("set-schedule", "province"), ("carry-out-projects", "province"))
    QTest.keyClick(widget.view, Key.Key_C, CTRL)
    # the range from "carry out projects" (Projects) down to "set the
    # schedule" (Goals and schedule): header rows left out, unselected cells
    # empty, the text in the primary language
    lines = QGuiApplication.clipboard().text().split("\r\n")
    assert lines == ["\t\tS", "\t\t", "\t\t", "\t\t", "進度安排\t\tS", ""]


def test_paste_of_a_block_is_one_step_and_reports_unknown_codes(widget, sample_document, qtbot):
    go_to(widget, "set-goals", "central")
    QGuiApplication.clipboard().setText("P\tQ\r\ns\t\r\n")
    with qtbot.waitSignal(widget.statusMessage) as message:
        QTest.keyClick(widget.view, Key.Key_V, CTRL)
    assert sample_document.chart.find_duty("set-goals").assign == {"central": "P",
                                                                   "province": "O"}
    assert sample_document.chart.find_duty("set-schedule").assign == {
        "central": "S", "prefecture": "S", "county": "I"}  # "" cleared the province
    assert "Pasted 3 cells" in message.args[0]
    assert "“Q” (目標確定 · Set goals / 省（自治區、直轄市） · Provinces" in message.args[0]
    assert "Q" in widget.note.text()
    assert sample_document.undo_stack.count() == 1
    sample_document.undo_stack.undo()
    assert sample_document.chart.find_duty("set-goals").assign == {"province": "O"}
    assert sample_document.chart.find_duty("set-schedule").assign == {
        "province": "S", "prefecture": "S", "county": "I"}


def test_pasting_one_code_fills_every_selected_cell(widget, sample_document):
    select(widget, ("set-goals", "central"), ("set-goals", "county"), ("use-funds", "central"))
    widget.view.paste_text("c")
    assert assigned(sample_document, "set-goals", "central") == "C"
    assert assigned(sample_document, "set-goals", "county") == "C"
    assert assigned(sample_document, "use-funds", "central") == "C"
    assert sample_document.undo_stack.count() == 1


def test_copy_then_paste_elsewhere_copies_the_roles(widget, sample_document):
    select(widget, ("set-schedule", "province"), ("set-schedule", "county"))
    QTest.keyClick(widget.view, Key.Key_C, CTRL)
    go_to(widget, "formulate-principles", "province")
    QTest.keyClick(widget.view, Key.Key_V, CTRL)
    assert sample_document.chart.find_duty("formulate-principles").assign == {
        "central": "P", "province": "S", "county": "I"}  # the gap between is empty


# -- units across ---------------------------------------------------------------------------------


def test_units_of_chosen_tiers_across(widget, sample_document):
    chart = sample_document.chart
    widget.set_columns(BY_UNIT, ["province"])
    provinces = [u.id for u in chart.units if u.tier == "province"]
    sheet = widget.model.matrix
    targets = [sheet.column(c).target for c in range(1, sheet.column_count - 1)]
    assert targets[0] == "province" and sorted(targets[1:]) == sorted(provinces)
    assert widget.across_box.currentData() == BY_UNIT
    assert widget.model.headerData(1, Qt.Orientation.Horizontal) == (
        "省（自治區、直轄市） (whole tier)\nProvinces (autonomous regions, municipalities) "
        "(whole tier)")
    first = provinces[0]
    cell = widget.model.cell("set-goals", first)
    assert cell.data() == "" and cell.data(INHERITED_ROLE)[0] == "O"
    assert "Through its tier: O" in cell.data(Role.ToolTipRole)
    assert widget.model.setData(cell, "i")
    assert assigned(sample_document, "set-goals", first) == "I"
    assert widget.model.cell("set-goals", first).data() == "I"
    other = widget.model.index(sheet.row_of("set-schedule"), sheet.other_column)
    assert other.data() == "市（地） · Cities (prefectures): S\n縣 · Counties: I"
    assert not other.flags() & Qt.ItemFlag.ItemIsEditable
    sample_document.undo_stack.undo()
    assert first not in chart.find_duty("set-goals").assign
    widget.set_columns(BY_TIER)
    assert widget.model.columnCount() == 5


def test_roles_of_units_not_across_are_listed_in_the_other_column(company_document,
                                                                   selection, qtbot,
                                                                   qtmodeltester):
    widget = DutyMatrixWidget(company_document, selection)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    sheet = widget.model.matrix
    assert widget.model.headerData(sheet.other_column, Qt.Orientation.Horizontal) == (
        "Other assignments")
    pricing = widget.model.index(sheet.row_of("pricing"), sheet.other_column)
    assert pricing.data() == ("Product: C\nSales & Marketing: R\nFinance: C")


# -- duties ---------------------------------------------------------------------------------------


def test_add_duty_below_the_current_one_and_edit_its_text(widget, sample_document):
    go_to(widget, "devise-projects", "central")
    duty_id = widget.add_duty()
    chart = sample_document.chart
    ids = [d.id for d in chart.duties]
    assert ids[ids.index("devise-projects") + 1] == duty_id
    assert chart.find_duty(duty_id).category.get("en") == "Projects"
    index = widget.model.cell(duty_id)
    editor = widget.view.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == "新職責"
    sample_document.undo_stack.undo()
    assert chart.find_duty(duty_id) is None


def test_remove_move_and_categorise_duties_are_one_step_each(widget, sample_document):
    chart = sample_document.chart
    stack = sample_document.undo_stack
    select(widget, ("assign-projects", None), ("carry-out-projects", "county"))
    widget.move_up_action.trigger()
    group = [r.duty for r in widget.model.matrix.rows if r.duty and r.category.get("en") ==
             "Projects"]
    assert group == ["assign-projects", "carry-out-projects", "devise-projects"]
    assert widget.view.currentIndex() == widget.model.cell("assign-projects")
    widget.set_category(Text({"zh-Hant": "新類", "en": "New kind"}))
    assert chart.find_duty("carry-out-projects").category.get("en") == "New kind"
    widget.remove_duties_action.trigger()
    assert chart.find_duty("assign-projects") is None
    assert stack.count() == 3
    for _ in range(3):
        stack.undo()
    assert chart == load(os.path.join(SAMPLES, "poverty-alleviation.orgchart"))


def test_actions_follow_the_selection(widget):
    widget.view.clearSelection()
    widget.view.setCurrentIndex(QModelIndex())
    assert not widget.remove_duties_action.isEnabled()
    go_to(widget, "set-goals")
    assert widget.remove_duties_action.isEnabled() and widget.category_button.isEnabled()
    assert not widget.tiers_button.isEnabled()  # only with units across


# -- shared selection -----------------------------------------------------------------------------


def test_selecting_cells_shares_the_duty_and_target(widget, selection):
    go_to(widget, "set-goals", "province")
    assert selection.ids == ("province", "set-goals")
    assert selection.current == "set-goals"


def test_a_selected_duty_elsewhere_selects_its_cells(widget, selection):
    selection.set(["use-funds", "county", "prefecture"], initiator="elsewhere")
    cells = {(i.row(), i.column()) for i in widget.view.selectedIndexes()}
    sheet = widget.model.matrix
    row = sheet.row_of("use-funds")
    assert cells == {(row, sheet.column_of("county")), (row, sheet.column_of("prefecture"))}
    selection.set(["set-goals"], initiator="elsewhere")
    assert {i.row() for i in widget.view.selectedIndexes()} == {sheet.row_of("set-goals")}
    assert len(widget.view.selectedIndexes()) == sheet.column_count
    selection.set(["some-unit"], initiator="elsewhere")  # no duty: the cells stay
    assert {i.row() for i in widget.view.selectedIndexes()} == {sheet.row_of("set-goals")}


def test_a_model_alone_resets_only_when_the_shape_changes(sample_document, qtbot):
    model = DutyMatrixModel(sample_document)
    with qtbot.assertNotEmitted(model.modelReset):
        sample_document.push(edits.Assign("set-goals", "county", "I"))
    with qtbot.waitSignal(model.modelReset):
        sample_document.push(edits.DeleteDuty("set-goals"))
    model.set_columns(BY_TIER)
    assert QApplication.instance() is not None and model.columnCount() == 1 + 4
    assert model.data(model.index(0, TEXT_COLUMN), DUTY_ID_ROLE) is None


def test_ctrl_delete_removes_duties_and_plain_delete_only_clears(widget, sample_document):
    go_to(widget, "set-goals", "province")
    QTest.keyClick(widget.view, Key.Key_Delete)
    assert sample_document.chart.find_duty("set-goals").assign == {}
    QTest.keyClick(widget.view, Key.Key_Delete, CTRL)
    assert sample_document.chart.find_duty("set-goals") is None
    assert sample_document.undo_stack.count() == 2
