"""What a user's gesture means, as an edit built from the chart as it is:
add a top unit, a child or a sibling, move among siblings, rename in one
language."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable

from orgchart.edits.base import (
    Batch,
    Edit,
    EditError,
    NotFound,
    SeveralTops,
    TierOrder,
    _name,
    _SetField,
    _unit,
)
from orgchart.edits.duties import SetDutyField
from orgchart.edits.legend import SetRoleField
from orgchart.edits.tiers import InsertTier, SetTierField
from orgchart.edits.units import InsertUnit, MoveUnit, Reparent, SetUnitField
from orgchart.model import TIER_PALETTE, Chart, Tier, Unit
from orgchart.text import Text

# --------------------------------------------------------------------------
# Gestures: build the edit a user's gesture means, from the chart as it is.


def next_tier(chart: Chart, tier_id: str) -> Tier | None:
    rank = chart.tier_rank(tier_id)
    if rank is None or rank + 1 >= len(chart.tiers):
        return None
    return chart.tiers[rank + 1]


def new_tier(chart: Chart, index: int | None = None) -> Tier:
    """A tier to add to the chart: numbered, named in the chart's languages,
    coloured from the palette."""
    number = len(chart.tiers) + 1
    words = {"en": f"Tier {number}", "zh-Hant": f"第{number}層", "zh-Hans": f"第{number}层"}
    name = Text({lang: words[lang] for lang in chart.languages if lang in words}
                or {"en": words["en"]})
    return Tier(chart.new_id("t"), name, Text(), TIER_PALETTE[(number - 1) % len(TIER_PALETTE)])


def add_top_unit(chart: Chart, name: Text | str = "", grow: bool = True) -> Edit:
    """The first unit of an empty chart, on the top tier (with `grow`, a
    chart without tiers gets its first tier in the same step)."""
    tops = chart.top_units()
    if tops:
        raise SeveralTops(
            f"The chart already has a top unit, “{_name(chart, tops[0].name)}”; "
            "a new unit must report to someone.", top=tops[0].id)
    if chart.tiers:
        return InsertUnit(Unit(chart.new_unit_id(), Text(name), chart.tiers[0].id))
    if not grow:
        raise NotFound("Add a tier first: every unit sits on a tier.", kind="tier", id=None)
    tier = new_tier(chart)
    return Batch((InsertTier(tier), InsertUnit(Unit(chart.new_unit_id(), Text(name), tier.id))),
                 "Add unit")


def add_child(chart: Chart, parent_id: str, name: Text | str = "", grow: bool = False) -> Edit:
    """A new unit reporting to `parent_id`, on the next tier down, after its
    last sibling. Below the lowest tier, `grow` adds a tier in the same step
    (so a chart can be built from nothing with the keyboard); without it, the
    gesture is refused."""
    parent = _unit(chart, parent_id)
    tier = next_tier(chart, parent.tier)
    if tier is None and not grow:
        raise TierOrder(
            f"“{_name(chart, parent.name)}” is on the lowest tier; add a tier below it first.",
            unit=parent.id,
        )
    steps: list[Edit] = []
    if tier is None:
        tier = new_tier(chart)
        steps.append(InsertTier(tier))
    unit = Unit(chart.new_unit_id(), Text(name), tier.id, parent.id)
    steps.append(InsertUnit(unit, after_subtree(chart, parent.id)))
    return steps[0] if len(steps) == 1 else Batch(tuple(steps), "Add unit")


def new_unit_id(edit: Edit) -> str | None:
    """The id of the (last) unit an edit adds, for the app to select it."""
    if isinstance(edit, InsertUnit):
        return edit.item.id
    if isinstance(edit, Batch):
        found = [new_unit_id(e) for e in edit.edits]
        return next((i for i in reversed(found) if i is not None), None)
    return None


def add_sibling(chart: Chart, unit_id: str, name: Text | str = "") -> InsertUnit:
    """A new unit beside `unit_id`: same parent and tier, right after it."""
    unit = _unit(chart, unit_id)
    if unit.parent is None:
        raise SeveralTops("The top unit cannot have a sibling; a chart has one top unit.",
                          unit=unit.id)
    new = Unit(chart.new_unit_id(), Text(name), unit.tier, unit.parent)
    return InsertUnit(new, after_subtree(chart, unit.id))


def after_subtree(chart: Chart, unit_id: str) -> int:
    """The position just after the last unit of a subtree, so that a new unit
    placed there comes after every sibling already in it."""
    # Level by level over a list of every unit's parent, at C speed where it
    # can be: a pass per level below the unit, rather than a map of every
    # unit's children (which cost more than the rest of adding a unit).
    units = chart.units
    parents = list(map(operator.attrgetter("parent"), units))
    positions = range(len(units))
    last = chart.unit_position(unit_id) or 0
    seen, level = {unit_id}, {unit_id}
    while level:
        found = list(itertools.compress(positions, map(level.__contains__, parents)))
        if found:
            last = max(last, found[-1])
        level = {units[i].id for i in found} - seen
        seen |= level
    return 1 + last


def move_among_siblings(chart: Chart, unit_id: str, delta: int) -> MoveUnit | None:
    """Swap a unit with its previous (-1) or next (+1) sibling; None at an end."""
    unit = _unit(chart, unit_id)
    siblings = [u.id for u in chart.children(unit.parent)]
    at = siblings.index(unit.id) + delta
    if not 0 <= at < len(siblings):
        return None
    # The unit is taken out before it is put back at the sibling's position:
    # moving up, it lands before that sibling; moving down, after it.
    return MoveUnit(unit.id, MoveUnit._position(chart, siblings[at]))


def rename(kind: str, chart: Chart, key: str, lang: str, value: str) -> Edit:
    """Set the name (or a duty's text) in one language, keeping the others."""
    table: dict[str, tuple[type[_SetField], str]] = {
        "unit": (SetUnitField, "name"), "tier": (SetTierField, "name"),
        "duty": (SetDutyField, "text"), "role": (SetRoleField, "name"),
    }
    edit_class, field = table[kind]
    item = edit_class._items(chart)[edit_class._position(chart, key)]
    return edit_class(key, field, getattr(item, field).with_value(lang, value))


def move_units(chart: Chart, unit_ids: Iterable[str], parent_id: str,
                  before_id: str | None = None) -> Edit | None:
    """The edit a drop means: the units report to `parent_id`, placed before
    its child `before_id`, or after its last child. None when nothing would
    change. Refusals are left to the edit itself (push says why)."""
    # Each step is planned on the chart as the previous steps leave it, as
    # Batch will apply them: the steps are tried on the chart itself and
    # undone at once (exact inverses), which costs the few units moved
    # rather than a copy of every unit.
    moving = _outermost(chart, unit_ids)
    before_id = _first_staying(chart, parent_id, before_id, set(moving))
    steps: list[Edit] = []
    undo: list[Edit] = []
    try:
        for uid in moving:
            step = _reparent_step(chart, uid, parent_id, before_id)
            if step is None:
                continue
            steps.append(step)
            try:
                undo.append(step.apply(chart))
            except EditError:
                break  # push will apply the same steps and report this refusal
    finally:
        for inverse in reversed(undo):
            inverse.apply(chart)
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else Batch(tuple(steps), Reparent.title)


def _outermost(chart: Chart, unit_ids: Iterable[str]) -> list[str]:
    """The units to move, in chart order, without those below another one
    (they come along with their ancestor)."""
    wanted = set(unit_ids)
    position = chart.unit_position
    present = sorted((uid for uid in wanted if position(uid) is not None), key=position)
    return [uid for uid in present if not any(a.id in wanted for a in chart.ancestors(uid))]


def _first_staying(chart: Chart, parent_id: str, before_id: str | None,
                   moving: set[str]) -> str | None:
    """Dropped before one of the moving units: before the next one that stays."""
    if before_id not in moving:
        return before_id  # (the common case, without a pass over every unit)
    siblings = [u.id for u in chart.children(parent_id)]
    while before_id in moving:
        at = siblings.index(before_id) + 1 if before_id in siblings else len(siblings)
        before_id = siblings[at] if at < len(siblings) else None
    return before_id


def _reparent_step(chart: Chart, uid: str, parent_id: str,
                   before_id: str | None) -> Reparent | None:
    unit = chart.find_unit(uid)
    if unit is None:
        return None
    if chart.find_unit(parent_id) is None:
        return Reparent(uid, parent_id)  # refused with the core's message
    now = [u.id for u in chart.children(parent_id)]  # (one pass over every unit)
    siblings = [sid for sid in now if sid != uid]
    if before_id in siblings:
        order = siblings[:]
        order.insert(siblings.index(before_id), uid)
        index = chart.unit_position(before_id) or 0
    else:
        order = [*siblings, uid]
        index = after_subtree(chart, parent_id)
    if unit.parent == parent_id and order == now:
        return None
    old = chart.unit_position(uid) or 0
    # Reparent takes the unit out before putting it back at `index`.
    return Reparent(uid, parent_id, index - 1 if old < index else index)
