"""Every change a user can make to a chart, as a small value with an exact inverse.

An `Edit` is a frozen dataclass. `edit.apply(chart)` changes the chart in
place and returns another `Edit` that undoes it exactly: applying the inverse
gives back a chart equal to the one before, order included. The app wraps
each edit in a QUndoCommand; the tests apply random edit sequences and their
inverses without Qt.

Edits refuse, with an `EditError` subclass that says why, any change that
would break the hierarchy (a unit under its own descendant, a parent on a
tier that is not above its child's) or name something that does not exist;
the gestures below also refuse a second top unit. A refused edit leaves the
chart untouched. An inverse is never refused: it puts back exactly what was
there (`checked=False`), even in a chart that was not valid before.

Primitive edits work on one collection of the chart. Compound edits (remove
a subtree, remove a unit and lift its children, remove a tier moving its
units) plan their steps when applied, so every step sees the chart as the
previous step left it, and return one `Batch` of the inverses.

Unit order is meaningful: siblings are drawn in the order they appear in
`Chart.units`, and edits keep or restore positions exactly.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from orgchart.model import (
    COLOR_RE,
    LANG_RE,
    LINK_KINDS,
    Chart,
    Duty,
    Link,
    Person,
    Role,
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
        index = _index_of(cls._items(chart), cls.key_attr, key)
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
        if self.key_attr == "id" and key in set(chart.all_ids()):
            raise DuplicateId(f"The id {key!r} is already used.", id=key)

    def apply(self, chart: Chart) -> Edit:
        if self.checked:
            self.check(chart)
        items = self._items(chart)
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(index, _copy(self.item))
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
        if self.parent is not None:
            parent = _unit(chart, self.parent)
            if self.checked:
                self._check(chart, unit, parent)
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


# --------------------------------------------------------------------------
# The legend


@dataclass(frozen=True)
class InsertRole(_Insert):
    item: Role
    index: int | None = None
    checked: bool = True
    collection: ClassVar[str] = "roles"
    key_attr: ClassVar[str] = "code"
    noun: ClassVar[str] = "role"
    title: ClassVar[str] = "Add role"

    def check(self, chart: Chart) -> None:
        super().check(chart)
        if chart.find_role(self.item.code) is not None:
            raise DuplicateId(f"The legend already has a role {self.item.code!r}.",
                              id=self.item.code)
        if not _is_color(self.item.color):
            raise InvalidValue(f"{self.item.color!r} is not a colour like #1f5f99.", field="color")


@dataclass(frozen=True)
class DeleteRole(_Delete):
    """Remove a role from the legend and every assignment of it."""

    key: str
    collection: ClassVar[str] = "roles"
    key_attr: ClassVar[str] = "code"
    noun: ClassVar[str] = "role"
    title: ClassVar[str] = "Delete role"

    def cascade(self, chart: Chart) -> Iterator[Edit]:
        for duty in chart.duties:
            for target, code in list(duty.assign.items()):
                if code == self.key:
                    yield Assign(duty.id, target, None)


InsertRole.undo_class = DeleteRole  # type: ignore[attr-defined]
DeleteRole.undo_class = InsertRole  # type: ignore[attr-defined]


@dataclass(frozen=True)
class MoveRole(_Move):
    key: str
    index: int
    checked: bool = True
    collection: ClassVar[str] = "roles"
    key_attr: ClassVar[str] = "code"
    noun: ClassVar[str] = "role"
    title: ClassVar[str] = "Reorder roles"


@dataclass(frozen=True)
class SetRoleField(_SetField):
    """Set a role's name, colour or `unique` flag (see RecodeRole for its code)."""

    key: str
    field: str
    value: Any
    collection: ClassVar[str] = "roles"
    key_attr: ClassVar[str] = "code"
    noun: ClassVar[str] = "role"
    title: ClassVar[str] = "Edit role"
    fields: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "name": _is_text, "color": _is_color, "unique": _is_bool,
    }


@dataclass(frozen=True)
class RecodeRole(Edit):
    """Change a role's code, and every assignment that uses it."""

    code: str
    new_code: str
    title: ClassVar[str] = "Change role code"

    def apply(self, chart: Chart) -> Edit:
        role = chart.find_role(self.code)
        if role is None:
            raise NotFound(f"The legend has no role {self.code!r}.", kind="role", id=self.code)
        if not self.new_code.strip():
            raise InvalidValue("A role needs a code.", field="code")
        if self.new_code != self.code and chart.find_role(self.new_code) is not None:
            raise DuplicateId(f"The legend already has a role {self.new_code!r}.",
                              id=self.new_code)
        role.code = self.new_code
        for duty in chart.duties:
            for target, code in duty.assign.items():
                if code == self.code:
                    duty.assign[target] = self.new_code
        return RecodeRole(self.new_code, self.code)


# --------------------------------------------------------------------------
# Links


