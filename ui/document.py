"""The open chart of one window: the model, its undo stack, its file, and the
signals that tell every view what changed.

`ChartDocument.push(edit)` is the one door for edits: panels, canvas, menus
and shortcuts all go through it, so every change is undoable and every view
hears of it the same way, whether it came from a gesture, an undo or a redo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from orgchart import edits, fileformat
from orgchart.model import Chart
from orgchart.text import BOTH
from ui.commands import EditCommand


class ChartDocument(QObject):
    """A chart being edited, with its file path and its undo history."""

    #: the chart object was replaced (new, open, revert): views rebuild
    chartReplaced = Signal()
    #: the chart changed in place (an edit, undo or redo); the argument is
    #: the edit that was applied, for views that can update only part
    chartChanged = Signal(object)
    #: an edit was refused; the argument is the message for the user
    editRefused = Signal(str)
    pathChanged = Signal(str)
    modifiedChanged = Signal(bool)
    displayChanged = Signal(str)

    def __init__(self, chart: Chart | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chart = chart if chart is not None else Chart.new()
        self._path: Path | None = None
        self._display = BOTH
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- the chart ---------------------------------------------------------------

    @property
    def chart(self) -> Chart:
        return self._chart

    def push(self, edit: edits.Edit | None, typing: bool = False) -> bool:
        """Apply an edit as one undo step; False (and `editRefused`) if refused.

        `typing`: the edit is one keystroke in a field; consecutive keystrokes
        in the same field make one undo step.
        """
        if edit is None:
            return False
        try:
            inverse = edit.apply(self._chart)
        except edits.EditError as refusal:
            self.editRefused.emit(str(refusal))
            return False
        self.undo_stack.push(EditCommand(self, edit, inverse, typing))
        return True

    def notify(self, edit: edits.Edit) -> None:
        """Called by commands after the chart changed."""
        self.chartChanged.emit(edit)

    def replace_chart(self, chart: Chart, path: Path | None, modified: bool = False) -> None:
        """Show another chart (new, opened, reverted): the history starts afresh.

        `modified` marks a chart that is not what its file holds (one restored
        from a recovery copy): it stays modified until it is saved.
        """
        self._chart = chart
        self.undo_stack.clear()
        self.undo_stack.setClean()
        if modified:
            self.undo_stack.resetClean()
        self.set_path(path)
        self.chartReplaced.emit()
        self.modifiedChanged.emit(modified)

    # -- display language --------------------------------------------------------

    @property
    def display(self) -> str:
        """One of the chart's languages, or `BOTH` (primary over secondary)."""
        return self._display

    def set_display(self, display: str) -> None:
        if display != self._display:
            self._display = display
            self.displayChanged.emit(display)

    def label(self, text) -> str:  # noqa: ANN001 - a orgchart.text.Text
        """A label as this window shows it."""
        return text.show(self._display, self._chart.languages)

    # -- file --------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = Path(path) if path is not None else None
        self.pathChanged.emit(str(self._path or ""))

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def save(self, path: Path | None = None) -> None:
        """Save to `path` (or the current path); raises `fileformat.SaveError`."""
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no path to save to")
        fileformat.save(self._chart, target)
        self.set_path(target)
        self.undo_stack.setClean()

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> ChartDocument:
        """Read a chart; raises `fileformat.LoadError` with the core's message."""
        document = cls(fileformat.load(path), parent)
        document.set_path(Path(path))
        return document
