"""The undo commands: one `QUndoCommand` kind that wraps any `orgchart.edits`
edit and its inverse.

The edit is applied by `ChartDocument.push` before the command is pushed (so
a refused edit never reaches the stack); the command's first `redo` only
tells the views. Later undos and redos apply the exact inverses the core
returns. Typing into a field sends one `Set…Field` edit per keystroke;
`mergeWith` folds them into one undo step.
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
_MERGE_ID = 0x0C1A


class EditCommand(QUndoCommand):
    """An applied edit on the undo stack."""

    def __init__(self, document: ChartDocument, edit: edits.Edit, inverse: edits.Edit) -> None:
        super().__init__(edit.title)
        self._document = document
        self._edit = edit
        self._inverse = inverse
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

    # -- merging keystrokes ------------------------------------------------------

    def _merge_key(self) -> tuple[type, str, str] | None:
        edit = self._edit
        if isinstance(edit, _MERGEABLE) and edit.field in ("name", "text", "summary", "notes",
                                                           "label", "category"):
            return (type(edit), edit.key, edit.field)
        return None

    def id(self) -> int:
        return _MERGE_ID if self._merge_key() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other._merge_key() != self._merge_key():
            return False
        self._edit = other._edit  # the latest value; our inverse keeps the first old value
        if self._inverse == _undo_of(self._edit):
            self.setObsolete(True)  # typed back to where it started
        return True


def _undo_of(edit: edits.Edit) -> edits.Edit | None:
    """The inverse a field edit would have if it changed nothing."""
    if isinstance(edit, _MERGEABLE):
        return type(edit)(edit.key, edit.field, edit.value)
    return None
