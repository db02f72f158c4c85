"""HTML-like labels for the Graphviz export: the unit cards, the tier cells,
the title, the legend of roles and the links' labels.

Owns the look of the labels: what each holds, in which sizes and colours,
and how cards are padded to line up. Every user string in them goes
through `graphviz_text` (`escape`, `html_lines`), and every colour through
`safe_color`: the labels hold no user text in any other form.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from orgchart.formats.graphviz_text import (
    FALLBACK_COLOR,
    TEXT_DARK,
    WHITE,
    drawable,
    escape,
    html_lines,
    safe_color,
    text_on,
    wrap,
)
from orgchart.model import Chart, Duty, Person, Role, Tier, Unit
from orgchart.text import BOTH, Text

__all__ = ["Labeller", "fit_title", "pad_card"]

#: Line lengths in "columns": a Latin letter is one, a CJK character two.
NAME_COLUMNS = 28
SECOND_NAME_COLUMNS = 36
PEOPLE_COLUMNS = 38
DUTY_COLUMNS = 40
TIER_COLUMNS = 26
TITLE_COLUMNS = 80

#: Point sizes.
NAME_PT, SECOND_PT, PEOPLE_PT, DUTY_PT, CODE_PT = 14, 11, 11, 10, 9
TIER_PT, TIER_SECOND_PT, MOTTO_PT, GAP_PT = 16, 12, 11, 5
TITLE_PT, SUBTITLE_PT, LEGEND_PT, LINK_PT = 20, 14, 10, 9

TEXT_MUTED = "#52606d"
LINK_TEXT = "#6c3483"


# --------------------------------------------------------------------------
# Labels

# Graphviz gives a table nested in a cell the cell's whole size, and spreads
# any extra width evenly over the table's columns (the role chips would grow
# wide). A nested table with a WIDTH keeps its columns' own widths, so the
# duty list and the legend get the width of what holds them, once measured.
_CARD_START, _CARD_END = "<<TABLE ", "</TABLE>>"
_DUTIES_START = '<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0">'
_LEGEND_START = '<TABLE BORDER="0" CELLSPACING="3" CELLPADDING="2">'
#: A card's duty list is this much narrower than the card (border and padding).
_CARD_INSET = 2 * (1 + 4)
#: The legend is this much narrower than the title block (spacing and padding).
_TITLE_INSET = 2 * (4 + 2)


def _with_width(label: str, start: str, width: float) -> str:
    return label.replace(start, f"{start[:-1]} WIDTH=\"{max(1, math.floor(width))}\">", 1)


def pad_card(label: str, width: float, extra_height: float = 0.0,
             at_least: float = 0.0) -> str:
    """A card as drawn: `width` is its measured width; `at_least` a width it
    is widened to and `extra_height` points it is made taller by (an empty
    last row), so that the cards of a tier line up."""
    if extra_height >= 1:
        label = (label[:-len(_CARD_END)] + f'<TR><TD HEIGHT="{round(extra_height)}"></TD></TR>'
                 + _CARD_END)
    if at_least > width:
        # on the first cell (the name), which sets the width of the card's
        # one column; a table's own WIDTH would leave the cells as they were
        label = label.replace("<TD ", f'<TD WIDTH="{round(at_least - 2)}" ', 1)
    return _with_width(label, _DUTIES_START, max(width, at_least) - _CARD_INSET)


def fit_title(label: str, width: float) -> str:
    """The title block, its legend given the block's measured `width`."""
    return _with_width(label, _LEGEND_START, width - _TITLE_INSET)


def _font(text: str, size: int, color: str, bold: bool = False) -> str:
    if not text:
        return ""
    inner = f"<B>{text}</B>" if bold else text
    return f'<FONT POINT-SIZE="{size}" COLOR="{color}">{inner}</FONT>'


def _lines(parts: Sequence[tuple[str, int, bool]], color: str,
           columns: int = TIER_COLUMNS) -> str:
    """User strings, each (text, size, bold), one under another; "" when
    all are empty."""
    shown = [_font(html_lines(text, columns), size, color, bold) for text, size, bold in parts]
    return "<BR/>".join(part for part in shown if part)


def _title_and_name(title: str, name: str, color: str) -> str:
    titled = html_lines(title, PEOPLE_COLUMNS)
    named = f"<B>{html_lines(name, PEOPLE_COLUMNS)}</B>" if name else ""
    together = len(wrap(f"{title} {name}", PEOPLE_COLUMNS)) == 1 and "<BR/>" not in titled
    text = (" " if together else "<BR/>").join(part for part in (titled, named) if part)
    return _font(text, PEOPLE_PT, color)


