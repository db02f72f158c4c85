"""The outline dock: the tree matches the chart through edits and undo, odd
charts stay drawable, selection is shared without loops, drag and drop
re-parents (or says why not), and expansion survives edits."""

import time

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QApplication

from orgchart import edits
from orgchart.model import Chart, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart
from ui.document import ChartDocument
from ui.panels.outline import MIME_TYPE, UNIT_ID_ROLE, OutlineDock, OutlineModel

Role = Qt.ItemDataRole
MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def dock(document, selection, qtbot):
    dock = OutlineDock(document, selection)
    qtbot.addWidget(dock)
    dock.resize(420, 400)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def tree(model, parent=None):
    """The model as nested (id, [children]) lists."""
    parent = QModelIndex() if parent is None else parent
    return [(model.unit_id(model.index(r, 0, parent)),
             tree(model, model.index(r, 0, parent))) for r in range(model.rowCount(parent))]


def children(model, unit_id):
    parent = model.index_of(unit_id) if unit_id else QModelIndex()
    return [model.unit_id(model.index(r, 0, parent)) for r in range(model.rowCount(parent))]


def drag(model, *unit_ids):
    return model.mimeData([model.index_of(u) for u in unit_ids])


# -- structure and data ------------------------------------------------------------------


def test_the_tree_is_the_hierarchy_in_chart_order(document, qtmodeltester):
    model = OutlineModel(document)
    qtmodeltester.check(model)
    assert tree(model) == [("top", [("p1", [("c1", []), ("c2", [])]), ("p2", [("c3", [])])])]
    assert model.columnCount() == 2
    assert model.unit_id(model.parent(model.index_of("c3"))) == "p2"
    assert not model.parent(model.index_of("top")).isValid()
    assert model.index_of("c2").row() == 1 and model.index_of("nobody").isValid() is False


def test_both_languages_on_one_line_and_one_language_alone(document):
    model = OutlineModel(document)
    p1, tier = model.index_of("p1"), model.index_of("p1", 1)
    assert model.data(p1) == "甲省 — Province A"
    assert model.data(tier) == "省 — Province"
    document.set_display("en")
    assert model.data(p1) == "Province A" and model.data(tier) == "Province"
    document.set_display("zh-Hant")
    assert model.data(p1) == "甲省" and model.data(p1, UNIT_ID_ROLE) == "p1"


