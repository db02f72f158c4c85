"""Fonts for exports: the default family list for Chinese, and whether the
installed fonts cover a text.

Owns which families the exports ask for (a list that resolves on Linux,
Windows and macOS: whatever the renderer finds first is used) and the check,
before an image is drawn, that some font has every character of its labels,
so that a chart never comes out as a page of empty boxes without a warning.
The check asks fontconfig (`fc-list`), which is what Graphviz's renderer
(cairo and pango) uses on Linux and with Homebrew on macOS. Where fontconfig
is not there to ask (Windows, a bare macOS), the check is lenient: the first
family of the list is assumed present and nothing is reported missing.

Qt-free: the Graphviz export, the slides and the CLI share it.
"""

from __future__ import annotations

import bisect
import functools
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = [
    "CJK_SIMPLIFIED", "CJK_TRADITIONAL", "INSTALL_HINT", "LATIN", "can_check",
    "default_families", "font_covering", "is_safe_family", "missing_characters",
    "refresh",
]

#: Families with Simplified Chinese glyph forms. The first three are the
#: usual ones on Linux (Noto), Windows (YaHei) and macOS (PingFang); then
#: Source Han (Noto's other name), older macOS (Heiti) and older Linux.
CJK_SIMPLIFIED = (
    "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC",
    "Source Han Sans", "Heiti SC", "WenQuanYi Micro Hei",
)
#: The same for Traditional Chinese (Taiwan and Hong Kong glyph forms).
CJK_TRADITIONAL = (
    "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", "Source Han Sans TC", "Heiti TC",
)
#: Latin text when no CJK family is there; every CJK family above has Latin too.
LATIN = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")
#: How many of each list `default_families(short=True)` keeps: one per platform.
_SHORT = 3

#: What to tell the user when no installed font has the characters.
INSTALL_HINT = ("install a Chinese font such as Noto Sans CJK (Debian and Ubuntu: "
                "sudo apt-get install fonts-noto-cjk; Fedora: sudo dnf install "
                "google-noto-sans-cjk-fonts), or choose another export font in Preferences")

#: Family names we pass on: letters, digits, spaces and a little punctuation;
#: no commas (they separate a list), quotes, slashes or backslashes (paths).
_SAFE_FAMILY = re.compile(r"^[\w][\w .+&'-]{0,79}$")
_TIMEOUT = 10.0
#: Control, format (zero-width joiners, marks of direction) and surrogate
#: characters are drawn without a glyph of their own.
_NO_GLYPH = frozenset(("Cc", "Cf", "Cs"))


def default_families(languages: Sequence[str] = (), short: bool = False) -> tuple[str, ...]:
    """The font list for a chart in `languages`: Traditional forms first when
    the chart has Traditional Chinese (zh-Hant, zh-TW, zh-HK) before any
    Simplified, then the other Chinese forms, then Latin families.

    `short`: only the usual family of each platform for each form, for
    files that name the fonts at every text (SVG) and are drawn elsewhere.
    """
    traditional_first = False
    for lang in languages:
        tag = lang.lower()
        if tag.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
            traditional_first = True
            break
        if tag.startswith(("zh-hans", "zh-cn", "zh-sg", "zh")):
            break
    forms = (CJK_TRADITIONAL, CJK_SIMPLIFIED) if traditional_first else \
        (CJK_SIMPLIFIED, CJK_TRADITIONAL)
    if short:
        return forms[0][:_SHORT] + forms[1][:_SHORT] + LATIN[:2]
    return forms[0] + forms[1] + LATIN


def is_safe_family(name: str) -> bool:
    """Whether a family name may be handed to a renderer as it is."""
    return bool(_SAFE_FAMILY.match(name)) and not name.isspace()


def can_check() -> bool:
    """Whether fontconfig can be asked here."""
    return sys.platform != "win32" and shutil.which("fc-list") is not None


def font_covering(text: str, families: Sequence[str]) -> str | None:
    """The first of `families` that is installed and has every character of
    `text` (spaces and control characters aside), or None when none has.

    Lenient where fontconfig cannot be asked: the first family is assumed
    to be there. An empty list gives None; a text without visible characters
    gives the first installed family.
    """
    if not families:
        return None
    charsets = _charsets()
    if charsets is None:
        return families[0]
    wanted = _visible(text)
    for family in families:
        ranges = charsets.get(family.casefold())
        if ranges is not None and all(_has(ranges, ord(ch)) for ch in wanted):
            return family
    return None


def missing_characters(text: str, families: Sequence[str] | None = None) -> str:
    """The characters of `text` (once each, in order of appearance) that none
    of `families` has; with None, that no installed font has. "" where
    fontconfig cannot be asked."""
    charsets = _charsets()
    if charsets is None:
        return ""
    if families is None:
        pools = list(charsets.values())
    else:
        pools = [charsets[f.casefold()] for f in families if f.casefold() in charsets]
    return "".join(ch for ch in _visible(text)
                   if not any(_has(ranges, ord(ch)) for ranges in pools))


def refresh() -> None:
    """Forget what fontconfig said (after fonts were installed)."""
    _charsets.cache_clear()


# --------------------------------------------------------------------------


def _visible(text: str) -> dict[str, None]:
    """The characters that need a glyph, once each, in order."""
    return dict.fromkeys(ch for ch in text
                         if not ch.isspace() and unicodedata.category(ch) not in _NO_GLYPH)


def _has(ranges: tuple[list[int], list[int]], code: int) -> bool:
    starts, ends = ranges
    i = bisect.bisect_right(starts, code) - 1
    return i >= 0 and code <= ends[i]


Ranges = tuple[list[int], list[int]]


@functools.lru_cache(maxsize=1)
def _charsets() -> dict[str, Ranges] | None:
    """Family (case-folded, every name a font gives) -> its characters as
    sorted, merged ranges; None when fontconfig cannot be asked."""
    if not can_check():
        return None
    try:
        done = subprocess.run(["fc-list", "--format", "%{family}\t%{charset}\n"],
                              capture_output=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        names, _, charset = line.partition("\t")
        parsed = list(_parse_charset(charset.split()))
        for name in names.split(","):
            if name.strip():
                spans.setdefault(name.strip().casefold(), []).extend(parsed)
    return {name: _merged(found) for name, found in spans.items()}


def _parse_charset(items: Iterable[str]) -> Iterable[tuple[int, int]]:
    """fontconfig's "20-7e a0 ..." as (first, last) code points."""
    for item in items:
        first, _, last = item.partition("-")
        try:
            yield int(first, 16), int(last or first, 16)
        except ValueError:
            continue


def _merged(spans: list[tuple[int, int]]) -> Ranges:
    starts: list[int] = []
    ends: list[int] = []
    for first, last in sorted(spans):
        if ends and first <= ends[-1] + 1:
            ends[-1] = max(ends[-1], last)
        else:
            starts.append(first)
            ends.append(last)
    return starts, ends
