"""Edits of the chart itself: its title and languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from orgchart.edits.base import (
    Edit,
    InvalidValue,
)
from orgchart.model import (
    LANG_RE,
    Chart,
)
from orgchart.text import Text

# --------------------------------------------------------------------------
# The chart itself


@dataclass(frozen=True)
class SetTitle(Edit):
    value: Text
    title: ClassVar[str] = "Edit title"

    def apply(self, chart: Chart) -> Edit:
        if not isinstance(self.value, Text):
            raise InvalidValue("A title is a Text.", field="title")
        old, chart.title = chart.title, self.value
        return SetTitle(old)


@dataclass(frozen=True)
class SetLanguages(Edit):
    """Set the chart's languages, primary first. Labels keep every language
    they have; the list only says which ones the chart shows and asks for."""

    value: tuple[str, ...]
    title: ClassVar[str] = "Edit languages"

    def apply(self, chart: Chart) -> Edit:
        langs = tuple(self.value)
        bad = [lang for lang in langs if not isinstance(lang, str) or not LANG_RE.match(lang)]
        if bad or not langs or len(set(langs)) != len(langs):
            raise InvalidValue(
                f"Languages must be distinct tags like 'zh-Hant' or 'en', at least one; "
                f"got {list(langs)!r}.", field="languages")
        old = tuple(chart.languages)
        chart.languages = list(langs)
        return SetLanguages(old)
