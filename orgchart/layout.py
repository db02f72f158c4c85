"""Tier-banded tidy-tree layout: where every visible unit's box goes.

Owns the geometry that the canvas, the pinned Graphviz export and the slide
export share: a box per visible unit, the connectors, the link lines, the
tier bands and the total size. Pure Python and no Qt: the caller gives the
box sizes (the UI measures text with its fonts; `approx_box_size` is the
font-free stand-in that the CLI uses).

How a layout is made
--------------------
1. **The visible forest.** Units hang from their parents in chart order
   (siblings are drawn in the order they appear in `Chart.units`). Units
   below a collapsed unit are hidden. An invalid chart never stops the
   layout: a unit whose tier is unknown is not drawn; a unit whose parent is
   missing, not drawn, or not on a tier above its own becomes an extra top
   unit, drawn after the others in chart order. Because a drawn parent is
   always on a higher tier than its child, a cycle of parents cannot survive
   this rule: the unit of the cycle whose parent is not above it becomes a
   top unit. A repeated unit id is drawn once, for its first unit. All top
   units are drawn side by side in chart order.
2. **Rows are tiers, not depths.** Every tier has a band as tall as its
   tallest box or compact stack, and a unit sits at the top of its own
   tier's band whatever its parent's tier. A child two tiers below its parent
   hangs from a chain of zero-width dummy nodes, one per skipped tier, so the
   tidy-tree walk (which works level by level) sees every edge span one
   level, and the connector's vertical line through a skipped band is kept
   clear of that band's boxes.
3. **Tidy tree.** x positions come from Walker's algorithm in the linear-time
   form of Buchheim, Jünger and Leipert (2002), "Improving Walker's algorithm
   to run in linear time". Boxes of different widths are separated by their
   own extents, as van der Ploeg (2014) does for boxes of different sizes;
   box heights need nothing more, since the bands absorb them. Walker
   designed the algorithm to draw a mirrored tree as the mirror image of the
   drawing (it spreads a subtree's shift evenly over the smaller subtrees
   between it and the one it collided with); the tests check this on random
   trees and on every ordered tree of up to nine units. The walk is linear
   in the number of nodes: the drawn units, the stacks, and one dummy per
   tier that an edge skips.
4. **Compact mode** puts the leaf children of a parent that sit on one tier
   (two or more of them; a collapsed unit counts as a leaf) into a stack of
   one or two columns with a spine, as Visio and OrgChart JS do. The stack
   is one node of the tidy tree whose anchor is the spine, so the parent
   stands over the spine; a one-column stack hangs to the right
   of its spine, a two-column stack on both sides. The stack takes the place
   of its first leaf among the siblings. A stack is taller than a box, and
   its tier's band grows to hold it.
5. **Left to right** is the same layout transposed: tiers become columns.

Coordinates are in the caller's units (pixels for the canvas), with (0, 0)
the top-left corner of the drawing and y growing downwards.
"""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from orgchart.bulk import collector_paused
from orgchart.model import Chart, Unit
from orgchart.text import BOTH

__all__ = [
    "Band", "Box", "Layout", "LayoutOptions", "LinkLine", "Point", "Sizes",
    "approx_box_size", "layout_chart",
]

Point = tuple[float, float]
#: Box sizes from the caller: a function of the unit, or (width, height) by unit id.
Sizes = Callable[[Unit], tuple[float, float]] | Mapping[str, tuple[float, float]]

ORIENTATIONS = ("tb", "lr")
COMPACT_MODES = ("off", "on", "auto")


# --------------------------------------------------------------------------
# Options and results


