"""Work put off until the window has painted.

Owns `AfterPaint`: a call made a moment after the event loop next turns.
Qt paints a window when its event loop next runs; a single-shot timer
started now could fire in that same round, before the paint. So a first
timer (0 ms) starts the real one from the next round: the work comes
after what the user waits to see (a large chart's canvas), never before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class AfterPaint(QObject):
    """Calls `slot` `delay_ms` after the event loop's next round."""

    def __init__(self, parent: QObject, delay_ms: int, slot: Callable[[], object]) -> None:
        super().__init__(parent)
        self._later = self._timer(delay_ms)
        self._later.timeout.connect(slot)
        self._arm = self._timer(0)
        self._arm.timeout.connect(self._later.start)

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        return timer

    def start(self) -> None:
        self._later.stop()
        self._arm.start()

    def stop(self) -> None:
        self._arm.stop()
        self._later.stop()

    def isActive(self) -> bool:  # noqa: N802 - as QTimer says it
        return self._arm.isActive() or self._later.isActive()
