"""Graphviz export: SVG of large charts with each engine.

`orgchart.formats.graphviz.export` writing SVG of government-shaped charts
(`tests/bench/charts.py`), labels in both languages, from the chart in
memory to the file on disk: building the labels, measuring them with
Graphviz, laying out (dot, or our layout for pinned), building the drawing
and rendering it with `neato -n2`. 3,000 units with each engine, 30,000
with pinned (dot is not tried there: it takes minutes). Times are medians;
the split shows how much of it is Graphviz running.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from orgchart.formats import ExportOptions
from orgchart.formats import graphviz as gv
from orgchart.formats.graphviz_run import Graphviz
from orgchart.model import Chart
from tests.bench.__main__ import Result
from tests.bench.charts import government

#: (units, engine, repeats, target in seconds or None)
CASES = ((3_000, "dot", 3, 30.0), (3_000, "pinned", 5, 5.0), (30_000, "pinned", 3, 30.0))
TIMEOUT = 600.0
_notes: list[str] = []


class _Clock:
    """Adds up the time spent running Graphviz during exports, by standing
    in for the exporter's runner while it is installed."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._run = Graphviz.run

    def __enter__(self) -> _Clock:
        clock, run = self, self._run

        def timed(runner, args, source):  # noqa: ANN001, ANN202 - the runner's own
            start = time.perf_counter()
            try:
                return run(runner, args, source)
            finally:
                clock.seconds += time.perf_counter() - start

        Graphviz.run = timed
        return self

    def __exit__(self, *exc: object) -> None:
        Graphviz.run = self._run


def time_export(chart: Chart, engine: str, repeats: int) -> tuple[float, float, int]:
    """Median seconds of the whole export, median seconds in Graphviz, SVG bytes."""
    totals, inside, size = [], [], 0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "chart.svg"
        options = ExportOptions(engine=engine, display="both", timeout=TIMEOUT)
        for _ in range(repeats):
            with _Clock() as clock:
                start = time.perf_counter()
                gv.export(chart, out, options)
                totals.append(time.perf_counter() - start)
            inside.append(clock.seconds)
            size = out.stat().st_size
    return statistics.median(totals), statistics.median(inside), size


def run() -> list[Result]:
    _notes.clear()
    if shutil.which("dot") is None:
        _notes.append("Graphviz is not installed: nothing measured.")
        return []
    version = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    _notes.append(f"Graphviz: {version}.")
    results = []
    charts: dict[int, Chart] = {}
    for n, engine, repeats, target in CASES:
        chart = charts.setdefault(n, government(n))
        total, inside, size = time_export(chart, engine, repeats)
        results.append(Result(
            f"SVG, {engine}, government {n:,} units ({len(chart.tiers)} tiers)", total, "s",
            f"< {target:.0f} s" if target else "", (total < target) if target else None,
            f"Graphviz {inside:.1f} s of it; {size / 1e6:.1f} MB"))
    return results


def notes() -> list[str]:
    return [*_notes, "Charts: `tests.bench.charts.government(n)`; labels in both languages "
            "(Traditional Chinese over English), no duties."]
