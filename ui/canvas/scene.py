"""The chart scene: a chart's layout turned into items, kept in step with edits.

Owns the items of one chart and their geometry: it measures the cards
(through `CardMeasurer`, which re-measures only what changed), asks
`orgchart.layout` where everything goes, and then moves, restyles, adds or
removes only the items concerned; connectors and links, being batched into
a few paths, are redrawn whole. It knows nothing of gestures or of the
document: `ChartView` tells it when to show the chart again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from orgchart.layout import Band, Box, Layout, LayoutOptions, layout_chart
from orgchart.model import Chart
from ui.canvas.items import CardItem, TierLabelItem, stripe_item
from ui.canvas.lines import (
    LinkLabelItem,
    LinkRoute,
    arrowheads_item,
    connector_item,
    link_item,
    link_route,
)
from ui.canvas.measure import (
    CanvasFonts,
    CardMeasurer,
    measure_tier_label,
    split_display,
    tier_label_width,
)
from ui.canvas.style import PAPER, brush

#: Between the tier label column (or header row) and the chart.
COLUMN_GAP = 20.0
#: Paper beyond the chart on the far sides.
END_PAD = 32.0
#: Reporting lines per path item: few enough items to build fast, small
#: enough that repainting a corner does not stroke the whole chart.
EDGES_PER_PATH = 400
#: Kinds of links drawn with an arrowhead at the target (coordination goes both ways).
ARROW_KINDS = ("dotted-line", "supervision")


@dataclass
class SyncReport:
    """What the last `show_chart` did, for tests and benchmarks."""

    added: int = 0
    removed: int = 0
    restyled: int = 0
    measured: int = 0


class ChartScene(QGraphicsScene):
    """Draws one chart: tier stripes with labels, cards, connectors and links."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - a QObject
        super().__init__(parent)
        self.measurer = CardMeasurer()
        self.options = LayoutOptions()
        self.layout: Layout | None = None
        self.last_sync = SyncReport()
        self._cards: dict[str, CardItem] = {}
        self._labels: dict[str, TierLabelItem] = {}
        self._stripes: list[QGraphicsItem] = []
        self._paths: list[QGraphicsItem] = []
        #: the scene x (y) of the view's left (top) edge, for pinned labels
        self._pinned_to = -1e18
        #: what the stripes and the paths were last drawn from
        self._drawn: dict[str, object] = {}
        self._hint: QGraphicsSimpleTextItem | None = None
        #: unit id -> worst problem severity, kept for cards made later
        self._markers: dict[str, str] = {}
        self.setBackgroundBrush(brush(PAPER))

    # -- look-ups ------------------------------------------------------------------

    @property
    def cards(self) -> Mapping[str, CardItem]:
        """The card of every drawn unit, by unit id (read only)."""
        return self._cards

    def card(self, unit_id: str | None) -> CardItem | None:
        return self._cards.get(unit_id) if unit_id is not None else None

    def set_markers(self, markers: Mapping[str, str]) -> None:
        """Mark cards whose unit has a problem: id -> "error" or "warning"."""
        self._markers = dict(markers)
        for uid, card in self._cards.items():
            card.set_marker(self._markers.get(uid))

    def set_selected_tiers(self, tier_ids: set[str]) -> None:
        """Highlight the labels of selected tiers."""
        for tier_id, label in self._labels.items():
            label.set_highlighted(tier_id in tier_ids)

    def tier_label(self, tier_id: str) -> TierLabelItem | None:
        return self._labels.get(tier_id)

    @property
    def link_labels(self) -> list[LinkLabelItem]:
        return [item for item in self._paths if isinstance(item, LinkLabelItem)]

    # -- showing a chart -------------------------------------------------------------

    def set_options(self, **changes: object) -> None:
        """Change layout options (orientation, compact, ...); takes effect at
        the next `show_chart`."""
        self.options = dataclasses.replace(self.options, **changes)

    def show_chart(self, chart: Chart, display: str, rebuild: bool = False) -> None:
        """Lay the chart out again and update the items to match.

        With `rebuild`, every item is made anew (another chart was opened);
        otherwise existing cards are moved and restyled in place and only
        added or removed units get items made or dropped.
        """
        report = SyncReport()
        measured_before = self.measurer.measured
        self.measurer.use_fonts(CanvasFonts.for_languages(chart.languages))
        if rebuild:
            self._drop_cards(list(self._cards), report)
            self.measurer.clear()
        languages = chart.languages
        options = dataclasses.replace(self.options, display=display)
        layout = layout_chart(
            chart, lambda unit: self.measurer.content(unit, display, languages).size, options)
        previous = None if rebuild or self.layout is None else self.layout.boxes
        self.layout = layout
        # Without an index, moving hundreds of items does not re-sort a tree
        # hundreds of times; it is built once, at the end.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        try:
            self._sync_cards(chart, display, layout, previous or {}, report)
            # Stripes, connectors and links are redrawn whole, so only when
            # what they show changed (a rename moves nothing, mostly).
            if self._changed("bands", _bands_key(chart, display, layout)) or rebuild:
                self._draw_bands(chart, display, layout)
            if self._changed("paths", _paths_key(chart, display, layout)) or rebuild:
                self._draw_paths(chart, display, layout)
        finally:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._show_hint(not layout.boxes)
        self.measurer.forget_except(set(layout.boxes))
        report.measured = self.measurer.measured - measured_before
        self.last_sync = report

    def _changed(self, part: str, key: object) -> bool:
        if self._drawn.get(part) == key:
            return False
        self._drawn[part] = key
        return True

    def _sync_cards(self, chart: Chart, display: str, layout: Layout,
                    previous: Mapping[str, Box], report: SyncReport) -> None:
        gone = [uid for uid in self._cards if uid not in layout.boxes]
        self._drop_cards(gone, report)
        units: dict[str, object] = {}
        for unit in chart.units:
            units.setdefault(unit.id, unit)
        colors = {tier.id: tier.color for tier in chart.tiers}
        hidden = _hidden_counts(chart, [u for u in layout.boxes if units[u].collapsed])
        languages = chart.languages
        for uid, box in layout.boxes.items():
            unit = units[uid]
            card = self._cards.get(uid)
            if card is None:
                card = self._cards[uid] = CardItem(uid)
                card.set_marker(self._markers.get(uid))
                self.addItem(card)
                report.added += 1
            content = self.measurer.content(unit, display, languages)
            if card.set_look(content, colors.get(unit.tier, "#5d6d7e"), hidden.get(uid, 0)):
                report.restyled += 1
            if previous.get(uid) != box:
                card.set_box(box.x, box.y, box.w, box.h)

    def _show_hint(self, empty: bool) -> None:
        """An empty chart says how to start, rather than showing blank paper."""
        if empty and self._hint is None:
            self._hint = QGraphicsSimpleTextItem(QCoreApplication.translate(
                "ChartCanvas", "No units yet. Add the top unit with Add Child (Tab)."))
            self._hint.setFont(CanvasFonts.shared()["title"])
            self._hint.setBrush(brush("#6b7280"))
            self.addItem(self._hint)
        elif not empty and self._hint is not None:
            self.removeItem(self._hint)
            self._hint = None
        if self._hint is not None:
            self._hint.setPos(self.sceneRect().center() - self._hint.boundingRect().center())

    @property
    def hint(self) -> str:
        """The text shown on empty paper ("" when the chart has units)."""
        return self._hint.text() if self._hint is not None else ""

    def _drop_cards(self, ids: list[str], report: SyncReport) -> None:
        for uid in ids:
            self.removeItem(self._cards.pop(uid))
            report.removed += 1

    # -- tier stripes and labels -------------------------------------------------------

    def _draw_bands(self, chart: Chart, display: str, layout: Layout) -> None:
        for item in self._stripes:
            self.removeItem(item)
        self._stripes = []
        tiers = {tier.id: (i, tier) for i, tier in enumerate(chart.tiers)}
        fonts = CanvasFonts.for_languages(chart.languages)
        vertical = layout.orientation == "tb"
        half = self.options.tier_gap / 2
        # Top-down, the labels share one column; left to right, each heads its band.
        width = tier_label_width(chart.tiers, display, chart.languages, fonts) if vertical else 0
        contents = {}
        for band in layout.bands:
            _, tier = tiers[band.tier]
            label_width = width if vertical else band.w + 2 * half
            contents[band.tier] = measure_tier_label(tier, display, chart.languages,
                                                     label_width, fonts)
        header = 0.0 if vertical else max(
            (c.height for c in contents.values()), default=0.0) + 24.0
        keep = set()
        for band in layout.bands:
            index, tier = tiers[band.tier]
            stripe, label_rect, text_top = _band_geometry(band, layout, width, header, half)
            self._stripes.append(stripe_item(stripe, index))
            self.addItem(self._stripes[-1])
            label = self._labels.get(band.tier)
            if label is None:
                label = self._labels[band.tier] = TierLabelItem(band.tier)
                self.addItem(label)
            content = contents[band.tier]
            if vertical and content.height > stripe.height() - text_top:
                text_top = max(4.0, (stripe.height() - content.height) / 2)
            label.set_look(label_rect, content, tier.color, index, vertical, text_top)
            keep.add(band.tier)
        for tier_id in [t for t in self._labels if t not in keep]:
            self.removeItem(self._labels.pop(tier_id))
        self._set_rect()
        self.pin_labels(self._pinned_to)

    def _set_rect(self) -> None:
        """An explicit scene rect: the stripes. (Qt's own would grow with every
        item ever shown and cost a walk over all items.)"""
        rect = QRectF()
        for item in self._stripes:
            rect = rect.united(item.rect())
        self.setSceneRect(rect if not rect.isEmpty() else QRectF(0, 0, 400, 300))

    def pin_labels(self, visible_start: float) -> None:
        """Keep the label column in view: `visible_start` is the scene x (y when
        left to right) of the view's left (top) edge; labels never move
        further out than their place beside the chart."""
        self._pinned_to = visible_start
        vertical = self.layout is None or self.layout.orientation == "tb"
        for label in self._labels.values():
            rect = label.label_rect()
            offset = max(0.0, visible_start - (rect.left() if vertical else rect.top()))
            label.set_pinned(offset > 0)
            label.setPos(offset, 0.0) if vertical else label.setPos(0.0, offset)

    # -- connectors and links ------------------------------------------------------------

    def _draw_paths(self, chart: Chart, display: str, layout: Layout) -> None:
        for item in self._paths:
            self.removeItem(item)
        self._paths = []
        edges = _polylines(layout.connectors)
        for start in range(0, len(edges), EDGES_PER_PATH):
            self._add_path(connector_item(edges[start:start + EDGES_PER_PATH]))
        room = self.options.tier_gap
        routes = {line.link: link_route(line, layout, room) for line in layout.links}
        by_kind: dict[str, list[LinkRoute]] = {}
        for line in layout.links:
            by_kind.setdefault(line.kind, []).append(routes[line.link])
        for kind, kind_routes in by_kind.items():
            self._add_path(link_item(kind, kind_routes))
            if kind in ARROW_KINDS:
                self._add_path(arrowheads_item(kind, kind_routes))
        if layout.links:
            self._draw_link_labels(chart, display, layout, routes)

    def _draw_link_labels(self, chart: Chart, display: str, layout: Layout,
                          routes: dict[str, LinkRoute]) -> None:
        fonts = CanvasFonts.for_languages(chart.languages)
        labels = {link.id: link.label for link in chart.links}
        grid = _BoxGrid(layout)
        for line in layout.links:
            label = labels.get(line.link)
            if label is None:
                continue
            first, second = split_display(label, display, chart.languages)
            text = "\n".join(t for t in (first, second) if t)
            if not text.strip():
                continue
            item = LinkLabelItem(line.link, text, line.kind, fonts)
            route = routes[line.link]
            # Slide the label along its line until it covers no card or label.
            for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.5):
                item.center_on(route.point_at(t))
                if not grid.hits(item.sceneBoundingRect(), (line.source, line.target)):
                    break
            grid.add("", item.sceneBoundingRect())  # the next labels keep off it too
            self._add_path(item)

    def _add_path(self, item: QGraphicsItem) -> None:
        self._paths.append(item)
        self.addItem(item)


