"""The drawn form of the Graphviz export: every node at a fixed place and
every line given, for `neato -n2`, which then only draws.

Owns where things go once they are placed, whoever placed them:

- `from_layout`: our layout (`orgchart.layout`) placed the cards (the
  pinned engine); the tier cells go in a column at the side, and a tier
  whose cell is deeper than its row of cards pushes the rows below it away.
- `from_dot`: `dot` placed the cards (its JSON output); the tier cells go
  in a column before the first card, level with their ranks, and the
  connectors are ours, drawn the same way as the pinned engine's.

Every tier gets a band: a pale tint of its colour behind its row of cards,
from its cell across the chart, so the tiers read across a wide chart.

Connectors are orthogonal, as on the canvas: down from the middle of the
parent's bottom to a bus half way to the next tier, along it, and down to
the middle of the child's top (left to right: across from the right side
to the left side). A connector that skips tiers after dot runs straight
down past them where that is clear of their cards, else it keeps to the
route dot found (its virtual nodes are room kept free of cards) and jogs
on each gap's bus. Links keep dot's own route; after our layout they are
straight.

Coordinates here are Graphviz's: points, y growing upwards. Our layout's y
grows downwards; `from_layout` turns it over.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from orgchart.formats.graphviz_graph import (
    BAND_PAD,
    LINK,
    RANKSEP,
    DotGraph,
    GraphStyle,
    Html,
    base_graph,
    node_ids,
)
from orgchart.formats.graphviz_text import safe_color, tint
from orgchart.layout import Layout, LayoutOptions, Point
from orgchart.model import Chart

__all__ = ["LAYOUT_OPTIONS", "Placement", "drawing_graph", "from_dot", "from_layout",
           "pinned_options"]

#: Spacing of our layout in points, for the pinned engine: the gap between
#: tiers holds the bands' padding and leaves RANKSEP between the bands, as
#: with dot.
LAYOUT_OPTIONS = dict(sibling_gap=18.0, subtree_gap=30.0, tier_gap=RANKSEP * 72 + 2 * BAND_PAD,
                      empty_tier_size=36.0)
#: How much of the tier's colour a band has (the rest is white).
BAND_TINT = 0.07
#: Between the tier column and the chart, in points.
COLUMN_GAP = 28.0

Size = tuple[float, float]


@dataclass
class Placement:
    """Everything `neato -n2` needs besides the labels."""

    #: node id (units and tier cells) -> centre
    centres: dict[str, Point] = field(default_factory=dict)
    #: tier cell id -> the (width, height) its label must fill
    cells: dict[str, Size] = field(default_factory=dict)
    #: (parent node, child node, polyline)
    connectors: list[tuple[str, str, list[Point]]] = field(default_factory=list)
    #: (link id, source node, target node, control points of a B-spline, label centre)
    links: list[tuple[str, str, str, list[Point], Point | None]] = field(default_factory=list)
    #: (colour, left, bottom, right, top): each tier's band, behind everything
    bands: list[tuple[str, float, float, float, float]] = field(default_factory=list)


def pinned_options(orientation: str, display: str) -> LayoutOptions:
    """Our layout's options for the pinned engine (distances in points)."""
    return LayoutOptions(orientation=orientation, display=display, **LAYOUT_OPTIONS)


# --------------------------------------------------------------------------
# Drawing


def drawing_graph(placement: Placement, style: GraphStyle, labels: Mapping[str, str],
                  title: str | None = None,
                  link_labels: Mapping[str, str] | None = None) -> DotGraph:
    """The graph for `neato -n2`: `labels` maps every node id placed to its label."""
    graph = base_graph(style)
    if title:
        graph.set_graph_defaults(label=Html(title), labelloc="t", labeljust="l")
    for i, (color, *box) in enumerate(placement.bands):
        # a cluster with a given bounding box is drawn first, under the lines
        graph.add_subgraph(f"cluster_band{i}", bb=",".join(f"{v:.2f}" for v in box),
                           style="filled", fillcolor=color, color=color, penwidth="0", label="")
    for node, (x, y) in placement.centres.items():
        graph.add_node(node, label=Html(labels[node]), pos=_pos(x, y))
    for tail, head, points in placement.connectors:
        graph.add_edge(tail, head, pos=_polyline(points))
    for link, tail, head, controls, middle in placement.links:
        attrs = dict(style="dashed", color=LINK, penwidth="1.1", pos=_points(controls))
        label = (link_labels or {}).get(link)
        if label and middle is not None:
            attrs.update(label=Html(label), lp=_pos(*middle))
        graph.add_edge(tail, head, **attrs)
    return graph