@dataclass(frozen=True)
class LayoutOptions:
    """How to lay out a chart. Distances are in the units of the box sizes."""

    #: "tb": tiers are rows, top to bottom; "lr": tiers are columns, left to right.
    orientation: str = "tb"
    #: "off", "on" (stack every group of two or more leaf children), or "auto"
    #: (stack the leaf children of parents with more than `auto_threshold` of them).
    compact: str = "off"
    #: Columns of a compact stack: 1 (spine on the left) or 2 (spine between).
    #: One column is the narrower; two make a squatter stack.
    max_columns: int = 1
    auto_threshold: int = 4
    #: Between neighbouring boxes with the same parent, and between subtrees.
    sibling_gap: float = 20.0
    subtree_gap: float = 40.0
    #: Between one tier's band and the next; connectors turn in the middle of it.
    tier_gap: float = 48.0
    #: Between the rows of a compact stack.
    stack_gap: float = 10.0
    #: From a compact stack's spine to the near side of its boxes.
    stack_indent: float = 16.0
    #: Depth of the band of a tier with no visible unit.
    empty_tier_size: float = 24.0
    #: A language of the chart or "both"; used only to size boxes when the
    #: caller gives no sizes (None: the chart's first language).
    display: str | None = None

    def __post_init__(self) -> None:
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be one of {ORIENTATIONS}, not {self.orientation!r}")
        if self.compact not in COMPACT_MODES:
            raise ValueError(f"compact must be one of {COMPACT_MODES}, not {self.compact!r}")
        if self.max_columns not in (1, 2):
            raise ValueError(f"max_columns must be 1 or 2, not {self.max_columns!r}")
        if not isinstance(self.auto_threshold, int) or self.auto_threshold < 0:
            raise ValueError(f"auto_threshold must be a whole number >= 0, "
                             f"not {self.auto_threshold!r}")
        for name in ("sibling_gap", "subtree_gap", "tier_gap", "stack_gap", "stack_indent",
                     "empty_tier_size"):
            value = getattr(self, name)
            if not (0 <= value < math.inf):
                raise ValueError(f"{name} must be a finite number >= 0, not {value!r}")


@dataclass(frozen=True, slots=True)
class Box:
    """Where a unit's box goes: top-left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True, slots=True)
class Band:
    """A tier's row (a column, left to right): every unit of the tier is inside it."""

    tier: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class LinkLine:
    """A secondary line (`Chart.links`) as a straight segment between two boxes' borders."""

    link: str
    source: str
    target: str
    kind: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Layout:
    """The geometry of a chart: everything the canvas and the exports draw."""

    #: Unit id -> its box, parents before children.
    boxes: Mapping[str, Box]
    #: Unit id -> the orthogonal polyline from its parent's box to its own:
    #: from the middle of the parent's bottom (right side, left to right) to
    #: the middle of the unit's top (left side), or of its side when stacked.
    #: Top units have none.
    connectors: Mapping[str, tuple[Point, ...]]
    links: tuple[LinkLine, ...]
    bands: tuple[Band, ...]
    width: float
    height: float
    orientation: str = "tb"
    #: Units drawn in compact stacks (their connectors end at their side).
    stacked: frozenset[str] = field(default_factory=frozenset)


# --------------------------------------------------------------------------
# Approximate text measure (for callers without fonts)

#: Metrics of a 12-pixel sans-serif font, roughly: a Latin letter, digit or
#: punctuation mark is about 7 px wide on average; a CJK ideograph, kana,
#: hangul or full-width form is square, about twice as wide.
NARROW_CHAR = 7.0
WIDE_CHAR = 13.0
LINE_HEIGHT = 16.0
PAD_X, PAD_Y = 10.0, 8.0
#: Longer lines are wrapped (at spaces, or between CJK characters).
MAX_TEXT_WIDTH = 168.0
MIN_BOX_WIDTH = 64.0


def _char_width(ch: str) -> float:
    return WIDE_CHAR if unicodedata.east_asian_width(ch) in ("W", "F") else NARROW_CHAR


def _text_width(text: str) -> float:
    return sum(_char_width(ch) for ch in text)


def _tokens(line: str) -> list[str]:
    """Words of Latin text (with their trailing space) and single CJK characters:
    the places where a line may wrap."""
    out: list[str] = []
    word = ""
    for ch in line:
        if _char_width(ch) == WIDE_CHAR:
            if word:
                out.append(word)
            out.append(ch)
            word = ""
        else:
            word += ch
            if ch == " ":
                out.append(word)
                word = ""
    if word:
        out.append(word)
    return out


def _wrap(line: str, limit: float) -> list[float]:
    """Widths of the lines that `line` wraps into at `limit` (a long word stays whole)."""
    widths: list[float] = []
    current = 0.0
    for token in _tokens(line):
        w = _text_width(token)
        if current and current + _text_width(token.rstrip()) > limit:
            widths.append(current)
            current = 0.0
        current += w
    widths.append(current)
    return widths


