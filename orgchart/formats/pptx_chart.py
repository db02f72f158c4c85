"""A chart slide: a planned part of the chart drawn as native PowerPoint shapes.

Owns how the chart looks on a slide: tier stripes with the tier names in a
column at the side (a header row when tiers run left to right), one rounded
rectangle per unit in its tier's colour with its text as editable
paragraphs, elbow connectors glued to the cards at both ends (so they follow
when a card is moved in PowerPoint), links as dashed connectors, and small
"→ slide" badges on cards whose children continue on another slide.

Connectors are drawn exactly where the layout engine routed them: the
layout's orthogonal polyline becomes a `bentConnector2`…`5` whose rotation,
flips and adjust values reproduce it (`pptx_lines`).
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide

from orgchart.fileformat import clean
from orgchart.formats.pptx_cards import BADGE_ROOM, PEOPLE_GAP, REF, SMALL
from orgchart.formats.pptx_lines import TOP, connector, plain, send_under, site
from orgchart.formats.pptx_measure import (
    LINE_SPACING,
    balanced_width,
    is_wide,
    line_count,
    text_width,
)
from orgchart.formats.pptx_plan import Area, ChartSlide
from orgchart.formats.pptx_text import (
    INK,
    Deck,
    Part,
    Style,
    add_paragraph,
    ink_on,
    mix,
    prepare_frame,
    pt,
    rgb,
)
from orgchart.layout import Band, Box, Layout
from orgchart.model import Tier

Point = tuple[float, float]

#: The tier-name column (top to bottom) or header row (left to right), in points.
LABEL_WIDTH, LABEL_HEIGHT, LABEL_GAP = 128.0, 46.0, 10.0
#: A card's corner radius and text insets, relative to the name size (both
#: within the padding that `pptx_plan` measured).
CORNER, INSET = 0.3, 0.15
STRIPES = ("ffffff", "f3f5f8")
LABEL_BACKGROUNDS = ("eaeef3", "e1e6ed")
CONNECTOR = "7d8796"
LINK_COLORS = {"dotted-line": "4b5563", "coordination": "0f766e", "supervision": "b45309"}
LINK_DASHES = {"dotted-line": MSO_LINE_DASH_STYLE.ROUND_DOT,
               "coordination": MSO_LINE_DASH_STYLE.DASH,
               "supervision": MSO_LINE_DASH_STYLE.DASH_DOT}
ARROW_KINDS = ("dotted-line", "supervision")
def chart_area(deck: Deck, orientation: str) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the room for the chart itself, in points."""
    f = deck.frame
    if orientation == "tb":
        left = f.margin + LABEL_WIDTH + LABEL_GAP
        return left, f.body_top, f.width - f.margin - left, f.body_height
    top = f.body_top + LABEL_HEIGHT + LABEL_GAP
    return f.margin, top, f.body_width, f.body_top + f.body_height - top


def planning_area(deck: Deck, orientation: str) -> Area:
    _, _, width, height = chart_area(deck, orientation)
    return Area(width, height)


# --------------------------------------------------------------------------
# Drawing a slide


