"""Units in tree order, the order the exports list them in: parents before
children, siblings in drawing order, each with its depth."""

from __future__ import annotations

from orgchart.model import Chart, Unit


def tree_order(chart: Chart) -> list[tuple[Unit, int]]:
    """(unit, depth) parents before children in drawing order; units cut off
    from the top (a cycle, a missing parent) follow as roots of their own."""
    ids = {u.id for u in chart.units}
    kids: dict[str | None, list[Unit]] = {}
    for unit in chart.units:
        parent = unit.parent if unit.parent in ids and unit.parent != unit.id else None
        kids.setdefault(parent, []).append(unit)
    out: list[tuple[Unit, int]] = []
    seen: set[str] = set()

    def walk(root: Unit) -> None:
        stack = [(root, 0)]
        while stack:
            unit, depth = stack.pop()
            if unit.id in seen:
                continue
            seen.add(unit.id)
            out.append((unit, depth))
            stack.extend((k, depth + 1) for k in reversed(kids.get(unit.id, [])))

    for unit in [*kids.get(None, []), *chart.units]:
        if unit.id not in seen:
            walk(unit)
    return out
