"""What the duty matrix contains, and the gestures over its cells as edits.

Owns the sheet that the app's Duty matrix tab shows and the Excel export
(`orgchart.formats.excel_export`) writes, so that the two agree:

- rows: the duties, grouped by category. Each category gets a header row,
  in the order the categories first appear, and within it the duties keep
  their chart order; uncategorised duties come last, under a header with an
  empty category ("Other duties"). When no duty has a category there are
  no header rows at all.
- columns: column 0 (`TEXT_COLUMN`) is the duty's text. Then the targets:
  the tiers, top to bottom (`BY_TIER`); or, `BY_UNIT`, each chosen tier
  (the whole tier) followed by its units in drawing order. Last, when some
  assignment names a target that is not across, the "other assignments"
  column (`DutyMatrix.other_column`) lists them, read-only.
- cells: the role code assigned to that target in that duty, or None.
  A unit's cell holds only what is assigned to that unit itself; the role
  its tier has is `DutyMatrix.inherited` (the tab shows it faintly; copying
  and pasting never touch it).

The gestures (clear a range, fill cells with a typed code, paste a
tab-separated block as Excel puts it on the clipboard, add, remove, reorder
and re-categorise duties) come back as edits, one `Batch` per gesture, and
copying a range gives tab-separated text that Excel reads. Cells are
addressed as (row, column) of this sheet.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from orgchart import edits
from orgchart.formats.walk import tree_order
from orgchart.model import Chart, Duty, Role, Unit
from orgchart.text import Text

BY_TIER, BY_UNIT = "tier", "unit"
#: The sheet column holding the duty's text; the targets follow it.
TEXT_COLUMN = 0
#: Words that mean "no role" when typed or pasted into a cell.
NONE_WORDS = frozenset({"-", "—", "none", "(none)"})
#: What a new duty says until the user types its text.
NEW_DUTY_TEXT = {"en": "New duty", "zh-Hant": "新職責", "zh-Hans": "新职责"}
#: Dark text that stays readable on every tint of a role's colour.
CELL_TEXT_COLOR = "#1c2833"

Cell = tuple[int, int]
Label = Callable[[Text], str]


class UnknownRole(edits.InvalidValue):
    """A typed or pasted code names no role of the legend."""

    code = "unknown-role-code"


@dataclass(frozen=True)
class Column:
    """A target column: a tier, or one unit."""

    target: str
    kind: str  # BY_TIER or BY_UNIT
    #: the column's own tier, or the unit's tier
    tier: str
    name: Text


@dataclass(frozen=True)
class Row:
    """A duty's row, or (duty None) the header row of a category."""

    duty: str | None
    category: Text

    @property
    def is_header(self) -> bool:
        return self.duty is None


@dataclass
class Paste:
    """What a pasted block turns into."""

    edit: edits.Edit | None
    #: cells changed by the edit
    changed: int = 0
    #: (row, column, text) of pasted values that name no role; not pasted
    unknown: list[tuple[int, int, str]] = field(default_factory=list)
    #: rows and columns of the block that fell outside the sheet
    rows_outside: int = 0
    columns_outside: int = 0


# --------------------------------------------------------------------------
# The sheet


