"""The role legend editor: every cell is one undoable edit (code, name in
each language, colour, unique), roles are added, removed (with a warning
of the assignments that go) and reordered, and refusals are explained."""

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QLineEdit, QMessageBox

from orgchart.model import Chart
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.legend import RoleLegendDialog


@pytest.fixture
def dialog(document, qtbot):
    dialog = RoleLegendDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def codes(document):
    return [r.code for r in document.chart.roles]


def column(dialog, header):
    table = dialog.table
    return next(c for c in range(table.columnCount())
                if table.horizontalHeaderItem(c).text() == header)


def test_a_new_chart_starts_with_raci(qtbot):
    document = ChartDocument(Chart.new("x", ["zh-Hans", "en"]))
    dialog = RoleLegendDialog(document)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == \
        ["R", "A", "C", "I"]
    assert dialog.table.item(1, column(dialog, "Name (中文（简体）)")).text() == "负责"
    unique = column(dialog, "Unique")
    assert dialog.table.item(1, unique).checkState() == Qt.CheckState.Checked


def test_the_table_shows_each_language(dialog):
    table = dialog.table
    assert table.columnCount() == 5  # code, two names, colour, unique
    p_row = codes(dialog.document).index("P")
    assert table.item(p_row, column(dialog, "Name (中文（繁體）)")).text() == "統籌"
    assert table.item(p_row, column(dialog, "Name (English)")).text() == "Plan"


def test_typing_a_name_in_a_cell_is_one_undo_step(dialog, document, qtbot):
    table = dialog.table
    item = table.item(0, column(dialog, "Name (English)"))
    table.setCurrentItem(item)
    table.editItem(item)
    editor = table.viewport().findChild(QLineEdit)
    editor.selectAll()
    depth = document.undo_stack.count()
    qtbot.keyClicks(editor, "Does it")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the delegate commits the cell after the key
    assert dialog.isVisible()  # Return ends the cell's editing, not the dialog
    assert document.chart.find_role("R").name == Text({"zh-Hant": "執行", "en": "Does it"})
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    assert document.chart.find_role("R").name.get("en") == "Responsible"
    assert table.item(0, column(dialog, "Name (English)")).text() == "Responsible"


def test_recoding_changes_the_assignments_too(dialog, document):
    a_row = codes(document).index("A")
    dialog.table.item(a_row, 0).setText("X")
    assert codes(document)[a_row] == "X"
    assert document.chart.find_duty("d2").assign["t2"] == "X"
    document.undo_stack.undo()
    assert document.chart.find_duty("d2").assign["t2"] == "A"
    assert dialog.table.item(a_row, 0).text() == "A"


def test_a_refused_code_is_explained_and_put_back(dialog, document):
    before = copy.deepcopy(document.chart)
    dialog.table.item(0, 0).setText("A")  # R -> A, which exists
    assert document.chart == before
    assert "already has a role" in dialog.message.text()
    assert dialog.table.item(0, 0).text() == "R"


def test_unique_is_a_checkbox(dialog, document):
    unique = column(dialog, "Unique")
    dialog.table.item(0, unique).setCheckState(Qt.CheckState.Checked)
    assert document.chart.find_role("R").unique
    document.undo_stack.undo()
    assert not document.chart.find_role("R").unique
    assert dialog.table.item(0, unique).checkState() == Qt.CheckState.Unchecked


def test_the_colour_button(dialog, document, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#abcdef"))
    dialog.table.cellWidget(0, column(dialog, "Colour")).click()
    assert document.chart.find_role("R").color == "#abcdef"
    document.undo_stack.undo()
    assert document.chart.find_role("R").color == "#2e86de"


def test_add_a_role(dialog, document):
    dialog.add_button.click()
    new = document.chart.roles[-1]
    assert new.code == "B" and new.name == Text({"zh-Hant": "新角色", "en": "New role"})
    assert dialog.current_code() == "B"
    document.undo_stack.undo()
    assert codes(document) == ["R", "A", "C", "I", "P"]


def test_removing_a_used_role_warns_how_many_assignments_go(dialog, document):
    before = copy.deepcopy(document.chart)
    dialog.table.setCurrentCell(codes(document).index("R"), 0)
    dialog.remove_button.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "2 assignment" in box.text()  # d1 t2, d2 t3
    next(b for b in box.buttons()
         if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    assert "R" not in codes(document)
    assert document.chart.find_duty("d1").assign == {"t1": "P"}
    document.undo_stack.undo()
    assert document.chart == before


def test_cancelling_the_warning_keeps_the_role(dialog, document):
    dialog.table.setCurrentCell(codes(document).index("R"), 0)
    dialog.remove_button.click()
    dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert "R" in codes(document)


def test_removing_an_unused_role_asks_nothing(dialog, document):
    dialog.table.setCurrentCell(codes(document).index("I"), 0)
    dialog.remove_button.click()
    assert dialog.confirm_box is None and "I" not in codes(document)


def test_reorder(dialog, document):
    dialog.table.setCurrentCell(codes(document).index("P"), 0)
    dialog.up_button.click()
    assert codes(document) == ["R", "A", "C", "P", "I"]
    assert dialog.current_code() == "P"
    dialog.down_button.click()
    assert codes(document) == ["R", "A", "C", "I", "P"]
    assert not dialog.down_button.isEnabled()


def test_the_dialog_follows_undo_and_language_changes(dialog, document):
    from orgchart import edits

    document.push(edits.SetLanguages(("en",)))
    assert dialog.table.columnCount() == 4
    document.undo_stack.undo()
    assert dialog.table.columnCount() == 5


def test_controls_are_named(dialog):
    assert dialog.objectName() == "roleLegendDialog"
    for button in (dialog.add_button, dialog.remove_button, dialog.up_button,
                   dialog.down_button):
        assert button.accessibleName() and button.toolTip()
    assert dialog.table.accessibleName()
