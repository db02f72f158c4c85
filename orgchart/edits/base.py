"""The edit protocol, the typed refusals, and the generic list operations
that every kind of record builds on."""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from orgchart.model import (
    COLOR_RE,
    Chart,
    Duty,
    Person,
    Tier,
    Unit,
)
from orgchart.text import Text

# --------------------------------------------------------------------------
# Errors


class EditError(Exception):
    """An edit was refused; the chart is unchanged. `code` and `params` let
    the app translate the message."""

    code = "edit-refused"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.params = params


class NotFound(EditError):
    code = "not-found"


class DuplicateId(EditError):
    code = "duplicate-id"


class InvalidValue(EditError):
    code = "invalid-value"


class WouldCycle(EditError):
    """A unit would report to itself or to one of its own descendants."""

    code = "would-cycle"


class TierOrder(EditError):
    """A parent's tier would not be above its child's tier."""

    code = "tier-order"


class SeveralTops(EditError):
    """The chart would get a second unit that reports to nobody."""

    code = "several-tops"


class InUse(EditError):
    """Something still depends on what would be removed."""

    code = "in-use"


def _name(chart: Chart, text: Text) -> str:
    return text.pick(chart.languages[0] if chart.languages else "", chart.languages) or "(unnamed)"


def _unit(chart: Chart, unit_id: str | None) -> Unit:
    unit = chart.find_unit(unit_id)
    if unit is None:
        raise NotFound(f"There is no unit with id {unit_id!r}.", kind="unit", id=unit_id)
    return unit


def _tier(chart: Chart, tier_id: str) -> Tier:
    tier = chart.find_tier(tier_id)
    if tier is None:
        raise NotFound(f"There is no tier with id {tier_id!r}.", kind="tier", id=tier_id)
    return tier


# --------------------------------------------------------------------------
# The edit protocol


class Edit(ABC):
    """A change to a chart. Subclasses are frozen dataclasses."""

    #: Short English description for the undo history; the app translates it.
    title: ClassVar[str] = "Edit"

    @abstractmethod
    def apply(self, chart: Chart) -> Edit:
        """Change `chart` and return the edit that undoes the change exactly."""


@dataclass(frozen=True)
class Batch(Edit):
    """Several edits as one step; all of them happen or none does."""

    edits: tuple[Edit, ...]
    label: str = "Edit"

    @property
    def title(self) -> str:  # type: ignore[override]
        return self.label

    def apply(self, chart: Chart) -> Edit:
        return run_steps(chart, iter(self.edits), self.label)


def run_steps(chart: Chart, steps: Iterable[Edit], label: str) -> Batch:
    """Apply edits one after another; on a refusal, undo those already done.

    `steps` may be a generator that looks at the chart between steps.
    """
    done: list[Edit] = []
    try:
        for step in steps:
            done.append(step.apply(chart))
    except EditError:
        for inverse in reversed(done):
            inverse.apply(chart)
        raise
    return Batch(tuple(reversed(done)), label)


def _index_of(items: list[Any], key_attr: str, key: str) -> int | None:
    return next((i for i, item in enumerate(items) if getattr(item, key_attr) == key), None)


def _id_used(chart: Chart, key: str) -> bool:
    """Whether anything on the chart has this id (units through their index:
    building a set of every id cost more than the rest of adding a unit)."""
    if chart.find_unit(key) is not None:
        return True
    return any(key == x.id for records in (chart.tiers, chart.duties, chart.links)
               for x in records)


def _copy(item: Any) -> Any:
    """An independent copy, so that an edit never shares a mutable record with
    the chart (a duty's assignments are the only mutable field)."""
    if isinstance(item, Duty):
        return dataclasses.replace(item, assign=dict(item.assign))
    return dataclasses.replace(item)


# --------------------------------------------------------------------------
# Generic list operations; each kind of record fills in its checks.


