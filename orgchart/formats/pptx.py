"""PowerPoint export: the chart as a 16:9 deck of native, editable slides.

Owns the deck as a whole and the `export` entry point of the format
contract (`orgchart.formats`): a title slide; the chart on one slide, or,
when it is too dense to read on one, an overview and a slide per subtree
(planned by `pptx_plan`, drawn by `pptx_chart`); a slide of duties per tier
and the legend (`pptx_duties`). Every label is real text in the display
language(s), so a trainer can correct a typo on the slide itself; Chinese
runs carry an East Asian font (`pptx_text`).

The deck is written next to the target and renamed over it, so a failed
export leaves nothing half-written.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation as Deckfile
from pptx.slide import Slide

from orgchart.fileformat import clean
from orgchart.formats import ExportError, ExportOptions
from orgchart.formats.atomic_write import write_atomically
from orgchart.formats.pptx_chart import ChartSlideDrawer, plain, planning_area
from orgchart.formats.pptx_duties import add_duty_slides, add_legend_slide
from orgchart.formats.pptx_plan import READABLE, ChartSlide, Planner
from orgchart.formats.pptx_text import (
    SOFT_INK,
    Deck,
    Fonts,
    Frame,
    Style,
    add_paragraph,
    prepare_frame,
    pt,
    rgb,
    set_title,
    word,
)
from orgchart.model import Chart
from orgchart.text import BOTH, Text

__all__ = ["build_deck", "export"]

SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0  # points: 13.33 × 7.5 inches, 16:9
#: Layouts of python-pptx's default template.
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5


def export(chart: Chart, path: Path, options: ExportOptions) -> list[str]:
    """Write the deck to `path`; the warnings for the user."""
    display = options.display_for(chart)
    if display != BOTH and display not in chart.languages:
        raise ExportError(f"the chart's languages are {', '.join(chart.languages)}; "
                          f"{display} is not one of them")
    deck, warnings = build_deck(chart, options)
    _save(deck, Path(path))
    return warnings


def build_deck(chart: Chart, options: ExportOptions) -> tuple[Deckfile, list[str]]:
    """The presentation in memory, and the warnings for the user."""
    prs = Presentation()
    _widen(prs)
    deck = Deck(chart, options.display_for(chart), Fonts.for_chart(chart, options.font),
                Frame(SLIDE_WIDTH, SLIDE_HEIGHT))
    title_only = prs.slide_layouts[TITLE_ONLY_LAYOUT]
    warnings: list[str] = []
    _title_slide(prs, deck)
    warnings += _chart_slides(prs, title_only, deck, options.orientation)
    if options.duty_slides:
        for tier in chart.tiers:
            add_duty_slides(prs, title_only, deck, tier)
    add_legend_slide(prs, title_only, deck)
    prs.core_properties.title = clean(deck.line(chart.title, " — ")) or "Organisation chart"
    prs.core_properties.subject = "Organisation chart"
    return prs, warnings


def _widen(prs: Deckfile) -> None:
    """Make the deck 16:9, stretching the default template's master and
    layouts with it so that a slide added by hand looks right too."""
    factor = pt(SLIDE_WIDTH) / prs.slide_width
    prs.slide_width, prs.slide_height = pt(SLIDE_WIDTH), pt(SLIDE_HEIGHT)
    master = prs.slide_master
    for owner in (master, *master.slide_layouts):
        for shape in owner.shapes:
            if shape.left is not None and shape.width is not None:
                shape.left, shape.width = round(shape.left * factor), round(shape.width * factor)


# --------------------------------------------------------------------------
# Slides


def _title_slide(prs: Deckfile, deck: Deck) -> Slide:
    chart, f = deck.chart, deck.frame
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_LAYOUT])
    title = deck.parts(chart.title) or deck.word("chart")
    set_title(slide, title, deck.fonts, Frame(f.width, f.height, 80.0, 150.0, 150.0), 40.0)
    subtitle = slide.placeholders[1]
    subtitle.left, subtitle.top = pt(80), pt(318)
    subtitle.width, subtitle.height = pt(f.width - 160), pt(120)
    frame = subtitle.text_frame
    frame.clear()
    prepare_frame(frame, 0, 0, MSO_ANCHOR.TOP)
    counts = word("counts", deck.languages, tiers=len(chart.tiers), units=len(chart.units),
                  duties=len(chart.duties))
    for i, part in enumerate(deck.parts(counts)):
        add_paragraph(frame, part, Style(18.0 if i == 0 else 14.0, False, SOFT_INK,
                                         PP_ALIGN.LEFT), deck.fonts)
    _tier_colours(slide, deck)
    today = datetime.date.today().isoformat()
    add_paragraph(frame, deck.parts(Text(today))[0], Style(14.0, False, SOFT_INK, PP_ALIGN.LEFT),
                  deck.fonts, space_before=12.0)
    return slide


def _tier_colours(slide: Slide, deck: Deck) -> None:
    """A strip of the tier colours across the top: the chart's palette at a glance."""
    tiers = deck.chart.tiers
    width = deck.frame.width / max(1, len(tiers))
    for i, tier in enumerate(tiers):
        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, pt(i * width), 0, pt(width + 0.5),
                                       pt(10))
        shape.name = clean(f"tier colour {tier.id}")
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(tier.color)
        shape.line.fill.background()
        plain(shape)


