"""The chart model: plain dataclasses for a chart and everything on it.

Owns the shape of the data only. Changes go through `orgchart.edits` (which
keeps undo exact), files through `orgchart.fileformat`, checks through
`orgchart.hierarchy`. Nothing here knows about Qt, files or layout.

Order is meaning: tiers are listed top to bottom (rank = position), and units
are listed so that siblings appear in the order they are drawn.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from orgchart.text import Text

#: A colour as the file and the exports write it.
COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
#: A language tag such as "zh-Hant", "zh-Hans" or "en" (BCP 47 in outline).
LANG_RE = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")

_ID = operator.attrgetter("id")
_PARENT = operator.attrgetter("parent")

#: Kinds of secondary lines between units; none of them is a reporting line.
LINK_KINDS = ("dotted-line", "coordination", "supervision")

#: Tier colours for new tiers, dark enough for white text, distinct in print.
TIER_PALETTE = (
    "#1f5f99", "#2e7d4f", "#a15c00", "#7b3f99", "#a8323e", "#00796b", "#5d6d7e",
)


@dataclass
class Role:
    """An entry of the chart's legend: what an assignment of a duty means."""

    code: str
    name: Text
    color: str
    #: At most one assignment of this role per duty (like RACI's Accountable).
    unique: bool = False


@dataclass
class Tier:
    """A level of the organisation; its position in `Chart.tiers` is its rank."""

    id: str
    name: Text
    summary: Text = field(default_factory=Text)
    color: str = TIER_PALETTE[0]


@dataclass(frozen=True)
class Person:
    """Someone named on a unit's card: a name and a title (either may be empty)."""

    name: Text = field(default_factory=Text)
    title: Text = field(default_factory=Text)


@dataclass
class Unit:
    """A box on the chart: an office, committee or department on one tier."""

    id: str
    name: Text
    tier: str
    parent: str | None = None
    people: tuple[Person, ...] = ()
    notes: Text = field(default_factory=Text)
    collapsed: bool = False


@dataclass
class Duty:
    """A task, with the role each tier (or a single unit) plays in it."""

    id: str
    text: Text
    category: Text = field(default_factory=Text)
    #: target (a tier id, or a unit id for one unit only) -> role code
    assign: dict[str, str] = field(default_factory=dict)


@dataclass
class Link:
    """A secondary line between two units; not part of the hierarchy."""

    id: str
    source: str
    target: str
    kind: str = LINK_KINDS[0]
    label: Text = field(default_factory=Text)


def raci_roles(languages: Sequence[str] = ("en",)) -> list[Role]:
    """The legend a new chart starts with: R, A (unique), C, I."""
    names = {
        "R": ("Responsible", "执行", "執行"),
        "A": ("Accountable", "负责", "負責"),
        "C": ("Consulted", "咨询", "諮詢"),
        "I": ("Informed", "知会", "知會"),
    }
    colors = {"R": "#2e86de", "A": "#c0392b", "C": "#f39c12", "I": "#7f8c8d"}

    def name(code: str) -> Text:
        en, hans, hant = names[code]
        wanted = {"en": en, "zh-Hans": hans, "zh-Hant": hant}
        chosen = {lang: wanted[lang] for lang in languages if lang in wanted}
        return Text(chosen or {"en": en})

    return [Role(code, name(code), colors[code], unique=(code == "A")) for code in "RACI"]


