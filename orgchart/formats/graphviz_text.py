"""Text in Graphviz HTML-like labels: escaping, wrapping and colours.

Owns what makes user text safe and readable inside a label. **Escaping**:
every user string goes through `escape`, which makes it literal text inside
a Graphviz HTML-like label: `&`, `<`, `>`, quotes and square brackets as
entities (Graphviz 2.43 rejects a label with `]` alone or before a closing
tag); a backslash doubled, because Graphviz expands `\\N`, `\\G` and friends
even inside HTML labels; tabs as spaces; characters that XML cannot carry
dropped. Newlines become separate lines (`<BR/>`), so no user text can end
the label, start an attribute or name a file.

**Wrapping**: Graphviz does not wrap, so lines are wrapped here: at spaces
in Latin text, between CJK characters (keeping closing punctuation with
what precedes it), never inside a word, and balanced, so a two-line name
breaks near its middle.

**Colours** come from the chart only after `safe_color` has checked them,
since a colour is user data too.
"""

from __future__ import annotations

import unicodedata

from orgchart.fileformat import clean
from orgchart.model import COLOR_RE

__all__ = ["FALLBACK_COLOR", "TEXT_DARK", "WHITE", "drawable", "escape", "html_lines",
           "safe_color", "text_on", "tint", "wrap"]

TEXT_DARK = "#1f2933"
WHITE = "#ffffff"
FALLBACK_COLOR = "#5d6d7e"

#: Characters that may not start a line, and that may not end one.
_NO_START = set("，。、；：！？）》」』】〕〉,.;:!?)]}%’”")
_NO_END = set("（《「『【〔〈([{‘“")


# --------------------------------------------------------------------------
# Escaping and wrapping


def drawable(text: str) -> str:
    """Text without what no label can carry: control characters, lone
    surrogates and the two non-characters XML refuses (as U+FFFD)."""
    return clean(text).replace("\ufffe", "\ufffd").replace("\uffff", "\ufffd")


def escape(line: str) -> str:
    """One line of user text as literal text in an HTML-like label."""
    line = drawable(line).replace("\t", " ").replace("\r", "").replace("\n", " ")
    return (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;").replace("[", "&#91;")
            .replace("]", "&#93;").replace("\\", "\\\\"))


def _columns(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _tokens(line: str) -> list[str]:
    """Where a line may break: after a space, and around each CJK character
    (keeping closing punctuation with what precedes it, opening with what
    follows)."""
    tokens: list[str] = []
    word = ""
    for ch in line:
        wide = _columns(ch) == 2
        if wide and ch in _NO_START:
            if not word and tokens:
                tokens[-1] += ch
            else:
                word += ch
            continue
        if wide:
            if word and word[-1] not in _NO_END:
                tokens.append(word)
                word = ""
            word += ch
            if ch not in _NO_END:
                tokens.append(word)
                word = ""
            continue
        word += ch
        if ch == " ":
            tokens.append(word)
            word = ""
    if word:
        tokens.append(word)
    return tokens


def wrap(text: str, columns: int, balanced: bool = True) -> list[str]:
    """The lines `text` is shown on: its own lines, each wrapped to at most
    about `columns`, and `balanced` (a two-line name breaks near its middle,
    not before its last word) or filled. A space where a line is broken is
    dropped; a long word stays whole. An empty text gives no lines."""
    out: list[str] = []
    for line in clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.replace("\t", " ")
        if len(line) <= columns // 2 or (line.isascii() and len(line) <= columns):
            out.append(line)  # fits whatever it holds: most names do
            continue
        tokens = _tokens(line)
        lines = _greedy(tokens, columns)
        if balanced and len(lines) > 1:
            lines = _balanced(tokens, columns, len(lines))
        out += lines
    return out if any(out) else []


def _width(token: str) -> tuple[int, int]:
    """Columns of a token without and with its trailing spaces."""
    bare = sum(_columns(ch) for ch in token.rstrip(" "))
    return bare, bare + len(token) - len(token.rstrip(" "))


def _greedy(tokens: list[str], columns: int) -> list[str]:
    lines: list[str] = []
    current, width = "", 0
    for token in tokens:
        bare, full = _width(token)
        if current and width + bare > columns:
            lines.append(current.rstrip(" ") if current.strip() else current)
            current, width = "", 0
        current += token
        width += full
    return [*lines, current]


def _balanced(tokens: list[str], columns: int, count: int) -> list[str]:
    """The narrowest greedy wrap that still takes only `count` lines."""
    low, high = 1, columns
    while low < high:
        middle = (low + high) // 2
        if len(_greedy(tokens, middle)) <= count:
            high = middle
        else:
            low = middle + 1
    return _greedy(tokens, low)


def html_lines(text: str, columns: int) -> str:
    """User text, wrapped and escaped, its lines joined by line breaks."""
    return "<BR/>".join(escape(line) for line in wrap(text, columns))


def safe_color(value: str, fallback: str = FALLBACK_COLOR) -> str:
    """A "#rrggbb" colour from the chart, or the fallback when it is not one."""
    return value if isinstance(value, str) and COLOR_RE.match(value) else fallback


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def text_on(color: str) -> str:
    """White on dark colours, dark text on light ones (by relative luminance)."""
    def linear(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(color))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return WHITE if luminance < 0.45 else TEXT_DARK


def tint(color: str, amount: float = 0.08) -> str:
    """`color` mixed with white: a pale background of the same hue."""
    return "#" + "".join(f"{round(255 - (255 - c) * amount):02x}" for c in _rgb(color))
