"""The tiers dock: the tiers in rank order, selection shared with the
canvas, add / remove (asking where the units go) / reorder, refusals
explained, and in-place editing where typing is one undo step."""

import copy

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent
from PySide6.QtWidgets import QApplication, QColorDialog

from orgchart import edits
from orgchart.model import Tier
from orgchart.text import Text
from ui.panels.record_list import COLOR_ROLE, SUBTITLE_ROLE
from ui.panels.tiers import TiersDock


@pytest.fixture
def dock(document, selection, qtbot):
    dock = TiersDock(document, selection)
    qtbot.addWidget(dock)
    dock.resize(320, 600)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def tier_ids(document):
    return [t.id for t in document.chart.tiers]


def add_empty_bottom_tier(document):
    document.push(edits.InsertTier(Tier("t4", Text({"en": "Village"}), Text(), "#5d6d7e")))


def test_lists_the_tiers_top_down_with_names_and_mottos(dock, document):
    assert dock.list.keys() == ["t1", "t2", "t3"]
    first = dock.list.view.item(0)
    assert first.text() == "中央\nCentre"  # both languages, primary first
    assert "統籌" in first.data(SUBTITLE_ROLE)
    document.set_display("en")
    assert dock.list.view.item(0).text() == "Centre"


def test_selecting_a_tier_selects_its_id_and_follows_the_selection(dock, selection):
    dock.list.view.setCurrentRow(1)
    assert selection.ids == ("t2",)
    assert dock.editor.tier_id == "t2"
    selection.set(["t3"], initiator="canvas")
    assert dock.current() == "t3" and dock.editor.tier_id == "t3"
    selection.set(["c1"], initiator="canvas")  # a unit: no tier selected
    assert dock.current() is None and not dock.editor.isEnabled()


def test_typing_a_name_is_one_undo_step(dock, document, qtbot, selection):
    selection.set(["t2"])
    field = dock.editor.name_fields.editor("en")
    field.setFocus()
    field.end(False)
    depth = document.undo_stack.count()
    qtbot.keyClicks(field, "s!")
    assert document.chart.find_tier("t2").name.get("en") == "Provinces!"
    assert document.undo_stack.count() == depth + 1
    assert field.cursorPosition() == len("Provinces!")  # the echo left the field alone
    assert dock.list.view.item(1).text() == "省\nProvinces!"
    document.undo_stack.undo()
    assert document.chart.find_tier("t2").name == Text({"zh-Hant": "省", "en": "Province"})
    assert field.text() == "Province"


def test_typing_a_motto_in_the_secondary_language(dock, document, qtbot, selection):
    selection.set(["t1"])
    qtbot.keyClicks(dock.editor.motto_fields.editor("en"), "Plans")
    assert document.chart.find_tier("t1").summary == Text({"zh-Hant": "統籌", "en": "Plans"})
    document.undo_stack.undo()
    assert document.chart.find_tier("t1").summary == Text({"zh-Hant": "統籌"})


def test_the_colour_button_sets_the_colour(dock, document, selection, monkeypatch):
    selection.set(["t1"])
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#123456"))
    dock.editor.color_button.click()
    assert document.chart.find_tier("t1").color == "#123456"
    assert dock.editor.color_button.text() == "#123456"
    document.undo_stack.undo()
    assert document.chart.find_tier("t1").color == "#1f5f99"


def test_add_puts_a_new_tier_below_the_selected_one(dock, document, selection):
    selection.set(["t1"])
    dock.list.add_button.click()
    assert len(document.chart.tiers) == 4
    new = document.chart.tiers[1]
    assert dock.current() == new.id and selection.ids == (new.id,)
    assert new.name.get("zh-Hant") and new.name.get("en")  # named in the chart's languages
    assert QApplication.focusWidget() is dock.editor.name_fields.editor("zh-Hant")
    document.undo_stack.undo()
    assert tier_ids(document) == ["t1", "t2", "t3"]


def test_add_without_a_selection_appends(dock, document):
    dock.list.add_button.click()
    assert tier_ids(document)[:3] == ["t1", "t2", "t3"] and len(document.chart.tiers) == 4


def test_removing_an_unused_tier_needs_no_question(dock, document, selection):
    add_empty_bottom_tier(document)
    selection.set(["t4"])
    dock.list.remove_button.click()
    assert dock.remove_dialog is None
    assert tier_ids(document) == ["t1", "t2", "t3"]
    document.undo_stack.undo()
    assert tier_ids(document) == ["t1", "t2", "t3", "t4"]


def test_removing_a_tier_with_units_asks_and_moves_them(dock, document, selection):
    add_empty_bottom_tier(document)
    before = copy.deepcopy(document.chart)
    selection.set(["t3"])
    dock.list.remove_button.click()
    dialog = dock.remove_dialog
    assert dialog is not None and dialog.isVisible()
    # t1 and t2 would break the tier order; t4, below the parents, is offered
    assert dialog.target() == "t4" and dialog.ok_button.isEnabled()
    depth = document.undo_stack.count()
    dialog.ok_button.click()
    assert tier_ids(document) == ["t1", "t2", "t4"]
    assert {u.tier for u in document.chart.units if u.id in ("c1", "c2", "c3")} == {"t4"}
    assert "t3" not in document.chart.find_duty("d2").assign
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    assert document.chart == before


