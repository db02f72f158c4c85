"""The "Duty matrix" sheet: duties down (under their categories), tiers or
the units of chosen tiers across, role codes in their colours, a drop-down
of the legend's codes in every role cell, a live check column, and the
hidden ids that bring the user's codes back (see `orgchart.formats.excel`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment
from openpyxl.utils import absolute_coordinate, get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from orgchart.formats import ExportError, ExportOptions
from orgchart.formats.excel_book import (
    ALERT_FILL,
    CODES_NAME,
    FORMULA_LITERAL_LIMIT,
    HEADER_FILL,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    MUTED,
    PALE,
    TARGETS_MARK,
    Book,
    clamp,
    colour_style,
    page_setup,
    role_style,
    set_widths,
    style,
)
from orgchart.formats.excel_cells import (
    FONT,
    GRID,
    LINE_POINTS,
    argb,
    bold,
    cell_text,
    display_width,
    estimate_lines,
    fit_rows,
    font,
    formula,
    ink_on,
    put,
    quoted,
    solid,
)
from orgchart.matrix import BY_TIER, BY_UNIT, DutyMatrix
from orgchart.model import Chart, Duty, Tier, Unit
from orgchart.text import Text


@dataclass
class Column:
    """A target column of the matrix: a tier, or one unit."""

    target: str
    tier: Tier
    unit: Unit | None = None


def matrix_columns(chart: Chart, options: ExportOptions) -> list[Column]:
    """Tiers across; or, by unit, each chosen tier followed by its units: the
    columns of `orgchart.matrix.DutyMatrix`, which the app's tab shows too."""
    known = {t.id for t in chart.tiers}
    unknown = [t for t in options.matrix_tiers if t not in known]
    if options.matrix_by == "unit" and unknown:
        raise ExportError(f"the chart has no tier {unknown[0]!r}; its tiers are "
                          + ", ".join(t.id for t in chart.tiers))
    sheet = DutyMatrix(chart, BY_UNIT if options.matrix_by == "unit" else BY_TIER,
                       options.matrix_tiers)
    tiers = {t.id: t for t in chart.tiers}
    units = {u.id: u for u in chart.units}
    return [Column(c.target, tiers[c.tier], units[c.target] if c.kind == BY_UNIT else None)
            for c in sheet.columns]


def duty_groups(book: Book) -> list[tuple[Text | None, list[Duty]]]:
    """Duties under their categories, as the rows of `DutyMatrix`: in order of
    first appearance, duties without one last (under no heading when no duty
    has a category)."""
    sheet = DutyMatrix(book.chart)
    duties = {d.id: d for d in book.chart.duties}
    if not any(row.is_header for row in sheet.rows):
        return [(None, list(book.chart.duties))]
    groups: list[tuple[Text | None, list[Duty]]] = []
    for row in sheet.rows:
        if row.is_header:
            heading = row.category if not row.category.is_empty() else Text(
                book.words.label("no-category", sep=" / "))
            groups.append((heading, []))
        else:
            groups[-1][1].append(duties[row.duty])
    return groups


@dataclass
class Grid:
    """Where things are on the matrix sheet."""

    texts: int  # number of duty-text columns
    columns: list[Column]
    other: bool  # a column for assignments not across
    header: int = 4  # the header row (5 when tier names are grouped above units)

    @property
    def first_text(self) -> int:
        return 3

    @property
    def first_target(self) -> int:
        return self.first_text + self.texts

    @property
    def last_target(self) -> int:
        return self.first_target + len(self.columns) - 1

    @property
    def other_column(self) -> int:
        return self.last_target + 1

    @property
    def check(self) -> int:
        return self.last_target + 1 + int(self.other)

    @property
    def last(self) -> int:
        return self.check if self.columns else self.last_target + int(self.other)


def write_matrix(book: Book, sheet: Any) -> None:
    chart = book.chart
    columns = matrix_columns(chart, book.options)
    across = {c.target for c in columns}
    grid = Grid(len(book.words.split(Text())), columns,
                any(set(d.assign) - across for d in chart.duties))
    grid.header = 5 if book.options.matrix_by == "unit" else 4
    if grid.last > MAX_SHEET_COLUMNS:
        raise ExportError(f"{len(columns):,} columns across do not fit Excel's "
                          f"{MAX_SHEET_COLUMNS:,}; choose fewer tiers")
    for column in range(2, grid.last + 1):
        set_widths(sheet, {column: _column_width(book, grid, column)})
    _matrix_top(book, sheet, grid)
    _matrix_header(book, sheet, grid)
    blocks, last_row = _matrix_body(book, sheet, grid)
    if blocks and chart.roles:
        _matrix_validation(book, sheet, grid, blocks)
        _matrix_colours(book, sheet, grid, blocks)
    _matrix_layout(book, sheet, grid, last_row)
    unrotated = [c for c in range(2, grid.last + 1)
                 if not grid.first_target <= c <= grid.last_target
                 or grid.columns[c - grid.first_target].unit is None]
    if book.options.matrix_by != "unit":
        fit_rows(sheet, range(grid.header, grid.header + 1), unrotated, factor=1.1)
    texts = [*range(grid.first_text, grid.first_target),
             *([grid.other_column] if grid.other else []), grid.check]
    fit_rows(sheet, range(grid.header + 1, last_row + 1), texts)


