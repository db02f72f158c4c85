"""Finding units by name: any language, any case or width, Traditional or
Simplified, people's names and titles; ids in chart order."""

import os

import pytest

from orgchart import search
from orgchart.fileformat import load
from orgchart.model import Chart, Person, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "samples",
                      "poverty-alleviation.orgchart")


@pytest.fixture
def chart():
    return bilingual_chart()


def test_finds_by_name_in_each_language_in_chart_order(chart):
    assert search.find_units(chart, "縣") == ["c1", "c2", "c3"]
    assert search.find_units(chart, "Province") == ["p1", "p2"]
    assert search.find_units(chart, "乙省") == ["p2"]


def test_case_does_not_matter(chart):
    assert search.find_units(chart, "PROVINCE b") == ["p2"]
    assert search.find_units(chart, "county 3") == ["c3"]


def test_full_width_and_spacing_do_not_matter(chart):
    # full-width letters and an ideographic space
    assert search.find_units(chart, "ＰＲＯＶＩＮＣＥ　Ａ") == ["p1"]
    assert search.find_units(chart, "  county   2 ") == ["c2"]


def test_simplified_finds_traditional_and_back(chart):
    assert search.find_units(chart, "一县") == ["c1"]
    chart.units[0].name = Text({"zh-Hans": "国务院"})
    assert search.find_units(chart, "國務院") == ["top"]


def test_people_names_and_titles_are_searched_unless_told_not_to(chart):
    assert search.find_units(chart, "王") == ["p1"]
    assert search.find_units(chart, "secretary") == ["p1"]
    assert search.find_units(chart, "王", people=False) == []


def test_no_match_and_blank_queries_find_nothing(chart):
    assert search.find_units(chart, "zzz") == []
    assert search.find_units(chart, "") == []
    assert search.find_units(chart, "   ") == []
    assert search.find_units(Chart.new(), "a") == []


def test_a_match_never_runs_from_one_label_into_the_next():
    chart = Chart.new(languages=["zh-Hant", "en"])
    chart.tiers = [Tier("t", Text("T"))]
    chart.units = [Unit("u", Text({"zh-Hant": "甲", "en": "B"}), "t",
                        people=(Person(Text("C")),))]
    assert search.find_units(chart, "甲") == ["u"]
    assert search.find_units(chart, "甲b") == []
    assert search.find_units(chart, "bc") == []


def test_plain_string_names_are_found():
    chart = Chart.new()
    chart.tiers = [Tier("t", Text("T"))]
    chart.units = [Unit("u", Text("Head Office"), "t")]
    assert search.find_units(chart, "office") == ["u"]


def test_the_seed_sample_in_chinese_and_english():
    chart = load(SAMPLE)
    assert search.find_units(chart, "赫章") == ["gz-bijie-hezhang"]
    assert search.find_units(chart, "赫章县") == ["gz-bijie-hezhang"]  # Simplified
    assert search.find_units(chart, "ＨＥＺＨＡＮＧ") == ["gz-bijie-hezhang"]
    assert search.find_units(chart, "貴州") == ["gz"]
    assert search.find_units(chart, "贵州省") == ["gz"]
    autonomous = [u.id for u in chart.units if "自治縣" in u.name.get("zh-Hant")]
    assert len(autonomous) > 1 and search.find_units(chart, "自治县") == autonomous
    assert search.find_units(chart, "國務院") == ["cpc-central"]


def test_an_index_answers_like_find_units(chart):
    index = search.index_units(chart)
    for query in ("縣", "province", "王", "zzz", ""):
        assert search.find_in_index(index, query) == search.find_units(chart, query)


def test_folding_is_idempotent_and_the_table_is_consistent():
    table = search._FOLD
    assert not set(table.values()) & {chr(k) for k in table}  # folds in one step
    text = "".join(chr(k) for k in table) + "ＡＢＣ abc Straße"
    assert search.fold(search.fold(text)) == search.fold(text)
    assert search.fold("縣國務院") == "县国务院"
    assert search.fold("Straße") == "strasse"
