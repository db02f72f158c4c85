"""Reading GraphML: plain GraphML from yEd or any graph tool becomes a chart.

Owns the import half of the GraphML format (`graphml` re-exports
`import_chart`, the entry point the `orgchart import` command and the app
use). Nodes become units, edges reporting lines (source = the manager,
target = who reports), edges whose `kind` is a link kind become links. The
tier comes from a `tier` or `level` key when the nodes have one, else from
the depth in the hierarchy; names, people and notes from the keys this
program writes (`name.<lang>`, `people`, `notes.<lang>`...), else from
`name`, `label` (yEd's node label) or the node's id. What cannot be taken
as it is (a unit with two managers, a cycle, a node without a tier) is
reported, and what could be read is kept.

The file is checked with defusedxml before networkx (which uses the
standard library's parser) sees it: a document type declaration or an
entity is refused, so no entity expansion can run away.
"""

from __future__ import annotations

import os
import re
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from orgchart.fileformat import LoadError, clean, read_limited
from orgchart.formats import ImportOptions, ImportResult
from orgchart.model import (
    COLOR_RE,
    LANG_RE,
    LINK_KINDS,
    TIER_PALETTE,
    Chart,
    Link,
    Person,
    Tier,
    Unit,
    raci_roles,
)
from orgchart.text import Text

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
#: The edge kind of a reporting line (links carry their own kinds).
REPORTS = "reports-to"
MAX_BYTES = 64 * 2**20


def import_chart(path: Path, options: ImportOptions | None = None) -> ImportResult:
    """A chart from a GraphML file; raises `LoadError` naming the file and place."""
    options = options or ImportOptions()
    source = os.fspath(path)
    graph = read_graph(_read(path, source), source)
    return _Builder(graph, options.language, Path(path).stem, source).build()


def _read(path: Path, source: str) -> bytes:
    return read_limited(path, source, MAX_BYTES, "GraphML files")


