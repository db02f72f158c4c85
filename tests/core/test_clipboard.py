"""Copy and paste of subtrees, within a chart and into another one."""

import copy

import pytest

from orgchart import clipboard, edits
from orgchart.fileformat import LoadError
from orgchart.model import Chart, Link, Tier, Unit
from orgchart.text import BOTH, Text
from tests.charts import bilingual_chart


def round_trip(chart, ids):
    return clipboard.read_fragment(clipboard.fragment_text(clipboard.copy_units(chart, ids)))


def test_nested_selections_copy_each_subtree_once():
    chart = bilingual_chart()
    assert clipboard.roots_of(chart, ["c1", "p1", "c3"]) == ["p1", "c3"]
    fragment = round_trip(chart, ["c1", "p1"])
    assert [u.id for u in fragment.units] == ["p1", "c1", "c2"]
    assert fragment.units[0].parent is None


def test_paste_under_another_parent_gives_fresh_ids_and_undoes_exactly():
    chart = bilingual_chart()
    chart.links.append(Link("k2", "c1", "c2", "coordination"))
    fragment = round_trip(chart, ["p1"])
    before = copy.deepcopy(chart)
    inverse = clipboard.paste_units(chart, fragment, "top").apply(chart)
    new = chart.units[len(before.units):]
    assert len(new) == 3 and not {u.id for u in new} & {u.id for u in before.units}
    assert [u.tier for u in new] == ["t2", "t3", "t3"]
    assert new[0].parent == "top" and {new[1].parent, new[2].parent} == {new[0].id}
    assert new[0].people == before.find_unit("p1").people
    pasted_link = chart.links[-1]
    assert (pasted_link.source, pasted_link.target) == (new[1].id, new[2].id)
    assert len(chart.links) == 3  # the link to p2 outside the subtree stayed behind
    inverse.apply(chart)
    assert chart == before


def test_paste_into_a_chart_with_other_tiers_keeps_tier_distances():
    source = bilingual_chart()
    source.find_unit("c3").parent = "top"  # c3 skips the province tier
    fragment = round_trip(source, ["top"])
    target = Chart.new("other")
    target.tiers = [Tier(f"x{i}", Text(f"Level {i}")) for i in range(4)]
    target.units = [Unit("root", Text("Root"), "x0")]
    clipboard.paste_units(target, fragment, "root").apply(target)
    tiers = {u.name.get("en"): u.tier for u in target.units}
    assert tiers["Centre"] == "x1" and tiers["Province A"] == "x2"
    assert tiers["County 3"] == "x3"  # still two tiers below its parent


def test_paste_without_enough_tiers_below_is_refused():
    chart = bilingual_chart()
    fragment = round_trip(chart, ["p1"])
    with pytest.raises(edits.TierOrder, match="add tiers"):
        clipboard.paste_units(chart, fragment, "c1")


def test_paste_into_an_empty_chart_makes_the_top():
    chart = bilingual_chart()
    fragment = round_trip(chart, ["top"])
    empty = Chart.new("new", ["zh-Hant", "en"])
    empty.tiers = copy.deepcopy(chart.tiers)
    clipboard.paste_units(empty, fragment, None).apply(empty)
    assert len(empty.units) == 6 and [u.parent for u in empty.units].count(None) == 1


def test_outline_text_indents_by_depth():
    text = clipboard.outline_text(bilingual_chart(), ["p1"], "en")
    assert text == "Province A\n\tCounty 1\n\tCounty 2\n"
    assert clipboard.outline_text(bilingual_chart(), ["c3"], BOTH) == "三縣 / County 3\n"


@pytest.mark.parametrize("text", ["", "hello", "[]", '{"format": "orgchart"}', "{" * 5000])
def test_only_fragments_are_pasted(text):
    with pytest.raises(LoadError, match="does not hold units"):
        clipboard.read_fragment(text)
