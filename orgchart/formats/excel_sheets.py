"""The workbook's other sheets: Legend, Structure and Tiers for people,
and the very hidden data sheet that brings the chart back (see
`orgchart.formats.excel` for the design).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from orgchart import __version__, fileformat
from orgchart.formats.excel_book import (
    CHUNK,
    DATA_MARK,
    LAYOUT_VERSION,
    Book,
    clamp,
    colour_style,
    heading,
    ink_style,
    page_setup,
    role_style,
    set_widths,
    style,
)
from orgchart.formats.excel_cells import display_width, fit_rows, put
from orgchart.formats.excel_words import Words
from orgchart.formats.walk import tree_order
from orgchart.model import Chart, Unit
from orgchart.text import Text


def _table_header(book: Book, sheet: Any, labels: list[str], row: int = 2) -> None:
    for column, label in enumerate(labels, 1):
        put(sheet, row, column, label, style(book, "header"))


def _finish_table(book: Book, sheet: Any, columns: int, last_row: int, freeze: str,
                  landscape: bool) -> None:
    fit_rows(sheet, range(2, 3), list(range(1, columns + 1)), factor=1.1)
    fit_rows(sheet, range(3, last_row + 1), list(range(1, columns + 1)))
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A2:{get_column_letter(columns)}{max(last_row, 2)}"
    page_setup(book, sheet, landscape, "2:2")


def write_legend(book: Book, sheet: Any) -> None:
    words = book.words
    labels = [words.label("code"), *words.column_labels("role"), words.label("colour"),
              words.label("unique")]
    heading(book, sheet, "legend")
    _table_header(book, sheet, labels)
    row = 2
    for row, role in enumerate(book.chart.roles, 3):
        put(sheet, row, 1, book.shown(role.code, lambda: "a role code"),
            role_style(book, role.code))
        names = words.split(role.name)
        for i, name in enumerate(names):
            put(sheet, row, 2 + i, book.shown(name, lambda: "a role name"), style(book, "text"))
        put(sheet, row, 2 + len(names), role.color, colour_style(book, role.color, "swatch"))
        put(sheet, row, 3 + len(names), words.label("yes", sep=" / ") if role.unique else "",
            style(book, "empty"))
    set_widths(sheet, {1: 10, 2: 30, 3: 30 if words.columns else 12, 4: 14, 5: 16})
    _finish_table(book, sheet, len(labels), row, "B3", False)


def write_structure(book: Book, sheet: Any) -> None:
    """Every unit in tree order, grouped by depth with Excel's outline levels."""
    words = book.words
    labels = [words.label("id"), *words.column_labels("name"), words.label("tier"),
              words.label("reports-to"), words.label("people"), words.label("notes")]
    names = len(labels) - 5
    heading(book, sheet, "structure")
    _table_header(book, sheet, labels)
    sheet.sheet_properties.outlinePr.summaryBelow = False
    row = 2
    for row, (unit, depth) in enumerate(tree_order(book.chart), 3):
        _structure_row(book, sheet, row, unit, depth, names)
    ids = max((display_width(u.id) for u in book.chart.units), default=6)
    set_widths(sheet, {1: clamp(ids + 2, 8, 24),
                    **{2 + i: 36 if names == 1 else 28 for i in range(names)},
                    2 + names: 16, 3 + names: 28, 4 + names: 30, 5 + names: 48})
    _finish_table(book, sheet, len(labels), row, f"{get_column_letter(2 + names)}3", True)


