"""Reading the duty-matrix workbook back into a chart (see
`orgchart.formats.excel` for the design): the chart from the hidden data
sheet, then the role codes the user may have changed in the matrix.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orgchart import fileformat
from orgchart.fileformat import LoadError
from orgchart.formats import ImportOptions, ImportResult, safe_xlsx
from orgchart.formats.excel_book import (
    CHUNK,
    DATA_MARK,
    DATA_SHEET,
    LAYOUT_VERSION,
    MAX_SHEET_COLUMNS,
    TARGETS_MARK,
)
from orgchart.formats.excel_cells import stored_forms
from orgchart.formats.safe_xlsx import sheet_place
from orgchart.model import Chart

#: Rows the hidden sheet may have: the chart's JSON is at most the
#: workbook's unpacked size, in cells of `CHUNK` characters.
_DATA_ROWS = safe_xlsx.MAX_UNCOMPRESSED // CHUNK + 100
#: How far down the matrix the row of column ids is looked for.
_TARGETS_SEARCH = 60
#: Problems listed one by one before they are summed up.
_MAX_LISTED = 50


def is_duty_workbook(path: str | os.PathLike[str]) -> bool:
    """Whether a file is a workbook this module wrote (it has the hidden data
    sheet). Never raises: anything unreadable is "no", and the people-list
    import then says what is wrong with it."""
    try:
        safe_xlsx.check_archive(path)
        with zipfile.ZipFile(path) as archive, archive.open("xl/workbook.xml") as part:
            head = part.read(1 << 20)
    except (LoadError, zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError,
            EOFError, zlib.error):
        return False
    return f'name="{DATA_SHEET}"'.encode() in head


def import_chart(path: Path, options: ImportOptions | None = None) -> ImportResult:
    """The chart a duty-matrix workbook holds, with the role codes as the
    matrix sheet now shows them; raises `LoadError` naming sheet and cell."""
    source = os.fspath(path)
    with safe_xlsx.open_workbook(path, source) as opened:
        book = opened.book
        if DATA_SHEET not in book.sheetnames:
            raise LoadError(source, "", "this workbook was not exported by OrgChart Builder "
                                        f"(it has no hidden “{DATA_SHEET}” sheet); import it "
                                        "as a people list instead")
        data = read_data(book[DATA_SHEET], source)
        chart = chart_from(data, source)
        problems: list[str] = []
        title = data.values.get("matrix sheet", "")
        if title in book.sheetnames:
            MatrixReader(chart, book[title], source, problems).apply()
        else:
            problems.append(f"the sheet “{title}” is missing, so the role codes are as they "
                            "were exported")
    return ImportResult(chart, _summed(problems))


def _summed(problems: list[str]) -> list[str]:
    if len(problems) <= _MAX_LISTED:
        return problems
    more = len(problems) - _MAX_LISTED
    return [*problems[:_MAX_LISTED], f"… and {more:,} more like these"]


# --------------------------------------------------------------------------
# The hidden data sheet


@dataclass
class Data:
    """Keys and values of the data sheet, and the chart's JSON in pieces
    with the row each came from."""

    values: dict[str, str] = field(default_factory=dict)
    pieces: list[tuple[int, str]] = field(default_factory=list)


def read_data(sheet: Any, source: str) -> Data:
    data = Data()
    for row, values in safe_xlsx.rows(sheet, source, 2, _DATA_ROWS):
        key, value = (values + (None, None))[:2]
        if row == 1:
            _check_mark(key, value, source)
            continue
        if key == "chart":
            if not isinstance(value, str):
                raise LoadError(source, sheet_place(DATA_SHEET, row, 2),
                                "the chart data is damaged (a piece of it is missing)")
            data.pieces.append((row, value))
        elif isinstance(key, str) and isinstance(value, str):
            data.values[key] = value
    if not data.pieces:
        raise LoadError(source, sheet_place(DATA_SHEET), "the chart data is missing")
    return data


def _check_mark(key: object, value: object, source: str) -> None:
    if key != DATA_MARK:
        raise LoadError(source, sheet_place(DATA_SHEET, 1, 1),
                        "this sheet does not hold OrgChart Builder's chart data")
    version = str(value or "")
    if not version.isdigit() or int(version) > int(LAYOUT_VERSION):
        raise LoadError(source, sheet_place(DATA_SHEET, 1, 2),
                        f"the workbook was made by a newer OrgChart Builder (layout {version}); "
                        "open it with that version")


_POSITION = re.compile(r"line 1, column (\d+)")


def chart_from(data: Data, source: str) -> Chart:
    """The chart from its JSON pieces; a damaged piece is named by its cell."""
    text = "".join(piece for _, piece in data.pieces)
    try:
        return fileformat.loads(text, source)
    except LoadError as error:
        match = _POSITION.match(error.place)
        if match:
            row = _row_at(data, int(match.group(1)) - 1)
            raise LoadError(source, sheet_place(DATA_SHEET, row, 2),
                            f"the chart data is damaged ({error.reason})") from None
        where = f"{sheet_place(DATA_SHEET)} (the chart data)"
        place = f"{where}, {error.place}" if error.place else where
        raise LoadError(source, place, error.reason) from None


def _row_at(data: Data, position: int) -> int:
    seen = 0
    for row, piece in data.pieces:
        seen += len(piece)
        if position < seen:
            return row
    return data.pieces[-1][0]


# --------------------------------------------------------------------------
# The matrix: role codes as the user left them


class MatrixReader:
    """Reads the role cells of the matrix sheet into the chart's duties.

    Rows are found by the duty id in hidden column A, columns by the target
    id in the hidden row marked `TARGETS_MARK`, so sorting and filtering in
    Excel do not confuse the import. A cell that is not a code of the legend
    is reported by sheet and cell and leaves the duty as it was.
    """

    def __init__(self, chart: Chart, sheet: Any, source: str, problems: list[str]) -> None:
        self.chart, self.sheet, self.source, self.problems = chart, sheet, source, problems
        self.codes = {form: r.code for r in chart.roles for form in stored_forms(r.code)}
        self.duties = {form: d for d in chart.duties for form in stored_forms(d.id)}
        targets = [t.id for t in chart.tiers] + [u.id for u in chart.units]
        self.targets = {form: t for t in targets for form in stored_forms(t)}
        self.width = min(4 + len(targets) + 8, MAX_SHEET_COLUMNS)

    def apply(self) -> None:
        columns: dict[int, str] | None = None
        seen: dict[str, int] = {}
        for row, values in safe_xlsx.rows(self.sheet, self.source, self.width):
            first = values[0] if values else None
            if columns is None:
                if first == TARGETS_MARK:
                    columns = self._columns(values)
                elif row > _TARGETS_SEARCH:
                    break
                continue
            self._row(row, values, columns, seen)
        if columns is None:
            self.problems.append(f"{sheet_place(self.sheet.title)}: the hidden row of column "
                                 "ids is gone, so the role codes are as they were exported")
            return
        self._missing(seen)

    def _columns(self, values: tuple[Any, ...]) -> dict[int, str]:
        return {i: self.targets[v] for i, v in enumerate(values)
                if i and isinstance(v, str) and v in self.targets}

    def _row(self, row: int, values: tuple[Any, ...], columns: dict[int, str],
             seen: dict[str, int]) -> None:
        key = values[0] if values else None
        duty = self.duties.get(key) if isinstance(key, str) else None
        if duty is None:
            if any(_text(values[i]) in self.codes for i in columns if i < len(values)):
                self.problems.append(f"{sheet_place(self.sheet.title, row)}: a row without an "
                                     "id (added in the workbook?) is not imported; add new "
                                     "duties in OrgChart Builder")
            return
        if duty.id in seen:
            self.problems.append(f"{sheet_place(self.sheet.title, row)}: duty {duty.id!r} "
                                 f"appears again (first on row {seen[duty.id]}); this row "
                                 "is not imported")
            return
        seen[duty.id] = row
        for index, target in columns.items():
            value = values[index] if index < len(values) else None
            self._cell(duty.assign, target, _text(value), row, index + 1)

    def _cell(self, assign: dict[str, str], target: str, value: str, row: int,
              column: int) -> None:
        if not value.strip():
            assign.pop(target, None)
            return
        code = self.codes.get(value, self.codes.get(value.strip()))
        if code is None:
            self.problems.append(f"{sheet_place(self.sheet.title, row, column)}: “{value[:40]}” "
                                 "is not a code of the legend; the cell is not imported")
            return
        assign[target] = code

    def _missing(self, seen: dict[str, int]) -> None:
        for number, duty in enumerate(self.chart.duties, 1):
            if duty.id not in seen:
                self.problems.append(f"{sheet_place(self.sheet.title)}: duty {number} "
                                     f"({duty.id}) is no longer in the matrix; its roles are "
                                     "as they were exported")


def _text(value: object) -> str:
    """A cell's value as the text a user meant (a code typed as a number,
    1, is the code "1")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)