def approx_box_size(unit: Unit, display: str, languages: Sequence[str]) -> tuple[float, float]:
    """An approximate (width, height) of a unit's box, without fonts.

    The box holds the unit's name (two lines each when `display` is "both")
    and one line per person ("title name"), each wrapped at about 168 px, in
    a 12-pixel font: Latin characters count 7 px, CJK characters 13 px (about
    twice as wide), lines 16 px, with 10 px of padding at the sides and 8 px
    above and below. Good enough for a layout without the UI's fonts (the
    CLI); the canvas measures the real text instead.
    """
    lines = unit.name.show(display, languages).split("\n")
    for person in unit.people:
        text = " ".join(s for s in (person.title.show(display, languages),
                                    person.name.show(display, languages)) if s)
        lines.extend(text.split("\n"))
    widths = [w for line in lines for w in _wrap(line, MAX_TEXT_WIDTH)]
    width = max(MIN_BOX_WIDTH, max(widths) + 2 * PAD_X)
    return width, len(widths) * LINE_HEIGHT + 2 * PAD_Y


# --------------------------------------------------------------------------
# 1. The visible forest


@dataclass
class _Forest:
    """The drawn units, numbered breadth first from the top units (so parents
    come before their children, and a unit's children are numbered one after
    the other), with their tiers' ranks and children."""

    units: list[Unit]
    rank: list[int]
    roots: list[int]
    children: list[list[int]]


def _visible_forest(chart: Chart) -> _Forest:
    rank_of: dict[str, int] = {}
    for i, tier in enumerate(chart.tiers):
        rank_of.setdefault(tier.id, i)
    index: dict[str, int] = {}
    valid: list[Unit] = []
    for unit in chart.units:
        if unit.id not in index and unit.tier in rank_of:
            index[unit.id] = len(valid)
            valid.append(unit)
    rank = [rank_of[u.tier] for u in valid]
    kids: dict[int, list[int]] = {}
    roots = []
    for i, unit in enumerate(valid):
        p = index.get(unit.parent)  # (None for a top unit: no id is None)
        if p is None or rank[p] >= rank[i]:
            roots.append(i)
        elif p in kids:
            kids[p].append(i)
        else:
            kids[p] = [i]
    order, children = roots[:], []
    none: list[int] = []  # shared by every unit without drawn children; never changed
    for i in order:  # the list grows while it is read: breadth first
        below = kids.get(i)
        if below is None or valid[i].collapsed:
            children.append(none)
        else:
            start = len(order)
            order.extend(below)
            children.append(list(range(start, len(order))))
    return _Forest([valid[i] for i in order], [rank[i] for i in order],
                   list(range(len(roots))), children)


# --------------------------------------------------------------------------
# 2. The layered tree: units, compact stacks and dummies, one level per tier


@dataclass
class _Stack:
    """A compact stack of leaves: where each box sits relative to the spine
    (x) and the band's top (y), and the size of the whole."""

    leaves: list[int]
    offsets: list[Point]
    left: float
    right: float
    height: float
    node: int = -1


class _Tree:
    """Parallel arrays over the nodes of the tree the walk lays out.

    Node 0 is a virtual root above the top tier, node i + 1 draws unit i of
    the forest; compact stacks and dummies follow. A stacked leaf keeps its
    node, unattached and without size, so that unit and node numbers agree.
    """

    def __init__(self, forest: _Forest, size: list[tuple[float, float]]) -> None:
        n = len(forest.units) + 1
        self.kids: list[list[int]] = [[] for _ in range(n)]
        self.parent = [-1] * n
        self.layer = [-1, *forest.rank]
        self.lext = [0.0, *(w * 0.5 for w, _ in size)]
        self.rext = self.lext[:]
        self.depth = [0.0, *(h for _, h in size)]
        self.unit = [-1, *range(n - 1)]
        self.stack = [-1] * n
        self.stacks: list[_Stack] = []

    def add(self, layer: int, lext: float = 0.0, rext: float = 0.0, depth: float = 0.0,
            stack: int = -1) -> int:
        self.kids.append([])
        self.parent.append(-1)
        self.layer.append(layer)
        self.lext.append(lext)
        self.rext.append(rext)
        self.depth.append(depth)
        self.unit.append(-1)
        self.stack.append(stack)
        return len(self.kids) - 1

    def attach(self, parent: int, node: int) -> None:
        """Hang `node` below `parent`, through a dummy on each layer between."""
        for between in range(self.layer[parent] + 1, self.layer[node]):
            dummy = self.add(between)
            self.kids[parent].append(dummy)
            self.parent[dummy] = parent
            parent = dummy
        self.kids[parent].append(node)
        self.parent[node] = parent

    def unhook(self, node: int) -> None:
        """Take a stacked leaf's own node out of the walk and the bands."""
        self.unit[node] = -1
        self.depth[node] = self.lext[node] = self.rext[node] = 0.0


