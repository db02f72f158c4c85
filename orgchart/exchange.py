"""`orgchart export` and `orgchart import`: which format module handles a
file, by its suffix (or, for an import, by a look inside), and the command
line around them. Exit codes: 0 done, 1 the export or import failed, 2 the
input could not be read or the command was wrong.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from types import ModuleType

from orgchart import fileformat
from orgchart.formats import ExportError, ExportOptions, ImportOptions

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2

#: suffix -> the module that writes it
EXPORTERS = {
    ".dot": "graphviz", ".png": "graphviz", ".svg": "graphviz", ".pdf": "graphviz",
    ".xlsx": "excel", ".csv": "table", ".txt": "outline",
    ".pptx": "pptx", ".graphml": "graphml",
}
#: import kind -> the module that reads it
IMPORTERS = {"matrix": "excel", "people": "table", "outline": "outline", "graphml": "graphml"}


class Unsupported(Exception):
    """No module of this version handles that file."""


def format_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(f"orgchart.formats.{name}")
    except ModuleNotFoundError as missing:
        if missing.name != f"orgchart.formats.{name}":
            raise
        raise Unsupported(f"this version of OrgChart Builder has no {name} format yet") from None


def export_text(text: str, module: str, path: str,
                options: ExportOptions) -> tuple[str, object]:
    """Export a chart given as the text of a `.orgchart` file with the
    format module `module`: what a child process runs (the app hands the
    exports of large charts to one: `ui/export_run.py`).

    Returns ("done", warnings), ("failed", the ExportError's message) or
    ("unreadable", the LoadError's message): plain values, which cross
    the process boundary where exceptions with their own arguments may not.
    """
    try:
        chart = fileformat.loads(text)
    except fileformat.LoadError as error:
        return ("unreadable", str(error))
    try:
        return ("done", format_module(module).export(chart, Path(path), options))
    except ExportError as error:
        return ("failed", str(error))


def exporter(path: Path) -> ModuleType:
    suffix = path.suffix.lower()
    if suffix not in EXPORTERS:
        known = ", ".join(sorted(EXPORTERS))
        raise Unsupported(f"cannot export to {suffix or 'a file without a suffix'}; "
                          f"use one of {known}")
    return format_module(EXPORTERS[suffix])


def guess_import_kind(path: Path) -> str:
    """What kind of file an import is: by suffix, and for workbooks by whether
    they are our duty matrix or a people list."""
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        return "graphml"
    if suffix in (".txt", ".md", ".outline"):
        return "outline"
    if suffix == ".xls":
        return "people"  # the people-list reader says what to do with an old workbook
    if suffix == ".xlsx":
        excel = format_module("excel")
        return "matrix" if excel.is_duty_workbook(path) else "people"
    if suffix in (".csv", ".tsv"):
        return "people"
    raise Unsupported(f"cannot tell what kind of file {path.name} is; say it with --from")


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the .orgchart file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the file to write; its suffix picks the format: "
                             + ", ".join(sorted(EXPORTERS)))
    parser.add_argument("--lang", dest="display", metavar="CODE|both",
                        help="label language: one of the chart's, or both")
    parser.add_argument("--duties", action="store_true", help="show each tier's duties")
    parser.add_argument("--engine", choices=("dot", "pinned", "auto"), default="auto",
                        help="images: Graphviz lays out (dot) or ours (pinned)")
    parser.add_argument("--orientation", choices=("tb", "lr"), default="tb")
    parser.add_argument("--dpi", type=int, default=96, help="PNG resolution")
    parser.add_argument("--font", help="font family for the labels")
    parser.add_argument("--matrix-by", choices=("tier", "unit"), default="tier",
                        help="Excel: tiers across, or units across")
    parser.add_argument("--matrix-tiers", nargs="*", default=(), metavar="TIER",
                        help="Excel with --matrix-by unit: whose units go across")


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SRC", help="a spreadsheet, outline or GraphML file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.orgchart")
    parser.add_argument("--from", dest="kind", choices=sorted(IMPORTERS),
                        help="what SRC is (guessed when not given)")
    parser.add_argument("--lang", dest="language", help="language tag of the imported text")


def run_export(args: argparse.Namespace) -> int:
    try:
        chart = fileformat.load(args.file)
    except fileformat.LoadError as error:
        print(f"orgchart: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    out = Path(args.output)
    options = ExportOptions(display=args.display, duties=args.duties, engine=args.engine,
                            orientation=args.orientation, dpi=args.dpi, font=args.font,
                            matrix_by=args.matrix_by, matrix_tiers=tuple(args.matrix_tiers))
    if options.display and options.display != "both" and options.display not in chart.languages:
        print(f"orgchart: {args.file}: the chart's languages are {', '.join(chart.languages)};"
              f" --lang {options.display} is not one of them", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        warnings = exporter(out).export(chart, out, options)
    except Unsupported as why:
        print(f"orgchart: {why}", file=sys.stderr)
        return EXIT_UNREADABLE
    except ExportError as error:
        print(f"orgchart: {out}: {error}", file=sys.stderr)
        return EXIT_FAILED
    for warning in warnings:
        print(f"orgchart: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    source, out = Path(args.source), Path(args.output)
    why = format_module("safe_xlsx").xml_safety_problem()
    if why is not None:  # checked first: the GraphML reader cannot even load without it
        print(f"orgchart: {why}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        kind = args.kind or guess_import_kind(source)
        module = format_module(IMPORTERS[kind])
        result = module.import_chart(source, ImportOptions(kind=kind, language=args.language))
    except Unsupported as why:
        print(f"orgchart: {why}", file=sys.stderr)
        return EXIT_UNREADABLE
    except fileformat.LoadError as error:
        print(f"orgchart: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    for problem in result.problems:
        print(f"orgchart: {source}: {problem}", file=sys.stderr)
    try:
        fileformat.save(result.chart, out)
    except fileformat.SaveError as error:
        print(f"orgchart: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
