"""Edits of the role legend: add, delete, reorder, recode, set fields."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from orgchart.edits.base import (
    DuplicateId,
    Edit,
    InvalidValue,
    NotFound,
    _Delete,
    _Insert,
    _is_bool,
    _is_color,
    _is_text,
    _Move,
    _SetField,
)
from orgchart.edits.duties import Assign
from orgchart.model import (
    Chart,
    Role,
)

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
