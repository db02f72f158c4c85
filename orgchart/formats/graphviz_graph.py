"""The DOT graphs of the Graphviz export that Graphviz lays out or measures.

Owns the graph's structure for `dot` and the shared look (fonts, colours of
lines, margins); the labels come from `graphviz_labels`, the drawn form with
fixed positions from `graphviz_drawing`.

The **ranked** graph is what `dot` lays out, and what a .dot export holds:
one node per visible unit, one rank per tier (`rank=same`), and the tier
cells, one per tier, chained in order (invisible, heavily weighted so the
chain stays straight). In each rank an invisible chain runs from the
tier's cell through the tier's units in our layout's order: dot keeps the
tail of a weighted edge within a rank left of its head, so the units keep
the order of the tidy tree, which has no crossings (without it, links
pulled units in among another parent's children and two parents' buses
overlapped), and the cell usually comes first. For an image the cells are
only thin holders of their ranks, and `graphviz_drawing` draws them in a
column at the side. Links are dashed and leave the ranking and the placing
alone (`constraint=false`, `weight=0`).

Node ids are generated (`u0`, `u1`, … for units in the layout's order,
`t0`, … for tiers), never user text; the only user text in any graph is
inside HTML-like labels built by `graphviz_labels`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from orgchart.layout import Layout
from orgchart.model import Chart, Unit

__all__ = ["BAND_PAD", "CONNECTOR", "DotGraph", "GraphStyle", "Html", "LINK", "base_graph",
           "measuring_graph", "node_ids", "parse_sizes", "ranked_graph", "rows", "tier_ids"]

CONNECTOR = "#6b7785"
LINK = "#8e44ad"
#: Between cards of one tier, and between tiers' bands, in inches (dot's units).
NODESEP, RANKSEP = 0.25, 0.5
#: Around a tier's row of cards, inside its band, in points.
BAND_PAD = 10.0

Size = tuple[float, float]


class GraphStyle:
    """What every graph of one export shares beyond its labels."""

    def __init__(self, fontname: str, orientation: str = "tb", dpi: int | None = None) -> None:
        self.fontname, self.orientation, self.dpi = fontname, orientation, dpi

    @property
    def tb(self) -> bool:
        return self.orientation == "tb"


def node_ids(layout: Layout) -> dict[str, str]:
    """Unit id -> its node id, in the layout's order (parents first)."""
    return {uid: f"u{i}" for i, uid in enumerate(layout.boxes)}


def tier_ids(chart: Chart) -> dict[str, str]:
    """Tier id -> its cell's node id (a repeated tier id: its first tier)."""
    out: dict[str, str] = {}
    for i, tier in enumerate(chart.tiers):
        out.setdefault(tier.id, f"t{i}")
    return out


def rows(chart: Chart, layout: Layout) -> dict[str, list[str]]:
    """Tier id -> its drawn units, in the order our layout put them."""
    units = _units(chart)
    tb = layout.orientation == "tb"
    found: dict[str, list[tuple[float, str]]] = {}
    for uid, box in layout.boxes.items():
        found.setdefault(units[uid].tier, []).append((box.x if tb else box.y, uid))
    return {tier: [uid for _, uid in sorted(row)] for tier, row in found.items()}


def _units(chart: Chart) -> dict[str, Unit]:
    """Unit id -> unit; a repeated id is its first unit, as the layout draws."""
    out: dict[str, Unit] = {}
    for unit in chart.units:
        out.setdefault(unit.id, unit)
    return out


# --------------------------------------------------------------------------
# Writing DOT


class Html(str):
    """An HTML-like label from `graphviz_labels` (with its outer < and >),
    written as it is; every other value is written quoted."""


_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_PLAIN = re.compile(r'^[^"\\\n\r]*$')


class DotGraph:
    """Writes a directed graph as DOT text.

    pydot does this too, but for a 30,000-unit chart it spent 12 of 24
    seconds deciding character by character which values to quote, and it
    quotes a value ending in a backslash wrongly. Here nothing needs
    deciding: node ids are ours (checked), labels are `Html`, and the other
    values are ours too and never hold a quote, a backslash or a line break
    (checked), so they are written between quotes.
    """

    def __init__(self) -> None:
        self._defaults: dict[str, dict[str, str]] = {"graph": {}, "node": {}, "edge": {}}
        self._body: list[str] = []

    def set_graph_defaults(self, **attrs: str) -> None:
        self._defaults["graph"].update(attrs)

    def set_node_defaults(self, **attrs: str) -> None:
        self._defaults["node"].update(attrs)

    def set_edge_defaults(self, **attrs: str) -> None:
        self._defaults["edge"].update(attrs)

    def add_node(self, name: str, **attrs: str) -> None:
        self._body.append(f"{_id(name)}{_attrs(attrs)};")

    def add_edge(self, tail: str, head: str, **attrs: str) -> None:
        self._body.append(f"{_id(tail)} -> {_id(head)}{_attrs(attrs)};")

    def add_subgraph(self, name: str, nodes: Iterable[str] = (), **attrs: str) -> None:
        members = " ".join(f"{_id(n)};" for n in nodes)
        self._body.append(f"subgraph {_id(name)} {{ graph{_attrs(attrs)}; {members} }}")

    def to_string(self) -> str:
        head = [f"{kind}{_attrs(attrs)};" for kind, attrs in self._defaults.items() if attrs]
        return "\n".join(["digraph chart {", *head, *self._body, "}", ""])


