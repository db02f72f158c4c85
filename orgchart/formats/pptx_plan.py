"""Which units go on which chart slide, and how large they are drawn there.

Owns the choice of layout for a slide (plain rows, or compact stacks of
leaves, with wide or narrow cards: whichever lets the text be largest) and
the splitting of a chart that is too dense for one slide. A slide is
readable when its names are at least `READABLE` points. When the whole
chart is not, the deck gets an overview of as many top tiers as are
readable, then, depth first, the subtrees hanging below the overview (their
root repeated at their top, a breadcrumb in the title; small sibling
subtrees share a slide); a unit with more children than one slide holds has
them shared out over several slides ("part 1 of 3"), as evenly as they go.

Geometry comes from `orgchart.layout`, the same engine as the canvas.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from orgchart.formats.pptx_cards import BADGE_ROOM, REF, CardLine, card_lines, card_size
from orgchart.layout import Layout, LayoutOptions, layout_chart
from orgchart.model import Chart, Unit

#: The smallest name size that still reads, projected or printed (the
#: second language and the people are set a little smaller).
READABLE = 9.0
#: A small chart is not blown up beyond this name size.
LARGEST = 16.0


# --------------------------------------------------------------------------
# Fitting a set of units on a slide


@dataclass(frozen=True)
class Variant:
    """One way to lay a slide out; `preference` < 1 handicaps it against
    plain rows, which read most easily."""

    compact: str
    columns: int
    wrap_em: float
    preference: float = 1.0


VARIANTS = (
    Variant("off", 1, 11.0),
    Variant("off", 1, 8.0, 0.99),
    Variant("off", 1, 6.0, 0.97),
    Variant("off", 1, 4.5, 0.94),
    Variant("auto", 1, 8.0, 0.92),
    Variant("auto", 1, 6.0, 0.9),
    Variant("on", 1, 8.0, 0.88),
    Variant("on", 1, 6.0, 0.86),
    Variant("on", 1, 4.5, 0.84),
    Variant("on", 2, 6.0, 0.8),
)


def layout_options(variant: Variant, orientation: str) -> LayoutOptions:
    return LayoutOptions(orientation=orientation, compact=variant.compact,
                         max_columns=variant.columns, auto_threshold=3,
                         sibling_gap=1.0 * REF, subtree_gap=1.6 * REF, tier_gap=2.6 * REF,
                         stack_gap=0.6 * REF, stack_indent=1.2 * REF,
                         empty_tier_size=1.5 * REF)


@dataclass
class Fit:
    """A slide's units laid out at name size REF, and the scale that fills the area."""

    chart: Chart
    layout: Layout
    variant: Variant
    scale: float
    lines: dict[str, list[CardLine]]
    #: cards with room at their foot for a "→ slide" badge (children elsewhere)
    badged: frozenset[str] = frozenset()

    @property
    def name_size(self) -> float:
        return REF * self.scale

    @property
    def readable(self) -> bool:
        return self.name_size >= READABLE - 1e-9


@dataclass(frozen=True)
class Area:
    """The room for the chart on a slide, in points."""

    width: float
    height: float


# --------------------------------------------------------------------------
# The visible forest and the plan


@dataclass
class ChartSlide:
    """One chart slide: its units, breadcrumb and part, laid out."""

    fit: Fit
    #: unit ids from the top of the chart down to this slide's root
    trail: list[str]
    part: tuple[int, int] | None = None
    #: unit id -> index (in the plan) of the slide that shows its children
    continued: dict[str, int] = field(default_factory=dict)
    #: unit id -> index of an earlier slide where this slide's root is shown
    back: dict[str, int] = field(default_factory=dict)
    #: the roots of the subtrees shown side by side, when several share the slide
    group: list[str] = field(default_factory=list)

    @property
    def units(self) -> list[str]:
        return list(self.fit.layout.boxes)


