"""Bilingual labels: picking, stacking and the file form."""

import pytest

from orgchart.text import BOTH, Text

LANGS = ["zh-Hant", "en"]


def test_plain_string_is_untagged_and_round_trips():
    text = Text("Acme")
    assert text.to_json() == "Acme"
    assert Text.from_json(text.to_json()) == text
    assert text.pick("en", LANGS) == "Acme"


def test_mapping_round_trips_in_order():
    text = Text({"zh-Hant": "中央", "en": "Centre"})
    assert text.to_json() == {"zh-Hant": "中央", "en": "Centre"}
    assert list(text.to_json()) == ["zh-Hant", "en"]
    assert Text.from_json(text.to_json()) == text


def test_untagged_beside_tags_survives_the_file_form():
    text = Text({"": "plain", "en": "English"})
    assert text.to_json() == {"und": "plain", "en": "English"}
    assert Text.from_json(text.to_json()) == text


def test_pick_falls_back_to_plain_then_chart_languages():
    assert Text({"en": "Centre"}).pick("zh-Hant", LANGS) == "Centre"
    assert Text({"zh-Hant": "中央", "": "x"}).pick("en", LANGS) == "x"
    assert Text().pick("en", LANGS) == ""


def test_both_stacks_primary_over_secondary():
    text = Text({"zh-Hant": "中央", "en": "Centre"})
    assert text.show(BOTH, LANGS) == "中央\nCentre"
    assert text.show("en", LANGS) == "Centre"
    assert Text("Acme").show(BOTH, LANGS) == "Acme"


def test_with_value_keeps_other_languages_and_position():
    text = Text({"zh-Hant": "中央", "en": "Centre"})
    changed = text.with_value("zh-Hant", "中共中央")
    assert changed.to_json() == {"zh-Hant": "中共中央", "en": "Centre"}
    assert text.get("zh-Hant") == "中央"  # unchanged: Text is immutable
    assert changed.with_value("en", "").to_json() == {"zh-Hant": "中共中央"}


def test_text_is_immutable_and_hashable():
    text = Text("a")
    with pytest.raises(AttributeError):
        text._items = ()
    assert len({Text("a"), Text("a"), Text({"en": "a"})}) == 2


def test_empty_and_blank():
    assert Text().is_empty() and Text("  ").is_empty()
    assert not Text({"en": "x"}).is_empty()
