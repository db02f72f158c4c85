"""Links: the Edit menu's actions add a link between two selected units
(kind and label asked in a dialog), edit it and remove it, each one undo
step; refusals are explained and the dialog stays open."""

import copy

import pytest
from PySide6.QtWidgets import QWidget

from orgchart.text import Text
from ui.panels.links import LinkActions, LinkDialog


@pytest.fixture
def window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def actions(document, selection, window):
    return LinkActions(document, selection, window)


def test_actions_are_enabled_by_what_is_selected(actions, selection):
    assert not any(a.isEnabled() for a in actions.actions())
    selection.set(["p1"])
    assert not actions.add_link.isEnabled()
    selection.set(["p1", "c3"])
    assert actions.add_link.isEnabled() and not actions.edit_link.isEnabled()
    selection.set(["p2", "c1"])  # joined by k1
    assert actions.edit_link.isEnabled() and actions.remove_link.isEnabled()
    selection.set(["k1"])
    assert not actions.add_link.isEnabled() and actions.edit_link.isEnabled()
    for action in actions.actions():
        assert action.text() and action.toolTip() and not action.icon().isNull()


def test_add_a_link_between_two_selected_units(actions, document, selection, qtbot):
    selection.set(["p1", "c3"])
    actions.add_link.trigger()
    dialog = actions.dialog
    assert dialog.isVisible() and "甲省" in dialog.ends.text()
    dialog.kind_box.set_key("supervision")
    qtbot.keyClicks(dialog.label_fields.editor("en"), "audits")
    depth = document.undo_stack.count()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    link = document.chart.links[-1]
    assert (link.source, link.target, link.kind) == ("p1", "c3", "supervision")
    assert link.label == Text({"en": "audits"})
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    assert [k.id for k in document.chart.links] == ["k1"]


def test_the_ends_can_be_swapped(document, window):
    dialog = LinkDialog(document, "p1", "c3", parent=window)
    dialog.swap_button.click()
    dialog.accept()
    link = document.chart.links[-1]
    assert (link.source, link.target, link.kind) == ("c3", "p1", "dotted-line")


def test_a_refused_link_is_explained_and_the_dialog_stays(document, window):
    before = copy.deepcopy(document.chart)
    dialog = LinkDialog(document, "p1", "p1", parent=window)
    dialog.open()
    dialog.accept()
    assert document.chart == before
    assert "two different units" in dialog.message.text()
    assert dialog.isVisible()


def test_adding_without_two_units_says_why(actions, selection, qtbot):
    selection.set(["p1"])
    with qtbot.waitSignal(actions.statusMessage) as said:
        actions.on_add_link()
    assert "two units" in said.args[0] and actions.dialog is None


def test_edit_a_link_as_one_step(actions, document, selection, qtbot):
    selection.set(["k1"])
    actions.edit_link.trigger()
    dialog = actions.dialog
    assert dialog.kind_box.key() == "coordination"
    assert dialog.label_fields.editor("zh-Hant").text() == "help"
    assert not dialog.swap_button.isVisible()
    dialog.kind_box.set_key("dotted-line")
    qtbot.keyClicks(dialog.label_fields.editor("en"), "helps")
    depth = document.undo_stack.count()
    dialog.accept()
    link = document.chart.find_link("k1")
    assert link.kind == "dotted-line" and link.label.get("en") == "helps"
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    link = document.chart.find_link("k1")
    assert link.kind == "coordination" and link.label == Text("help")


def test_an_unchanged_edit_pushes_nothing(actions, document, selection):
    selection.set(["p2", "c1"])
    actions.on_edit_link()
    depth = document.undo_stack.count()
    actions.dialog.accept()
    assert document.undo_stack.count() == depth


def test_remove_the_link_between_two_units(actions, document, selection):
    selection.set(["c1", "p2"])
    actions.remove_link.trigger()
    assert document.chart.links == []
    document.undo_stack.undo()
    assert [k.id for k in document.chart.links] == ["k1"]


def test_remove_a_selected_link(actions, document, selection):
    selection.set(["k1"])
    actions.remove_link.trigger()
    assert document.chart.links == []
    assert not actions.remove_link.isEnabled()  # selection still names k1, which is gone
