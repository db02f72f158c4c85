"""The table slides of the PowerPoint export: each tier's duties, and the legend.

Owns the native tables: one slide per tier listing the duties assigned to
it (or to one of its units) with the role it plays, the duty's category and
which other tiers share it; a tier with many duties continues on further
slides, the header repeated. The legend slide lists the roles, the tiers
with their colours and mottos, and the kinds of lines between units. All
text is in the display language(s) and editable in place.

Row heights are estimated from the text (`pptx_text.wrap_widths`), which is
also how a long table is cut into pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout

from orgchart.fileformat import clean
from orgchart.formats.pptx_chart import LINK_COLORS
from orgchart.formats.pptx_measure import LINE_SPACING, line_count
from orgchart.formats.pptx_text import (
    INK,
    SOFT_INK,
    Deck,
    Part,
    Style,
    add_paragraph,
    ink_on,
    pt,
    rgb,
    set_title,
    style_run,
    word,
)
from orgchart.model import Duty, Tier
from orgchart.text import Text

BODY, SMALL_BODY = 12.0, 10.0
CELL_X, CELL_Y = 6.0, 3.0
HEADER_FILL = "34495e"
ROW_FILLS = ("ffffff", "f3f5f8")

#: (kind of paragraph, text): "main", "second" (the second language), "note"
Paragraphs = list[tuple[str, Part]]


@dataclass
class Column:
    header: list[Part]
    width: float
    #: the cell of a row: its paragraphs, and its fill ("" for the row's own)
    cell: Callable[[object], tuple[Paragraphs, str]] = field(repr=False)


# --------------------------------------------------------------------------
# Tables in general


def _cell_height(paragraphs: Paragraphs, width: float) -> float:
    total = 2 * CELL_Y
    for kind, part in paragraphs:
        size = BODY if kind == "main" else SMALL_BODY
        total += line_count(part.text, size, width - 2 * CELL_X, kind == "main") \
            * size * LINE_SPACING
    return total


def _row_height(columns: list[Column], row: object) -> float:
    return max(_cell_height(col.cell(row)[0], col.width) for col in columns)


def _pages(columns: list[Column], rows: list, room: float) -> list[list]:
    """Rows cut into pages whose tables fit in `room` points (header included),
    as evenly as the rows allow: 6 + 5 rather than 10 + 1."""
    header = max(_cell_height([("main", p) for p in c.header], c.width) for c in columns)
    heights = [_row_height(columns, row) for row in rows]
    pages = _greedy(rows, heights, room - header)
    if len(pages) > 1:
        even = _greedy(rows, heights, min(room - header, sum(heights) / len(pages)
                                          + max(heights) * 0.5))
        if len(even) == len(pages):
            pages = even
    return pages


def _greedy(rows: list, heights: list[float], room: float) -> list[list]:
    pages, page, used = [], [], 0.0
    for row, h in zip(rows, heights, strict=True):
        if page and used + h > room:
            pages.append(page)
            page, used = [], 0.0
        page.append(row)
        used += h
    pages.append(page)
    return pages


def _fill_cell(cell, paragraphs: Paragraphs, fill: str, deck: Deck,  # noqa: ANN001
               header: bool = False) -> None:
    cell.fill.solid()
    cell.fill.fore_color.rgb = rgb(fill)
    cell.margin_left = cell.margin_right = pt(CELL_X)
    cell.margin_top = cell.margin_bottom = pt(CELL_Y)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame = cell.text_frame
    frame.word_wrap = True
    ink = ink_on(fill)
    coloured = fill not in (*ROW_FILLS, HEADER_FILL)
    for kind, part in paragraphs:
        size = BODY if kind == "main" else SMALL_BODY
        # second lines in grey on the plain rows; on a coloured cell, its ink
        color = SOFT_INK if kind != "main" and not coloured and ink == INK else ink
        add_paragraph(frame, part, Style(size, header or (kind == "main" and coloured),
                                         color, PP_ALIGN.LEFT), deck.fonts)


def add_table(slide: Slide, deck: Deck, columns: list[Column], rows: list,
              top: float, left: float | None = None) -> object:
    """A native table with a dark header row and banded rows."""
    f = deck.frame
    left = f.margin if left is None else left
    heights = [max(_cell_height([("main", p) for p in c.header], c.width) for c in columns)]
    heights += [_row_height(columns, row) for row in rows]
    shape = slide.shapes.add_table(len(rows) + 1, len(columns), pt(left), pt(top),
                                   pt(sum(c.width for c in columns)), pt(sum(heights)))
    table = shape.table
    table.first_row = True
    table.horz_banding = False
    for j, col in enumerate(columns):
        table.columns[j].width = pt(col.width)
        _fill_cell(table.cell(0, j), [("main", p) for p in col.header], HEADER_FILL, deck, True)
    for i, row in enumerate(rows, 1):
        table.rows[i].height = pt(heights[i])
        for j, col in enumerate(columns):
            paragraphs, fill = col.cell(row)
            _fill_cell(table.cell(i, j), paragraphs, fill or ROW_FILLS[(i - 1) % 2], deck)
    table.rows[0].height = pt(heights[0])
    return shape


def _text_paragraphs(deck: Deck, text: Text) -> Paragraphs:
    return [("main" if i == 0 else "second", p) for i, p in enumerate(deck.parts(text))]


# --------------------------------------------------------------------------
# Duties of a tier


@dataclass(frozen=True)
class DutyRow:
    """A duty as one tier sees it: its role there, and for whom."""

    number: int
    duty: Duty
    role: str
    #: a unit of the tier, when the duty is that unit's only
    unit: str | None = None


def duty_rows(deck: Deck, tier: Tier) -> list[DutyRow]:
    """The duties assigned to the tier or to one of its units, in chart order."""
    chart = deck.chart
    own_units = [u.id for u in chart.units if u.tier == tier.id]
    rows: list[DutyRow] = []
    for duty in chart.duties:
        if tier.id in duty.assign:
            rows.append(DutyRow(len(rows) + 1, duty, duty.assign[tier.id]))
        for uid in own_units:
            if uid in duty.assign:
                rows.append(DutyRow(len(rows) + 1, duty, duty.assign[uid], uid))
    return rows


def _duty_columns(deck: Deck, tier: Tier, with_category: bool) -> list[Column]:
    chart = deck.chart
    names = {u.id: u.name for u in chart.units}
    names.update({t.id: t.name for t in chart.tiers})

    def number(row: DutyRow) -> tuple[Paragraphs, str]:
        return [("main", Part(str(row.number)))], ""

    def duty(row: DutyRow) -> tuple[Paragraphs, str]:
        return _text_paragraphs(deck, row.duty.text), ""

    def category(row: DutyRow) -> tuple[Paragraphs, str]:
        return _text_paragraphs(deck, row.duty.category), ""

    def role(row: DutyRow) -> tuple[Paragraphs, str]:
        found = chart.find_role(row.role)
        if found is None:
            return [("main", Part(row.role))], ""
        out = _text_paragraphs(deck, found.name) or [("main", Part(found.code))]
        if row.unit is not None:
            only = word("only", chart.languages, unit=names.get(row.unit, Text(row.unit)))
            out += [("note", p) for p in deck.parts(only)[:1]]
        return out, found.color.lstrip("#")

    def shared(row: DutyRow) -> tuple[Paragraphs, str]:
        out: Paragraphs = []
        for target, code in row.duty.assign.items():
            if target == tier.id or target == row.unit:
                continue
            found = chart.find_role(code)
            who = deck.parts(names.get(target, Text(target)))[:1]
            what = deck.parts(found.name)[:1] if found else [Part(code)]
            if who and what:
                colon = "：" if who[0].lang.lower().startswith("zh") else ": "
                out.append(("note", Part(f"{who[0].text}{colon}{what[0].text}", who[0].lang)))
        return out, ""

    fixed = {"#": 34.0, "category": 120.0 if with_category else 0.0, "role": 150.0,
             "shared": 180.0}
    columns = [Column([Part("#")], fixed["#"], number),
               Column(deck.word("duty"), deck.frame.body_width - sum(fixed.values()), duty)]
    if with_category:
        columns.append(Column(deck.word("category"), fixed["category"], category))
    return columns + [Column(deck.word("role"), fixed["role"], role),
                      Column(deck.word("shared"), fixed["shared"], shared)]


def add_duty_slides(prs: Presentation, layout: SlideLayout, deck: Deck, tier: Tier) -> int:
    """The slides of one tier's duties (none when it has none); how many."""
    rows = duty_rows(deck, tier)
    if not rows:
        return 0
    columns = _duty_columns(deck, tier, any(row.duty.category for row in rows))
    f = deck.frame
    motto = deck.parts(tier.summary)
    top = f.body_top + (24.0 if motto else 0.0)
    pages = _pages(columns, rows, f.height - f.margin * 0.75 - top)
    for i, page in enumerate(pages, 1):
        slide = prs.slides.add_slide(layout)
        suffix = [word("duties", deck.languages)]
        if len(pages) > 1:
            suffix.append(Text({lang: f"{i}/{len(pages)}" for lang in deck.languages}))
        set_title(slide, deck.joined([tier.name, *suffix], " · "), deck.fonts, f)
        if motto:
            _add_motto(slide, deck, tier, motto)
        add_table(slide, deck, columns, page, top)
    return len(pages)


