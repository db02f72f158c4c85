"""The selection shared by the canvas, the outline and the inspector.

It holds ids, never model objects. Whoever changes it names itself as the
initiator, so that it can ignore the echo of its own change (no feedback
loops between views, and the view that made the change keeps its cursor).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """The selected ids (units, or a tier or duty) and the current one."""

    #: (initiator) — the view that changed the selection, or None
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return self._ids

    @property
    def current(self) -> str | None:
        """The most recently selected id (the anchor of keyboard moves)."""
        return self._ids[-1] if self._ids else None

    def set(self, ids: Iterable[str], initiator: object = None) -> None:
        new = tuple(dict.fromkeys(ids))
        if new != self._ids:
            self._ids = new
            self.changed.emit(initiator)

    def clear(self, initiator: object = None) -> None:
        self.set((), initiator)

    def keep_only(self, existing: set[str]) -> None:
        """Drop ids that no longer exist (after an edit or undo)."""
        self.set((i for i in self._ids if i in existing), None)