class DutyMatrix:
    """The sheet of one chart, as it is now.

    Rows and columns are fixed when the matrix is made; cell values are read
    from the chart when asked, so a matrix made after an edit that changed
    no rows or columns has the same shape as before.
    """

    def __init__(self, chart: Chart, by: str = BY_TIER, tiers: Sequence[str] = ()) -> None:
        if by not in (BY_TIER, BY_UNIT):
            raise ValueError(f"a duty matrix is by {BY_TIER!r} or {BY_UNIT!r}, not {by!r}")
        self.chart, self.by, self.tiers = chart, by, tuple(tiers)
        self.rows: tuple[Row, ...] = _rows(chart)
        self.columns: tuple[Column, ...] = _columns(chart, by, self.tiers)
        self._duties = {d.id: d for d in chart.duties}
        self._row_of = {r.duty: i for i, r in enumerate(self.rows) if r.duty is not None}
        self._column_of = {c.target: i + 1 for i, c in enumerate(self.columns)}
        self._roles = {r.code: r for r in chart.roles}
        across = set(self._column_of)
        self.other_column: int | None = (
            1 + len(self.columns) if any(set(d.assign) - across for d in chart.duties) else None)

    @property
    def shape(self) -> tuple[tuple[Row, ...], tuple[Column, ...]]:
        """What decides the layout of the sheet: equal shapes, same cells."""
        return self.rows, self.columns

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def column_count(self) -> int:
        return 1 + len(self.columns) + (self.other_column is not None)

    def column(self, col: int) -> Column | None:
        """The target of a sheet column (None for the text and other columns)."""
        return self.columns[col - 1] if 1 <= col <= len(self.columns) else None

    def duty(self, row: int) -> Duty | None:
        """The duty of a row (None for a header row)."""
        if not 0 <= row < len(self.rows):
            return None
        duty_id = self.rows[row].duty
        return self._duties.get(duty_id) if duty_id is not None else None

    def row_of(self, duty_id: str | None) -> int | None:
        return self._row_of.get(duty_id)

    def column_of(self, target: str | None) -> int | None:
        return self._column_of.get(target)

    def duty_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if not r.is_header]

    def code(self, row: int, col: int) -> str | None:
        """The role code in a cell, or None (also for the text column)."""
        duty, column = self.duty(row), self.column(col)
        if duty is None or column is None:
            return None
        return duty.assign.get(column.target)

    def role(self, row: int, col: int) -> Role | None:
        """The legend's role of a cell's code (None when empty or unknown)."""
        code = self.code(row, col)
        return self._roles.get(code) if code is not None else None

    def inherited(self, row: int, col: int) -> str | None:
        """For a unit column: the role its tier has in the duty."""
        duty, column = self.duty(row), self.column(col)
        if duty is None or column is None or column.kind != BY_UNIT:
            return None
        return duty.assign.get(column.tier)

    def elsewhere(self, row: int) -> list[tuple[str, str]]:
        """(target, code) of a duty's assignments to targets not across: what
        the other-assignments column lists."""
        duty = self.duty(row)
        if duty is None:
            return []
        return [(t, c) for t, c in duty.assign.items() if t not in self._column_of]

    def hidden(self) -> list[tuple[str, str, str]]:
        """(duty, target, code) of the assignments that no cell shows, neither
        as its value nor as `inherited` (a tier's role in its units' cells)."""
        through = {c.tier for c in self.columns if c.kind == BY_UNIT}
        return [(d.id, target, code) for d in self.chart.duties
                for target, code in d.assign.items()
                if target not in self._column_of and target not in through]

    def table(self, label: Label) -> list[list[str]]:
        """The sheet as strings, a header row first: "" for the text and other
        columns' headers and for empty cells; a category row has its name in
        column 0; the other column lists "target: code" lines."""
        out = [[""] + [label(c.name) for c in self.columns]
               + ([""] if self.other_column is not None else [])]
        for i, row in enumerate(self.rows):
            if row.is_header:
                out.append([label(row.category)] + [""] * (self.column_count - 1))
            else:
                out.append([self.value(i, c, label) for c in range(self.column_count)])
        return out

    def text(self, row: int, label: Label) -> str:
        duty = self.duty(row)
        return label(duty.text) if duty is not None else ""

    def value(self, row: int, col: int, label: Label) -> str:
        """A cell as text: the duty's text, a role code, or the other
        assignments as "target name: code" lines."""
        if col == TEXT_COLUMN:
            return self.text(row, label)
        if col == self.other_column:
            return "\n".join(f"{label(self.target_name(t))}: {c}" for t, c in self.elsewhere(row))
        return self.code(row, col) or ""

    def target_name(self, target: str) -> Text:
        """A tier's or unit's name (the id itself for neither)."""
        found = self.chart.find_tier(target) or self.chart.find_unit(target)
        return found.name if found is not None else Text(target)


def _rows(chart: Chart) -> tuple[Row, ...]:
    if all(d.category.is_empty() for d in chart.duties):
        return tuple(Row(d.id, Text()) for d in chart.duties)
    groups: dict[Text, list[str]] = {}
    for duty in chart.duties:
        category = Text() if duty.category.is_empty() else duty.category
        groups.setdefault(category, []).append(duty.id)
    loose = groups.pop(Text(), [])
    if loose:
        groups[Text()] = loose  # uncategorised duties last
    rows: list[Row] = []
    for category, duty_ids in groups.items():
        rows.append(Row(None, category))
        rows.extend(Row(duty_id, category) for duty_id in duty_ids)
    return tuple(rows)


def _columns(chart: Chart, by: str, tiers: Sequence[str]) -> tuple[Column, ...]:
    if by == BY_TIER:
        return tuple(Column(t.id, BY_TIER, t.id, t.name) for t in chart.tiers)
    chosen = set(tiers) if tiers else {t.id for t in chart.tiers}
    by_tier: dict[str, list[Unit]] = defaultdict(list)
    for unit in drawing_order(chart):
        by_tier[unit.tier].append(unit)
    columns: list[Column] = []
    for tier in chart.tiers:
        if tier.id in chosen:
            columns.append(Column(tier.id, BY_TIER, tier.id, tier.name))
            columns.extend(Column(u.id, BY_UNIT, tier.id, u.name) for u in by_tier[tier.id])
    return tuple(columns)


