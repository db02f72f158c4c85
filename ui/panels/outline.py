"""The outline dock: the chart's reporting lines as a tree beside the canvas.

Owns `OutlineView` and `OutlineDock`, which keeps its selection in step with
the shared `Selection`. Every chart change resets the model (simple and
always right; 3,000 units rebuild in a few milliseconds) and the dock puts
back what the reset forgets: which rows were expanded, the selection, the
scroll position.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTreeView, QWidget

from ui.document import ChartDocument
from ui.panels.outline_model import (
    EXPAND_ALL_LIMIT,
    MIME_TYPE,
    NAME_COLUMN,
    TIER_COLUMN,
    TIER_COLUMN_MAX_WIDTH,
    TIER_COLUMN_MIN_WIDTH,
    UNIT_ID_ROLE,
    OutlineModel,
)
from ui.selection import Selection

__all__ = ["MIME_TYPE", "UNIT_ID_ROLE", "OutlineDock", "OutlineModel", "OutlineView"]


class OutlineView(QTreeView):
    """A tree view whose drops always reach the model.

    Qt silently refuses a drop onto the dragged row's own descendants; here
    such a drop goes to the core, which refuses it with its reason.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tier_wanted = TIER_COLUMN_MIN_WIDTH

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001 - QDragMoveEvent
        super().dragMoveEvent(event)
        if not event.isAccepted() and self._drop_target(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001 - QDropEvent
        target = self._drop_target(event)
        model = self.model()
        done = target is not None and isinstance(model, OutlineModel) \
            and model.drop(event.mimeData(), *target)
        if done:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def _drop_target(self, event) -> tuple[int, QModelIndex] | None:  # noqa: ANN001
        """(row, parent) as QAbstractItemView computes it: on a row, or between rows."""
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        rect = self.visualRect(index)
        margin = max(2, min(round(rect.height() / 5.5), 12))
        if pos.y() - rect.top() < margin:
            row, parent = index.row(), index.parent()
        elif rect.bottom() - pos.y() < margin:
            row, parent = index.row() + 1, index.parent()
        else:
            row, parent = -1, index.siblingAtColumn(NAME_COLUMN)
        model = self.model()
        if model is None or not model.canDropMimeData(event.mimeData(), Qt.DropAction.MoveAction,
                                                     row, NAME_COLUMN, parent):
            return None
        return row, parent

    def expand_all_of(self, indexes: Iterable[QModelIndex]) -> None:
        """Expand many rows at once: with the layout deferred, each expansion
        is only noted (expanding rows one by one lays out every time)."""
        self.scheduleDelayedItemsLayout()
        for index in indexes:
            self.setExpanded(index, True)

    def set_tier_width(self, wanted: int) -> None:
        """The width the tier column's names need; it gets at most a third of
        the view, so that a narrow dock still shows the units' names."""
        self._tier_wanted = wanted
        self._fit_columns()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        share = max(TIER_COLUMN_MIN_WIDTH, self.viewport().width() // 3)
        width = min(self._tier_wanted, share)
        self.header().resizeSection(TIER_COLUMN, width)

    def settle(self) -> None:
        """Lay out pending rows now (so that the scroll range is right)."""
        self.executeDelayedItemsLayout()


class OutlineDock(QDockWidget):
    """The outline of the chart in a dock; selection shared with the canvas."""

    #: a unit's row was activated (double-click or Enter): centre the canvas on it
    unitActivated = Signal(str)

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineDock")
        self.setWindowTitle(self.tr("Outline"))
        self.setAccessibleName(self.tr("Outline"))
        self.toggleViewAction().setToolTip(self.tr("Show or hide the outline of the chart"))
        self._document = document
        self._selection = selection
        self._syncing = False
        self._before_reset: tuple[set[str], int] = (set(), 0)
        self.model = OutlineModel(document, self)
        self.view = self._make_view()
        self.setWidget(self.view)
        self._connect()
        self._fit_tier_column()
        self._expand_initially()
        self._show_selection()

    def _make_view(self) -> OutlineView:
        view = OutlineView(self)
        view.setObjectName("outlineView")
        view.setAccessibleName(self.tr("Outline of the chart"))
        view.setToolTip(self.tr("The units of the chart by whom they report to. "
                                "Drag a unit onto another to change whom it reports to."))
        view.setModel(self.model)
        view.setIndentation(16)
        view.setUniformRowHeights(True)  # constant-time row geometry for large charts
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setAutoExpandDelay(700)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that asks every row of a 3,000-unit chart for
        # its size on every edit. The column holds only tier names; see below.
        header.setSectionResizeMode(TIER_COLUMN, QHeaderView.ResizeMode.Interactive)
        return view

    def _fit_tier_column(self, *_args: object) -> None:
        """Size the tier column to the longest tier name, within reason."""
        metrics = self.view.fontMetrics()
        names = [self.model.one_line(t.name) for t in self._document.chart.tiers]
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        self.view.set_tier_width(min(widest + 16, TIER_COLUMN_MAX_WIDTH))

    def _connect(self) -> None:
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        # Connected after the model's own handler: the model has reset by then.
        self._document.chartReplaced.connect(self._on_chart_replaced)
        self._document.displayChanged.connect(self._fit_tier_column)
        selection_model = self.view.selectionModel()
        selection_model.selectionChanged.connect(self._on_view_selection_changed)
        selection_model.currentChanged.connect(self._on_view_selection_changed)
        self._selection.changed.connect(self._on_selection_changed)
        self.view.activated.connect(self._on_activated)

    # -- expansion ------------------------------------------------------------------------

    def expanded_ids(self) -> set[str]:
        """The units whose rows are expanded."""
        model, view = self.model, self.view
        return {uid for uid in model.parent_ids() if view.isExpanded(model.index_of(uid))}

    def set_expanded_ids(self, ids: Iterable[str]) -> None:
        """Expand exactly these units' rows (ids not on the chart are ignored)."""
        self.view.collapseAll()
        indexes = (self.model.index_of(uid) for uid in ids)
        self.view.expand_all_of(i for i in indexes if i.isValid())

    def _expand_initially(self) -> None:
        if len(self.model.unit_ids()) <= EXPAND_ALL_LIMIT:
            self.view.expandAll()
        else:
            self.view.expandToDepth(0)

    def _expand_ancestors(self, unit_id: str) -> None:
        parent = self.model.tree_parent(unit_id)
        while parent is not None and not self.view.isExpanded(self.model.index_of(parent)):
            self.view.setExpanded(self.model.index_of(parent), True)
            parent = self.model.tree_parent(parent)

    # -- resets ------------------------------------------------------------------------------

    def _on_model_about_to_be_reset(self) -> None:
        self._before_reset = (self.expanded_ids(), self.view.verticalScrollBar().value())
        self._syncing = True  # the view drops its selection now; that is no user's change

    def _on_model_reset(self) -> None:
        expanded, scrolled = self._before_reset
        self.set_expanded_ids(expanded)
        if self.model.fresh:  # a large chart's first rows, made after it showed
            self._expand_initially()
        self._syncing = False
        self._show_selection(scroll=False)
        self.view.settle()
        self.view.verticalScrollBar().setValue(scrolled)

    def _on_chart_replaced(self) -> None:
        self._fit_tier_column()
        self.view.collapseAll()
        self._expand_initially()
        self._show_selection()

    # -- selection, both ways -------------------------------------------------------------------

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """While the dock mirrors the shared selection, its view's signals are echoes."""
        self._syncing, was = True, self._syncing
        try:
            yield
        finally:
            self._syncing = was

    def _on_view_selection_changed(self, *_args: object) -> None:
        if self._syncing:
            return
        ids = [self.model.unit_id(i) for i in self.view.selectionModel().selectedRows()]
        current = self.model.unit_id(self.view.currentIndex())
        if current in ids:  # the current one goes last: Selection.current
            ids.remove(current)
            ids.append(current)
        self._selection.set((i for i in ids if i is not None), initiator=self)

    def _on_selection_changed(self, initiator: object) -> None:
        if initiator is not self:
            self._show_selection()

    def _show_selection(self, scroll: bool = True) -> None:
        """Select the shared selection's units, expanding their parents."""
        model, view = self.model, self.view
        chosen = QItemSelection()
        for uid in self._selection.ids:
            index = model.index_of(uid)
            if index.isValid():
                chosen.select(index, model.index_of(uid, TIER_COLUMN))
                self._expand_ancestors(uid)
        current = model.index_of(self._selection.current)
        with self._quiet():
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().select(chosen, flags.ClearAndSelect | flags.Rows)
            if current.isValid():
                view.selectionModel().setCurrentIndex(current, flags.NoUpdate)
        if current.isValid() and scroll:
            view.scrollTo(current)

    def _on_activated(self, index: QModelIndex) -> None:
        uid = self.model.unit_id(index)
        if uid is not None:
            self.unitActivated.emit(uid)