def _matrix_top(book: Book, sheet: Any, grid: Grid) -> None:
    """Title, the legend on one line (so a printout explains itself), and
    the hidden row of target ids."""
    last = get_column_letter(max(grid.last, grid.first_target))
    put(sheet, 1, 2, book.shown(book.chart_title(), lambda: "the title"), style(book, "title"))
    sheet.merge_cells(f"B1:{last}1")
    width = sum(_column_width(book, grid, c) for c in range(2, max(grid.last, 3) + 1))
    sheet.row_dimensions[1].height = 21 * estimate_lines(book.chart_title(), width, 1.5) + 6
    legend = sheet.cell(row=2, column=2)
    legend.value = _legend_line(book)
    legend._style = style(book, "legend")["array"]
    sheet.merge_cells(f"B2:{last}2")
    lines = estimate_lines(str(legend.value), width, 1.15)
    sheet.row_dimensions[2].height = min(LINE_POINTS * lines + 4, 409)
    put(sheet, 3, 1, TARGETS_MARK, style(book, "hidden"))
    for i, column in enumerate(grid.columns):
        put(sheet, 3, grid.first_target + i, column.target, style(book, "hidden"))
    sheet.row_dimensions[3].hidden = True


def _legend_line(book: Book) -> CellRichText:
    """"Roles: P Plan · O Overall responsibility (once per duty) …", each
    code in its role's colour."""
    parts: list[Any] = [book.words.label("roles", sep=" ") + " "]
    for i, role in enumerate(book.chart.roles):
        if i:
            parts.append("   ")
        parts.append(TextBlock(InlineFont(rFont=FONT, b=True, color=argb(role.color)),
                               cell_text(role.code[:100])))
        name = book.words.line(role.name)
        once = f" ({book.words.label('once', sep=' / ')})" if role.unique else ""
        parts.append(cell_text(f" {name[:300]}{once}"))
    parts.append("\n")
    parts.append(TextBlock(InlineFont(rFont=FONT, i=True, sz=9, color=MUTED),
                           book.words.label("hint", sep=" ")))
    return CellRichText(parts)


def _matrix_header(book: Book, sheet: Any, grid: Grid) -> None:
    row, header = grid.header, style(book, "header")
    put(sheet, row, 1, "", style(book, "hidden"))
    put(sheet, row, 2, book.words.label("number"), header)
    for i, label in enumerate(book.words.column_labels("duty")):
        put(sheet, row, grid.first_text + i, label, header)
    for i, column in enumerate(grid.columns):
        put(sheet, row, grid.first_target + i, book.shown(_column_label(book, column),
                                                          lambda: "a column header"),
            _target_header_style(book, column))
    if grid.other:
        put(sheet, row, grid.other_column, book.words.label("other"), header)
    if grid.columns:
        put(sheet, row, grid.check, book.words.label("check"), header)
    if book.options.matrix_by == "unit":
        _tier_band(book, sheet, grid)


def _column_label(book: Book, column: Column) -> str:
    if column.unit is not None:
        return book.words.text(column.unit.name)
    name = book.words.text(column.tier.name)
    if book.options.matrix_by == "unit":
        return "\n".join(book.words.label_in("whole-tier", lang, tier=part)
                         for lang, part in zip(book.words.langs, name.split("\n"), strict=False))
    return name


def _target_header_style(book: Book, column: Column) -> dict[str, Any]:
    if column.unit is None:
        return colour_style(book, column.tier.color, "tier-head", centre=True)
    return book.styles.get("unit-head", lambda: dict(
        font=bold(), fill=solid(PALE), border=GRID,
        alignment=Alignment(text_rotation=90, horizontal="center", vertical="bottom",
                            wrap_text=True)))


