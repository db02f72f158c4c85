"""The chart model: new charts, look-ups and structure."""

from orgchart.model import Chart
from tests.charts import bilingual_chart


def test_new_chart_starts_with_raci_and_accountable_is_unique():
    chart = Chart.new("Acme", ["en"])
    assert [r.code for r in chart.roles] == ["R", "A", "C", "I"]
    assert [r.code for r in chart.roles if r.unique] == ["A"]
    assert chart.roles[1].name.get("en") == "Accountable"


def test_new_chart_names_roles_in_its_own_languages():
    chart = Chart.new("示例", ["zh-Hant", "en"])
    assert chart.roles[1].name.to_json() == {"zh-Hant": "負責", "en": "Accountable"}


def test_children_keep_chart_order_and_subtree_lists_parents_first():
    chart = bilingual_chart()
    assert [u.id for u in chart.children("p1")] == ["c1", "c2"]
    assert [u.id for u in chart.top_units()] == ["top"]
    assert [u.id for u in chart.subtree("p1")] == ["p1", "c1", "c2"]
    assert [u.id for u in chart.subtree("top")] == ["top", "p1", "c1", "c2", "p2", "c3"]


def test_ancestors_and_ranks():
    chart = bilingual_chart()
    assert [u.id for u in chart.ancestors("c1")] == ["p1", "top"]
    assert chart.tier_rank("t3") == 2 and chart.tier_rank("nope") is None


def test_ancestors_stop_on_a_cycle():
    chart = bilingual_chart()
    chart.find_unit("top").parent = "c1"
    assert [u.id for u in chart.ancestors("c1")] == ["p1", "top"]


def test_new_id_is_unused_across_every_kind():
    chart = bilingual_chart()
    chart.units[0].id = "u1"
    assert chart.new_id("u") == "u2"
    assert chart.new_id("t") == "t4"
