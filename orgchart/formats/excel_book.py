"""What the sheets of the duty-matrix workbook share: the `Book` being
written, its named cell styles, page set-up, and the constants the reader
needs too (see `orgchart.formats.excel` for the design).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from orgchart.formats import ExportOptions
from orgchart.formats.excel_cells import (
    CENTRE,
    GRID,
    WRAP,
    Styles,
    argb,
    bold,
    fit,
    font,
    header_text,
    ink_on,
    put,
    solid,
)
from orgchart.formats.excel_words import Words
from orgchart.model import Chart, Tier, Unit

#: The very hidden sheet with the machine-readable chart, and what marks it.
DATA_SHEET = "_orgchart"
DATA_MARK = "orgchart-workbook"
LAYOUT_VERSION = "1"
#: Column A of the matrix's hidden row that holds the target ids.
TARGETS_MARK = "⟨orgchart targets⟩"
#: Characters of chart JSON per data cell: at most 32,000 UTF-16 units.
CHUNK = 16_000
CODES_NAME = "RoleCodes"
#: Excel's sheet size.
MAX_SHEET_ROWS, MAX_SHEET_COLUMNS = 1_048_576, 16_384
#: A string literal in an Excel formula holds at most 255 characters.
FORMULA_LITERAL_LIMIT = 255

MUTED, PALE = "FF5D6D7E", "FFEEF1F5"
HEADER_FILL, CATEGORY_FILL, ALERT_FILL, ALERT_INK = "FF34495E", "FFE3E8EF", "FFFDECEA", "FFB03A2E"


@dataclass
class Book:
    """What every sheet writer shares."""

    chart: Chart
    options: ExportOptions
    words: Words
    workbook: Any
    styles: Styles
    titles: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: look-ups by id (the chart's own are linear scans)
    units: dict[str, Unit] = field(default_factory=dict)
    tiers: dict[str, Tier] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.units = {u.id: u for u in self.chart.units}
        self.tiers = {t.id: t for t in self.chart.tiers}

    def shown(self, value: str, where: Callable[[], str]) -> str:
        """`value` as a cell can hold it; a shortened one is reported."""
        value, cut = fit(value)
        if cut:
            self.warnings.append(
                f"{where()}: the text is longer than the 32,767 characters an Excel cell "
                "holds, so the sheet shows it shortened; the whole text is kept in the "
                "workbook and comes back when it is imported")
        return value

    def chart_title(self) -> str:
        title = self.words.text(self.chart.title)
        return title or self.words.label("untitled")


_STYLES: dict[str, Callable[[], dict[str, Any]]] = {
    "title": lambda: dict(font=bold(15), alignment=Alignment(vertical="center")),
    "legend": lambda: dict(alignment=Alignment(wrap_text=True, vertical="top")),
    "header": lambda: dict(font=bold(color="FFFFFFFF"), fill=solid(HEADER_FILL),
                           alignment=CENTRE, border=GRID),
    "category": lambda: dict(font=bold(), fill=solid(CATEGORY_FILL), alignment=WRAP,
                             border=GRID),
    "text": lambda: dict(alignment=WRAP, border=GRID),
    "number": lambda: dict(alignment=Alignment(horizontal="center", vertical="top"),
                           border=GRID, font=font(color=MUTED)),
    "empty": lambda: dict(alignment=CENTRE, border=GRID),
    "check": lambda: dict(alignment=WRAP, border=GRID, font=font(bold=True, color=ALERT_INK)),
    "hidden": lambda: dict(font=font(color=MUTED, size=8)),
}


def style(book: Book, name: str) -> dict[str, Any]:
    return book.styles.get(name, _STYLES[name])


def role_style(book: Book, code: str) -> dict[str, Any]:
    role = book.chart.find_role(code)
    if role is None:
        return book.styles.get("code?", lambda: dict(alignment=CENTRE, border=GRID,
                                                      font=bold()))
    return book.styles.get(f"code:{code}", lambda: dict(
        alignment=CENTRE, border=GRID, fill=solid(argb(role.color)),
        font=bold(color=ink_on(role.color))))


def colour_style(book: Book, color: str, key: str, centre: bool = False) -> dict[str, Any]:
    """A cell filled with `color`, its text in black or white to suit."""
    return book.styles.get(f"{key}:{color}:{centre}", lambda: dict(
        fill=solid(argb(color)), border=GRID, font=bold(color=ink_on(color)),
        alignment=CENTRE if centre else WRAP))


def ink_style(book: Book, color: str) -> dict[str, Any]:
    """Text in `color` (lighter on paper than a fill); light colours get a fill."""
    if ink_on(color) != "FFFFFFFF":
        return colour_style(book, color, "tier-cell")
    return book.styles.get(f"ink:{color}", lambda: dict(font=bold(color=argb(color)),
                                                        border=GRID, alignment=WRAP))


def page_setup(book: Book, sheet: Any, landscape: bool, title_rows: str | None) -> None:
    """Print set-up: fit to one page wide, header rows repeated, the chart
    title in the page header and the page number in the footer."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.oddHeader.center.text = header_text(book.words.line(book.chart.title)
                                              or book.chart_title())
    sheet.oddHeader.center.font = "-,Bold"
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.center.text = book.words.label("page", sep=" / ")
    sheet.oddFooter.right.text = "&D"
    sheet.sheet_view.showGridLines = False


def heading(book: Book, sheet: Any, key: str) -> None:
    """Row 1: the chart title and what the sheet is."""
    put(sheet, 1, 1, book.shown(f"{book.words.line(book.chart.title) or book.chart_title()}"
                                f" — {book.words.label(key, sep=' / ')}",
                                lambda: f"{sheet.title}!A1"), style(book, "title"))
    sheet.row_dimensions[1].height = 26


def set_widths(sheet: Any, widths: dict[int, float]) -> None:
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
