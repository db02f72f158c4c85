"""The chart canvas widget: a `QGraphicsView` over a `ChartScene`, kept in step
with a `ChartDocument` and the shared `Selection`.

Owns zoom (Ctrl+wheel around the cursor, steps, fit), keeping the scene and
the selection highlight up to date, and handing mouse and key events to the
gestures in `interactions`. Mouse use:

- click selects a card, Ctrl+click toggles it; a click on empty paper clears;
- left drag on empty paper pans; Shift+drag or Ctrl+drag draws a rubber band
  (Ctrl adds to the selection); the middle button pans anywhere;
- drag a card onto another to make it report there;
- double-click (or F2) renames; a click on a "+N" badge expands the subtree.

Keys: arrows move the selection along the hierarchy; Ctrl+plus / Ctrl+minus
zoom, Ctrl+0 fits. The main window adds its own shortcuts on this widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QLineEdit, QWidget

from orgchart import bulk
from orgchart.edits import Edit, scope_of
from ui import scale
from ui.canvas.interactions import (
    BadgeClick,
    EmptySpaceDrag,
    Gesture,
    KeyboardNavigator,
    MiddlePan,
    ReparentDrag,
)
from ui.canvas.items import CardItem, GhostItem
from ui.canvas.rename import InPlaceRename
from ui.canvas.scene import ChartScene
from ui.document import ChartDocument
from ui.later import AfterPaint
from ui.selection import Selection

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
#: After an edit was drawn where it happened (a large chart), the whole
#: chart is laid out this long after the last edit, once the edit has shown.
SETTLE_MS = 40
#: How long after a large chart was laid out whole the cycle collector runs.
COLLECT_MS = 250
ZOOM_STEP = 1.25
#: Fitting never magnifies a small chart beyond its natural size.
FIT_MAX_ZOOM = 1.0
FIT_MARGIN = 12


class ChartView(QGraphicsView):
    """The canvas of one chart window."""

    #: the zoom factor (1.0 = natural size) changed
    zoomChanged = Signal(float)
    #: a transient hint for the status bar ("" clears it)
    statusMessage = Signal(str)
    #: (unit id, committed) when the in-place name editor closes
    renameFinished = Signal(str, bool)

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.chart_scene = ChartScene(self)
        self.setScene(self.chart_scene)
        self._zoom = 1.0
        self._syncing = False
        self._fit_pending = True
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._settle_unless_typing)
        # Timers of the view's own, so that they go with the view. The pass
        # comes a moment after the event loop next runs (which paints the
        # chart), never inside that first round.
        self._collect = AfterPaint(self, COLLECT_MS, bulk.collect_and_set_aside)
        self._setup_widget()
        self._rename = InPlaceRename(self)
        self._rename.finished.connect(self.renameFinished)
        self._rename.finished.connect(self._on_rename_finished)
        self._navigator = KeyboardNavigator(self)
        self._drag = ReparentDrag(self)
        self._gestures: list[Gesture] = [MiddlePan(self), BadgeClick(self), EmptySpaceDrag(self),
                                         self._drag]
        document.chartReplaced.connect(self._on_chart_replaced)
        document.chartChanged.connect(self._on_chart_changed)
        document.displayChanged.connect(self._on_display_changed)
        selection.changed.connect(self._on_selection_changed)
        self.chart_scene.selectionChanged.connect(self._on_scene_selection_changed)
        self._refresh(rebuild=True)
        self._collect_soon()

    def _setup_widget(self) -> None:
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Chart canvas"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys move the selection, F2 renames, Ctrl+plus and Ctrl+minus zoom, "
            "Ctrl+0 fits the chart."))

    # -- public API ----------------------------------------------------------------

    @property
    def is_editing(self) -> bool:
        """True while the in-place name editor is open."""
        return self._rename.active

    @property
    def rename_editor(self) -> QLineEdit | None:
        """The open in-place name editor, if any."""
        return self._rename.editor

    @property
    def orientation(self) -> str:
        return self.chart_scene.options.orientation

    @property
    def compact(self) -> str:
        return self.chart_scene.options.compact

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        """Zoom to `factor` (1.0 = natural size) around the centre of the view."""
        self._apply_zoom(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole chart (Ctrl+0), never larger than its natural size.

        A chart too large to show whole even at the smallest zoom (tens of
        thousands of units side by side) shows its top instead, at natural
        size: a sliver of the middle, drawn as dots, would tell nothing.
        """
        viewport = self.viewport().rect().adjusted(FIT_MARGIN, FIT_MARGIN,
                                                   -FIT_MARGIN, -FIT_MARGIN)
        rect = self.chart_scene.sceneRect()
        if viewport.width() <= 0 or viewport.height() <= 0 or rect.isEmpty():
            self._fit_pending = True
            return
        self._fit_pending = False
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        tops = self.document.chart.top_units()
        top = self.chart_scene.card(tops[0].id) if tops else None
        if scale < MIN_ZOOM and top is not None:
            self.set_zoom(FIT_MAX_ZOOM)
            # the top card at the start of the chart (its top, or left),
            # in the middle of the view across
            middle = top.sceneBoundingRect().center()
            if self.orientation == "tb":
                self.centerOn(middle.x(), rect.top() + viewport.height() / 2 / FIT_MAX_ZOOM)
            else:
                self.centerOn(rect.left() + viewport.width() / 2 / FIT_MAX_ZOOM, middle.y())
            return
        self.set_zoom(min(FIT_MAX_ZOOM, scale))
        self.centerOn(rect.center())

    def center_on(self, unit_id: str) -> bool:
        card = self.chart_scene.card(unit_id)
        if card is None:
            return False
        self.centerOn(card.sceneBoundingRect().center())
        return True

    def ensure_visible(self, unit_id: str) -> None:
        card = self.chart_scene.card(unit_id)
        if card is not None:
            self.ensureVisible(card.sceneBoundingRect(), 40, 40)

    def start_rename(self, unit_id: str, lang: str | None = None) -> bool:
        """Open the name editor on the unit's card with its text selected;
        False when the unit is not drawn."""
        return self._rename.start(unit_id, lang)

    def card_at(self, view_pos: QPoint) -> CardItem | None:
        for item in self.items(view_pos):
            if isinstance(item, CardItem) and not isinstance(item, GhostItem):
                return item
        return None

    def unit_at(self, view_pos: QPoint) -> str | None:
        """The id of the unit whose card is at a point of the viewport."""
        card = self.card_at(view_pos)
        return card.unit_id if card is not None else None

    def set_orientation(self, orientation: str) -> None:
        """"tb" (tiers are rows) or "lr" (tiers are columns)."""
        if orientation != self.orientation:
            self.chart_scene.set_options(orientation=orientation)
            self._refresh()
            self.fit()

    def set_problem_markers(self, markers: dict[str, str]) -> None:
        """Mark the cards of units with problems (id -> worst severity)."""
        self.chart_scene.set_markers(markers)

    @property
    def show_people(self) -> bool:
        return self.chart_scene.measurer.show_people

    def set_show_people(self, show: bool) -> None:
        """Cards list their people, or show names only (narrower charts)."""
        if show != self.show_people:
            self.chart_scene.measurer.show_people = show
            self._refresh()

    def set_compact(self, compact: str) -> None:
        """"off", "on" or "auto": stack the leaf children of a parent."""
        if compact != self.compact:
            self.chart_scene.set_options(compact=compact)
            self._refresh()
            if not self.center_on(self.selection.current or ""):
                self.fit()

    def scroll_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    # -- keeping up with the document -------------------------------------------------

    def _on_chart_replaced(self) -> None:
        bulk.thaw()  # the chart set aside may be garbage now
        self._drag.cancel()
        self._rename.cancel()
        self._refresh(rebuild=True)
        self.fit()
        self._collect_soon()

    def _on_chart_changed(self, edit: object) -> None:
        self._drag.cancel()
        scope = scope_of(edit, self.document.chart) if isinstance(edit, Edit) else None
        self._refresh(scope=scope)
        if self.chart_scene.unsettled:
            self._settle_timer.start()

    @property
    def collecting_soon(self) -> bool:
        """The cycle collector's pass after a whole layout is still to come."""
        return self._collect.isActive()

    @property
    def unsettled(self) -> bool:
        """An edit is drawn where it happened; the rest of the chart has not
        made room for it yet (see `ChartScene`)."""
        return self.chart_scene.unsettled

    def settle(self) -> None:
        """Lay the whole chart out now if an edit was drawn only where it happened."""
        self._settle_timer.stop()
        if self.chart_scene.unsettled:
            self._refresh()
            self._collect_soon()

    def _settle_unless_typing(self) -> None:
        # The whole layout of a large chart holds the event loop for most of
        # a second: not while a name is typed in place (Tab, type, Tab, ...
        # builds a chart), but once the editor closes.
        if not self._rename.active:
            self.settle()

    def _on_rename_finished(self, _unit_id: str, _committed: bool) -> None:
        if self.chart_scene.unsettled:
            self._settle_timer.start()

    def _collect_soon(self) -> None:
        """After a whole layout of a large chart, let Python's cycle collector
        run its full pass at once, while the result is on screen: left to
        itself it would run later, in the middle of the next edit (a full
        pass over 50,000 units and their items takes about 0.2 s). What
        survives is set aside (`orgchart.bulk`), so the next pass takes
        0.02 s."""
        if scale.is_large(len(self.document.chart.units)):
            self._collect.start()

    def _on_display_changed(self, display: str) -> None:
        self._refresh()

    def _refresh(self, rebuild: bool = False, scope: object = None) -> None:
        self._syncing = True  # removing a selected card is not the user deselecting it
        try:
            self.chart_scene.show_chart(self.document.chart, self.document.display, rebuild,
                                        scope)  # type: ignore[arg-type]
        finally:
            self._syncing = False
        self._apply_selection()
        self._pin_labels()
        self._rename.follow()

    # -- selection, both ways -------------------------------------------------------------

    def _on_selection_changed(self, initiator: object) -> None:
        if initiator is not self:
            self._apply_selection()

    def _apply_selection(self) -> None:
        wanted = set(self.selection.ids)
        self._syncing = True
        try:
            for item in self.chart_scene.selectedItems():
                if not isinstance(item, CardItem) or item.unit_id not in wanted:
                    item.setSelected(False)
            for uid in wanted:
                card = self.chart_scene.card(uid)
                if card is not None and not card.isSelected():
                    card.setSelected(True)
            self.chart_scene.set_selected_tiers(wanted)
        finally:
            self._syncing = False

    def _on_scene_selection_changed(self) -> None:
        if self._syncing:
            return
        chosen = [item.unit_id for item in self.chart_scene.selectedItems()
                  if isinstance(item, CardItem)]
        chosen_set = set(chosen)
        kept = [uid for uid in self.selection.ids if uid in chosen_set]
        kept_set = set(kept)
        self.selection.set(kept + [uid for uid in chosen if uid not in kept_set], self)

    def _select(self, unit_id: str) -> None:
        self.selection.set([unit_id], self)
        self._apply_selection()
        self.ensure_visible(unit_id)

    # -- zoom ------------------------------------------------------------------------------

    def _apply_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self._zoom) < 1e-9:
            return
        if anchor is None:
            self.setTransform(QTransform.fromScale(factor, factor))
        else:
            # Keep the scene point under the cursor where it is.
            point = anchor.toPoint()
            before = self.mapToScene(point)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.setTransform(QTransform.fromScale(factor, factor))
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            moved = self.mapFromScene(before) - point
            self.scroll_by(moved.x(), moved.y())
        self._zoom = factor
        self._pin_labels()
        self._rename.place()
        self.zoomChanged.emit(factor)

    def zoom_at(self, factor: float, view_pos: QPointF) -> None:
        """Zoom to `factor` keeping the point under `view_pos` in place."""
        self._apply_zoom(factor, view_pos)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_at(self._zoom * ZOOM_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.NativeGesture
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.zoom_at(self._zoom * (1.0 + event.value()), event.position())
            return True
        return super().viewportEvent(event)

    # -- scrolling keeps the tier labels and the editor in place ---------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_labels()
        self._rename.place()

    def _pin_labels(self) -> None:
        corner = self.mapToScene(QPoint(0, 0))
        self.chart_scene.pin_labels(corner.x() if self.orientation == "tb" else corner.y())

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        if self._fit_pending:
            self.fit()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        super().resizeEvent(event)
        if self._fit_pending and self.isVisible():
            self.fit()
        self._pin_labels()
        self._rename.place()

    # -- mouse: handed to the gestures first -----------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._rename.active:
            self._rename.commit()
        for gesture in self._gestures:
            if gesture.press(event):
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        for gesture in self._gestures:
            if gesture.move(event):
                event.accept()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        handled = False
        for gesture in self._gestures:
            handled = gesture.release(event) or handled
        if handled:
            event.accept()
            return
        super().mouseReleaseEvent(event)
        for gesture in self._gestures:
            gesture.released(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        uid = self.unit_at(event.position().toPoint())
        if uid is not None and event.button() == Qt.MouseButton.LeftButton:
            self.start_rename(uid)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Escape and self._drag.active:
            self._drag.cancel()
        elif key == Qt.Key.Key_F2 and not mods:
            if self.selection.current is not None:
                self.start_rename(self.selection.current)
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key == Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif not mods and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
                                  Qt.Key.Key_Right):
            self.settle()  # the arrows walk the whole layout
            target = self._navigator.target(key, self.selection.current)
            if target is not None:
                self._select(target)
        else:
            return False
        return True