def test_tooltip_names_languages_tier_and_people_and_the_swatch_is_an_icon(document):
    model = OutlineModel(document)
    tip = model.data(model.index_of("p1"), Role.ToolTipRole)
    for part in ("甲省", "Province A", "省 — Province", "王 — Secretary"):
        assert part in tip
    icon = model.data(model.index_of("p1"), Role.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Tier"


def test_names_are_escaped_in_tooltips(document):
    document.push(edits.SetUnitField("c1", "name", Text("<b>x</b> & y")))
    model = OutlineModel(document)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in model.data(model.index_of("c1"), Role.ToolTipRole)


def test_follows_edits_undo_and_redo(document, qtmodeltester):
    model = OutlineModel(document)
    qtmodeltester.check(model)
    document.push(edits.add_child(document.chart, "p2", "New"))
    new = document.chart.units[-1].id
    assert children(model, "p2") == ["c3", new]
    document.push(edits.move_among_siblings(document.chart, "p2", -1))
    assert children(model, "top") == ["p2", "p1"]
    document.push(edits.rename("unit", document.chart, "p1", "en", "Renamed"))
    assert model.data(model.index_of("p1")) == "甲省 — Renamed"
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert tree(model) == [("top", [("p1", [("c1", []), ("c2", [])]), ("p2", [("c3", [])])])]
    document.undo_stack.redo()
    assert children(model, "p2") == ["c3", new]


def test_a_replaced_chart_is_shown_whole(document):
    model = OutlineModel(document)
    chart = bilingual_chart()
    chart.units = chart.units[:3]
    document.replace_chart(chart, None)
    assert tree(model) == [("top", [("p1", []), ("p2", [])])]


def broken_chart() -> Chart:
    """A missing parent, a cycle with a unit below it, a self-loop, a duplicate id."""
    chart = Chart.new(languages=["en"])
    chart.tiers = [Tier("t", Text("T"))]
    chart.units = [
        Unit("below", Text("Below the cycle"), "t", "b"),
        Unit("top", Text("Top"), "t"),
        Unit("orphan", Text("Orphan"), "t", "ghost"),
        Unit("kid", Text("Orphan's child"), "t", "orphan"),
        Unit("a", Text("A"), "t", "b"),
        Unit("b", Text("B"), "t", "a"),
        Unit("self", Text("Self"), "t", "self"),
        Unit("top", Text("Same id"), "t"),
    ]
    return chart


def test_units_off_the_hierarchy_show_as_extra_roots_once_each(qapp, qtmodeltester):
    model = OutlineModel(ChartDocument(broken_chart()))
    qtmodeltester.check(model)
    shown = tree(model)
    assert [uid for uid, _ in shown] == ["top", "orphan", "a", "self"]
    assert shown[1] == ("orphan", [("kid", [])])
    assert shown[2] == ("a", [("b", [("below", [])])])
    assert sorted(model.unit_ids()) == sorted({"below", "top", "orphan", "kid", "a", "b", "self"})
    assert model.is_detached("orphan") and model.is_detached("a") and not model.is_detached("kid")
    assert "ghost" in model.data(model.index_of("orphan"), Role.ToolTipRole)
    assert "circle" in model.data(model.index_of("self"), Role.ToolTipRole)
    assert model.data(model.index_of("a"), Role.FontRole).italic()


def test_a_broken_chart_can_be_mended_by_dragging(qapp):
    document = ChartDocument(broken_chart())
    document.chart.tiers.append(Tier("t2", Text("T2")))
    for uid in ("orphan", "kid"):
        document.chart.find_unit(uid).tier = "t2"
    model = OutlineModel(document)
    assert model.drop(drag(model, "orphan"), -1, model.index_of("top"))
    assert children(model, "top") == ["orphan"] and not model.is_detached("orphan")


def test_a_long_chain_needs_no_recursion(qapp):
    chart = Chart.new()
    chart.tiers = [Tier(f"t{i}", Text(str(i))) for i in range(5000)]
    chart.units = [Unit(f"u{i}", Text(str(i)), f"t{i}", f"u{i - 1}" if i else None)
                   for i in range(5000)]
    model = OutlineModel(ChartDocument(chart))
    assert model.unit_id(model.parent(model.index_of("u4999"))) == "u4998"


# -- selection, both ways ------------------------------------------------------------------


def test_selecting_rows_sets_the_shared_selection_once(dock, selection, qtbot):
    heard = []
    selection.changed.connect(heard.append)
    rect = dock.view.visualRect(dock.model.index_of("c2"))
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selection.ids == ("c2",) and heard == [dock]
    rect = dock.view.visualRect(dock.model.index_of("p2"))
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, rect.center())
    assert set(selection.ids) == {"c2", "p2"} and selection.current == "p2"
    assert heard == [dock, dock]


def test_keyboard_moves_make_the_new_row_current(dock, selection, qtbot):
    selection.set(["p1"], initiator="canvas")
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_Down)
    assert selection.ids == ("c1",) and selection.current == "c1"


