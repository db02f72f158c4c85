"""What the gestures of the panels mean (the tiers dock, the inspector, the
role legend, links), as edits built from the chart as it is; and how a
label's field for one language reads and writes a `Text`.

Pure functions, so that the app's widgets hold no domain logic; the unit
gestures of the canvas are in `orgchart.edits.gestures`.
"""

from __future__ import annotations

import copy
import itertools
import string
from collections.abc import Iterable, Sequence

from orgchart import edits  # the package re-exports every edit
from orgchart.model import LINK_KINDS, TIER_PALETTE, Chart, Duty, Link, Role, Unit
from orgchart.text import UNTAGGED, Text

#: What a new duty and a new role are called until the user types a name.
NEW_DUTY_TEXT = {"en": "New duty", "zh-Hant": "新職責", "zh-Hans": "新职责"}
NEW_ROLE_NAME = {"en": "New role", "zh-Hant": "新角色", "zh-Hans": "新角色"}

# -- a label's field for one language ------------------------------------------------------


def field_value(text: Text, lang: str, primary: str) -> str:
    """What the field for `lang` shows: the string in exactly that language;
    the primary language's field also shows a plain (untagged) string."""
    value = text.get(lang)
    if not value and lang == primary:
        value = text.get(UNTAGGED)
    return value


def edited_text(text: Text, lang: str, value: str, primary: str) -> Text:
    """`text` after its field for `lang` was edited to `value`. Editing the
    primary language's field turns a plain string into that language's."""
    if lang == primary and not text.get(lang) and text.get(UNTAGGED):
        text = text.with_value(UNTAGGED, "")
    return text.with_value(lang, value)


def worded(words: dict[str, str], languages: Sequence[str]) -> Text:
    """A label in the chart's languages from a table of words."""
    return Text({lang: words[lang] for lang in languages if lang in words}
                or {"en": words["en"]})


# -- tiers --------------------------------------------------------------------------------------


def units_on_tier(chart: Chart, tier_id: str) -> list[Unit]:
    return [u for u in chart.units if u.tier == tier_id]


def add_tier(chart: Chart, below: str | None = None) -> edits.InsertTier:
    """A new tier just below `below`, or at the bottom."""
    rank = chart.tier_rank(below)
    return edits.InsertTier(edits.new_tier(chart), None if rank is None else rank + 1)


def tier_removal_refusal(chart: Chart, tier_id: str, move_to: str | None) -> str | None:
    """Why removing the tier (moving its units to `move_to`) would be
    refused, or None when it would be done. Tried on a copy of the chart."""
    scratch = copy.deepcopy(chart)
    try:
        edits.RemoveTier(tier_id, move_to).apply(scratch)
    except edits.EditError as refusal:
        return str(refusal)
    return None


def move_tier(chart: Chart, tier_id: str, delta: int) -> edits.MoveTier | None:
    """Move a tier one place up (-1) or down (+1); None at an end."""
    rank = chart.tier_rank(tier_id)
    if rank is None or not 0 <= rank + delta < len(chart.tiers):
        return None
    return edits.MoveTier(tier_id, rank + delta)


def drop_tier(chart: Chart, tier_id: str, row: int) -> edits.MoveTier | None:
    """A tier dropped before the tier at `row` (len: at the bottom)."""
    old = chart.tier_rank(tier_id)
    if old is None:
        return None
    new = row - 1 if row > old else row
    return None if new == old else edits.MoveTier(tier_id, new)


# -- units -------------------------------------------------------------------------------------


def possible_parents(chart: Chart, unit_id: str) -> list[Unit]:
    """The units `unit_id` could report to: on a higher tier, and not itself
    or below it."""
    unit = chart.find_unit(unit_id)
    if unit is None:
        return []
    below = {u.id for u in chart.subtree(unit_id)}
    rank = chart.tier_rank(unit.tier)
    return [u for u in chart.units if u.id not in below
            and (rank is None or (chart.tier_rank(u.tier) or 0) < rank)]


def set_tier_of(chart: Chart, unit_ids: Iterable[str], tier_id: str) -> edits.Edit | None:
    """Put several units on one tier as one step; None when all are there."""
    wanted = set(unit_ids)
    steps = tuple(edits.SetUnitTier(u.id, tier_id) for u in chart.units
                  if u.id in wanted and u.tier != tier_id)
    return _one_step(steps, edits.SetUnitTier.title)


