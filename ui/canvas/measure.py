"""How big a unit's card and a tier's label are, measured with the canvas fonts.

Owns the fonts of the canvas and the arrangement of text on a card: which
lines it shows (name, the secondary name in "both" display, people), in which
font, and where. The layout engine takes the card sizes from here; the card
items paint the same `CardContent`, so what was measured is what is drawn.

Measuring is the slow part of showing a chart (Qt shapes and wraps every
line), so `CardMeasurer` keeps the content of each unit under a signature of
what it shows (name, people, display, languages): after an edit only the
units whose text changed are measured again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from orgchart.model import Tier, Unit
from orgchart.text import BOTH, Text

#: Families tried in order, per character: a Latin face first where there is
#: one, then faces with the Chinese glyphs (without a CJK font Qt draws
#: boxes). Simplified and Traditional faces differ in some shapes, so the
#: chart's first Chinese language picks which comes first.
CJK_FAMILIES = {
    "TC": ["Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC"],
    "SC": ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"],
}


def font_families(variant: str = "TC") -> list[str]:
    other = "SC" if variant == "TC" else "TC"
    return ["Noto Sans", *CJK_FAMILIES[variant], *CJK_FAMILIES[other], "sans-serif"]


def cjk_variant(languages: Sequence[str]) -> str:
    """"SC" when the chart's first Chinese language is Simplified, else "TC"."""
    for lang in languages:
        low = lang.lower()
        if low.startswith("zh"):
            simplified = "hans" in low or low in ("zh-cn", "zh-sg")
            return "SC" if simplified else "TC"
    return "TC"

#: Text is wrapped at this width; a card is never narrower than MIN_WIDTH.
MAX_TEXT_WIDTH = 188.0
MIN_WIDTH = 104.0
PAD_X, PAD_TOP, PAD_BOTTOM = 12.0, 8.0, 9.0
#: Space between the name block and the people, where a hairline goes.
RULE_GAP = 9.0
PERSON_GAP = 3.0

#: Tier labels: the column is as wide as its longest line, within these bounds.
LABEL_MIN_WIDTH, LABEL_MAX_WIDTH = 132.0, 236.0
LABEL_PAD_X, LABEL_PAD_TOP = 16.0, 2.0

WRAP = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
WRAP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def _font(families: list[str], pixels: float,
          weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(round(pixels))
    font.setWeight(weight)
    # Unhinted metrics scale linearly, so a line measured at 100 % still fits
    # its box at any zoom and wraps at the same place when painted.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


class CanvasFonts:
    """The fonts of the canvas by role; one shared set (fonts need a QGuiApplication)."""

    _shared: dict[str, CanvasFonts] = {}

    def __init__(self, variant: str = "TC") -> None:
        families = font_families(variant)
        weight = QFont.Weight
        sizes = {"name": (13, weight.DemiBold), "name2": (11, weight.Normal),
                 "person": (11, weight.DemiBold), "title": (11, weight.Normal),
                 "tier": (13, weight.Bold), "tier2": (11, weight.DemiBold),
                 "motto": (11, weight.Normal), "badge": (10, weight.Bold),
                 "link": (10, weight.Normal)}
        self.variant = variant
        self.by_role = {role: _font(families, px, w) for role, (px, w) in sizes.items()}
        self.metrics = {role: QFontMetricsF(font) for role, font in self.by_role.items()}

    @classmethod
    def shared(cls, variant: str = "TC") -> CanvasFonts:
        if variant not in cls._shared:
            cls._shared[variant] = cls(variant)
        return cls._shared[variant]

    @classmethod
    def for_languages(cls, languages: Sequence[str]) -> CanvasFonts:
        return cls.shared(cjk_variant(languages))

    def __getitem__(self, role: str) -> QFont:
        return self.by_role[role]


class TextRun(NamedTuple):
    """One block of text in one font role, at (x, y) in its owner's coordinates,
    wrapped to width w. (A named tuple: a chart of 50,000 cards makes
    100,000 of them, and a frozen dataclass is several times slower to make.)"""

    text: str
    role: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class CardContent:
    """What a card shows and how big it is. `rule_y` is where the hairline
    between name and people goes (None without people); `empty` marks a
    unit without a name, drawn with a placeholder."""

    width: float
    height: float
    runs: tuple[TextRun, ...]
    fonts: CanvasFonts = field(compare=False, repr=False)
    rule_y: float | None = None
    empty: bool = False

    @property
    def size(self) -> tuple[float, float]:
        return (self.width, self.height)

    def text(self) -> str:
        """Every line the card shows, one per line (for tests and accessibility)."""
        return "\n".join(run.text for run in self.runs)


def split_display(text: Text, display: str, languages: Sequence[str]) -> tuple[str, str]:
    """(primary, secondary) as the display setting shows a label; the secondary
    is "" unless the display is "both" and there is a different translation."""
    if display != BOTH or not languages:
        return text.show(display, languages), ""
    # What Text.show(BOTH) stacks, without stacking and splitting it again.
    first = text.pick(languages[0], languages)
    second = text.get(languages[1]) if len(languages) > 1 else ""
    return first, second if second != first else ""


def placeholder_name() -> str:
    return QCoreApplication.translate("ChartCanvas", "(no name)")


#: Enlargements tried for a name shown alone when zoomed out; few, so that
#: the glyphs drawn at each are cached and shared.
OVERVIEW_SCALES = (3.0, 2.5, 2.0, 1.6, 1.3, 1.0)


def overview_scale(fonts: CanvasFonts, role: str, text: str, w: float,
                   h: float, largest: float = OVERVIEW_SCALES[0]) -> tuple[float, QRectF]:
    """The largest enlargement, up to `largest`, at which `text`, wrapped,
    fits in w x h, and the text's rectangle at that scale (in unscaled units,
    centred on 0, 0)."""
    metrics = fonts.metrics[role]
    for scale in [s for s in OVERVIEW_SCALES if s <= largest] or OVERVIEW_SCALES[-1:]:
        width, height = w / scale, h / scale
        box = metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text)
        if box.width() <= width and box.height() <= height:
            break
    return scale, QRectF(-width / 2, -box.height() / 2, width, box.height())