def _tier_band(book: Book, sheet: Any, grid: Grid) -> None:
    """By unit: each tier's name over its columns, in its colour."""
    if not grid.columns:
        return
    row, start = grid.header - 1, 0
    while start < len(grid.columns):
        tier = grid.columns[start].tier
        end = start
        while end + 1 < len(grid.columns) and grid.columns[end + 1].tier is tier:
            end += 1
        band = colour_style(book, tier.color, "tier-band", centre=True)
        for i in range(start, end + 1):
            put(sheet, row, grid.first_target + i, "", band)
        put(sheet, row, grid.first_target + start, book.words.text(tier.name), band)
        if end > start:
            sheet.merge_cells(start_row=row, start_column=grid.first_target + start,
                              end_row=row, end_column=grid.first_target + end)
        start = end + 1
    lines = max(book.words.text(c.tier.name).count("\n") + 1 for c in grid.columns)
    sheet.row_dimensions[row].height = LINE_POINTS * lines + 4


def _matrix_body(book: Book, sheet: Any, grid: Grid) -> tuple[list[tuple[int, int]], int]:
    """Category rows and duty rows; returns the runs of duty rows."""
    row, number, blocks = grid.header, 0, []
    run_start: int | None = None
    for category, duties in duty_groups(book):
        if category is not None:
            row += 1
            if run_start is not None:
                blocks.append((run_start, row - 1))
                run_start = None
            _category_row(book, sheet, grid, row, category)
        for duty in duties:
            row += 1
            number += 1
            run_start = row if run_start is None else run_start
            _duty_row(book, sheet, grid, row, number, duty)
    if run_start is not None:
        blocks.append((run_start, row))
    if row > MAX_SHEET_ROWS:
        raise ExportError(f"{row:,} rows do not fit an Excel sheet")
    return blocks, row


def _category_row(book: Book, sheet: Any, grid: Grid, row: int, category: Text) -> None:
    cat = style(book, "category")
    put(sheet, row, 1, "", style(book, "hidden"))
    for column in range(2, grid.last + 1):
        put(sheet, row, column, "", cat)
    for i, text in enumerate(book.words.split(category)):
        put(sheet, row, grid.first_text + i,
            book.shown(text, lambda: f"a category ({sheet.title}, row {row})"), cat)


def _duty_row(book: Book, sheet: Any, grid: Grid, row: int, number: int, duty: Duty) -> None:
    put(sheet, row, 1, duty.id, style(book, "hidden"))
    put(sheet, row, 2, number, style(book, "number"))
    for i, text in enumerate(book.words.split(duty.text)):
        put(sheet, row, grid.first_text + i,
            book.shown(text, lambda: f"duty {number} ({sheet.title}, row {row})"),
            style(book, "text"))
    for i, column in enumerate(grid.columns):
        code = duty.assign.get(column.target, "")
        put(sheet, row, grid.first_target + i, book.shown(code, lambda: "a role code"),
            role_style(book, code) if code else style(book, "empty"))
    across = {c.target for c in grid.columns}
    elsewhere = {t: c for t, c in duty.assign.items() if t not in across}
    if grid.other:
        put(sheet, row, grid.other_column, book.shown(_elsewhere_text(book, elsewhere),
                                                      lambda: f"duty {number}"),
            style(book, "text"))
    if grid.columns:
        formula(sheet, row, grid.check, _check_formula(book, grid, row, elsewhere),
                style(book, "check"))


def _elsewhere_text(book: Book, elsewhere: dict[str, str]) -> str:
    names = []
    for target, code in elsewhere.items():
        unit, tier = book.units.get(target), book.tiers.get(target)
        name = book.words.line(unit.name if unit else tier.name if tier else Text(target))
        names.append(f"{name}: {code}")
    return "\n".join(names)


def _check_formula(book: Book, grid: Grid, row: int, elsewhere: dict[str, str]) -> str:
    """Live in Excel: no role at all, or a once-per-duty role given twice.
    Assignments to targets not across are counted in as constants."""
    cells = (f"{get_column_letter(grid.first_target)}{row}:"
             f"{get_column_letter(grid.last_target)}{row}")
    parts = []
    if not elsewhere:
        parts.append(f'IF(COUNTA({cells})=0,{quoted(book.words.label("no-role", sep=" / "))}'
                     ',"")')
    for role in book.chart.roles:
        if not role.unique or len(role.code) > FORMULA_LITERAL_LIMIT:
            continue
        extra = sum(code == role.code for code in elsewhere.values())
        count = f"SUMPRODUCT(--EXACT({cells},{quoted(role.code)}))" + (
            f"+{extra}" if extra else "")
        message = book.words.label("repeated", sep=" / ", code=role.code[:60])
        parts.append(f'IF({count}>1,{quoted(message + " ")},"")')
    return "=TRIM(" + "&".join(parts) + ")" if parts else '=""'


