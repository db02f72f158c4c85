"""What a large chart is, for the views that update differently there.

From `LARGE_CHART` units, laying out or listing the whole chart takes longer
than an edit may before it shows (about 5 µs a unit for the layout, more
for the rows of the outline), so after an edit the canvas lays out only the
touched subtrees at once and the whole chart a moment later, and the
outline and the tiers dock catch up on a short timer. Below it, every view
updates in full, at once.

From `HUGE_CHART` units, opening a chart takes seconds, and what can wait
comes just after the window first shows the canvas: the outline's rows and
the first validation (each a tenth of a second or more at 50,000 units).

Read them at call time (`scale.LARGE_CHART`), so that tests can lower them.
"""

LARGE_CHART = 2_000
HUGE_CHART = 20_000


def is_large(unit_count: int) -> bool:
    return unit_count >= LARGE_CHART


def is_huge(unit_count: int) -> bool:
    return unit_count >= HUGE_CHART
