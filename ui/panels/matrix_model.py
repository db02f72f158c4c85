"""The duty matrix's model: `orgchart.matrix.DutyMatrix` as a Qt table model.

Owns `DutyMatrixModel`, a `QAbstractTableModel` over the open chart: the
sheet's rows and columns as `orgchart.matrix` lays them out (so the tab
shows what the Excel export writes), labels in the window's display
setting, cells tinted with their role's colour. Every gesture it offers
builds its edit with `orgchart.matrix` and pushes it through the document
as one undo step.

After a change the model compares the new sheet's shape with the old one:
the same rows and columns only repaint (so an open editor, the current cell
and the selection stay put); a different shape resets the model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from orgchart import edits, matrix
from orgchart.matrix import BY_TIER, BY_UNIT, TEXT_COLUMN, DutyMatrix
from orgchart.text import BOTH, UNTAGGED, Text
from ui.document import ChartDocument

Role = Qt.ItemDataRole
_ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: data(index, DUTY_ID_ROLE): the row's duty id (None on a category row)
DUTY_ID_ROLE = Role.UserRole + 1
#: data(index, TARGET_ROLE): the column's tier or unit id (None: the text column)
TARGET_ROLE = Role.UserRole + 2
#: data(index, HEADER_ROW_ROLE): True on a category's header row
HEADER_ROW_ROLE = Role.UserRole + 3
#: data(index, INHERITED_ROLE): in a unit column, (code, colour) of the role
#: the unit's tier has in the duty; shown faintly, never a cell value
INHERITED_ROLE = Role.UserRole + 4

HEADER_ROW_BACKGROUND = "#e8ecf0"
HEADER_ROW_TEXT = "#2c3e50"
UNKNOWN_ROLE_BACKGROUND = "#f2f3f4"
OTHER_TEXT = "#5d6d7e"
TIER_HEADER_TINT = 0.16


def one_line(label: str) -> str:
    """A possibly two-line label (both languages) on one line."""
    return " · ".join(part for part in label.split("\n") if part)


def swatch(color: str, size: int = 12) -> QIcon:
    """A small rounded square of a colour, for headers and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 2.5, 2.5)
    painter.end()
    return QIcon(pixmap)


def _numbers(sheet: DutyMatrix) -> list[int]:
    """Each row's duty number down the sheet (0 on a category's row)."""
    numbers, count = [], 0
    for row in sheet.rows:
        count += not row.is_header
        numbers.append(0 if row.is_header else count)
    return numbers