class ChartSlideDrawer:
    """Draws one planned chart slide; `jumps` lists the shapes that link to
    other slides (filled in once every slide exists)."""

    def __init__(self, deck: Deck, plan: ChartSlide, orientation: str) -> None:
        self.deck, self.plan, self.orientation = deck, plan, orientation
        fit = plan.fit
        self.layout: Layout = fit.layout
        self.scale = fit.scale
        self.size = fit.name_size
        left, top, width, height = chart_area(deck, orientation)
        gap = _tier_gap(self.layout) * self.scale  # half of it beyond each end band
        across = (0.0, gap) if orientation == "tb" else (gap, 0.0)
        self.ox = left + (width - self.layout.width * self.scale - across[0]) / 2 + across[0] / 2
        self.oy = top + (height - self.layout.height * self.scale - across[1]) / 2 + across[1] / 2
        self.tiers = {t.id: t for t in fit.chart.tiers}
        self.units = {u.id: u for u in fit.chart.units}
        self.cards: dict[str, object] = {}
        self.jumps: list[tuple[object, int]] = []

    def at(self, x: float, y: float) -> Point:
        return self.ox + x * self.scale, self.oy + y * self.scale

    def box(self, uid: str) -> Box:
        b = self.layout.boxes[uid]
        x, y = self.at(b.x, b.y)
        return Box(x, y, b.w * self.scale, b.h * self.scale)

    def draw(self, slide: Slide) -> None:
        self._draw_bands(slide)
        for uid in self.layout.boxes:
            self.cards[uid] = self._draw_card(slide, uid)
        first_card = next(iter(self.cards.values()), None)
        for uid, points in self.layout.connectors.items():
            self._draw_connector(slide, uid, points, first_card)
        for line in self.layout.links:
            self._draw_link(slide, line, first_card)
        for uid, target in self.plan.continued.items():
            self._draw_badge(slide, uid, target)
        for uid, target in self.plan.back.items():
            if uid in self.cards:
                self.jumps.append((self.cards[uid], target))

    # -- tiers -----------------------------------------------------------------------

    def _band_rect(self, band: Band, index: int) -> tuple[float, float, float, float]:
        """A band's stripe: from half the gap before it to half the gap after."""
        half = _tier_gap(self.layout) / 2
        f = self.deck.frame
        if self.orientation == "tb":
            y0 = self.oy + (band.y - half) * self.scale
            y1 = self.oy + (band.y + band.h + half) * self.scale
            return f.margin, y0, f.width - 2 * f.margin, y1 - y0
        x0 = self.ox + (band.x - half) * self.scale
        x1 = self.ox + (band.x + band.w + half) * self.scale
        top = f.body_top
        return x0, top, x1 - x0, f.body_top + f.body_height - top

    def _draw_bands(self, slide: Slide) -> None:
        for i, band in enumerate(self.layout.bands):
            x, y, w, h = self._band_rect(band, i)
            if i % 2:
                stripe = _rect(slide, x, y, w, h, STRIPES[1])
                stripe.name = clean(f"band {band.tier}")
            tier = self.tiers[band.tier]
            if self.orientation == "tb":
                self._draw_tier_label(slide, tier, i, (x, y, LABEL_WIDTH, h))
            else:
                self._draw_tier_label(slide, tier, i, (x, y, w, LABEL_HEIGHT))

    def _draw_tier_label(self, slide: Slide, tier: Tier, index: int,
                         rect: tuple[float, float, float, float]) -> None:
        x, y, w, h = rect
        background = _rect(slide, x, y, w, h, LABEL_BACKGROUNDS[index % 2])
        background.name = clean(f"tier {tier.id} background")
        bar = (x, y, 4.0, h) if self.orientation == "tb" else (x, y, w, 4.0)
        _rect(slide, *bar, tier.color.lstrip("#")).name = clean(f"tier {tier.id} colour")
        lines, size = tier_label_lines(self.deck, tier, w - 16, h - 6, self.size)
        box = slide.shapes.add_textbox(pt(x + 8), pt(y), pt(w - 12), pt(h))
        box.name = clean(f"tier {tier.id}")
        frame = box.text_frame
        prepare_frame(frame, 2, 2, MSO_ANCHOR.MIDDLE)
        motto = mix(tier.color, INK, 0.25) if _dark(tier.color) else INK
        for part, role in lines:
            style = {"name": Style(size, True, INK, PP_ALIGN.LEFT),
                     "name2": Style(size * SMALL, False, "4b5563", PP_ALIGN.LEFT),
                     "motto": Style(size * SMALL, False, motto, PP_ALIGN.LEFT)}[role]
            add_paragraph(frame, part, style, self.deck.fonts,
                          space_before=size * 0.3 if role == "motto" else 0.0)

    # -- cards -----------------------------------------------------------------------------

    def _draw_card(self, slide: Slide, uid: str):  # noqa: ANN202 - a python-pptx Shape
        unit = self.units[uid]
        b = self.box(uid)
        fill = self.tiers[unit.tier].color.lstrip("#")
        shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, pt(b.x), pt(b.y),
                                       pt(b.w), pt(b.h))
        shape.name = clean(f"unit {uid}")
        shape.adjustments[0] = min(0.5, CORNER * self.size / max(1.0, min(b.w, b.h)))
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(fill)
        shape.line.color.rgb = rgb(mix(fill, "000000", 0.22))
        shape.line.width = pt(0.75)
        plain(shape)
        frame = shape.text_frame
        # The padding measured holds the insets and the corners: some programs
        # keep a rounded rectangle's text clear of its whole corner radius.
        inset = INSET * self.size
        prepare_frame(frame, inset, inset)
        if uid in self.plan.fit.badged:
            frame.margin_bottom = pt(inset + BADGE_ROOM * self.size)
        ink = ink_on(fill)
        lines = self.plan.fit.lines[uid]
        room = b.w - 2 * inset
        for i, line in enumerate(lines):
            color = ink if line.role == "name" else mix(ink, fill, 0.18)
            gap = PEOPLE_GAP * self.size if line.role == "person" and \
                lines[i - 1].role != "person" else 0.0
            size, bold = self.size * line.scale, line.role == "name"
            # Chinese wraps between any two characters: lines of about equal
            # length then, not one character left alone below
            indent = 0.0
            if _mostly_wide(line.part.text) and line_count(line.part.text, size, room, bold) > 1:
                indent = max(0.0, (room - balanced_width(line.part.text, size, room, bold)
                                   * 1.04) / 2)
            add_paragraph(frame, line.part, Style(size, bold, color), self.deck.fonts,
                          space_before=gap, indent=indent)
        _describe(shape, "\n".join(line.part.text for line in lines))
        return shape

    def _draw_badge(self, slide: Slide, uid: str, target: int) -> None:
        """A small "→ N" tab under a card whose children are on slide N; it
        and the card jump there in a slide show."""
        b = self.box(uid)
        fill = self.tiers[self.units[uid].tier].color.lstrip("#")
        room = BADGE_ROOM * self.size
        size = min(max(7.0, self.size * SMALL * 0.9), room * 0.62)
        text = f"→ {target + 1}"
        w, h = text_width(text, size, True) + size * 1.2, room * 0.8
        # in the room kept for it at the card's foot, clear of its neighbours
        shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, pt(b.cx - w / 2),
                                       pt(b.bottom - room * 0.2 - h), pt(w), pt(h))
        shape.name = clean(f"continued {uid}")
        shape.adjustments[0] = 0.5
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb("ffffff")
        shape.line.color.rgb = rgb(fill)
        shape.line.width = pt(1.0)
        plain(shape)
        prepare_frame(shape.text_frame, 1, 0)
        add_paragraph(shape.text_frame, Part(text), Style(size, True, fill), self.deck.fonts)
        self.jumps.append((shape, target))
        self.jumps.append((self.cards[uid], target))

    # -- lines ---------------------------------------------------------------------------

    def _draw_connector(self, slide: Slide, uid: str, points: Sequence[Point],
                        under: object) -> None:
        parent = self.units[uid].parent
        if parent not in self.cards:
            return
        pts = [self.at(x, y) for x, y in points]
        shape = connector(slide, pts, (self.cards[parent], site(self.box(parent), pts[0])),
                          (self.cards[uid], site(self.box(uid), pts[-1])))
        shape.name = clean(f"reports {uid}")
        shape.line.color.rgb = rgb(CONNECTOR)
        shape.line.width = pt(min(1.75, max(1.0, 0.11 * self.size)))
        send_under(shape, under)

    def _draw_link(self, slide: Slide, line, under: object) -> None:  # noqa: ANN001 - LinkLine
        a, b = self.box(line.source), self.box(line.target)
        if abs(a.y - b.y) < 0.5 and line.source not in self.layout.stacked \
                and line.target not in self.layout.stacked:
            lift = _tier_gap(self.layout) * self.scale * 0.3
            pts = [(a.cx, a.y), (a.cx, a.y - lift), (b.cx, b.y - lift), (b.cx, b.y)]
            ends = ((self.cards[line.source], TOP), (self.cards[line.target], TOP))
        else:
            pts = [self.at(*p) for p in line.points]
            ends = ((self.cards[line.source], site(a, pts[0])),
                    (self.cards[line.target], site(b, pts[-1])))
        shape = connector(slide, pts, *ends)
        shape.name = clean(f"link {line.link}")
        shape.line.color.rgb = rgb(LINK_COLORS.get(line.kind, "4b5563"))
        shape.line.width = pt(1.5)
        shape.line.dash_style = LINK_DASHES.get(line.kind, MSO_LINE_DASH_STYLE.DASH)
        if line.kind in ARROW_KINDS:
            etree.SubElement(shape.line._get_or_add_ln(), qn("a:tailEnd"),
                             type="triangle", w="med", len="med")
        send_under(shape, under)
        self._draw_link_label(slide, line, pts)

    def _draw_link_label(self, slide: Slide, line, pts: list[Point]) -> None:  # noqa: ANN001
        link = next((k for k in self.deck.chart.links if k.id == line.link), None)
        parts = self.deck.parts(link.label) if link is not None else []
        if not parts:
            return
        size = max(8.0, self.size * SMALL * 0.9)
        mid = len(pts) // 2
        (x0, y0), (x1, y1) = pts[mid - 1], pts[mid]
        w = max(text_width(p.text, size) for p in parts) + 8
        h = len(parts) * size * LINE_SPACING + 4
        box = slide.shapes.add_textbox(pt((x0 + x1) / 2 - w / 2), pt((y0 + y1) / 2 - h / 2),
                                       pt(w), pt(h))
        box.name = clean(f"link label {line.link}")
        box.fill.solid()
        box.fill.fore_color.rgb = rgb("ffffff")
        prepare_frame(box.text_frame, 2, 1)
        color = LINK_COLORS.get(line.kind, "4b5563")
        for part in parts:
            add_paragraph(box.text_frame, part, Style(size, False, color), self.deck.fonts)


