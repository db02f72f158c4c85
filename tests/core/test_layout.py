"""The tier-banded tidy-tree layout (`orgchart.layout`) and `orgchart layout`.

Property tests draw random charts: random tier counts, parents on any tier
above (so tiers are skipped), random box sizes, collapsed units, and every
mode (top-down and left-to-right, compact off / on / auto, one or two
columns).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import subprocess
import sys
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart import fileformat, layout_cli
from orgchart.layout import Box, Layout, LayoutOptions, approx_box_size, layout_chart
from orgchart.model import Chart, Link, Person, Tier, Unit
from orgchart.text import BOTH, Text

EPS = 1e-6


# --------------------------------------------------------------------------
# Building charts


def make_chart(tiers: int, units: Iterable[tuple[str, int, str | None]]) -> Chart:
    """A chart with tiers t0..t{tiers-1} and units given as (id, tier rank, parent)."""
    chart = Chart.new()
    chart.tiers = [Tier(f"t{i}", Text(f"Tier {i}")) for i in range(tiers)]
    chart.units = [Unit(uid, Text(uid), f"t{rank}", parent) for uid, rank, parent in units]
    return chart


@st.composite
def charts(draw: st.DrawFn, max_units: int = 24, collapsing: bool = True) -> Chart:
    """A valid random chart: each unit under an earlier one, on any tier below
    it (skipping tiers), plus now and then a second top unit."""
    tiers = draw(st.integers(1, 5))
    rows = [("u0", draw(st.integers(0, min(1, tiers - 1))), None)]
    for n in range(1, draw(st.integers(1, max_units))):
        candidates = [r for r in rows if r[1] < tiers - 1]
        if not candidates or draw(st.integers(0, 15)) == 0:
            rows.append((f"u{n}", draw(st.integers(0, tiers - 1)), None))
            continue
        parent = draw(st.sampled_from(candidates))
        rank = parent[1] + draw(st.sampled_from([1, 1, 1, 2, 3]))
        rows.append((f"u{n}", min(rank, tiers - 1), parent[0]))
    chart = make_chart(tiers, rows)
    if collapsing:
        for unit in chart.units:
            unit.collapsed = draw(st.integers(0, 9)) == 0
    return chart


@st.composite
def sized_charts(draw: st.DrawFn, **kw: object) -> tuple[Chart, dict[str, tuple[float, float]]]:
    chart = draw(charts(**kw))
    size = st.tuples(st.integers(8, 200).map(float), st.integers(8, 90).map(float))
    return chart, {u.id: draw(size) for u in chart.units}


options_st = st.builds(
    LayoutOptions,
    orientation=st.sampled_from(["tb", "lr"]),
    compact=st.sampled_from(["off", "on", "auto"]),
    max_columns=st.sampled_from([1, 2]),
    auto_threshold=st.integers(0, 3),
)


# --------------------------------------------------------------------------
# Geometry helpers (in the layout's own orientation: "along" the bands and
# "across" them)


def along(box: Box, lay: Layout) -> tuple[float, float]:
    return (box.x, box.right) if lay.orientation == "tb" else (box.y, box.bottom)


def across(box: Box, lay: Layout) -> tuple[float, float]:
    return (box.y, box.bottom) if lay.orientation == "tb" else (box.x, box.right)


def centre(box: Box, lay: Layout) -> float:
    lo, hi = along(box, lay)
    return (lo + hi) / 2


def flat(points: Iterable[tuple[float, float]]) -> list[float]:
    """Points as one flat list, which `pytest.approx` can compare."""
    return [c for p in points for c in p]


def overlap(a: Box, b: Box) -> bool:
    return (a.x < b.right - EPS and b.x < a.right - EPS
            and a.y < b.bottom - EPS and b.y < a.bottom - EPS)


def inside(p: tuple[float, float], box: Box) -> bool:
    return box.x + EPS < p[0] < box.right - EPS and box.y + EPS < p[1] < box.bottom - EPS


def segment_enters(a: tuple[float, float], b: tuple[float, float], box: Box) -> bool:
    """Whether an axis-parallel segment passes through the box's interior."""
    (x1, y1), (x2, y2) = a, b
    lo_x, hi_x, lo_y, hi_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    return (lo_x < box.right - EPS and hi_x > box.x + EPS
            and lo_y < box.bottom - EPS and hi_y > box.y + EPS)


