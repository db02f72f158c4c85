"""Bilingual labels: the `Text` value and how a display setting picks from it.

A `Text` is an immutable label in one or more languages. In a file it is
either a plain string (no language given) or a mapping of language tags
("zh-Hant", "zh-Hans", "en", ...) to strings. The display setting is one of
the chart's languages, or `BOTH`: the primary language over the secondary
one, as trainers put bilingual labels on slides.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

#: Key under which a plain string (a label with no language) is kept.
UNTAGGED = ""
#: Display setting: the chart's first language over its second.
BOTH = "both"


class Text:
    """An immutable label in one or more languages, in insertion order."""

    __slots__ = ("_items",)

    def __init__(self, value: str | Mapping[str, str] | Text | None = None) -> None:
        if value is None:
            items: tuple[tuple[str, str], ...] = ()
        elif isinstance(value, Text):
            items = value._items
        elif isinstance(value, str):
            items = ((UNTAGGED, value),) if value else ()
        else:
            items = tuple((str(k), str(v)) for k, v in value.items() if v)
        object.__setattr__(self, "_items", items)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Text is immutable")

    # -- reading -------------------------------------------------------------

    def get(self, lang: str) -> str:
        """The string in exactly `lang` (UNTAGGED for the plain string), or ""."""
        for key, value in self._items:
            if key == lang:
                return value
        return ""

    def langs(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self._items)

    def items(self) -> Iterator[tuple[str, str]]:
        return iter(self._items)

    def is_empty(self) -> bool:
        return not any(value.strip() for _, value in self._items)

    def pick(self, lang: str, fallbacks: Sequence[str] = ()) -> str:
        """The string to show for `lang`.

        A label not yet translated still shows something: the plain string,
        then the `fallbacks` (the chart's languages) in order, then whatever
        there is. Only an empty Text gives "".
        """
        for key in (lang, UNTAGGED, *fallbacks):
            value = self.get(key)
            if value:
                return value
        return self._items[0][1] if self._items else ""

    def show(self, display: str, languages: Sequence[str]) -> str:
        """The label as the display setting wants it: one language, or both.

        With `BOTH`, the primary and secondary strings are stacked on two
        lines; when they are the same (an untranslated plain string), once.
        """
        if display != BOTH:
            return self.pick(display, languages)
        primary = languages[0] if languages else UNTAGGED
        first = self.pick(primary, languages)
        if len(languages) < 2:
            return first
        second = self.get(languages[1])
        return f"{first}\n{second}" if second and second != first else first

    # -- changing (returns a new Text) -------------------------------------

    def with_value(self, lang: str, value: str) -> Text:
        """A copy with `lang` set to `value` (removed when `value` is "")."""
        items = [(k, v) for k, v in self._items if k != lang]
        if value:
            position = next((i for i, (k, _) in enumerate(self._items) if k == lang), len(items))
            items.insert(position, (lang, value))
        new = Text()
        object.__setattr__(new, "_items", tuple(items))
        return new

    # -- file form -----------------------------------------------------------

    def to_json(self) -> str | dict[str, str]:
        """A plain string when there is no language tag, else a mapping."""
        if not self._items:
            return ""
        if len(self._items) == 1 and self._items[0][0] == UNTAGGED:
            return self._items[0][1]
        return {(k or "und"): v for k, v in self._items}

    @classmethod
    def from_json(cls, value: str | Mapping[str, str]) -> Text:
        """The inverse of `to_json` ("und", undetermined, is the plain string)."""
        if isinstance(value, str):
            return cls(value)
        # Straight to the items (no mapping in between): a file of 50,000
        # units reads 100,000 of these.
        new = object.__new__(cls)
        items = {(UNTAGGED if k == "und" else str(k)): str(v) for k, v in value.items() if v}
        object.__setattr__(new, "_items", tuple(items.items()))
        return new

    # -- value semantics -------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return self._items == other._items
        if isinstance(other, str):
            return self._items == Text(other)._items
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._items)

    # Immutable, so copies may share it; pickling rebuilds it from its items.
    def __copy__(self) -> Text:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Text:
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (Text.from_json, (self.to_json(),))

    def __bool__(self) -> bool:
        return bool(self._items)

    def __repr__(self) -> str:
        return f"Text({self.to_json()!r})"

    def __str__(self) -> str:
        return self.pick(UNTAGGED)
