"""Gestures on the chart canvas, each a small object the view hands events to.

Owns what a gesture means, never what is allowed: edits come from
`orgchart.edits` and go through `ChartDocument.push`, and whether a
re-parenting drop is allowed is decided by the core's own edit, tried on a
copy of the chart.

- `EmptySpaceDrag`: a left drag on empty paper pans; with Shift or Ctrl it
  draws a rubber band (Ctrl adds to the selection).
- `MiddlePan`: a middle-button drag pans anywhere, even over cards.
- `BadgeClick`: a click on the "+N" badge of a collapsed card expands it.
- `ReparentDrag`: dragging a card onto another makes it report there.
- `KeyboardNavigator`: arrow keys move the selection along the hierarchy.

A mouse gesture's `press` returns True to take the press for itself;
`move` and `release` return True while the gesture is handling them.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip

from orgchart import edits
from orgchart.layout import Layout
from orgchart.model import Chart
from ui.canvas.items import GhostItem
from ui.canvas.measure import placeholder_name, split_display

if TYPE_CHECKING:
    from ui.canvas.view import ChartView


class Gesture:
    """A mouse gesture on the view; by default it takes no part."""

    def __init__(self, view: ChartView) -> None:
        self.view = view

    def press(self, event: QMouseEvent) -> bool:
        return False

    def move(self, event: QMouseEvent) -> bool:
        return False

    def release(self, event: QMouseEvent) -> bool:
        return False

    def released(self, event: QMouseEvent) -> None:
        """Called after Qt itself has handled a release no gesture took."""

    def cancel(self) -> None:
        """Stop, leaving everything as it was before the gesture."""


class EmptySpaceDrag(Gesture):
    """Chooses what a left drag that starts on empty paper does, by setting the
    view's drag mode before Qt sees the press: panning (the common wish on a
    big chart) or, with Shift or Ctrl, a rubber band."""

    def press(self, event: QMouseEvent) -> bool:
        banding = bool(event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                            | Qt.KeyboardModifier.ControlModifier))
        mode = (QGraphicsView.DragMode.RubberBandDrag if banding
                else QGraphicsView.DragMode.ScrollHandDrag)
        if self.view.dragMode() != mode:
            self.view.setDragMode(mode)
        return False

    def released(self, event: QMouseEvent) -> None:
        # Only now: Qt finishes the rubber band in the mode it started in.
        if self.view.dragMode() != QGraphicsView.DragMode.ScrollHandDrag:
            self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)


class MiddlePan(Gesture):
    """Pans while the middle button is held, wherever it was pressed."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self._last: QPoint | None = None

    def press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.MiddleButton:
            return False
        self._last = event.position().toPoint()
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def move(self, event: QMouseEvent) -> bool:
        if self._last is None:
            return False
        pos = event.position().toPoint()
        delta, self._last = pos - self._last, pos
        self.view.scroll_by(-delta.x(), -delta.y())
        return True

    def release(self, event: QMouseEvent) -> bool:
        if self._last is None or event.button() != Qt.MouseButton.MiddleButton:
            return False
        self.cancel()
        return True

    def cancel(self) -> None:
        if self._last is not None:
            self._last = None
            self.view.viewport().unsetCursor()


class BadgeClick(Gesture):
    """A click on a collapsed card's badge shows its subtree again."""

    def press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        card = self.view.card_at(event.position().toPoint())
        if card is None or card.hidden_count <= 0:
            return False
        scene_pos = self.view.mapToScene(event.position().toPoint())
        if not card.badge_rect().contains(card.mapFromScene(scene_pos)):
            return False
        self.view.document.push(edits.SetUnitField(card.unit_id, "collapsed", False))
        return True


# --------------------------------------------------------------------------
# Drag to re-parent