def visible_ids(chart: Chart) -> set[str]:
    hidden: set[str] = set()
    for unit in chart.units:
        if unit.collapsed:
            hidden.update(u.id for u in chart.subtree(unit.id)[1:])
    return {u.id for u in chart.units} - hidden


def band_of(lay: Layout, chart: Chart, unit: Unit):
    return next(b for b in lay.bands if b.tier == unit.tier)


def stacks_of(lay: Layout, chart: Chart) -> set[str]:
    """Parents with at least one child in a compact stack."""
    return {u.parent for u in chart.units if u.id in lay.stacked and u.parent}


# --------------------------------------------------------------------------
# Properties over random charts


@settings(max_examples=150, deadline=None)
@given(sized_charts(), options_st)
def test_every_unit_lies_in_its_tier_band(case, options):
    chart, sizes = case
    lay = layout_chart(chart, sizes, options)
    assert set(lay.boxes) == visible_ids(chart)
    assert [b.tier for b in lay.bands] == [t.id for t in chart.tiers]
    for unit in chart.units:
        if unit.id in lay.boxes:
            band, box = band_of(lay, chart, unit), lay.boxes[unit.id]
            b_lo, b_hi = ((band.y, band.y + band.h) if options.orientation == "tb"
                          else (band.x, band.x + band.w))
            lo, hi = across(box, lay)
            assert b_lo - EPS <= lo and hi <= b_hi + EPS


@settings(max_examples=150, deadline=None)
@given(sized_charts(), options_st)
def test_no_two_boxes_overlap_and_all_fit_in_the_drawing(case, options):
    chart, sizes = case
    lay = layout_chart(chart, sizes, options)
    boxes = list(lay.boxes.items())
    for i, (a_id, a) in enumerate(boxes):
        assert a.x >= -EPS and a.right <= lay.width + EPS
        assert a.y >= -EPS and a.bottom <= lay.height + EPS
        for b_id, b in boxes[i + 1:]:
            assert not overlap(a, b), (a_id, b_id)


@settings(max_examples=150, deadline=None)
@given(sized_charts(), options_st)
def test_parent_is_centred_over_its_children_outside_stacks(case, options):
    chart, sizes = case
    lay = layout_chart(chart, sizes, options)
    with_stacks = stacks_of(lay, chart)
    for unit in chart.units:
        kids = [c for c in chart.children(unit.id) if c.id in lay.boxes]
        if unit.id not in lay.boxes or not kids or unit.id in with_stacks:
            continue
        first, last = lay.boxes[kids[0].id], lay.boxes[kids[-1].id]
        mid = (centre(first, lay) + centre(last, lay)) / 2
        assert centre(lay.boxes[unit.id], lay) == pytest.approx(mid, abs=EPS)


@settings(max_examples=150, deadline=None)
@given(sized_charts(), options_st)
def test_children_keep_their_order(case, options):
    chart, sizes = case
    lay = layout_chart(chart, sizes, options)
    for unit in chart.units:
        kids = [c for c in chart.children(unit.id) if c.id in lay.boxes]
        free = [c.id for c in kids if c.id not in lay.stacked]
        positions = [centre(lay.boxes[c], lay) for c in free]
        assert positions == sorted(positions)
        assert len(set(positions)) == len(positions)
        for tier in {c.tier for c in kids}:
            stacked = [lay.boxes[c.id] for c in kids if c.id in lay.stacked and c.tier == tier]
            reading = [(round(across(b, lay)[0], 6), round(along(b, lay)[0], 6)) for b in stacked]
            assert reading == sorted(reading)


@settings(max_examples=150, deadline=None)
@given(sized_charts(), options_st)
def test_connectors_are_orthogonal_and_join_parent_to_child(case, options):
    chart, sizes = case
    lay = layout_chart(chart, sizes, options)
    tb = options.orientation == "tb"
    expected = {(u.parent, u.id) for u in chart.units
                if u.id in lay.boxes and u.parent in lay.boxes}
    parent_of = {u.id: u.parent for u in chart.units}
    assert {(parent_of[c], c) for c in lay.connectors} == expected
    for uid, points in lay.connectors.items():
        assert len(points) >= 2
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            assert x1 == x2 or y1 == y2
        parent, child = lay.boxes[parent_of[uid]], lay.boxes[uid]
        start, end = points[0], points[-1]
        # leaves the parent at the middle of its bottom (right side, left to right)
        if tb:
            assert start == pytest.approx((parent.cx, parent.bottom))
        else:
            assert start == pytest.approx((parent.right, parent.cy))
        if uid in lay.stacked:  # reaches a stacked leaf at the middle of a side
            if tb:
                assert end[1] == pytest.approx(child.cy)
                assert end[0] == pytest.approx(child.x) or end[0] == pytest.approx(child.right)
            else:
                assert end[0] == pytest.approx(child.cx)
                assert end[1] == pytest.approx(child.y) or end[1] == pytest.approx(child.bottom)
        elif tb:
            assert end == pytest.approx((child.cx, child.y))
        else:
            assert end == pytest.approx((child.x, child.cy))


