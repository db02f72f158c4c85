"""`orgchart layout FILE`: a chart's layout as JSON, for scripts and other tools.

Owns the subcommand's arguments and its JSON form of a `Layout`:

    {"width": ..., "height": ...,
     "units": {id: {"x", "y", "w", "h"}},
     "bands": [{"tier", "x", "y", "w", "h"}],
     "edges": [{"from", "to", "points": [[x, y], ...]}],
     "links": [{"id", "from", "to", "kind", "points"}]}

Without the app's fonts, boxes are sized by `orgchart.layout.approx_box_size`.
Numbers are rounded to hundredths. Exit status: 0 done, 1 the output could
not be written, 2 the chart could not be read or the display language is not
one of the chart's.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from orgchart import fileformat
from orgchart.layout import COMPACT_MODES, ORIENTATIONS, Layout, LayoutOptions, layout_chart
from orgchart.model import Chart
from orgchart.text import BOTH


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `orgchart layout`."""
    parser.add_argument("file", metavar="FILE", help="an .orgchart file")
    parser.add_argument("--orientation", choices=ORIENTATIONS, default="tb",
                        help="tb: tiers as rows, top to bottom (default); lr: as columns")
    parser.add_argument("--compact", choices=COMPACT_MODES, default="off",
                        help="stack leaf units under their parent: off (default), on, "
                             "or auto (for parents with many leaves)")
    parser.add_argument("--columns", type=int, choices=(1, 2), default=1,
                        help="columns of a compact stack (default 1)")
    parser.add_argument("--display", metavar="LANG|both", default=None,
                        help="language of the labels that size the boxes, or 'both' "
                             "(default: the chart's first language)")
    parser.add_argument("-o", "--output", metavar="OUT.json",
                        help="write here instead of to standard output")


def run(args: argparse.Namespace) -> int:
    """Lay out the chart named by `args` and write the JSON; the exit status."""
    try:
        chart = fileformat.load(args.file)
    except fileformat.LoadError as exc:
        print(f"orgchart: {exc}", file=sys.stderr)
        return 2
    if args.display is not None and args.display != BOTH and args.display not in chart.languages:
        choices = ", ".join([*chart.languages, BOTH])
        print(f"orgchart: {args.file}: the chart has no language {args.display!r} "
              f"(choose one of: {choices})", file=sys.stderr)
        return 2
    options = LayoutOptions(orientation=args.orientation, compact=args.compact,
                            max_columns=args.columns, display=args.display)
    text = json.dumps(to_json(layout_chart(chart, options=options), chart), ensure_ascii=False)
    return _write(text + "\n", args.output)


def to_json(layout: Layout, chart: Chart) -> dict[str, Any]:
    """The chart's layout as plain JSON values, in drawing order."""
    parents: dict[str, str | None] = {}
    for unit in chart.units:  # a repeated id is drawn for its first unit
        parents.setdefault(unit.id, unit.parent)
    return {
        "width": _r(layout.width),
        "height": _r(layout.height),
        "units": {uid: {"x": _r(b.x), "y": _r(b.y), "w": _r(b.w), "h": _r(b.h)}
                  for uid, b in layout.boxes.items()},
        "bands": [{"tier": b.tier, "x": _r(b.x), "y": _r(b.y), "w": _r(b.w), "h": _r(b.h)}
                  for b in layout.bands],
        "edges": [{"from": parents[uid], "to": uid, "points": _points(points)}
                  for uid, points in layout.connectors.items()],
        "links": [{"id": k.link, "from": k.source, "to": k.target, "kind": k.kind,
                   "points": _points(k.points)} for k in layout.links],
    }


def _r(value: float) -> float:
    return round(value, 2) + 0.0  # + 0.0 turns -0.0 into 0.0


def _points(points: tuple[tuple[float, float], ...]) -> list[list[float]]:
    return [[_r(x), _r(y)] for x, y in points]


def _write(text: str, output: str | None) -> int:
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as exc:
        print(f"orgchart: {output}: could not write the layout: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    return 0
