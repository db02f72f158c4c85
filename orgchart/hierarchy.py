"""The reporting lines as a graph, and the checks that a chart is a valid
hierarchy with sound duties and links.

`reporting_graph` gives the networkx `DiGraph` (parent -> child) that
validation and the exports share. `validate` runs every rule of DESIGN.md and
returns `Problem`s, errors first. Every rule is a small function over a
shared index, so the whole check stays linear in the size of the chart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import networkx as nx

from orgchart.bulk import collector_paused
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
    # Every unit has one parent, so the cycles are disjoint and one walk up
    # from each unit finds them all, in linear time. (networkx's
    # `simple_cycles` on `reporting_graph` finds the same cycles; building the
    # graph alone took longer than the whole of validation may.)
    position: dict[str, int] = {}
    parent_of: dict[str, str | None] = {}
    for i, unit in enumerate(ix.chart.units):
        if unit.id not in position:
            position[unit.id] = i
            parent_of[unit.id] = unit.parent
    walk_of: dict[str, int] = {}
    found = []
    for walk, start in enumerate(position):
        path, uid = [], start
        while uid is not None and uid not in walk_of and uid in parent_of:
            walk_of[uid] = walk
            path.append(uid)
            uid = parent_of[uid]
        if uid is not None and walk_of.get(uid) == walk:
            # Read as "reports to", from the unit listed first on the chart.
            order = path[path.index(uid):]
            first = min(range(len(order)), key=lambda i: position[order[i]])
            found.append(order[first:] + order[:first])
    for order in sorted(found, key=lambda o: position[o[0]]):
        path = " → ".join(ix.unit_name(uid) for uid in [*order, order[0]])
        yield problem("cycle", tuple(order), path=path, units=list(order))


def _blank(text: Text) -> bool:
    return not any(value.strip() for _, value in text.items())


def _units(ix: _Index) -> Iterator[Problem]:
    # One pass over every unit: names are looked up only for the units that
    # have a problem, and the names of skipped tiers once per pair of tiers.
    tiers, rank, units = ix.chart.tiers, ix.rank, ix.units
    skipped_names: dict[tuple[int, int], str] = {}
    for unit in ix.chart.units:
        if _blank(unit.name):
            yield problem("unit-without-name", (unit.id,), tier=ix.tier_name(unit.tier))
        mine = rank.get(unit.tier)
        if mine is None:
            yield problem("missing-tier", (unit.id,), name=ix.name(unit.name), tier=unit.tier)
        if unit.parent is None:
            continue
        parent = units.get(unit.parent)
        if parent is None:
            yield problem("missing-parent", (unit.id,), name=ix.name(unit.name),
                          parent=unit.parent)
            continue
        theirs = rank.get(parent.tier)
        if mine is None or theirs is None or parent.id == unit.id:
            continue
        if mine <= theirs:
            yield problem("tier-not-below-parent", (unit.id, parent.id), name=ix.name(unit.name),
                          tier=ix.tier_name(unit.tier), parent=ix.name(parent.name),
                          parent_tier=ix.tier_name(parent.tier))
        elif mine > theirs + 1:
            skipped = skipped_names.get((theirs, mine))
            if skipped is None:
                skipped = skipped_names[(theirs, mine)] = "、".join(
                    ix.name(t.name) for t in tiers[theirs + 1:mine])
            yield problem("skipped-tier", (unit.id, parent.id), name=ix.name(unit.name),
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
    # Siblings clash when they share a name in any one language. Most names
    # are unique: only the first holder of each name is remembered, and a
    # list is made for the few names held twice.
    first: dict[tuple[str | None, str, str], tuple[int, str]] = {}
    clashes: dict[tuple[str | None, str, str], list[str]] = {}
    for unit in ix.chart.units:
        for lang, value in unit.name.items():
            value = value.strip()
            if value:
                key = (unit.parent, lang, value)
                holder = first.get(key)
                if holder is None:
                    first[key] = (len(first), unit.id)
                else:
                    clashes.setdefault(key, [holder[1]]).append(unit.id)
    groups = {key: clashes[key] for key in sorted(clashes, key=lambda k: first[k][0])}
    reported: set[tuple[str, ...]] = set()
    for (parent, _, value), ids in groups.items():
        if tuple(ids) not in reported:
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
    with collector_paused():  # see orgchart.bulk
        index = _Index(chart, {u.id: u for u in chart.units},
                       {t.id: i for i, t in enumerate(chart.tiers)})
        problems = [p for rule in RULES for p in rule(index)]
    order = {severity: i for i, severity in enumerate(SEVERITIES)}
    return sorted(problems, key=lambda p: order[p.severity])


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
