"""How much room text takes on a slide, estimated without any font file.

Owns the widths of the deck's Latin face (Arial's, which LibreOffice's
Liberation Sans shares) and of Chinese characters (a full em), the extra
space programs put between Chinese and Latin text, where a line may wrap
(Chinese rules: never before a closing mark or after an opening one), and
from these a text's wrapped lines. The chart slides' card sizes, their
balanced line breaks and the paging of the duty tables rest on it; the
estimates err on the wide side, so text measured here fits when drawn.
"""

from __future__ import annotations

import unicodedata

#: A line's height in "single" spacing, as a multiple of the font size: about
#: 1.15 for Arial, a little more where a Chinese face sets the line.
LINE_SPACING = 1.25

#: Advance widths of Helvetica (= Arial = Liberation Sans) in 1/1000 em, for
#: the printable ASCII characters from the space on: regular, then bold.
_REGULAR = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 "
    "556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 "
    "556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 "
    "500 500 500 334 260 334 584")
_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 "
    "611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 "
    "611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 "
    "556 556 500 389 280 389 584")
_WIDTHS = {False: [int(w) / 1000 for w in _REGULAR.split()],
           True: [int(w) / 1000 for w in _BOLD.split()]}
#: Fonts differ a little between machines; estimates err on the wide side.
_SAFETY = 1.06


def is_wide(ch: str) -> bool:
    """CJK ideographs, kana, hangul and full-width forms take a whole em."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def char_em(ch: str, bold: bool = False) -> float:
    if is_wide(ch):
        return 1.0
    code = ord(ch)
    if 32 <= code < 127:
        return _WIDTHS[bold][code - 32]
    return 0.62 if bold else 0.58


#: Between a Chinese character and a Latin letter or digit, programs add a
#: little space of their own ("第 2 部門"); an estimate must leave room for it.
_AUTOSPACE = 0.25


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated width in points of `text` set at `size` points."""
    ems = sum(char_em(ch, bold) for ch in text)
    ems += _AUTOSPACE * sum(1 for a, b in zip(text, text[1:], strict=False)
                            if a != " " and b != " " and is_wide(a) != is_wide(b))
    return ems * size * _SAFETY


#: Chinese line breaking: never before a closing mark, never after an opening one.
_NO_START = frozenset("、。，．：；！？）」』】〕》〉”’…ー・%)]},.;:!?")
_NO_END = frozenset("（「『【〔《〈“‘")


def _tokens(line: str) -> list[str]:
    """Where a line may wrap: after a space, or around a CJK character, but
    not before a closing mark or after an opening one."""
    out: list[str] = []
    word = ""
    for ch in line:
        if ch in _NO_START and (word or out):
            if word:
                word += ch
            else:
                out[-1] += ch
            continue
        glued = bool(word) and word[-1] in _NO_END
        if is_wide(ch) and not glued and word:
            out.append(word)
            word = ""
        word += ch
        if (is_wide(ch) and ch not in _NO_END) or ch == " ":
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


def wrap_widths(text: str, size: float, limit: float, bold: bool = False) -> list[float]:
    """Widths of the lines that `text` wraps into within `limit` points; a
    word longer than the limit stays whole (as PowerPoint breaks it, about)."""
    widths: list[float] = []
    for line in text.split("\n"):
        current = ""
        for token in _tokens(line):
            if current and text_width(current + token.rstrip(), size, bold) > limit:
                widths.append(text_width(current.rstrip(), size, bold))
                current = ""
            current += token
        widths.append(text_width(current.rstrip(), size, bold))
    return widths


def line_count(text: str, size: float, limit: float, bold: bool = False) -> int:
    return len(wrap_widths(text, size, limit, bold))


def balanced_width(text: str, size: float, limit: float, bold: bool = False) -> float:
    """The narrowest width that wraps `text` into no more lines than `limit`
    does: where those lines come out about equally long."""
    count = line_count(text, size, limit, bold)
    if count < 2:
        return min(limit, max(wrap_widths(text, size, limit, bold)))
    lo, hi = 0.0, limit
    for _ in range(12):
        mid = (lo + hi) / 2
        if line_count(text, size, mid, bold) <= count:
            hi = mid
        else:
            lo = mid
    # (a word longer than the width still takes its whole length)
    return max(wrap_widths(text, size, hi, bold))
