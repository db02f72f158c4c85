"""The main window as a person uses it: build a chart from nothing with the
keyboard, delete, reorder, collapse, cut/copy/paste between windows, undo it
all, save, and reopen it intact."""

from __future__ import annotations

import copy

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orgchart.fileformat import load
from orgchart.hierarchy import validate
from orgchart.model import Chart
from tests.charts import bilingual_chart
from ui.document import ChartDocument
from ui.main_window import MainWindow
from ui.preferences import Preferences


@pytest.fixture
def make_window(qtbot):
    windows = []

    def make(chart: Chart | None = None) -> MainWindow:
        window = MainWindow(ChartDocument(chart or Chart.new("Untitled", ["en"])),
                            Preferences())
        windows.append(window)  # closed below: a closed window deletes itself
        window.files.ask_unsaved = lambda: "discard"
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.view.setFocus()
        qtbot.waitUntil(window.view.hasFocus)
        return window

    yield make
    for window in windows:
        if shiboken6.isValid(window):
            window.files.ask_unsaved = lambda: "discard"
            window.close()


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget() or window.view, key, modifier)


def type_name(window, text):
    editor = window.view.rename_editor
    assert editor is not None and editor.hasFocus(), "the name editor is not open"
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_build_a_four_tier_chart_of_30_units_with_the_keyboard_only(make_window, tmp_path):
    window = make_window()
    chart = window.document.chart
    press(window, Qt.Key.Key_Tab)               # the top unit, on a new first tier
    type_name(window, "Ministry")
    for p in range(3):                          # 3 provinces
        press(window, Qt.Key.Key_Tab if p == 0 else Qt.Key.Key_Return)
        type_name(window, f"Province {p}")
        for c in range(2):                      # 2 cities each
            press(window, Qt.Key.Key_Tab if c == 0 else Qt.Key.Key_Return)
            type_name(window, f"City {p}.{c}")
            for k in range(3):                  # 3 counties each
                press(window, Qt.Key.Key_Tab if k == 0 else Qt.Key.Key_Return)
                type_name(window, f"County {p}.{c}.{k}")
            press(window, Qt.Key.Key_Up)        # back to the city
        press(window, Qt.Key.Key_Up)            # back to the province
    press(window, Qt.Key.Key_Down)              # a first child: city 2.0
    press(window, Qt.Key.Key_Return)
    type_name(window, "City 2.2")
    assert len(chart.units) == 1 + 3 + 7 + 18 and len(chart.tiers) == 4
    press(window, Qt.Key.Key_Return)
    type_name(window, "City 2.3")
    assert len(chart.units) == 30
    names = [u.name.get("en") for u in chart.units]
    assert names[:3] == ["Ministry", "Province 0", "City 0.0"]
    assert not [p for p in validate(chart) if p.severity == "error"]
    assert [u.name.get("en") for u in chart.children(chart.units[0].id)] == [
        "Province 0", "Province 1", "Province 2"]

    # undo all of it (one step per unit), then redo, save, close, reopen
    built = copy.deepcopy(chart)
    stack = window.document.undo_stack
    assert stack.count() == 30
    while stack.canUndo():
        stack.undo()
    assert window.document.chart.units == [] and window.document.chart.tiers == []
    while stack.canRedo():
        stack.redo()
    assert window.document.chart == built
    path = tmp_path / "built.orgchart"
    window.files.ask_save_path = lambda suggested: path
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load(path) == built and not window.document.modified
    window.close()
    again = make_window(load(path))
    assert again.document.chart == built


def test_cancelling_the_name_keeps_the_new_unit_named_new_unit(make_window):
    window = make_window(bilingual_chart())
    window.selection.set(["p2"])
    press(window, Qt.Key.Key_Tab)
    QTest.keyClick(window.view.rename_editor, Qt.Key.Key_Escape)
    new = window.document.chart.find_unit(window.selection.current)
    assert new.parent == "p2" and new.name.get("zh-Hant") == "新單位"
    assert window.document.undo_stack.count() == 1


def test_delete_asks_about_the_units_below(make_window):
    window = make_window(bilingual_chart())
    asked = []
    window.units.ask_delete_mode = lambda count: asked.append(count) or "lift"
    window.selection.set(["p1"])
    press(window, Qt.Key.Key_Delete)
    chart = window.document.chart
    assert asked == [1] and chart.find_unit("p1") is None
    assert chart.find_unit("c1").parent == "top"
    window.units.ask_delete_mode = lambda count: None  # cancel
    window.selection.set(["p2"])
    press(window, Qt.Key.Key_Delete)
    assert chart.find_unit("p2") is not None
    window.selection.set(["c3"])  # a leaf: no question
    window.units.ask_delete_mode = lambda count: pytest.fail("asked about a leaf")
    press(window, Qt.Key.Key_Delete)
    assert chart.find_unit("c3") is None


def test_reorder_collapse_and_change_tier(make_window):
    window = make_window(bilingual_chart())
    chart = window.document.chart
    window.selection.set(["c2"])
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert [u.id for u in chart.children("p1")] == ["c2", "c1"]
    window.selection.set(["p1"])
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert chart.find_unit("p1").collapsed
    window.document.undo_stack.undo()
    assert not chart.find_unit("p1").collapsed
    from orgchart.model import Tier
    from orgchart.text import Text
    chart.tiers.append(Tier("t4", Text("Township")))
    window.selection.set(["c3"])
    window.units.on_set_tier("t4")
    assert chart.find_unit("c3").tier == "t4"


