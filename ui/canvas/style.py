"""How the canvas looks: colours, the shared pens and brushes, text contrast,
the stacking order of items and the levels of detail.

Every item draws with the pens and brushes from here, so items with the same
look share the same objects (and a change of look is made in one place).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

#: Levels of detail (the view's scale). From LOD_TEXT up, a card shows all
#: its text. Below, the small text would be unreadable, so a card shows only
#: its name, enlarged to fill it (an overview a trainer can still read at
#: "fit" on a wide chart). Below LOD_NAME even that is too small: cards are
#: plain boxes, which is also what keeps panning a huge chart smooth.
LOD_TEXT = 0.35
#: Between LOD_NAME and LOD_TEXT, card names are drawn about this many
#: pixels tall on screen (smaller where a card is too narrow for that).
OVERVIEW_TEXT_PX = 11.0
LOD_NAME = 0.15

CARD_RADIUS = 6.0
#: Room around a card for its outlines, and below it for the badge.
OUTLINE_MARGIN = 6.0
BADGE_HEIGHT = 16.0
#: Margin around a name shown alone (zoomed out).
OVERVIEW_PAD = 6.0
#: Margin inside a tier label for its name shown alone (zoomed out).
LABEL_PAD = 14.0
#: Depth of the shadow beside a pinned tier label.
PIN_SHADOW = 6.0

# Z order, bottom to top: pinned tier labels cover the cards scrolling under them.
Z_STRIPE, Z_CONNECTOR, Z_LINK, Z_CARD, Z_LINK_LABEL, Z_TIER_LABEL, Z_GHOST = (
    -30, -20, -10, 0, 10, 20, 100)

INK = QColor("#1f2328")
PAPER = QColor("#ffffff")
STRIPES = (QColor("#ffffff"), QColor("#f2f4f7"))
LABEL_BACKGROUNDS = (QColor("#eef1f5"), QColor("#e5e9ef"))
CONNECTOR = QColor("#7d8796")
ACCENT = QColor("#2563eb")
ALLOWED = QColor("#16a34a")
REFUSED = QColor("#dc2626")
SHADOW = QColor(15, 23, 42, 40)
LINK_COLORS = {"dotted-line": QColor("#4b5563"), "coordination": QColor("#0f766e"),
               "supervision": QColor("#b45309")}
#: Dash patterns in pen widths: dotted reporting, dashed coordination,
#: dash-dot supervision, so the kinds differ in print without colour too.
LINK_DASHES = {"dotted-line": [1.0, 2.5], "coordination": [6.0, 3.5],
               "supervision": [8.0, 3.0, 1.5, 3.0]}

_pens: dict[tuple, QPen] = {}
_brushes: dict[str, QBrush] = {}


def pen(color: QColor | str, width: float = 1.0, cosmetic: bool = False,
        dashes: Sequence[float] | None = None) -> QPen:
    """A shared pen: items with the same look draw with the same object."""
    color = QColor(color)
    key = (color.rgba(), width, cosmetic, tuple(dashes or ()))
    found = _pens.get(key)
    if found is None:
        found = QPen(color, width)
        found.setCosmetic(cosmetic)
        found.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        found.setCapStyle(Qt.PenCapStyle.RoundCap if not dashes else Qt.PenCapStyle.FlatCap)
        if dashes:
            found.setDashPattern(list(dashes))
        _pens[key] = found
    return found


def brush(color: QColor | str) -> QBrush:
    color = QColor(color)
    key = color.name(QColor.NameFormat.HexArgb)
    found = _brushes.get(key)
    if found is None:
        found = _brushes[key] = QBrush(color)
    return found


def _luminance(color: QColor) -> float:
    """WCAG relative luminance."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_color_for(fill: QColor) -> QColor:
    """White on a dark fill, ink on a light one: whichever reads better."""
    # Remembered per colour: a chart has a few tier colours and up to
    # 50,000 cards, and the contrast sums cost more than making a card.
    rgba = fill.rgba()
    found = _inks.get(rgba)
    if found is None:
        found = _inks[rgba] = PAPER if contrast(fill, PAPER) >= contrast(fill, INK) else INK
    return found


_inks: dict[int, QColor] = {}


#: Problem markers on cards: validation's worst severity for the unit.
MARKER_COLORS = {"error": QColor("#d93025"), "warning": QColor("#e8a200")}
MARKER_RADIUS = 7.0