class DutyMatrixModel(QAbstractTableModel):
    """The duty matrix of the document's chart, tiers or units across."""

    def __init__(self, document: ChartDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._by: str = BY_TIER
        self._tiers: tuple[str, ...] = ()
        self._matrix = DutyMatrix(document.chart)
        self._numbers = _numbers(self._matrix)
        self._swatches: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        document.chartChanged.connect(self._on_chart_changed)
        document.chartReplaced.connect(self._on_chart_replaced)
        document.displayChanged.connect(self._on_display_changed)

    # -- what is across ------------------------------------------------------------------

    @property
    def matrix(self) -> DutyMatrix:
        return self._matrix

    @property
    def by(self) -> str:
        return self._by

    @property
    def tiers(self) -> tuple[str, ...]:
        """The tiers whose units are across (empty: all of them)."""
        return self._tiers

    def set_columns(self, by: str, tiers: Sequence[str] = ()) -> None:
        """Tiers across (`BY_TIER`), or the units of `tiers` (`BY_UNIT`; none: all)."""
        self._by, self._tiers = by, tuple(tiers)
        self._rebuild(force_reset=True)

    def _current_tiers(self) -> tuple[str, ...]:
        existing = {t.id for t in self._document.chart.tiers}
        return tuple(t for t in self._tiers if t in existing)

    # -- keeping up with the chart ----------------------------------------------------------

    def _on_chart_changed(self, _edit: object = None) -> None:
        self._rebuild()

    def _on_chart_replaced(self) -> None:
        self._tiers = ()
        self._rebuild(force_reset=True)

    def _on_display_changed(self, _display: str = "") -> None:
        self._repaint()
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _rebuild(self, force_reset: bool = False) -> None:
        new = DutyMatrix(self._document.chart, self._by, self._current_tiers())
        if not force_reset and new.shape == self._matrix.shape:
            self._matrix = new
            self._repaint()
            return
        self.beginResetModel()
        self._matrix = new
        self._numbers = _numbers(new)
        self.endResetModel()

    def _repaint(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- labels -------------------------------------------------------------------------------

    @property
    def edit_language(self) -> str:
        """The language an edit of a text changes: the display language, or
        the primary one when both are shown."""
        display, languages = self._document.display, self._document.chart.languages
        if display == BOTH or display not in languages:
            return languages[0] if languages else UNTAGGED
        return display

    def label(self, text: Text) -> str:
        return self._document.label(text)

    def edit_text(self, text: Text) -> str:
        """A text as its editor starts: the edit language's string (or the
        plain string of a label with no language)."""
        return text.get(self.edit_language) or text.get(UNTAGGED)

    def legend(self) -> list[tuple[str, str, str]]:
        """(code, "code — name", colour) of every role of the legend."""
        return [(r.code, f"{r.code} — {one_line(self.label(r.name))}", r.color)
                for r in self._document.chart.roles]

    # -- Qt's table model -----------------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self._matrix.row_count

    def columnCount(self, parent: _ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self._matrix.column_count

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._matrix.rows[index.row()].is_header:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self._matrix.other_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Role.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            return self._number(section) if role == Role.DisplayRole else None
        if section == self._matrix.other_column:
            return self._other_header(role)
        column = self._matrix.column(section)
        if column is None:
            return self._text_header(role)
        tier = self._document.chart.find_tier(column.tier)
        color = tier.color if tier is not None else "#7f8c8d"
        if role == Role.DisplayRole:
            return self._column_label(column)
        if role == Role.DecorationRole:
            return self._swatch(color)
        if role == Role.BackgroundRole:
            return QColor(matrix.tint(color, TIER_HEADER_TINT))
        if role == Role.ToolTipRole:
            return self._column_tooltip(column, tier)
        return None

    def _number(self, row: int) -> str:
        """Duties are numbered down the sheet, as the export numbers them."""
        if not 0 <= row < len(self._numbers):
            return ""
        return str(self._numbers[row]) if self._numbers[row] else ""

    def _column_label(self, column: matrix.Column) -> str:
        label = self.label(column.name)
        if column.kind == BY_TIER and self._by == BY_UNIT:
            return "\n".join(self.tr("{0} (whole tier)").format(line)
                             for line in label.split("\n"))
        return label

    def _other_header(self, role: int) -> object:
        if role == Role.DisplayRole:
            return self.tr("Other assignments")
        if role == Role.ToolTipRole:
            return self.tr("Roles given to tiers or units that are not across; "
                           "choose what is across to edit them")
        return None

    def _text_header(self, role: int) -> object:
        if role == Role.DisplayRole:
            return self.tr("Duty")
        if role == Role.ToolTipRole:
            return self.tr("The duties, grouped by category")
        return None

    def _column_tooltip(self, column: matrix.Column, tier) -> str:  # noqa: ANN001 - a Tier
        name = one_line(self.label(column.name))
        tier_name = one_line(self.label(tier.name)) if tier is not None else column.tier
        if column.kind == BY_UNIT:
            return self.tr("Unit: {0} (tier {1})").format(name, tier_name)
        return self.tr("Tier: {0}").format(name)

    def _swatch(self, color: str) -> QIcon:
        if color not in self._swatches:
            self._swatches[color] = swatch(color)
        return self._swatches[color]

    def data(self, index: _ModelIndex, role: int = Role.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        sheet_row = self._matrix.rows[row]
        if role == DUTY_ID_ROLE:
            return sheet_row.duty
        if role == TARGET_ROLE:
            column = self._matrix.column(col)
            return column.target if column is not None else None
        if role == HEADER_ROW_ROLE:
            return sheet_row.is_header
        if sheet_row.is_header:
            return self._header_row_data(sheet_row, col, role)
        if col == TEXT_COLUMN:
            return self._text_data(row, role)
        if col == self._matrix.other_column:
            return self._other_data(row, role)
        return self._cell_data(row, col, role)

    def _other_data(self, row: int, role: int) -> object:
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return self._matrix.value(row, self._matrix.other_column,
                                      lambda text: one_line(self.label(text)))
        if role == Role.ForegroundRole:
            return QColor(OTHER_TEXT)
        return None

    def _header_row_data(self, sheet_row: matrix.Row, col: int, role: int) -> object:
        if role == Role.DisplayRole and col == TEXT_COLUMN:
            if sheet_row.category.is_empty():
                return self.tr("Other duties")
            return one_line(self.label(sheet_row.category))
        if role == Role.BackgroundRole:
            return QColor(HEADER_ROW_BACKGROUND)
        if role == Role.ForegroundRole:
            return QColor(HEADER_ROW_TEXT)
        if role == Role.FontRole:
            return self._italic if sheet_row.category.is_empty() else self._bold
        return None

    def _text_data(self, row: int, role: int) -> object:
        duty = self._matrix.duty(row)
        if duty is None:
            return None
        if role == Role.DisplayRole:
            return self.label(duty.text)
        if role == Role.EditRole:
            return self.edit_text(duty.text)
        if role == Role.ToolTipRole:
            return self.label(duty.text)
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell_data(self, row: int, col: int, role: int) -> object:
        code = self._matrix.code(row, col)
        if role in (Role.DisplayRole, Role.EditRole):
            return code or ""
        if role == INHERITED_ROLE:
            return self._inherited(row, col)
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.ToolTipRole:
            return self._cell_tooltip(row, col)
        if code is None:
            return None
        found = self._matrix.role(row, col)
        if role == Role.BackgroundRole:
            return QColor(matrix.tint(found.color) if found else UNKNOWN_ROLE_BACKGROUND)
        if role == Role.ForegroundRole:
            return QColor(matrix.CELL_TEXT_COLOR)
        if role == Role.FontRole:
            return self._bold
        return None

    def _inherited(self, row: int, col: int) -> tuple[str, str] | None:
        code = self._matrix.inherited(row, col)
        if code is None:
            return None
        found = self._document.chart.find_role(code)
        return code, found.color if found is not None else UNKNOWN_ROLE_BACKGROUND

    def _cell_tooltip(self, row: int, col: int) -> str:
        code, found = self._matrix.code(row, col), self._matrix.role(row, col)
        lines = []
        if found is not None:
            lines.append(f"{code} — {one_line(self.label(found.name))}")
            if found.unique:
                lines.append(self.tr("At most one per duty"))
        elif code is not None:
            lines.append(self.tr("{0}: not a role of the legend").format(code))
        else:
            codes = ", ".join(r.code for r in self._document.chart.roles)
            lines.append(self.tr("No role. Type a code ({0}) or double-click to choose.")
                         .format(codes))
        inherited = self._matrix.inherited(row, col)
        if inherited is not None:
            found = self._document.chart.find_role(inherited)
            name = one_line(self.label(found.name)) if found is not None else ""
            lines.append(self.tr("Through its tier: {0} — {1}").format(inherited, name))
        return "\n".join(lines)

    def setData(self, index: _ModelIndex, value: object,  # noqa: N802 - Qt's name
                role: int = Role.EditRole) -> bool:
        if role != Role.EditRole or not index.isValid():
            return False
        cell = (index.row(), index.column())
        if index.column() == TEXT_COLUMN:
            edit = matrix.set_text(self._matrix, cell[0], self.edit_language, str(value).strip())
            return edit is None or self._document.push(edit)
        return self.fill([cell], str(value))

    # -- addressing ------------------------------------------------------------------------------

    def cell(self, duty_id: str | None, target: str | None = None) -> QModelIndex:
        """The index of a duty's cell under a target (None: its text)."""
        row = self._matrix.row_of(duty_id)
        col = TEXT_COLUMN if target is None else self._matrix.column_of(target)
        if row is None or col is None:
            return QModelIndex()
        return self.index(row, col)

    @staticmethod
    def cells(indexes: Iterable[_ModelIndex]) -> list[tuple[int, int]]:
        return [(i.row(), i.column()) for i in indexes if i.isValid()]

    def duty_ids(self, indexes: Iterable[_ModelIndex]) -> list[str]:
        """The duties of the given indexes' rows, in sheet order, each once."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return [d for d in (self._matrix.rows[r].duty for r in rows) if d is not None]

    # -- gestures: each one undo step ---------------------------------------------------------

    def _push(self, edit: edits.Edit | None) -> bool:
        return edit is not None and self._document.push(edit)

    def fill(self, cells: Iterable[tuple[int, int]], typed: str) -> bool:
        """Put the role `typed` names into the cells; an unknown code is
        refused through the document's `editRefused`."""
        try:
            edit = matrix.fill(self._matrix, cells, typed)
        except matrix.UnknownRole as refusal:
            self._document.editRefused.emit(str(refusal))
            return False
        return edit is None or self._push(edit)

    def clear(self, cells: Iterable[tuple[int, int]]) -> bool:
        return self._push(matrix.clear(self._matrix, cells))

    def copy_text(self, cells: Iterable[tuple[int, int]]) -> str:
        language, languages = self.edit_language, self._document.chart.languages
        return matrix.copy(self._matrix, cells, lambda text: text.pick(language, languages))

    def paste_text(self, anchor: tuple[int, int], text: str) -> matrix.Paste:
        """Paste tab-separated text with its top left at `anchor`: one step."""
        result = matrix.paste(self._matrix, anchor, matrix.parse_tsv(text), self.edit_language)
        if result.edit is not None and not self._document.push(result.edit):
            result.edit, result.changed = None, 0
        return result

    def add_duty(self, row: int | None) -> str | None:
        """Add a duty below `row`'s, in its category; its id, or None."""
        edit = matrix.new_duty(self._matrix, row)
        return edit.item.id if self._push(edit) else None

    def remove_duties(self, duty_ids: Iterable[str]) -> bool:
        return self._push(matrix.remove_duties(self._matrix, duty_ids))

    def move_duties(self, duty_ids: Iterable[str], step: int) -> bool:
        return self._push(matrix.move_duties(self._matrix, duty_ids, step))

    def set_category(self, duty_ids: Iterable[str], category: Text) -> bool:
        return self._push(matrix.set_category(self._document.chart, duty_ids, category))

    def categories(self) -> list[Text]:
        return matrix.categories(self._document.chart)

    def category_from(self, name: str) -> Text:
        """A category typed by the user, in the edit language."""
        return Text({self.edit_language: name.strip()}) if name.strip() else Text()
