"""A wait the user can see while the UI thread works.

Owns the busy cursor and the status-bar line shown while a file is read,
drawn or saved, or an export is written (a chart of 50,000 units takes a
few seconds), so that a window that does not answer for a moment says why.

The work stays on the UI thread. A worker thread was tried for the Excel
export: it shares the GIL with every Python call the UI makes (card
painting, item models), and at 50,000 units the window answered its first
timer after four seconds instead of at once, and the export took longer.
A child process would be the way to keep the window live; not done yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


@contextmanager
def busy(window: QWidget | None, message: str = "") -> Iterator[None]:
    """The busy cursor, and `message` in the window's status bar, until the
    block ends (however it ends)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    bar = window.statusBar() if isinstance(window, QMainWindow) else None
    if bar is not None and message:
        bar.showMessage(message)
        bar.repaint()  # painted now: the work that follows holds the event loop
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if bar is not None and message and bar.currentMessage() == message:
            bar.clearMessage()
