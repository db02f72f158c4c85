"""The undo commands: one `QUndoCommand` kind that wraps any `orgchart.edits`
edit and its inverse.

The edit is applied by `ChartDocument.push` before the command is pushed (so
a refused edit never reaches the stack); the command's first `redo` only
tells the views. Later undos and redos apply the exact inverses the core
returns. Typing into a field sends one `Set…Field` edit per keystroke
(pushed with `typing=True`); `mergeWith` folds them into one undo step.

Edits carry English titles; the command shows them in the interface
language, from the "EditTitle" context of the translations.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgchart import edits

if TYPE_CHECKING:
    from ui.document import ChartDocument

#: Edits that set one field of one record; consecutive ones on the same
#: field merge into one undo step.
_MERGEABLE = (edits.SetUnitField, edits.SetTierField, edits.SetDutyField,
              edits.SetRoleField, edits.SetLinkField)
_MERGE_ID = 0x0C1A  # one id: mergeWith decides what folds together

#: Every title an edit can have (the core's edit kinds and the batches that
#: the core and the app put together), listed so that lupdate extracts them;
#: tests/ui/test_i18n.py checks that no core title is missing here.
EDIT_TITLES = (
    QT_TRANSLATE_NOOP("EditTitle", "Edit"),
    QT_TRANSLATE_NOOP("EditTitle", "Edit title"),
    QT_TRANSLATE_NOOP("EditTitle", "Edit languages"),
    QT_TRANSLATE_NOOP("EditTitle", "Add unit"),
    QT_TRANSLATE_NOOP("EditTitle", "Delete unit"),
    QT_TRANSLATE_NOOP("EditTitle", "Delete units"),
    QT_TRANSLATE_NOOP("EditTitle", "Reorder units"),
    QT_TRANSLATE_NOOP("EditTitle", "Edit unit"),
    QT_TRANSLATE_NOOP("EditTitle", "Change reporting line"),
    QT_TRANSLATE_NOOP("EditTitle", "Change tier"),
    QT_TRANSLATE_NOOP("EditTitle", "Collapse"),
    QT_TRANSLATE_NOOP("EditTitle", "Expand"),
    QT_TRANSLATE_NOOP("EditTitle", "Cut"),
    QT_TRANSLATE_NOOP("EditTitle", "Paste"),
    QT_TRANSLATE_NOOP("EditTitle", "Add tier"),
    QT_TRANSLATE_NOOP("EditTitle", "Delete tier"),
    QT_TRANSLATE_NOOP("EditTitle", "Reorder tiers"),
    QT_TRANSLATE_NOOP("EditTitle", "Edit tier"),
    QT_TRANSLATE_NOOP("EditTitle", "Add duty"),
    QT_TRANSLATE_NOOP("EditTitle", "Delete duty"),
    QT_TRANSLATE_NOOP("EditTitle", "Delete duties"),
    QT_TRANSLATE_NOOP("EditTitle", "Reorder duties"),
    QT_TRANSLATE_NOOP("EditTitle", "Edit duty"),
    QT_TRANSLATE_NOOP("EditTitle", "Set category"),
    QT_TRANSLATE_NOOP("EditTitle", "Assign role"),
    QT_TRANSLATE_NOOP("EditTitle", "Clear roles"),
    QT_TRANSLATE_NOOP("EditTitle", "Add role"),
    QT_TRANSLATE_NOOP("EditTitle", "Delete role"),
    QT_TRANSLATE_NOOP("EditTitle", "Reorder roles"),
    QT_TRANSLATE_NOOP("EditTitle", "Edit role"),
    QT_TRANSLATE_NOOP("EditTitle", "Change role code"),
    QT_TRANSLATE_NOOP("EditTitle", "Add link"),
    QT_TRANSLATE_NOOP("EditTitle", "Delete link"),
    QT_TRANSLATE_NOOP("EditTitle", "Edit link"),
)


def edit_title(edit: edits.Edit) -> str:
    """The edit's title in the interface language (as it is, when unknown)."""
    return QCoreApplication.translate("EditTitle", edit.title)


class EditCommand(QUndoCommand):
    """An applied edit on the undo stack.

    Two kinds of pushes fold into the command before them: typing into a
    field (`typing=True`: consecutive edits of the same field of the same
    record), and naming a unit right after adding it (adding and naming are
    one gesture, so one undo removes the new unit).
    """

    def __init__(self, document: ChartDocument, edit: edits.Edit, inverse: edits.Edit,
                 typing: bool = False) -> None:
        super().__init__(edit_title(edit))
        # Weakly: a strong reference makes a cycle document -> undo stack ->
        # command -> document, and when the collector breaks it, the stack
        # deletes commands whose wrappers it has deleted already (a crash).
        self._document = weakref.proxy(document)
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
        key = self._field_key()
        # Only field edits fold together: two other typed edits (both without
        # a key) would otherwise merge, and undo would revert only the first.
        if self._typing and other._typing and key is not None and other._field_key() == key:
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