def reparent_edit(chart: Chart, unit_id: str, parent_id: str) -> edits.Reparent:
    """Make `unit_id` report to `parent_id` as its last child: the unit moves to
    just after the new parent's subtree (as `edits.add_child` places a new
    unit), counted once the unit has left its old place."""
    index = edits.after_subtree(chart, parent_id)
    old = next(i for i, unit in enumerate(chart.units) if unit.id == unit_id)
    return edits.Reparent(unit_id, parent_id, index - 1 if old < index else index)


#: Where the ghost of a dragged card goes, from the cursor, in view pixels.
GHOST_OFFSET = QPoint(16, 18)


class ReparentDrag(Gesture):
    """Drag a card onto another card to make it report there.

    The press is left to Qt (it selects the card); once the cursor has moved
    far enough the drag takes over: a ghost follows the cursor, and the card
    under it shows whether a drop is allowed (green) or refused (red, with
    the core's reason as a tooltip and status message). The verdict comes
    from applying the very edit the drop would push to a copy of the chart,
    so the rules stay in the core. Dropping pushes one `edits.Reparent`.
    """

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self._armed: tuple[str, QPointF] | None = None
        self._unit: str | None = None
        self._ghost: GhostItem | None = None
        self._target: str | None = None
        self._probe: Chart | None = None
        self._verdicts: dict[str, tuple[str | None, str]] = {}

    @property
    def active(self) -> bool:
        return self._unit is not None

    @property
    def target(self) -> str | None:
        return self._target

    def press(self, event: QMouseEvent) -> bool:
        self._armed = None
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.button() == Qt.MouseButton.LeftButton and plain:
            uid = self.view.unit_at(event.position().toPoint())
            if uid is not None:
                self._armed = (uid, event.position())
        return False

    def move(self, event: QMouseEvent) -> bool:
        if self._armed is not None and not self.active:
            uid, start = self._armed
            if (event.position() - start).manhattanLength() < QApplication.startDragDistance():
                return False
            self._begin(uid)
        if not self.active:
            return False
        self._follow(event.position().toPoint())
        return True

    def release(self, event: QMouseEvent) -> bool:
        self._armed = None
        if not self.active:
            return False
        if event.button() == Qt.MouseButton.LeftButton:
            self._follow(event.position().toPoint())
            self._drop()
        return True

    def _begin(self, uid: str) -> None:
        card = self.view.chart_scene.card(uid)
        if card is None:
            return
        scene = self.view.chart_scene
        grabber = scene.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()  # the card would otherwise get the release
        self._unit = uid
        self._probe = copy.deepcopy(self.view.document.chart)
        self._verdicts = {}
        self._ghost = GhostItem(card)
        scene.addItem(self._ghost)
        self.view.viewport().setCursor(Qt.CursorShape.DragMoveCursor)

    def _follow(self, pos: QPoint) -> None:
        if self._ghost is not None:
            # Below and right of the cursor, so the card under it stays in view.
            self._ghost.setPos(self.view.mapToScene(pos + GHOST_OFFSET))
        target = self.view.unit_at(pos)
        if target == self._unit:
            target = None
        if target == self._target:
            return
        self._show_target(None)
        self._target = target
        state, message = self._verdict(target)
        self._show_target(state)
        self.view.statusMessage.emit(message)
        if message and state is not None:
            QToolTip.showText(self.view.viewport().mapToGlobal(pos), message, self.view.viewport())
        else:
            QToolTip.hideText()

    def _show_target(self, state: str | None) -> None:
        card = self.view.chart_scene.card(self._target)
        if card is not None:
            card.set_drop_state(state)

    def _verdict(self, target: str | None) -> tuple[str | None, str]:
        """("allowed" | "refused" | None, message) for a drop on `target`."""
        if target is None or self._probe is None or self._unit is None:
            return None, ""
        if target not in self._verdicts:
            self._verdicts[target] = self._judge(self._probe, self._unit, target)
        return self._verdicts[target]

    def _judge(self, probe: Chart, uid: str, target: str) -> tuple[str | None, str]:
        unit, parent = probe.find_unit(uid), probe.find_unit(target)
        if unit is None or parent is None:
            return None, ""
        display, languages = self.view.document.display, probe.languages
        names = {key: split_display(u.name, display, languages)[0] or placeholder_name()
                 for key, u in (("unit", unit), ("parent", parent))}
        if unit.parent == target:
            return None, QCoreApplication.translate(
                "ChartCanvas", "“{unit}” already reports to “{parent}”.").format(**names)
        try:
            inverse = reparent_edit(probe, uid, target).apply(probe)
        except edits.EditError as refusal:
            return "refused", str(refusal)
        inverse.apply(probe)  # exact, so the copy serves the next target too
        return "allowed", QCoreApplication.translate(
            "ChartCanvas", "Drop to make “{unit}” report to “{parent}”.").format(**names)

    def _drop(self) -> None:
        uid, target = self._unit, self._target
        state = self._verdict(target)[0]
        self.cancel()
        if uid is None or target is None or state is None:
            return
        # A refused drop is pushed too: the document refuses it with the
        # core's message (editRefused), which the window shows.
        self.view.document.push(reparent_edit(self.view.document.chart, uid, target))

    def cancel(self) -> None:
        self._show_target(None)
        if self._ghost is not None:
            if self._ghost.scene() is not None:
                self._ghost.scene().removeItem(self._ghost)
            self._ghost = None
        if self._unit is not None:
            self.view.viewport().unsetCursor()
            self.view.statusMessage.emit("")
            QToolTip.hideText()
        self._unit = self._target = self._probe = None
        self._armed = None
        self._verdicts = {}


