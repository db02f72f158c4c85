"""Bulk work on large charts: pausing Python's cycle collector while many
objects are made.

Reading, checking and drawing a chart of 50,000 units make hundreds of
thousands of small objects (units, labels, problems, items), none of them
in a reference cycle. While they are made, the cycle collector runs again
and again over everything alive, and a full pass over a heap that already
holds a large chart costs more than the work itself (measured when opening
50,000 units: a second of four). `collector_paused` lets it run once,
afterwards, instead.
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
