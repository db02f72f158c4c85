"""Layout: the tier-banded tidy tree against its targets and against Graphviz dot.

`orgchart.layout.layout_chart` on government-shaped and company-shaped charts
(`tests/bench/charts.py`) of 1,000 to 100,000 units, box sizes from
`approx_box_size` measured beforehand (the app measures its own); Graphviz
`dot -Tplain` laying out the same trees with the same box sizes and the same
tier ranks (a hidden chain of tier nodes, `rank=same` per tier, as the
Graphviz export does), default settings otherwise, timed as a subprocess
from DOT text to its output; and the width compact mode saves. Our times
start from a collected heap and leave out freeing the result (shown apart);
a steady loop, each layout replacing the last with the collector running,
measured the same within noise.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable

from orgchart.layout import Layout, LayoutOptions, approx_box_size, layout_chart
from orgchart.model import Chart
from tests.bench.__main__ import Result
from tests.bench.charts import company, government

SIZES = (1_000, 10_000, 100_000)
SHAPES: dict[str, Callable[[int], Chart]] = {"government": government, "company": company}
TARGET_100K = 1.5
DOT_SIZES = (1_000, 3_000)
DOT_TIMEOUT = 120.0
TARGET_DOT_RATIO = 20.0
TARGET_COMPACT_RATIO = 5.0
#: Per-unit time may grow a little with size (CPython's memory is slower to
#: reach when the chart no longer fits the caches: the report shows how much
#: for one plain pass over the units); more would not be linear.
TARGET_PER_UNIT_GROWTH = 1.5

Sizes = dict[str, tuple[float, float]]
_notes: list[str] = []


def sized(chart: Chart) -> Sizes:
    return {u.id: approx_box_size(u, "en", chart.languages) for u in chart.units}


def timed(work: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median wall time of `work`, and of freeing what it returned: each
    result is kept until `work` is timed, then freed on its own clock (in the
    app the previous layout is freed when the new one replaces it)."""
    times, frees = [], []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        result = work()
        middle = time.perf_counter()
        del result
        frees.append(time.perf_counter() - middle)
        times.append(middle - start)
    return statistics.median(times), statistics.median(frees)


def time_layout(chart: Chart, sizes: Sizes,
                options: LayoutOptions | None = None) -> tuple[float, float]:
    """Median time to lay the chart out, and to free the layout."""
    repeats = 5 if len(chart.units) >= 50_000 else 9 if len(chart.units) >= 5_000 else 21
    return timed(lambda: layout_chart(chart, sizes, options), repeats)


# --------------------------------------------------------------------------
# Scaling


def scaling(charts: dict[tuple[str, int], tuple[Chart, Sizes]]) -> list[Result]:
    results = []
    for (shape, n), (chart, sizes) in charts.items():
        t, free = time_layout(chart, sizes)
        big = n == max(SIZES)
        results.append(Result(
            f"{shape}, {n:,} units ({len(chart.tiers)} tiers)", t, "s",
            f"< {TARGET_100K} s" if big else "", (t < TARGET_100K) if big else None,
            f"{t / n * 1e6:.1f} µs per unit; freeing the layout {_ms(free)}"))
    return results + [linearity(shape, make) for shape, make in SHAPES.items()]


def linearity(shape: str, make: Callable[..., Chart]) -> Result:
    """Per-unit time at 100,000 units over that at 10,000, on charts of the
    same tiers (so that only the size changes)."""
    small, big = SIZES[-2], SIZES[-1]
    tiers = len(make(small).tiers)
    per_unit, baseline = [], []
    for n in (small, big):
        chart = make(n, tiers=tiers)
        per_unit.append(time_layout(chart, sized(chart))[0] / n)
        baseline.append(timed(lambda chart=chart: _one_pass(chart), 9)[0] / n)
    growth = per_unit[1] / per_unit[0]
    return Result(f"{shape}: time per unit at {big:,} / at {small:,} units, {tiers} tiers both",
                  growth, "×", f"≤ {TARGET_PER_UNIT_GROWTH}", growth <= TARGET_PER_UNIT_GROWTH,
                  f"1.0 is exactly linear; one plain pass over the units: "
                  f"{baseline[1] / baseline[0]:.2f}×")


def _one_pass(chart: Chart) -> dict[str, tuple[str, str | None]]:
    """The simplest linear work on a chart, for comparison: how much slower
    per unit CPython itself gets on a larger chart."""
    return {u.id: (u.tier, u.parent) for u in chart.units}


# --------------------------------------------------------------------------
# Graphviz dot on the same trees