def _add_motto(slide: Slide, deck: Deck, tier: Tier, motto: list[Part]) -> None:
    f = deck.frame
    box = slide.shapes.add_textbox(pt(f.margin), pt(f.body_top - 4), pt(f.body_width), pt(24))
    box.name = clean(f"motto {tier.id}")
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = pt(0)
    paragraph = frame.paragraphs[0]
    color = tier.color.lstrip("#") if ink_on(tier.color) == "ffffff" else INK
    for i, part in enumerate(motto):
        style_run(paragraph.add_run(), Part(("  ·  " if i else "") + part.text, part.lang),
                  Style(13.0 if i == 0 else 11.0, i == 0, color, PP_ALIGN.LEFT), deck.fonts)


# --------------------------------------------------------------------------
# The legend


def add_legend_slide(prs: Presentation, layout: SlideLayout, deck: Deck) -> Slide:
    """Roles (left), tiers and line kinds (right)."""
    chart, f = deck.chart, deck.frame
    slide = prs.slides.add_slide(layout)
    set_title(slide, deck.word("legend"), deck.fonts, f)
    half = (f.body_width - 24) / 2
    if chart.roles:
        add_table(slide, deck, _role_columns(deck, half), chart.roles, f.body_top)
    right = f.margin + half + 24
    shape = add_table(slide, deck, _tier_columns(deck, half), chart.tiers, f.body_top, right)
    if chart.links:
        kinds = list(dict.fromkeys(k.kind for k in chart.links))
        top = f.body_top + shape.height / 12700 + 18
        add_table(slide, deck, _link_columns(deck, half), kinds, top, right)
    return slide