def test_selection_from_elsewhere_selects_expands_and_makes_no_echo(dock, selection):
    dock.view.collapseAll()
    heard = []
    selection.changed.connect(heard.append)
    selection.set(["c3", "c1"], initiator="canvas")
    rows = {dock.model.unit_id(i) for i in dock.view.selectionModel().selectedRows()}
    assert rows == {"c1", "c3"}
    assert dock.model.unit_id(dock.view.currentIndex()) == "c1"
    assert dock.view.isExpanded(dock.model.index_of("p1"))
    assert dock.view.isExpanded(dock.model.index_of("p2"))
    assert heard == ["canvas"]
    selection.set(["t1"], initiator="tiers")  # not a unit: nothing selected in the tree
    assert dock.view.selectionModel().selectedRows() == []
    assert heard == ["canvas", "tiers"]


def test_selection_survives_an_edit(dock, document, selection):
    selection.set(["c2"], initiator="canvas")
    document.push(edits.rename("unit", document.chart, "c2", "en", "Two"))
    assert [dock.model.unit_id(i) for i in dock.view.selectionModel().selectedRows()] == ["c2"]
    assert selection.ids == ("c2",)


def test_activating_a_row_asks_to_show_the_unit(dock, qtbot):
    dock.view.setCurrentIndex(dock.model.index_of("c3"))
    with qtbot.waitSignal(dock.unitActivated) as activated:
        dock.view.activated.emit(dock.model.index_of("c3"))
    assert activated.args == ["c3"]


# -- expansion ---------------------------------------------------------------------------


def test_expansion_survives_edits_and_undo(dock, document):
    assert dock.expanded_ids() == {"top", "p1", "p2"}  # small charts open expanded
    dock.view.collapse(dock.model.index_of("p2"))
    document.push(edits.add_child(document.chart, "p1", "New"))
    assert dock.expanded_ids() == {"top", "p1"}
    document.push(edits.Reparent("c3", "p1", edits.after_subtree(document.chart, "p1") - 1))
    assert dock.expanded_ids() == {"top", "p1"}  # p2 has no children left
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert dock.expanded_ids() == {"top", "p1"}
    assert not dock.view.isExpanded(dock.model.index_of("p2"))


def test_the_scroll_position_survives_an_edit(sample_document, selection, qtbot):
    dock = OutlineDock(sample_document, selection)
    qtbot.addWidget(dock)
    dock.resize(300, 200)
    dock.show()
    qtbot.waitExposed(dock)
    bar = dock.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    sample_document.push(edits.rename("unit", sample_document.chart, "gz", "en", "Guizhou"))
    assert bar.value() == scrolled


def test_a_display_change_keeps_rows_expanded_and_selected(dock, document, selection):
    dock.view.collapse(dock.model.index_of("p1"))
    selection.set(["c3"], initiator="canvas")
    document.set_display("en")
    assert dock.expanded_ids() == {"top", "p2"}
    assert dock.model.data(dock.model.index_of("c3")) == "County 3"
    assert [dock.model.unit_id(i) for i in dock.view.selectionModel().selectedRows()] == ["c3"]


def test_a_replaced_chart_opens_expanded(dock, document):
    dock.view.collapseAll()
    document.replace_chart(bilingual_chart(), None)
    assert dock.expanded_ids() == {"top", "p1", "p2"}


def test_the_dock_names_itself(dock):
    assert dock.objectName() == "outlineDock"
    assert dock.accessibleName() and dock.view.accessibleName() and dock.view.toolTip()
    assert dock.toggleViewAction().toolTip()


# -- drag and drop -----------------------------------------------------------------------


def test_drop_onto_a_unit_makes_it_the_last_child_in_one_undo_step(document):
    model = OutlineModel(document)
    data = drag(model, "c3")
    assert model.mimeTypes() == [MIME_TYPE] and data.hasFormat(MIME_TYPE)
    assert model.supportedDropActions() == MOVE
    assert model.canDropMimeData(data, MOVE, -1, 0, model.index_of("p1"))
    # As Qt would call it; False so that Qt never removes rows itself.
    assert model.dropMimeData(data, MOVE, -1, 0, model.index_of("p1")) is False
    assert document.chart.find_unit("c3").parent == "p1"
    assert children(model, "p1") == ["c1", "c2", "c3"] and children(model, "p2") == []
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.chart == bilingual_chart()


