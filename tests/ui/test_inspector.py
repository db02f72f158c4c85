"""The inspector dock: it follows the selection (a unit, several units, a
tier, a duty, a link), every field edits the chart through undoable edits,
typing is one undo step, refusals are explained, and fields follow undo
without losing the cursor of the field being typed in."""

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from orgchart import edits
from orgchart.model import Person, Tier
from orgchart.text import Text
from ui.panels.inspector import InspectorDock
from ui.panels.record_list import SUBTITLE_ROLE


@pytest.fixture
def dock(document, selection, qtbot):
    dock = InspectorDock(document, selection)
    qtbot.addWidget(dock)
    dock.resize(320, 900)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def add_bottom_tier(document):
    document.push(edits.InsertTier(Tier("t4", Text({"en": "Village"}), Text(), "#5d6d7e")))


def commit(widget, text):
    """Type `text` as an input method (a Chinese IME) commits it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def undo_all(document, steps):
    for _ in range(steps):
        document.undo_stack.undo()


# -- following the selection --------------------------------------------------------------


def test_the_page_follows_the_selection(dock, selection):
    assert dock.kind == "none"
    selection.set(["p1"])
    assert dock.kind == "unit" and dock.page.unit_id == "p1"
    assert dock.page.name_fields.editor("en").text() == "Province A"
    assert dock.page.name_fields.editor("zh-Hant").text() == "甲省"
    selection.set(["t2"])
    assert dock.kind == "tier" and dock.page.editor.name_fields.editor("en").text() == "Province"
    selection.set(["c1", "c2"])
    assert dock.kind == "units" and dock.page.unit_ids == ("c1", "c2")
    selection.set(["d1"])
    assert dock.kind == "duty" and dock.page.fields.text_fields.editor("en").text() == "Set policy"
    selection.set(["k1"])
    assert dock.kind == "link" and dock.page.kind_box.key() == "coordination"
    selection.clear()
    assert dock.kind == "none"


def test_a_unit_that_goes_away_empties_the_page(dock, document, selection):
    selection.set(["c3"])
    document.push(edits.RemoveUnit("c3"))
    assert dock.kind == "none"
    document.undo_stack.undo()
    assert dock.kind == "unit"


# -- one unit ----------------------------------------------------------------------------


def test_typing_a_unit_name_is_one_undo_step_and_keeps_the_cursor(dock, document, selection,
                                                                 qtbot):
    selection.set(["p1"])
    field = dock.page.name_fields.editor("en")
    field.setFocus()
    field.setCursorPosition(len("Province"))
    depth = document.undo_stack.count()
    qtbot.keyClicks(field, " East")
    assert document.chart.find_unit("p1").name.get("en") == "Province East A"
    assert field.cursorPosition() == len("Province East")
    assert document.undo_stack.count() == depth + 1
    document.push(edits.SetTierField("t1", "color", "#000000"))  # an edit elsewhere
    assert field.cursorPosition() == len("Province East")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.chart.find_unit("p1").name.get("en") == "Province A"
    assert field.text() == "Province A"


def test_the_tier_combo_moves_the_unit_or_says_why_not(dock, document, selection):
    add_bottom_tier(document)
    selection.set(["c1"])
    box = dock.page.tier_box
    depth = document.undo_stack.count()
    box.activated.emit(box.findData("t3"))  # the tier it is on: nothing to do
    assert document.undo_stack.count() == depth
    box.activated.emit(box.findData("t1"))
    assert document.chart.find_unit("c1").tier == "t3"
    assert "not below" in dock.page.message.text() and box.key() == "t3"
    box.activated.emit(box.findData("t4"))
    assert document.chart.find_unit("c1").tier == "t4" and not dock.page.message.text()
    document.undo_stack.undo()
    assert document.chart.find_unit("c1").tier == "t3" and box.key() == "t3"


def test_reports_to_offers_the_possible_parents_and_reparents(dock, document, selection):
    selection.set(["c1"])
    box = dock.page.parent_box
    assert box.key() == "p1"
    box.set_choices(box.fill())  # as opening the list does
    offered = [box.itemData(i) for i in range(box.count())]
    assert offered == ["top", "p1", "p2"]  # not itself, nothing on its own tier
    box.activated.emit(box.findData("p2"))
    assert document.chart.find_unit("c1").parent == "p2"
    document.undo_stack.undo()
    assert document.chart.find_unit("c1").parent == "p1" and box.key() == "p1"


def test_the_top_unit_reports_to_nobody(dock, selection):
    selection.set(["top"])
    assert dock.page.parent_box.key() is None
    assert dock.page.parent_box.currentText() == ""
    assert not dock.page.parent_button.isEnabled()


def test_go_to_parent_selects_it(dock, selection):
    selection.set(["c1"])
    dock.page.parent_button.click()
    assert selection.ids == ("p1",) and dock.page.unit_id == "p1"


def test_collapsed(dock, document, selection):
    selection.set(["p1"])
    dock.page.collapsed_box.click()
    assert document.chart.find_unit("p1").collapsed
    document.undo_stack.undo()
    assert not document.chart.find_unit("p1").collapsed
    assert not dock.page.collapsed_box.isChecked()


def test_notes_typing_is_one_undo_step(dock, document, selection, qtbot):
    selection.set(["p2"])
    area = dock.page.notes.editor("en")
    depth = document.undo_stack.count()
    qtbot.keyClicks(area, "Two lines")
    qtbot.keyClick(area, Qt.Key.Key_Return)
    qtbot.keyClicks(area, "of notes")
    assert document.chart.find_unit("p2").notes == Text({"en": "Two lines\nof notes"})
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    assert document.chart.find_unit("p2").notes == Text()
    assert area.toPlainText() == ""


def test_people_add_type_reorder_remove(dock, document, selection, qtbot):
    selection.set(["p1"])
    people = dock.page.people
    # a name with no language shows in the primary language's field
    people.list.view.setCurrentRow(0)
    assert people.name_fields.editor("zh-Hant").text() == "王"
    people.list.add_button.click()
    assert len(document.chart.find_unit("p1").people) == 2
    depth = document.undo_stack.count()
    qtbot.keyClicks(people.title_fields.editor("en"), "Deputy")
    commit(people.name_fields.editor("zh-Hant"), "李")
    assert document.chart.find_unit("p1").people[1] == Person(Text({"zh-Hant": "李"}),
                                                              Text({"en": "Deputy"}))
    assert document.undo_stack.count() == depth + 1  # one field: the people
    people.list.up_button.click()
    assert [p.name for p in document.chart.find_unit("p1").people] == [Text({"zh-Hant": "李"}),
                                                                      Text("王")]
    assert people.list.current() == "0"
    people.list.remove_button.click()
    assert [p.name for p in document.chart.find_unit("p1").people] == [Text("王")]
    undo_all(document, 4)
    assert document.chart.find_unit("p1").people == (Person(Text("王"), Text({"en": "Secretary"})),)


def test_typing_in_the_primary_field_replaces_a_plain_name(dock, document, selection, qtbot):
    selection.set(["p1"])
    people = dock.page.people
    people.list.view.setCurrentRow(0)
    people.name_fields.editor("zh-Hant").end(False)
    commit(people.name_fields.editor("zh-Hant"), "五")
    assert document.chart.find_unit("p1").people[0].name == Text({"zh-Hant": "王五"})


def test_duties_through_the_tier_are_listed(dock, selection):
    selection.set(["c1"])
    inherited = dock.page.inherited
    assert inherited.keys() == ["d2"]
    assert inherited.view.item(0).data(SUBTITLE_ROLE).startswith("R ")


def test_own_duties_add_type_role_remove(dock, document, selection, qtbot):
    before = copy.deepcopy(document.chart)
    selection.set(["c1"])
    own = dock.page.own_duties
    assert own.list.keys() == ["d2"]  # c1 is Consulted in d2
    own.list.add_button.click()
    new_id = own.current()
    assert document.chart.find_duty(new_id).assign == {"c1": "R"}
    field = own.fields.text_fields.editor("en")
    field.selectAll()
    depth = document.undo_stack.count()
    qtbot.keyClicks(field, "Report")
    assert document.chart.find_duty(new_id).text.get("en") == "Report"
    assert document.undo_stack.count() == depth + 1
    own.role_box.activated.emit(own.role_box.findData("A"))
    assert document.chart.find_duty(new_id).assign == {"c1": "A"}
    own.list.remove_button.click()  # only c1 had it: the duty goes
    assert document.chart.find_duty(new_id) is None
    own.list.view.setCurrentRow(0)
    own.list.remove_button.click()  # others have roles in d2: only c1's goes
    assert document.chart.find_duty("d2").assign == {"t2": "A", "t3": "R"}
    undo_all(document, 5)
    assert document.chart == before


# -- a tier --------------------------------------------------------------------------------


def test_tier_page_edits_name_and_duties(dock, document, selection, qtbot):
    before = copy.deepcopy(document.chart)
    selection.set(["t2"])
    page = dock.page
    assert page.duties.list.keys() == ["d1", "d2"]
    assert "2 unit" in page.units_label.text()
    qtbot.keyClicks(page.editor.motto_fields.editor("en"), "Leads")
    assert document.chart.find_tier("t2").summary == Text({"en": "Leads"})
    duties = page.duties
    duties.list.view.setCurrentRow(1)
    duties.list.up_button.click()
    assert [d.id for d in document.chart.duties] == ["d2", "d1"]
    assert duties.list.keys() == ["d2", "d1"] and duties.current() == "d2"
    duties.role_box.activated.emit(duties.role_box.findData("C"))
    assert document.chart.find_duty("d2").assign["t2"] == "C"
    duties.list.add_button.click()
    new_id = duties.current()
    assert duties.list.keys() == ["d2", "d1", new_id]
    assert document.chart.find_duty(new_id).assign == {"t2": "R"}
    duties.list.view.setCurrentRow(1)
    duties.list.remove_button.click()  # d1 stays with the centre
    assert document.chart.find_duty("d1").assign == {"t1": "P"}
    assert duties.list.keys() == ["d2", new_id]
    undo_all(document, 5)
    assert document.chart == before


def test_a_tier_page_follows_undo(dock, document, selection):
    selection.set(["t1"])
    document.push(edits.SetTierField("t1", "name", Text({"en": "Top"})))
    assert dock.page.editor.name_fields.editor("en").text() == "Top"
    assert dock.page.editor.name_fields.editor("zh-Hant").text() == ""
    document.undo_stack.undo()
    assert dock.page.editor.name_fields.editor("zh-Hant").text() == "中央"


# -- several units ---------------------------------------------------------------------------


def test_several_units_share_their_tier(dock, document, selection):
    add_bottom_tier(document)
    selection.set(["c1", "c2", "c3"])
    page = dock.page
    assert page.tier_box.key() == "t3"
    depth = document.undo_stack.count()
    page.tier_box.activated.emit(page.tier_box.findData("t4"))
    assert {document.chart.find_unit(u).tier for u in ("c1", "c2", "c3")} == {"t4"}
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    assert {document.chart.find_unit(u).tier for u in ("c1", "c2", "c3")} == {"t3"}


def test_several_units_on_different_tiers_show_no_tier(dock, document, selection):
    selection.set(["p1", "c3"])
    assert dock.page.tier_box.key() is None
    assert dock.page.tier_box.currentText() == ""
    dock.page.tier_box.activated.emit(dock.page.tier_box.findData("t1"))
    assert dock.page.message.text()  # p1 cannot share its parent's tier
    assert document.chart.find_unit("p1").tier == "t2"


def test_several_units_collapse_together(dock, document, selection):
    selection.set(["p1", "p2"])
    box = dock.page.collapsed_box
    box.click()
    assert document.chart.find_unit("p1").collapsed and document.chart.find_unit("p2").collapsed
    assert box.checkState() == Qt.CheckState.Checked
    document.undo_stack.undo()
    document.push(edits.SetUnitField("p1", "collapsed", True))
    assert box.checkState() == Qt.CheckState.PartiallyChecked
    box.click()
    assert document.chart.find_unit("p2").collapsed


# -- a duty, a link -------------------------------------------------------------------------


def test_duty_page(dock, document, selection, qtbot):
    selection.set(["d2"])
    page = dock.page
    assert page.assignments.keys() == ["t2", "t3", "c1"]
    qtbot.keyClicks(page.fields.category_fields.editor("en"), "Work")
    assert document.chart.find_duty("d2").category == Text({"en": "Work"})


def test_link_page(dock, document, selection, qtbot):
    selection.set(["k1"])
    page = dock.page
    page.kind_box.activated.emit(page.kind_box.findData("supervision"))
    assert document.chart.find_link("k1").kind == "supervision"
    field = page.label_fields.editor("zh-Hant")
    assert field.text() == "help"  # a plain label shows in the primary language
    field.selectAll()
    depth = document.undo_stack.count()
    commit(field, "協助")
    assert document.chart.find_link("k1").label == Text({"zh-Hant": "協助"})
    assert document.undo_stack.count() == depth + 1
    page.remove_button.click()
    assert document.chart.find_link("k1") is None and dock.kind == "none"
    undo_all(document, 3)
    assert document.chart.find_link("k1").kind == "coordination"


def test_every_control_is_named(dock, selection):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    assert dock.objectName() == "inspectorDock"
    for ids in (["p1"], ["t2"], ["c1", "c2"], ["d1"], ["k1"]):
        selection.set(ids)
        for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
            for control in dock.page.findChildren(kind):
                if control.parent() is not None and control.objectName().startswith("qt_"):
                    continue
                assert control.accessibleName(), (ids, control)
                assert control.toolTip(), (ids, control)
