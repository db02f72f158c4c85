"""Writing user text into workbook cells so that it stays text, and the small
pieces of presentation the duty-matrix sheets share.

Owns the rules that keep a workbook sound whatever the chart holds:

- every string is written as a string cell (`data_type "s"`, an inline
  string): openpyxl would otherwise turn "=..." into a formula and "#N/A"
  into an error value, and Excel would run a formula a user typed as a name;
- characters XML 1.0 cannot carry are dropped, so Excel never needs to
  "repair" the file;
- `_xHHHH_` in text is escaped as `_x005F_xHHHH_`, the way Office writes a
  literal underscore there, or Excel would show the character it encodes;
- Excel's 32,767-character cell limit counts UTF-16 units: `fit` shortens
  what is shown and says so, never silently;
- sheet titles are valid (31 characters, none of `[]:*?/\\`, not "History")
  and unique; header and footer text has its `&` codes escaped.

Styles are built once per kind of cell and copied, as openpyxl otherwise
hashes every style object on every assignment.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from copy import copy
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from orgchart.fileformat import clean
from orgchart.model import COLOR_RE

#: The most characters (UTF-16 code units) Excel keeps in one cell.
CELL_LIMIT = 32_767
#: What a shortened cell ends with.
ELLIPSIS = " …"
SHEET_TITLE_LIMIT = 31

_NOT_XML = re.compile("[\ufffe\uffff]")
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")
_RESERVED_SHEETS = {"history"}


def cell_text(value: str) -> str:
    """`value` as it must be stored so that Excel shows exactly `value`."""
    return _OOXML_ESCAPE.sub(r"_x005F_\1", _NOT_XML.sub("", clean(value)))


def stored_forms(value: str) -> tuple[str, ...]:
    """What a cell written with `value` may read back as: as written, or as
    Office re-saves it (openpyxl drops the `_x005F_` escape of shared strings)."""
    escaped = cell_text(value)
    return (value,) if escaped == value else (value, escaped)


def utf16_len(value: str) -> int:
    return len(value.encode("utf-16-le")) // 2


def fit(value: str, limit: int = CELL_LIMIT) -> tuple[str, bool]:
    """`value` shortened to `limit` UTF-16 units (ending in an ellipsis), and
    whether it had to be."""
    if len(value) <= limit // 2 or utf16_len(value) <= limit:
        return value, False
    room = limit - len(ELLIPSIS)
    out, used = [], 0
    for ch in value:
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > room:
            break
        out.append(ch)
    return "".join(out) + ELLIPSIS, True


def put(sheet: Any, row: int, column: int, value: object, style: dict[str, Any] | None = None
        ) -> Cell:
    """Write a value; strings always as string cells. `value` must already fit."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = cell_text(value)
        cell.data_type = "s"  # never a formula or an error value
    else:
        cell.value = value
    if style is not None:
        cell._style = copy(style["array"])
    return cell


def formula(sheet: Any, row: int, column: int, text: str, style: dict[str, Any] | None = None
            ) -> Cell:
    """A formula of our own making (never user text, except quoted by `quoted`)."""
    cell = sheet.cell(row=row, column=column)
    cell.value = text
    cell.data_type = "f"
    if style is not None:
        cell._style = copy(style["array"])
    return cell


def quoted(value: str) -> str:
    """A string literal for a formula: quotes doubled, so it stays a literal."""
    return '"' + cell_text(value).replace('"', '""') + '"'


# --------------------------------------------------------------------------
# Styles