def test_drop_onto_the_units_own_grandparent(document):
    # the unit sits inside the target's subtree: still the last child after the move
    model = OutlineModel(document)
    document.push(edits.InsertTier(Tier("t4", Text("T4"))))
    document.push(edits.add_child(document.chart, "c1", "Grandchild"))
    grandchild = document.chart.units[-1].id
    model.drop(drag(model, grandchild), -1, model.index_of("p1"))
    assert children(model, "p1") == ["c1", "c2", grandchild]


def test_drop_between_rows_places_the_unit_there(document):
    model = OutlineModel(document)
    model.dropMimeData(drag(model, "c3"), MOVE, 0, 0, model.index_of("p1"))  # above c1
    assert children(model, "p1") == ["c3", "c1", "c2"]
    model.dropMimeData(drag(model, "c1"), MOVE, 3, 0, model.index_of("p1"))  # below c2
    assert children(model, "p1") == ["c3", "c2", "c1"]


def test_refused_drops_change_nothing_and_say_why(document, qtbot):
    model = OutlineModel(document)
    with qtbot.waitSignal(document.editRefused) as refused:
        model.dropMimeData(drag(model, "p1"), MOVE, -1, 0, model.index_of("c1"))
    assert "circle" in refused.args[0]
    with qtbot.waitSignal(document.editRefused) as refused:
        model.dropMimeData(drag(model, "c1"), MOVE, -1, 0, model.index_of("c3"))
    assert "lower tier" in refused.args[0]
    with qtbot.waitSignal(document.editRefused) as refused:
        model.dropMimeData(drag(model, "c1"), MOVE, -1, 0, model.index_of("c1"))
    assert document.chart == bilingual_chart() and document.undo_stack.count() == 0


def test_drops_that_change_nothing_leave_no_undo_step(document, qtbot):
    model = OutlineModel(document)
    with qtbot.assertNotEmitted(document.editRefused):
        model.dropMimeData(drag(model, "c2"), MOVE, -1, 0, model.index_of("p1"))
        model.dropMimeData(drag(model, "c1"), MOVE, 0, 0, model.index_of("p1"))
    assert document.undo_stack.count() == 0


def test_no_drops_beside_the_top_or_from_elsewhere(document, qapp):
    model = OutlineModel(document)
    assert not model.canDropMimeData(drag(model, "c1"), MOVE, 1, 0, QModelIndex())
    assert not model.canDropMimeData(drag(model, "c1"), MOVE, -1, 0, QModelIndex())
    other = OutlineModel(ChartDocument(bilingual_chart()))
    assert not model.canDropMimeData(drag(other, "c1"), MOVE, -1, 0, model.index_of("p2"))
    text = QMimeData()
    text.setText("c1")
    assert not model.canDropMimeData(text, MOVE, -1, 0, model.index_of("p2"))
    assert not model.canDropMimeData(drag(model, "c1"), Qt.DropAction.CopyAction, -1, 0,
                                     model.index_of("p2"))
    assert model.dropMimeData(drag(other, "c1"), MOVE, -1, 0, model.index_of("p2")) is False
    assert document.chart == bilingual_chart()