def drawing_order(chart: Chart) -> list[Unit]:
    """The units as the chart draws them left to right within each tier:
    depth first from the top, siblings in chart order; units the hierarchy
    cannot reach (a missing parent, a cycle) follow as roots of their own."""
    return [unit for unit, _ in tree_order(chart)]


def categories(chart: Chart) -> list[Text]:
    """The duties' categories, each once, in the order they first appear."""
    return list(dict.fromkeys(d.category for d in chart.duties if not d.category.is_empty()))


def tint(color: str, strength: float = 0.28) -> str:
    """A light tint of a "#rrggbb" colour (mixed with white), for cell fills
    that keep dark text readable."""
    rgb = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * strength) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


# --------------------------------------------------------------------------
# Typed codes


def resolve_role(chart: Chart, typed: str) -> str | None:
    """The role code that typed text names, or None for "no role".

    Accepts the code in any case, "code — name" as the drop-down lists it,
    or a role's name in any language; "", "-" and "none" mean no role.
    Raises `UnknownRole` otherwise.
    """
    text = typed.strip()
    if not text:
        return None
    codes = [r.code for r in chart.roles]
    if text in codes:
        return text
    folded = text.casefold()
    matches = [c for c in codes if c.casefold() == folded]
    matches = matches or [r.code for r in chart.roles
                          if any(v.strip().casefold() == folded for _, v in r.name.items())]
    if len(matches) == 1:
        return matches[0]
    if folded in NONE_WORDS:
        return None
    for dash in (" — ", " - "):
        if dash in text:
            return resolve_role(chart, text.split(dash, 1)[0])
    known = ", ".join(codes) or "(none)"
    raise UnknownRole(f"No role has the code “{text}”; the legend has {known}.",
                      value=text, known=codes)


# --------------------------------------------------------------------------
# Gestures on cells


def _assign(matrix: DutyMatrix, cell: Cell, code: str | None) -> edits.Edit | None:
    """The edit that puts `code` in a role cell, or None if nothing changes."""
    row, col = cell
    duty, column = matrix.duty(row), matrix.column(col)
    if duty is None or column is None or duty.assign.get(column.target) == code:
        return None
    return edits.Assign(duty.id, column.target, code)


def _batch(steps: Iterable[edits.Edit | None], label: str) -> edits.Edit | None:
    done = tuple(s for s in steps if s is not None)
    if not done:
        return None
    return done[0] if len(done) == 1 else edits.Batch(done, label)


def clear(matrix: DutyMatrix, cells: Iterable[Cell]) -> edits.Edit | None:
    """Take the roles out of the given cells: one step (None if all empty)."""
    return _batch((_assign(matrix, c, None) for c in sorted(set(cells))), "Clear roles")


def fill(matrix: DutyMatrix, cells: Iterable[Cell], typed: str) -> edits.Edit | None:
    """Put the role that `typed` names into every role cell given: one step.
    Raises `UnknownRole`."""
    code = resolve_role(matrix.chart, typed)
    return _batch((_assign(matrix, c, code) for c in sorted(set(cells))), "Assign role")


def set_text(matrix: DutyMatrix, row: int, lang: str, value: str) -> edits.Edit | None:
    """Set a duty's text in one language (None if it already says so)."""
    duty = matrix.duty(row)
    if duty is None or duty.text.get(lang) == value:
        return None
    return edits.SetDutyField(duty.id, "text", duty.text.with_value(lang, value))


# --------------------------------------------------------------------------
# Clipboard


def parse_tsv(text: str) -> list[list[str]]:
    """Tab-separated text as Excel copies it (quoted cells may hold tabs,
    newlines and doubled quotes) as rows of cells; a final newline adds no row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [row for row in csv.reader(io.StringIO(text), dialect="excel-tab")]


def format_tsv(rows: Sequence[Sequence[str]]) -> str:
    """Rows of cells as tab-separated text Excel pastes (CRLF line ends;
    cells with tabs, newlines or quotes quoted)."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue()


def copy(matrix: DutyMatrix, cells: Iterable[Cell], label: Label) -> str:
    """The smallest range around the cells as tab-separated text: role codes,
    the duty's text (through `label`) in the text column, "" for cells of the
    range not given. Header rows are left out, as `paste` skips them."""
    chosen = set(cells)
    if not chosen:
        return ""
    top, bottom = min(r for r, _ in chosen), max(r for r, _ in chosen)
    left, right = min(c for _, c in chosen), max(c for _, c in chosen)
    rows = []
    for row in range(top, bottom + 1):
        if matrix.duty(row) is None:
            continue
        rows.append([matrix.value(row, col, label) if (row, col) in chosen else ""
                     for col in range(left, right + 1)])
    return format_tsv(rows)