def _stack_groups(forest: _Forest, kids: list[int], options: LayoutOptions) -> dict[int, list[int]]:
    """The leaves of one parent to stack, grouped by tier (rank -> leaves)."""
    leaves = [c for c in kids if not forest.children[c]]
    if options.compact == "auto" and len(leaves) <= options.auto_threshold:
        return {}
    groups: dict[int, list[int]] = {}
    for c in leaves:
        groups.setdefault(forest.rank[c], []).append(c)
    return {r: g for r, g in groups.items() if len(g) >= 2}


def _stack_geometry(leaves: list[int], size: list[tuple[float, float]],
                    options: LayoutOptions) -> _Stack:
    """Leaves row by row (left, right, left, ... with two columns), the spine at x = 0."""
    columns = min(options.max_columns, len(leaves))
    indent, offsets = options.stack_indent, []
    left = right = y = 0.0
    for row in range(0, len(leaves), columns):
        pair = leaves[row:row + columns]
        for col, leaf in enumerate(pair):
            w = size[leaf][0]
            if columns == 2 and col == 0:
                offsets.append((-indent - w, y))
                left = max(left, indent + w)
            else:
                offsets.append((indent, y))
                right = max(right, indent + w)
        y += max(size[leaf][1] for leaf in pair) + options.stack_gap
    return _Stack(leaves, offsets, left, right, y - options.stack_gap)


def _layered_tree(forest: _Forest, size: list[tuple[float, float]],
                  options: LayoutOptions) -> _Tree:
    tree = _Tree(forest, size)
    for r in forest.roots:
        tree.attach(0, r + 1)
    layer, kids, parent = tree.layer, tree.kids, tree.parent
    for i, children in enumerate(forest.children):
        if not children:
            continue
        v = i + 1
        if options.compact != "off" and _hang_with_stacks(tree, forest, i, size, options):
            continue
        below, own = layer[v] + 1, kids[v]
        for c in children:  # the common case inline: a child on the next tier
            if layer[c + 1] == below:
                own.append(c + 1)
                parent[c + 1] = v
            else:
                tree.attach(v, c + 1)
    return tree


def _hang_with_stacks(tree: _Tree, forest: _Forest, i: int, size: list[tuple[float, float]],
                      options: LayoutOptions) -> bool:
    """Hang unit i's children with its leaves in stacks; False when none stacks."""
    groups = _stack_groups(forest, forest.children[i], options)
    if not groups:
        return False
    in_group = {c: rank for rank, g in groups.items() for c in g}
    for c in forest.children[i]:
        rank = in_group.get(c)
        if rank is None:
            tree.attach(i + 1, c + 1)
            continue
        tree.unhook(c + 1)
        if groups[rank][0] == c:
            stack = _stack_geometry(groups[rank], size, options)
            stack.node = tree.add(rank, stack.left, stack.right, stack.height, len(tree.stacks))
            tree.stacks.append(stack)
            tree.attach(i + 1, stack.node)
    return True


# --------------------------------------------------------------------------
# 3. Tidy tree: Buchheim-Jünger-Leipert's linear-time Walker


def _postorder(kids: list[list[int]]) -> list[int]:
    """Children left to right, each subtree before its root: the reverse of
    a right-to-left pre-order."""
    order, stack = [], [0]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(kids[v])
    order.reverse()
    return order