def _blocks_ref(grid: Grid, blocks: list[tuple[int, int]], first: int, last: int) -> str:
    a, b = get_column_letter(first), get_column_letter(last)
    return " ".join(f"{a}{top}:{b}{bottom}" for top, bottom in blocks)


def _matrix_validation(book: Book, sheet: Any, grid: Grid, blocks: list[tuple[int, int]]
                       ) -> None:
    """A drop-down of the legend's codes in every role cell (the list is the
    Legend sheet's code column, so it follows changes to the legend there)."""
    if not grid.columns:
        return
    legend = book.titles["legend"]
    first, last = 3, 2 + len(book.chart.roles)
    ref = f"{quote_sheetname(legend)}!{absolute_coordinate(f'A{first}:A{last}')}"
    book.workbook.defined_names[CODES_NAME] = DefinedName(CODES_NAME, attr_text=ref)
    rule = DataValidation(type="list", formula1=CODES_NAME, allow_blank=True,
                          showErrorMessage=True, errorStyle="stop",
                          errorTitle=book.words.label("code", sep=" / ")[:32],
                          error=book.words.label("pick-code", sep=" ")[:255])
    rule.sqref = _blocks_ref(grid, blocks, grid.first_target, grid.last_target)
    sheet.add_data_validation(rule)


def _matrix_colours(book: Book, sheet: Any, grid: Grid, blocks: list[tuple[int, int]]) -> None:
    """Colours that follow the codes as the user changes them (the written
    fills are for viewers without conditional formatting)."""
    top = f"{get_column_letter(grid.first_target)}{blocks[0][0]}"
    ref = _blocks_ref(grid, blocks, grid.first_target, grid.last_target)
    if grid.columns:
        sheet.conditional_formatting.add(ref, FormulaRule(
            formula=[f"LEN({top})=0"], fill=solid("FFFFFFFF"), stopIfTrue=True))
        for role in book.chart.roles:
            if len(role.code) > FORMULA_LITERAL_LIMIT:
                book.warnings.append(f"the role code {role.code[:20]!r}… is too long for "
                                     "Excel's formulas; its cells are not recoloured live")
                continue
            sheet.conditional_formatting.add(ref, FormulaRule(
                formula=[f"EXACT({top},{quoted(role.code)})"], fill=solid(argb(role.color)),
                font=font(bold=True, color=ink_on(role.color)), stopIfTrue=True))
        check = f"{get_column_letter(grid.check)}{blocks[0][0]}"
        sheet.conditional_formatting.add(
            _blocks_ref(grid, blocks, grid.check, grid.check),
            FormulaRule(formula=[f"LEN({check})>0"], fill=solid(ALERT_FILL)))


def _column_width(book: Book, grid: Grid, column: int) -> float:
    if column == 2:
        return 5
    if grid.first_text <= column < grid.first_target:
        texts = [book.words.split(d.text)[column - grid.first_text] for d in book.chart.duties]
        longest = max((display_width(t) for t in texts), default=10)
        return clamp(longest * 0.55 + 4, 22, 60 if grid.texts == 1 else 42)
    if grid.first_target <= column <= grid.last_target:
        col = grid.columns[column - grid.first_target]
        if col.unit is not None:
            return 5.5
        label = _column_label(book, col)
        word = max((display_width(w) for w in label.split()), default=4)
        return clamp(max(display_width(label) * 0.5 + 3, word * 1.1 + 2), 10, 18)
    if grid.other and column == grid.other_column:
        return 28
    return 16


def _matrix_layout(book: Book, sheet: Any, grid: Grid, last_row: int) -> None:
    sheet.column_dimensions["A"].hidden = True
    if book.options.matrix_by == "unit" and grid.columns:
        longest = max(display_width(_column_label(book, c)) for c in grid.columns)
        sheet.row_dimensions[grid.header].height = clamp(longest * 6.5 + 12, 40, 180)
    sheet.freeze_panes = f"{get_column_letter(grid.first_target)}{grid.header + 1}"
    sheet.auto_filter.ref = f"A{grid.header}:{get_column_letter(grid.last)}{last_row}"
    first_title = grid.header - 1 if book.options.matrix_by == "unit" else grid.header
    page_setup(book, sheet, True, f"{first_title}:{grid.header}")
    sheet.sheet_properties.tabColor = HEADER_FILL
