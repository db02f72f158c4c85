"""What keeps the canvas and the panels fast on a chart of 50,000 units,
checked by what they do rather than by time: an edit touches only the items
of what it changed, and settles to exactly the whole layout; items stay in
proportion to the units drawn; collapsed subtrees make no items; the
outline and the tiers dock do not rebuild on every keystroke.

`ui.scale.LARGE_CHART` is lowered so that a chart of a few hundred units
takes the large-chart paths.
"""

from __future__ import annotations

import math
import random

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from orgchart import edits
from orgchart.layout import layout_chart
from orgchart.text import Text
from tests.bench.charts import company, government
from tests.ui.views import shown_view
from ui import scale
from ui.canvas.scene import EDGES_PER_PATH
from ui.canvas.view import SETTLE_MS, ChartView
from ui.document import ChartDocument
from ui.panels.outline import OutlineDock
from ui.panels.outline_model import OutlineModel
from ui.selection import Selection


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(scale, "LARGE_CHART", 100)


@pytest.fixture
def view(qtbot):
    document = ChartDocument(company(400))
    widget = ChartView(document, Selection())
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    return widget


def positions(view: ChartView) -> dict[str, QPointF]:
    return {uid: card.pos() for uid, card in view.chart_scene.cards.items()}


def assert_exact(view: ChartView) -> None:
    """Every card where the whole layout puts it, and no other card."""
    scene, chart = view.chart_scene, view.document.chart
    whole = layout_chart(chart, lambda u: scene.measurer.content(
        u, view.document.display, chart.languages).size, scene._made_with[1])
    assert set(scene.cards) == set(whole.boxes)
    for uid, box in whole.boxes.items():
        card = scene.cards[uid]
        assert (card.x(), card.y(), card.rect().width(), card.rect().height()) == \
            pytest.approx((box.x, box.y, box.w, box.h)), uid


def below(chart, uid: str) -> set[str]:
    return {u.id for u in chart.subtree(uid)}