def paste(matrix: DutyMatrix, anchor: Cell, block: Sequence[Sequence[str]],
          lang: str) -> Paste:
    """A block of cells pasted with its top left at `anchor`, as one edit.

    Block rows go to the duty rows from the anchor down, skipping header
    rows; an empty value clears a role cell; a value in the text column sets
    the duty's text in `lang` (an empty one leaves the text alone). Values
    that name no role are skipped and listed; what falls outside the sheet
    is counted.
    """
    start_row, start_col = anchor
    rows = [r for r in matrix.duty_rows() if r >= start_row]
    result = Paste(None, rows_outside=max(0, len(block) - len(rows)))
    steps: list[edits.Edit] = []
    for values, row in zip(block, rows, strict=False):
        for offset, value in enumerate(values):
            col = start_col + offset
            if col >= matrix.column_count or col == matrix.other_column:
                result.columns_outside = max(result.columns_outside, len(values) - offset)
                break
            step = _paste_one(matrix, (row, col), value, lang, result)
            if step is not None:
                steps.append(step)
    result.edit, result.changed = _batch(steps, "Paste"), len(steps)
    return result


def _paste_one(matrix: DutyMatrix, cell: Cell, value: str, lang: str,
               result: Paste) -> edits.Edit | None:
    row, col = cell
    if col == TEXT_COLUMN:
        return set_text(matrix, row, lang, value.strip()) if value.strip() else None
    try:
        return _assign(matrix, cell, resolve_role(matrix.chart, value))
    except UnknownRole:
        result.unknown.append((row, col, value.strip()))
        return None


# --------------------------------------------------------------------------
# Duties: add, remove, reorder, categorise


def new_duty(matrix: DutyMatrix, row: int | None) -> edits.InsertDuty:
    """A new duty right below the duty (or at the end of the category) of
    `row`, in that row's category; at the very end when `row` is None."""
    chart = matrix.chart
    langs = chart.languages or ["en"]
    text = Text({lang: NEW_DUTY_TEXT.get(lang, NEW_DUTY_TEXT["en"]) for lang in langs})
    if row is None or not 0 <= row < matrix.row_count:
        return edits.InsertDuty(Duty(chart.new_id("duty"), text))
    category = matrix.rows[row].category
    after = matrix.rows[row].duty
    if after is None:  # a header: after the category's last duty
        group = [r.duty for r in matrix.rows if r.category == category and r.duty is not None]
        after = group[-1] if group else None
    ids = [d.id for d in chart.duties]
    index = ids.index(after) + 1 if after in ids else len(ids)
    return edits.InsertDuty(Duty(chart.new_id("duty"), text, category), index)


def remove_duties(matrix: DutyMatrix, duty_ids: Iterable[str]) -> edits.Edit | None:
    """Delete duties (with their assignments): one step."""
    wanted = [d.id for d in matrix.chart.duties if d.id in set(duty_ids)]
    return _batch((edits.DeleteDuty(d) for d in wanted), "Delete duties")


def move_duties(matrix: DutyMatrix, duty_ids: Iterable[str], step: int) -> edits.Edit | None:
    """Move duties one place up (step -1) or down (+1) within their category,
    as the matrix shows them; a duty at the edge of its category stays."""
    chosen = set(duty_ids)
    order = [d.id for d in matrix.chart.duties]
    slots = {d: i for i, d in enumerate(order)}
    new = list(order)
    for category in dict.fromkeys(r.category for r in matrix.rows):
        group = [r.duty for r in matrix.rows if r.category == category and r.duty is not None]
        moved = _shift(group, chosen, step)
        for slot, duty_id in zip(sorted(slots[d] for d in group), moved, strict=True):
            new[slot] = duty_id
    return _batch(_reorder(order, new), "Reorder duties")


def _shift(items: list[str], chosen: set[str], step: int) -> list[str]:
    """Chosen items one place towards `step`; a chosen item blocked by the
    edge or by a blocked chosen neighbour stays."""
    out = list(items) if step < 0 else list(reversed(items))
    for i in range(1, len(out)):
        if out[i] in chosen and out[i - 1] not in chosen:
            out[i - 1], out[i] = out[i], out[i - 1]
    return out if step < 0 else list(reversed(out))


def _reorder(current: list[str], wanted: list[str]) -> list[edits.Edit]:
    """MoveDuty steps that turn one order into the other, each computed on
    the order the previous steps leave."""
    order, steps = list(current), []
    for index, duty_id in enumerate(wanted):
        if order[index] != duty_id:
            order.insert(index, order.pop(order.index(duty_id)))
            steps.append(edits.MoveDuty(duty_id, index))
    return steps


def set_category(chart: Chart, duty_ids: Iterable[str], category: Text) -> edits.Edit | None:
    """Give duties a category (an empty Text: none): one step."""
    chosen = set(duty_ids)
    return _batch((edits.SetDutyField(d.id, "category", category) for d in chart.duties
                   if d.id in chosen and d.category != category), "Set category")
