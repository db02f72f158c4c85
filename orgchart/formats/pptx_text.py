"""Text on slides: how a label becomes editable runs, and how much room it takes.

Owns what every slide of the PowerPoint export shares about text: the fonts
(a Latin face, and an East Asian face set as `a:ea` on every run so that
PowerPoint draws Chinese with a Chinese font rather than a fallback), the
language tag of each run, the estimate of a line's width without any font
file (the layout of the chart slides and the paging of the duty tables rest
on it), the deck's own words in the chart's languages, and slide titles.

Sizes are in points; python-pptx wants EMU (`pt(...)`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Emu

from orgchart.fileformat import clean
from orgchart.formats.pptx_measure import is_wide, text_width
from orgchart.model import Chart
from orgchart.text import BOTH, UNTAGGED, Text

EMU_PER_PT = 12700
#: Arial is on every Windows and Mac machine, and LibreOffice maps it to the
#: metric-compatible Liberation Sans, so the widths estimated here hold.
LATIN_FONT = "Arial"
#: The Chinese faces that come with Windows and with Office for Mac.
EA_FONTS = {"TC": "Microsoft JhengHei", "SC": "Microsoft YaHei"}
#: Language tags of the chart -> the culture names PowerPoint files use.
RUN_LANGS = {"zh-Hant": "zh-TW", "zh-Hans": "zh-CN", "zh-TW": "zh-TW", "zh-CN": "zh-CN",
             "zh-HK": "zh-HK", "zh": "zh-CN", "en": "en-US"}
INK = "1f2328"
SOFT_INK = "4b5563"

def pt(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


def rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#")[:6])


# --------------------------------------------------------------------------
# Labels in the display language(s)


@dataclass(frozen=True)
class Part:
    """One language's string of a label, with its language tag ("" if none)."""

    text: str
    lang: str = UNTAGGED


def parts(text: Text, display: str, languages: Sequence[str]) -> list[Part]:
    """The label as the display setting shows it: one part, or with `BOTH`
    the primary language's string over the secondary's (when different)."""
    if display != BOTH or not languages:
        lang = display if text.get(display) else _found_lang(text, languages)
        value = text.show(display, languages)
        return [Part(value, lang)] if value else []
    first = text.show(languages[0], languages)
    out = [Part(first, languages[0] if text.get(languages[0]) else _found_lang(text, languages))]
    second = text.get(languages[1]) if len(languages) > 1 else ""
    if second and second != first:
        out.append(Part(second, languages[1]))
    return [p for p in out if p.text]


def _found_lang(text: Text, languages: Sequence[str]) -> str:
    for lang in (UNTAGGED, *languages):
        if text.get(lang):
            return lang
    return text.langs()[0] if text.langs() else UNTAGGED


def one_line(text: Text, display: str, languages: Sequence[str], sep: str = "  ") -> str:
    """Both languages side by side, for short labels such as table headers."""
    return sep.join(p.text for p in parts(text, display, languages))


#: The deck's own words, in the languages a chart is likely to have.
WORDS: dict[str, dict[str, str]] = {
    "duties": {"en": "Duties", "zh-Hant": "職責", "zh-Hans": "职责"},
    "duty": {"en": "Duty", "zh-Hant": "職責", "zh-Hans": "职责"},
    "category": {"en": "Category", "zh-Hant": "類別", "zh-Hans": "类别"},
    "role": {"en": "Role", "zh-Hant": "角色", "zh-Hans": "角色"},
    "shared": {"en": "Shared with", "zh-Hant": "協同層級", "zh-Hans": "协同层级"},
    "legend": {"en": "Legend", "zh-Hant": "圖例", "zh-Hans": "图例"},
    "roles": {"en": "Roles", "zh-Hant": "角色", "zh-Hans": "角色"},
    "tiers": {"en": "Tiers", "zh-Hant": "層級", "zh-Hans": "层级"},
    "links": {"en": "Lines between units", "zh-Hant": "單位間連線", "zh-Hans": "单位间连线"},
    "code": {"en": "Code", "zh-Hant": "代號", "zh-Hans": "代号"},
    "unique": {"en": "at most one per duty", "zh-Hant": "每項職責至多一個",
               "zh-Hans": "每项职责至多一个"},
    "continued": {"en": "continued", "zh-Hant": "續", "zh-Hans": "续"},
    "only": {"en": "{unit} only", "zh-Hant": "僅限{unit}", "zh-Hans": "仅限{unit}"},
    "chart": {"en": "Organisation chart", "zh-Hant": "組織架構圖", "zh-Hans": "组织架构图"},
    "counts": {"en": "{tiers} tiers · {units} units · {duties} duties",
               "zh-Hant": "{tiers} 個層級 · {units} 個單位 · {duties} 項職責",
               "zh-Hans": "{tiers} 个层级 · {units} 个单位 · {duties} 项职责"},
    "part": {"en": "part {i} of {n}", "zh-Hant": "第 {i} 部分，共 {n} 部分",
             "zh-Hans": "第 {i} 部分，共 {n} 部分"},
    "no-duties": {"en": "No duties are assigned to this tier yet.",
                  "zh-Hant": "此層級尚未分配職責。", "zh-Hans": "此层级尚未分配职责。"},
    "dotted-line": {"en": "Dotted-line reporting", "zh-Hant": "虛線匯報", "zh-Hans": "虚线汇报"},
    "coordination": {"en": "Coordination", "zh-Hant": "協調", "zh-Hans": "协调"},
    "supervision": {"en": "Supervision", "zh-Hant": "監督", "zh-Hans": "监督"},
    "reports-to": {"en": "Reports to", "zh-Hant": "隸屬", "zh-Hans": "隶属"},
}


