"""Edits of units: add, delete, move, re-parent, change tier, set fields,
and removing a unit with its subtree or lifting its children."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from orgchart.edits.base import (
    Edit,
    InUse,
    SeveralTops,
    TierOrder,
    WouldCycle,
    _Collection,
    _Delete,
    _Insert,
    _is_bool,
    _is_people,
    _is_text,
    _Move,
    _name,
    _SetField,
    _tier,
    _unit,
    run_steps,
)
from orgchart.edits.duties import Assign
from orgchart.edits.links import DeleteLink
from orgchart.model import (
    Chart,
    Unit,
)
from orgchart.text import Text

# --------------------------------------------------------------------------
# Units


def _check_tier_order(chart: Chart, child: Unit, child_tier: str, parent: Unit | None) -> None:
    if parent is None:
        return
    child_rank, parent_rank = chart.tier_rank(child_tier), chart.tier_rank(parent.tier)
    if child_rank is None or parent_rank is None or child_rank > parent_rank:
        return
    tier = chart.find_tier(child_tier)
    raise TierOrder(
        f"“{_name(chart, child.name)}” is on tier “{_name(chart, tier.name if tier else Text())}”, "
        f"which is not below the tier of “{_name(chart, parent.name)}”; "
        "a unit must sit on a lower tier than the unit it reports to.",
        unit=child.id, parent=parent.id,
    )


@dataclass(frozen=True)
class InsertUnit(_Insert):
    """Add a unit at a position of `Chart.units` (None: at the end)."""

    item: Unit
    index: int | None = None
    checked: bool = True
    collection: ClassVar[str] = "units"
    noun: ClassVar[str] = "unit"
    title: ClassVar[str] = "Add unit"

    def check(self, chart: Chart) -> None:
        super().check(chart)
        _tier(chart, self.item.tier)
        if self.item.parent is not None:
            _check_tier_order(chart, self.item, self.item.tier, _unit(chart, self.item.parent))


@dataclass(frozen=True)
class DeleteUnit(_Delete):
    """Remove one unit that has no children, with its links and its own
    duty assignments."""

    key: str
    collection: ClassVar[str] = "units"
    noun: ClassVar[str] = "unit"
    title: ClassVar[str] = "Delete unit"

    def check(self, chart: Chart) -> None:
        kids = chart.children(self.key)
        if kids:
            raise InUse(
                f"“{_name(chart, _unit(chart, self.key).name)}” still has {len(kids)} "
                "unit(s) reporting to it; remove them or move them first.",
                unit=self.key, count=len(kids),
            )

    def cascade(self, chart: Chart) -> Iterator[Edit]:
        for link in list(chart.links):
            if self.key in (link.source, link.target):
                yield DeleteLink(link.id)
        for duty in chart.duties:
            if self.key in duty.assign:
                yield Assign(duty.id, self.key, None)


InsertUnit.undo_class = DeleteUnit  # type: ignore[attr-defined]
DeleteUnit.undo_class = InsertUnit  # type: ignore[attr-defined]


@dataclass(frozen=True)
class MoveUnit(_Move):
    """Move a unit to another position of `Chart.units` (its sibling order)."""

    key: str
    index: int
    checked: bool = True
    collection: ClassVar[str] = "units"
    noun: ClassVar[str] = "unit"
    title: ClassVar[str] = "Reorder units"


@dataclass(frozen=True)
class SetUnitField(_SetField):
    """Set a unit's name, people, notes or collapsed flag."""

    key: str
    field: str
    value: Any
    collection: ClassVar[str] = "units"
    noun: ClassVar[str] = "unit"
    title: ClassVar[str] = "Edit unit"
    fields: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "name": _is_text, "notes": _is_text, "people": _is_people, "collapsed": _is_bool,
    }


@dataclass(frozen=True)
class Reparent(_Collection, Edit):
    """Make a unit report to another unit (None: to nobody).

    `index` is where it goes in `Chart.units` (None: where it is). Refused
    when the unit would report to itself or its own descendant, or to a
    unit whose tier is not above its own.
    """

    key: str
    parent: str | None
    index: int | None = None
    checked: bool = True
    collection: ClassVar[str] = "units"
    noun: ClassVar[str] = "unit"
    title: ClassVar[str] = "Change reporting line"

    def apply(self, chart: Chart) -> Edit:
        unit = _unit(chart, self.key)
        # Unchecked (an undo), a parent that is not on the chart is put back
        # as it was: inverses are never refused.
        if self.parent is not None and self.checked:
            self._check(chart, unit, _unit(chart, self.parent))
        old_index = self._position(chart, self.key)
        old_parent, unit.parent = unit.parent, self.parent
        if self.index is not None:
            MoveUnit(self.key, self.index).apply(chart)
        return Reparent(self.key, old_parent, old_index, checked=False)

    @staticmethod
    def _check(chart: Chart, unit: Unit, parent: Unit) -> None:
        if parent.id == unit.id or any(a.id == unit.id for a in chart.ancestors(parent.id)):
            raise WouldCycle(
                f"“{_name(chart, unit.name)}” cannot report to “{_name(chart, parent.name)}”, "
                "which is itself or reports to it: the line would go round in a circle.",
                unit=unit.id, parent=parent.id,
            )
        _check_tier_order(chart, unit, unit.tier, parent)


@dataclass(frozen=True)
class SetUnitTier(Edit):
    """Put a unit on another tier, between its parent's and its children's."""

    key: str
    tier: str
    checked: bool = True
    title: ClassVar[str] = "Change tier"

    def apply(self, chart: Chart) -> Edit:
        unit = _unit(chart, self.key)
        _tier(chart, self.tier)
        if self.checked:
            _check_tier_order(chart, unit, self.tier, chart.find_unit(unit.parent))
            moved = dataclasses.replace(unit, tier=self.tier)
            for child in chart.children(unit.id):
                _check_tier_order(chart, child, child.tier, moved)
        old, unit.tier = unit.tier, self.tier
        return SetUnitTier(self.key, old, checked=False)


@dataclass(frozen=True)
class RemoveUnit(Edit):
    """Remove a unit and its whole subtree, or remove it and let its children
    report to its own parent, in its place."""

    key: str
    keep_children: bool = False
    title: ClassVar[str] = "Delete unit"

    def apply(self, chart: Chart) -> Edit:
        unit = _unit(chart, self.key)
        if not self.keep_children:
            doomed = [u.id for u in reversed(chart.subtree(unit.id))]
            return run_steps(chart, (DeleteUnit(uid) for uid in doomed), self.title)
        children = chart.children(unit.id)
        if unit.parent is None and len(children) > 1:
            raise SeveralTops(
                f"“{_name(chart, unit.name)}” is the top unit; its {len(children)} units "
                "cannot all move up, as a chart has one top unit. Delete the subtree instead, "
                "or first choose which unit becomes the top.",
                unit=unit.id, count=len(children),
            )
        return run_steps(chart, self._lift(chart, unit, children), self.title)

    @staticmethod
    def _lift(chart: Chart, unit: Unit, children: list[Unit]) -> Iterator[Edit]:
        for child in children:
            yield Reparent(child.id, unit.parent)
            # take the removed unit's place among its siblings
            yield MoveUnit(child.id, MoveUnit._position(chart, unit.id))
        yield DeleteUnit(unit.id)