def _walk(kids: list[list[int]], parent: list[int], lext: list[float], rext: list[float],
          postorder: list[int], parents_first: list[int],
          gaps: tuple[float, float]) -> list[float]:
    """x of every node's anchor, by Walker's algorithm as BJL (2002) made linear.

    Names follow the paper: `prelim`, `mod`, `shift`, `change`, `thread`,
    `ancestor`; `vip`/`vop` are the inside/outside right contour walkers and
    `vim`/`vom` the left ones, `sip`... their accumulated modifiers. The walk
    is iterative (a post-order list), so deep trees cannot overflow the stack.
    """
    n = len(kids)
    sibling_gap, subtree_gap = gaps
    prelim, mod = [0.0] * n, [0.0] * n
    shift, change = [0.0] * n, [0.0] * n
    thread, ancestor = [-1] * n, list(range(n))
    number = [0] * n
    for ks in kids:
        for i, k in enumerate(ks):
            number[k] = i
    default = [ks[0] if ks else -1 for ks in kids]

    for v in postorder:
        ks = kids[v]
        mid = 0.0
        if ks:
            # ExecuteShifts: apply the spread-out shifts of the children, right to left.
            s = c = 0.0
            for w in reversed(ks):
                prelim[w] += s
                mod[w] += s
                c += change[w]
                s += shift[w] + c
            mid = (prelim[ks[0]] + prelim[ks[-1]]) * 0.5
        p = parent[v]
        i = number[v]
        if p < 0 or i == 0:
            prelim[v] = mid
            continue
        sibs = kids[p]
        w = sibs[i - 1]
        gap = sibling_gap if p else subtree_gap
        prelim[v] = prelim[w] + rext[w] + gap + lext[v]
        if not ks:
            # Apportion for a leaf (most nodes): nothing below it to push, but
            # when its left sibling goes deeper, thread it to that contour.
            k = kids[w]
            nr = k[-1] if k else thread[w]
            if nr >= 0:
                thread[v] = nr
                mod[v] = mod[w]
            continue
        mod[v] = prelim[v] - mid

        # Apportion: push v's subtree right until it clears its left siblings' contour.
        vip = vop = v
        vim, vom = w, sibs[0]
        sip = sop = mod[v]
        sim, som = mod[vim], mod[vom]
        while True:
            k = kids[vim]
            nr = k[-1] if k else thread[vim]
            k = kids[vip]
            nl = k[0] if k else thread[vip]
            if nr < 0 or nl < 0:
                break
            vim, vip = nr, nl
            k = kids[vom]
            vom = k[0] if k else thread[vom]
            k = kids[vop]
            vop = k[-1] if k else thread[vop]
            ancestor[vop] = v
            # vim and vip are in different siblings' subtrees: cousins, not siblings.
            d = (prelim[vim] + sim) - (prelim[vip] + sip) + rext[vim] + subtree_gap + lext[vip]
            if d > 0:
                # MoveSubtree from the greatest distinct ancestor of vim to v,
                # spreading the shift over the siblings in between.
                a = ancestor[vim]
                wm = a if parent[a] == p else default[p]
                subtrees = i - number[wm]
                change[v] -= d / subtrees
                shift[v] += d
                change[wm] += d / subtrees
                prelim[v] += d
                mod[v] += d
                sip += d
                sop += d
            sim += mod[vim]
            sip += mod[vip]
            som += mod[vom]
            sop += mod[vop]
        k = kids[vim]
        nr = k[-1] if k else thread[vim]
        if nr >= 0 and not kids[vop] and thread[vop] < 0:
            thread[vop] = nr
            mod[vop] += sim - sop
        k = kids[vip]
        nl = k[0] if k else thread[vip]
        if nl >= 0 and not kids[vom] and thread[vom] < 0:
            thread[vom] = nl
            mod[vom] += sip - som
            default[p] = v

    # SecondWalk: add up the modifiers from the root down.
    x, acc = [0.0] * n, [0.0] * n
    for v in parents_first:
        x[v] = prelim[v] + acc[v]
        m = acc[v] + mod[v]
        for w in kids[v]:
            acc[w] = m
    return x


def _tidy_x(tree: _Tree, options: LayoutOptions) -> list[float]:
    post = _postorder(tree.kids)
    # The second walk needs parents before children, and the reverse does that.
    return _walk(tree.kids, tree.parent, tree.lext, tree.rext, post, post[::-1],
                 (options.sibling_gap, options.subtree_gap))


# --------------------------------------------------------------------------
# 4. Geometry: bands, boxes, connectors, links (top-down; transposed for lr)


