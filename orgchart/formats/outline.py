"""Indented outlines: one unit per line, each indented one step below the
unit it reports to, as in PowerPoint SmartArt's text pane or a bulleted
list. Import from a `.txt` file or pasted text; export as `.txt`.

Indents may be tabs, or 2 or 4 (or any consistent number of) spaces: a line
indented more than the one above is one level deeper, and a line indented
less goes back to the level of the last line with that indent (a tab counts
as four spaces). Bullets ("-", "*", "•", "1.") and blank lines are ignored.
Tiers come from depth ("Level 1", "Level 2", …). Lines whose indent fits
no level above, lines indented two levels at once, and several top lines are
reported by line number; every line is kept.

Export writes the chart in tree order, one tab per level, names in the
chosen language (both joined by " / ").
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from orgchart.fileformat import LoadError, clean
from orgchart.formats import ExportOptions, ImportOptions, ImportResult
from orgchart.formats.atomic_write import write_atomically
from orgchart.formats.people import level_tier
from orgchart.formats.textfile import read_text
from orgchart.formats.walk import tree_order
from orgchart.model import Chart, Unit, raci_roles
from orgchart.text import BOTH, Text

MAX_LINES = 250_000
TAB = 4
_BULLET = re.compile(r"^(?:[-*+•·◦▪‣–]|\d{1,3}[.)])\s+")
_LISTED = 10


def import_chart(path: Path, options: ImportOptions | None = None) -> ImportResult:
    source = os.fspath(path)
    text, _ = read_text(path, source)
    return import_text(text, options, source, Path(path).stem)


def import_text(text: str, options: ImportOptions | None = None, source: str = "pasted text",
                title: str = "") -> ImportResult:
    """A chart from outline text; raises `LoadError` when there is no line."""
    options = options or ImportOptions()
    lines = _lines(clean(text), source)
    if not lines:
        raise LoadError(source, "", "there is no line to make a unit of")
    return _Builder(options.language, title).build(lines)


def _lines(text: str, source: str) -> list[tuple[int, int, str]]:
    """(line number, indent width, name) for each line with a name."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        body = raw.rstrip()
        name = body.lstrip()
        if not name:
            continue
        if len(out) >= MAX_LINES:
            raise LoadError(source, f"line {number}", f"more than {MAX_LINES:,} lines are "
                                                      "not read")
        indent = body[:len(body) - len(name)].expandtabs(TAB)
        out.append((number, len(indent), _BULLET.sub("", name).strip() or name))
    return out


class _Builder:
    def __init__(self, language: str | None, title: str) -> None:
        self.language = language
        self.title = title
        self.problems: list[str] = []

    def text(self, value: str) -> Text:
        return Text({self.language: value}) if self.language else Text(value)

    def build(self, lines: list[tuple[int, int, str]]) -> ImportResult:
        languages = [self.language] if self.language else ["en"]
        chart = Chart(title=self.text(self.title), languages=languages,
                      roles=raci_roles(languages))
        levels = self._levels(lines)
        used: set[str] = set()
        for depth in range(max(levels) + 1):
            chart.tiers.append(level_tier(depth, self.language, used))
        last: list[Unit] = []
        for (_, _, name), level in zip(lines, levels, strict=True):
            parent = last[level - 1].id if level else None
            unit = Unit(f"u{len(chart.units) + 1}", self.text(name), chart.tiers[level].id,
                        parent)
            chart.units.append(unit)
            del last[level:]
            last.append(unit)
        self._report_tops(lines, levels)
        return ImportResult(chart, self.problems)

    def _levels(self, lines: list[tuple[int, int, str]]) -> list[int]:
        """Each line's level by the indents seen so far (like Python's)."""
        rises = [b[1] - a[1] for a, b in zip(lines, lines[1:], strict=False) if b[1] > a[1]]
        step = min(rises, default=1)
        stack: list[int] = []
        levels = []
        for number, width, _ in lines:
            if stack and width > stack[-1]:
                if width - stack[-1] >= 2 * step:
                    self.problems.append(f"line {number} is indented more than one level "
                                         "below the line above; it is taken as one level "
                                         "deeper")
                stack.append(width)
            else:
                while stack and stack[-1] > width:
                    stack.pop()
                if stack and stack[-1] != width:
                    self.problems.append(f"line {number}: its indent matches no line above; "
                                         "it is taken as one level deeper than the line "
                                         "before it at a smaller indent")
                    stack.append(width)
                elif not stack:
                    stack.append(width)
            levels.append(len(stack) - 1)
        return levels

    def _report_tops(self, lines: list[tuple[int, int, str]], levels: list[int]) -> None:
        tops = [(number, name) for (number, _, name), level in zip(lines, levels, strict=True)
                if level == 0]
        if len(tops) > 1:
            listed = ", ".join(f"{n} (“{name[:40]}”)" for n, name in tops[:_LISTED])
            more = ", …" if len(tops) > _LISTED else ""
            self.problems.append(f"{len(tops)} lines are at the top (lines {listed}{more}); a "
                                 "chart has one top unit, so indent the others under it")


# --------------------------------------------------------------------------
# Export


def outline_text(chart: Chart, display: str) -> str:
    """The chart as an outline: one tab per level, one unit per line."""
    lines = []
    for unit, depth in tree_order(chart):
        lines.append("\t" * depth + _one_line(unit.name, display, chart.languages))
    return "\n".join(lines) + ("\n" if lines else "")


def _one_line(text: Text, display: str, languages: list[str]) -> str:
    shown = text.show(display, languages) if display == BOTH else text.pick(display, languages)
    # splitlines, not split("\n"): reading an outline back breaks lines at
    # U+2028, U+0085 and the like too, so a name must not hold them
    return " / ".join(part.strip() for part in shown.splitlines() if part.strip()) or "—"


def export(chart: Chart, path: Path, options: ExportOptions) -> list[str]:
    write_atomically(Path(path), outline_text(chart, options.display_for(chart)).encode("utf-8"))
    return []