def dot_source(chart: Chart, sizes: Sizes) -> str:
    """The tree as DOT: fixed-size boxes in inches, one rank per tier."""
    lines = ["digraph chart {", 'node [shape=box, fixedsize=true, label=""];',
             " -> ".join(f"tier{i}" for i in range(len(chart.tiers))) + " [style=invis];"]
    rank = {t.id: i for i, t in enumerate(chart.tiers)}
    by_tier: dict[int, list[str]] = {}
    for unit in chart.units:
        w, h = sizes[unit.id]
        lines.append(f'"{unit.id}" [width={w / 72:.3f}, height={h / 72:.3f}];')
        by_tier.setdefault(rank[unit.tier], []).append(f'"{unit.id}"')
    for i, ids in sorted(by_tier.items()):
        lines.append(f"{{rank=same; tier{i} [style=invis]; {'; '.join(ids)}}}")
    lines += [f'"{u.parent}" -> "{u.id}";' for u in chart.units if u.parent]
    return "\n".join([*lines, "}"])


def time_dot(source: str, repeats: int = 3, timeout: float = DOT_TIMEOUT) -> float | None:
    """Median wall time of `dot -Tplain`, or None when it takes longer than `timeout`."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        try:
            subprocess.run(["dot", "-Tplain"], input=source, capture_output=True, text=True,
                           check=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def against_dot() -> list[Result]:
    if shutil.which("dot") is None:
        _notes.append("Graphviz `dot` is not installed: no comparison.")
        return []
    version = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    _notes.append(f"Graphviz: {version}; timeout {DOT_TIMEOUT:.0f} s per run.")
    results = []
    for shape, make in SHAPES.items():
        for n in DOT_SIZES:
            chart = make(n)
            sizes = sized(chart)
            ours, theirs = time_layout(chart, sizes)[0], time_dot(dot_source(chart, sizes))
            results.append(_dot_result(shape, n, len(chart.tiers), ours, theirs))
    return results


def _dot_result(shape: str, n: int, tiers: int, ours: float, theirs: float | None) -> Result:
    judged = shape == "government" and n == max(DOT_SIZES)
    ratio = (theirs if theirs is not None else DOT_TIMEOUT) / ours
    bound = "" if theirs is not None else "at least: dot timed out; "
    return Result(
        f"dot time / our time, {shape}, {n:,} units ({tiers} tiers)", ratio, "×",
        f"≥ {TARGET_DOT_RATIO:.0f}×" if judged else "",
        (ratio >= TARGET_DOT_RATIO) if judged else None,
        f"{bound}dot {_ms(theirs)}, ours {_ms(ours)}")


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "> timeout"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


# --------------------------------------------------------------------------
# Compact mode


def compact() -> list[Result]:
    chart = government(3_000)
    sizes = sized(chart)
    plain = layout_chart(chart, sizes)
    results = []
    for label, options, judged in (
        ("on, 1 column (default)", LayoutOptions(compact="on"), True),
        ("on, 2 columns", LayoutOptions(compact="on", max_columns=2), False),
        ("auto (> 4 leaves), 1 column", LayoutOptions(compact="auto"), False),
    ):
        lay = layout_chart(chart, sizes, options)
        ratio = plain.width / lay.width
        results.append(Result(
            f"plain width / compact width, government 3,000 units, {label}", ratio, "×",
            f"≥ {TARGET_COMPACT_RATIO:.0f}×" if judged else "",
            (ratio >= TARGET_COMPACT_RATIO) if judged else None, _shape(plain, lay)))
    big = government(100_000)
    t, _ = time_layout(big, sized(big), LayoutOptions(compact="on"))
    results.append(Result("time, compact on, government 100,000 units", t, "s"))
    return results


def _shape(plain: Layout, lay: Layout) -> str:
    return (f"plain {plain.width:,.0f} × {plain.height:,.0f}, "
            f"compact {lay.width:,.0f} × {lay.height:,.0f}")


# --------------------------------------------------------------------------


def run() -> list[Result]:
    _notes.clear()
    charts = {}
    for shape, make in SHAPES.items():
        for n in SIZES:
            chart = make(n)
            charts[shape, n] = (chart, sized(chart))
    results = scaling(charts)
    del charts
    return results + against_dot() + compact()


def notes() -> list[str]:
    return [*_notes,
            "Charts: `tests.bench.charts.government(n)` (centre, provinces, prefectures, "
            "counties, townships, villages as the size needs) and `company(n)` (5–7 tiers, "
            "uneven spans of control, one unit in twelve skipping a tier)."]