def set_collapsed_of(chart: Chart, unit_ids: Iterable[str], value: bool) -> edits.Edit | None:
    """Collapse (or expand) several units as one step."""
    wanted = set(unit_ids)
    steps = tuple(edits.SetUnitField(u.id, "collapsed", value) for u in chart.units
                  if u.id in wanted and u.collapsed != value)
    return _one_step(steps, "Collapse" if value else "Expand")


def _one_step(steps: tuple[edits.Edit, ...], label: str) -> edits.Edit | None:
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else edits.Batch(steps, label)


# -- duties ------------------------------------------------------------------------------------


def duties_of(chart: Chart, target: str) -> list[Duty]:
    """The duties that give `target` (a tier or a unit) a role, in order."""
    return [d for d in chart.duties if target in d.assign]


def add_duty(chart: Chart, target: str, role: str | None) -> edits.InsertDuty:
    """A new duty of `target` with `role` (the legend's first role when None),
    after the target's last duty."""
    code = role or (chart.roles[0].code if chart.roles else None)
    assign = {target: code} if code else {}
    duty = Duty(chart.new_id("d"), worded(NEW_DUTY_TEXT, chart.languages), assign=assign)
    mine = [i for i, d in enumerate(chart.duties) if target in d.assign]
    return edits.InsertDuty(duty, mine[-1] + 1 if mine else None)


def move_duty(chart: Chart, target: str, duty_id: str, delta: int) -> edits.MoveDuty | None:
    """Swap a duty with the target's previous (-1) or next (+1) duty."""
    mine = [d.id for d in duties_of(chart, target)]
    if duty_id not in mine:
        return None
    at = mine.index(duty_id) + delta
    if not 0 <= at < len(mine):
        return None
    # Taken out before it is put back at the neighbour's position: moving up
    # it lands before the neighbour, moving down after it.
    return edits.MoveDuty(duty_id, next(i for i, d in enumerate(chart.duties)
                                        if d.id == mine[at]))


def remove_duty_from(chart: Chart, duty_id: str, target: str) -> edits.Edit:
    """Take a duty away from `target`: the duty itself goes when no other
    tier or unit has a role in it, else only this assignment."""
    duty = chart.find_duty(duty_id)
    if duty is not None and set(duty.assign) - {target}:
        return edits.Assign(duty_id, target, None)
    return edits.DeleteDuty(duty_id)


# -- the legend ----------------------------------------------------------------------------------


def add_role(chart: Chart) -> edits.InsertRole:
    """A new role at the end of the legend, with a free one-letter code."""
    used = {r.code for r in chart.roles}
    letters = (c for c in string.ascii_uppercase if c not in used)
    numbered = (f"R{n}" for n in itertools.count(1) if f"R{n}" not in used)
    code = next(letters, None) or next(numbered)
    color = TIER_PALETTE[len(chart.roles) % len(TIER_PALETTE)]
    return edits.InsertRole(Role(code, worded(NEW_ROLE_NAME, chart.languages), color))


def assignments_of_role(chart: Chart, code: str) -> int:
    """How many assignments removing the role would clear."""
    return sum(c == code for d in chart.duties for c in d.assign.values())


def move_role(chart: Chart, code: str, delta: int) -> edits.MoveRole | None:
    rank = next((i for i, r in enumerate(chart.roles) if r.code == code), None)
    if rank is None or not 0 <= rank + delta < len(chart.roles):
        return None
    return edits.MoveRole(code, rank + delta)


# -- links ---------------------------------------------------------------------------------------


def links_of(chart: Chart, unit_id: str) -> list[Link]:
    return [k for k in chart.links if unit_id in (k.source, k.target)]


def links_between(chart: Chart, first: str, second: str) -> list[Link]:
    return [k for k in chart.links if {k.source, k.target} == {first, second}]


def add_link(chart: Chart, source: str, target: str, kind: str = LINK_KINDS[0],
             label: Text | None = None) -> edits.InsertLink:
    return edits.InsertLink(Link(chart.new_id("k"), source, target, kind, label or Text()))


def edit_link(chart: Chart, link_id: str, kind: str, label: Text) -> edits.Edit | None:
    """Set a link's kind and label as one step; None when nothing changes."""
    link = chart.find_link(link_id)
    if link is None:
        return edits.SetLinkField(link_id, "kind", kind)  # refused with the core's message
    steps = tuple(edits.SetLinkField(link_id, name, value)
                  for name, value in (("kind", kind), ("label", label))
                  if getattr(link, name) != value)
    return _one_step(steps, edits.SetLinkField.title)