@settings(max_examples=100, deadline=None)
@given(sized_charts(), options_st)
def test_connectors_pass_through_no_box(case, options):
    chart, sizes = case
    lay = layout_chart(chart, sizes, options)
    parent_of = {u.id: u.parent for u in chart.units}
    for child, points in lay.connectors.items():
        for uid, box in lay.boxes.items():
            for a, b in zip(points, points[1:], strict=False):
                if uid not in (parent_of[child], child):
                    assert not segment_enters(a, b, box), (child, points, uid)


@settings(max_examples=100, deadline=None)
@given(sized_charts(collapsing=False), st.sampled_from(["tb", "lr"]))
def test_a_mirrored_tree_gives_a_mirrored_drawing(case, orientation):
    chart, sizes = case
    options = LayoutOptions(orientation=orientation)
    mirrored = make_chart(len(chart.tiers), [(u.id, int(u.tier[1:]), u.parent)
                                             for u in reversed(chart.units)])
    lay, mir = layout_chart(chart, sizes, options), layout_chart(mirrored, sizes, options)
    assert (mir.width, mir.height) == pytest.approx((lay.width, lay.height))
    for uid, box in lay.boxes.items():
        other = mir.boxes[uid]
        if orientation == "tb":
            assert (other.x, other.y) == pytest.approx((lay.width - box.right, box.y), abs=EPS)
        else:
            assert (other.x, other.y) == pytest.approx((box.x, lay.height - box.bottom), abs=EPS)


def ordered_trees(n: int) -> Iterable[list[int]]:
    """Every ordered tree of n units, as the depths of its units in pre-order."""
    def grow(depths: list[int]) -> Iterable[list[int]]:
        if len(depths) == n:
            yield depths
            return
        for d in range(1, depths[-1] + 2):
            yield from grow([*depths, d])
    yield from grow([0])


def test_every_small_tree_is_drawn_as_the_mirror_of_its_mirror_image():
    widths = (40.0, 90.0, 20.0, 60.0)
    for n in range(2, 10):
        for depths in ordered_trees(n):
            path: list[str] = []
            rows: list[tuple[str, int, str | None]] = []
            for i, d in enumerate(depths):
                path[d:] = [f"u{i}"]
                rows.append((f"u{i}", d, path[d - 1] if d else None))
            sizes = {uid: (widths[i % 4], 20.0) for i, (uid, _, _) in enumerate(rows)}
            lay = layout_chart(make_chart(n, rows), sizes)
            mir = layout_chart(make_chart(n, rows[::-1]), sizes)
            for uid, box in lay.boxes.items():
                assert mir.boxes[uid].x == pytest.approx(lay.width - box.right, abs=EPS), rows


@st.composite
def twin_subtrees(draw: st.DrawFn) -> tuple[Chart, dict[str, tuple[float, float]]]:
    """A root whose first and last children head copies of one random subtree,
    with a random subtree between them."""
    tiers = draw(st.integers(2, 5))
    template, between = draw(charts(max_units=10)), draw(charts(max_units=10))
    rows: list[tuple[str, int, str | None]] = [("root", 0, None)]
    sizes: dict[str, tuple[float, float]] = {"root": (60.0, 30.0)}
    size = st.tuples(st.integers(8, 150).map(float), st.integers(8, 60).map(float))

    def graft(source: Chart, prefix: str, sized: dict[str, tuple[float, float]]) -> None:
        top = source.units[0].id
        for unit in source.subtree(top):
            rank = 1 + min(int(unit.tier[1:]) - int(source.units[0].tier[1:]), tiers - 2)
            parent = "root" if unit.id == top else prefix + unit.parent
            parent_rank = next(r for i, r, _ in rows if i == parent)
            rows.append((prefix + unit.id, max(rank, parent_rank + 1), parent))
            sizes[prefix + unit.id] = sized[unit.id]

    template_sizes = {u.id: draw(size) for u in template.units}
    graft(template, "a.", template_sizes)
    graft(between, "m.", {u.id: draw(size) for u in between.units})
    graft(template, "b.", template_sizes)
    chart = make_chart(max(tiers, max(r for _, r, _ in rows) + 1), rows)
    collapsed = {u.id for u in template.units if u.collapsed}
    for unit in chart.units:
        unit.collapsed = unit.id[2:] in collapsed and unit.id[:2] in ("a.", "b.")
    return chart, sizes


