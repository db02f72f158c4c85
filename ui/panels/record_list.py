"""The list of records the panels share (tiers, duties, people): rows of a
colour bar, a title in the languages shown and a grey subtitle, with add,
remove, up and down buttons, and drag and drop that asks rather than moves.

The owner gives it `Choice`s and turns its signals into edits; rows move
only when the chart changes and the owner shows the new order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.panels.widgets import Choice, one_line, tool_button

KEY_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2


class TwoLineDelegate(QStyledItemDelegate):
    """A row as a colour bar, a title (one line per language shown) and a
    grey subtitle, each elided to the width."""

    PAD = 4
    BAR = 5

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        color = index.data(COLOR_ROLE)
        if color:
            painter.fillRect(QRect(rect.left(), rect.top(), self.BAR, rect.height()), QColor(color))
            rect.setLeft(rect.left() + self.BAR + 2 * self.PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics, y = opt.fontMetrics, rect.top()
        painter.setPen(opt.palette.color(group))
        for line in self._title_lines(index):
            y = self._draw_line(painter, metrics, rect, y, line)
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle:
            if not selected:
                painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            self._draw_line(painter, metrics, rect, y, subtitle)
        painter.restore()

    @staticmethod
    def _draw_line(painter: QPainter, metrics, rect: QRect, y: int, line: str) -> int:  # noqa: ANN001
        shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        return y + metrics.height()

    @staticmethod
    def _title_lines(index: QModelIndex) -> list[str]:
        return [line for line in (index.data() or "").split("\n") if line] or [""]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        lines = len(self._title_lines(index)) + (1 if index.data(SUBTITLE_ROLE) else 0)
        return QSize(120, lines * option.fontMetrics.height() + 2 * self.PAD + 2)


class _RecordView(QListWidget):
    """The list of a `RecordList`; a drop asks to move, it moves nothing itself.

    With `fit_rows` (fewest, most) it is as tall as its rows, within those
    bounds, so that short lists on a long page leave no empty space.
    """

    dropped = Signal(str, int)

    def __init__(self, parent: QWidget, fit_rows: tuple[int, int] | None,
                 placeholder: str) -> None:
        super().__init__(parent)
        self.fit_rows = fit_rows
        self.placeholder = placeholder
        if fit_rows is not None:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 2 * TwoLineDelegate.PAD + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.fit_rows is None:
            return hint
        fewest, most = self.fit_rows
        rows = [self.sizeHintForRow(i) for i in range(min(self.count(), most))]
        wanted = sum(rows) + self._row_height() * max(0, fewest - len(rows))
        return QSize(hint.width(), wanted + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint() if self.fit_rows is not None else super().minimumSizeHint()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - QPaintEvent, Qt's name
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(6, 0, -6, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            painter.end()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - QDropEvent, Qt's name
        # Internal moves only (Qt refuses other drags on entry): the row
        # being dragged is the selected one.
        items = self.selectedItems()
        row = self.drop_row(event.position().toPoint())
        event.ignore()  # the chart moves the row, when it agrees
        self.setState(QAbstractItemView.State.NoState)
        self.stopAutoScroll()
        if items and event.mimeData().hasFormat(self.mimeTypes()[0]):
            self.dropped.emit(items[0].data(KEY_ROLE), row)

    def drop_row(self, position) -> int:  # noqa: ANN001 - QPoint
        """The row a drop at `position` goes before (count: at the end)."""
        index = self.indexAt(position)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if position.y() > rect.center().y() else 0)


class RecordList(QWidget):
    """Records of the chart in a list with add, remove, up and down buttons.

    The owner gives it `Choice`s to show and turns its signals into edits;
    rows move only when the chart changes and the owner shows the new order.
    """

    currentChanged = Signal(object)  # key, or None
    addRequested = Signal()
    removeRequested = Signal(str)
    moveRequested = Signal(str, int)  # key, -1 (up) or +1 (down)
    dropRequested = Signal(str, int)  # key, row it goes before
    activated = Signal(str)  # double-click or Enter on a record

    def __init__(self, what: str, tips: dict[str, str], parent: QWidget | None = None,
                 draggable: bool = False, read_only: bool = False,
                 fit_rows: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self._choices: tuple[Choice, ...] = ()
        self._filling = False
        self._read_only = read_only
        self.view = self._make_view(what, tips, draggable, fit_rows)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if not read_only:
            column.addLayout(self._make_buttons(tips))
        column.addWidget(self.view, 1)
        self._update_buttons()

    def _make_view(self, what: str, tips: dict[str, str], draggable: bool,
                   fit_rows: tuple[int, int] | None) -> _RecordView:
        view = _RecordView(self, fit_rows, tips.get("empty", ""))
        view.setAccessibleName(what)
        view.setToolTip(tips.get("list", what))
        view.setItemDelegate(TwoLineDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if draggable:
            view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.currentItemChanged.connect(self._on_current_item_changed)
        view.dropped.connect(self.dropRequested)
        view.itemActivated.connect(lambda item: self.activated.emit(item.data(KEY_ROLE)))
        return view

    def _make_buttons(self, tips: dict[str, str]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.add_button = tool_button(tips.get("add-icon", "list-add"), tips["add"],
                                      self.addRequested.emit, self)
        self.remove_button = tool_button(tips.get("remove-icon", "list-remove"), tips["remove"],
                                         lambda: self._emit_for_current(self.removeRequested),
                                         self)
        self.up_button = tool_button("go-up", tips["up"],
                                     lambda: self._emit_move(-1), self)
        self.down_button = tool_button("go-down", tips["down"],
                                       lambda: self._emit_move(+1), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- contents ----------------------------------------------------------------------

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Show these records, keeping the current one when it is still there."""
        choices = tuple(choices)
        if choices == self._choices:
            return
        before = self.current()
        self._choices = choices
        self._filling = True
        try:
            self.view.clear()
            for choice in choices:
                self.view.addItem(self._item(choice))
            self._select(before)
        finally:
            self._filling = False
        self.view.updateGeometry()
        self._update_buttons()
        if self.current() != before:
            self.currentChanged.emit(self.current())

    @staticmethod
    def _item(choice: Choice) -> QListWidgetItem:
        item = QListWidgetItem(choice.title)
        item.setData(KEY_ROLE, choice.key)
        item.setData(SUBTITLE_ROLE, choice.subtitle)
        item.setData(COLOR_ROLE, choice.color)
        item.setToolTip("\n".join(p for p in (choice.title, choice.subtitle) if p))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     one_line("\n".join(p for p in (choice.title, choice.subtitle) if p)))
        return item

    def keys(self) -> list[str]:
        return [c.key for c in self._choices]

    def current(self) -> str | None:
        item = self.view.currentItem()
        return item.data(KEY_ROLE) if item is not None and item.isSelected() else None

    def set_current(self, key: str | None) -> None:
        """Make `key` the current record (None: none), without echo."""
        if key == self.current():
            return
        self._filling = True
        try:
            self._select(key)
        finally:
            self._filling = False
        self._update_buttons()

    def _select(self, key: str | None) -> None:
        row = self.keys().index(key) if key in self.keys() else -1
        if row < 0:
            self.view.clearSelection()
            self.view.setCurrentRow(-1)
        else:
            self.view.setCurrentRow(row)
            self.view.scrollToItem(self.view.item(row))

    # -- gestures ------------------------------------------------------------------------

    def _on_current_item_changed(self, *_args: object) -> None:
        self._update_buttons()
        if not self._filling:
            self.currentChanged.emit(self.current())

    def _emit_for_current(self, signal: Signal) -> None:
        key = self.current()
        if key is not None:
            signal.emit(key)

    def _emit_move(self, delta: int) -> None:
        key = self.current()
        if key is not None:
            self.moveRequested.emit(key, delta)

    def _update_buttons(self) -> None:
        if self._read_only:
            return
        row = self.keys().index(self.current()) if self.current() in self.keys() else -1
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._choices) - 1)