def read_graph(data: bytes, source: str) -> nx.Graph:
    """The graph of a GraphML document, checked to be safe XML first."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except DefusedXmlException:
        raise LoadError(source, "", "the file declares a document type or entities, which "
                                    "GraphML does not need; it is not read, to be safe") from None
    except ET.ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        reason = str(error).split(":")[0]
        raise LoadError(source, f"line {line}, column {column + 1}",
                        f"not well-formed XML ({reason})") from None
    if root.tag not in (f"{{{GRAPHML_NS}}}graphml", "graphml"):
        raise LoadError(source, "", f"this is XML but not GraphML (its root element is "
                                    f"<{root.tag.split('}')[-1]}>)")
    try:
        with warnings.catch_warnings():
            # networkx warns of keys without a type (yEd writes some); they read as text
            warnings.simplefilter("ignore")
            return nx.parse_graphml(data, node_type=str)
    except (nx.NetworkXError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise LoadError(source, "", f"the GraphML cannot be read: {error}") from None


class _Builder:
    """Turns a networkx graph into a chart, collecting what it had to change."""

    def __init__(self, graph: nx.Graph, language: str | None, title: str,
                 source: str = "") -> None:
        self.graph, self.language = graph, language
        self.source = source or title
        self.problems: list[str] = []
        listed = [lang.strip() for lang in str(graph.graph.get("languages", "")).split(",")]
        self.languages = [lang for lang in listed if LANG_RE.match(lang)] or \
            ([language] if language else ["en"])
        self.title = str(graph.graph.get("title") or title).replace("\n", " ")

    def text(self, value: object) -> Text:
        value = clean(str(value)).strip()
        return Text({self.language: value}) if self.language else Text(value)

    def build(self) -> ImportResult:
        title = self._texts(self.graph.graph, "title") or self.text(self.title)
        chart = Chart(title, list(self.languages), raci_roles(self.languages))
        if self.graph.number_of_nodes() == 0:
            raise LoadError(self.source, "", "the graph has no nodes to make units of")
        ids = self._unit_ids()
        parents, links = self._edges(ids)
        self._break_cycles(ids, parents)
        tiers, tier_of = self._tiers(ids, parents)
        chart.tiers = tiers
        for node, uid in ids.items():
            data = self.graph.nodes[node]
            chart.units.append(Unit(uid, self._texts(data, "name") or self._name(node, data),
                                    tier_of[node], ids.get(parents.get(node)),
                                    self._people(data),
                                    self._texts(data, "notes") or self.text(data.get("notes", ""))))
        chart.links = [Link(f"link-{i}", ids[a], ids[b], kind, self.text(label))
                       for i, (a, b, kind, label) in enumerate(links, 1)]
        return ImportResult(chart, self.problems)

    # -- units -------------------------------------------------------------------

    def _unit_ids(self) -> dict[str, str]:
        """Node id -> unit id: the node's own id, cleaned and unique."""
        used: set[str] = set()
        out = {}
        for node in self.graph.nodes:
            wanted = clean(str(node)).strip() or "unit"
            uid, n = wanted, 1
            while uid in used:
                n += 1
                uid = f"{wanted}-{n}"
            used.add(uid)
            out[node] = uid
        return out

    def _texts(self, data: dict, key: str) -> Text:
        """A label from its per-language keys ("name.en", "name.zh-Hant"), as
        this program writes them; empty when there are none."""
        return Text({lang: clean(str(data[f"{key}.{lang}"])).strip()
                     for lang in self.languages if data.get(f"{key}.{lang}")})

    def _name(self, node: str, data: dict) -> Text:
        for key in ("name", "label", "description"):
            if str(data.get(key, "")).strip():
                return self.text(str(data[key]).replace("\n", " "))
        return self.text(node)

    def _people(self, data: dict) -> tuple[Person, ...]:
        out = []
        for line in str(data.get("people", "")).splitlines():
            match = re.fullmatch(r"\s*(.*?)\s*\((.*)\)\s*", line)
            name, title = (match.group(1), match.group(2)) if match else (line.strip(), "")
            if name or title:
                out.append(Person(self.text(name), self.text(title)))
        return tuple(out)

    # -- edges -------------------------------------------------------------------------

    def _edges(self, ids: dict[str, str]) -> tuple[dict[str, str], list[tuple]]:
        """Reporting lines (child -> parent; the first edge into a node wins)
        and links (source, target, kind, label)."""
        parents: dict[str, str] = {}
        links: list[tuple] = []
        directed = self.graph.is_directed()
        for a, b, data in self.graph.edges(data=True):
            kind = str(data.get("kind", REPORTS))
            if a == b:
                self.problems.append(f"the edge from {ids[a]} to itself is left out")
                continue
            if kind in LINK_KINDS:
                links.append((a, b, kind, data.get("label", "")))
            elif b in parents and parents[b] != a:
                self.problems.append(f"{ids[b]} reports to both {ids[parents[b]]} and {ids[a]}; "
                                     f"it stays under {ids[parents[b]]} and the line from "
                                     f"{ids[a]} becomes a dotted line")
                links.append((a, b, LINK_KINDS[0], ""))
            elif b not in parents:
                parents[b] = a
        if not directed and self.graph.number_of_edges():
            self.problems.append("the graph is undirected; each edge is read from its source "
                                 "(the manager) to its target")
        return parents, links

    def _break_cycles(self, ids: dict[str, str], parents: dict[str, str]) -> None:
        """A unit in a cycle of reporting lines loses its parent (it becomes a top unit)."""
        state: dict[str, int] = {}  # 1: on the current walk, 2: known to reach a top
        for start in list(parents):
            walk, node = [], start
            while node in parents and state.get(node) is None:
                state[node] = 1
                walk.append(node)
                node = parents[node]
            if state.get(node) == 1:  # came back to the walk: a cycle
                self.problems.append(f"the reporting lines through {ids[node]} form a cycle; "
                                     f"{ids[node]} is made a top unit")
                del parents[node]
            for n in walk:
                state[n] = 2

    # -- tiers ---------------------------------------------------------------------------

    def _depths(self, parents: dict[str, str]) -> dict[str, int]:
        depth: dict[str, int] = {}
        for node in self.graph.nodes:
            chain, n = [], node
            while n not in depth and n in parents:
                chain.append(n)
                n = parents[n]
            base = depth.setdefault(n, 0)
            for i, m in enumerate(reversed(chain), 1):
                depth[m] = base + i
        return depth

    def _tiers(self, ids: dict[str, str],
               parents: dict[str, str]) -> tuple[list[Tier], dict[str, str]]:
        """The tiers, top first, and each node's tier: by a `tier` key, a
        `level` key, or the depth below the top."""
        nodes = self.graph.nodes
        depth = self._depths(parents)
        key = "tier" if any(str(nodes[n].get("tier", "")).strip() for n in nodes) else \
            "level" if any(str(nodes[n].get("level", "")).strip() for n in nodes) else None
        value = {n: (str(nodes[n].get(key, "")).strip() if key else "") for n in nodes}
        missing = [n for n in nodes if key and not value[n]]
        if missing:
            self.problems.append(f"{len(missing)} node(s) have no {key} (such as "
                                 f"{ids[missing[0]]}); they are put on the tier of their depth")
        for n in nodes:
            if not value[n]:
                value[n] = f"\0{depth[n]}"  # by depth, sorted with the levels
        order = sorted(set(value.values()), key=lambda v: self._rank_key(v, key, value, depth))
        used = set(ids.values())
        tiers = [self._tier(v, i, key, used) for i, v in enumerate(order)]
        by_value = dict(zip(order, (t.id for t in tiers), strict=True))
        return tiers, {n: by_value[value[n]] for n in nodes}

    def _rank_key(self, v: str, key: str | None, value: dict[str, str],
                  depth: dict[str, int]) -> tuple:
        """Levels by number; named tiers by their `level` data or how deep their units are."""
        if v.startswith("\0"):
            return (int(v[1:]), 1, v)
        members = [n for n, w in value.items() if w == v]
        levels = [_number(self.graph.nodes[n].get("level")) for n in members]
        level = min((x for x in levels if x is not None), default=None)
        if key == "level" and _number(v) is not None:
            return (_number(v) - 1, 0, v)
        if level is not None:
            return (level - 1, 0, v)
        return (min(depth[n] for n in members), 0, v)

    def _tier(self, v: str, i: int, key: str | None, used: set[str]) -> Tier:
        sample = next((self.graph.nodes[n] for n in self.graph.nodes
                       if str(self.graph.nodes[n].get(key or "", "")).strip() == v), {})
        if v.startswith("\0") or key == "level":
            number = int(v[1:]) + 1 if v.startswith("\0") else v
            name = Text(_level_name(number, self.languages))
        else:
            names = {lang: str(sample[f"tier_name.{lang}"]) for lang in self.languages
                     if sample.get(f"tier_name.{lang}")}
            name = Text(names) if names else self.text(sample.get("tier_name") or v)
        wanted = v if key == "tier" and v and not v.startswith("\0") else f"level-{i + 1}"
        tid, n = wanted, 1
        while tid in used:
            n += 1
            tid = f"{wanted}-{n}"
        used.add(tid)
        color = str(sample.get("tier_color", ""))
        return Tier(tid, name, color=color if COLOR_RE.match(color)
                    else TIER_PALETTE[i % len(TIER_PALETTE)])


def _number(value: object) -> int | None:
    try:
        return int(float(str(value)))
    except (TypeError, ValueError, OverflowError):  # OverflowError: "inf", "1e400"
        return None


def _level_name(number: object, languages: list[str]) -> dict[str, str]:
    words = {"en": "Level {n}", "zh-Hant": "第 {n} 級", "zh-Hans": "第 {n} 级"}
    return {lang: words.get(lang, words["en"]).format(n=number) for lang in languages}