@settings(max_examples=120, deadline=None)
@given(twin_subtrees(), options_st)
def test_identical_subtrees_are_drawn_identically(case, options):
    chart, sizes = case
    lay = layout_chart(chart, sizes, options)
    pairs = [(uid, "b." + uid[2:]) for uid in lay.boxes if uid.startswith("a.")]
    assert pairs and all(b in lay.boxes for _, b in pairs)
    a0, b0 = lay.boxes[pairs[0][0]], lay.boxes[pairs[0][1]]
    dx, dy = b0.x - a0.x, b0.y - a0.y  # (two one-unit copies may share a compact stack)
    assert (dx, dy) != (0, 0)
    for a, b in pairs:
        box_a, box_b = lay.boxes[a], lay.boxes[b]
        assert (box_b.x - box_a.x, box_b.y - box_a.y) == pytest.approx((dx, dy), abs=EPS)
    for child, points in lay.connectors.items():
        if child.startswith("a.") and chart.find_unit(child).parent != "root":
            twin = lay.connectors["b." + child[2:]]
            assert flat((x + dx, y + dy) for x, y in points) == pytest.approx(flat(twin), abs=EPS)


@settings(max_examples=60, deadline=None)
@given(sized_charts(), options_st)
def test_layout_is_deterministic(case, options):
    chart, sizes = case
    assert layout_chart(chart, sizes, options) == layout_chart(chart, sizes, options)


@settings(max_examples=100, deadline=None)
@given(sized_charts(), options_st)
def test_left_to_right_is_top_down_transposed(case, options):
    chart, sizes = case
    lr = layout_chart(chart, sizes, dataclasses.replace(options, orientation="lr"))
    tb_options = dataclasses.replace(options, orientation="tb")
    tb = layout_chart(chart, {k: (h, w) for k, (w, h) in sizes.items()}, tb_options)
    assert (lr.width, lr.height) == (tb.height, tb.width)
    for uid, box in tb.boxes.items():
        assert lr.boxes[uid] == Box(box.y, box.x, box.h, box.w)
    for band_lr, band_tb in zip(lr.bands, tb.bands, strict=True):
        assert (band_lr.x, band_lr.y, band_lr.w, band_lr.h) == (band_tb.y, band_tb.x,
                                                              band_tb.h, band_tb.w)


# --------------------------------------------------------------------------
# Rows are tiers


def test_rows_are_tiers_and_a_skipping_connector_crosses_the_skipped_band():
    chart = make_chart(3, [("top", 0, None), ("a", 1, "top"), ("b", 2, "top"),
                           ("c", 2, "a")])
    lay = layout_chart(chart, {u: (100, 40) for u in ("top", "a", "b", "c")},
                       LayoutOptions(tier_gap=50))
    bands = {b.tier: b for b in lay.bands}
    assert lay.boxes["b"].y == lay.boxes["c"].y == bands["t2"].y  # same tier, same row
    assert lay.boxes["a"].y == bands["t1"].y
    points = lay.connectors["b"]
    last_leg = (points[-2], points[-1])
    (x1, y1), (x2, y2) = last_leg
    assert x1 == x2 == pytest.approx(lay.boxes["b"].cx)
    assert y1 < bands["t1"].y and y2 == bands["t2"].y  # spans the whole skipped band
    assert not segment_enters(*last_leg, lay.boxes["a"])