def _role_columns(deck: Deck, width: float) -> list[Column]:
    def code(role) -> tuple[Paragraphs, str]:  # noqa: ANN001 - a Role
        return [("main", Part(role.code))], role.color.lstrip("#")

    def name(role) -> tuple[Paragraphs, str]:  # noqa: ANN001
        out = _text_paragraphs(deck, role.name)
        if role.unique:
            out += [("note", p) for p in deck.word("unique")[:1]]
        return out, ""

    return [Column(deck.word("code"), 70.0, code), Column(deck.word("roles"), width - 70, name)]


def _tier_columns(deck: Deck, width: float) -> list[Column]:
    def swatch(tier: Tier) -> tuple[Paragraphs, str]:
        return [], tier.color.lstrip("#")

    def name(tier: Tier) -> tuple[Paragraphs, str]:
        out = _text_paragraphs(deck, tier.name)
        out += [("note", p) for p in deck.parts(tier.summary)]
        return out, ""

    return [Column([Part("")], 30.0, swatch), Column(deck.word("tiers"), width - 30, name)]


def _link_columns(deck: Deck, width: float) -> list[Column]:
    def swatch(kind: str) -> tuple[Paragraphs, str]:
        return [], LINK_COLORS.get(kind, "4b5563")

    def name(kind: str) -> tuple[Paragraphs, str]:
        key = kind if kind in ("dotted-line", "coordination", "supervision") else None
        text = word(key, deck.languages) if key else Text(kind)
        return _text_paragraphs(deck, text), ""

    return [Column([Part("")], 30.0, swatch), Column(deck.word("links"), width - 30, name)]
