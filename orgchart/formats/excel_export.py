"""Writing the duty-matrix workbook: the sheets in order, the document
properties, and the file written all or nothing (see
`orgchart.formats.excel` for the design).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl

from orgchart import __version__
from orgchart.formats import ExportOptions
from orgchart.formats.atomic_write import write_atomically
from orgchart.formats.excel_book import DATA_SHEET, Book
from orgchart.formats.excel_cells import Styles, cell_text, sheet_title
from orgchart.formats.excel_matrix import write_matrix
from orgchart.formats.excel_sheets import write_data, write_legend, write_structure, write_tiers
from orgchart.formats.excel_words import Words
from orgchart.model import Chart


def export(chart: Chart, path: Path, options: ExportOptions) -> list[str]:
    """Write the duty-matrix workbook; returns warnings, raises `ExportError`."""
    book = build(chart, options)
    _save(book.workbook, Path(path))
    return book.warnings


def build(chart: Chart, options: ExportOptions) -> Book:
    """The workbook in memory (tests read it without a file)."""
    words = Words(chart, options.display_for(chart), options.bilingual)
    workbook = openpyxl.Workbook()
    first = workbook.active
    book = Book(chart, options, words, workbook, Styles(first))
    taken: set[str] = {DATA_SHEET.lower()}
    for key in ("matrix", "legend", "structure", "tiers"):
        book.titles[key] = sheet_title(words.label(key, sep=" "), taken)
    first.title = book.titles["matrix"]
    write_matrix(book, first)
    write_legend(book, workbook.create_sheet(book.titles["legend"]))
    write_structure(book, workbook.create_sheet(book.titles["structure"]))
    write_tiers(book, workbook.create_sheet(book.titles["tiers"]))
    write_data(book, workbook.create_sheet(DATA_SHEET))
    book.styles.done()
    _properties(book)
    workbook.active = 0
    return book


def _save(workbook: Any, path: Path) -> None:
    """All or nothing: a failure leaves the old file, or none."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())


def _properties(book: Book) -> None:
    props = book.workbook.properties
    props.title = cell_text(book.words.line(book.chart.title) or book.chart_title())[:500]
    props.subject = book.words.label("matrix", sep=" / ")
    props.creator = "OrgChart Builder"
    props.keywords = "orgchart; duty matrix"
    props.description = f"Exported by OrgChart Builder {__version__}"
    props.language = book.words.langs[0]