def test_band_is_as_deep_as_its_tallest_box_and_empty_tiers_keep_a_band():
    chart = make_chart(4, [("top", 0, None), ("a", 1, "top"), ("b", 1, "top"),
                           ("c", 3, "a")])
    sizes = {"top": (80, 30), "a": (80, 70), "b": (80, 40), "c": (80, 20)}
    options = LayoutOptions(tier_gap=10, empty_tier_size=5)
    lay = layout_chart(chart, sizes, options)
    assert [b.h for b in lay.bands] == [30, 70, 5, 20]
    assert [b.y for b in lay.bands] == [0, 40, 120, 135]
    assert lay.height == 155
    assert all(b.x == 0 and b.w == lay.width for b in lay.bands)


def test_gaps_between_siblings_and_subtrees():
    chart = make_chart(3, [("r", 0, None), ("a", 1, "r"), ("b", 1, "r"),
                           ("a1", 2, "a"), ("b1", 2, "b")])
    sizes = {u.id: (100, 30) for u in chart.units}
    lay = layout_chart(chart, sizes, LayoutOptions(sibling_gap=10, subtree_gap=50))
    assert lay.boxes["b1"].x - lay.boxes["a1"].right == pytest.approx(50)  # cousins
    assert lay.boxes["b"].x - lay.boxes["a"].right == pytest.approx(50)  # pushed by them
    lay = layout_chart(chart, sizes, LayoutOptions(sibling_gap=10, subtree_gap=10))
    assert lay.boxes["b"].x - lay.boxes["a"].right == pytest.approx(10)
    assert lay.width == pytest.approx(210)


def test_collapsed_subtrees_are_hidden():
    chart = make_chart(3, [("r", 0, None), ("a", 1, "r"), ("a1", 2, "a"), ("b", 1, "r")])
    chart.units[1].collapsed = True
    chart.links = [Link("k1", "a1", "b"), Link("k2", "a", "b")]
    lay = layout_chart(chart)
    assert set(lay.boxes) == {"r", "a", "b"}
    assert set(lay.connectors) == {"a", "b"}
    assert [k.link for k in lay.links] == ["k2"]


def test_links_run_between_the_borders_of_two_boxes():
    chart = make_chart(2, [("r", 0, None), ("a", 1, "r"), ("b", 1, "r")])
    chart.links = [Link("k", "a", "b", "coordination"), Link("self", "a", "a"),
                   Link("gone", "a", "nobody")]
    lay = layout_chart(chart, {u.id: (100, 40) for u in chart.units})
    (line,) = lay.links
    a, b = lay.boxes["a"], lay.boxes["b"]
    assert (line.source, line.target, line.kind) == ("a", "b", "coordination")
    assert flat(line.points) == pytest.approx([a.right, a.cy, b.x, b.cy])


# --------------------------------------------------------------------------
# Invalid charts never stop the layout


def test_invalid_charts_are_drawn_as_far_as_possible():
    chart = make_chart(3, [
        ("r", 0, None),
        ("x", 1, "y"), ("y", 2, "x"),          # a cycle: y's parent x is above it
        ("orphan", 1, "missing"),              # a missing parent: an extra top unit
        ("up", 0, "r"),                        # a parent not above its child
        ("r", 2, None),                        # a repeated id: drawn once
    ])
    chart.units.append(Unit("lost", Text("lost"), "no-such-tier", "r"))
    chart.units.append(Unit("under-lost", Text("u"), "t2", "lost"))
    lay = layout_chart(chart)
    assert set(lay.boxes) == {"r", "x", "y", "orphan", "up", "under-lost"}
    assert list(lay.connectors) == ["y"]
    for a in lay.boxes.values():
        assert sum(overlap(a, b) for b in lay.boxes.values()) == 1


def test_an_empty_chart_has_an_empty_layout():
    lay = layout_chart(Chart.new())
    assert (lay.boxes, lay.connectors, lay.bands, lay.width, lay.height) == ({}, {}, (), 0, 0)
    lay = layout_chart(make_chart(2, []))
    assert len(lay.bands) == 2 and lay.width == 0


def test_sizes_may_be_a_function_or_a_partial_mapping():
    chart = make_chart(2, [("r", 0, None), ("a", 1, "r")])
    lay = layout_chart(chart, lambda unit: (50.0, 20.0) if unit.id == "r" else (70.0, 30.0))
    assert (lay.boxes["r"].w, lay.boxes["a"].h) == (50, 30)
    lay = layout_chart(chart, {"r": (50.0, float("nan"))})
    assert lay.boxes["r"].h == 0
    assert (lay.boxes["a"].w, lay.boxes["a"].h) == approx_box_size(chart.units[1], "en", ["en"])