def _pos(x: float, y: float) -> str:
    return f"{x:.2f},{y:.2f}"


def _points(points: Sequence[Point]) -> str:
    return " ".join(_pos(x, y) for x, y in points)


def _polyline(points: Sequence[Point]) -> str:
    """A polyline as Graphviz's B-spline: each segment a straight cubic."""
    pts = list(points) if len(points) > 1 else [*points, *points]
    controls = [pts[0]]
    for a, b in zip(pts, pts[1:], strict=False):
        controls += [a, b, b]
    return _points(controls)


# --------------------------------------------------------------------------
# Placed by our layout (pinned)


def from_layout(chart: Chart, layout: Layout, cells: Sequence[Size]) -> Placement:
    """Placement from our layout; `cells[i]` is tier i's cell as measured
    (its breadth sets the column's, its depth may deepen the tier's band)."""
    tb = layout.orientation == "tb"
    shift = _Shift(layout, cells, tb)
    out = Placement()
    ids, units = node_ids(layout), {u.id: u for u in reversed(chart.units)}

    def flip(p: Point) -> Point:
        x, y = shift.point(p)
        return x, -y

    for uid, box in layout.boxes.items():
        out.centres[ids[uid]] = flip((box.cx, box.cy))
    reach = shift.offset + (layout.width if tb else layout.height) + BAND_PAD
    for i, tier in enumerate(chart.tiers[:len(layout.bands)]):
        near, depth = shift.band(i)
        middle, breadth = near + depth / 2, shift.breadth
        out.centres[f"t{i}"] = (breadth / 2, -middle) if tb else (middle, -breadth / 2)
        out.cells[f"t{i}"] = (breadth, depth) if tb else (depth, breadth)
        color = tint(safe_color(tier.color), BAND_TINT)
        out.bands.append((color, 0.0, -near - depth, reach, -near) if tb
                         else (color, near, -reach, near + depth, 0.0))
    for uid, points in layout.connectors.items():
        out.connectors.append((ids[units[uid].parent], ids[uid], [flip(p) for p in points]))
    for line in layout.links:
        a, b = (flip(p) for p in line.points)
        middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        out.links.append((line.link, ids[line.source], ids[line.target], [a, a, b, b], middle))
    return out


class _Shift:
    """Makes room for the side column, for the bands' padding, and for tier
    cells deeper than their band: every coordinate along the tiers' axis
    past a band that had to grow moves by what it grew; the chart moves
    right (left to right: down) by the column."""

    def __init__(self, layout: Layout, cells: Sequence[Size], tb: bool) -> None:
        self.tb = tb
        self.breadth = max((w if tb else h for w, h in cells), default=0.0)
        self.offset = self.breadth + COLUMN_GAP if layout.bands else 0.0
        self.spans: list[tuple[float, float]] = []
        self.grow: list[float] = []
        for band, (w, h) in zip(layout.bands, cells, strict=False):
            start, depth = (band.y, band.h) if tb else (band.x, band.w)
            self.spans.append((start - BAND_PAD, depth + 2 * BAND_PAD))
            self.grow.append(max(0.0, (h if tb else w) - depth - 2 * BAND_PAD))

    def _along(self, v: float) -> float:
        return v + sum(g for (near, depth), g in zip(self.spans, self.grow, strict=False)
                       if v > near + depth + 1e-6)

    def point(self, p: Point) -> Point:
        x, y = p
        return (x + self.offset, self._along(y)) if self.tb else (self._along(x), y + self.offset)

    def band(self, i: int) -> tuple[float, float]:
        """Where tier i's band starts along the tiers' axis, and its depth."""
        near, depth = self.spans[i]
        return self._along(near), depth + self.grow[i]


# --------------------------------------------------------------------------
# Placed by dot


@dataclass
class _Node:
    x: float
    y: float
    w: float
    h: float