def a_parent(chart, rank: int = -2):
    row = [u for u in chart.units if u.tier == chart.tiers[rank].id
           and any(c.parent == u.id for c in chart.units)]
    return row[len(row) // 2]


# -- the canvas ------------------------------------------------------------------------------


def test_a_rename_that_keeps_the_size_restyles_one_card_and_lays_out_nothing(view):
    chart, scene = view.document.chart, view.chart_scene
    unit = a_parent(chart)
    layout = scene.layout
    view.document.push(edits.SetUnitField(unit.id, "name",
                                          unit.name.with_value("en", unit.name.get("en")[::-1])))
    assert scene.layout is layout  # no layout at all
    report = scene.last_sync
    assert (report.added, report.removed, report.restyled, report.measured) == (0, 0, 1, 1)
    assert unit.name.get("en") in scene.card(unit.id).text()


def test_on_a_large_chart_adding_a_child_moves_only_its_parents_subtree(view, large):
    chart = view.document.chart
    parent = a_parent(chart)
    before = positions(view)
    view.document.push(edits.add_child(chart, parent.id, "New"))
    assert view.unsettled and view.chart_scene.last_sync.added == 1
    after = positions(view)
    moved = {uid for uid in before if after[uid] != before[uid]}
    assert moved <= below(chart, parent.id)
    assert set(after) - set(before) <= below(chart, parent.id)
    view.settle()
    assert not view.unsettled
    assert_exact(view)


def test_on_a_large_chart_moving_a_subtree_moves_only_that_subtree_at_first(view, large):
    chart = view.document.chart
    mover = a_parent(chart)
    grand = chart.find_unit(mover.parent)
    cousin = next(u for u in chart.units if u.tier == grand.tier and u.id != grand.id)
    before = positions(view)
    assert view.document.push(edits.move_units(chart, [mover.id], cousin.id))
    after = positions(view)
    assert {uid for uid in before if after[uid] != before[uid]} <= below(chart, cousin.id)
    view.settle()
    assert_exact(view)


def test_a_local_move_keeps_every_item_and_redraws_lines_in_place(view, large):
    # Qt re-sorts every top-level item on the first addItem after a removal
    # (milliseconds at 50,000 cards): a move adds and removes no item at all.
    chart, scene = view.document.chart, view.chart_scene
    view.document.push(edits.add_child(chart, a_parent(chart).id, "First"))
    view.settle()
    local = scene._local_lines
    assert local is not None and local.is_empty()
    mover = a_parent(chart)
    grand = chart.find_unit(mover.parent)
    cousin = next(u for u in chart.units if u.tier == grand.tier and u.id != grand.id)
    before = set(scene.items())
    assert view.document.push(edits.move_units(chart, [mover.id], cousin.id))
    assert view.unsettled
    assert set(scene.items()) == before
    assert not local.is_empty()  # the moved subtree's lines, drawn where it stands
    view.settle()
    assert local.is_empty()
    assert_exact(view)


def test_the_whole_layout_waits_while_a_name_is_typed_in_place(view, large, qtbot):
    # Settling a large chart holds the event loop; not between keystrokes.
    chart, document = view.document.chart, view.document
    view.show()
    edit = edits.add_child(chart, a_parent(chart).id, "")
    document.push(edit)
    new = edits.new_unit_id(edit)
    assert view.unsettled and view.start_rename(new)
    qtbot.wait(SETTLE_MS * 4)
    assert view.unsettled  # still drawn where it happened
    view.rename_editor.setText("Typed in place")
    qtbot.keyClick(view.rename_editor, Qt.Key.Key_Return)
    assert "Typed in place" in dict(chart.find_unit(new).name.items()).values()
    qtbot.waitUntil(lambda: not view.unsettled)
    assert_exact(view)


def test_local_edits_in_any_order_settle_to_the_whole_layout(view, large):
    chart, document = view.document.chart, view.document
    rng = random.Random(9)
    for _ in range(12):
        unit = rng.choice([u for u in chart.units if u.id in view.chart_scene.cards])
        build = rng.choice([
            lambda u=unit: edits.add_child(chart, u.id, "Child"),
            lambda u=unit: edits.SetUnitField(u.id, "name", Text(u.id * rng.randint(1, 6))),
            lambda u=unit: edits.SetUnitField(u.id, "collapsed", not u.collapsed),
            lambda u=unit: edits.move_among_siblings(chart, u.id, rng.choice((-1, 1))),
            lambda u=unit: edits.RemoveUnit(u.id) if u.parent else None,
        ])
        try:
            document.push(build())
        except edits.EditError:
            continue
        if rng.random() < 0.3:
            document.undo_stack.undo()
    view.settle()
    assert_exact(view)


def test_a_small_chart_is_always_laid_out_whole(view):
    chart = view.document.chart
    view.document.push(edits.add_child(chart, a_parent(chart).id, "New"))
    assert not view.unsettled
    assert_exact(view)


def test_items_stay_in_proportion_to_the_units_drawn(qtbot):
    document = ChartDocument(government(3_000))
    view = ChartView(document, Selection())
    qtbot.addWidget(view)
    scene, chart = view.chart_scene, document.chart
    cards = len(scene.cards)
    assert cards == len(chart.units)
    edges = cards - 1
    # cards, a stripe and a label per tier, connectors batched, a few others
    assert len(scene.items()) <= cards + 2 * len(chart.tiers) + math.ceil(
        edges / EDGES_PER_PATH) + 4


def test_connector_paths_are_made_only_where_painted(qtbot):
    # Opening 50,000 units made 500 paths of 100 lines each; the viewport
    # shows a few of them.
    document = ChartDocument(company(3000))
    view = shown_view(qtbot, document)
    view.set_zoom(1.0)
    view.center_on(a_parent(document.chart).id)
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    view.viewport().render(image)
    batches = [item for _, item in view.chart_scene._edge_items]
    made = [item for item in batches if item._path is not None]
    assert len(batches) >= 30 and 0 < len(made) < len(batches) / 3
    for item in batches:  # the bounds known without the path hold it
        assert item.boundingRect().contains(item.path().controlPointRect())


def test_collapsed_subtrees_make_no_items(view):
    chart, scene = view.document.chart, view.chart_scene
    unit = next(u for u in chart.units if u.tier == chart.tiers[1].id)
    hidden = below(chart, unit.id) - {unit.id}
    count = len(scene.items())
    view.document.push(edits.SetUnitField(unit.id, "collapsed", True))
    assert not hidden & set(scene.cards)
    assert scene.card(unit.id).hidden_count == len(hidden)
    assert len(scene.items()) <= count - len(hidden)


def test_the_scene_index_covers_the_whole_chart(view):
    # A new index learns the scene rect only when it changes; without it
    # every look-up walked every item.
    scene = view.chart_scene
    rect = scene.sceneRect()
    assert scene.itemIndexMethod() == scene.ItemIndexMethod.BspTreeIndex
    corner = scene.items(rect.adjusted(0, 0, -rect.width() * 0.95, -rect.height() * 0.5))
    assert len(corner) < len(scene.cards) / 4


# -- the panels -----------------------------------------------------------------------------


def test_the_outline_renames_a_row_without_a_reset(qapp, large, qtbot):
    document = ChartDocument(company(300))
    model = OutlineModel(document)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    # (the slots hold lists, never the model: a cycle through a model's
    # connections crashes the collector later)
    model.dataChanged.connect(lambda first, last, roles: changed.append(first.internalId()))
    unit = a_parent(document.chart)
    document.push(edits.SetUnitField(unit.id, "name", Text("Renamed")))
    assert not resets and changed == [model.index_of(unit.id).internalId()]
    assert model.data(model.index_of(unit.id)) == "Renamed"


def test_on_a_large_chart_the_outline_rebuilds_once_after_a_burst_of_edits(qapp, large, qtbot):
    document = ChartDocument(company(300))
    model = OutlineModel(document)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    parent = a_parent(document.chart)
    added = []
    for _ in range(3):
        edit = edits.add_child(document.chart, parent.id, "New")
        document.push(edit)
        added.append(edits.new_unit_id(edit))
    assert model.pending and not resets
    qtbot.waitUntil(lambda: not model.pending)
    assert resets == [1]
    assert all(model.tree_parent(uid) == parent.id for uid in added)


def test_a_huge_chart_s_outline_rows_come_after_the_window_shows(qapp, qtbot, monkeypatch):
    # Opening 50,000 units: the canvas is drawn and painted first, the
    # outline's rows a moment later (and then expanded as for any chart).
    monkeypatch.setattr(scale, "HUGE_CHART", 100)
    document = ChartDocument(company(300))
    dock = OutlineDock(document, Selection())
    qtbot.addWidget(dock)
    model = dock.model
    assert model.pending and model.rowCount() == 0
    qtbot.waitUntil(lambda: not model.pending)
    top = document.chart.top_units()[0]
    assert model.rowCount() == 1
    assert set(model.unit_ids()) == {u.id for u in document.chart.units}
    assert dock.view.isExpanded(model.index_of(top.id))
    small = ChartDocument(company(50))
    assert not OutlineModel(small).pending  # a smaller chart has its rows at once


def test_a_huge_chart_is_validated_just_after_the_window_shows(qapp, qtbot, monkeypatch):
    from orgchart.hierarchy import validate
    from ui.panels.problems import LiveValidator

    monkeypatch.setattr(scale, "HUGE_CHART", 100)
    document = ChartDocument(company(300))
    validator = LiveValidator(document)
    assert validator.pending and validator.problems() == []
    qtbot.waitUntil(lambda: not validator.pending)
    assert validator.problems() == validate(document.chart) != []
    assert not LiveValidator(ChartDocument(company(50))).pending  # smaller: checked at once


def test_after_a_whole_layout_the_survivors_are_set_aside_from_the_collector(view, large,
                                                                            qtbot):
    # A full collector pass walks 50,000 units and their items (0.19 s); once
    # they are set aside (gc.freeze) the next pass takes 0.02 s.
    import gc

    chart, document = view.document.chart, view.document
    gc.unfreeze()
    document.push(edits.add_child(chart, a_parent(chart).id, "New"))
    view.settle()
    assert view.collecting_soon
    qtbot.waitUntil(lambda: not view.collecting_soon)
    assert gc.get_freeze_count() > len(chart.units)
    document.replace_chart(company(150), None)  # the old chart may be garbage now
    assert gc.get_freeze_count() == 0


def test_a_chart_too_large_to_fit_shows_its_top_at_natural_size(qtbot):
    document = ChartDocument(company(3000))
    view = shown_view(qtbot, document)
    view.fit()
    assert view.zoom() == 1.0
    top = view.chart_scene.card(document.chart.top_units()[0].id)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(top.sceneBoundingRect())
    other = shown_view(qtbot, ChartDocument(company(30)))
    other.fit()  # a chart that fits is shown whole
    assert other.mapToScene(other.viewport().rect()).boundingRect().contains(
        other.chart_scene.itemsBoundingRect().adjusted(10, 10, -10, -10))