class Styles:
    """Cell styles by name, each built once on a scratch cell and then copied."""

    def __init__(self, sheet: Any) -> None:
        self._scratch = sheet.parent.create_sheet("_styles_scratch")
        self._made: dict[str, dict[str, Any]] = {}

    def get(self, name: str, make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """The style `name`; `make()` gives its parts (font, fill, …) the first time."""
        made = self._made.get(name)
        if made is None:
            cell = self._scratch.cell(row=len(self._made) + 1, column=1)
            for key, value in make().items():
                setattr(cell, key, value)
            made = self._made[name] = {"array": copy(cell._style)}
        return made

    def done(self) -> None:
        self._scratch.parent.remove(self._scratch)


THIN = Side(style="thin", color="FFB0B7C3")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def argb(color: str, fallback: str = "#7f8c8d") -> str:
    """`#rrggbb` as openpyxl's ARGB; a colour the model would refuse gives grey."""
    hexa = color if COLOR_RE.match(color or "") else fallback
    return "FF" + hexa[1:].upper()


def ink_on(color: str) -> str:
    """Black or white, whichever reads better on `color` (WCAG luminance)."""
    hexa = argb(color)[2:]
    channels = [int(hexa[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "FFFFFFFF" if luminance < 0.40 else "FF1B1F24"


def solid(color_argb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=color_argb, end_color=color_argb)


#: Excel's default face; LibreOffice substitutes a metric-compatible one.
FONT = "Calibri"


def font(**parts: Any) -> Font:
    """A font with the face named, so no office suite picks a serif default."""
    parts.setdefault("size", 11)
    return Font(name=FONT, **parts)


def bold(size: float = 11, color: str = "FF1B1F24") -> Font:
    return font(bold=True, size=size, color=color)


# --------------------------------------------------------------------------
# Widths, titles, headers


def display_width(value: str) -> int:
    """Width of the longest line in character cells (wide East Asian characters count 2)."""
    best = 0
    for line in value.split("\n"):
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        best = max(best, width)
    return best


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A valid sheet title like `wanted`, unique (Excel compares titles without case)."""
    title = _SHEET_UNSAFE.sub("-", clean(wanted)).replace("\n", " ").strip().strip("'")
    title = title or "Sheet"
    if title.lower() in _RESERVED_SHEETS:
        title += " (1)"
    base, n = _cut(title, SHEET_TITLE_LIMIT), 1
    candidate = base
    while candidate.lower() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = _cut(title, SHEET_TITLE_LIMIT - len(suffix)).rstrip("'") + suffix
    taken.add(candidate.lower())
    return candidate


def _cut(value: str, units: int) -> str:
    out, used = [], 0
    for ch in value:
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            break
        out.append(ch)
    return "".join(out).rstrip()


def header_text(value: str, limit: int = 120) -> str:
    """User text for a page header or footer: `&` starts a code there, so
    it is doubled; the whole header must stay under Excel's 255 characters."""
    value = _NOT_XML.sub("", clean(value))
    if len(value) > limit:
        value = value[:limit - 1].rstrip() + "…"
    return value.replace("&", "&&")


# --------------------------------------------------------------------------
# Row heights
#
# Neither Excel nor LibreOffice reliably grows a row to fit wrapped text in a
# file it did not write, so heights are estimated from the text and the
# column widths (in character cells; wide characters count two).

LINE_POINTS = 15.0


def _units(line: str) -> float:
    """Width of a line in column-width units: an average Latin letter is
    narrower than the digit "0" the unit is measured by; a wide character
    about twice as wide. Word wrapping wastes a little more."""
    return 1.08 * sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 0.82
                      for ch in line)


def estimate_lines(value: str, width: float, factor: float = 1.0) -> int:
    room = max(width - 1.0, 1.0)
    return sum(max(1, math.ceil(_units(part) * factor / room)) for part in value.split("\n"))


def fit_rows(sheet: Any, rows: range, columns: list[int], factor: float = 1.0) -> None:
    """Give each row the height its wrapped text needs in `columns`."""
    widths = {c: sheet.column_dimensions[get_column_letter(c)].width or 8.43 for c in columns}
    for row in rows:
        lines = 1
        for column in columns:
            cell = sheet.cell(row=row, column=column)
            value = cell.value
            if isinstance(value, str) and value and cell.data_type != "f":
                lines = max(lines, estimate_lines(value, widths[column], factor))
        sheet.row_dimensions[row].height = min(lines * LINE_POINTS + 3, 409)