def _structure_row(book: Book, sheet: Any, row: int, unit: Unit, depth: int, names: int
                   ) -> None:
    words = book.words
    where = lambda: f"unit {unit.id} ({sheet.title}, row {row})"  # noqa: E731
    put(sheet, row, 1, book.shown(unit.id, where), style(book, "text"))
    for i, name in enumerate(words.split(unit.name)):
        cell = put(sheet, row, 2 + i, book.shown(name, where), style(book, "text"))
        if depth:
            cell.alignment = Alignment(wrap_text=True, vertical="top", indent=min(depth, 15))
    tier = book.tiers.get(unit.tier)
    put(sheet, row, 2 + names, words.text(tier.name) if tier else unit.tier,
        ink_style(book, tier.color) if tier else style(book, "text"))
    parent = book.units.get(unit.parent) if unit.parent else None
    put(sheet, row, 3 + names, book.shown(words.text(parent.name) if parent else
                                          (unit.parent or ""), where), style(book, "text"))
    people = "\n".join(filter(None, (_person(words, p.name, p.title) for p in unit.people)))
    put(sheet, row, 4 + names, book.shown(people, where), style(book, "text"))
    put(sheet, row, 5 + names, book.shown(words.text(unit.notes), where), style(book, "text"))
    if depth:
        sheet.row_dimensions[row].outline_level = min(depth, 7)


def _person(words: Words, name: Text, title: Text) -> str:
    who, what = words.line(name), words.line(title)
    return f"{who}, {what}" if who and what else who or what


def write_tiers(book: Book, sheet: Any) -> None:
    words = book.words
    labels = [words.label("order"), *words.column_labels("name"), words.label("motto"),
              words.label("colour"), words.label("units")]
    names = len(labels) - 4
    heading(book, sheet, "tiers")
    _table_header(book, sheet, labels)
    counts: dict[str, int] = {}
    for unit in book.chart.units:
        counts[unit.tier] = counts.get(unit.tier, 0) + 1
    row = 2
    for row, tier in enumerate(book.chart.tiers, 3):
        put(sheet, row, 1, row - 2, style(book, "number"))
        for i, name in enumerate(words.split(tier.name)):
            put(sheet, row, 2 + i, book.shown(name, lambda: "a tier name"),
                colour_style(book, tier.color, "tier-cell"))
        put(sheet, row, 2 + names, book.shown(words.text(tier.summary), lambda: "a motto"),
            style(book, "text"))
        put(sheet, row, 3 + names, tier.color, colour_style(book, tier.color, "swatch"))
        put(sheet, row, 4 + names, counts.get(tier.id, 0), style(book, "number"))
    set_widths(sheet, {1: 8, **{2 + i: 30 for i in range(names)}, 2 + names: 40, 3 + names: 12,
                    4 + names: 10})
    _finish_table(book, sheet, len(labels), row, "C3", False)


# --------------------------------------------------------------------------
# The hidden data sheet

_SURROGATE_OR_NONCHAR = re.compile("[\ud800-\udfff\ufffe\uffff]")


def chart_json(chart: Chart) -> str:
    """The chart as compact JSON that any cell carries unchanged: characters
    XML cannot hold are JSON escapes, and so is every underscore (it only
    occurs inside JSON strings), so that no `_xHHHH_` sequence appears for
    Excel or openpyxl to decode."""
    text = json.dumps(fileformat.to_json(chart), ensure_ascii=False, separators=(",", ":"))
    text = _SURROGATE_OR_NONCHAR.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text.replace("\x7f", "\\u007f").replace("_", "\\u005f")


def chunks(text: str, size: int = CHUNK) -> Iterator[str]:
    for start in range(0, len(text), size):
        yield text[start:start + size]


def write_data(book: Book, sheet: Any) -> None:
    """Key and value rows; the chart JSON in as many "chart" rows as it needs."""
    options = book.options
    rows = [(DATA_MARK, LAYOUT_VERSION), ("app", __version__),
            ("matrix sheet", book.titles["matrix"]), ("legend sheet", book.titles["legend"]),
            ("structure sheet", book.titles["structure"]), ("tiers sheet", book.titles["tiers"]),
            ("matrix by", options.matrix_by), ("display", "+".join(book.words.langs))]
    rows += [("chart", piece) for piece in chunks(chart_json(book.chart))]
    for row, (key, value) in enumerate(rows, 1):
        put(sheet, row, 1, key)
        put(sheet, row, 2, value)
    sheet.sheet_state = "veryHidden"
