"""Edits of links, the secondary lines between units."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from orgchart.edits.base import (
    InvalidValue,
    _Delete,
    _Insert,
    _is_text,
    _SetField,
    _unit,
)
from orgchart.model import (
    LINK_KINDS,
    Chart,
    Link,
)

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
