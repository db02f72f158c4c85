"""GraphML: the chart for yEd and other graph tools, and plain GraphML read back.

Owns the format's entry points (`export`; `import_chart` comes from
`graphml_import`, which owns reading) and the export:

- **Export** builds a networkx `DiGraph` (units as nodes, reporting lines
  parent → child, links as edges of their kind) whose data keys carry the
  tier, the names in every language, people, notes and the tier's duties,
  writes it with `networkx.generate_graphml`, and adds yEd's graphics to
  the XML: a rounded `y:ShapeNode` per unit at the place our layout gives
  it, in its tier's colour with its label, and `y:PolyLineEdge`s along the
  layout's connectors, links dashed. yEd opens the file already laid out.
- **Import** reads plain GraphML (yEd's or any tool's): nodes become units,
  edges reporting lines (source = parent), edges whose `kind` is a link kind
  links. The tier comes from a `tier` or `level` key when the nodes have
  one, else from the depth in the hierarchy. What cannot be taken as it is
  (a unit with two parents, a cycle) is reported, and what could be read is
  kept.

The file is checked with defusedxml before networkx (which uses the
standard library's parser) sees it: a document type declaration or an
entity is refused, so no entity expansion can run away.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path

import networkx as nx

from orgchart.fileformat import clean
from orgchart.formats import ExportError, ExportOptions
from orgchart.formats.atomic_write import write_atomically
from orgchart.formats.graphml_import import GRAPHML_NS, REPORTS, import_chart, read_graph
from orgchart.layout import Box, Layout, LayoutOptions, approx_box_size, layout_chart
from orgchart.model import TIER_PALETTE, Chart, Person, Tier, Unit
from orgchart.text import BOTH

__all__ = ["export", "graph_of", "graphml_bytes", "import_chart", "read_graph"]

Y_NS = "http://www.yworks.com/xml/graphml"
CONNECTOR = "#7d8796"
#: yEd's line types for our link kinds (dotted reporting, dashed coordination...).
LINE_TYPES = {"dotted-line": "dotted", "coordination": "dashed", "supervision": "dashed_dotted"}
ARROW_KINDS = ("dotted-line", "supervision")
_NODE_GRAPHICS, _EDGE_GRAPHICS = "ng", "eg"


# --------------------------------------------------------------------------
# Export


def export(chart: Chart, path: Path, options: ExportOptions) -> list[str]:
    """Write the chart as GraphML with yEd graphics; no warnings."""
    display = options.display_for(chart)
    if display != BOTH and display not in chart.languages:
        raise ExportError(f"the chart's languages are {', '.join(chart.languages)}; "
                          f"{display} is not one of them")
    write_atomically(Path(path), graphml_bytes(chart, display, options.orientation))
    return []


def graphml_bytes(chart: Chart, display: str, orientation: str = "tb") -> bytes:
    """The GraphML document of a chart (UTF-8)."""
    layout = layout_chart(chart, lambda u: approx_box_size(u, display, chart.languages),
                          LayoutOptions(orientation=orientation, display=display))
    graph = _cleaned(graph_of(chart, display, layout))
    text = "\n".join(nx.generate_graphml(graph, encoding="utf-8", prettyprint=False))
    root = ET.fromstring(text.encode("utf-8"))  # our own output: no untrusted XML here
    _add_yed_graphics(root, chart, display, layout)
    ET.register_namespace("", GRAPHML_NS)
    ET.register_namespace("y", Y_NS)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _cleaned(graph: nx.DiGraph) -> nx.DiGraph:
    """Text XML can carry: no control characters or lone surrogates (a chart
    built in memory may hold them; a file read never does)."""
    def fix(data: dict) -> dict:
        return {clean(k): (clean(v) if isinstance(v, str) else v) for k, v in data.items()}

    out = nx.DiGraph(**fix(graph.graph))
    out.add_nodes_from((clean(n), fix(d)) for n, d in graph.nodes(data=True))
    out.add_edges_from((clean(a), clean(b), fix(d)) for a, b, d in graph.edges(data=True))
    return out


def graph_of(chart: Chart, display: str, layout: Layout | None = None) -> nx.DiGraph:
    """The chart as a networkx graph with its data keys (drawn units only
    when a layout is given: collapsed branches stay hidden)."""
    graph = nx.DiGraph(title=chart.title.show(display, chart.languages),
                       languages=",".join(chart.languages),
                       **{f"title.{lang}": value for lang, value in chart.title.items() if lang})
    drawn = layout.boxes if layout is not None else {u.id: None for u in chart.units}
    ranks = {t.id: i for i, t in enumerate(chart.tiers)}
    tiers = {t.id: t for t in chart.tiers}
    duties = _duties_by_tier(chart, display)
    for unit in chart.units:
        if unit.id in drawn and unit.id not in graph:
            graph.add_node(unit.id, **_node_data(chart, unit, tiers.get(unit.tier),
                                                 ranks.get(unit.tier, 0), display, duties))
    for unit in chart.units:
        if unit.parent in graph and unit.id in graph and not graph.has_edge(unit.parent, unit.id):
            graph.add_edge(unit.parent, unit.id, kind=REPORTS)
    for link in chart.links:
        if link.source in graph and link.target in graph and \
                not graph.has_edge(link.source, link.target):
            graph.add_edge(link.source, link.target, kind=link.kind, id=link.id,
                           label=link.label.show(display, chart.languages))
    return graph


def _node_data(chart: Chart, unit: Unit, tier: Tier | None, rank: int, display: str,
               duties: dict[str, str]) -> dict[str, object]:
    langs = chart.languages
    data: dict[str, object] = {
        "label": unit.name.show(display, langs), "name": unit.name.pick(langs[0], langs),
        "tier": unit.tier, "level": rank + 1,
    }
    for lang, value in unit.name.items():
        if lang:
            data[f"name.{lang}"] = value
    if tier is not None:
        data["tier_name"] = tier.name.show(display, langs)
        data["tier_color"] = tier.color
        for lang, value in tier.name.items():
            if lang:
                data[f"tier_name.{lang}"] = value
    people = [_person_line(p, display, langs) for p in unit.people]
    if any(people):
        data["people"] = "\n".join(p for p in people if p)
    if unit.notes:
        data["notes"] = unit.notes.show(display, langs)
        data.update({f"notes.{lang}": value for lang, value in unit.notes.items() if lang})
    own = "\n".join(d for d in (duties.get(unit.tier), duties.get(unit.id)) if d)
    if own:
        data["duties"] = own
    return data


def _person_line(person: Person, display: str, languages: list[str]) -> str:
    """"name (title)", "name", or "(title)": readable in yEd, parsed back on import."""
    name = person.name.show(display, languages).replace("\n", " / ")
    title = person.title.show(display, languages).replace("\n", " / ")
    if name and title:
        return f"{name} ({title})"
    return name or (f"({title})" if title else "")


def _duties_by_tier(chart: Chart, display: str) -> dict[str, str]:
    """Each tier's duties, one a line: "role: duty"."""
    roles = {r.code: r.name.show(display, chart.languages).replace("\n", " / ")
             for r in chart.roles}
    out: dict[str, list[str]] = {}
    for duty in chart.duties:
        text = duty.text.show(display, chart.languages).replace("\n", " / ")
        for target, code in duty.assign.items():
            out.setdefault(target, []).append(f"{roles.get(code, code)}: {text}")
    return {tier: "\n".join(lines) for tier, lines in out.items()}