def _chart_slides(prs: Deckfile, layout, deck: Deck, orientation: str) -> list[str]:  # noqa: ANN001
    """The chart's slides; links between them are set once they all exist."""
    plan, planner, warnings = _plan(deck, orientation)
    if not plan:
        return ["the chart has no units to draw; the deck has no chart slide"]
    slides, jumps = [], []
    for part in plan:
        slide = prs.slides.add_slide(layout)
        # python-pptx numbers a new shape by searching the whole slide for the
        # largest id; with hundreds of cards and connectors a slide that is
        # quadratic (3 minutes for 3,000 units). Every shape of the slide is
        # added through this one `shapes`, so it may count instead.
        slide.shapes.turbo_add_enabled = True
        set_title(slide, _chart_title(deck, part), deck.fonts, deck.frame)
        drawer = ChartSlideDrawer(deck, part, orientation)
        drawer.draw(slide)
        if not planner.people:
            _people_notes(slide, deck, part)
        slides.append(slide)
        jumps += drawer.jumps
    for shape, target in jumps:
        shape.click_action.target_slide = slides[target]
    if any(not part.fit.readable for part in plan):
        warnings.append(f"some of the chart is drawn with text smaller than {READABLE:g} pt "
                        f"(a unit has very long names or many people); check the slides")
    return warnings


def _plan(deck: Deck, orientation: str) -> tuple[list[ChartSlide], Planner, list[str]]:
    """One slide if the chart reads on one, if need be without the people on
    the cards (they go to the slide's notes); else an overview and subtrees."""
    area = planning_area(deck, orientation)
    planner = Planner(deck.chart, deck.display, area, orientation)
    plan = planner.plan()
    if len(plan) > 1 and any(unit.people for unit in deck.chart.units):
        lean = Planner(deck.chart, deck.display, area, orientation, people=False)
        whole = lean.single()
        if whole is not None:
            return [whole], lean, ["the people are left off the chart slide so that the "
                                   "whole chart fits on it readably; they are in the slide's "
                                   "notes"]
    return plan, planner, []


def _people_notes(slide: Slide, deck: Deck, part: ChartSlide) -> None:
    """The people of the units on a slide whose cards show names only."""
    chart = deck.chart
    lines = []
    for unit in chart.units:
        if unit.id not in part.fit.layout.boxes or not unit.people:
            continue
        people = "; ".join(" ".join(p.text for p in deck.parts(person.title)[:1]
                                    + deck.parts(person.name)[:1])
                           for person in unit.people)
        lines.append(f"{deck.line(unit.name, ' / ')}: {people}")
    if lines:
        slide.notes_slide.notes_text_frame.text = clean("\n".join(lines))


def _chart_title(deck: Deck, part: ChartSlide) -> list:
    """The chart's title, then the units down to this slide's root (or the
    roots side by side on it): a breadcrumb."""
    chart = deck.chart
    names = {u.id: u.name for u in chart.units}
    texts = [chart.title or word("chart", chart.languages)]
    texts += [names[uid] for uid in part.trail]
    if part.group:
        texts.append(_group_name(deck, [names[uid] for uid in part.group]))
    if part.part is not None:
        texts.append(word("part", chart.languages, i=part.part[0], n=part.part[1]))
    return deck.joined(texts)


def _group_name(deck: Deck, names: list[Text]) -> Text:
    """Up to three names with commas; more as "first … last"."""
    out = {}
    for lang in deck.languages:
        picked = [n.pick(lang, deck.languages) for n in names]
        sep = "、" if lang.lower().startswith("zh") else ", "
        out[lang] = sep.join(picked) if len(picked) <= 3 else f"{picked[0]} … {picked[-1]}"
    return Text(out)


# --------------------------------------------------------------------------
# Writing


def _save(prs: Deckfile, path: Path) -> None:
    """All or nothing: the deck goes to a file beside the target first."""
    data = io.BytesIO()
    prs.save(data)
    write_atomically(path, data.getvalue())
