"""A wait the user can see while the UI thread works.

Owns the busy cursor and the status-bar line shown while a file is read,
drawn or saved, or an export is written (a chart of 50,000 units takes a
few seconds), so that a window that does not answer for a moment says why.

Long exports of large charts run in a child process (`in_child`), with a
progress dialog, while this process keeps painting. Not a worker thread:
it shares the GIL with every Python call the UI makes (card painting,
item models), and at 50,000 units the window answered its first timer
after four seconds instead of at once, and the export took longer.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QWidget

T = TypeVar("T")

#: A wait shorter than this shows the busy cursor only, not the dialog.
DIALOG_AFTER_MS = 500
#: How often the event loop looks whether the child is done.
POLL_MS = 30


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


def _wait(parent: QWidget | None, title: str, message: str, done: Callable[[], bool]) -> None:
    """Run the event loop without user input until `done()`: the busy cursor
    at once, and past half a second a dialog that says what is being done."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: done() and loop.quit())
    progress = QProgressDialog(message, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.reset()  # shown by the timer below, not by Qt's own
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(progress.show)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        show.start(DIALOG_AFTER_MS)
        poll.start()
        if not done():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        poll.stop()
        show.stop()
        progress.close()
        progress.deleteLater()
        QApplication.restoreOverrideCursor()


def in_child(parent: QWidget | None, title: str, message: str,
             work: Callable[..., T], *args: object) -> T:
    """Run `work(*args)` in a child Python process and return its result,
    while this one keeps painting (see `_wait`).

    `work` must be a module-level function of the Qt-free core and its
    arguments plain values: they are pickled. A child that dies raises
    `ChildDied`.
    """
    # spawn: a fork of a process running Qt's threads is not safe
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        future = pool.submit(work, *args)
        _wait(parent, title, message, future.done)
        try:
            return future.result()
        except BrokenProcessPool as broken:
            raise ChildDied(str(broken) or "the child process ended") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class ChildDied(Exception):
    """The child process running the work ended without a result."""