def word(key: str, languages: Sequence[str], **values: object) -> Text:
    """One of the deck's words as a Text in the chart's languages (English
    for a language the catalogue lacks), with `{...}` filled in; a value may
    itself be a Text, picked in each language."""
    entry = WORDS[key]
    out: dict[str, str] = {}
    for lang in languages or ("en",):
        template = entry.get(lang) or entry.get(_base(lang)) or entry["en"]
        filled = {k: (v.pick(lang, languages) if isinstance(v, Text) else v)
                  for k, v in values.items()}
        out[lang] = template.format(**filled)
    return Text(out)


def _base(lang: str) -> str:
    """"zh-TW" -> "zh-Hant", "zh-CN" -> "zh-Hans"; other tags unchanged."""
    low = lang.lower()
    if low.startswith("zh"):
        return "zh-Hans" if low in ("zh-cn", "zh-sg") or "hans" in low else "zh-Hant"
    return lang


# --------------------------------------------------------------------------
# Runs with the right fonts


@dataclass(frozen=True)
class Fonts:
    """The faces of the deck: Latin text, and East Asian text (`a:ea`)."""

    latin: str = LATIN_FONT
    ea: str = EA_FONTS["TC"]

    @classmethod
    def for_chart(cls, chart: Chart, family: str | None = None) -> Fonts:
        """Traditional or Simplified faces by the chart's first Chinese
        language; a family the user chose is used for both scripts."""
        if family:
            return cls(family, family)
        variant = "TC"
        for lang in chart.languages:
            if lang.lower().startswith("zh"):
                variant = "SC" if _base(lang) == "zh-Hans" else "TC"
                break
        return cls(LATIN_FONT, EA_FONTS[variant])


@dataclass(frozen=True)
class Style:
    """How a paragraph's runs look."""

    size: float
    bold: bool = False
    color: str = INK
    align: PP_ALIGN = PP_ALIGN.CENTER


def style_run(run, part: Part, style: Style, fonts: Fonts) -> None:  # noqa: ANN001 - a _Run
    """Text, size, weight and colour of a run, its Latin and East Asian
    faces, and its language (so spelling and line breaking follow it)."""
    run.text = clean(part.text)  # no control characters or lone surrogates in XML
    font = run.font
    font.size = pt(max(1.0, _half_points(style.size)))
    font.bold = style.bold
    font.color.rgb = rgb(style.color)
    font.name = fonts.latin
    rPr = run._r.get_or_add_rPr()
    _set_ea(rPr, fonts.ea)
    lang = RUN_LANGS.get(part.lang) or RUN_LANGS.get(_base(part.lang))
    if lang is None and any(is_wide(ch) for ch in part.text):
        lang = "zh-TW" if "JhengHei" in fonts.ea else "zh-CN"
    if lang:
        rPr.set("lang", lang)
        if lang.startswith("zh"):
            rPr.set("altLang", "en-US")


def _half_points(size: float) -> float:
    """Font sizes rounded down to half points: never larger than measured."""
    return int(size * 2) / 2


def _set_ea(rPr, typeface: str) -> None:  # noqa: ANN001 - an a:rPr element
    """The `a:ea` face goes right after `a:latin` (the schema's order)."""
    ea = rPr.find(qn("a:ea"))
    if ea is None:
        ea = etree.SubElement(rPr, qn("a:ea"))
        latin = rPr.find(qn("a:latin"))
        if latin is not None:
            latin.addnext(ea)
    ea.set("typeface", typeface)


