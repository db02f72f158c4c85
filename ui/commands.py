"""The undo commands: one `QUndoCommand` kind that wraps any `orgchart.edits`
edit and its inverse.

The edit is applied by `ChartDocument.push` before the command is pushed (so
a refused edit never reaches the stack); the command's first `redo` only
tells the views. Later undos and redos apply the exact inverses the core
returns. Typing into a field sends one `Set…Field` edit per keystroke
(pushed with `typing=True`); `mergeWith` folds them into one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from orgchart import edits

if TYPE_CHECKING:
    from ui.document import ChartDocument

#: Edits that set one field of one record; consecutive ones on the same
#: field merge into one undo step.
_MERGEABLE = (edits.SetUnitField, edits.SetTierField, edits.SetDutyField,
              edits.SetRoleField, edits.SetLinkField)
_MERGE_ID = 0x0C1A  # one id: mergeWith decides what folds together


class EditCommand(QUndoCommand):
    """An applied edit on the undo stack.

    Two kinds of pushes fold into the command before them: typing into a
    field (`typing=True`: consecutive edits of the same field of the same
    record), and naming a unit right after adding it (adding and naming are
    one gesture, so one undo removes the new unit).
    """

    def __init__(self, document: ChartDocument, edit: edits.Edit, inverse: edits.Edit,
                 typing: bool = False) -> None:
        super().__init__(edit.title)
        self._document = document
        self._edit = edit
        self._inverse = inverse
        self._typing = typing
        self._first = True

    @property
    def edit(self) -> edits.Edit:
        return self._edit

    def redo(self) -> None:
        if not self._first:
            self._inverse = self._edit.apply(self._document.chart)
        self._first = False
        self._document.notify(self._edit)

    def undo(self) -> None:
        self._edit = self._inverse.apply(self._document.chart)
        self._document.notify(self._inverse)

    # -- merging -------------------------------------------------------------------

    def _field_key(self) -> tuple[type, str, str] | None:
        edit = self._edit
        if isinstance(edit, _MERGEABLE):
            return (type(edit), edit.key, edit.field)
        return None

    def _names_unit(self) -> str | None:
        edit = self._edit
        if isinstance(edit, edits.SetUnitField) and edit.field == "name":
            return edit.key
        return None

    def id(self) -> int:
        mergeable = (self._typing or self._names_unit() is not None
                     or edits.new_unit_id(self._edit) is not None)
        return _MERGE_ID if mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand):
            return False
        if self._typing and other._typing and other._field_key() == self._field_key():
            self._edit = other._edit  # the latest value; our inverse keeps the first one
            if self._inverse == _undo_of(self._edit):
                self.setObsolete(True)  # typed back to where it started
            return True
        added = edits.new_unit_id(self._edit)
        if added is not None and other._names_unit() == added:
            self._edit = edits.Batch((self._edit, other._edit), self.text())
            self._inverse = edits.Batch((other._inverse, self._inverse), self.text())
            return True
        return False

def _undo_of(edit: edits.Edit) -> edits.Edit | None:
    """The inverse a field edit would have if it changed nothing."""
    if isinstance(edit, _MERGEABLE):
        return type(edit)(edit.key, edit.field, edit.value)
    return None