class _Stack:
    """Runs placed one under another, centred later once the width is known.

    `sizes` remembers each (role, text) measured with these fonts and
    width: names and titles repeat across a chart ("Director", "Finance
    office"), and Qt's shaping of a line is the costly part."""

    def __init__(self, fonts: CanvasFonts, max_width: float, flags: int,
                 sizes: dict[tuple[str, str], tuple[float, float]] | None = None) -> None:
        self.fonts, self.max_width, self.flags = fonts, max_width, flags
        self.sizes = sizes if sizes is not None else {}
        self.items: list[tuple[str, str, float, float, float]] = []  # text, role, y, w, h
        self.y = 0.0

    def add(self, text: str, role: str, gap: float = 0.0) -> None:
        if not text:
            return
        if self.items:
            self.y += gap
        size = self.sizes.get((role, text))
        if size is None:
            box = self.fonts.metrics[role].boundingRect(
                QRectF(0, 0, self.max_width, 1e6), self.flags, text)
            # ceil, plus a hair, so that painting wraps exactly where measuring did
            size = self.sizes[(role, text)] = (float(int(box.width()) + 1), box.height())
        self.items.append((text, role, self.y, *size))
        self.y += size[1]

    @property
    def width(self) -> float:
        return max((w for _, _, _, w, _ in self.items), default=0.0)