class Planner:
    """Plans the chart slides of one chart in one display setting."""

    def __init__(self, chart: Chart, display: str, area: Area, orientation: str = "tb",
                 people: bool = True) -> None:
        self.chart, self.display, self.area, self.orientation = chart, display, area, orientation
        self.people = people
        self.units: dict[str, Unit] = {}
        for unit in chart.units:
            self.units.setdefault(unit.id, unit)
        drawn = layout_chart(chart, lambda unit: (1.0, 1.0))
        #: the parent each visible unit is drawn under (None for a top unit)
        self.parent = {uid: (self.units[uid].parent if uid in drawn.connectors else None)
                       for uid in drawn.boxes}
        self.children: dict[str | None, list[str]] = {}
        for uid in drawn.boxes:
            self.children.setdefault(self.parent[uid], []).append(uid)
        rank = {t.id: i for i, t in reversed(list(enumerate(chart.tiers)))}
        self.rank = {uid: rank[self.units[uid].tier] for uid in drawn.boxes}
        self.order = {uid: i for i, uid in enumerate(u.id for u in chart.units)}
        self._lines = {uid: card_lines(self.units[uid], display, chart.languages, people)
                       for uid in drawn.boxes}
        self._sizes: dict[tuple[str, float], tuple[float, float]] = {}
        #: set when some slide could not be made readable
        self.cramped: list[str] = []

    # -- fitting -------------------------------------------------------------------

    def fit(self, ids: Iterable[str]) -> Fit:
        """The best of the variants for these units: largest text, then preference."""
        ids = sorted(set(ids), key=self.order.__getitem__)
        sub = self._sub_chart(ids)
        best: tuple[float, Fit] | None = None
        for variant in VARIANTS:
            fit = self._fit_variant(sub, variant)
            score = min(fit.scale, LARGEST / REF) * variant.preference
            if best is None or score > best[0] + 1e-9:
                best = (score, fit)
        assert best is not None
        return best[1]

    def _fit_variant(self, sub: Chart, variant: Variant) -> Fit:
        options = layout_options(variant, self.orientation)
        shown = {u.id for u in sub.units}
        badged = frozenset(uid for uid in shown
                           if any(c not in shown for c in self.children.get(uid, ())))
        sizes = {}
        for uid in shown:
            w, h = self._size(uid, variant.wrap_em)
            sizes[uid] = (w, h + BADGE_ROOM * REF) if uid in badged else (w, h)
        layout = layout_chart(sub, sizes, options)
        # Which leaves are stacked depends on the tree alone, so the second
        # layout stacks the same ones.
        layout = layout_chart(sub, self._uniform(sub.units, sizes, layout.stacked), options)
        width, height = max(layout.width, 1.0), max(layout.height, 1.0)
        # the stripes reach half a tier gap beyond the first and last bands
        if self.orientation == "tb":
            height += options.tier_gap
        else:
            width += options.tier_gap
        scale = min(self.area.width / width, self.area.height / height, LARGEST / REF)
        lines = {u.id: self._lines[u.id] for u in sub.units}
        return Fit(sub, layout, variant, scale, lines, badged)

    def _uniform(self, units: list[Unit], sizes: dict[str, tuple[float, float]],
                 stacked: frozenset[str]) -> dict[str, tuple[float, float]]:
        """The cards of a tier made equally deep (a row of ragged cards looks
        untidy on a slide); stacked cards keep their own depth, which would
        only make the stacks longer."""
        across = 1 if self.orientation == "tb" else 0
        deepest: dict[str, float] = {}
        for u in units:
            if u.id not in stacked:
                deepest[u.tier] = max(deepest.get(u.tier, 0.0), sizes[u.id][across])
        # the cards of one stack are equally wide, so the stack reads as a column
        broadest: dict[tuple[str | None, str], float] = {}
        for u in units:
            if u.id in stacked:
                key = (u.parent, u.tier)
                broadest[key] = max(broadest.get(key, 0.0), sizes[u.id][1 - across])
        out = {}
        for u in units:
            w, h = sizes[u.id]
            if u.id in stacked:
                b = broadest[(u.parent, u.tier)]
                out[u.id] = (b, h) if across else (w, b)
            else:
                out[u.id] = (w, deepest[u.tier]) if across else (deepest[u.tier], h)
        return out

    def _size(self, uid: str, wrap_em: float) -> tuple[float, float]:
        key = (uid, wrap_em)
        if key not in self._sizes:
            self._sizes[key] = card_size(self._lines[uid], wrap_em)
        return self._sizes[key]

    def _sub_chart(self, ids: list[str]) -> Chart:
        """The units on one slide as a chart of their own: a unit whose
        parent is not on the slide is a top unit; tiers from the slide's
        highest to its lowest; links between units on the slide."""
        chart, keep = self.chart, set(ids)
        units = [dataclasses.replace(self.units[uid], collapsed=False,
                                     parent=self.parent[uid] if self.parent[uid] in keep else None)
                 for uid in ids]
        ranks = [self.rank[uid] for uid in ids] or [0]
        tiers = chart.tiers[min(ranks):max(ranks) + 1]
        links = [k for k in chart.links if k.source in keep and k.target in keep]
        return Chart(chart.title, list(chart.languages), chart.roles, tiers, units, [], links)

    # -- planning ---------------------------------------------------------------------

    def single(self) -> ChartSlide | None:
        """The whole chart on one slide, if it reads there."""
        fit = self.fit(self.parent)
        return ChartSlide(fit, []) if fit.readable and self.parent else None

    def plan(self) -> list[ChartSlide]:
        """The chart slides in deck order: overview first, subtrees depth first."""
        slides: list[ChartSlide] = []
        if self.parent:
            self._plan(None, self.children.get(None, []), [], None, slides)
        return slides

    def _subtree(self, root: str | None, kids: list[str]) -> list[str]:
        out = [] if root is None else [root]
        stack = list(reversed(kids))
        while stack:
            uid = stack.pop()
            out.append(uid)
            stack.extend(reversed(self.children.get(uid, [])))
        return out

    def _plan(self, root: str | None, kids: list[str], trail: list[str],
              part: tuple[int, int] | None, slides: list[ChartSlide],
              origin: int | None = None) -> None:
        """Slides for `root` over the subtrees of `kids` (None: the top units);
        `origin` is the slide that shows the root and points here."""
        ids = self._subtree(root, kids)
        fit = self.fit(ids)
        if fit.readable:
            slides.append(ChartSlide(fit, trail, part))
            return
        top = self._overview(root, kids, ids)
        if top is None:
            self._share_out(root, kids, trail, ids, slides)
            return
        shown = set(top.layout.boxes)
        frontier = [(uid, below) for uid in top.layout.boxes
                    if (below := [c for c in (kids if uid == root else self.children.get(uid, []))
                                  if c not in shown])]
        # A unit with one or two children would be an overview that tells
        # nothing the next slides do not.
        pointless = origin is not None and part is None and len(shown) <= 3 and \
            all(uid in dict(frontier) for uid in kids if uid in shown)
        here = None if pointless else len(slides)
        if here is not None:
            slides.append(ChartSlide(top, trail, part))
        for run in self._sibling_runs(frontier, root):
            for group in self._runs(run, lambda entry: self._subtree(*entry), []):
                self._plan_group(group, root, trail, here, slides)

    def _plan_group(self, group: list[tuple[str, list[str]]], root: str | None,
                    trail: list[str], here: int | None, slides: list[ChartSlide]) -> None:
        """The slides of subtrees of the frontier: one subtree planned on, or
        several side by side on one slide."""
        start = len(slides)
        if len(group) == 1:
            uid, below = group[0]
            self._plan(uid, below, trail if uid == root else [*trail, uid], None, slides,
                       here)
        else:
            ids = [x for uid, below in group for x in self._subtree(uid, below)]
            slides.append(ChartSlide(self.fit(ids), trail, None, group=[u for u, _ in group]))
        if here is not None:
            for uid, _ in group:
                slides[here].continued[uid] = start
                slides[start].back[uid] = here

    def _sibling_runs(self, frontier: list[tuple[str, list[str]]],
                      root: str | None) -> list[list[tuple[str, list[str]]]]:
        """The frontier cut where the parent changes (only siblings share a
        slide); the root's own further children go alone."""
        runs: list[list[tuple[str, list[str]]]] = []
        for entry in frontier:
            uid = entry[0]
            if runs and uid != root and runs[-1][0][0] != root \
                    and self.parent[runs[-1][0][0]] == self.parent[uid]:
                runs[-1].append(entry)
            else:
                runs.append([entry])
        return runs

    def _runs(self, items: list, ids_of: Callable[[object], list[str]],
              head: list[str]) -> list[list]:
        """`items` cut into consecutive groups whose units (after `head`) fit
        readably on one slide: as few groups as can be, as even as can be
        (6 + 5 rather than 10 + 1). A group of one is taken even if it does
        not fit; it is split further on its own."""
        def fits(group: list) -> bool:
            return self.fit([*head, *(x for item in group for x in ids_of(item))]).readable

        greedy, start = [], 0
        while start < len(items):
            lo, hi = 1, len(items) - start
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if fits(items[start:start + mid]):
                    lo = mid
                else:
                    hi = mid - 1
            greedy.append(items[start:start + lo])
            start += lo
        if len(greedy) < 2:
            return greedy
        even = _even_split(items, [len(ids_of(item)) for item in items], len(greedy))
        return even if all(fits(group) for group in even) else greedy

    def _overview(self, root: str | None, kids: list[str], ids: list[str]) -> Fit | None:
        """The readable fit of the most top tiers of `ids` (at least two), else
        of the root and its children alone (they may lie on several tiers),
        or None."""
        ranks = sorted({self.rank[uid] for uid in ids})
        for cut in reversed(ranks[1:-1]):
            top = [uid for uid in ids if self.rank[uid] <= cut]
            # the root's children belong on its overview, even below the cut
            fuller = self.fit([*top, *(k for k in kids if self.rank[k] > cut)])
            if fuller.readable and root is not None:
                return fuller
            fit = self.fit(top)
            if fit.readable:
                return fit
        if len(kids) > 1 or root is not None:
            fit = self.fit([*([] if root is None else [root]), *kids])
            if fit.readable and len(fit.layout.boxes) < len(ids):
                return fit
        return None

    def _share_out(self, root: str | None, kids: list[str], trail: list[str],
                   ids: list[str], slides: list[ChartSlide]) -> None:
        """Too many children for one slide: groups of them, each on its own slides."""
        groups = self._runs(kids, lambda kid: [kid], [] if root is None else [root])
        if len(groups) < 2:
            # One child (or one top unit) that cannot be made readable: draw it small.
            self.cramped.append(root or kids[0])
            slides.append(ChartSlide(self.fit(ids), trail, None))
            return
        for i, group in enumerate(groups, 1):
            start = len(slides)
            self._plan(root, group, trail, (i, len(groups)), slides)
            if i > 1 and root is not None:
                slides[start].back[root] = start - 1


def _even_split(items: list, weights: list[int], parts: int) -> list[list]:
    """`items` in `parts` consecutive groups of about equal total weight."""
    total = sum(weights)
    out, start, acc = [], 0, 0
    for j in range(1, parts):
        target = total * j / parts
        end = start + 1
        acc_end = acc + weights[start]
        # take items while that brings the sum closer to the target, leaving
        # at least one item for each group still to come
        while end < len(items) - (parts - j) and \
                abs(acc_end + weights[end] - target) <= abs(acc_end - target):
            acc_end += weights[end]
            end += 1
        out.append(items[start:end])
        start, acc = end, acc_end
    out.append(items[start:])
    return out
