"""Building a chart from a people list (`table.Table` and a column mapping):
units with their ids, reporting lines, tiers, titles, notes and dotted
lines, and the problems of each row, reported by row number while every
other row is kept.

- **Ids** come from the ID column; without one, names are the ids (they must
  then be unique). A missing or repeated id gets a fresh one ("7 (row 9)").
- **Reports to** holds an id or, failing that, a unique name (Visio's wizard
  accepts either). Empty, the unit's own id (OrgChart Now's way of marking
  the top) or "0" when no unit is "0" mean the top. An unknown manager puts
  the unit at the top and says so; cycles are kept and reported, so the chart
  opens and shows them.
- **Tiers** come from a Tier or Level column (numbers in numeric order,
  names in the order of the shallowest unit on them), and rows without one
  go one tier below their manager; without such a column, from depth
  ("Level 1", "Level 2", …).
- **Title** becomes a person with that title on the unit; **Department** and
  **Notes** go to the unit's notes; **Dotted** ids (`;`-separated) become
  dotted-line links.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from orgchart.fileformat import LoadError
from orgchart.formats import ImportResult
from orgchart.formats.table import Table, split_language
from orgchart.model import TIER_PALETTE, Chart, Link, Person, Tier, Unit, raci_roles
from orgchart.problems import catalogue_language
from orgchart.text import UNTAGGED, Text

_LEVEL = {"en": "Level {n}", "zh-Hans": "第{n}级", "zh-Hant": "第{n}級"}
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_SEPARATORS = re.compile(r"[;,，；|]")
_EMPTY = Text()
#: Rows named one by one in a problem before "…".
_LISTED = 10


@dataclass
class Row:
    """One unit as read from a row, before references are resolved."""

    number: int
    id: str
    name: Text
    key: str  # the name in the first column, for look-ups by name
    title: Text = field(default_factory=Text)
    parent: str = ""
    tier: str = ""
    tier_name: Text = field(default_factory=Text)
    notes: Text = field(default_factory=Text)
    dotted: list[str] = field(default_factory=list)
    manager: str | None = None


def build_chart(table: Table, columns: dict[str, str], language: str | None,
                title: str) -> ImportResult:
    """The chart a people list describes, and the problems found row by row."""
    return Builder(table, columns, language, title).build()


class Builder:
    def __init__(self, table: Table, columns: dict[str, str], language: str | None,
                 title: str) -> None:
        self.table, self.language, self.title = table, language, title
        self.plan: dict[str, list[tuple[int, str]]] = {}
        self.tier_header = "Level"
        for index, header in enumerate(table.headers):
            fld = columns.get(header, "ignore")
            if fld == "ignore":
                continue
            base, lang = split_language(header)
            self.plan.setdefault(fld, []).append((index, lang or language or UNTAGGED))
            if fld == "tier":
                self.tier_header = base.strip() or self.tier_header
        self.headers = table.headers
        self.problems: list[str] = []
        self.rows: list[Row] = []
        self.by_id: dict[str, Row] = {}
        self.by_name: dict[str, list[Row]] = {}

    def where(self, number: int) -> str:
        sheet = f"sheet “{self.table.sheet}”, " if self.table.sheet else ""
        return f"{sheet}row {number}"

    def build(self) -> ImportResult:
        if "name" not in self.plan and "id" not in self.plan and "first_name" not in self.plan:
            raise LoadError(self.table.source, f"row {self.table.header_row}",
                            "no column holds names or ids (columns: "
                            f"{', '.join(self.headers)}); say which one does")
        self._read_rows()
        self._resolve_parents()
        self._report_cycles()
        self._report_tops()
        chart = self._chart()
        return ImportResult(chart, self.problems)

    # -- reading rows --------------------------------------------------------------

    def _values(self, cells: list[str], fld: str) -> list[tuple[str, str]]:
        out = []
        for index, lang in self.plan.get(fld, []):
            value = cells[index].strip() if index < len(cells) else ""
            if value:
                out.append((lang, value))
        return out

    def _text(self, cells: list[str], fld: str, sep: str = " ") -> Text:
        if fld not in self.plan:
            return _EMPTY
        joined: dict[str, str] = {}
        for lang, value in self._values(cells, fld):
            joined[lang] = f"{joined[lang]}{sep}{value}" if lang in joined else value
        return Text(joined)

    def _first(self, cells: list[str], fld: str) -> str:
        if fld not in self.plan:
            return ""
        values = self._values(cells, fld)
        return values[0][1] if values else ""

    def _read_rows(self) -> None:
        for number, cells in self.table.rows:
            if not any(c.strip() for c in cells):
                continue
            self._add(self._row(number, cells))

    def _row(self, number: int, cells: list[str]) -> Row:
        name = self._text(cells, "name")
        if name.is_empty():
            name = _full_name(self._values(cells, "first_name"), self._values(cells, "last_name"))
        key = next((v for _, v in name.items()), "")
        row = Row(number, self._first(cells, "id"), name, key,
                  title=self._text(cells, "title", "; "), parent=self._first(cells, "parent"),
                  tier=self._first(cells, "tier"), tier_name=self._text(cells, "tier"))
        notes = [(lang, f"{self.headers[i]}: {cells[i].strip()}")
                 for i, lang in self.plan.get("department", [])
                 if i < len(cells) and cells[i].strip()]
        notes += self._values(cells, "notes")
        row.notes = _joined(notes)
        row.dotted = [d.strip() for d in _SEPARATORS.split(self._first(cells, "dotted"))
                      if d.strip()]
        return row

    def _add(self, row: Row) -> None:
        if "id" in self.plan and not row.id:
            row.id = self._fresh(f"row-{row.number}")
            self.problems.append(f"{self.where(row.number)}: no ID; the unit is given the id "
                                 f"{row.id!r}")
        elif not row.id:
            row.id = row.key or f"row-{row.number}"
        if row.id in self.by_id:
            first = self.by_id[row.id]
            fresh = self._fresh(f"{row.id} (row {row.number})")
            what = "ID" if "id" in self.plan else "name"
            self.problems.append(f"{self.where(row.number)}: the {what} {row.id!r} is already "
                                 f"used on row {first.number}; this unit is kept with the id "
                                 f"{fresh!r}, and whoever reports to {row.id!r} reports to "
                                 f"row {first.number}")
            row.id = fresh
        self.by_id[row.id] = row
        for name in _name_forms(row.name):
            self.by_name.setdefault(name, []).append(row)
        self.rows.append(row)

    def _fresh(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self.by_id:
            n += 1
            candidate = f"{wanted} ({n})"
        return candidate

    # -- references ----------------------------------------------------------------

    def _find(self, value: str, row: Row, what: str) -> str | None:
        """The unit a reports-to (or dotted) value names, or None: by id,
        else by a unique name in any language (or any line of the value)."""
        if value in self.by_id:
            return value
        named = self.by_name.get(value, [])
        for line in value.split("\n") if not named else ():
            named = named or self.by_name.get(line.strip(), [])
        if len(named) > 1:
            rows = ", ".join(str(r.number) for r in named[:_LISTED])
            self.problems.append(f"{self.where(row.number)}: {what} “{value}” is the name of "
                                 f"rows {rows}; the first is taken")
        if named:
            return named[0].id
        return None

    def _resolve_parents(self) -> None:
        for row in self.rows:
            value = row.parent
            if not value or value == row.id or (value == "0" and "0" not in self.by_id):
                continue
            found = self._find(value, row, "reports to")
            if found is None:
                self.problems.append(f"{self.where(row.number)}: {_quoted(row)} reports to "
                                     f"“{value}”, who is not in the list; the unit is put "
                                     "at the top")
            elif found == row.id:
                continue
            row.manager = found

    def _report_cycles(self) -> None:
        state: dict[str, int] = {}
        for row in self.rows:
            path, current = [], row.id
            while current is not None and state.get(current, 0) == 0:
                state[current] = 1
                path.append(current)
                current = self.by_id[current].manager
            if current is not None and state.get(current) == 1:
                cycle = [self.by_id[c] for c in path[path.index(current):]]
                numbers = ", ".join(str(r.number) for r in cycle[:_LISTED])
                names = " → ".join(_quoted(r) for r in [*cycle, cycle[0]][:_LISTED + 1])
                self.problems.append(f"rows {numbers} report to each other in a circle "
                                     f"({names}); the chart shows the cycle until one of them "
                                     "reports elsewhere")
            for item in path:
                state[item] = 2

    def _report_tops(self) -> None:
        tops = [r for r in self.rows if r.manager is None]
        if len(tops) > 1:
            listed = ", ".join(f"{r.number} ({_quoted(r)})" for r in tops[:_LISTED])
            more = ", …" if len(tops) > _LISTED else ""
            self.problems.append(f"{len(tops)} rows report to nobody (rows {listed}{more}); a "
                                 "chart has one top unit, so say who the others report to")

    # -- the chart -----------------------------------------------------------------

    def _chart(self) -> Chart:
        languages = self._languages()
        title = Text({self.language: self.title}) if self.language else Text(self.title)
        chart = Chart(title=title, languages=languages, roles=raci_roles(languages))
        depths = self._depths()
        tier_of = self._tiers(chart, depths)
        used = set(self.by_id) | {t.id for t in chart.tiers}
        for row in self.rows:
            people = (Person(Text(), row.title),) if not row.title.is_empty() else ()
            chart.units.append(Unit(row.id, row.name, tier_of[row.id], row.manager,
                                    people, row.notes))
        chart.links = self._links(used)
        return chart

    def _languages(self) -> list[str]:
        tagged = [lang for columns in self.plan.values() for _, lang in columns if lang]
        ordered = list(dict.fromkeys(([self.language] if self.language else []) + tagged))
        return ordered or ["en"]

    def _depths(self) -> list[tuple[Row, int]]:
        """Rows parents first, with their depth; rows in a cycle start a
        tree of their own."""
        kids: dict[str | None, list[Row]] = {}
        for row in self.rows:
            kids.setdefault(row.manager, []).append(row)
        out: list[tuple[Row, int]] = []
        seen: set[str] = set()
        for root in [*kids.get(None, []), *self.rows]:
            if root.id in seen:
                continue
            queue = deque([(root, 0)])
            seen.add(root.id)
            while queue:
                row, depth = queue.popleft()
                out.append((row, depth))
                for kid in kids.get(row.id, []):
                    if kid.id not in seen:
                        seen.add(kid.id)
                        queue.append((kid, depth + 1))
        return out

    def _tiers(self, chart: Chart, depths: list[tuple[Row, int]]) -> dict[str, str]:
        """Tiers onto the chart; unit id -> tier id."""
        used = set(self.by_id)
        if "tier" in self.plan and any(r.tier for r in self.rows):
            return self._named_tiers(chart, depths, used)
        deepest = max((d for _, d in depths), default=0)
        for n in range(deepest + 1):
            chart.tiers.append(level_tier(n, self.language, used))
        return {row.id: chart.tiers[depth].id for row, depth in depths}

    def _named_tiers(self, chart: Chart, depths: list[tuple[Row, int]], used: set[str]
                     ) -> dict[str, str]:
        first: dict[str, tuple[int, int, Text]] = {}
        for position, (row, depth) in enumerate(depths):
            if row.tier:
                seen = first.get(row.tier)
                if seen is None or depth < seen[0]:
                    first[row.tier] = (depth, seen[1] if seen else position, row.tier_name)
        keys = list(first)
        numbers = [_number(k) for k in keys]
        if all(n is not None for n in numbers):
            keys.sort(key=lambda k: _number(k) or 0)
        else:
            keys.sort(key=lambda k: first[k][:2])
        ids: dict[str, str] = {}
        for i, key in enumerate(keys):
            name = Text(f"{self.tier_header} {key}") if _number(key) is not None \
                else first[key][2]
            tier = Tier(_fresh_id(f"tier-{i + 1}", used), name,
                        color=TIER_PALETTE[i % len(TIER_PALETTE)])
            chart.tiers.append(tier)
            ids[key] = tier.id
        return self._place(chart, depths, ids, used)

    def _place(self, chart: Chart, depths: list[tuple[Row, int]], ids: dict[str, str],
               used: set[str]) -> dict[str, str]:
        """Each row's tier; a row without one goes a tier below its manager."""
        rank = {t.id: i for i, t in enumerate(chart.tiers)}
        out: dict[str, str] = {}
        for row, _ in depths:
            if row.tier:
                out[row.id] = ids[row.tier]
                continue
            above = rank[out[row.manager]] if row.manager in out else -1
            while above + 1 >= len(chart.tiers):
                tier = level_tier(len(chart.tiers), self.language, used, self.tier_header)
                rank[tier.id] = len(chart.tiers)
                chart.tiers.append(tier)
            out[row.id] = chart.tiers[above + 1].id
            self.problems.append(f"{self.where(row.number)}: {_quoted(row)} has no tier; it "
                                 f"is put on “{chart.tiers[above + 1].name.pick('')}”, one "
                                 "below its manager's")
        return out

    def _links(self, used: set[str]) -> list[Link]:
        links = []
        for row in self.rows:
            for value in row.dotted:
                found = self._find(value, row, "the dotted line to")
                if found is None:
                    self.problems.append(f"{self.where(row.number)}: the dotted line to "
                                         f"“{value}” names nobody in the list; it is left out")
                elif found in (row.id, row.manager):
                    continue  # to itself, or repeating the reporting line: nothing to draw
                else:
                    link_id = _fresh_id(f"k{len(links) + 1}", used)
                    links.append(Link(link_id, row.id, found, "dotted-line"))
        return links


