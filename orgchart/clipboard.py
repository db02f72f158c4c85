"""Cut, copy and paste of subtrees, as a small JSON fragment.

Owns the fragment format and the mapping of a copied subtree into another
place (or another chart): units get fresh ids, links inside the subtree come
along, and tiers are matched by id when the target chart has them in a fitting
order, else by their distance from the subtree's top tier. The app puts the
fragment on the clipboard under its own MIME type, beside a plain-text
outline for other programs.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from orgchart import edits
from orgchart.fileformat import LoadError, clean, loads, to_json
from orgchart.model import Chart, Link, Unit

MIME_TYPE = "application/x-orgchart-fragment+json"
FRAGMENT = "orgchart-fragment"


def roots_of(chart: Chart, unit_ids: list[str]) -> list[str]:
    """The selected units that are not inside another selected unit's subtree,
    in chart order."""
    chosen = set(unit_ids)
    return [u.id for u in chart.units if u.id in chosen
            and not any(a.id in chosen for a in chart.ancestors(u.id))]


def copy_units(chart: Chart, unit_ids: list[str]) -> dict[str, Any]:
    """A fragment holding the subtrees of the given units."""
    members: list[Unit] = []
    for root in roots_of(chart, unit_ids):
        members.extend(chart.subtree(root))
    ids = {u.id for u in members}
    ranks = [r for r in (chart.tier_rank(u.tier) for u in members) if r is not None]
    # every tier from the highest to the lowest one used, so that a subtree
    # that skips a tier still skips it where it is pasted
    spanned = chart.tiers[min(ranks):max(ranks) + 1] if ranks else []
    part = Chart(title=chart.title, languages=list(chart.languages), roles=[],
                 tiers=spanned,
                 units=[replace(u, parent=u.parent if u.parent in ids else None)
                        for u in members],
                 links=[k for k in chart.links if k.source in ids and k.target in ids])
    document = to_json(part)
    document["format"] = FRAGMENT
    return document


def fragment_text(fragment: dict[str, Any]) -> str:
    return json.dumps(fragment, ensure_ascii=False)


def outline_text(chart: Chart, unit_ids: list[str], display: str) -> str:
    """The copied subtrees as a tab-indented outline, for other programs."""
    lines = []
    for root in roots_of(chart, unit_ids):
        depth = {root: 0}
        for unit in chart.subtree(root):
            depth[unit.id] = depth.get(unit.parent, -1) + 1 if unit.id != root else 0
            name = unit.name.show(display, chart.languages).replace("\n", " / ")
            lines.append("\t" * depth[unit.id] + name)
    return "\n".join(lines) + "\n"


def read_fragment(text: str) -> Chart:
    """The fragment as a (partial) chart; raises `LoadError` for anything else."""
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError):
        raise LoadError("clipboard", "", "the clipboard does not hold units") from None
    if not isinstance(raw, dict) or raw.get("format") != FRAGMENT:
        raise LoadError("clipboard", "", "the clipboard does not hold units")
    raw = dict(raw, format="orgchart")
    return loads(json.dumps(raw), "clipboard")


def paste_units(chart: Chart, fragment: Chart, parent_id: str | None) -> edits.Batch:
    """The edit that adds the fragment's subtrees under `parent_id` (None: as
    the top of an empty chart), after the parent's last descendant."""
    tier_map = _map_tiers(chart, fragment, parent_id)
    used = set(chart.all_ids())
    new_id: dict[str, str] = {}
    for unit in fragment.units:
        new_id[unit.id] = _fresh(unit.id, used)
    position = edits.after_subtree(chart, parent_id) if parent_id else len(chart.units)
    steps: list[edits.Edit] = []
    for offset, unit in enumerate(fragment.units):
        parent = new_id.get(unit.parent, parent_id) if unit.parent else parent_id
        steps.append(edits.InsertUnit(
            replace(unit, id=new_id[unit.id], parent=parent, tier=tier_map[unit.tier]),
            position + offset))
    for link in fragment.links:
        steps.append(edits.InsertLink(Link(_fresh("k", used), new_id[link.source],
                                           new_id[link.target], link.kind, link.label)))
    return edits.Batch(tuple(steps), "Paste")


def _fresh(wanted: str, used: set[str]) -> str:
    """An unused id like the wanted one (same prefix letters), marked used."""
    prefix = "".join(ch for ch in clean(wanted) if ch.isalpha())[:1] or "u"
    number = 1
    while f"{prefix}{number}" in used:
        number += 1
    used.add(f"{prefix}{number}")
    return f"{prefix}{number}"


def _map_tiers(chart: Chart, fragment: Chart, parent_id: str | None) -> dict[str, str]:
    parent = chart.find_unit(parent_id) if parent_id else None
    if parent_id is not None and parent is None:
        raise edits.NotFound(f"There is no unit {parent_id!r}.", kind="unit", id=parent_id)
    parent_rank = chart.tier_rank(parent.tier) if parent is not None else None
    floor = -1 if parent_rank is None else parent_rank
    rank = {t.id: i for i, t in enumerate(chart.tiers)}
    if all(t.id in rank and rank[t.id] > floor for t in fragment.tiers) and _same_order(
            [rank[t.id] for t in fragment.tiers]):
        return {t.id: t.id for t in fragment.tiers}
    # Otherwise keep each tier's distance from the fragment's top tier,
    # starting on the tier just below the parent.
    mapping = {}
    for offset, tier in enumerate(fragment.tiers):
        target = floor + 1 + offset
        if target >= len(chart.tiers):
            raise edits.TierOrder(
                f"The copied units span {len(fragment.tiers)} tier(s), but only "
                f"{len(chart.tiers) - floor - 1} tier(s) lie below the place to paste; "
                "add tiers first.", needed=len(fragment.tiers))
        mapping[tier.id] = chart.tiers[target].id
    return mapping


def _same_order(ranks: list[int]) -> bool:
    return ranks == sorted(ranks)

