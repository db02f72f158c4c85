"""Bulk work on large charts: pausing Python's cycle collector while many
objects are made.

Reading, checking and drawing a chart of 50,000 units make hundreds of
thousands of small objects (units, labels, problems, items), none of them
in a reference cycle. While they are made, the cycle collector runs again
and again over everything alive, and a full pass over a heap that already
holds a large chart costs more than the work itself (measured when opening
50,000 units: a second of four). `collector_paused` lets it run once,
afterwards, instead.

Then the chart lives for the session, and each later full pass would walk
it again (0.19 s at 50,000 units with the app's items, in the middle of
whatever edit it falls in). `collect_and_set_aside` runs one pass and
moves what survives out of the collector's sight (`gc.freeze`); `thaw`
gives it back, when another chart replaces it or its window closes. Objects set aside are still
freed when nothing refers to them; only cycles among them wait for `thaw`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block (nests; restores what was)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def collect_and_set_aside() -> None:
    """One full pass; what survives is left out of the later ones."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Give everything set aside back to the collector."""
    gc.unfreeze()