def _q(tag: str, ns: str = GRAPHML_NS) -> str:
    return f"{{{ns}}}{tag}"


def _add_yed_graphics(root: ET.Element, chart: Chart, display: str, layout: Layout) -> None:
    """yEd's node and edge graphics, keyed as yEd expects them."""
    graph = root.find(_q("graph"))
    assert graph is not None
    index = list(root).index(graph)
    for i, (key, target) in enumerate(((_NODE_GRAPHICS, "node"), (_EDGE_GRAPHICS, "edge"))):
        element = ET.Element(_q("key"), {"id": key, "for": target, "yfiles.type":
                                         f"{target}graphics"})
        root.insert(index + i, element)
    # the graph's ids were cleaned for XML (`_cleaned`); look the layout up the same way
    boxes = {clean(k): v for k, v in layout.boxes.items()}
    connectors = {clean(k): v for k, v in layout.connectors.items()}
    lines = {clean(ln.link): ln for ln in layout.links}
    units = {clean(u.id): u for u in chart.units}
    colors = {t.id: t.color for t in chart.tiers}
    for node in graph.iter(_q("node")):
        uid = node.get("id", "")
        if uid in boxes:
            unit = units[uid]
            _shape_node(node, boxes[uid], colors.get(unit.tier, TIER_PALETTE[-1]),
                        clean(unit.name.show(display, chart.languages)))
    links = {clean(k.id): k for k in chart.links}
    for edge in graph.iter(_q("edge")):
        ends = (edge.get("source", ""), edge.get("target", ""))
        kind, link_id = _edge_kind(edge, root)
        if kind == REPORTS:
            _poly_line(edge, boxes, ends, connectors.get(ends[1], ()), "line", CONNECTOR,
                       False, "")
        else:
            line, link = lines.get(link_id or ""), links.get(link_id or "")
            label = clean(link.label.show(display, chart.languages)) if link else ""
            _poly_line(edge, boxes, ends, line.points if line else (),
                       LINE_TYPES.get(kind, "dashed"), "#4b5563", kind in ARROW_KINDS, label)