@dataclass(frozen=True)
class InsertLink(_Insert):
    item: Link
    index: int | None = None
    checked: bool = True
    collection: ClassVar[str] = "links"
    noun: ClassVar[str] = "link"
    title: ClassVar[str] = "Add link"

    def check(self, chart: Chart) -> None:
        super().check(chart)
        source, target = _unit(chart, self.item.source), _unit(chart, self.item.target)
        if source.id == target.id:
            raise InvalidValue("A link joins two different units.", field="target")
        if self.item.kind not in LINK_KINDS:
            raise InvalidValue(f"{self.item.kind!r} is not a kind of link.", field="kind")


@dataclass(frozen=True)
class DeleteLink(_Delete):
    key: str
    collection: ClassVar[str] = "links"
    noun: ClassVar[str] = "link"
    title: ClassVar[str] = "Delete link"


InsertLink.undo_class = DeleteLink  # type: ignore[attr-defined]
DeleteLink.undo_class = InsertLink  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SetLinkField(_SetField):
    """Set a link's kind or label."""

    key: str
    field: str
    value: Any
    collection: ClassVar[str] = "links"
    noun: ClassVar[str] = "link"
    title: ClassVar[str] = "Edit link"
    fields: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "kind": lambda v: v in LINK_KINDS, "label": _is_text,
    }


# --------------------------------------------------------------------------
# The chart itself


@dataclass(frozen=True)
class SetTitle(Edit):
    value: Text
    title: ClassVar[str] = "Edit title"

    def apply(self, chart: Chart) -> Edit:
        if not isinstance(self.value, Text):
            raise InvalidValue("A title is a Text.", field="title")
        old, chart.title = chart.title, self.value
        return SetTitle(old)


@dataclass(frozen=True)
class SetLanguages(Edit):
    """Set the chart's languages, primary first. Labels keep every language
    they have; the list only says which ones the chart shows and asks for."""

    value: tuple[str, ...]
    title: ClassVar[str] = "Edit languages"

    def apply(self, chart: Chart) -> Edit:
        langs = tuple(self.value)
        bad = [lang for lang in langs if not isinstance(lang, str) or not LANG_RE.match(lang)]
        if bad or not langs or len(set(langs)) != len(langs):
            raise InvalidValue(
                f"Languages must be distinct tags like 'zh-Hant' or 'en', at least one; "
                f"got {list(langs)!r}.", field="languages")
        old = tuple(chart.languages)
        chart.languages = list(langs)
        return SetLanguages(old)


# --------------------------------------------------------------------------
# Gestures: build the edit a user's gesture means, from the chart as it is.


def next_tier(chart: Chart, tier_id: str) -> Tier | None:
    rank = chart.tier_rank(tier_id)
    if rank is None or rank + 1 >= len(chart.tiers):
        return None
    return chart.tiers[rank + 1]


def add_top_unit(chart: Chart, name: Text | str = "") -> InsertUnit:
    """The first unit of an empty chart, on the top tier."""
    tops = chart.top_units()
    if tops:
        raise SeveralTops(
            f"The chart already has a top unit, “{_name(chart, tops[0].name)}”; "
            "a new unit must report to someone.", top=tops[0].id)
    if not chart.tiers:
        raise NotFound("Add a tier first: every unit sits on a tier.", kind="tier", id=None)
    return InsertUnit(Unit(chart.new_id("u"), Text(name), chart.tiers[0].id))


def add_child(chart: Chart, parent_id: str, name: Text | str = "") -> InsertUnit:
    """A new unit reporting to `parent_id`, on the next tier down, after its
    last sibling."""
    parent = _unit(chart, parent_id)
    tier = next_tier(chart, parent.tier)
    if tier is None:
        raise TierOrder(
            f"“{_name(chart, parent.name)}” is on the lowest tier; add a tier below it first.",
            unit=parent.id,
        )
    unit = Unit(chart.new_id("u"), Text(name), tier.id, parent.id)
    return InsertUnit(unit, _after_subtree(chart, parent.id))


def add_sibling(chart: Chart, unit_id: str, name: Text | str = "") -> InsertUnit:
    """A new unit beside `unit_id`: same parent and tier, right after it."""
    unit = _unit(chart, unit_id)
    if unit.parent is None:
        raise SeveralTops("The top unit cannot have a sibling; a chart has one top unit.",
                          unit=unit.id)
    new = Unit(chart.new_id("u"), Text(name), unit.tier, unit.parent)
    return InsertUnit(new, _after_subtree(chart, unit.id))


def _after_subtree(chart: Chart, unit_id: str) -> int:
    """The position just after the last unit of a subtree, so that a new unit
    placed there comes after every sibling already in it."""
    members = {u.id for u in chart.subtree(unit_id)}
    return 1 + max(i for i, u in enumerate(chart.units) if u.id in members)


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
