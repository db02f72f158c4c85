"""The find bar: typing goes to the first match, Enter/F3 and Shift+Enter/
Shift+F3 step through the matches with wrapping, the count is shown, Esc
hides; matches in any language, set the shared selection and say `found`."""

import pytest
from PySide6.QtCore import Qt

from orgchart import edits
from ui.find import FindBar

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def bar(document, selection, qtbot):
    bar = FindBar(document, selection)
    qtbot.addWidget(bar)
    bar.show()
    return bar


@pytest.fixture
def found(bar):
    heard = []
    bar.found.connect(heard.append)
    return heard


def type_query(bar, qtbot, text):
    bar.edit.clear()
    if text.isascii():
        qtbot.keyClicks(bar.edit, text)
    else:  # QTest types Latin-1 only; an input method would insert the text
        bar.edit.insert(text)


def test_typing_goes_to_the_first_match_in_traditional_chinese(bar, selection, found, qtbot):
    type_query(bar, qtbot, "縣")
    assert bar.matches == ["c1", "c2", "c3"]
    assert selection.ids == ("c1",) and found[-1] == "c1"
    assert bar.count_label.text() == "1 of 3"


def test_english_matches_ignore_case(bar, selection, qtbot):
    type_query(bar, qtbot, "PROVINCE")
    assert bar.matches == ["p1", "p2"] and selection.ids == ("p1",)
    type_query(bar, qtbot, "county 3")
    assert bar.matches == ["c3"] and selection.ids == ("c3",)


def test_simplified_and_full_width_queries_find_the_same_units(bar, qtbot):
    type_query(bar, qtbot, "二县")
    assert bar.matches == ["c2"]
    type_query(bar, qtbot, "ｃｏｕｎｔｙ")
    assert bar.matches == ["c1", "c2", "c3"]


def test_enter_and_f3_go_forward_and_wrap(bar, selection, found, qtbot):
    type_query(bar, qtbot, "縣")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert selection.ids == ("c2",) and bar.count_label.text() == "2 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert selection.ids == ("c3",)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Enter)
    assert selection.ids == ("c1",) and bar.count_label.text() == "1 of 3"
    assert found[-3:] == ["c2", "c3", "c1"]


def test_shift_enter_and_shift_f3_go_back_and_wrap(bar, selection, qtbot):
    type_query(bar, qtbot, "縣")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    assert selection.ids == ("c3",) and bar.count_label.text() == "3 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)
    assert selection.ids == ("c2",)


def test_the_buttons_step_too(bar, selection, qtbot):
    type_query(bar, qtbot, "province")
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert selection.ids == ("p2",)
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert selection.ids == ("p1",)


def test_the_window_actions_call_find_next_and_previous(bar, selection, found, qtbot):
    type_query(bar, qtbot, "province")
    bar.find_next()
    bar.find_next()
    assert found[-2:] == ["p2", "p1"]
    bar.find_previous()
    assert selection.ids == ("p2",)


def test_no_match_says_so_and_selects_nothing(bar, selection, found, qtbot):
    selection.set(["top"], initiator="canvas")
    type_query(bar, qtbot, "zzz")
    assert bar.count_label.text() == "No matches" and bar.count_label.property("noMatch")
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert selection.ids == ("top",) and found == []
    assert not bar.next_button.isEnabled()
    type_query(bar, qtbot, "")
    assert bar.count_label.text() == "" and not bar.count_label.property("noMatch")


def test_the_selection_names_the_bar_as_initiator(bar, selection, qtbot):
    heard = []
    selection.changed.connect(heard.append)
    type_query(bar, qtbot, "甲省")
    assert heard == [bar]


def test_escape_hides_the_bar_and_says_so(bar, qtbot):
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.isHidden()


def test_activate_shows_the_bar_with_the_query_selected(bar, qtbot):
    type_query(bar, qtbot, "province")
    bar.hide()
    bar.activate()
    assert bar.isVisible() and bar.edit.selectedText() == "province"


def test_f3_without_a_query_asks_for_one(bar, selection):
    bar.hide()
    bar.find_next()
    assert bar.isVisible() and selection.ids == ()


def test_f3_on_a_hidden_bar_with_a_query_goes_on(bar, selection, qtbot):
    type_query(bar, qtbot, "province")
    bar.close_bar()
    bar.find_next()
    assert bar.isVisible() and selection.ids == ("p2",)


def test_people_are_found_too(bar, selection, qtbot):
    type_query(bar, qtbot, "王")
    assert selection.ids == ("p1",)


def test_matches_follow_edits_and_keep_the_place(bar, document, selection, qtbot):
    type_query(bar, qtbot, "province")
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == "2 of 2"
    document.push(edits.rename("unit", document.chart, "p1", "en", "Region A"))
    assert bar.matches == ["p2"] and bar.count_label.text() == "1 of 1"
    document.undo_stack.undo()
    assert bar.matches == ["p1", "p2"] and bar.count_label.text() == "2 of 2"


def test_units_in_collapsed_subtrees_are_found(bar, document, found, qtbot):
    document.push(edits.SetUnitField("p1", "collapsed", True))
    type_query(bar, qtbot, "County 2")
    assert found[-1] == "c2"


def test_a_replaced_chart_is_searched_afresh(bar, document, sample_document, qtbot):
    document.replace_chart(sample_document.chart, None)
    type_query(bar, qtbot, "赫章")
    assert bar.matches == ["gz-bijie-hezhang"]


def test_the_bar_names_its_parts(bar):
    assert bar.objectName() == "findBar"
    for widget in (bar.edit, bar.previous_button, bar.next_button, bar.close_button):
        assert widget.accessibleName() and widget.toolTip()
    assert bar.count_label.accessibleName()
