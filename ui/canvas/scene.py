"""The chart scene: a chart's layout turned into items, kept in step with edits.

Owns the items of one chart and their geometry: it measures the cards
(through `CardMeasurer`, which re-measures only what changed), asks
`orgchart.layout` where everything goes, and then moves, restyles, adds or
removes only the items concerned; connectors and links, being batched into
a few paths, are redrawn whole. It knows nothing of gestures or of the
document: `ChartView` tells it when to show the chart again.

After an edit it is told the edit's scope (`orgchart.edits.scope_of`): a
card whose text changed but not its size is restyled alone; on a large
chart (`ui.scale`), where the whole layout takes longer than an
edit may before it shows, the touched subtrees are laid out alone, where
they stand, and the scene stays `unsettled` (neighbours not yet making
room) until the view shows the chart again without a scope.

An edit changes items rather than replacing them where it can: Qt keeps
the scene's top-level items in a list that it sorts again (all of them)
on the first `addItem` after any removal, a few milliseconds at 50,000
cards. So connectors dropped by an edit leave their item through
`ConnectorsItem.set_lines`, and the lines of subtrees laid out alone share
one item that stays in the scene.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from orgchart.bulk import collector_paused
from orgchart.edits.scope import Scope
from orgchart.layout import Band, Box, Layout, LayoutOptions, layout_chart
from orgchart.model import Chart, Unit
from ui import scale
from ui.canvas.items import CardItem, TierLabelItem, stripe_item
from ui.canvas.lines import (
    ConnectorsItem,
    LinkLabelItem,
    LinkRoute,
    arrowheads_item,
    link_item,
    link_route,
)
from ui.canvas.measure import (
    CanvasFonts,
    CardContent,
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
#: enough that repainting a corner does not stroke the whole chart, and
#: that an edit redraws only a few short paths.
EDGES_PER_PATH = 100
#: Kinds of links drawn with an arrowhead at the target (coordination goes both ways).
ARROW_KINDS = ("dotted-line", "supervision")
#: The fill of a card whose tier is unknown.
NO_TIER_COLOR = "#5d6d7e"


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
        #: the connectors in path items of EDGES_PER_PATH: the child ids of
        #: each item, and the item of each child id
        self._edge_items: list[tuple[list[str], ConnectorsItem]] = []
        self._edge_item_of: dict[str, int] = {}
        #: what `layout` was made with: display, options, languages
        self._made_with: tuple | None = None
        #: subtrees laid out alone since the last whole layout, and their lines
        self.unsettled = False
        self._local_roots: set[str] = set()
        #: the lines of those subtrees, in one item made once (see the module)
        self._local_lines: ConnectorsItem | None = None
        #: drawn unit id (None: the top) -> its drawn children, as of the
        #: last whole layout (and the local ones since); units an edit
        #: brought below a subtree since the last whole layout
        self._below: dict[str | None, list[str]] = {}
        self._entered: set[str] = set()
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

    def show_chart(self, chart: Chart, display: str, rebuild: bool = False,
                   scope: Scope | None = None) -> None:
        """Lay the chart out again and update the items to match.

        With `rebuild`, every item is made anew (another chart was opened);
        otherwise existing cards are moved and restyled in place and only
        added or removed units get items made or dropped.

        `scope` is what the edit just applied touched: then only that is
        redrawn where it can be (see the module docstring), and `unsettled`
        tells whether a `show_chart` without a scope is still owed.
        """
        if scope is not None and not rebuild and self._show_scope(chart, display, scope):
            return
        # Tens of thousands of items, contents and boxes (see orgchart.bulk)
        with collector_paused():
            self._show_all(chart, display, rebuild)

    def _show_all(self, chart: Chart, display: str, rebuild: bool) -> None:
        report = SyncReport()
        measured_before = self.measurer.measured
        self.measurer.use_fonts(CanvasFonts.for_languages(chart.languages))
        if rebuild:
            self._drop_cards(list(self._cards), report)
            self.measurer.clear()
        languages = chart.languages
        options = dataclasses.replace(self.options, display=display)
        content = self.measurer.content
        drawn: dict[str, tuple[Unit, CardContent]] = {}

        def size(unit: Unit) -> tuple[float, float]:
            # what the layout measures is kept for the cards
            drawn[unit.id] = found = (unit, content(unit, display, languages))
            return found[1].size

        layout = layout_chart(chart, size, options)
        # Cards laid out alone since the last layout may be anywhere: all are placed.
        previous = (None if rebuild or self.layout is None or self.unsettled
                    else self.layout.boxes)
        if self.unsettled:
            self._settle()
            self._drawn.pop("paths", None)
        self.layout = layout
        self._made_with = (display, options, tuple(languages))
        # Without an index, moving hundreds of items does not re-sort a tree
        # hundreds of times; it is built once, at the end.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        try:
            self._sync_cards(chart, drawn, layout, previous or {}, report)
            below: defaultdict[str | None, list[str]] = defaultdict(list)
            for uid, (unit, _) in drawn.items():
                if uid in layout.boxes:
                    below[unit.parent].append(uid)
            self._below = below
            # Stripes, connectors and links are redrawn whole, so only when
            # what they show changed (a rename moves nothing, mostly).
            if self._changed("bands", _bands_key(chart, display, layout)) or rebuild:
                self._draw_bands(chart, display, layout)
            if self._changed("paths", _paths_key(chart, display, layout)) or rebuild:
                self._draw_paths(chart, display, layout)
        finally:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
            # A new index learns the scene rect only when it changes; until
            # then its tree covers nothing and every look-up (each paint)
            # tests every item (measured: 90 ms a paint at 50,000 cards).
            self.sceneRectChanged.emit(self.sceneRect())
        self._show_hint(not layout.boxes)
        self.measurer.forget_except(set(layout.boxes))
        report.measured = self.measurer.measured - measured_before
        self.last_sync = report

    # -- after an edit: only what it touched ------------------------------------------------

    def _show_scope(self, chart: Chart, display: str, scope: Scope) -> bool:
        """Redraw what `scope` touched; False when the whole chart must be laid out."""
        layout, languages = self.layout, chart.languages
        options = dataclasses.replace(self.options, display=display)
        if layout is None or self._made_with != (display, options, tuple(languages)):
            return False
        report = SyncReport()
        measured_before = self.measurer.measured
        roots = set(scope.subtrees)
        colors = {tier.id: tier.color for tier in chart.tiers}
        for uid in scope.content:
            card, unit = self._cards.get(uid), chart.find_unit(uid)
            if card is None or unit is None:
                continue  # not drawn (below a collapsed unit): nothing shows it
            content = self.measurer.content(unit, display, languages)
            rect = card.rect()
            if (content.width, content.height) != (rect.width(), rect.height()):
                if unit.parent is None:
                    return False
                roots.add(unit.parent)  # its siblings move: its parent's subtree
            elif card.set_look(content, colors.get(unit.tier, NO_TIER_COLOR), card.hidden_count):
                report.restyled += 1
        if roots or scope.removed:
            if not scale.is_large(len(chart.units)):
                return False  # the whole layout is quick, and exact
            self._lay_out_locally(chart, display, options, roots, scope, report)
            self.unsettled = True
        report.measured = self.measurer.measured - measured_before
        self.last_sync = report
        return True

    def _lay_out_locally(self, chart: Chart, display: str, options: LayoutOptions,
                         roots: set[str], scope: Scope, report: SyncReport) -> None:
        """Lay out the subtrees of `roots` alone, each where its root's card is
        now, and drop the cards of removed units. Lines of the subtrees go
        to items of their own until the whole chart is laid out again."""
        self._drop_cards([uid for uid in scope.removed if uid in self._cards], report)
        stale = set(scope.removed)
        self._local_roots = _outermost(
            chart, {r for r in self._local_roots | roots if r in self._cards})
        self._entered |= scope.entered
        local_lines: list[tuple[tuple[float, float], ...]] = []
        kids: defaultdict[str | None, list[Unit]] | None = None
        if scope.folded:
            # What a collapsed unit hid was never drawn: ask the chart.
            kids = defaultdict(list)
            for unit in chart.units:
                kids[unit.parent].append(unit)
        languages = chart.languages
        colors = {tier.id: tier.color for tier in chart.tiers}
        for root in sorted(self._local_roots):
            members = (_subtree(kids, chart.find_unit(root)) if kids is not None
                       else self._members(chart, root))
            local: defaultdict[str | None, list[str]] = defaultdict(list)
            for unit in members:
                local[unit.parent].append(unit.id)
            for unit in members:
                self._below[unit.id] = local.get(unit.id, [])
            part = layout_chart(
                Chart(languages=list(languages), tiers=chart.tiers, units=members),
                lambda unit: self.measurer.content(unit, display, languages).size, options)
            place = _Placement(self._cards[root], part, self.layout, root)
            hidden = _hidden_counts(chart, [u.id for u in members
                                            if u.collapsed and u.id in part.boxes])
            for unit in members:
                if unit.id != root:  # the root stays, and so does its line up
                    stale.add(unit.id)
                box = part.boxes.get(unit.id)
                card = self._cards.get(unit.id)
                if box is None:
                    if card is not None:  # hidden below a unit just collapsed
                        self._drop_cards([unit.id], report)
                    continue
                if card is None:
                    card = self._cards[unit.id] = CardItem(unit.id)
                    card.set_marker(self._markers.get(unit.id))
                    self.addItem(card)
                    report.added += 1
                content = self.measurer.content(unit, display, languages)
                if card.set_look(content, colors.get(unit.tier, NO_TIER_COLOR),
                                 hidden.get(unit.id, 0)):
                    report.restyled += 1
                card.set_box(*place.box(box))
            local_lines += [place.points(points) for points in part.connectors.values()]
        self._show_local_lines(local_lines)
        self._drop_edges(stale)

    def _show_local_lines(self, lines: list[tuple[tuple[float, float], ...]]) -> None:
        if self._local_lines is None:
            if not lines:
                return
            self._local_lines = ConnectorsItem(lines)
            self.addItem(self._local_lines)
        else:
            self._local_lines.set_lines(lines)

    def _members(self, chart: Chart, root: str) -> list[Unit]:
        """The subtree of `root` in the chart as it is now, in chart order,
        found without a pass over the chart: the units drawn below it at the
        last layout and those an edit brought in since (`_entered`), each
        kept if its reporting line still leads to `root`."""
        below, found, stack = self._below, {root}, [root, *self._entered]
        while stack:
            for child in below.get(stack.pop(), ()):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        found |= self._entered
        leads: dict[str, bool] = {root: True}

        def leads_to_root(uid: str) -> bool:
            path = []
            while uid not in leads:
                unit = chart.find_unit(uid)
                if unit is None or unit.parent not in found or uid in path:
                    leads[uid] = False
                    break
                path.append(uid)
                uid = unit.parent
            result = leads[uid]
            for step in path:
                leads[step] = result
            return result

        position = chart.unit_position
        kept = sorted((uid for uid in found if leads_to_root(uid)),
                      key=lambda uid: position(uid) or 0)
        return [unit for unit in map(chart.find_unit, kept) if unit is not None]

    def _drop_edges(self, ids: set[str]) -> None:
        """Take the connectors to these units out of their path items."""
        layout = self.layout
        touched = {self._edge_item_of[i] for i in ids if i in self._edge_item_of}
        for k in touched:
            kept = [c for c in self._edge_items[k][0] if c not in ids]
            item = self._edge_items[k][1]
            item.set_lines(_polylines({c: layout.connectors[c] for c in kept}))
            self._edge_items[k] = (kept, item)
        for i in ids:
            self._edge_item_of.pop(i, None)

    def _settle(self) -> None:
        """Forget what was laid out alone: the whole layout replaces it."""
        if self._local_lines is not None:
            self._local_lines.set_lines(())
        self._local_roots = set()
        self._entered = set()
        self.unsettled = False

    def _changed(self, part: str, key: object) -> bool:
        if self._drawn.get(part) == key:
            return False
        self._drawn[part] = key
        return True

    def _sync_cards(self, chart: Chart, drawn: Mapping[str, tuple[Unit, CardContent]],
                    layout: Layout, previous: Mapping[str, Box], report: SyncReport) -> None:
        """`drawn`: the unit and content of every box, as the layout measured them."""
        boxes, cards = layout.boxes, self._cards
        self._drop_cards([uid for uid in cards if uid not in boxes], report)
        colors = {tier.id: tier.color for tier in chart.tiers}
        hidden = _hidden_counts(chart, [u for u in boxes if drawn[u][0].collapsed])
        markers, add = self._markers, self.addItem
        for uid, box in boxes.items():
            unit, content = drawn[uid]
            card = cards.get(uid)
            if card is None:
                card = cards[uid] = CardItem.made(
                    uid, content, colors.get(unit.tier, NO_TIER_COLOR), hidden.get(uid, 0),
                    (box.x, box.y, box.w, box.h), markers.get(uid))
                add(card)
                report.added += 1
                continue
            if card.set_look(content, colors.get(unit.tier, NO_TIER_COLOR), hidden.get(uid, 0)):
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
        for item in self._paths:  # (connector items among them)
            self.removeItem(item)
        self._paths = []
        children = list(layout.connectors)
        self._edge_items, self._edge_item_of = [], {}
        for start in range(0, len(children), EDGES_PER_PATH):
            ids = children[start:start + EDGES_PER_PATH]
            item = ConnectorsItem(layout.connectors[c] for c in ids)
            for c in ids:
                self._edge_item_of[c] = len(self._edge_items)
            self._edge_items.append((ids, item))
            self._add_path(item)
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


def _outermost(chart: Chart, ids: set[str]) -> set[str]:
    """The ids that are not below another of them."""
    return {uid for uid in ids if not any(a.id in ids for a in chart.ancestors(uid))}


def _subtree(kids: Mapping[str | None, list[Unit]], root: Unit | None) -> list[Unit]:
    """The root and every unit below it, parents first."""
    if root is None:
        return []
    out, seen, stack = [], set(), [root]
    while stack:
        unit = stack.pop()
        if unit.id not in seen:
            seen.add(unit.id)
            out.append(unit)
            stack.extend(reversed(kids.get(unit.id, ())))
    return out


class _Placement:
    """Where a subtree laid out alone goes in the whole chart: along the
    tiers, its root's card stays where it is; across them, each tier's band
    and the gap below it are where the whole layout put them."""

    def __init__(self, card: CardItem, part: Layout, whole: Layout, root: str) -> None:
        self.tb = whole.orientation == "tb"
        box, rect = part.boxes[root], card.rect()
        if self.tb:
            self.shift = card.x() + rect.width() / 2 - box.cx
            starts = [(b.y, b.y + b.h) for b in part.bands]
            targets = [(b.y, b.y + b.h) for b in whole.bands]
        else:
            self.shift = card.y() + rect.height() / 2 - box.cy
            starts = [(b.x, b.x + b.w) for b in part.bands]
            targets = [(b.x, b.x + b.w) for b in whole.bands]
        self.starts, self.targets = starts, targets
        self.firsts = [start for start, _ in starts]

    def across(self, v: float) -> float:
        k = max(0, bisect.bisect_right(self.firsts, v) - 1)
        (start, end), (target, target_end) = self.starts[k], self.targets[k]
        return v - start + target if v <= end else v - end + target_end

    def box(self, box: Box) -> tuple[float, float, float, float]:
        if self.tb:
            return box.x + self.shift, self.across(box.y), box.w, box.h
        return self.across(box.x), box.y + self.shift, box.w, box.h

    def points(self, points: Iterable[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
        if self.tb:
            return tuple((x + self.shift, self.across(y)) for x, y in points)
        return tuple((self.across(x), y + self.shift) for x, y in points)