class _Collection:
    collection: ClassVar[str]
    key_attr: ClassVar[str] = "id"
    noun: ClassVar[str]

    @classmethod
    def _items(cls, chart: Chart) -> list[Any]:
        return getattr(chart, cls.collection)

    @classmethod
    def _position(cls, chart: Chart, key: str) -> int:
        # Units, the one long list, through the chart's index; the rest are short.
        index = (chart.unit_position(key) if cls.collection == "units"
                 else _index_of(cls._items(chart), cls.key_attr, key))
        if index is None:
            raise NotFound(f"There is no {cls.noun} {key!r}.", kind=cls.noun, id=key)
        return index


class _Insert(_Collection, Edit):
    item: Any
    index: int | None
    #: False when the edit restores a record exactly as it was (an undo):
    #: what was there before is put back even if the chart was not valid.
    checked: bool

    def check(self, chart: Chart) -> None:
        key = getattr(self.item, self.key_attr)
        if not isinstance(key, str) or not key.strip():
            raise InvalidValue(f"A {self.noun} needs a non-empty {self.key_attr}.",
                               field=self.key_attr)
        if self.key_attr == "id" and _id_used(chart, key):
            raise DuplicateId(f"The id {key!r} is already used.", id=key)

    def apply(self, chart: Chart) -> Edit:
        if self.checked:
            self.check(chart)
        items = self._items(chart)
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(index, _copy(self.item))
        if self.collection == "units":
            chart.note_position(self.item.id, index)
        return self.undo_class(getattr(self.item, self.key_attr))  # type: ignore[attr-defined]


class _Delete(_Collection, Edit):
    key: str

    def check(self, chart: Chart) -> None:
        """Raise when the record cannot go (yet)."""

    def cascade(self, chart: Chart) -> Iterator[Edit]:
        """Edits that detach what refers to the record, applied first."""
        return iter(())

    def apply(self, chart: Chart) -> Edit:
        self._position(chart, self.key)
        self.check(chart)
        before = run_steps(chart, self.cascade(chart), self.title)
        items = self._items(chart)
        index = self._position(chart, self.key)
        item = items.pop(index)
        restore = self.undo_class(item, index, checked=False)  # type: ignore[attr-defined]
        return Batch((restore, *before.edits), self.title) if before.edits else restore


class _Move(_Collection, Edit):
    key: str
    index: int
    checked: bool

    def check(self, chart: Chart, order: list[Any]) -> None:
        """Raise when the new order is not allowed."""

    def apply(self, chart: Chart) -> Edit:
        items = self._items(chart)
        old = self._position(chart, self.key)
        new = max(0, min(self.index, len(items) - 1))
        order = list(items)
        order.insert(new, order.pop(old))
        if self.checked:
            self.check(chart, order)
        items[:] = order
        if self.collection == "units":
            chart.note_position(self.key, new)
        return type(self)(self.key, old, checked=False)


class _SetField(_Collection, Edit):
    key: str
    field: str
    value: Any
    fields: ClassVar[dict[str, Callable[[Any], bool]]]

    def apply(self, chart: Chart) -> Edit:
        item = self._items(chart)[self._position(chart, self.key)]
        valid = self.fields.get(self.field)
        if valid is None:
            raise InvalidValue(f"A {self.noun}'s {self.field!r} cannot be set here.",
                               field=self.field)
        if not valid(self.value):
            raise InvalidValue(f"{self.value!r} is not a valid {self.noun} {self.field}.",
                               field=self.field, value=self.value)
        old = getattr(item, self.field)
        setattr(item, self.field, self.value)
        return type(self)(self.key, self.field, old)


def _is_text(value: Any) -> bool:
    return isinstance(value, Text)


def _is_color(value: Any) -> bool:
    return isinstance(value, str) and bool(COLOR_RE.match(value))


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_people(value: Any) -> bool:
    return isinstance(value, tuple) and all(isinstance(p, Person) for p in value)
