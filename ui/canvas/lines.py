"""Reporting lines and links on the canvas, batched into a few path items.

Owns how lines are drawn: the layout's orthogonal connectors with rounded
corners, many to an item (one item per line would make a large chart slow
to build and to pan); links dashed by kind, curved over the band when both
ends are on one tier, with arrowheads and labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from orgchart.layout import Box, Layout, LinkLine
from ui.canvas.measure import WRAP, CanvasFonts
from ui.canvas.style import (
    CONNECTOR,
    LINK_COLORS,
    LINK_DASHES,
    LOD_TEXT,
    PAPER,
    Z_CONNECTOR,
    Z_LINK,
    Z_LINK_LABEL,
    brush,
    pen,
)

Point = tuple[float, float]


def add_orthogonal(path: QPainterPath, points: Sequence[Point], radius: float = 6.0) -> None:
    """Add a polyline to `path` with its corners rounded (never by more than
    half of either segment, so short jogs stay clean)."""
    if len(points) < 2:
        return
    # Written for speed (no helper calls, bound methods): a chart of 50,000
    # units draws 50,000 of these when it opens.
    line, quad = path.lineTo, path.quadTo
    path.moveTo(*points[0])
    x0, y0 = points[0]
    x1, y1 = points[1]
    for x2, y2 in points[2:]:
        dx0, dy0, dx1, dy1 = x1 - x0, y1 - y0, x2 - x1, y2 - y1
        r = min(radius, (abs(dx0) + abs(dy0)) / 2, (abs(dx1) + abs(dy1)) / 2)
        if r <= 0.01:
            line(x1, y1)
        else:
            line(x1 - ((dx0 > 0) - (dx0 < 0)) * r, y1 - ((dy0 > 0) - (dy0 < 0)) * r)
            quad(x1, y1, x1 + ((dx1 > 0) - (dx1 < 0)) * r, y1 + ((dy1 > 0) - (dy1 < 0)) * r)
        x0, y0, x1, y1 = x1, y1, x2, y2
    line(x1, y1)


def connector_path(polylines: Iterable[Sequence[Point]]) -> QPainterPath:
    """Reporting lines as one path, each with its corners rounded."""
    path = QPainterPath()
    for points in polylines:
        add_orthogonal(path, points)
    return path


class ConnectorsItem(QGraphicsItem):
    """Many reporting lines as one item: one item per line would make a
    large chart slow to build and to pan.

    The path is made when the item is first painted, not when it is made:
    a chart of 50,000 units opens with a few hundred of these, of which
    the viewport shows a handful (making every path took a tenth of the
    time to open). Its bounds come from the points alone. The lines are
    never hit by the mouse (an empty shape): clicks go to the cards and
    the canvas, and no click strokes a path of a hundred lines.
    """

    _PEN_MARGIN = 1.0  # half the pen's width, rounded up

    def __init__(self, polylines: Iterable[Sequence[Point]] = ()) -> None:
        super().__init__()
        self._pen = pen(CONNECTOR, 1.6)
        self._lines: list[Sequence[Point]] = []
        self._rect = QRectF()
        self._path: QPainterPath | None = None
        self.setZValue(Z_CONNECTOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._take(polylines)

    def _take(self, polylines: Iterable[Sequence[Point]]) -> None:
        self._lines = [points for points in polylines if len(points) >= 2]
        self._path = None
        xs = [x for points in self._lines for x, _ in points]
        ys = [y for points in self._lines for _, y in points]
        if xs:
            m = self._PEN_MARGIN
            self._rect = QRectF(min(xs) - m, min(ys) - m,
                                max(xs) - min(xs) + 2 * m, max(ys) - min(ys) + 2 * m)
        else:
            self._rect = QRectF()

    def set_lines(self, polylines: Iterable[Sequence[Point]]) -> None:
        """Draw these lines instead (an edit changed them)."""
        self.prepareGeometryChange()
        self._take(polylines)
        self.update()

    def is_empty(self) -> bool:
        return not self._lines

    def path(self) -> QPainterPath:
        """The lines as one path (made now if not yet painted)."""
        if self._path is None:
            self._path = connector_path(self._lines)
        return self._path

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())


@dataclass(frozen=True)
class LinkRoute:
    """How a link is drawn: the layout's straight segment, or, between two
    cards of one tier (where a straight line would run through the cards in
    between), a curve over the band from the top of one card to the other."""

    points: tuple[Point, ...]
    curved: bool = False

    def add_to(self, path: QPainterPath) -> None:
        path.moveTo(*self.points[0])
        if self.curved:
            path.cubicTo(*self.points[1], *self.points[2], *self.points[3])
        else:
            for p in self.points[1:]:
                path.lineTo(*p)

    def point_at(self, t: float) -> Point:
        if self.curved:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.points
            a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
            return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)
        (x0, y0), (x1, y1) = self.points[0], self.points[-1]
        return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)

    def head(self) -> tuple[Point, Point]:
        """The direction the line arrives in at the target: (from, to)."""
        return self.points[-2], self.points[-1]


def link_route(line: LinkLine, layout: Layout, room: float) -> LinkRoute:
    """How to draw a link; `room` is the gap above a band that a curve may use."""
    a, b = layout.boxes.get(line.source), layout.boxes.get(line.target)
    if a is None or b is None:
        return LinkRoute(tuple(line.points))
    tb = layout.orientation == "tb"
    # Swap axes for left to right, route as top-down, and swap back.
    def axes(box: Box) -> tuple[float, float, float, float]:
        return (box.x, box.y, box.w, box.h) if tb else (box.y, box.x, box.h, box.w)
    (ax, ay, aw, ah), (bx, by, bw, bh) = axes(a), axes(b)
    same_band = ay < by + bh and by < ay + ah
    if not same_band:
        return LinkRoute(tuple(line.points))
    toward = 1.0 if bx + bw / 2 >= ax + aw / 2 else -1.0
    # Off the centre of the top edge, where the reporting line arrives.
    start = (ax + aw / 2 + toward * aw / 4, ay)
    end = (bx + bw / 2 - toward * bw / 4, by)
    # A cubic's peak is 3/4 of its control points' lift: keep it in the gap.
    lift = min(abs(end[0] - start[0]) * 0.2, room * 0.7 / 0.75)
    lift = max(lift, min(24.0, room))
    top = min(start[1], end[1]) - lift
    points = (start, (start[0], top), (end[0], top), end)
    if not tb:
        points = tuple((y, x) for x, y in points)
    return LinkRoute(points, curved=True)


def link_item(kind: str, routes: Iterable[LinkRoute]) -> QGraphicsPathItem:
    """Every link of one kind as one dashed item."""
    path = QPainterPath()
    for route in routes:
        route.add_to(path)
    color = LINK_COLORS.get(kind, LINK_COLORS["dotted-line"])
    item = QGraphicsPathItem(path)
    item.setPen(pen(color, 1.6, dashes=LINK_DASHES.get(kind, LINK_DASHES["dotted-line"])))
    item.setZValue(Z_LINK)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def arrowheads_item(kind: str, routes: Iterable[LinkRoute]) -> QGraphicsPathItem:
    """Solid heads at the targets of the links of a kind (a dashed head would
    look broken)."""
    path = QPainterPath()
    for route in routes:
        (x0, y0), (x1, y1) = route.head()
        length = max(1e-6, ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        size, half = 9.0, 4.5
        bx, by = x1 - ux * size, y1 - uy * size
        path.moveTo(x1, y1)
        path.lineTo(bx - uy * half, by + ux * half)
        path.lineTo(bx + uy * half, by - ux * half)
        path.closeSubpath()
    color = LINK_COLORS.get(kind, LINK_COLORS["dotted-line"])
    item = QGraphicsPathItem(path)
    item.setPen(pen(color, 1.0))
    item.setBrush(brush(color))
    item.setZValue(Z_LINK)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


class LinkLabelItem(QGraphicsItem):
    """A link's label on a small rounded tag, centred on a point of the link."""

    def __init__(self, link_id: str, text: str, kind: str, fonts: CanvasFonts) -> None:
        super().__init__()
        self.link_id = link_id
        self._text = text
        self._fonts = fonts
        self._color = LINK_COLORS.get(kind, LINK_COLORS["dotted-line"])
        metrics = fonts.metrics["link"]
        box = metrics.boundingRect(QRectF(0, 0, 150, 1e6), WRAP, text)
        w, h = box.width() + 12, box.height() + 4
        self._rect = QRectF(-w / 2, -h / 2, w, h)
        self.setZValue(Z_LINK_LABEL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def text(self) -> str:
        return self._text

    def center_on(self, point: Point) -> None:
        self.setPos(*point)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_TEXT:
            return
        painter.setPen(pen(self._color, 1.0))
        painter.setBrush(brush(PAPER))
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setPen(pen(self._color))
        painter.setFont(self._fonts["link"])
        painter.drawText(self._rect.adjusted(6, 2, -6, -2), WRAP, self._text)