@dataclass
class Chart:
    """A whole organisation chart: legend, tiers, units, duties and links."""

    title: Text = field(default_factory=Text)
    languages: list[str] = field(default_factory=lambda: ["en"])
    roles: list[Role] = field(default_factory=list)
    tiers: list[Tier] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    #: unit id -> position in `units`, a hint for `find_unit` (never trusted)
    _positions: dict[str, int] = field(default_factory=dict, init=False, repr=False,
                                       compare=False)

    @classmethod
    def new(cls, title: Text | str = "", languages: Sequence[str] = ("en",)) -> Chart:
        """An empty chart with the R/A/C/I legend."""
        return cls(title=Text(title), languages=list(languages), roles=raci_roles(languages))

    # -- look-ups (None when absent) ------------------------------------------

    def find_unit(self, unit_id: str | None) -> Unit | None:
        """The unit with this id, in time independent of the chart's size.

        Edits, importers and tests change `units` directly, so the index of
        positions behind this is never trusted: a hit is used only when the
        unit at the remembered position (or one or two places beside it)
        still has that id, and any other miss re-indexes the list (once,
        linear) before answering. Hence the invariant: the result is a unit
        of `units` with this id, or None exactly when there is none. With
        repeated ids (an invalid chart) it is one of them, not always the
        first.
        """
        if unit_id is None:
            return None
        units, at = self.units, self._positions.get(unit_id)
        if at is not None:
            # An insertion or removal before the unit moves it by one or two:
            # look there before re-indexing everything.
            for near in (at, at + 1, at - 1, at + 2, at - 2):
                if 0 <= near < len(units) and units[near].id == unit_id:
                    self._positions[unit_id] = near
                    return units[near]
        return self._reindexed(unit_id)

    def unit_position(self, unit_id: str | None) -> int | None:
        """Where the unit is in `units` (None: not on the chart); see `find_unit`."""
        unit = self.find_unit(unit_id)
        return None if unit is None else self._positions[unit.id]

    def note_position(self, unit_id: str, index: int) -> None:
        """Tell `find_unit` where a unit was just put (an edit that moved it
        far); only a hint, checked like every other."""
        self._positions[unit_id] = index

    def _reindexed(self, unit_id: str) -> Unit | None:
        # A miss is either a stale index or an id that is not on the chart;
        # only the first costs a re-indexing, the second a scan.
        units = self.units
        if unit_id not in map(_ID, units):  # (a scan at C speed)
            return None
        positions: dict[str, int] = {}
        for i, unit in enumerate(units):
            positions.setdefault(unit.id, i)
        self._positions = positions
        return units[positions[unit_id]]

    def find_tier(self, tier_id: str | None) -> Tier | None:
        return next((t for t in self.tiers if t.id == tier_id), None)

    def find_duty(self, duty_id: str) -> Duty | None:
        return next((d for d in self.duties if d.id == duty_id), None)

    def find_role(self, code: str) -> Role | None:
        return next((r for r in self.roles if r.code == code), None)

    def find_link(self, link_id: str) -> Link | None:
        return next((k for k in self.links if k.id == link_id), None)

    def tier_rank(self, tier_id: str | None) -> int | None:
        """Position of a tier from the top (0), or None for an unknown tier."""
        return next((i for i, t in enumerate(self.tiers) if t.id == tier_id), None)

    # -- structure -------------------------------------------------------------

    def children(self, unit_id: str | None) -> list[Unit]:
        """The units reporting to `unit_id` in drawing order (None: top units)."""
        # (selected at C speed: edits ask this of 50,000 units several times)
        units = self.units
        return list(itertools.compress(units, map(operator.eq, map(_PARENT, units),
                                                  itertools.repeat(unit_id))))

    def top_units(self) -> list[Unit]:
        return self.children(None)

    def ancestors(self, unit_id: str) -> Iterator[Unit]:
        """Parent, grandparent, ... up to the top; stops on a cycle or gap."""
        seen = {unit_id}
        unit = self.find_unit(unit_id)
        while unit is not None and unit.parent is not None and unit.parent not in seen:
            seen.add(unit.parent)
            unit = self.find_unit(unit.parent)
            if unit is not None:
                yield unit

    def subtree(self, unit_id: str) -> list[Unit]:
        """The unit and all below it, parents before children (chart order)."""
        root = self.find_unit(unit_id)
        if root is None:
            return []
        kids: defaultdict[str | None, list[Unit]] = defaultdict(list)
        for u in self.units:
            kids[u.parent].append(u)
        out, stack, seen = [], [root], set()
        while stack:
            unit = stack.pop()
            if unit.id in seen:
                continue
            seen.add(unit.id)
            out.append(unit)
            stack.extend(reversed(kids.get(unit.id, [])))
        return out

    def all_ids(self) -> Iterable[str]:
        """Every id that a reference can name: tiers, units, duties, links."""
        return itertools.chain(map(_ID, self.tiers), map(_ID, self.units),
                               map(_ID, self.duties), map(_ID, self.links))

    def new_id(self, prefix: str, start: int = 1) -> str:
        """An id not used by anything on the chart: prefix + the smallest
        free number from `start` up."""
        if start > 1:
            # Looked up one by one (units through their index): from a start
            # near the end of the numbers in use, the first or second is free,
            # where a set of every id and a count from 1 cost more than the
            # rest of adding a unit to 50,000.
            others = {x.id for x in (*self.tiers, *self.duties, *self.links)}
            for n in itertools.count(start):
                candidate = f"{prefix}{n}"
                if candidate not in others and self.find_unit(candidate) is None:
                    return candidate
        used = set(self.all_ids())
        # prefix1, prefix2, ... made and tested at C speed
        candidates = map(f"{prefix}{{}}".format, itertools.count(1))
        return next(itertools.filterfalse(used.__contains__, candidates))

    def new_unit_id(self) -> str:
        """An id for a new unit: "u" and a number, counting from the number
        of units (so it is found at once, not always the smallest free)."""
        return self.new_id("u", max(1, len(self.units)))