# --------------------------------------------------------------------------
# Keyboard navigation


#: Arrow key -> step, top-down: tiers are rows, siblings side by side.
STEPS_TB = {Qt.Key.Key_Up: "parent", Qt.Key.Key_Down: "child",
            Qt.Key.Key_Left: "previous", Qt.Key.Key_Right: "next"}
#: Left to right, tiers are columns and siblings are stacked.
STEPS_LR = {Qt.Key.Key_Left: "parent", Qt.Key.Key_Right: "child",
            Qt.Key.Key_Up: "previous", Qt.Key.Key_Down: "next"}


class KeyboardNavigator:
    """Which card an arrow key moves the selection to, over the drawn cards:
    up to the parent, down to the first child, left and right to siblings
    (and on along the tier past the last sibling, so a whole row can be
    walked)."""

    def __init__(self, view: ChartView) -> None:
        self.view = view

    def target(self, key: int, current: str | None) -> str | None:
        layout = self.view.chart_scene.layout
        chart = self.view.document.chart
        if layout is None or not layout.boxes:
            return None
        steps = STEPS_TB if layout.orientation == "tb" else STEPS_LR
        step = steps.get(key)
        if step is None:
            return None
        if current not in layout.boxes:
            return next(iter(layout.boxes))  # nothing selected: start at the top
        unit = chart.find_unit(current)
        if unit is None:
            return None
        if step == "parent":
            return unit.parent if unit.parent in layout.boxes else None
        if step == "child":
            return next((c.id for c in chart.children(unit.id) if c.id in layout.boxes), None)
        return self._along(chart, layout, unit.id, unit.parent, unit.tier,
                           -1 if step == "previous" else 1)

    @staticmethod
    def _along(chart: Chart, layout: Layout, uid: str, parent: str | None, tier: str,
               direction: int) -> str | None:
        siblings = [c.id for c in chart.children(parent) if c.id in layout.boxes]
        at = siblings.index(uid) + direction if uid in siblings else -1
        if 0 <= at < len(siblings):
            return siblings[at]
        # Past the last sibling: the nearest card of the same tier that way.
        def along(box) -> float:  # noqa: ANN001 - a layout Box
            return box.cx if layout.orientation == "tb" else box.cy
        here = along(layout.boxes[uid])
        same_tier = {u.id for u in chart.units if u.tier == tier and u.id in layout.boxes}
        ahead = [(abs(along(layout.boxes[i]) - here), i) for i in same_tier
                 if (along(layout.boxes[i]) - here) * direction > 0]
        return min(ahead)[1] if ahead else None
