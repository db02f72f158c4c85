"""The items of the chart canvas: unit cards, the ghost of a dragged card, tier
stripes and tier labels.

Owns how a card and a tier label draw themselves: the tier colour with
readable text, selection and drop outlines, the badge of a collapsed subtree,
and less detail as the view zooms out. Items hold ids and what to show,
never model objects; `ChartScene` decides what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ui.canvas.measure import (
    OVERVIEW_SCALES,
    WRAP,
    WRAP_LEFT,
    CardContent,
    LabelContent,
    overview_scale,
)
from ui.canvas.style import (
    ACCENT,
    ALLOWED,
    BADGE_HEIGHT,
    CARD_RADIUS,
    INK,
    LABEL_BACKGROUNDS,
    LABEL_PAD,
    LOD_NAME,
    LOD_TEXT,
    MARKER_COLORS,
    MARKER_RADIUS,
    OUTLINE_MARGIN,
    OVERVIEW_PAD,
    OVERVIEW_TEXT_PX,
    PAPER,
    PIN_SHADOW,
    REFUSED,
    SHADOW,
    STRIPES,
    Z_CARD,
    Z_GHOST,
    Z_STRIPE,
    Z_TIER_LABEL,
    brush,
    contrast,
    pen,
    text_color_for,
)

# --------------------------------------------------------------------------
# Unit cards

_DEFAULT_FILL = QColor("#5d6d7e")
_fills: dict[str, QColor] = {}


def _fill_color(name: str) -> QColor:
    """One shared (never changed) QColor per tier colour, not one per card."""
    color = _fills.get(name)
    if color is None:
        color = _fills[name] = QColor(name)
    return color


class CardItem(QGraphicsItem):
    """A unit's card. Its position is the top-left corner of the layout's box."""

    def __init__(self, unit_id: str) -> None:
        super().__init__()
        self.unit_id = unit_id
        self._w = self._h = 0.0
        self._content: CardContent | None = None
        self._fill = _DEFAULT_FILL
        #: the fill as `set_look` was given it (comparing strings is cheaper)
        self._fill_name = ""
        self._ink = PAPER
        self._hidden = 0
        #: the worst problem validation found on this unit ("error", "warning"), or None
        self._marker: str | None = None
        self._drop: str | None = None
        self._overview_cache: tuple[float, tuple[str, float, QRectF]] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if Z_CARD:
            self.setZValue(Z_CARD)

    @classmethod
    def made(cls, unit_id: str, content: CardContent, fill: str, hidden: int,
             box: tuple[float, float, float, float], marker: str | None) -> CardItem:
        """A card showing all this, set up before it joins a scene (where
        each change would be announced: a chart opens with 50,000 cards)."""
        card = cls(unit_id)
        card._content, card._hidden, card._marker = content, hidden, marker
        card._fill, card._fill_name = _fill_color(fill), fill
        card._ink = text_color_for(card._fill)
        x, y, card._w, card._h = box
        card.setPos(x, y)
        return card

    # -- what it shows -----------------------------------------------------------

    def set_box(self, x: float, y: float, w: float, h: float) -> None:
        if (w, h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = w, h
            self._overview_cache = None
        if self.pos() != QPointF(x, y):
            self.setPos(x, y)

    def set_look(self, content: CardContent, fill: str, hidden: int) -> bool:
        """Show `content` on a `fill` card with a badge of `hidden` units;
        False when nothing changed (then nothing is repainted)."""
        if content is self._content and fill == self._fill_name and hidden == self._hidden:
            return False
        if (hidden > 0) != (self._hidden > 0):
            self.prepareGeometryChange()
        self._content, self._hidden = content, hidden
        self._overview_cache = None
        if fill != self._fill_name:
            self._fill, self._fill_name = _fill_color(fill), fill
            self._ink = text_color_for(self._fill)
        self.update()
        return True

    def set_marker(self, severity: str | None) -> None:
        """Mark the card with the worst problem found on its unit (None: none)."""
        if severity != self._marker:
            self.prepareGeometryChange()  # the marker reaches past the card's corner
            self._marker = severity

    @property
    def marker(self) -> str | None:
        return self._marker

    def set_drop_state(self, state: str | None) -> None:
        """None, "allowed" or "refused": how a dragged card's drop here would go."""
        if state != self._drop:
            self._drop = state
            self.update()

    @property
    def drop_state(self) -> str | None:
        return self._drop

    @property
    def hidden_count(self) -> int:
        return self._hidden

    @property
    def content(self) -> CardContent | None:
        return self._content

    def text(self) -> str:
        """The lines on the card."""
        return self._content.text() if self._content else ""

    def rect(self) -> QRectF:
        return QRectF(0, 0, self._w, self._h)

    def badge_rect(self) -> QRectF:
        """Where the hidden-units badge sits: centred on the bottom edge."""
        if self._hidden <= 0 or self._content is None:
            return QRectF()
        metrics = self._content.fonts.metrics["badge"]
        w = metrics.horizontalAdvance(self._badge_text()) + 14
        return QRectF((self._w - w) / 2, self._h - BADGE_HEIGHT / 2, w, BADGE_HEIGHT)

    def _badge_text(self) -> str:
        return f"+{self._hidden}"

    # -- QGraphicsItem -------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        m = max(OUTLINE_MARGIN, MARKER_RADIUS) if self._marker else OUTLINE_MARGIN
        extra = BADGE_HEIGHT / 2 if self._hidden > 0 else 0.0
        return QRectF(-m, -m, self._w + 2 * m, self._h + 2 * m + extra)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect())
        if self._hidden > 0:
            path.addRect(self.badge_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_NAME:
            self._paint_plain(painter)
            return
        self._paint_card(painter)
        if lod < LOD_TEXT:
            self._paint_overview(painter, lod)
        else:
            self._paint_text(painter)
        self._paint_outline(painter)
        if self._hidden > 0:
            self._paint_badge(painter)
        if self._marker in MARKER_COLORS:
            self._paint_marker(painter)

    def overview(self, largest: float = OVERVIEW_SCALES[0]) -> tuple[str, float, QRectF] | None:
        """The name shown alone when zoomed out: text, scale and where. The
        scale grows to fill the card, but no further than `largest`, so that
        names keep one size on screen across cards of different sizes."""
        if not (self._content and self._content.runs):
            return None
        if self._overview_cache is None or self._overview_cache[0] != largest:
            text = self._content.runs[0].text
            scale, rect = overview_scale(self._content.fonts, "name", text,
                                         self._w - 2 * OVERVIEW_PAD, self._h - OVERVIEW_PAD,
                                         largest)
            self._overview_cache = (largest, (text, scale, rect))
        return self._overview_cache[1]

    def _paint_overview(self, painter: QPainter, lod: float) -> None:
        # names about OVERVIEW_TEXT_PX tall on screen, whatever the card's size
        size = self._content.fonts["name"].pixelSize() if self._content else -1
        size = size if size > 0 else self._content.fonts["name"].pointSizeF() * 4 / 3
        cap = OVERVIEW_TEXT_PX / (size * lod)
        # one of a few fixed scales, so zooming does not re-measure every card
        overview = self.overview(max([s for s in OVERVIEW_SCALES if s <= cap], default=1.0))
        if overview is None:
            return
        text, scale, rect = overview
        painter.save()
        painter.translate(self._w / 2, self._h / 2)
        painter.scale(scale, scale)
        painter.setPen(pen(self._ink))
        painter.setFont(self._content.fonts["name"])
        painter.drawText(rect, WRAP, text)
        painter.restore()

    def _paint_plain(self, painter: QPainter) -> None:
        rect = self.rect()
        painter.fillRect(rect, self._fill)
        outline = self._outline_color()
        if outline is not None:
            painter.setPen(pen(outline, 2.0, cosmetic=True))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    def _paint_card(self, painter: QPainter) -> None:
        rect = self.rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush(SHADOW))
        painter.drawRoundedRect(rect.translated(0, 1.5), CARD_RADIUS, CARD_RADIUS)
        painter.setBrush(brush(self._fill))
        painter.setPen(pen(self._fill.darker(118), 1.0))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS, CARD_RADIUS)

    def _paint_text(self, painter: QPainter) -> None:
        content = self._content
        if content is None:
            return
        soft = QColor(self._ink)
        soft.setAlphaF(0.82)
        if content.rule_y is not None:
            rule = QColor(self._ink)
            rule.setAlphaF(0.35)
            painter.setPen(pen(rule, 1.0))
            inset, y = min(24.0, self._w / 6), content.rule_y
            painter.drawLine(QPointF(inset, y), QPointF(self._w - inset, y))
        fonts = content.fonts
        for run in content.runs:
            faint = run.role in ("name2", "title") or (content.empty and run.role == "name")
            painter.setPen(pen(soft if faint else self._ink))
            painter.setFont(fonts[run.role])
            painter.drawText(QRectF(run.x - 0.5, run.y, run.w + 1.0, run.h), WRAP, run.text)

    def _outline_color(self) -> QColor | None:
        if self._drop == "allowed":
            return ALLOWED
        if self._drop == "refused":
            return REFUSED
        return ACCENT if self.isSelected() else None

    def _paint_outline(self, painter: QPainter) -> None:
        color = self._outline_color()
        if color is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # A white ring between card and outline keeps the outline clear on any fill.
        painter.setPen(pen(PAPER, 2.0))
        painter.drawRoundedRect(self.rect().adjusted(-1.5, -1.5, 1.5, 1.5),
                                CARD_RADIUS + 1.5, CARD_RADIUS + 1.5)
        painter.setPen(pen(color, 3.0 if self._drop else 2.5))
        painter.drawRoundedRect(self.rect().adjusted(-4, -4, 4, 4),
                                CARD_RADIUS + 4, CARD_RADIUS + 4)

    def _paint_badge(self, painter: QPainter) -> None:
        rect = self.badge_rect()
        ink = self._fill if contrast(self._fill, PAPER) >= 3.0 else INK
        painter.setPen(pen(ink, 1.5))
        painter.setBrush(brush(PAPER))
        painter.drawRoundedRect(rect, BADGE_HEIGHT / 2, BADGE_HEIGHT / 2)
        painter.setPen(pen(ink))
        painter.setFont(self._content.fonts["badge"])
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._badge_text())


    def _paint_marker(self, painter: QPainter) -> None:
        # a small disc on the top-right corner: red for an error, amber for a
        # warning; white-rimmed so it reads on any tier colour
        r = MARKER_RADIUS
        painter.setPen(pen(PAPER, 1.5))
        painter.setBrush(brush(MARKER_COLORS[self._marker]))
        painter.drawEllipse(QPointF(self._w - r * 0.6, r * 0.6), r, r)
        painter.setPen(pen(PAPER, 1.6))
        painter.drawLine(QPointF(self._w - r * 0.6, r * 0.6 - r * 0.5),
                         QPointF(self._w - r * 0.6, r * 0.6 + r * 0.1))
        painter.drawPoint(QPointF(self._w - r * 0.6, r * 0.6 + r * 0.45))