def add_paragraph(frame: TextFrame, part: Part, style: Style, fonts: Fonts,
                  space_before: float = 0.0, indent: float = 0.0) -> _Paragraph:
    """A paragraph with one run; the frame's first (empty) paragraph is reused.
    `indent` (points, both sides) narrows where its lines wrap."""
    first = frame.paragraphs[0]
    paragraph = first if len(frame.paragraphs) == 1 and not first.runs else frame.add_paragraph()
    paragraph.alignment = style.align
    if space_before:
        paragraph.space_before = pt(space_before)
    if indent > 0.5:
        pPr = paragraph._p.get_or_add_pPr()
        pPr.set("marL", str(pt(indent)))
        pPr.set("marR", str(pt(indent)))
    style_run(paragraph.add_run(), part, style, fonts)
    return paragraph


def prepare_frame(frame: TextFrame, inset_x: float, inset_y: float,
                  anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE) -> None:
    """Wrapped text, fixed insets, and no autofit (the sizes were measured)."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = pt(inset_x)
    frame.margin_top = frame.margin_bottom = pt(inset_y)


# --------------------------------------------------------------------------
# Slide titles


@dataclass(frozen=True)
class Frame:
    """The slide's size and the places common to every slide, in points."""

    width: float = 960.0
    height: float = 540.0
    margin: float = 28.0
    title_top: float = 16.0
    title_height: float = 58.0

    @property
    def body_top(self) -> float:
        return self.title_top + self.title_height + 10.0

    @property
    def body_height(self) -> float:
        return self.height - self.body_top - self.margin * 0.75

    @property
    def body_width(self) -> float:
        return self.width - 2 * self.margin


def set_title(slide: Slide, title: list[Part], fonts: Fonts, frame: Frame,
              size: float = 24.0) -> None:
    """Fill the slide's title placeholder (it keeps the slide's name in
    PowerPoint's outline and navigation): the primary language large, the
    secondary smaller below it."""
    shape = slide.shapes.title
    shape.left, shape.top = pt(frame.margin), pt(frame.title_top)
    shape.width, shape.height = pt(frame.body_width), pt(frame.title_height)
    text = shape.text_frame
    text.clear()
    prepare_frame(text, 0, 0, MSO_ANCHOR.BOTTOM)
    size = fitted_size(title[0].text if title else "", size, frame.body_width, bold=True)
    for i, part in enumerate(title):
        style = Style(size if i == 0 else size * 0.62, bold=(i == 0),
                      color=INK if i == 0 else SOFT_INK, align=PP_ALIGN.LEFT)
        add_paragraph(text, part, style, fonts)


def fitted_size(text: str, size: float, width: float, bold: bool = False,
                smallest: float = 14.0) -> float:
    """`size`, or smaller down to `smallest`, so that `text` fits on one line."""
    wide = text_width(text, size, bold)
    return size if wide <= width else max(smallest, size * width / wide)


# --------------------------------------------------------------------------
# Colour


def _luminance(color: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    h = color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_on(fill: str) -> str:
    """White on a dark fill, ink on a light one: whichever reads better."""
    return "ffffff" if contrast(fill, "#ffffff") >= contrast(fill, "#" + INK) else INK


def mix(a: str, b: str, t: float) -> str:
    """The colour a fraction `t` of the way from `a` to `b` ("rrggbb")."""
    ha, hb = a.lstrip("#"), b.lstrip("#")
    return "".join(f"{round(int(ha[i:i + 2], 16) * (1 - t) + int(hb[i:i + 2], 16) * t):02x}"
                   for i in (0, 2, 4))


# --------------------------------------------------------------------------
# What every slide needs to know


@dataclass(frozen=True)
class Deck:
    """The chart being exported and how: display setting, fonts, slide frame."""

    chart: Chart
    display: str
    fonts: Fonts
    frame: Frame = Frame()

    @property
    def languages(self) -> list[str]:
        return self.chart.languages

    def parts(self, text: Text) -> list[Part]:
        return parts(text, self.display, self.chart.languages)

    def word(self, key: str, **values: object) -> list[Part]:
        return self.parts(word(key, self.chart.languages, **values))

    def line(self, text: Text, sep: str = "  ") -> str:
        return one_line(text, self.display, self.chart.languages, sep)

    def joined(self, texts: Sequence[Text], sep: str = " › ") -> list[Part]:
        """Several labels on one line per shown language (a breadcrumb, a
        title with a suffix): the primary line, and the secondary below."""
        chart = self.chart
        shown = chart.languages[:2] if self.display == BOTH else [self.display]
        out: list[Part] = []
        for lang in shown or [UNTAGGED]:
            line = sep.join(s for s in (t.pick(lang, chart.languages) for t in texts) if s)
            if line and all(p.text != line for p in out):
                out.append(Part(line, lang))
        return out
