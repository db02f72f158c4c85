"""The app at scale: open, check, lay out, draw, edit and paint charts of up to 50,000 units.

Government-shaped charts of 1, 34, 350, 3,000 and 40,000 units and
company-shaped charts of 1,000, 10,000 and 50,000 (`tests/bench/charts.py`),
each measured in a fresh child process on Qt's offscreen platform: reading
the `.orgchart` file (`orgchart.fileformat.load`); validation
(`orgchart.hierarchy.validate`) next to networkx's own checks on the
reporting graph (building the `DiGraph`, `is_arborescence`,
`is_directed_acyclic_graph` and `simple_cycles`); the layout with the
card sizes the canvas measured; building the scene from nothing; opening
the file in a whole main window (canvas, outline, inspector, tiers, duty
matrix, problems, validation) until it is shown and painted; one local
edit at a time (a rename that keeps the card's size, a rename that makes
it wider, adding a child, moving a small subtree to a cousin) from
`ChartDocument.push` until the canvas shows it, painted, and until
everything has settled (the whole layout, the outline, validation); the
viewport (as the window gives it) painted into a QImage, fully zoomed out
and at 100 %, and the slowest of eleven zooms from 5 % to 400 %, in the
window and in the window of a large screen (2560 × 1380); and the peak
resident memory of the child process
(`resource.getrusage(RUSAGE_SELF).ru_maxrss`, the whole app: Python, Qt
and the chart). Graphviz `dot -Tplain` lays out the same trees (sizes from
`approx_box_size`, one rank per tier, as in the layout benchmark). Times
are medians; the largest charts are measured fewer times.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.bench.__main__ import ROOT, Result

#: (shape, units); the child process makes each chart from its shape and size.
CHARTS = (("government", 1), ("government", 34), ("government", 350), ("government", 3_000),
          ("government", 40_000), ("company", 1_000), ("company", 10_000),
          ("company", 50_000))
#: Targets of issue 9, for charts of 50,000 units (and the 40,000 government chart).
BIG = 40_000
TARGET_OPEN_BIG, TARGET_OPEN_3K = 4.0, 0.5
TARGET_VALIDATE, TARGET_LAYOUT = 0.3, 1.0
TARGET_EDIT, TARGET_PAINT = 0.050, 0.030
TARGET_MEMORY_MB = 1_500
#: Zooms at which the viewport's paint is measured, for its slowest.
PAINT_ZOOMS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.35, 0.5, 0.75, 1.0, 2.0, 4.0)
#: The window of a large screen (2560 × 1440, less the task bar).
BIG_WINDOW = (2560, 1380)
#: Edits and paints are measured from this size up.
EDIT_FROM = 3_000
DOT_TIMEOUT = 45.0
CHILD_TIMEOUT = 600.0
_notes: list[str] = []
#: (shape, units, figures, dot) of each chart measured by the last `run`
_measured: list[tuple[str, int, dict[str, object], float | None]] = []


def repeats(n: int) -> int:
    return 2 if n >= BIG else 3 if n >= 10_000 else 5


# --------------------------------------------------------------------------
# The child: one chart, one process


def _child(shape: str, n: int) -> dict[str, object]:
    """Every figure of one chart, measured in this (fresh) process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from tests.bench.charts import company, government

    make = government if shape == "government" else company
    chart = make(n)
    out: dict[str, object] = {"tiers": len(chart.tiers)}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{shape}-{n}.orgchart"
        from orgchart import fileformat

        fileformat.save(chart, path)
        out.update(_core(path, n))
        _warm_up(app)
        out.update(_open_and_show(app, path, n))
    out["memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _median(work: Callable[[], object], times: int) -> float:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        work()
        spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def _core(path: Path, n: int) -> dict[str, float]:
    import networkx as nx

    from orgchart import fileformat
    from orgchart.hierarchy import reporting_graph, validate
    from orgchart.layout import LayoutOptions, layout_chart
    from orgchart.text import BOTH
    from ui.canvas.measure import CanvasFonts, CardMeasurer
    from ui.canvas.scene import ChartScene

    r = repeats(n)
    chart = fileformat.load(path)
    measurer = CardMeasurer(CanvasFonts.for_languages(chart.languages))
    sizes = {u.id: measurer.content(u, BOTH, chart.languages).size for u in chart.units}

    def networkx_checks() -> None:
        graph = reporting_graph(chart)
        nx.is_arborescence(graph)
        nx.is_directed_acyclic_graph(graph)
        list(nx.simple_cycles(graph))

    def scene() -> None:
        ChartScene().show_chart(chart, BOTH, rebuild=True)

    return {
        "load": _median(lambda: fileformat.load(path), r),
        "validate": _median(lambda: validate(chart), r),
        "networkx": _median(networkx_checks, max(1, r - 2)),
        "layout": _median(lambda: layout_chart(chart, sizes, LayoutOptions(display=BOTH)), r),
        "scene": _median(scene, max(1, r - 2)),
    }


def _warm_up(app: object) -> None:
    """Open and close a small chart first, as the app does with its sample,
    so that the figures are not those of Qt loading its fonts."""
    from tests.bench.charts import government
    from ui.document import ChartDocument

    window = _window(ChartDocument(government(34)))
    _idle(window)
    window.close()


def _window(document: object) -> object:
    from ui.main_window import MainWindow
    from ui.preferences import Preferences

    window = MainWindow(document, Preferences())  # type: ignore[arg-type]
    window.resize(1280, 820)
    window.show()
    return window


def _idle(window: object, timeout: float = 120.0) -> None:
    """Run the event loop until nothing waits: the canvas settled, the outline
    rebuilt, validation done, every posted event handled."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if not _pending(window):
            QCoreApplication.processEvents()
            return
        time.sleep(0.002)


def _pending(window: object) -> bool:
    view = window.view  # type: ignore[attr-defined]
    return bool(view.unsettled or view.collecting_soon
                or window.outline.model.pending  # type: ignore[attr-defined]
                or window.validator.pending)  # type: ignore[attr-defined]


def _open_and_show(app: object, path: Path, n: int) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication

    from ui.document import ChartDocument

    times, idle, window = [], [], None
    for _ in range(repeats(n)):
        if window is not None:
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
        start = time.perf_counter()
        window = _window(ChartDocument.open(path))
        QCoreApplication.processEvents()
        window.view.viewport().repaint()
        times.append(time.perf_counter() - start)
        _idle(window)
        idle.append(time.perf_counter() - start)
    out: dict[str, object] = {"open": statistics.median(times),
                              "open_idle": statistics.median(idle)}
    if n >= EDIT_FROM:
        out.update(_edits(window, n))
        out.update(_paints(window))
    window.close()
    return out


def _paint_once(view: object) -> float:
    from PySide6.QtGui import QImage

    viewport = view.viewport()  # type: ignore[attr-defined]
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    start = time.perf_counter()
    viewport.render(image)
    return time.perf_counter() - start


def _paints(window: object) -> dict[str, object]:
    view = window.view  # type: ignore[attr-defined]
    chart = window.document.chart  # type: ignore[attr-defined]
    from ui.canvas.view import MIN_ZOOM

    view.set_zoom(MIN_ZOOM)
    view.centerOn(view.chart_scene.sceneRect().center())
    _idle(window)
    far = statistics.median(_paint_once(view) for _ in range(7))
    view.set_zoom(1.0)
    view.center_on(_middle(chart, -2).id)
    _idle(window)
    near = statistics.median(_paint_once(view) for _ in range(7))
    size = view.viewport().size()
    out: dict[str, object] = {"paint_far": far, "paint_near": near,
                              "viewport": [size.width(), size.height()], "min_zoom": MIN_ZOOM}
    # "At any zoom": the zooms between, where cards show elided names or all
    # their text, and the same in the window of a large screen.
    for key, (width, height) in (("sweep", (1280, 820)), ("sweep_big", BIG_WINDOW)):
        window.resize(width, height)  # type: ignore[attr-defined]
        _idle(window)
        slowest, at = 0.0, 1.0
        for zoom in PAINT_ZOOMS:
            view.set_zoom(zoom)
            view.center_on(_middle(chart, -2).id)
            _idle(window)
            t = statistics.median(_paint_once(view) for _ in range(5))
            if t > slowest:
                slowest, at = t, zoom
        size = view.viewport().size()
        out[key] = [slowest, at, size.width(), size.height()]
    window.resize(1280, 820)  # type: ignore[attr-defined]
    return out


def _middle(chart: object, tier: int) -> object:
    """The unit in the middle of a tier that has units below it (counted
    from the top; -2: the tier above the lowest)."""
    tier_id = chart.tiers[tier].id  # type: ignore[attr-defined]
    parents = {u.parent for u in chart.units}  # type: ignore[attr-defined]
    row = [u for u in chart.units  # type: ignore[attr-defined]
           if u.tier == tier_id and u.id in parents]
    return row[len(row) // 2]


def _edits(window: object, n: int) -> dict[str, object]:
    """Each edit pushed, shown, settled, and undone (settled again), a few times."""
    from orgchart import edits

    document, view = window.document, window.view  # type: ignore[attr-defined]
    chart = document.chart
    parent = _middle(chart, -2)
    view.set_zoom(1.0)
    view.center_on(parent.id)
    _idle(window)
    same = parent.name.with_value("en", parent.name.get("en")[::-1])  # same letters
    longer = parent.name.with_value("en", parent.name.get("en") + " and its regional office")
    # A small subtree: a unit of the tier above the lowest, with its
    # children, moved to the next unit of its parent's tier.
    above = chart.find_unit(parent.parent)
    mover = parent
    row = [u for u in chart.units if u.tier == above.tier and u.id != above.id]
    cousin = row[len(row) // 2]
    cases = {
        "rename": lambda: edits.SetUnitField(parent.id, "name", same),
        "rename_wider": lambda: edits.SetUnitField(parent.id, "name", longer),
        "add_child": lambda: edits.add_child(chart, parent.id, "New unit"),
        "reparent": lambda: edits.move_units(chart, [mover.id], cousin.id),
    }
    out: dict[str, object] = {"moved": len(chart.subtree(mover.id))}
    for name, build in cases.items():
        shown, settled = [], []
        for _ in range(5 if n < BIG else 3):
            start = time.perf_counter()
            assert document.push(build()), name
            view.viewport().repaint()  # what the edit changed, painted
            shown.append(time.perf_counter() - start)
            _idle(window)
            settled.append(time.perf_counter() - start)
            document.undo_stack.undo()
            _idle(window)
        out[name] = statistics.median(shown)
        out[name + "_settled"] = statistics.median(settled)
    return out


# --------------------------------------------------------------------------
# The parent: one child per chart, dot beside it


def measure(shape: str, n: int) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.bench.bench_app", "--child", shape,
                           str(n)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{shape} {n}: the child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def time_dot(shape: str, n: int) -> float | None:
    """`dot -Tplain` on the same tree, once (None: longer than DOT_TIMEOUT)."""
    from tests.bench import bench_layout
    from tests.bench.charts import company, government

    chart = (government if shape == "government" else company)(n)
    source = bench_layout.dot_source(chart, bench_layout.sized(chart))
    return bench_layout.time_dot(source, repeats=1, timeout=DOT_TIMEOUT)


def _judge(value: float, limit: float | None, unit: str = "s") -> tuple[str, bool | None]:
    if limit is None:
        return "", None
    shown = f"{limit * 1000:.0f} ms" if unit == "s" and limit < 0.1 else f"{limit:g} {unit}"
    return f"< {shown}", value < limit


def _row(label: str, value: float, limit: float | None, note: str = "",
         unit: str = "s") -> Result:
    target, passed = _judge(value, limit, unit)
    return Result(label, value, unit, target, passed, note)


def _time(seconds: float | None) -> str:
    if seconds is None:
        return f"> {DOT_TIMEOUT:.0f} s (stopped)"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds:.2f} s"


def results_for(shape: str, n: int, m: dict[str, object], dot: float | None) -> list[Result]:
    big, name = n >= BIG, f"{shape} {n:,}"
    out = [
        _row(f"{name}: open and show", m["open"],  # type: ignore[arg-type]
             TARGET_OPEN_BIG if big else TARGET_OPEN_3K if n == 3_000 else None,
             f"{m['tiers']} tiers; file read, window built, shown and painted; "
             f"everything done (outline rows, problems, collector) after "
             f"{_time(m['open_idle'])}"),  # type: ignore[arg-type]
        _row(f"{name}: read the file", m["load"], None),  # type: ignore[arg-type]
        _row(f"{name}: validate", m["validate"],  # type: ignore[arg-type]
             TARGET_VALIDATE if big else None,
             f"networkx's checks on the same chart: {_time(m['networkx'])}"),  # type: ignore[arg-type]
        _row(f"{name}: layout", m["layout"],  # type: ignore[arg-type]
             TARGET_LAYOUT if big else None,
             f"Graphviz dot on the same tree: {_time(dot)}" if shutil.which("dot") else ""),
        _row(f"{name}: build the scene", m["scene"], None,  # type: ignore[arg-type]
             "measure every card, lay out, make the items"),
    ]
    if "rename" in m:
        edit_target = TARGET_EDIT if big else None
        labels = {"rename": "rename, same size", "rename_wider": "rename, card grows",
                  "add_child": "add a child", "reparent": f"re-parent {m['moved']} unit(s)"}
        for key, label in labels.items():
            out.append(_row(f"{name}: {label}, until shown", m[key],  # type: ignore[arg-type]
                            edit_target, f"settled (whole layout, outline, problems) after "
                            f"{_time(m[key + '_settled'])}"))  # type: ignore[arg-type]
        w, h = m["viewport"]  # type: ignore[misc]
        out += [
            _row(f"{name}: paint the viewport, zoomed out ({m['min_zoom']:.0%})",
                 m["paint_far"], TARGET_PAINT, f"{w} × {h} px"),  # type: ignore[arg-type]
            _row(f"{name}: paint the viewport at 100 %", m["paint_near"],  # type: ignore[arg-type]
                 TARGET_PAINT, f"{w} × {h} px"),
        ]
        for key, label in (("sweep", "window"), ("sweep_big", "large-screen window")):
            t, zoom, sw, sh = m[key]  # type: ignore[misc]
            out.append(_row(f"{name}: paint the viewport, slowest zoom, {label}", t,
                            TARGET_PAINT, f"{sw} × {sh} px; slowest at {zoom:.0%} of "
                            f"{len(PAINT_ZOOMS)} zooms from {PAINT_ZOOMS[0]:.0%} to "
                            f"{PAINT_ZOOMS[-1]:.0%}"))
    out.append(_row(f"{name}: peak memory", m["memory_mb"],  # type: ignore[arg-type]
                    TARGET_MEMORY_MB if big else None,
                    "whole app process (ru_maxrss)", unit="MB"))
    return out


def run() -> list[Result]:
    _notes.clear()
    _measured.clear()
    have_dot = shutil.which("dot") is not None
    if have_dot:
        version = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
        _notes.append(f"Graphviz: {version}; dot stopped after {DOT_TIMEOUT:.0f} s.")
    results = []
    for shape, n in CHARTS:
        m = measure(shape, n)
        dot = time_dot(shape, n) if have_dot else None
        results += results_for(shape, n, m, dot)
        _measured.append((shape, n, m, dot))
    return results


def summary() -> list[str]:
    """One row per chart: our figures beside Graphviz dot and networkx."""
    lines = ["| Chart | Tiers | Open and show | Validate | networkx's checks | Layout "
             "| Graphviz dot | Slowest local edit | Paint zoomed out / 100 % / slowest zoom "
             "| Peak memory |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for shape, n, m, dot in _measured:
        edit = max((m[k] for k in ("rename", "rename_wider", "add_child", "reparent")
                    if k in m), default=None)  # type: ignore[type-var]
        paint = (f"{_time(m['paint_far'])} / {_time(m['paint_near'])} / "  # type: ignore[arg-type]
                 f"{_time(max(m['sweep'][0], m['sweep_big'][0]))}"  # type: ignore[index]
                 if "paint_far" in m else "")
        lines.append(
            f"| {shape} {n:,} | {m['tiers']} | {_time(m['open'])} "  # type: ignore[arg-type]
            f"| {_time(m['validate'])} | {_time(m['networkx'])} "  # type: ignore[arg-type]
            f"| {_time(m['layout'])} | {_time(dot) if shutil.which('dot') else '—'} "  # type: ignore[arg-type]
            f"| {_time(edit) if edit is not None else ''} | {paint} "  # type: ignore[arg-type]
            f"| {m['memory_mb']:,.0f} MB |")
    return lines


def notes() -> list[str]:
    import networkx

    from tests.bench.charts import company, government
    from ui.scale import LARGE_CHART

    sizes = ", ".join(f"{n:,}: {len((government if s == 'government' else company)(n).tiers)}"
                      for s, n in CHARTS if n <= 3_000)
    return [*_notes, f"networkx {networkx.__version__}.",
            f"Tiers of the smaller charts ({sizes}); the larger ones show theirs in the table.",
            "Open and show: from the file on disk to the window painted, after a small chart "
            "was opened once (as the app opens its sample), so Qt's fonts are loaded.",
            "An edit is timed from `ChartDocument.push` to the viewport repainted with it. "
            f"From {LARGE_CHART:,} units (`ui/scale.py`) the canvas first lays out the "
            "touched subtrees alone, "
            "where they stand (`ui/canvas/scene.py`), and the whole layout follows "
            "40 ms later; until then siblings may overlap the edited subtree. "
            "Settled is when the whole layout, the outline and validation are done."]


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    print(json.dumps(_child(sys.argv[2], int(sys.argv[3]))))