@dataclass(frozen=True)
class _Shown:
    """A label as the display setting wants it: the main string, and under
    it, in "both", the second language's (empty when it has none)."""

    main: str
    second: str = ""


class Labeller:
    """Builds the labels of one chart for one display setting; remembers every
    user string it showed (`shown_text`), for the font check."""

    def __init__(self, chart: Chart, display: str, duties: bool) -> None:
        self.chart, self.display, self.with_duties = chart, display, duties
        self.languages = list(chart.languages)
        self._shown: list[str] = []
        self._roles = {role.code: role for role in chart.roles}
        self._duties_of = self._duty_index(chart) if duties else {}

    @property
    def shown_text(self) -> str:
        """Every user string shown so far, as drawn (cleaned as `escape` does)."""
        return drawable("\n".join(self._shown))

    def _show(self, text: Text) -> _Shown:
        if self.display != BOTH:
            shown = _Shown(text.pick(self.display, self.languages))
        else:
            langs = self.languages
            main = text.pick(langs[0] if langs else "", langs)
            second = text.get(langs[1]) if len(langs) > 1 else ""
            shown = _Shown(main, second if second != main else "")
        self._shown += [shown.main, shown.second]
        return shown

    # -- unit cards -----------------------------------------------------------

    def unit(self, unit: Unit, tier: Tier | None) -> str:
        color = safe_color(tier.color) if tier is not None else FALLBACK_COLOR
        rows = [self._name_row(unit.name, color)]
        people = self._people(unit.people)
        if people:
            rows.append(f'<TR><TD CELLPADDING="5" BALIGN="CENTER">{people}</TD></TR>')
        duties = self._duties(unit)
        if duties:
            rows.append(f'<TR><TD CELLPADDING="4">{duties}</TD></TR>')
        return ('<<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" '
                f'COLOR="{color}" BGCOLOR="{WHITE}">{"".join(rows)}</TABLE>>')

    def _name_row(self, name: Text, color: str) -> str:
        shown, fg = self._show(name), text_on(color)
        main = _font(html_lines(shown.main, NAME_COLUMNS), NAME_PT, fg, bold=True)
        second = _font(html_lines(shown.second, SECOND_NAME_COLUMNS), SECOND_PT, fg)
        body = "<BR/>".join(part for part in (main, second) if part) or " "
        return f'<TR><TD BGCOLOR="{color}" CELLPADDING="6">{body}</TD></TR>'

    def _person(self, person: Person) -> list[str]:
        """A person's lines: the title and the name (in bold) on one line when
        they fit, else the title over the name; in "both", the second
        language's under it, lighter."""
        title, name = self._show(person.title), self._show(person.name)
        return [line for line in (_title_and_name(title.main, name.main, TEXT_DARK),
                                  _title_and_name(title.second, name.second, TEXT_MUTED))
                if line]

    def _people(self, people: Sequence[Person]) -> str:
        return "<BR/>".join(line for person in people for line in self._person(person))

    # -- duties ---------------------------------------------------------------

    @staticmethod
    def _duty_index(chart: Chart) -> dict[str, list[tuple[Duty, str]]]:
        """Target (tier or unit id) -> its (duty, role code), in chart order."""
        index: dict[str, list[tuple[Duty, str]]] = {}
        for duty in chart.duties:
            for target, code in duty.assign.items():
                index.setdefault(target, []).append((duty, code))
        return index

    def duties_of(self, unit: Unit) -> list[tuple[Duty, str]]:
        """The duties of the unit's tier and of the unit itself, in chart
        order; the unit's own role wins over its tier's."""
        own = dict((duty.id, code) for duty, code in self._duties_of.get(unit.id, ()))
        found: dict[str, tuple[Duty, str]] = {}
        for duty, code in self._duties_of.get(unit.tier, ()):
            found[duty.id] = (duty, own.pop(duty.id, code))
        for duty, code in self._duties_of.get(unit.id, ()):
            if duty.id in own:
                found[duty.id] = (duty, code)
        order = {duty.id: i for i, duty in enumerate(self.chart.duties)}
        return sorted(found.values(), key=lambda pair: order[pair[0].id])

    def _duties(self, unit: Unit) -> str:
        """A table of the unit's duties: a chip with the role code, then the
        duty's lines; one row per line, so the chip stays a small square
        beside the first line however many lines follow."""
        if not self.with_duties:
            return ""
        rows: list[str] = []
        for duty, code in self.duties_of(unit):
            if rows:
                rows.append('<TR><TD COLSPAN="3" HEIGHT="4"></TD></TR>')
            rows += self._duty_rows(duty, code)
        if not rows:
            return ""
        return f'{_DUTIES_START}{"".join(rows)}</TABLE>'

    def _chip(self, code: str) -> str:
        """A cell with the role code on the role's colour."""
        role = self._roles.get(code)
        color = safe_color(role.color) if role is not None else FALLBACK_COLOR
        self._shown.append(code)
        text = _font(escape(code), CODE_PT, text_on(color), bold=True)
        return f'<TD BGCOLOR="{color}" WIDTH="16" CELLPADDING="1">{text}</TD>'

    def _duty_rows(self, duty: Duty, code: str) -> list[str]:
        shown = self._show(duty.text)
        # filled, not balanced: a list reads best with lines as long as the card
        lines = [(line, TEXT_DARK) for line in wrap(shown.main, DUTY_COLUMNS, False)]
        lines += [(line, TEXT_MUTED) for line in wrap(shown.second, DUTY_COLUMNS, False)]
        rows = []
        for i, (line, color) in enumerate(lines or [("", TEXT_DARK)]):
            lead = self._chip(code) if i == 0 else "<TD></TD>"
            text = _font(escape(line), DUTY_PT, color)
            rows.append(f'<TR>{lead}<TD WIDTH="5"></TD><TD ALIGN="LEFT">{text}</TD></TR>')
        return rows

    # -- tiers, title, legend ----------------------------------------------------

    def tier(self, tier: Tier, width: float = 0, height: float = 0) -> str:
        """The tier's cell in the side column: its name, and under it, a
        little apart and lighter, its motto, on the tier's colour; at least
        `width` by `height` points (0: as large as its text)."""
        color = safe_color(tier.color)
        fg = text_on(color)
        name, motto = self._show(tier.name), self._show(tier.summary)
        named = _lines([(name.main, TIER_PT, True), (name.second, TIER_SECOND_PT, True)], fg)
        said = _lines([(motto.main, MOTTO_PT, False), (motto.second, MOTTO_PT, False)],
                      fg + "d0")
        # One cell of text: a nested table would be stretched to the cell's
        # size, spreading its rows apart. A small empty line keeps the motto
        # apart from the name.
        gap = f'<BR/><FONT POINT-SIZE="{GAP_PT}"> </FONT><BR/>' if named and said else ""
        size = "".join(f' {key}="{round(value)}"'
                       for key, value in (("WIDTH", width), ("HEIGHT", height)) if value)
        return ('<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">'
                f'<TR><TD BGCOLOR="{color}" CELLPADDING="10"{size}>'
                f"{named}{gap}{said or (' ' if not named else '')}</TD></TR></TABLE>>")

    def title(self) -> str | None:
        """The chart's title, and the legend of roles when duties are shown;
        None when there is neither."""
        shown = self._show(self.chart.title)
        parts = [_font(html_lines(shown.main, TITLE_COLUMNS), TITLE_PT, TEXT_DARK, bold=True),
                 _font(html_lines(shown.second, TITLE_COLUMNS), SUBTITLE_PT, TEXT_MUTED)]
        rows = [f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{"<BR/>".join(p for p in parts if p)}'
                 '</TD></TR>'] if any(parts) else []
        legend = self._legend(self._used_roles()) if self.with_duties else ""
        if legend:
            rows.append(f'<TR><TD ALIGN="LEFT">{legend}</TD></TR>')
        if not rows:
            return None
        return ('<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="2">'
                f'{"".join(rows)}</TABLE>>')

    def link(self, link_id: str) -> str | None:
        """The label of a link line (small, on white), or None when it has none."""
        link = self.chart.find_link(link_id)
        if link is None:
            return None
        shown = self._show(link.label)
        lines = [html_lines(s, PEOPLE_COLUMNS) for s in (shown.main, shown.second) if s]
        if not lines:
            return None
        text = _font("<BR/>".join(lines), LINK_PT, LINK_TEXT)
        return (f'<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="1" BGCOLOR="{WHITE}">'
                f"<TR><TD>{text}</TD></TR></TABLE>>")

    def _used_roles(self) -> list[Role]:
        used = {code for duty in self.chart.duties for code in duty.assign.values()}
        return [role for role in self.chart.roles if role.code in used]

    def _legend(self, roles: Iterable[Role]) -> str:
        cells = []
        for role in roles:
            shown = self._show(role.name)
            name = " ".join(escape(s) for s in (shown.main, shown.second) if s)
            cells.append(self._chip(role.code) + '<TD ALIGN="LEFT">'
                         + _font(name, LEGEND_PT, TEXT_DARK) + "</TD>")
        if not cells:
            return ""
        return f'{_LEGEND_START}<TR>' + '<TD WIDTH="12"></TD>'.join(cells) + "</TR></TABLE>"
