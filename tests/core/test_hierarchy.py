"""Validation: each rule flags a chart that breaks it and passes one that
keeps it; problems carry stable codes, the ids concerned, and words in
English and Chinese."""

from __future__ import annotations

import pytest

from orgchart.hierarchy import reporting_graph, validate
from orgchart.model import Chart, Duty, Link, Role, Tier, Unit
from orgchart.problems import CATALOGUE, Problem, catalogue_language
from orgchart.text import Text
from tests.charts import bilingual_chart


def codes(chart) -> list[str]:
    return [p.code for p in validate(chart)]


def find(chart, code) -> Problem:
    return next(p for p in validate(chart) if p.code == code)


def test_the_base_chart_has_no_problems():
    assert validate(bilingual_chart()) == []


def test_reporting_graph_runs_parent_to_child_in_chart_order():
    graph = reporting_graph(bilingual_chart())
    assert list(graph.nodes)[:3] == ["top", "p1", "p2"]
    assert set(graph.successors("p1")) == {"c1", "c2"}
    assert graph.number_of_edges() == 5


# Each case: (code, how to break the base chart). The unbroken chart passes.
BREAKS = {
    "empty-chart": lambda c: c.units.clear(),
    "no-top-unit": lambda c: setattr(c.find_unit("top"), "parent", "c1"),
    "several-top-units": lambda c: setattr(c.find_unit("p2"), "parent", None),
    "missing-parent": lambda c: setattr(c.find_unit("c3"), "parent", "ghost"),
    "missing-tier": lambda c: setattr(c.find_unit("c3"), "tier", "t9"),
    "tier-not-below-parent": lambda c: setattr(c.find_unit("c3"), "tier", "t2"),
    "skipped-tier": lambda c: setattr(c.find_unit("c3"), "parent", "top"),
    "duplicate-id": lambda c: setattr(c.duties[1], "id", "p1"),
    "duplicate-role-code": lambda c: c.roles.append(Role("R", Text("again"), "#000000")),
    "unit-without-name": lambda c: setattr(c.find_unit("c3"), "name", Text()),
    "tier-without-name": lambda c: setattr(c.tiers[2], "name", Text(" ")),
    "duty-without-text": lambda c: setattr(c.duties[0], "text", Text()),
    "duplicate-sibling-name": lambda c: setattr(c.find_unit("c2"), "name",
                                                Text({"zh-Hant": "二", "en": "County 1"})),
    "no-duties": lambda c: c.duties.clear(),
    "unassigned-duty": lambda c: c.duties.append(Duty("d9", Text("Orphan"))),
    "unknown-target": lambda c: c.duties[0].assign.__setitem__("nowhere", "R"),
    "unknown-role": lambda c: c.duties[0].assign.__setitem__("t3", "Q"),
    "unique-role-repeated": lambda c: c.duties[1].assign.__setitem__("t3", "A"),
    "tier-without-units": lambda c: c.tiers.append(Tier("t4", Text("Township"))),
    "tier-without-duties": lambda c: setattr(c.duties[1], "assign", {"t2": "A"}),
    "link-missing-unit": lambda c: c.links.append(Link("k2", "c1", "ghost")),
    "link-to-itself": lambda c: c.links.append(Link("k2", "c1", "c1")),
    "link-repeats-reporting-line": lambda c: c.links.append(Link("k2", "p1", "c1")),
}


def test_every_catalogue_code_has_a_case():
    assert set(BREAKS) | {"cycle"} == set(CATALOGUE)


@pytest.mark.parametrize("code", sorted(BREAKS))
def test_each_rule_flags_a_broken_chart(code):
    chart = bilingual_chart()
    assert code not in codes(chart)
    BREAKS[code](chart)
    found = find(chart, code)
    assert found.severity == CATALOGUE[code][0]
    for lang in ("en", "zh-Hans", "zh-Hant"):
        assert found.message(lang) and "{" not in found.message(lang)


def test_cycle_names_its_units_in_reporting_order():
    chart = bilingual_chart()
    chart.find_unit("p1").parent = "c2"  # p1 -> c2 -> p1
    cycle = find(chart, "cycle")
    assert cycle.severity == "error"
    assert cycle.ids == ("p1", "c2")
    assert cycle.params["path"] == "甲省 → 二縣 → 甲省"
    assert "甲省 → 二縣 → 甲省" in cycle.message("en")
    assert "隸屬關係成環" in cycle.message("zh-Hant")


def test_a_unit_reporting_to_itself_is_a_cycle():
    chart = bilingual_chart()
    chart.find_unit("c3").parent = "c3"
    assert find(chart, "cycle").ids == ("c3",)


def test_two_separate_cycles_are_both_named():
    chart = Chart.new("x")
    chart.tiers = [Tier("t", Text("T"))]
    chart.units = [Unit(i, Text(i.upper()), "t", p)
                   for i, p in [("a", "b"), ("b", "a"), ("c", "d"), ("d", "c"), ("top", None)]]
    cycles = [p for p in validate(chart) if p.code == "cycle"]
    assert [p.ids for p in cycles] == [("a", "b"), ("c", "d")]


def test_skipping_a_tier_is_information_not_an_error():
    chart = bilingual_chart()
    chart.find_unit("c3").parent = "top"
    skipped = find(chart, "skipped-tier")
    assert skipped.severity == "info" and skipped.ids == ("c3", "top")
    assert skipped.params["skipped"] == "省"
    assert not any(p.severity == "error" for p in validate(chart))


def test_tier_with_duties_only_through_a_unit_counts_as_having_duties():
    chart = bilingual_chart()
    chart.duties[1].assign = {"t2": "A", "c1": "R"}
    assert "tier-without-duties" not in codes(chart)


def test_problems_are_sorted_errors_first():
    chart = bilingual_chart()
    chart.find_unit("c3").parent = "top"           # info
    chart.tiers.append(Tier("t4", Text("Empty")))  # warning
    chart.find_unit("c2").tier = "t1"              # error
    severities = [p.severity for p in validate(chart)]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert severities[0] == "error" and severities[-1] == "info"


def test_messages_quote_names_in_each_languages_style():
    chart = bilingual_chart()
    chart.tiers.append(Tier("t4", Text({"zh-Hant": "鄉", "en": "Township"})))
    problem = find(chart, "tier-without-units")
    assert problem.message("en") == "Tier “鄉” has no units."
    assert problem.message("zh-Hant") == "層級「鄉」沒有單位。"
    assert problem.message("zh-CN") == "层级“鄉”没有单位。"
    assert problem.to_json("en")["ids"] == ["t4"]


@pytest.mark.parametrize("tag, column", [
    ("en", "en"), ("fr", "en"), ("zh", "zh-Hans"), ("zh-CN", "zh-Hans"),
    ("zh-Hant", "zh-Hant"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"),
])
def test_catalogue_language(tag, column):
    assert catalogue_language(tag) == column


def test_validation_is_linear_enough_for_a_large_flat_chart():
    """Not a timing test: a 20,000-unit chart must simply finish (quadratic
    rules would take minutes)."""
    chart = Chart.new("big")
    chart.tiers = [Tier("a", Text("A")), Tier("b", Text("B"))]
    chart.units = [Unit("top", Text("Top"), "a")] + [
        Unit(f"u{i}", Text(f"Unit {i}"), "b", "top") for i in range(20_000)]
    chart.duties = [Duty("d", Text("x"), Text(), {"a": "A", "b": "R"})]
    assert validate(chart) == []
