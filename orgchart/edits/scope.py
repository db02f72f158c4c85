"""What an edit touched on the chart's drawing: the scope a view may redraw
instead of the whole chart.

Owns `Scope` and `scope_of(edit, chart)`, read after the edit was applied
(the chart as the edit left it). A scope is a promise about the drawing:
every unit whose card or position may differ is a unit in `content`, a unit
in `removed`, or in the subtree of a unit in `subtrees` -- except that
siblings' subtrees and everything beside them may have to make room, which
a view settles later with a full layout. Edits whose reach is not local
(tiers, links, a new top unit, compound removals) have no scope: None means
"anything may have changed".
"""

from __future__ import annotations

from dataclasses import dataclass

from orgchart.edits.base import Batch, Edit
from orgchart.edits.units import (
    DeleteUnit,
    InsertUnit,
    MoveUnit,
    Reparent,
    SetUnitField,
    SetUnitTier,
)
from orgchart.model import Chart

#: Unit fields that show on a card (notes do not).
SHOWN_FIELDS = ("name", "people")


@dataclass(frozen=True)
class Scope:
    """Units an edit touched, by how."""

    #: cards whose text changed (they move only if their size changed)
    content: frozenset[str] = frozenset()
    #: units whose subtree changed shape: children added, moved or re-ordered
    subtrees: frozenset[str] = frozenset()
    #: units no longer on the chart
    removed: frozenset[str] = frozenset()
    #: units that now hang below a unit of `subtrees` (added or re-parented
    #: there), with whatever was below them before
    entered: frozenset[str] = frozenset()
    #: units whose subtree was collapsed or expanded
    folded: frozenset[str] = frozenset()

    def __or__(self, other: Scope) -> Scope:
        return Scope(self.content | other.content, self.subtrees | other.subtrees,
                     self.removed | other.removed, self.entered | other.entered,
                     self.folded | other.folded)

    @property
    def empty(self) -> bool:
        return not (self.content or self.subtrees or self.removed)


def scope_of(edit: Edit, chart: Chart) -> Scope | None:
    """What `edit`, just applied to `chart`, touched; None when its reach is
    not local (see the module docstring)."""
    if isinstance(edit, Batch):
        total = Scope()
        for step in edit.edits:
            part = scope_of(step, chart)
            if part is None:
                return None
            total = total | part
        return total
    if isinstance(edit, SetUnitField):
        if edit.field in SHOWN_FIELDS:
            return Scope(content=frozenset((edit.key,)))
        if edit.field == "collapsed":
            return Scope(subtrees=frozenset((edit.key,)), folded=frozenset((edit.key,)))
        return Scope()
    if isinstance(edit, InsertUnit):
        return _below(edit.item.parent, edit.item.id)
    if isinstance(edit, DeleteUnit):
        return Scope(removed=frozenset((edit.key,)))
    if isinstance(edit, Reparent):
        return _below(edit.parent, edit.key)
    if isinstance(edit, (MoveUnit, SetUnitTier)):
        unit = chart.find_unit(edit.key)
        return _below(unit.parent if unit is not None else None)
    return None


def _below(parent: str | None, entered: str | None = None) -> Scope | None:
    # A unit with no parent is a top unit: all top units are laid out together.
    if parent is None:
        return None
    return Scope(subtrees=frozenset((parent,)),
                 entered=frozenset((entered,)) if entered is not None else frozenset())