@pytest.mark.parametrize("bad", [
    {"orientation": "rl"}, {"compact": "yes"}, {"max_columns": 3},
    {"sibling_gap": -1.0}, {"tier_gap": math.inf},
])
def test_options_are_checked(bad):
    with pytest.raises(ValueError):
        LayoutOptions(**bad)


# --------------------------------------------------------------------------
# Compact mode


def fan(leaves: int, tiers: int = 3) -> Chart:
    """A top unit, two managers, and `leaves` leaves under each manager."""
    rows = [("r", 0, None), ("m1", 1, "r"), ("m2", 1, "r")]
    for m in ("m1", "m2"):
        rows.extend((f"{m}.{i}", tiers - 1, m) for i in range(leaves))
    return make_chart(tiers, rows)


def test_compact_stacks_leaves_in_one_column_under_a_spine():
    chart = fan(4)
    sizes = {u.id: (100, 30) for u in chart.units}
    options = LayoutOptions(compact="on", stack_gap=10, stack_indent=16, tier_gap=40)
    lay = layout_chart(chart, sizes, options)
    leaves = [lay.boxes[f"m1.{i}"] for i in range(4)]
    assert {b.x for b in leaves} == {leaves[0].x}
    assert [b.y for b in leaves] == [140, 180, 220, 260]
    band = lay.bands[2]
    assert (band.y, band.h) == (140, 150)  # the band grew to hold the stack
    spine = lay.boxes["m1"].cx
    assert leaves[0].x == pytest.approx(spine + 16)  # the parent stands over the spine
    assert flat(lay.connectors["m1.2"]) == pytest.approx(flat(((spine, 100), (spine, leaves[2].cy),
                                                    (leaves[2].x, leaves[2].cy))))
    assert lay.stacked == {f"{m}.{i}" for m in ("m1", "m2") for i in range(4)}
    assert lay.width < layout_chart(chart, sizes).width / 2


def test_compact_two_columns_put_the_spine_between_them():
    chart = fan(5)
    sizes = {u.id: (100, 30) for u in chart.units}
    lay = layout_chart(chart, sizes, LayoutOptions(compact="on", max_columns=2,
                                                   stack_indent=16))
    spine = lay.boxes["m1"].cx
    left, right = [lay.boxes[f"m1.{i}"] for i in (0, 2, 4)], [lay.boxes[f"m1.{i}"]
                                                             for i in (1, 3)]
    assert all(b.right == pytest.approx(spine - 16) for b in left)
    assert all(b.x == pytest.approx(spine + 16) for b in right)
    assert [b.y for b in left[:2]] == [b.y for b in right]


def test_auto_compacts_only_parents_with_more_leaves_than_the_threshold():
    chart = make_chart(3, [("r", 0, None), ("m1", 1, "r"), ("m2", 1, "r"),
                           *((f"m1.{i}", 2, "m1") for i in range(5)),
                           *((f"m2.{i}", 2, "m2") for i in range(3))])
    lay = layout_chart(chart, options=LayoutOptions(compact="auto", auto_threshold=4))
    assert lay.stacked == {f"m1.{i}" for i in range(5)}


def test_compact_keeps_non_leaf_children_in_the_row_and_the_stack_in_first_leaf_place():
    chart = make_chart(3, [("r", 0, None), ("a", 1, "r"), ("l1", 1, "r"), ("b", 1, "r"),
                           ("l2", 1, "r"), ("a1", 2, "a"), ("b1", 2, "b")])
    lay = layout_chart(chart, {u.id: (80, 30) for u in chart.units},
                       LayoutOptions(compact="on"))
    assert lay.stacked == {"l1", "l2"}
    boxes = lay.boxes
    assert boxes["a"].right < boxes["l1"].x and boxes["l1"].right < boxes["b"].x
    assert boxes["l2"].y > boxes["l1"].y and boxes["l2"].x == boxes["l1"].x


def test_compact_mode_makes_a_wide_chart_much_narrower():
    chart = fan(12)
    sizes = {u.id: (100, 30) for u in chart.units}
    plain = layout_chart(chart, sizes).width
    assert plain / layout_chart(chart, sizes, LayoutOptions(compact="on")).width > 5
    assert plain / layout_chart(chart, sizes, LayoutOptions(compact="on",
                                                            max_columns=2)).width > 2.5


