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

from orgchart.edits.base import (
    Batch,
    DuplicateId,
    Edit,
    EditError,
    InUse,
    InvalidValue,
    NotFound,
    SeveralTops,
    TierOrder,
    WouldCycle,
    run_steps,
)
from orgchart.edits.chart import SetLanguages, SetTitle
from orgchart.edits.duties import Assign, DeleteDuty, InsertDuty, MoveDuty, SetDutyField
from orgchart.edits.gestures import (
    add_child,
    add_sibling,
    add_top_unit,
    after_subtree,
    move_among_siblings,
    move_units,
    new_tier,
    new_unit_id,
    next_tier,
    rename,
)
from orgchart.edits.legend import DeleteRole, InsertRole, MoveRole, RecodeRole, SetRoleField
from orgchart.edits.links import DeleteLink, InsertLink, SetLinkField
from orgchart.edits.scope import Scope, scope_of
from orgchart.edits.tiers import DeleteTier, InsertTier, MoveTier, RemoveTier, SetTierField
from orgchart.edits.units import (
    DeleteUnit,
    InsertUnit,
    MoveUnit,
    RemoveUnit,
    Reparent,
    SetUnitField,
    SetUnitTier,
)

__all__ = [
    "Assign", "Batch", "DeleteDuty", "DeleteLink", "DeleteRole", "DeleteTier", "DeleteUnit",
    "DuplicateId", "Edit", "EditError", "InUse", "InsertDuty", "InsertLink", "InsertRole",
    "InsertTier", "InsertUnit", "InvalidValue", "MoveDuty", "MoveRole", "MoveTier", "MoveUnit",
    "NotFound", "RecodeRole", "RemoveTier", "RemoveUnit", "Reparent", "Scope", "SetDutyField",
    "SetLanguages", "SetLinkField", "SetRoleField", "SetTierField", "SetTitle", "SetUnitField",
    "SetUnitTier", "SeveralTops", "TierOrder", "WouldCycle", "add_child", "add_sibling",
    "add_top_unit", "after_subtree", "move_among_siblings", "move_units", "new_tier",
    "new_unit_id",
    "next_tier", "rename", "run_steps", "scope_of",
]