# --------------------------------------------------------------------------
# Helpers


def tier_label_lines(deck: Deck, tier: Tier, width: float, height: float,
                     chart_size: float) -> tuple[list[tuple[Part, str]], float]:
    """The tier label's paragraphs and name size: as much as fits in the
    column, at least 8 points (the motto's second language goes first,
    then the motto, then the name's second language)."""
    names = deck.parts(tier.name)
    mottos = deck.parts(tier.summary)
    full = [(names[0], "name")] if names else []
    full += [(p, "name2") for p in names[1:]] + [(p, "motto") for p in mottos]
    tries = [full]
    if len(mottos) > 1:
        tries.append([x for x in full if x[0] is not mottos[1]])
    tries.append([x for x in full if x[1] != "motto"])
    tries.append(full[:1])
    start = min(14.0, max(10.0, chart_size))
    for lines in tries:
        size = start
        while size >= 8.0:
            if _label_height(lines, size, width) <= height:
                return lines, size
            size -= 0.5
    return full[:1], 8.0


def _label_height(lines: list[tuple[Part, str]], size: float, width: float) -> float:
    total = 0.0
    for part, role in lines:
        s = size if role == "name" else size * SMALL
        total += line_count(part.text, s, width, role == "name") * s * LINE_SPACING
        if role == "motto":
            total += size * 0.3
    return total + 4


def _tier_gap(layout: Layout) -> float:
    """The gap between bands, from the bands themselves (the layout's option)."""
    bands = layout.bands
    if len(bands) < 2:
        return 3.2 * REF
    if layout.orientation == "tb":
        return bands[1].y - (bands[0].y + bands[0].h)
    return bands[1].x - (bands[0].x + bands[0].w)


def _mostly_wide(text: str) -> bool:
    return sum(is_wide(ch) for ch in text) * 2 > len(text)


def _dark(color: str) -> bool:
    return ink_on(color) == "ffffff"


def _rect(slide: Slide, x: float, y: float, w: float, h: float, fill: str):  # noqa: ANN202
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, pt(x), pt(y), pt(w), pt(h))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(fill)
    shape.line.fill.background()
    plain(shape)
    return shape


def _describe(shape, text: str) -> None:  # noqa: ANN001
    """Alternative text, read out by screen readers."""
    shape._element.nvSpPr.cNvPr.set("descr", clean(text))