def _bands_key(chart: Chart, display: str, layout: Layout) -> tuple:
    tiers = tuple((t.id, t.name, t.summary, t.color) for t in chart.tiers)
    return (layout.bands, layout.width, layout.height, layout.orientation, tiers, display,
            tuple(chart.languages))


def _paths_key(chart: Chart, display: str, layout: Layout) -> tuple:
    labels = tuple((k.id, k.label) for k in chart.links)
    return (layout.connectors, layout.links, labels, display, tuple(chart.languages))


def _polylines(connectors: object) -> list:
    """The connector polylines, whether the layout gives them by child id or as
    a sequence of edges (its interface was being settled when this was written)."""
    if isinstance(connectors, Mapping):
        return list(connectors.values())
    return [edge.points for edge in connectors]  # type: ignore[attr-defined]


class _BoxGrid:
    """The layout's boxes in coarse cells, to find the boxes a rectangle covers
    without looking at every box."""

    CELL = 256.0

    def __init__(self, layout: Layout) -> None:
        self.cells: dict[tuple[int, int], list[tuple[str, QRectF]]] = {}
        for uid, box in layout.boxes.items():
            self.add(uid, QRectF(box.x, box.y, box.w, box.h))

    def add(self, key: str, rect: QRectF) -> None:
        for cell in self._cells(rect):
            self.cells.setdefault(cell, []).append((key, rect))

    def _cells(self, rect: QRectF) -> list[tuple[int, int]]:
        c = self.CELL
        return [(i, j) for i in range(int(rect.left() // c), int(rect.right() // c) + 1)
                for j in range(int(rect.top() // c), int(rect.bottom() // c) + 1)]

    def hits(self, rect: QRectF, ignore: tuple[str, ...] = ()) -> bool:
        return any(uid not in ignore and box.intersects(rect)
                   for cell in self._cells(rect) for uid, box in self.cells.get(cell, ()))


def _band_geometry(band: Band, layout: Layout, column: float, header: float,
                   half: float) -> tuple[QRectF, QRectF, float]:
    """The stripe of a tier, its label's rectangle, and where the label's
    text starts below the label's top (level with the cards' tops)."""
    if layout.orientation == "tb":
        left = -COLUMN_GAP - column
        stripe = QRectF(left, band.y - half, layout.width + END_PAD - left, band.h + 2 * half)
        return stripe, QRectF(left, stripe.top(), column, stripe.height()), half
    top = -COLUMN_GAP - header
    stripe = QRectF(band.x - half, top, band.w + 2 * half, layout.height + END_PAD - top)
    return stripe, QRectF(stripe.left(), top, stripe.width(), header), 14.0


def _hidden_counts(chart: Chart, collapsed: list[str]) -> dict[str, int]:
    """The number of units below each collapsed unit (its whole subtree)."""
    if not collapsed:
        return {}
    kids: dict[str | None, list[str]] = {}
    for unit in chart.units:
        kids.setdefault(unit.parent, []).append(unit.id)
    counts = {}
    for uid in collapsed:
        seen, stack = {uid}, list(kids.get(uid, ()))
        while stack:
            child = stack.pop()
            if child not in seen:
                seen.add(child)
                stack.extend(kids.get(child, ()))
        counts[uid] = len(seen) - 1
    return counts
