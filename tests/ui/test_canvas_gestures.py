"""Gestures on the chart canvas: rename in place and drag to re-parent, driven
with real mouse and key events."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orgchart import edits
from tests.ui.views import shown_view
from ui.canvas import ChartView
from ui.canvas.items import GhostItem


@pytest.fixture
def view(qtbot, document, selection):
    return shown_view(qtbot, document, selection, (1000, 700), zoom=1.0)


def center_of(view: ChartView, uid: str) -> QPoint:
    return view.mapFromScene(view.chart_scene.card(uid).sceneBoundingRect().center())


def press_and_move(view: ChartView, source: str, target: str) -> QPoint:
    """Press on a card and move onto another, in steps; returns where it ends."""
    start, end = center_of(view, source), center_of(view, target)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(view.viewport(), start + (end - start) * (i / 8))
    return end


def release(view: ChartView, at: QPoint) -> None:
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, at)


def type_by_input_method(widget, text: str) -> None:
    """Chinese arrives as an input method's commit (QTest types Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def ghosts(view: ChartView) -> list[GhostItem]:
    return [item for item in view.chart_scene.items() if isinstance(item, GhostItem)]


# -- rename in place -------------------------------------------------------------------


def test_rename_in_place_commits_one_undo_step(view, document, qtbot):
    assert view.start_rename("p1")
    editor = view.rename_editor
    assert view.is_editing and editor.isVisible()
    # "both" display: the primary language is edited, all of it selected
    assert editor.text() == "甲省" and editor.selectedText() == "甲省"
    type_by_input_method(editor, "丙省")
    with qtbot.waitSignal(view.renameFinished) as finished:
        QTest.keyClick(editor, Qt.Key.Key_Return)
    assert finished.args == ["p1", True]
    assert not view.is_editing
    name = document.chart.find_unit("p1").name
    assert name.get("zh-Hant") == "丙省" and name.get("en") == "Province A"
    assert document.undo_stack.count() == 1
    assert view.chart_scene.card("p1").text().startswith("丙省")
    document.undo_stack.undo()
    assert document.chart.find_unit("p1").name.get("zh-Hant") == "甲省"
    assert view.chart_scene.card("p1").text().startswith("甲省")


def test_when_the_rename_finishes_the_chart_has_the_name(view, document):
    seen = []
    view.renameFinished.connect(
        lambda uid, committed: seen.append(document.chart.find_unit(uid).name.get("zh-Hant")))
    view.start_rename("p2")
    QTest.keyClicks(view.rename_editor, "Yi")
    QTest.keyClick(view.rename_editor, Qt.Key.Key_Return)
    assert seen == ["Yi"]


def test_rename_edits_the_display_language(view, document):
    document.set_display("en")
    view.start_rename("p2")
    assert view.rename_editor.text() == "Province B"
    QTest.keyClicks(view.rename_editor, "Bee")
    QTest.keyClick(view.rename_editor, Qt.Key.Key_Enter)
    name = document.chart.find_unit("p2").name
    assert name.get("en") == "Bee" and name.get("zh-Hant") == "乙省"


def test_rename_of_an_untranslated_name_starts_empty(view, document):
    view.start_rename("p1", "fr")
    editor = view.rename_editor
    assert editor.text() == "" and editor.placeholderText() == "甲省"
    QTest.keyClicks(editor, "Province Aa")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert document.chart.find_unit("p1").name.get("fr") == "Province Aa"


def test_escape_cancels_the_rename(view, document, qtbot):
    view.start_rename("p1")
    QTest.keyClicks(view.rename_editor, "xyz")
    with qtbot.waitSignal(view.renameFinished) as finished:
        QTest.keyClick(view.rename_editor, Qt.Key.Key_Escape)
    assert finished.args == ["p1", False]
    assert not view.is_editing and document.undo_stack.count() == 0
    assert document.chart.find_unit("p1").name.get("zh-Hant") == "甲省"


def test_enter_without_a_change_adds_no_step(view, document):
    view.start_rename("p1")
    QTest.keyClick(view.rename_editor, Qt.Key.Key_Return)
    assert document.undo_stack.count() == 0


def test_an_empty_name_can_be_committed(view, document):
    view.start_rename("p2")
    QTest.keyClick(view.rename_editor, Qt.Key.Key_Backspace)
    QTest.keyClick(view.rename_editor, Qt.Key.Key_Return)
    assert document.chart.find_unit("p2").name.get("zh-Hant") == ""
    assert document.undo_stack.count() == 1


def test_the_editor_keeps_its_keys_from_window_shortcuts(view, document, qtbot):
    fired = []
    for key in ("Return", "Tab", "Esc", "Del"):
        action = QAction(key, view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda checked=False, key=key: fired.append(key))
        view.addAction(action)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert fired == ["Return"]  # the shortcut works on the canvas itself
    fired.clear()
    view.start_rename("p1")
    editor = view.rename_editor
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    QTest.keyClicks(editor, "X")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # commits, keeps focus on the canvas
    assert fired == [] and not view.is_editing
    assert document.chart.find_unit("p1").name.get("zh-Hant") == "X"
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        view.start_rename("p2")
        QTest.keyClick(view.rename_editor, key)
        assert fired == [] and not view.is_editing