# --------------------------------------------------------------------------
# Approximate box sizes


def test_approximate_size_counts_cjk_about_twice_as_wide_as_latin():
    def size(name: str | dict[str, str], display: str = "en",
             languages: tuple[str, ...] = ("en",), people: tuple[Person, ...] = ()):
        return approx_box_size(Unit("u", Text(name), "t", people=people), display, languages)

    latin, cjk = size("abcdefghij"), size("一二三四五六七八九十")
    assert 1.7 < (cjk[0] - 20) / (latin[0] - 20) < 2.2
    assert latin[1] == cjk[1]
    bilingual = {"zh-Hant": "縣委", "en": "County committee"}
    one = size(bilingual, "zh-Hant", ("zh-Hant", "en"))
    both = size(bilingual, BOTH, ("zh-Hant", "en"))
    assert both[1] > one[1] and both[0] > one[0]
    long_name = size("Leading group for poverty alleviation and development of the county")
    assert long_name[0] <= 200 and long_name[1] > latin[1]  # wrapped, not one long line
    person = Person(Text("Li Ming"), Text("Party secretary"))
    assert size("Office", people=(person,))[1] > size("Office")[1]


# --------------------------------------------------------------------------
# `orgchart layout`


def cli_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    layout_cli.add_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.fixture
def chart_file(tmp_path):
    chart = make_chart(3, [("r", 0, None), ("a", 1, "r"), ("b", 2, "r"), ("a1", 2, "a"),
                           ("a2", 2, "a")])
    chart.links = [Link("k", "a", "b")]
    path = tmp_path / "small.orgchart"
    fileformat.save(chart, path)
    return path


def test_cli_writes_the_layout_as_json(chart_file, capsys):
    assert layout_cli.run(cli_args(str(chart_file))) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"width", "height", "units", "bands", "edges", "links"}
    assert set(out["units"]) == {"r", "a", "b", "a1", "a2"}
    assert set(out["units"]["a"]) == {"x", "y", "w", "h"}
    assert [b["tier"] for b in out["bands"]] == ["t0", "t1", "t2"]
    assert {(e["from"], e["to"]) for e in out["edges"]} == {
        ("r", "a"), ("r", "b"), ("a", "a1"), ("a", "a2")}
    assert all(len(p) == 2 for e in out["edges"] for p in e["points"])
    assert out["links"][0]["from"] == "a" and out["links"][0]["to"] == "b"


def test_cli_options_and_output_file(chart_file, tmp_path, capsys):
    target = tmp_path / "out.json"
    argv = [str(chart_file), "--orientation", "lr", "--compact", "on", "--display", "both",
            "-o", str(target)]
    assert layout_cli.run(cli_args(*argv)) == 0
    assert capsys.readouterr().out == ""
    out = json.loads(target.read_text(encoding="utf-8"))
    lay = layout_chart(fileformat.load(chart_file), options=LayoutOptions(
        orientation="lr", compact="on", display="both"))
    assert out["width"] == pytest.approx(lay.width, abs=0.01)
    assert out["units"]["a1"]["x"] == pytest.approx(lay.boxes["a1"].x, abs=0.01)


def test_cli_refuses_unreadable_files_and_unknown_languages(chart_file, tmp_path, capsys):
    broken = tmp_path / "broken.orgchart"
    broken.write_text("{not json", encoding="utf-8")
    assert layout_cli.run(cli_args(str(broken))) == 2
    err = capsys.readouterr().err
    assert "broken.orgchart" in err and "line 1" in err
    assert layout_cli.run(cli_args(str(tmp_path / "missing.orgchart"))) == 2
    assert layout_cli.run(cli_args(str(chart_file), "--display", "fr")) == 2
    assert "fr" in capsys.readouterr().err
    assert layout_cli.run(cli_args(str(chart_file), "-o", str(tmp_path / "no" / "x.json"))) == 1


def test_orgchart_layout_command_end_to_end(chart_file, tmp_path):
    target = tmp_path / "layout.json"
    result = subprocess.run([sys.executable, "-m", "orgchart", "layout", str(chart_file),
                             "--compact", "auto", "-o", str(target)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert set(json.loads(target.read_text(encoding="utf-8"))["units"]) == {
        "r", "a", "b", "a1", "a2"}