def from_dot(chart: Chart, layout: Layout, output: bytes, tb: bool,
             cells: Mapping[str, Size]) -> Placement:
    """Placement from `dot -Tjson` run on the ranked graph of `layout` (with
    holders for the tier cells); `cells`: tier cell id -> its size."""
    data = json.loads(output)
    nodes, names = _json_nodes(data)
    frame = _Frame(tb)
    _column(nodes, cells, frame)
    out = Placement(centres={name: (n.x, n.y) for name, n in nodes.items()},
                    cells=dict(cells))
    ids, units = node_ids(layout), {u.id: u for u in reversed(chart.units)}
    rank = {t.id: i for i, t in reversed(list(enumerate(chart.tiers)))}
    rows = _rows(chart, layout, nodes, frame)
    routes = _json_edges(data, names)
    for uid in layout.connectors:
        parent = units[units[uid].parent]
        tail, head = ids[parent.id], ids[uid]
        span = (rank[parent.tier], rank[units[uid].tier])
        points = _orthogonal(frame, nodes[tail], nodes[head], rows, span,
                             routes.get((tail, head), []))
        out.connectors.append((tail, head, points))
    for line in layout.links:
        tail, head = ids[line.source], ids[line.target]
        if (tail, head) in routes:
            out.links.append((line.link, tail, head, routes[tail, head],
                              _label_centre(data, names, tail, head)))
    out.bands = _dot_bands(chart, nodes, frame)
    return out


