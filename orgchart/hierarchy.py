"""The reporting lines as a graph, and the checks that a chart is a valid
hierarchy with sound duties and links.

`reporting_graph` gives the networkx `DiGraph` (parent -> child) that
validation and the exports share. `validate` runs every rule of DESIGN.md and
returns `Problem`s, errors first. Every rule is a small function over a
shared index, so the whole check stays linear in the size of the chart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import networkx as nx

from orgchart.model import Chart, Unit
from orgchart.problems import SEVERITIES, Problem, problem
from orgchart.text import Text


def reporting_graph(chart: Chart) -> nx.DiGraph:
    """Units as nodes (in chart order), reporting lines as edges parent -> child.

    A parent that is not on the chart gives no edge.
    """
    graph = nx.DiGraph()
    graph.add_nodes_from(u.id for u in chart.units)
    graph.add_edges_from((u.parent, u.id) for u in chart.units
                         if u.parent is not None and u.parent in graph)
    return graph


@dataclass
class _Index:
    """What several rules look up, built once."""

    chart: Chart
    units: dict[str, Unit]
    rank: dict[str, int]

    def name(self, text: Text) -> str:
        langs = self.chart.languages
        return text.pick(langs[0] if langs else "", langs) or "—"

    def unit_name(self, unit_id: str) -> str:
        unit = self.units.get(unit_id)
        return self.name(unit.name) if unit else unit_id

    def tier_name(self, tier_id: str) -> str:
        tier = self.chart.find_tier(tier_id)
        return self.name(tier.name) if tier else tier_id


Rule = Callable[[_Index], Iterator[Problem]]


def _top(ix: _Index) -> Iterator[Problem]:
    if not ix.chart.units:
        yield problem("empty-chart")
        return
    tops = [u for u in ix.chart.units if u.parent is None]
    if not tops:
        yield problem("no-top-unit", ())
    elif len(tops) > 1:
        names = ", ".join(ix.name(u.name) for u in tops[:5]) + (", …" if len(tops) > 5 else "")
        yield problem("several-top-units", tuple(u.id for u in tops), count=len(tops), names=names)


def _cycles(ix: _Index) -> Iterator[Problem]:
    graph = reporting_graph(ix.chart)
    position = {uid: i for i, uid in enumerate(ix.units)}
    found = []
    for cycle in nx.simple_cycles(graph):
        # The graph runs parent -> child; a cycle reads best as "reports to",
        # child -> parent, starting from the unit listed first on the chart.
        order = list(reversed(cycle))
        start = min(range(len(order)), key=lambda i: position[order[i]])
        order = order[start:] + order[:start]
        found.append(order)
    for order in sorted(found, key=lambda o: position[o[0]]):
        path = " → ".join(ix.unit_name(uid) for uid in [*order, order[0]])
        yield problem("cycle", tuple(order), path=path, units=list(order))


def _units(ix: _Index) -> Iterator[Problem]:
    tiers = ix.chart.tiers
    for unit in ix.chart.units:
        name = ix.name(unit.name)
        if unit.name.is_empty():
            yield problem("unit-without-name", (unit.id,), tier=ix.tier_name(unit.tier))
        if unit.tier not in ix.rank:
            yield problem("missing-tier", (unit.id,), name=name, tier=unit.tier)
        if unit.parent is None:
            continue
        parent = ix.units.get(unit.parent)
        if parent is None:
            yield problem("missing-parent", (unit.id,), name=name, parent=unit.parent)
            continue
        mine, theirs = ix.rank.get(unit.tier), ix.rank.get(parent.tier)
        if mine is None or theirs is None or parent.id == unit.id:
            continue
        if mine <= theirs:
            yield problem("tier-not-below-parent", (unit.id, parent.id), name=name,
                          tier=ix.tier_name(unit.tier), parent=ix.name(parent.name),
                          parent_tier=ix.tier_name(parent.tier))
        elif mine > theirs + 1:
            skipped = "、".join(ix.name(t.name) for t in tiers[theirs + 1:mine])
            yield problem("skipped-tier", (unit.id, parent.id), name=name,
                          parent=ix.name(parent.name), skipped=skipped)


def _ids(ix: _Index) -> Iterator[Problem]:
    counts = Counter(ix.chart.all_ids())
    for ident, count in counts.items():
        if count > 1:
            yield problem("duplicate-id", (ident,), id=ident, count=count)
    codes = Counter(r.code for r in ix.chart.roles)
    for code, count in codes.items():
        if count > 1:
            yield problem("duplicate-role-code", (), code=code, count=count)


def _names(ix: _Index) -> Iterator[Problem]:
    for rank, tier in enumerate(ix.chart.tiers, start=1):
        if tier.name.is_empty():
            yield problem("tier-without-name", (tier.id,), rank=rank)
    # Siblings clash when they share a name in any one language.
    groups: dict[tuple[str | None, str, str], list[str]] = defaultdict(list)
    for unit in ix.chart.units:
        for lang, value in unit.name.items():
            if value.strip():
                groups[(unit.parent, lang, value.strip())].append(unit.id)
    reported: set[tuple[str, ...]] = set()
    for (parent, _, value), ids in groups.items():
        if len(ids) > 1 and tuple(ids) not in reported:
            reported.add(tuple(ids))
            parent_name = ix.unit_name(parent) if parent else "—"
            yield problem("duplicate-sibling-name", tuple(ids), count=len(ids),
                          parent=parent_name, name=value)


def _duties(ix: _Index) -> Iterator[Problem]:
    chart = ix.chart
    roles = {r.code: r for r in chart.roles}
    for number, duty in enumerate(chart.duties, start=1):
        text = ix.name(duty.text)
        if duty.text.is_empty():
            yield problem("duty-without-text", (duty.id,), number=number)
        if not duty.assign:
            yield problem("unassigned-duty", (duty.id,), duty=text)
        for target, code in duty.assign.items():
            if target not in ix.rank and target not in ix.units:
                yield problem("unknown-target", (duty.id,), duty=text, target=target)
            if code not in roles:
                yield problem("unknown-role", (duty.id,), duty=text, role=code)
        for code, count in Counter(duty.assign.values()).items():
            role = roles.get(code)
            if role is not None and role.unique and count > 1:
                targets = tuple(t for t, c in duty.assign.items() if c == code)
                yield problem("unique-role-repeated", (duty.id, *targets), duty=text,
                              role=ix.name(role.name) or code, count=count)


def _tiers(ix: _Index) -> Iterator[Problem]:
    chart = ix.chart
    used = {u.tier for u in chart.units}
    with_duties: set[str] = set()
    for duty in chart.duties:
        for target in duty.assign:
            unit = ix.units.get(target)
            with_duties.add(unit.tier if unit else target)
    for tier in chart.tiers:
        if tier.id not in used:
            yield problem("tier-without-units", (tier.id,), tier=ix.name(tier.name))
        if chart.duties and tier.id not in with_duties:
            yield problem("tier-without-duties", (tier.id,), tier=ix.name(tier.name))
    if chart.tiers and not chart.duties:
        # One note, rather than one per tier, for a chart without duties.
        yield problem("no-duties")


def _links(ix: _Index) -> Iterator[Problem]:
    for link in ix.chart.links:
        missing = [end for end in (link.source, link.target) if end not in ix.units]
        for end in missing:
            yield problem("link-missing-unit", (link.id,), unit=end)
        if missing:
            continue
        if link.source == link.target:
            yield problem("link-to-itself", (link.id, link.source),
                          name=ix.unit_name(link.source))
            continue
        source, target = ix.units[link.source], ix.units[link.target]
        if target.parent == source.id or source.parent == target.id:
            yield problem("link-repeats-reporting-line", (link.id, source.id, target.id),
                          source=ix.name(source.name), target=ix.name(target.name))


RULES: tuple[Rule, ...] = (_top, _cycles, _units, _ids, _names, _duties, _tiers, _links)


def validate(chart: Chart) -> list[Problem]:
    """Every problem of the chart: errors first, then warnings, then notes;
    within a severity in the order the rules and the chart give them."""
    index = _Index(chart, {u.id: u for u in chart.units},
                   {t.id: i for i, t in enumerate(chart.tiers)})
    problems = [p for rule in RULES for p in rule(index)]
    order = {severity: i for i, severity in enumerate(SEVERITIES)}
    return sorted(problems, key=lambda p: order[p.severity])


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
