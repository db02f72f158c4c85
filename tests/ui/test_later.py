"""`AfterPaint`: work put off until the event loop has turned once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ui.later import AfterPaint


def test_the_call_comes_after_the_next_round_and_the_delay(qapp, qtbot):
    owner = QObject()
    calls = []
    later = AfterPaint(owner, 30, lambda: calls.append(1))
    later.start()
    QCoreApplication.processEvents()  # the round that would paint the window
    assert calls == [] and later.isActive()
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    assert not later.isActive()


def test_stopped_it_never_calls(qapp, qtbot):
    owner = QObject()
    calls = []
    later = AfterPaint(owner, 10, lambda: calls.append(1))
    later.start()
    QCoreApplication.processEvents()
    later.stop()
    qtbot.wait(60)
    assert calls == [] and not later.isActive()
