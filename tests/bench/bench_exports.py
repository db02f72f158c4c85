"""Exports of large charts: Graphviz pinned SVG, the Excel duty matrix and PowerPoint.

Each export runs in a fresh child process, from the chart in memory to the
file on disk, and reports its time and the peak resident memory of the
process (`resource.getrusage(RUSAGE_SELF).ru_maxrss`, the whole process,
chart included): the SVG of a company of 10,000 units drawn with our layout
and rendered by Graphviz (`engine="pinned"`, labels in both languages); the
duty-matrix workbook of a company of 50,000 units with 200 duties (the
duties of the Excel benchmark), tiers across, with its structure sheet of
every unit; and the slides of a government chart of 3,000 units (the chart
split by subtree, a slide of duties per tier).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.__main__ import ROOT, Result

#: name -> (format module, shape, units, duties, target seconds, target MB)
CASES = {
    "svg": ("graphviz", "company", 10_000, 0, 30.0, 1_500),
    "xlsx": ("excel", "company", 50_000, 200, 60.0, 1_500),
    "pptx": ("pptx", "government", 3_000, 200, 30.0, 1_500),
}
SUFFIX = {"svg": ".svg", "xlsx": ".xlsx", "pptx": ".pptx"}
LABELS = {"svg": "Graphviz SVG, pinned", "xlsx": "Excel duty matrix",
          "pptx": "PowerPoint slides"}
CHILD_TIMEOUT = 900.0
_notes: list[str] = []


def _child(name: str) -> dict[str, object]:
    import importlib
    import resource

    from orgchart.formats import ExportOptions
    from tests.bench.bench_excel import with_duties
    from tests.bench.charts import company, government

    module, shape, n, duties, _, _ = CASES[name]
    chart = (government if shape == "government" else company)(n)
    if duties:
        with_duties(chart, duties)
    export = importlib.import_module(f"orgchart.formats.{module}").export
    options = ExportOptions(engine="pinned", display="both", timeout=CHILD_TIMEOUT)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"chart{SUFFIX[name]}"
        start = time.perf_counter()
        export(chart, path, options)
        seconds = time.perf_counter() - start
        size = path.stat().st_size
    return {"seconds": seconds, "bytes": size, "tiers": len(chart.tiers),
            "memory_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(name: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "tests.bench.bench_exports", "--child", name],
                          cwd=ROOT, env=dict(os.environ), capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{name}: the child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Result]:
    _notes.clear()
    results = []
    for name, (_, shape, n, duties, seconds, megabytes) in CASES.items():
        if name == "svg" and shutil.which("neato") is None:
            _notes.append("Graphviz is not installed: no SVG measured.")
            continue
        m = measure(name)
        what = f"{LABELS[name]}, {shape} {n:,} units ({m['tiers']} tiers)" + (
            f", {duties} duties" if duties else "")
        results += [
            Result(what, m["seconds"], "s", f"< {seconds:.0f} s",  # type: ignore[arg-type]
                   m["seconds"] < seconds,  # type: ignore[operator]
                   f"{m['bytes'] / 2**20:.1f} MiB written"),  # type: ignore[operator]
            Result(f"{LABELS[name]}: peak memory", m["memory_mb"], "MB",  # type: ignore[arg-type]
                   f"< {megabytes:,} MB", m["memory_mb"] < megabytes,  # type: ignore[operator]
                   "whole child process (ru_maxrss)"),
        ]
    return results


def notes() -> list[str]:
    return [*_notes, "One run each: every export takes seconds, and its memory is that of a "
            "fresh process. Targets: the 50,000-unit memory target of issue 9 for every "
            "export; times as the Graphviz benchmark sets them for a wait behind a "
            "progress dialog (the slides of 3,000 units took 190 s before python-pptx "
            "was told to count shape ids rather than search the slide for each)."]


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    print(json.dumps(_child(sys.argv[2])))