def _id(name: str) -> str:
    if not _ID.match(name):
        raise ValueError(f"not a generated node id: {name!r}")
    return name


def _value(value: str) -> str:
    if isinstance(value, Html):
        return value
    if not _PLAIN.match(value):
        raise ValueError(f"a quote, backslash or line break in an attribute: {value!r}")
    return f'"{value}"'


def _attrs(attrs: Mapping[str, str]) -> str:
    if not attrs:
        return ""
    return " [" + ", ".join(f"{_id(key)}={_value(value)}" for key, value in attrs.items()) + "]"


# --------------------------------------------------------------------------
# The look shared by every graph


def base_graph(style: GraphStyle) -> DotGraph:
    graph = DotGraph()
    attrs = dict(bgcolor="white", pad="0.3", fontname=style.fontname,
                 outputorder="edgesfirst")
    if style.dpi:
        attrs["dpi"] = str(style.dpi)
    graph.set_graph_defaults(**attrs)
    graph.set_node_defaults(shape="plain", fontname=style.fontname)
    graph.set_edge_defaults(arrowhead="none", color=CONNECTOR, penwidth="1.3",
                            fontname=style.fontname)
    return graph


# --------------------------------------------------------------------------
# Measuring


def measuring_graph(labels: Mapping[str, str], style: GraphStyle) -> str:
    """DOT for `neato -n2 -Tplain`: the labelled nodes at the origin, so that
    Graphviz reports the size it gives each label and does nothing else."""
    graph = base_graph(GraphStyle(style.fontname))
    for node, label in labels.items():
        graph.add_node(node, label=Html(label), pos="0,0")
    return graph.to_string()


def parse_sizes(plain: str) -> dict[str, Size]:
    """Node id -> (width, height) in points, from Graphviz's `plain` output
    (our node ids have no spaces, so the fields before the label are safe)."""
    sizes: dict[str, Size] = {}
    for line in plain.splitlines():
        fields = line.split(" ", 6)
        if fields[0] == "node" and len(fields) >= 6:
            try:
                sizes[fields[1]] = (float(fields[4]) * 72, float(fields[5]) * 72)
            except ValueError:
                continue
    return sizes


# --------------------------------------------------------------------------
# The ranked graph (dot)


def ranked_graph(chart: Chart, layout: Layout, style: GraphStyle,
                 labels: Mapping[str, str], title: str | None = None,
                 link_labels: Mapping[str, str] | None = None,
                 holders: Mapping[str, Size] | None = None) -> DotGraph:
    """The graph for `dot`. `labels`: node id -> label, for every unit of
    `layout` and every tier cell; `link_labels`: link id -> label.

    `holders` (tier cell id -> size in points): the tier cells are then
    hidden, hairline-thin boxes as deep as their rows, which only hold the
    ranks; `graphviz_drawing.from_dot` draws the cells in a column after
    dot has placed the cards. (dot keeps a cell first in its rank only most
    of the time; a thin holder out of place costs one gap between cards.)"""
    graph = base_graph(style)
    graph.set_graph_defaults(rankdir="TB" if style.tb else "LR", nodesep=str(NODESEP),
                             ranksep=str(RANKSEP), splines="polyline", ordering="out",
                             newrank="true")
    if title:
        graph.set_graph_defaults(label=Html(title), labelloc="t", labeljust="l")
    ids, tiers, units = node_ids(layout), tier_ids(chart), _units(chart)
    cells = [f"t{i}" for i in range(len(chart.tiers))]
    for node in cells:
        if holders:
            w, h = holders[node]
            thin = dict(width=f"{w / 72:.4f}", height="0.01") if not style.tb else \
                dict(width="0.01", height=f"{h / 72:.4f}")
            graph.add_node(node, shape="box", style="invis", fixedsize="true", label="", **thin)
        else:
            graph.add_node(node, label=Html(labels[node]))
    for above, below in zip(cells, cells[1:], strict=False):
        graph.add_edge(above, below, style="invis", weight="100")
    for node in ids.values():
        graph.add_node(node, label=Html(labels[node]))
    for i, (tier, row) in enumerate(rows(chart, layout).items()):
        order = [tiers[tier], *(ids[uid] for uid in row)]
        graph.add_subgraph(f"rank{i}", order, rank="same")
        # Only edges of some weight keep their order (dot leaves edges of
        # weight 0 out of its ordering within a rank), and they pull their
        # ends together: the cell's edge has none, so that it does not pull
        # the first card towards the column.
        for left, right in zip(order, order[1:], strict=False):
            graph.add_edge(left, right, style="invis", weight="0" if left == order[0] else "1")
    tail, head = ("s", "n") if style.tb else ("e", "w")
    for uid in layout.connectors:
        graph.add_edge(ids[units[uid].parent], ids[uid], tailport=tail, headport=head)
    for line in layout.links:
        attrs = dict(style="dashed", constraint="false", weight="0", color=LINK,
                     penwidth="1.1")
        if link_labels and line.link in link_labels:
            attrs["xlabel"] = Html(link_labels[line.link])
        graph.add_edge(ids[line.source], ids[line.target], **attrs)
    return graph