def _dot_bands(chart: Chart, nodes: Mapping[str, _Node],
               frame: _Frame) -> list[tuple[str, float, float, float, float]]:
    """Each tier's band: as deep as its cell, from the cell across the chart."""
    ends = [frame.to_frame((n.x + s * n.w / 2, n.y + s * n.h / 2))[0]
            for n in nodes.values() for s in (-1, 1)]
    if not ends:
        return []
    reach = max(ends) + BAND_PAD
    bands = []
    for i, tier in enumerate(chart.tiers):
        cell = nodes.get(f"t{i}")
        if cell is None:
            continue
        b, near, far = frame.extent(cell)
        half = (cell.w if frame.tb else cell.h) / 2
        corners = [frame.from_frame(b - half, near), frame.from_frame(reach, far)]
        (x0, y0), (x1, y1) = corners
        color = tint(safe_color(tier.color), BAND_TINT)
        bands.append((color, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return bands


def _column(nodes: dict[str, _Node], cells: Mapping[str, Size], frame: _Frame) -> None:
    """Put the tier cells, full size, in a column before the first card,
    each level with its holder (which dot placed in its tier's rank)."""
    cards = [frame.extent(n) for name, n in nodes.items() if name not in cells]
    halves = [(n.w if frame.tb else n.h) / 2 for name, n in nodes.items() if name not in cells]
    start = min((b - half for (b, _, _), half in zip(cards, halves, strict=True)), default=0.0)
    breadth = max((w if frame.tb else h for w, h in cells.values()), default=0.0)
    for name, (w, h) in cells.items():
        holder = nodes.get(name)
        if holder is None:
            continue
        _, near, far = frame.extent(holder)
        x, y = frame.from_frame(start - COLUMN_GAP - breadth / 2, (near + far) / 2)
        nodes[name] = _Node(x, y, w, h)


class _Frame:
    """Coordinates along a tier (breadth) and across the tiers (depth, growing
    from the first tier to the last), for either orientation."""

    def __init__(self, tb: bool) -> None:
        self.tb = tb

    def to_frame(self, p: Point) -> Point:
        x, y = p
        return (x, -y) if self.tb else (-y, x)

    def from_frame(self, breadth: float, depth: float) -> Point:
        return (breadth, -depth) if self.tb else (depth, -breadth)

    def extent(self, node: _Node) -> tuple[float, float, float]:
        """A node's breadth centre and its near and far side in depth."""
        b, d = self.to_frame((node.x, node.y))
        half = (node.h if self.tb else node.w) / 2
        return b, d - half, d + half


@dataclass
class _Row:
    """A tier's row after dot: where it is across the tiers, and the
    stretches along it that its cards take."""

    near: float
    far: float
    cards: list[tuple[float, float]]

    def clear(self, breadth: float, margin: float = 6.0) -> bool:
        return not any(lo - margin <= breadth <= hi + margin for lo, hi in self.cards)


def _rows(chart: Chart, layout: Layout, nodes: Mapping[str, _Node],
          frame: _Frame) -> list[_Row]:
    """Each tier's row: its cards, or its cell when it has none."""
    members: list[list[str]] = [[f"t{i}"] for i in range(len(chart.tiers))]
    rank = {t.id: i for i, t in reversed(list(enumerate(chart.tiers)))}
    units = {u.id: u for u in reversed(chart.units)}
    for uid, node in node_ids(layout).items():
        members[rank[units[uid].tier]].append(node)
    out = []
    for names in members:
        cards = [n for n in names[1:] if n in nodes] or [n for n in names if n in nodes]
        sides = [frame.extent(nodes[n]) for n in cards]
        halves = [(nodes[n].w if frame.tb else nodes[n].h) / 2 for n in cards]
        spans = [(b - half, b + half) for (b, _, _), half in zip(sides, halves, strict=True)]
        out.append(_Row(min((s[1] for s in sides), default=0.0),
                        max((s[2] for s in sides), default=0.0), spans))
    return out


def _orthogonal(frame: _Frame, parent: _Node, child: _Node, rows: Sequence[_Row],
                span: tuple[int, int], route: Sequence[Point]) -> list[Point]:
    """The connector from parent to child, turning on the bus of the gap
    above the child. Past skipped tiers it runs straight down where that is
    clear of their cards (at the child, the parent or where dot's route
    went), else it follows dot's route, jogging on each gap's bus."""
    first, last = span
    pb, _, p_far = frame.extent(parent)
    cb, c_near, _ = frame.extent(child)
    buses = [(rows[k].far + rows[k + 1].near) / 2 for k in range(first, last)]
    between = rows[first + 1:last]
    track = [frame.to_frame(p) for p in route]
    crossings = [_breadth_at(track, (row.near + row.far) / 2, pb) for row in between]
    straight = next((b for b in (cb, pb, *crossings)
                     if all(row.clear(b) for row in between)), None)
    if straight is not None:
        points = [(pb, p_far), (pb, buses[0]), (straight, buses[0]), (straight, buses[-1]),
                  (cb, buses[-1]), (cb, c_near)]
    else:
        points = [(pb, p_far)]
        for bus, breadth in zip(buses, [*crossings, cb], strict=True):
            points += [(points[-1][0], bus), (breadth, bus)]
        points.append((cb, c_near))
    return [frame.from_frame(b, d) for b, d in _without_repeats(points)]


def _breadth_at(track: Sequence[Point], depth: float, default: float) -> float:
    """Where a polyline (breadth, depth) crosses the given depth."""
    for (b0, d0), (b1, d1) in zip(track, track[1:], strict=False):
        if min(d0, d1) <= depth <= max(d0, d1) and d0 != d1:
            return b0 + (b1 - b0) * (depth - d0) / (d1 - d0)
    return default


def _without_repeats(points: list[Point]) -> list[Point]:
    out = [points[0]]
    for p in points[1:]:
        if abs(p[0] - out[-1][0]) > 1e-6 or abs(p[1] - out[-1][1]) > 1e-6:
            out.append(p)
    return out


def _json_nodes(data: dict) -> tuple[dict[str, _Node], dict[int, str]]:
    nodes, names = {}, {}
    for obj in data.get("objects", []):
        if "pos" not in obj:
            continue  # a subgraph
        x, y = (float(v) for v in obj["pos"].split(","))
        nodes[obj["name"]] = _Node(x, y, float(obj["width"]) * 72, float(obj["height"]) * 72)
        names[obj["_gvid"]] = obj["name"]
    return nodes, names


def _json_edges(data: dict, names: Mapping[int, str]) -> dict[tuple[str, str], list[Point]]:
    """(tail, head) -> the control points of the edge's B-spline."""
    routes = {}
    for edge in data.get("edges", []):
        if edge.get("style") == "invis" or "pos" not in edge:
            continue
        points = [tuple(float(v) for v in item.split(","))
                  for item in edge["pos"].split() if not item.startswith(("e,", "s,"))]
        routes[names[edge["tail"]], names[edge["head"]]] = points
    return routes


def _label_centre(data: dict, names: Mapping[int, str], tail: str, head: str) -> Point | None:
    for edge in data.get("edges", []):
        if (names.get(edge["tail"]), names.get(edge["head"])) == (tail, head):
            where = edge.get("xlp") or edge.get("lp")
            if where:
                x, y = (float(v) for v in where.split(","))
                return x, y
    return None