def test_several_units_move_in_one_step_in_chart_order(document):
    model = OutlineModel(document)
    model.drop(drag(model, "c3", "c1"), -1, model.index_of("p2"))
    assert children(model, "p2") == ["c1", "c3"] and children(model, "p1") == ["c2"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.chart == bilingual_chart()


def test_a_unit_dragged_with_its_parent_comes_along(document):
    chart = document.chart
    edit = edits.move_units(chart, ["c1", "p1"], "top")
    assert isinstance(edit, edits.Reparent) and edit.key == "p1"
    assert edits.move_units(chart, ["c2"], "p1") is None  # already the last child


def drop_events(view, model, unit_ids, target, where="on"):
    """Send the drag-move and drop events a real drag ends with; whether the
    view accepted the move, and the drop action it accepted (None: refused)."""
    rect = view.visualRect(model.index_of(target))
    point = QPointF({"on": rect.center(),
                     "above": QPoint(rect.center().x(), rect.top() + 1)}[where])
    data = drag(model, *unit_ids)  # the events only point at it: keep it alive here
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt sends moves and the drop to the widget that accepted the enter.
    enter = QDragEnterEvent(point.toPoint(), MOVE, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(point.toPoint(), MOVE, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    if not move.isAccepted():
        QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
        return False, None
    drop = QDropEvent(point, MOVE, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    return True, drop.dropAction() if drop.isAccepted() else None


def test_dropping_on_the_view_reparents(dock, document):
    assert drop_events(dock.view, dock.model, ["c3"], "p1") == (True, MOVE)
    assert document.chart.find_unit("c3").parent == "p1"
    assert drop_events(dock.view, dock.model, ["c3"], "c1", "above") == (True, MOVE)
    assert children(dock.model, "p1") == ["c3", "c1", "c2"]


def test_dropping_on_a_descendant_in_the_view_says_why(dock, document, qtbot):
    # In a real drag from this view Qt itself would refuse the move over a
    # descendant, silently; OutlineView accepts it so that the core says why.
    # QDrag cannot run on the offscreen platform, so the events come without
    # a drag source here and only the drop's path to the core is tested.
    with qtbot.waitSignal(document.editRefused) as refused:
        assert drop_events(dock.view, dock.model, ["p1"], "c1") == (True, None)
    assert "circle" in refused.args[0]
    assert document.chart == bilingual_chart()


def test_dropping_on_empty_space_is_refused(dock, document):
    view = dock.view
    data = drag(dock.model, "c3")
    point = QPointF(10, view.viewport().height() - 5)
    assert not view.indexAt(point.toPoint()).isValid()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), MOVE, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(point.toPoint(), MOVE, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert not move.isAccepted() and document.chart == bilingual_chart()


def test_drag_from_the_view_carries_the_selected_units(dock, selection):
    selection.set(["c1", "c2"], initiator="canvas")
    indexes = dock.view.selectionModel().selectedIndexes()  # both columns, as Qt drags them
    assert dock.model.dragged_ids(dock.model.mimeData(indexes)) in (["c1", "c2"], ["c2", "c1"])


# -- size ----------------------------------------------------------------------------------


def big_chart(total=3000) -> Chart:
    chart = Chart.new(languages=["zh-Hant", "en"])
    chart.tiers = [Tier(f"t{i}", Text({"zh-Hant": f"層{i}", "en": f"Tier {i}"}))
                   for i in range(4)]
    chart.units = [Unit("u0", Text({"zh-Hant": "中央", "en": "Centre"}), "t0")]
    for i in range(1, total):
        depth = 1 if i <= 30 else 2 if i <= 330 else 3
        parent = 0 if depth == 1 else (i - 31) // 10 + 1 if depth == 2 else (i - 331) // 9 + 31
        chart.units.append(Unit(f"u{i}", Text({"zh-Hant": f"單位{i}", "en": f"Unit {i}"}),
                                f"t{depth}", f"u{parent}"))
    return chart


def test_three_thousand_units_build_and_update_quickly(selection, qtbot):
    document = ChartDocument(big_chart())
    started = time.perf_counter()
    dock = OutlineDock(document, selection)
    qtbot.addWidget(dock)
    dock.show()
    assert len(dock.model.unit_ids()) == 3000
    dock.view.expandAll()
    document.push(edits.rename("unit", document.chart, "u2999", "en", "Last"))
    selection.set(["u2999"], initiator="canvas")
    assert dock.model.unit_id(dock.view.currentIndex()) == "u2999"
    assert time.perf_counter() - started < 3  # a few hundredths of a second here
