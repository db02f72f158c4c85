"""Edits of duties and of their assignments of roles to tiers or units."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from orgchart.edits.base import (
    Edit,
    NotFound,
    _Delete,
    _Insert,
    _is_text,
    _Move,
    _SetField,
)
from orgchart.model import (
    Chart,
    Duty,
)

# --------------------------------------------------------------------------
# Duties


@dataclass(frozen=True)
class InsertDuty(_Insert):
    item: Duty
    index: int | None = None
    checked: bool = True
    collection: ClassVar[str] = "duties"
    noun: ClassVar[str] = "duty"
    title: ClassVar[str] = "Add duty"

    def check(self, chart: Chart) -> None:
        super().check(chart)
        for target, code in self.item.assign.items():
            _check_assignment(chart, target, code)


@dataclass(frozen=True)
class DeleteDuty(_Delete):
    key: str
    collection: ClassVar[str] = "duties"
    noun: ClassVar[str] = "duty"
    title: ClassVar[str] = "Delete duty"


InsertDuty.undo_class = DeleteDuty  # type: ignore[attr-defined]
DeleteDuty.undo_class = InsertDuty  # type: ignore[attr-defined]


@dataclass(frozen=True)
class MoveDuty(_Move):
    key: str
    index: int
    checked: bool = True
    collection: ClassVar[str] = "duties"
    noun: ClassVar[str] = "duty"
    title: ClassVar[str] = "Reorder duties"


@dataclass(frozen=True)
class SetDutyField(_SetField):
    """Set a duty's text or category."""

    key: str
    field: str
    value: Any
    collection: ClassVar[str] = "duties"
    noun: ClassVar[str] = "duty"
    title: ClassVar[str] = "Edit duty"
    fields: ClassVar[dict[str, Callable[[Any], bool]]] = {"text": _is_text, "category": _is_text}


def _check_assignment(chart: Chart, target: str, code: str | None) -> None:
    if chart.find_tier(target) is None and chart.find_unit(target) is None:
        raise NotFound(f"A duty can be assigned to a tier or a unit; {target!r} is neither.",
                       kind="target", id=target)
    if code is not None and chart.find_role(code) is None:
        raise NotFound(f"The legend has no role {code!r}.", kind="role", id=code)


@dataclass(frozen=True)
class Assign(Edit):
    """Give a tier or unit a role in a duty (None: take the role away)."""

    duty: str
    target: str
    role: str | None
    title: ClassVar[str] = "Assign role"

    def apply(self, chart: Chart) -> Edit:
        duty = chart.find_duty(self.duty)
        if duty is None:
            raise NotFound(f"There is no duty {self.duty!r}.", kind="duty", id=self.duty)
        if self.role is not None:
            _check_assignment(chart, self.target, self.role)
        old = duty.assign.get(self.target)
        if self.role is None:
            duty.assign.pop(self.target, None)
        else:
            duty.assign[self.target] = self.role
        return Assign(self.duty, self.target, old)