class CardMeasurer:
    """Card contents by unit id, measured again only when what they show changes."""

    def __init__(self, fonts: CanvasFonts | None = None) -> None:
        self.fonts = fonts or CanvasFonts.shared()
        self._cache: dict[str, tuple[tuple, CardContent]] = {}
        #: (role, text) -> size of the run, for every card (see `_Stack`)
        self._runs: dict[tuple[str, str], tuple[float, float]] = {}
        #: how many cards were measured (not taken from the cache); for tests
        self.measured = 0
        #: cards list their people (off: names only, for compact slides)
        self.show_people = True

    def content(self, unit: Unit, display: str, languages: Sequence[str]) -> CardContent:
        people = unit.people if self.show_people else ()
        signature = (unit.name, people, display, tuple(languages))
        cached = self._cache.get(unit.id)
        if cached is not None and cached[0] == signature:
            return cached[1]
        content = self._measure(unit, display, languages)
        self._cache[unit.id] = (signature, content)
        self.measured += 1
        return content

    def clear(self) -> None:
        self._cache.clear()
        self._runs.clear()

    def use_fonts(self, fonts: CanvasFonts) -> None:
        """Measure with other fonts (another chart's script) from now on."""
        if fonts is not self.fonts:
            self.fonts = fonts
            self.clear()

    def forget_except(self, ids: set[str]) -> None:
        """Drop the contents of units that are no longer drawn."""
        for uid in [u for u in self._cache if u not in ids]:
            del self._cache[uid]

    def _run_size(self, role: str, text: str) -> tuple[float, float]:
        size = self._runs.get((role, text))
        if size is None:
            box = self.fonts.metrics[role].boundingRect(
                QRectF(0, 0, MAX_TEXT_WIDTH, 1e6), WRAP, text)
            # ceil, plus a hair, so that painting wraps exactly where measuring did
            size = self._runs[(role, text)] = (float(int(box.width()) + 1), box.height())
        return size

    def _measure(self, unit: Unit, display: str, languages: Sequence[str]) -> CardContent:
        primary, secondary = split_display(unit.name, display, languages)
        empty = not primary.strip()
        if empty:
            primary = placeholder_name()
        if not (unit.people and self.show_people):
            # The common card, a name in one or two languages, made directly
            # (the same arithmetic as _Stack): 50,000 of these open a chart.
            w, h = self._run_size("name", primary)
            if not secondary:
                width = max(MIN_WIDTH, w + 2 * PAD_X)
                runs: tuple[TextRun, ...] = (
                    TextRun(primary, "name", (width - w) / 2, PAD_TOP, w, h),)
                return CardContent(width, PAD_TOP + h + PAD_BOTTOM, runs, self.fonts, None,
                                   empty)
            w2, h2 = self._run_size("name2", secondary)
            width = max(MIN_WIDTH, w + 2 * PAD_X, w2 + 2 * PAD_X)
            runs = (TextRun(primary, "name", (width - w) / 2, PAD_TOP, w, h),
                    TextRun(secondary, "name2", (width - w2) / 2, PAD_TOP + h + 1.0, w2, h2))
            return CardContent(width, PAD_TOP + h + 1.0 + h2 + PAD_BOTTOM, runs, self.fonts,
                               None, empty)
        stack = _Stack(self.fonts, MAX_TEXT_WIDTH, WRAP, self._runs)
        stack.add(primary, "name")
        stack.add(secondary, "name2", 1.0)
        rule_y = None
        if unit.people and self.show_people:
            rule_y = PAD_TOP + stack.y + RULE_GAP / 2
            stack.y += RULE_GAP
            first = True
            for person in unit.people:
                gap = 0.0 if first else PERSON_GAP
                name = person.name.show(display, languages)
                stack.add(name, "person", gap)
                stack.add(person.title.show(display, languages), "title", 0.0 if name else gap)
                first = False
        width = max(MIN_WIDTH, stack.width + 2 * PAD_X)
        height = PAD_TOP + stack.y + PAD_BOTTOM
        runs = tuple(TextRun(text, role, (width - w) / 2, PAD_TOP + y, w, h)
                     for text, role, y, w, h in stack.items)
        return CardContent(width, height, runs, self.fonts, rule_y, empty)


@dataclass(frozen=True, slots=True)
class LabelContent:
    """A tier's label: its name (and secondary name) and motto, left-aligned."""

    height: float
    runs: tuple[TextRun, ...]
    fonts: CanvasFonts = field(compare=False, repr=False)


def tier_label_width(tiers: Sequence[Tier], display: str, languages: Sequence[str],
                     fonts: CanvasFonts | None = None) -> float:
    """The width of the label column: its longest line, within bounds."""
    fonts = fonts or CanvasFonts.shared()
    widest = 0.0
    for tier in tiers:
        for text, role in _label_lines(tier, display, languages):
            widest = max(widest, fonts.metrics[role].horizontalAdvance(text))
    # (+2: a line exactly as wide as the column would still wrap)
    return max(LABEL_MIN_WIDTH, min(LABEL_MAX_WIDTH, widest + 2 * LABEL_PAD_X + 2))


def _label_lines(tier: Tier, display: str, languages: Sequence[str]) -> list[tuple[str, str]]:
    name, name2 = split_display(tier.name, display, languages)
    motto, motto2 = split_display(tier.summary, display, languages)
    lines = [(name, "tier"), (name2, "tier2"), (motto, "motto"), (motto2, "motto")]
    return [(text, role) for text, role in lines if text]


def measure_tier_label(tier: Tier, display: str, languages: Sequence[str], width: float,
                       fonts: CanvasFonts | None = None) -> LabelContent:
    """The label of a tier wrapped to a column `width` wide."""
    fonts = fonts or CanvasFonts.shared()
    stack = _Stack(fonts, max(20.0, width - 2 * LABEL_PAD_X), WRAP_LEFT)
    gaps = {"tier": 0.0, "tier2": 0.0, "motto": 6.0}
    seen_motto = False
    for text, role in _label_lines(tier, display, languages):
        gap = gaps[role] if not (role == "motto" and seen_motto) else 0.0
        seen_motto = seen_motto or role == "motto"
        stack.add(text, role, gap)
    runs = tuple(TextRun(text, role, LABEL_PAD_X, LABEL_PAD_TOP + y, w, h)
                 for text, role, y, w, h in stack.items)
    return LabelContent(LABEL_PAD_TOP + stack.y, runs, fonts)