def test_clicking_elsewhere_commits_the_rename(view, document):
    view.start_rename("p1")
    QTest.keyClicks(view.rename_editor, "Q")
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, center_of(view, "c3"))
    assert not view.is_editing
    assert document.chart.find_unit("p1").name.get("zh-Hant") == "Q"


def test_double_click_and_f2_start_renaming(view, selection):
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, center_of(view, "c2"))
    assert view.is_editing and view.rename_editor.text() == "二縣"
    QTest.keyClick(view.rename_editor, Qt.Key.Key_Escape)
    selection.set(["c3"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.is_editing and view.rename_editor.text() == "三縣"


def test_the_editor_goes_when_its_unit_does(view, document, qtbot):
    view.start_rename("c1")
    with qtbot.waitSignal(view.renameFinished) as finished:
        document.push(edits.RemoveUnit("c1"))
    assert finished.args == ["c1", False] and not view.is_editing


def test_a_hidden_unit_cannot_be_renamed_in_place(view, document):
    document.push(edits.SetUnitField("p1", "collapsed", True))
    assert not view.start_rename("c1") and not view.is_editing


# -- drag to re-parent -------------------------------------------------------------------


def test_dragging_a_card_onto_another_reparents_it(view, document, selection, qtbot):
    before = copy.deepcopy(document.chart)
    end = press_and_move(view, "c3", "p1")
    assert len(ghosts(view)) == 1
    assert view.chart_scene.card("p1").drop_state == "allowed"
    release(view, end)
    assert ghosts(view) == [] and view.chart_scene.card("p1").drop_state is None
    chart = document.chart
    assert chart.find_unit("c3").parent == "p1"
    assert [u.id for u in chart.children("p1")] == ["c1", "c2", "c3"]  # the last child
    assert document.undo_stack.count() == 1
    assert view.chart_scene.card("c3").x() > view.chart_scene.card("c2").x()
    document.undo_stack.undo()
    assert document.chart == before


def test_hovering_a_refused_target_says_why(view, document, qtbot):
    with qtbot.waitSignal(view.statusMessage,
                          check_params_cb=lambda message: "circle" in message):
        end = press_and_move(view, "p1", "c1")
    assert view.chart_scene.card("c1").drop_state == "refused"
    release(view, end)


def test_a_drop_onto_its_own_descendant_is_refused(view, document, qtbot):
    before = copy.deepcopy(document.chart)
    end = press_and_move(view, "p1", "c2")
    with qtbot.waitSignal(document.editRefused) as refused:
        release(view, end)
    assert "circle" in refused.args[0]
    assert document.chart == before and document.undo_stack.count() == 0
    assert ghosts(view) == [] and view.chart_scene.card("c2").drop_state is None


def test_a_drop_onto_a_lower_tier_is_refused(view, document, qtbot):
    before = copy.deepcopy(document.chart)
    end = press_and_move(view, "p2", "c1")
    assert view.chart_scene.card("c1").drop_state == "refused"
    with qtbot.waitSignal(document.editRefused) as refused:
        release(view, end)
    assert "lower tier" in refused.args[0]
    assert document.chart == before and document.undo_stack.count() == 0


def test_a_drop_onto_the_current_parent_changes_nothing(view, document):
    end = press_and_move(view, "c1", "p1")
    assert view.chart_scene.card("p1").drop_state is None
    release(view, end)
    assert document.undo_stack.count() == 0


def test_escape_cancels_a_drag(view, document):
    end = press_and_move(view, "c3", "p1")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert ghosts(view) == [] and view.chart_scene.card("p1").drop_state is None
    release(view, end)
    assert document.undo_stack.count() == 0


def test_a_drop_on_empty_paper_changes_nothing(view, document):
    start = center_of(view, "c3")
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(0, 30 * i))
    release(view, start + QPoint(0, 150))
    assert document.undo_stack.count() == 0 and ghosts(view) == []


def test_a_short_press_only_selects(view, document, selection):
    start = center_of(view, "c3")
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), start + QPoint(1, 1))
    release(view, start + QPoint(1, 1))
    assert selection.ids == ("c3",) and ghosts(view) == []
    assert document.undo_stack.count() == 0


def test_middle_button_pans_even_over_a_card(view):
    view.set_zoom(3.0)
    view.center_on("p1")
    bar = view.horizontalScrollBar()
    before = bar.value()
    start = view.viewport().rect().center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.MiddleButton,
                     Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 5):
        QTest.mouseMove(view.viewport(), start + QPoint(25 * i, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton,
                       Qt.KeyboardModifier.NoModifier, start + QPoint(100, 0))
    assert bar.value() == before - 100