def _bands(chart: Chart, tree: _Tree, options: LayoutOptions) -> tuple[list[float], list[float]]:
    """Top and depth of each tier's band: its deepest box or stack, or the
    empty-tier size when nothing is drawn on it."""
    depth = [-1.0] * len(chart.tiers)
    for layer, d, u, s in zip(tree.layer, tree.depth, tree.unit, tree.stack, strict=True):
        if (u >= 0 or s >= 0) and d > depth[layer]:
            depth[layer] = d
    depth = [d if d >= 0 else options.empty_tier_size for d in depth]
    tops, y = [], 0.0
    for d in depth:
        tops.append(y)
        y += d + options.tier_gap
    return tops, depth


def _corners(forest: _Forest, tree: _Tree, x: list[float], tops: list[float],
             size: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """The top-left corner of every unit's box, stacked or not."""
    left = [x[i + 1] - w * 0.5 for i, (w, _) in enumerate(size)]
    top = [tops[r] for r in forest.rank]
    for stack in tree.stacks:
        sx, sy = x[stack.node], tops[tree.layer[stack.node]]
        for leaf, (dx, dy) in zip(stack.leaves, stack.offsets, strict=True):
            left[leaf], top[leaf] = sx + dx, sy + dy
    return left, top


@dataclass
class _Drawn:
    """What the connectors are drawn between: ids, corners and sizes by unit."""

    ids: list[str]
    left: list[float]
    top: list[float]
    size: list[tuple[float, float]]


def _connectors(tree: _Tree, x: list[float], bus: list[float],
                drawn: _Drawn) -> dict[str, tuple[Point, ...]]:
    """Parent bottom -> down to the bus in the middle of the gap below the
    parent's band -> across -> down to the child's top (through any skipped
    band), or, for a stacked leaf, down the spine and across to its side."""
    kids, unit_of, stack_of, layer = tree.kids, tree.unit, tree.stack, tree.layer
    ids, top, size = drawn.ids, drawn.top, drawn.size
    out: dict[str, tuple[Point, ...]] = {}
    for i in range(len(ids)):
        heads = kids[i + 1]
        if not heads:
            continue
        px, bottom, y = x[i + 1], top[i] + size[i][1], bus[layer[i + 1]]
        for head in heads:
            c = unit_of[head]
            if c >= 0:  # the common case inline: a unit on the next tier
                cx = x[head]
                out[ids[c]] = (((px, bottom), (px, top[c])) if abs(px - cx) < 1e-9 else
                               ((px, bottom), (px, y), (cx, y), (cx, top[c])))
                continue
            end = head
            while unit_of[end] < 0 and stack_of[end] < 0:
                end = kids[end][0]  # follow the dummies through skipped tiers
            down = _down(px, bottom, y, x[end])
            c = unit_of[end]
            if c >= 0:
                out[ids[c]] = (*down, (down[-1][0], top[c]))
            else:
                _stack_connectors(tree.stacks[stack_of[end]], down, drawn, out)
    return out


def _down(px: float, bottom: float, bus: float, cx: float) -> tuple[Point, ...]:
    """From the parent to above the child, at x = cx; straight down when aligned."""
    if abs(px - cx) < 1e-9:
        return ((px, bottom),)
    return ((px, bottom), (px, bus), (cx, bus))


def _stack_connectors(stack: _Stack, down: tuple[Point, ...], drawn: _Drawn,
                      out: dict[str, tuple[Point, ...]]) -> None:
    spine = down[-1][0]
    for leaf in stack.leaves:
        w, h = drawn.size[leaf]
        left = drawn.left[leaf]
        side, mid = (left if left >= spine else left + w), drawn.top[leaf] + h * 0.5
        out[drawn.ids[leaf]] = (*down, (spine, mid), (side, mid))


def _border_point(box: Box, toward: Point) -> Point:
    """Where the segment from the box's centre to `toward` leaves the box."""
    dx, dy = toward[0] - box.cx, toward[1] - box.cy
    t = min(box.w / 2 / abs(dx) if dx else math.inf, box.h / 2 / abs(dy) if dy else math.inf)
    t = min(t, 1.0)
    return (box.cx + t * dx, box.cy + t * dy)


def _link_lines(chart: Chart, boxes: Mapping[str, Box]) -> tuple[LinkLine, ...]:
    """Links between two different drawn units, centre to centre, cut at the borders."""
    out = []
    for link in chart.links:
        a, b = boxes.get(link.source), boxes.get(link.target)
        if a is None or b is None or link.source == link.target:
            continue
        points = (_border_point(a, (b.cx, b.cy)), _border_point(b, (a.cx, a.cy)))
        out.append(LinkLine(link.id, link.source, link.target, link.kind, points))
    return tuple(out)


def _transposed(layout: Layout) -> Layout:
    """The top-down layout mirrored on its diagonal: tiers become columns."""
    boxes = {k: Box(b.y, b.x, b.h, b.w) for k, b in layout.boxes.items()}
    connectors = {k: tuple((y, x) for x, y in points) for k, points in layout.connectors.items()}
    bands = tuple(Band(b.tier, b.y, b.x, b.h, b.w) for b in layout.bands)
    return Layout(boxes, connectors, (), bands, layout.height, layout.width, "lr",
                  layout.stacked)


# --------------------------------------------------------------------------
# Putting it together


def _sizes_of(chart: Chart, forest: _Forest, sizes: Sizes | None,
              options: LayoutOptions) -> list[tuple[float, float]]:
    """(breadth, depth) of each drawn unit: along its band and across it.
    A size that is not a finite positive number counts as 0."""
    display = options.display or (chart.languages[0] if chart.languages else BOTH)

    def fallback(unit: Unit) -> tuple[float, float]:
        return approx_box_size(unit, display, chart.languages)

    if sizes is None:
        raw = [fallback(unit) for unit in forest.units]
    elif isinstance(sizes, Mapping):
        get = sizes.get
        raw = [get(unit.id) or fallback(unit) for unit in forest.units]
    else:
        raw = [sizes(unit) for unit in forest.units]
    inf = math.inf
    clean = [(w if 0 < w < inf else 0.0, h if 0 < h < inf else 0.0) for w, h in raw]
    return clean if options.orientation == "tb" else [(h, w) for w, h in clean]


def _to_origin(tree: _Tree, x: list[float]) -> tuple[list[float], float]:
    """x moved right so that the leftmost extent is at 0, and the total breadth.
    Only nodes in the tree count: a stacked leaf's own node is left out."""
    if len(x) < 2:
        return x, 0.0
    nodes = range(len(x)) if not tree.stacks else [v for v, p in enumerate(tree.parent) if p >= 0]
    left = min([x[v] - tree.lext[v] for v in nodes])
    right = max([x[v] + tree.rext[v] for v in nodes])
    return [v - left for v in x], right - left


def layout_chart(chart: Chart, sizes: Sizes | None = None,
                 options: LayoutOptions | None = None) -> Layout:
    """Lay out the chart's visible units: boxes, connectors, links and tier bands.

    `sizes` gives each unit's (width, height) as drawn, either as a function of
    the unit or as a mapping by unit id; units it does not list, and every unit
    when it is None, are sized by `approx_box_size`. Never fails on an invalid
    chart (see the module docstring for what is drawn then).
    """
    options = options or LayoutOptions()
    # The layout allocates hundreds of thousands of small lists, tuples and
    # records and makes no reference cycles (the collector walking the chart
    # again and again took a third of the time at 100,000 units).
    with collector_paused():
        return _layout(chart, sizes, options)


def _layout(chart: Chart, sizes: Sizes | None, options: LayoutOptions) -> Layout:
    forest = _visible_forest(chart)
    size = _sizes_of(chart, forest, sizes, options)
    tree = _layered_tree(forest, size, options)
    x = _tidy_x(tree, options)
    x, breadth = _to_origin(tree, x)
    tops, depth = _bands(chart, tree, options)
    left, top = _corners(forest, tree, x, tops, size)
    ids = [u.id for u in forest.units]
    boxes = {uid: Box(lx, ty, w, h)
             for uid, lx, ty, (w, h) in zip(ids, left, top, size, strict=True)}
    bus = [t + d + options.tier_gap * 0.5 for t, d in zip(tops, depth, strict=True)]
    connectors = _connectors(tree, x, bus, _Drawn(ids, left, top, size))
    stacked = frozenset(ids[leaf] for stack in tree.stacks for leaf in stack.leaves)
    bands = tuple(Band(t.id, 0.0, top, breadth, d)
                  for t, top, d in zip(chart.tiers, tops, depth, strict=True))
    total = tops[-1] + depth[-1] if tops else 0.0
    result = Layout(boxes, connectors, (), bands, breadth, total, "tb", stacked)
    if options.orientation == "lr":
        result = _transposed(result)
    return dataclasses.replace(result, links=_link_lines(chart, result.boxes))
