"""Edits of tiers: add, delete (or remove moving their units), reorder
without breaking the tier order of any reporting line, set fields."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from orgchart.edits.base import (
    Edit,
    InUse,
    InvalidValue,
    TierOrder,
    _Delete,
    _Insert,
    _is_color,
    _is_text,
    _Move,
    _name,
    _SetField,
    _tier,
    run_steps,
)
from orgchart.edits.duties import Assign
from orgchart.edits.units import SetUnitTier
from orgchart.model import (
    Chart,
    Tier,
)

# --------------------------------------------------------------------------
# Tiers


@dataclass(frozen=True)
class InsertTier(_Insert):
    item: Tier
    index: int | None = None
    checked: bool = True
    collection: ClassVar[str] = "tiers"
    noun: ClassVar[str] = "tier"
    title: ClassVar[str] = "Add tier"

    def check(self, chart: Chart) -> None:
        super().check(chart)
        if not _is_color(self.item.color):
            raise InvalidValue(f"{self.item.color!r} is not a colour like #1f5f99.", field="color")


@dataclass(frozen=True)
class DeleteTier(_Delete):
    """Remove a tier no unit uses, with the duty assignments to it."""

    key: str
    collection: ClassVar[str] = "tiers"
    noun: ClassVar[str] = "tier"
    title: ClassVar[str] = "Delete tier"

    def check(self, chart: Chart) -> None:
        users = [u for u in chart.units if u.tier == self.key]
        if users:
            raise InUse(
                f"Tier “{_name(chart, _tier(chart, self.key).name)}” still has {len(users)} "
                "unit(s); move them to another tier first.",
                tier=self.key, count=len(users),
            )

    def cascade(self, chart: Chart) -> Iterator[Edit]:
        for duty in chart.duties:
            if self.key in duty.assign:
                yield Assign(duty.id, self.key, None)


InsertTier.undo_class = DeleteTier  # type: ignore[attr-defined]
DeleteTier.undo_class = InsertTier  # type: ignore[attr-defined]


@dataclass(frozen=True)
class MoveTier(_Move):
    """Change a tier's rank; refused if a unit would end up on or above the
    tier of the unit it reports to."""

    key: str
    index: int
    checked: bool = True
    collection: ClassVar[str] = "tiers"
    noun: ClassVar[str] = "tier"
    title: ClassVar[str] = "Reorder tiers"

    def check(self, chart: Chart, order: list[Any]) -> None:
        old_rank = {t.id: i for i, t in enumerate(chart.tiers)}
        new_rank = {t.id: i for i, t in enumerate(order)}
        by_id = {u.id: u for u in chart.units}
        for unit in chart.units:
            parent = by_id.get(unit.parent) if unit.parent else None
            if parent is None or unit.tier not in old_rank or parent.tier not in old_rank:
                continue
            was_ok = old_rank[unit.tier] > old_rank[parent.tier]
            if was_ok and new_rank[unit.tier] <= new_rank[parent.tier]:
                raise TierOrder(
                    f"Moving this tier would put “{_name(chart, unit.name)}” on a tier that is "
                    f"not below the tier of “{_name(chart, parent.name)}”, which it reports to.",
                    unit=unit.id, parent=parent.id,
                )


@dataclass(frozen=True)
class SetTierField(_SetField):
    """Set a tier's name, summary (motto) or colour."""

    key: str
    field: str
    value: Any
    collection: ClassVar[str] = "tiers"
    noun: ClassVar[str] = "tier"
    title: ClassVar[str] = "Edit tier"
    fields: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "name": _is_text, "summary": _is_text, "color": _is_color,
    }


@dataclass(frozen=True)
class RemoveTier(Edit):
    """Remove a tier, first moving its units to another tier when asked."""

    key: str
    move_units_to: str | None = None
    title: ClassVar[str] = "Delete tier"

    def apply(self, chart: Chart) -> Edit:
        _tier(chart, self.key)
        steps: list[Edit] = []
        if self.move_units_to is not None:
            steps = [SetUnitTier(u.id, self.move_units_to)
                     for u in chart.units if u.tier == self.key]
        return run_steps(chart, [*steps, DeleteTier(self.key)], self.title)