class GhostItem(CardItem):
    """A see-through copy of a dragged card that follows the cursor."""

    def __init__(self, card: CardItem) -> None:
        super().__init__(card.unit_id)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        rect = card.rect()
        self.set_box(card.x(), card.y(), rect.width(), rect.height())
        if card.content is not None:
            self.set_look(card.content, card._fill.name(), 0)
        self.setOpacity(0.8)
        self.setScale(0.85)
        self.setZValue(Z_GHOST)


# --------------------------------------------------------------------------
# Tier stripes and labels


def stripe_item(rect: QRectF, index: int) -> QGraphicsRectItem:
    item = QGraphicsRectItem(rect)
    item.setPen(Qt.PenStyle.NoPen)
    item.setBrush(brush(STRIPES[index % 2]))
    item.setZValue(Z_STRIPE)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


class TierLabelItem(QGraphicsItem):
    """A tier's name and motto in the label column (a header row, left to right),
    on a background with a bar in the tier's colour."""

    def __init__(self, tier_id: str) -> None:
        super().__init__()
        self.tier_id = tier_id
        self._rect = QRectF()
        self._content: LabelContent | None = None
        self._color = QColor("#5d6d7e")
        self._background = LABEL_BACKGROUNDS[0]
        self._vertical = True
        self._text_top = 0.0
        self._pinned = False
        self._overview_cache: tuple[QRectF, str, float, QRectF] | None = None
        self._highlighted = False
        self.setZValue(Z_TIER_LABEL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_look(self, rect: QRectF, content: LabelContent, color: str, index: int,
                 vertical: bool, text_top: float) -> None:
        """Show `content` in `rect`, its text starting `text_top` below the top."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self._content, self._color = content, QColor(color)
        self._overview_cache = None
        self._background = LABEL_BACKGROUNDS[index % 2]
        self._vertical, self._text_top = vertical, text_top
        self.update()

    def text(self) -> str:
        return "\n".join(run.text for run in self._content.runs) if self._content else ""

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, on: bool) -> None:
        """Show the tier as selected (chosen in the tiers dock or the inspector)."""
        if on != self._highlighted:
            self._highlighted = on
            self.update()

    def label_rect(self) -> QRectF:
        """Where the label is when not pinned (in scene coordinates)."""
        return QRectF(self._rect)

    def set_pinned(self, pinned: bool) -> None:
        """Pinned over the chart (scrolled aside), the label gets an edge and a
        soft shadow, so the cards passing under it read as passing under."""
        if pinned != self._pinned:
            self.prepareGeometryChange()
            self._pinned = pinned

    def boundingRect(self) -> QRectF:
        if not self._pinned:
            return self._rect
        return (self._rect.adjusted(0, 0, PIN_SHADOW, 0) if self._vertical
                else self._rect.adjusted(0, 0, 0, PIN_SHADOW))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self._rect
        painter.fillRect(rect, self._background)
        bar = (QRectF(rect.left(), rect.top(), 5, rect.height()) if self._vertical
               else QRectF(rect.left(), rect.top(), rect.width(), 5))
        painter.fillRect(bar, self._color)
        if self._highlighted:
            painter.setPen(pen(ACCENT, 2.5, cosmetic=True))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if self._pinned:
            self._paint_edge(painter)
        content = self._content
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if content is None or not content.runs or lod < LOD_NAME:
            return
        if lod < LOD_TEXT:
            self._paint_overview(painter, content)
            return
        painter.save()
        painter.setClipRect(rect)
        motto = self._color.darker(115) if contrast(self._color, PAPER) >= 4.0 else INK
        for run in content.runs:
            painter.setFont(content.fonts[run.role])
            painter.setPen(pen(motto if run.role == "motto" else INK))
            painter.drawText(QRectF(rect.left() + run.x, rect.top() + self._text_top + run.y,
                                    run.w + 1.0, run.h), WRAP_LEFT, run.text)
        painter.restore()

    def _paint_overview(self, painter: QPainter, content: LabelContent) -> None:
        """Zoomed out, only the tier's name, as large as the label allows."""
        rect = self._rect.adjusted(LABEL_PAD, LABEL_PAD, -LABEL_PAD, -LABEL_PAD)
        if self._overview_cache is None or self._overview_cache[0] != rect:
            text = content.runs[0].text
            scale, box = overview_scale(content.fonts, "tier", text, rect.width(), rect.height())
            self._overview_cache = (QRectF(rect), text, scale, box)
        _, text, scale, box = self._overview_cache
        painter.save()
        painter.translate(rect.center())
        painter.scale(scale, scale)
        painter.setPen(pen(INK))
        painter.setFont(content.fonts["tier"])
        painter.drawText(box, WRAP, text)
        painter.restore()

    def _paint_edge(self, painter: QPainter) -> None:
        rect = self._rect
        for i in range(int(PIN_SHADOW)):
            shade = QColor(15, 23, 42, int(28 * (1 - i / PIN_SHADOW) ** 2))
            if self._vertical:
                painter.fillRect(QRectF(rect.right() + i, rect.top(), 1, rect.height()), shade)
            else:
                painter.fillRect(QRectF(rect.left(), rect.bottom() + i, rect.width(), 1), shade)
