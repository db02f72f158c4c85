"""The duty matrix's table: a spreadsheet over `DutyMatrixModel`.

Owns `RoleDelegate` (a drop-down of the legend, or a typed code; selected
cells keep their role colours) and `DutyMatrixView` (keyboard gestures,
copy and paste as tab-separated text, the spans of the category rows, row
heights, and the selection kept by duty and target through resets). Every
change goes through the model's gestures, which build their edits with
`orgchart.matrix`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from orgchart.matrix import TEXT_COLUMN, tint
from ui.panels.matrix_model import (
    DUTY_ID_ROLE,
    INHERITED_ROLE,
    TARGET_ROLE,
    DutyMatrixModel,
    one_line,
    swatch,
)

TEXT_COLUMN_WIDTH = 380
OTHER_COLUMN_WIDTH = 220
ROLE_COLUMN_MIN, ROLE_COLUMN_MAX = 64, 180
#: Above this many columns they all get one width (measuring each is slow).
UNIFORM_COLUMNS_FROM = 200
UNIFORM_COLUMN_WIDTH = 104
CELL_PADDING = 10
#: room for the tier's colour swatch in a column header
SWATCH_SPACE = 18
#: what the item delegate leaves beside a cell's text
TEXT_MARGINS = 8
SELECTION_ALPHA = 80
#: a unit's cell shows the role its tier has this faintly
INHERITED_TINT = 0.12
INHERITED_TEXT = "#7f8c8d"

_ModelIndex = QModelIndex | QPersistentModelIndex
Flag = QItemSelectionModel.SelectionFlag


class RoleDelegate(QStyledItemDelegate):
    """Edits a role cell with an editable drop-down of the legend (pick a
    role, or type its code); paints selected cells with a see-through
    highlight so that the role colours still show."""

    def __init__(self, model: DutyMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        #: the view sets this while a double-click opens an editor
        self.open_popup = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _ModelIndex) -> QWidget:
        if index.column() == TEXT_COLUMN:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setCompleter(None)  # "P" must stay "P", not complete to "PM — …"
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(self.tr("Role"))
        combo.addItem(self.tr("(none)"), "")
        for code, text, color in self._model.legend():
            combo.addItem(swatch(color), text, code)
        combo.activated.connect(lambda _index, editor=combo: self._on_role_chosen(editor))
        if self.open_popup:
            QTimer.singleShot(0, combo.showPopup)
        return combo

    def _on_role_chosen(self, editor: QComboBox) -> None:
        if editor.property("committed"):
            return
        editor.setProperty("committed", True)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:  # noqa: N802
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        code = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setCurrentIndex(max(0, editor.findData(code)))
        editor.setEditText(code)
        editor.lineEdit().selectAll()  # a typed code replaces the old one

    def setModelData(self, editor: QWidget, model, index: _ModelIndex) -> None:  # noqa: N802, ANN001
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        text, chosen = editor.currentText(), editor.currentIndex()
        picked = chosen >= 0 and text == editor.itemText(chosen)
        model.setData(index, editor.itemData(chosen) if picked else text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: _ModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        if selected:  # the table has already filled the cell with the highlight
            painter.fillRect(option.rect, option.palette.base())
        inherited = index.data(INHERITED_ROLE)
        if inherited and not index.data(Qt.ItemDataRole.DisplayRole):
            self._paint_inherited(painter, option, *inherited)
        super().paint(painter, plain, index)
        if selected:
            highlight = QColor(option.palette.highlight().color())
            highlight.setAlpha(SELECTION_ALPHA)
            painter.fillRect(option.rect, highlight)


    @staticmethod
    def _paint_inherited(painter: QPainter, option: QStyleOptionViewItem, code: str,
                         color: str) -> None:
        """The role a unit has through its tier: a faint tint and a grey code."""
        painter.save()
        painter.fillRect(option.rect, QColor(tint(color, INHERITED_TINT)))
        font = QFont(option.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(QColor(INHERITED_TEXT))
        painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, code)
        painter.restore()


class DutyMatrixView(QTableView):
    """The duty matrix as a spreadsheet.

    Type a code or double-click for the drop-down; Delete clears the
    selected cells; Ctrl+C copies them as tab-separated text; Ctrl+V pastes
    such text (from here or from Excel) at the current cell, as one undo
    step. Through a reset the view keeps the selected cells and the current
    one by duty and target.
    """

    #: ids the user selected in the matrix: targets first, then duties, the
    #: current cell's duty last
    cellsSelected = Signal(list)
    #: a message for the user (a paste's report)
    statusMessage = Signal(str)

    def __init__(self, model: DutyMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._quiet = False
        self._fitted = False
        self._saved: tuple[list[tuple[str, str | None]], tuple[str, str | None] | None, int] \
            = ([], None, 0)
        self.setModel(model)
        self.delegate = RoleDelegate(model, self)
        self.setItemDelegate(self.delegate)
        self._configure()
        self._connect()
        self._on_model_reset()

    def _configure(self) -> None:
        self.setObjectName("dutyMatrixView")
        self.setAccessibleName(self.tr("Duty matrix"))
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                             | triggers.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        numbers = self.verticalHeader()
        numbers.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        numbers.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def _connect(self) -> None:
        model = self._model
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_reset)
        model.dataChanged.connect(self._on_data_changed)
        model.headerDataChanged.connect(self._on_header_data_changed)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.selectionModel().currentChanged.connect(self._on_view_selection_changed)

    # -- shape ---------------------------------------------------------------------------------

    def _apply_spans(self) -> None:
        self.clearSpans()
        columns = self._model.columnCount()
        if columns < 2:
            return
        for row, sheet_row in enumerate(self._model.matrix.rows):
            if sheet_row.is_header:
                self.setSpan(row, 0, 1, columns)

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        if not self._fitted or header.sectionSize(TEXT_COLUMN) < TEXT_COLUMN_WIDTH // 2:
            self.setColumnWidth(TEXT_COLUMN, TEXT_COLUMN_WIDTH)
        count = self._model.columnCount()
        if count > UNIFORM_COLUMNS_FROM:
            for col in range(1, count):
                self.setColumnWidth(col, UNIFORM_COLUMN_WIDTH)
            header.setMinimumHeight(3 * header.fontMetrics().lineSpacing() + CELL_PADDING)
            return
        metrics = header.fontMetrics()
        other = self._model.matrix.other_column
        for col in range(1, count):
            if col == other:
                self.setColumnWidth(col, OTHER_COLUMN_WIDTH)
                continue
            lines = self._header_label(col).split("\n")
            widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            wanted = widest + 2 * CELL_PADDING + SWATCH_SPACE
            self.setColumnWidth(col, max(ROLE_COLUMN_MIN, min(wanted, ROLE_COLUMN_MAX)))
        self._fit_header_height()

    def _header_label(self, col: int) -> str:
        return str(self._model.headerData(col, Qt.Orientation.Horizontal) or "")

    def _fit_header_height(self) -> None:
        """Tall enough for the longest tier name, wrapped in its column."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = metrics.lineSpacing()
        for col in range(1, self._model.columnCount()):
            width = max(20, self.columnWidth(col) - 2 * CELL_PADDING - SWATCH_SPACE)
            box = metrics.boundingRect(QRect(0, 0, width, 100_000), flags,
                                       self._header_label(col))
            tallest = max(tallest, box.height())
        header.setMinimumHeight(tallest + CELL_PADDING)

    def _fit_rows(self) -> None:
        """Rows as tall as their duty's text (and other assignments), wrapped."""
        metrics = self.fontMetrics()
        base = metrics.height() + CELL_PADDING + 4
        flags = int(Qt.TextFlag.TextWordWrap)
        wrapped = [c for c in (TEXT_COLUMN, self._model.matrix.other_column) if c is not None]
        widths = {c: max(40, self.columnWidth(c) - TEXT_MARGINS) for c in wrapped}
        for row in range(self._model.rowCount()):
            height = base
            for col, width in widths.items():
                text = str(self._model.index(row, col).data() or "")
                box = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
                height = max(height, box.height() + CELL_PADDING)
            self.setRowHeight(row, height)

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section in (TEXT_COLUMN, self._model.matrix.other_column):
            self._fit_rows()
        elif self._model.columnCount() <= UNIFORM_COLUMNS_FROM:
            self._fit_header_height()

    def _on_data_changed(self, *_args: object) -> None:
        self._fit_rows()

    def _on_header_data_changed(self, *_args: object) -> None:
        self._fit_columns()
        self._fit_rows()

    # -- resets keep the selection ---------------------------------------------------------------

    def _key(self, index: _ModelIndex) -> tuple[str, str | None] | None:
        duty = index.data(DUTY_ID_ROLE) if index.isValid() else None
        return (duty, index.data(TARGET_ROLE)) if duty is not None else None

    def _on_model_about_to_be_reset(self) -> None:
        keys = [self._key(i) for i in self.selectionModel().selectedIndexes()]
        current = self.currentIndex()
        self._saved = ([k for k in keys if k], self._key(current),
                       current.row() if current.isValid() else -1)
        self._quiet = True  # the view drops its selection now: no user's change

    def _on_model_reset(self) -> None:
        self._apply_spans()
        self._fit_columns()
        self._fitted = True
        self._fit_rows()
        keys, current, row = self._saved
        indexes = [self._model.cell(*k) for k in keys]
        target = self._model.cell(*current) if current else QModelIndex()
        if not target.isValid() and row >= 0:
            target = self._nearest_duty_cell(row)
        with self.quiet():
            self._select([i for i in indexes if i.isValid()], target, scroll=False)
        self._quiet = False
        self._saved = ([], None, -1)

    def _nearest_duty_cell(self, row: int) -> QModelIndex:
        rows = self._model.matrix.duty_rows()
        below = [r for r in rows if r >= row] or rows[-1:]
        return self._model.index(below[0], TEXT_COLUMN) if below else QModelIndex()

    # -- selection --------------------------------------------------------------------------------

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """While the view mirrors the shared selection, its signals are echoes."""
        self._quiet, was = True, self._quiet
        try:
            yield
        finally:
            self._quiet = was

    def _select(self, indexes: list[QModelIndex], current: QModelIndex, scroll: bool) -> None:
        chosen = QItemSelection()
        for index in indexes:
            chosen.select(index, index)
        model = self.selectionModel()
        model.select(chosen, Flag.ClearAndSelect)
        if current.isValid():
            model.setCurrentIndex(current, Flag.NoUpdate)
            if scroll:
                self.scrollTo(current)

    def show_ids(self, ids: Iterable[str]) -> bool:
        """Select the cells of these duties under these targets (a duty with
        no target among the ids: its whole row). False if no duty is shown."""
        ids = list(ids)
        sheet = self._model.matrix
        rows = [sheet.row_of(i) for i in ids if sheet.row_of(i) is not None]
        if not rows:
            return False
        cols = [sheet.column_of(i) for i in ids if sheet.column_of(i) is not None]
        cols = cols or list(range(sheet.column_count))
        indexes = [self._model.index(r, c) for r in rows for c in cols]
        with self.quiet():
            self._select(indexes, indexes[0], scroll=True)
        return True

    def selected_cells(self) -> list[tuple[int, int]]:
        """The selected cells, or the current one when none is selected."""
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        return self._model.cells(indexes)

    def selected_duty_ids(self) -> list[str]:
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        return self._model.duty_ids(indexes)

    def _on_view_selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        indexes = self.selectionModel().selectedIndexes()
        targets = [i.data(TARGET_ROLE) for i in indexes if i.data(TARGET_ROLE) is not None]
        duties = self._model.duty_ids(indexes)
        current = self.currentIndex().data(DUTY_ID_ROLE) if self.currentIndex().isValid() \
            else None
        if current in duties:
            duties.remove(current)
            duties.append(current)
        self.cellsSelected.emit(list(dict.fromkeys(targets)) + duties)

    # -- keyboard and clipboard -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # The window's shortcuts must not take the keys the matrix answers to.
        if event.type() == QEvent.Type.ShortcutOverride and self._is_own_key(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _is_clear_key(event: QKeyEvent) -> bool:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        return plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def _is_own_key(self, event: QKeyEvent) -> bool:
        keys = QKeySequence.StandardKey
        return event.matches(keys.Copy) or event.matches(keys.Paste) or self._is_clear_key(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        keys = QKeySequence.StandardKey
        if event.matches(keys.Copy):
            self.copy_selection()
        elif event.matches(keys.Paste):
            self.paste_clipboard()
        elif self._is_clear_key(event):
            self.clear_selection()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802, ANN001 - QMouseEvent
        self.delegate.open_popup = True
        try:
            super().mouseDoubleClickEvent(event)
        finally:
            self.delegate.open_popup = False

    def clear_selection(self) -> bool:
        """Take the roles out of the selected cells: one undo step."""
        return self._model.clear(self.selected_cells())

    def copy_selection(self) -> str:
        """Put the selected range on the clipboard as tab-separated text."""
        text = self._model.copy_text(self.selected_cells())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Paste tab-separated text at the current cell (a single value into
        every selected cell), as one undo step, and report what was left out."""
        cells = self.selected_cells()
        if not cells or not text:
            return
        values = text.strip("\r\n")
        if "\t" not in values and "\n" not in values and len(cells) > 1:
            if self._model.fill(cells, values):
                self.statusMessage.emit(self.tr("Filled %n cell(s).", "", len(cells)))
            return
        anchor = (min(r for r, _ in cells), min(c for _, c in cells))
        self.statusMessage.emit(self._paste_report(self._model.paste_text(anchor, text)))

    def _paste_report(self, result) -> str:  # noqa: ANN001 - orgchart.matrix.Paste
        parts = [self.tr("Pasted %n cell(s) as one step.", "", result.changed)]
        if result.unknown:
            shown = ", ".join(f"“{text}” ({self._where(row, col)})"
                              for row, col, text in result.unknown[:5])
            more = "…" if len(result.unknown) > 5 else ""
            codes = ", ".join(code for code, _, _ in self._model.legend())
            parts.append(self.tr("Skipped %n unknown code(s): {0}{1}. The legend has {2}.", "",
                                 len(result.unknown)).format(shown, more, codes))
        if result.rows_outside or result.columns_outside:
            parts.append(self.tr("{rows} and {columns} fell outside the matrix.").format(
                rows=self.tr("%n row(s)", "", result.rows_outside),
                columns=self.tr("%n column(s)", "", result.columns_outside)))
        return " ".join(parts)

    def _where(self, row: int, col: int) -> str:
        duty = self._model.matrix.duty(row)
        column = self._model.matrix.column(col)
        duty_name = one_line(self._model.label(duty.text)) if duty else "?"
        column_name = one_line(self._model.label(column.name)) if column else "?"
        return f"{duty_name} / {column_name}"