def test_cut_and_paste_between_two_windows(make_window):
    first = make_window(bilingual_chart())
    second = make_window(bilingual_chart())
    first.selection.set(["p1"])
    first.units.on_cut()
    assert first.document.chart.find_unit("p1") is None
    second.selection.set(["top"])
    second.units.on_paste()
    chart = second.document.chart
    pasted = [u for u in chart.units if u.parent == "top"][-1]
    assert pasted.name.get("en") == "Province A" and len(chart.children(pasted.id)) == 2
    assert second.selection.ids == (pasted.id,)
    second.document.undo_stack.undo()
    assert chart == bilingual_chart()


def test_a_refused_gesture_shows_why_in_the_status_bar(make_window):
    window = make_window(bilingual_chart())
    window.selection.set(["top"])
    press(window, Qt.Key.Key_Return)  # a sibling of the top unit
    assert "one top unit" in window.statusBar().currentMessage()


def test_closing_with_unsaved_changes_asks_first(make_window):
    window = make_window(bilingual_chart())
    window.selection.set(["c3"])
    press(window, Qt.Key.Key_Delete)
    window.files.ask_unsaved = lambda: "cancel"
    assert not window.close() and window.isVisible()
    window.files.ask_unsaved = lambda: "discard"
    assert window.close()


def test_status_bar_counts_units_and_problems(make_window, qtbot):
    window = make_window(bilingual_chart())
    assert "6 units · 3 tiers · 2 duties · 0 errors · 0 warnings" in window.counts_label.text()
    window.selection.set(["c3"])
    press(window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "5 units" in window.counts_label.text())


def test_find_opens_collapsed_branches_above_the_match(make_window):
    window = make_window(bilingual_chart())
    window.selection.set(["p1"])
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # collapse p1
    assert window.document.chart.find_unit("p1").collapsed
    window.find_bar.activate()
    QTest.keyClicks(window.find_bar.edit, "County 2")
    assert window.selection.ids == ("c2",)
    assert not window.document.chart.find_unit("p1").collapsed


def test_cards_with_a_problem_carry_a_marker(make_window, qtbot):
    window = make_window(bilingual_chart())
    card = window.view.chart_scene.card("c2")
    assert card.marker is None
    from orgchart import edits
    window.document.push(edits.rename("unit", window.document.chart, "c2", "en", "County 1"))
    qtbot.waitUntil(lambda: card.marker == "warning")  # two siblings named alike
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: card.marker is None)


def test_a_duty_problem_opens_the_matrix_and_a_unit_problem_the_chart(make_window, qtbot):
    from orgchart import edits
    window = make_window(bilingual_chart())
    window.document.push(edits.Assign("d2", "t3", "A"))  # a second Accountable
    qtbot.waitUntil(lambda: "1 error ·" in window.counts_label.text())
    window.problems.activated.emit(["d2", "t2", "t3"])
    assert window.tabs.currentWidget() is window.matrix
    window.problems.activated.emit(["c1"])
    assert window.tabs.currentIndex() == 0


def test_selecting_a_tier_highlights_its_band(make_window):
    window = make_window(bilingual_chart())
    window.selection.set(["t2"])
    assert window.view.chart_scene.tier_label("t2").highlighted
    assert not window.view.chart_scene.tier_label("t1").highlighted
    window.selection.set(["c1"])
    assert not window.view.chart_scene.tier_label("t2").highlighted


def test_the_file_menu_offers_every_export_and_import(make_window):
    window = make_window(bilingual_chart())
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Import…" in texts and "Print…" in texts and "Print Preview…" in texts
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    exports = [a.text().replace("&", "") for a in export_menu.actions()]
    assert exports == ["Image (Graphviz)…", "Duty Matrix (Excel)…", "Slides (PowerPoint)…",
                       "GraphML (yEd)…", "Export What You See…"]
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.undo_action))
                 if not a.shortcut().isEmpty()]
    repeated = {key for key in shortcuts if shortcuts.count(key) > 1}
    assert not repeated, f"shortcuts used twice: {repeated}"


def test_an_import_opens_in_a_window_of_its_own(qtbot):
    from PySide6.QtWidgets import QApplication

    from ui.application import Application
    app = Application(QApplication.instance())
    first = app.new_window()
    qtbot.addWidget(first)
    window = app.window_for(bilingual_chart())
    window.files.ask_unsaved = lambda: "discard"
    qtbot.addWidget(window)
    assert window.document.chart == bilingual_chart() and window.document.modified
    assert window.document.path is None and len(app.windows) == 2


def test_closing_a_window_gives_what_was_set_aside_back_to_the_collector(make_window):
    # A large chart's canvas sets its survivors aside (gc.freeze); a closed
    # window's cycles must not stay out of the collector's reach.
    import gc

    window = make_window()
    gc.freeze()
    assert gc.get_freeze_count() > 0
    window.close()
    assert gc.get_freeze_count() == 0
