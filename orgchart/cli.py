"""The `orgchart` command: check, lay out, export and import charts without
the app, and open the app.

`orgchart validate FILE...` prints the problems of each chart and exits 0
when no chart has an error (warnings allowed), 1 when one has, and 2 when a
file cannot be read. Messages go to stderr in one line each and never as a
traceback. `orgchart` alone, or `orgchart FILE`, opens the desktop app.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence

from orgchart import __version__, exchange, fileformat
from orgchart.hierarchy import has_errors, validate
from orgchart.problems import Problem

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 70



def default_language() -> str:
    """The message language from the environment (Chinese locales get Chinese)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            tag = value.split(":")[0].split(".")[0].replace("_", "-")
            if tag.lower().startswith("zh"):
                return "zh-Hant" if tag.lower() in ("zh-tw", "zh-hk", "zh-mo") else "zh-Hans"
            return "en"
    return "en"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart",
        description="OrgChart Builder: organisation charts with tiers, units and duties. "
                    "Without a command, opens the app (on FILE if given).",
    )
    parser.add_argument("--version", action="version", version=f"OrgChart Builder {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("validate", help="check that charts are valid hierarchies")
    check.add_argument("files", nargs="+", metavar="FILE", help=".orgchart files")
    check.add_argument("--json", action="store_true",
                       help="one JSON object per file, with every problem")
    check.add_argument("--lang", default=default_language(),
                       help="language of the messages: en, zh-Hans or zh-Hant")

    try:
        from orgchart import layout_cli
    except ImportError:
        layout_cli = None  # type: ignore[assignment]
    if layout_cli is not None:
        layout_cli.add_arguments(commands.add_parser(
            "layout", help="compute the chart's layout and write it as JSON"))

    exchange.add_export_arguments(commands.add_parser(
        "export", help="export a chart: image (Graphviz), Excel, slides, GraphML, CSV"))
    exchange.add_import_arguments(commands.add_parser(
        "import", help="make a chart from a spreadsheet, outline or GraphML file"))
    return parser


def _summary(problems: list[Problem]) -> str:
    counts = {s: sum(p.severity == s for p in problems) for s in ("error", "warning", "info")}
    return (f"{counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} note(s)")


def run_validate(args: argparse.Namespace) -> int:
    worst = EXIT_OK
    for path in args.files:
        try:
            chart = fileformat.load(path)
        except fileformat.LoadError as exc:
            print(f"orgchart: {exc}", file=sys.stderr)
            if args.json:
                print(json.dumps({"file": path, "error": str(exc)}, ensure_ascii=False))
            worst = EXIT_UNREADABLE
            continue
        problems = validate(chart)
        if args.json:
            print(json.dumps({
                "file": path, "valid": not has_errors(problems),
                "counts": {"units": len(chart.units), "tiers": len(chart.tiers),
                           "duties": len(chart.duties)},
                "problems": [p.to_json(args.lang) for p in problems],
            }, ensure_ascii=False))
        else:
            for p in problems:
                print(f"{path}: {p.severity}: {p.message(args.lang)} [{p.code}]")
            print(f"{path}: {len(chart.tiers)} tiers, {len(chart.units)} units, "
                  f"{len(chart.duties)} duties; {_summary(problems)}")
        if has_errors(problems) and worst == EXIT_OK:
            worst = EXIT_PROBLEMS
    return worst


def run_app(files: Sequence[str]) -> int:
    """Open the desktop app (on the given chart, if any)."""
    try:
        # The app lives in the ui package beside the core; the core itself
        # never imports it (tests/core/test_layering.py), only this launcher.
        app = importlib.import_module("ui.app")
    except ImportError:
        print("orgchart: the desktop app is not part of this version yet; "
              "check a chart with: orgchart validate FILE", file=sys.stderr)
        return EXIT_UNREADABLE
    return app.main(list(files))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = _parser()
    commands = {"validate", "layout", "export", "import"}
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        return run_app(argv)
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            return run_validate(args)
        if args.command == "export":
            return exchange.run_export(args)
        if args.command == "import":
            return exchange.run_import(args)
        from orgchart import layout_cli
        return layout_cli.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for a user; ORGCHART_DEBUG=1 shows it
        if os.environ.get("ORGCHART_DEBUG"):
            raise
        print(f"orgchart: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