def test_the_removal_dialog_says_why_a_tier_cannot_take_the_units(dock, document, selection):
    add_empty_bottom_tier(document)
    selection.set(["t3"])
    dock.list.remove_button.click()
    dialog = dock.remove_dialog
    dialog.choose("t2")
    assert not dialog.ok_button.isEnabled()
    assert "not below" in dialog.reason.text()
    dialog.reject()
    assert tier_ids(document) == ["t1", "t2", "t3", "t4"]


def test_a_tier_whose_units_can_go_nowhere_cannot_be_removed(dock, document, selection):
    selection.set(["t3"])
    dock.list.remove_button.click()
    assert not dock.remove_dialog.ok_button.isEnabled()
    assert dock.remove_dialog.reason.text()


def test_a_refused_move_shows_the_reason(dock, document, selection):
    selection.set(["t3"])
    dock.list.up_button.click()
    assert tier_ids(document) == ["t1", "t2", "t3"]
    assert "not below" in dock.message.text()
    assert dock.list.keys() == ["t1", "t2", "t3"]


def test_up_and_down_buttons_reorder(dock, document, selection):
    add_empty_bottom_tier(document)
    selection.set(["t4"])
    dock.list.up_button.click()
    assert tier_ids(document) == ["t1", "t2", "t4", "t3"]
    assert dock.list.keys() == tier_ids(document) and dock.current() == "t4"
    assert not dock.message.text()
    dock.list.down_button.click()
    assert tier_ids(document) == ["t1", "t2", "t3", "t4"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert tier_ids(document) == ["t1", "t2", "t3", "t4"]


def test_dragging_a_tier_moves_it(dock, document, selection):
    add_empty_bottom_tier(document)
    selection.set(["t4"])
    view = dock.list.view
    target = view.visualItemRect(view.item(2))  # drop on the top half of t3
    data = view.model().mimeData([view.model().index(3, 0)])
    drop = QDropEvent(QPointF(target.center().x(), target.top() + 2),
                      Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    # Qt hands a drop to the view only after a real drag from it entered
    # (InternalMove); the drop itself is what the view handles.
    view.dropEvent(drop)
    assert tier_ids(document) == ["t1", "t2", "t4", "t3"]
    assert dock.list.keys() == tier_ids(document)


def test_a_foreign_drop_moves_nothing(dock, document, selection):
    add_empty_bottom_tier(document)
    selection.set(["t4"])
    view = dock.list.view
    data = QMimeData()
    data.setText("t4")
    drop = QDropEvent(QPointF(5, 2), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    assert tier_ids(document) == ["t1", "t2", "t3", "t4"]


def test_the_dock_follows_undo_and_a_replaced_chart(dock, document):
    document.push(edits.SetTierField("t1", "color", "#000000"))
    assert dock.list.view.item(0).data(COLOR_ROLE) == "#000000"
    document.undo_stack.undo()
    assert dock.list.view.item(0).data(COLOR_ROLE) == "#1f5f99"
    from orgchart.model import Chart
    document.replace_chart(Chart.new(), None)
    assert dock.list.keys() == []


def test_controls_have_names_and_tips(dock):
    assert dock.objectName() == "tiersDock"
    for button in (dock.list.add_button, dock.list.remove_button, dock.list.up_button,
                   dock.list.down_button, dock.editor.color_button):
        assert button.accessibleName() and button.toolTip()
    for field in dock.editor.name_fields.editors.values():
        assert field.accessibleName() and field.toolTip()


def test_a_township_tier_with_three_duties_from_the_seed_sample(sample_document, selection,
                                                                qtbot):
    """The issue's walk-through: add a fifth tier below the counties, name it,
    give it three duties with roles; then undo everything."""
    from ui.panels.inspector import InspectorDock

    document = sample_document
    before = copy.deepcopy(document.chart)
    tiers, inspector = TiersDock(document, selection), InspectorDock(document, selection)
    qtbot.addWidget(tiers)
    qtbot.addWidget(inspector)
    selection.set(["county"])
    tiers.list.add_button.click()
    township = document.chart.tiers[4].id
    assert inspector.kind == "tier" and inspector.page.tier_id == township
    name = tiers.editor.name_fields.editor("en")
    name.selectAll()
    qtbot.keyClicks(name, "Townships")
    duties = inspector.page.duties
    for code in ("I", "S", "C"):
        duties.list.add_button.click()
        duties.role_box.activated.emit(duties.role_box.findData(code))
    chart = document.chart
    assert chart.find_tier(township).name.get("en") == "Townships"
    assert [d.assign for d in chart.duties if township in d.assign] == \
        [{township: "I"}, {township: "S"}, {township: "C"}]
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.chart == before