def _edge_kind(edge: ET.Element, root: ET.Element) -> tuple[str, str | None]:
    """The `kind` and `id` data of an edge, through the key ids networkx chose."""
    names = {k.get("id"): k.get("attr.name") for k in root.iter(_q("key"))}
    values = {names.get(d.get("key")): d.text for d in edge.iter(_q("data"))}
    return values.get("kind") or REPORTS, values.get("id")


def _shape_node(node: ET.Element, box: Box, color: str, label: str) -> None:
    data = ET.SubElement(node, _q("data"), {"key": _NODE_GRAPHICS})
    shape = ET.SubElement(data, _q("ShapeNode", Y_NS))
    ET.SubElement(shape, _q("Geometry", Y_NS), {
        "x": f"{box.x:.1f}", "y": f"{box.y:.1f}", "width": f"{box.w:.1f}",
        "height": f"{box.h:.1f}"})
    ET.SubElement(shape, _q("Fill", Y_NS), {"color": color.upper(), "transparent": "false"})
    ET.SubElement(shape, _q("BorderStyle", Y_NS), {"color": "#1F2328", "type": "line",
                                                   "width": "1.0"})
    text = ET.SubElement(shape, _q("NodeLabel", Y_NS), {
        "alignment": "center", "autoSizePolicy": "content", "fontFamily": "Dialog",
        "fontSize": "12", "fontStyle": "plain", "hasBackgroundColor": "false",
        "hasLineColor": "false", "modelName": "internal", "modelPosition": "c",
        "textColor": _ink_on(color), "visible": "true"})
    text.text = label
    ET.SubElement(shape, _q("Shape", Y_NS), {"type": "roundrectangle"})


def _poly_line(edge: ET.Element, boxes: Mapping[str, Box], ends: tuple[str, str],
               points: Iterable[tuple[float, float]], line_type: str, color: str,
               arrow: bool, label: str) -> None:
    """A polyline edge: ends given from the nodes' centres, bends in between."""
    pts = list(points)
    data = ET.SubElement(edge, _q("data"), {"key": _EDGE_GRAPHICS})
    line = ET.SubElement(data, _q("PolyLineEdge", Y_NS))
    a, b = boxes.get(ends[0]), boxes.get(ends[1])
    ends = {"sx": "0", "sy": "0", "tx": "0", "ty": "0"}
    if pts and a is not None and b is not None:
        ends = {"sx": f"{pts[0][0] - a.cx:.1f}", "sy": f"{pts[0][1] - a.cy:.1f}",
                "tx": f"{pts[-1][0] - b.cx:.1f}", "ty": f"{pts[-1][1] - b.cy:.1f}"}
    path = ET.SubElement(line, _q("Path", Y_NS), ends)
    for x, y in pts[1:-1]:
        ET.SubElement(path, _q("Point", Y_NS), {"x": f"{x:.1f}", "y": f"{y:.1f}"})
    ET.SubElement(line, _q("LineStyle", Y_NS), {"color": color.upper(), "type": line_type,
                                                "width": "1.0"})
    ET.SubElement(line, _q("Arrows", Y_NS), {"source": "none",
                                             "target": "standard" if arrow else "none"})
    if label:
        text = ET.SubElement(line, _q("EdgeLabel", Y_NS), {
            "alignment": "center", "fontFamily": "Dialog", "fontSize": "11",
            "modelName": "centered", "modelPosition": "center", "textColor": "#4B5563",
            "visible": "true"})
        text.text = label
    ET.SubElement(line, _q("BendStyle", Y_NS), {"smoothed": "false"})


def _ink_on(color: str) -> str:
    """White on a dark fill, black on a light one."""
    r, g, b = (int(color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return "#FFFFFF" if 0.299 * r + 0.587 * g + 0.114 * b < 150 else "#1F2328"
