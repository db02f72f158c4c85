"""A unit's card on a chart slide: its paragraphs and the room they take.

Owns what a card says (the name, its second language, the people) and its
size, measured in points with the name at the reference size `REF`: every
card of a slide is measured so, and the slide scales them all by one factor
(`pptx_plan`). A card that needs several lines is made as narrow as keeps
that many, so the lines come out balanced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from orgchart.formats.pptx_measure import LINE_SPACING, wrap_widths
from orgchart.formats.pptx_text import Part, parts
from orgchart.model import Unit

#: Cards are measured with their name at this size (points); a slide scales them.
REF = 10.0
#: Secondary names and people, relative to the name.
SMALL = 0.85
#: Card padding, relative to the name size.
PAD_X, PAD_Y, PEOPLE_GAP = 0.5, 0.45, 0.35
MIN_CARD_WIDTH = 4.5
#: Room at the foot of a card for its "→ slide" badge, relative to the name size.
BADGE_ROOM = 1.5


@dataclass(frozen=True)
class CardLine:
    """A paragraph of a card: "name" (bold), "name2" (the second language)
    or "person" (title and name)."""

    part: Part
    role: str

    @property
    def scale(self) -> float:
        return 1.0 if self.role == "name" else SMALL


def card_lines(unit: Unit, display: str, languages: Sequence[str],
               people: bool = True) -> list[CardLine]:
    names = parts(unit.name, display, languages) or [Part(" ")]
    lines = [CardLine(p, "name" if i == 0 else "name2") for i, p in enumerate(names)]
    for person in unit.people if people else ():
        title = parts(person.title, display, languages)
        name = parts(person.name, display, languages)
        text = " ".join(p.text for p in (title[:1] + name[:1]))
        if text:
            lang = (title or name)[0].lang
            lines.append(CardLine(Part(text, lang), "person"))
    return lines


def card_size(lines: Sequence[CardLine], wrap_em: float) -> tuple[float, float]:
    """(width, height) in points of a card with these lines at name size REF,
    the text wrapped at `wrap_em` name-ems. A card that needs several lines
    is made as narrow as keeps that many lines, so they come out balanced
    ("中共中央、" over "國務院" rather than a lone "院" below)."""
    limit = wrap_em * REF
    count, widest, height = _text_block(lines, limit)
    if count > len(lines):
        lo, hi = 0.0, widest
        for _ in range(10):
            mid = (lo + hi) / 2
            if _text_block(lines, mid)[0] <= count:
                hi = mid
            else:
                lo = mid
        count, widest, height = _text_block(lines, hi)
    width = max(MIN_CARD_WIDTH * REF, widest + 2 * PAD_X * REF)
    return width, height + 2 * PAD_Y * REF


def _text_block(lines: Sequence[CardLine], limit: float) -> tuple[int, float, float]:
    """(line count, widest line, height) of a card's text wrapped at `limit`."""
    count, widest, height = 0, 0.0, 0.0
    for i, line in enumerate(lines):
        size = REF * line.scale
        widths = wrap_widths(line.part.text, size, limit, bold=line.role == "name")
        count += len(widths)
        widest = max(widest, *widths)
        height += len(widths) * size * LINE_SPACING
        if line.role == "person" and lines[i - 1].role != "person":
            height += PEOPLE_GAP * REF
    return count, widest, height