def level_tier(n: int, language: str | None, used: set[str], word: str | None = None) -> Tier:
    """The tier for depth `n` (from 0): "Level 1" in the import's language,
    or "`word` 1" after the file's own header word."""
    number = n + 1
    if word:
        name = Text(f"{word} {number}")
    elif language:
        name = Text({language: _LEVEL[catalogue_language(language)].format(n=number)})
    else:
        name = Text(_LEVEL["en"].format(n=number))
    return Tier(_fresh_id(f"level-{number}", used), name,
                color=TIER_PALETTE[n % len(TIER_PALETTE)])


def _fresh_id(wanted: str, used: set[str]) -> str:
    candidate, n = wanted, 1
    while candidate in used:
        n += 1
        candidate = f"{wanted}-{n}"
    used.add(candidate)
    return candidate


def _full_name(first: list[tuple[str, str]], last: list[tuple[str, str]]) -> Text:
    given = first[0] if first else None
    family = last[0] if last else None
    if given is None and family is None:
        return Text()
    lang = (given or family)[0]  # type: ignore[index]
    parts = [p[1] for p in (given, family) if p]
    if any(_CJK.search(p) for p in parts):
        parts = [p[1] for p in (family, given) if p]  # 姓 then 名, no space
        return Text({lang: "".join(parts)})
    return Text({lang: " ".join(parts)})


def _name_forms(name: Text) -> list[str]:
    """A name as a reports-to column may give it: in each language, and
    the languages on two lines or joined by a slash."""
    values = [v.strip() for _, v in name.items() if v.strip()]
    forms = [*values, "\n".join(values), " / ".join(values)] if len(values) > 1 else values
    return list(dict.fromkeys(forms))


def _joined(values: Iterable[tuple[str, str]]) -> Text:
    joined: dict[str, str] = {}
    for lang, value in values:
        joined[lang] = f"{joined[lang]}\n{value}" if lang in joined else value
    return Text(joined)


_NUMBER = re.compile(r"-?\d{1,15}(\.\d{1,15})?")


def _number(value: str) -> float | None:
    return float(value) if _NUMBER.fullmatch(value.strip()) else None


def _quoted(row: Row) -> str:
    return f"“{row.key or row.id}”"
