"""Each edit changes the chart as the user means, and its inverse restores
the chart exactly; refused edits say why and change nothing."""

import copy

import pytest

from orgchart import edits as E
from orgchart.fileformat import dumps
from orgchart.model import Duty, Link, Person, Role, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart


def check_round_trip(chart, edit):
    """Apply `edit`, then its inverse; the chart must be back exactly,
    and re-applying the edit (redo) must give the same result again."""
    before = copy.deepcopy(chart)
    inverse = edit.apply(chart)
    after = copy.deepcopy(chart)
    assert after != before, "the edit changed nothing"
    redo = inverse.apply(chart)
    assert chart == before and dumps(chart) == dumps(before)
    redo.apply(chart)
    assert chart == after
    return after


def refused(chart, edit, error):
    before = copy.deepcopy(chart)
    with pytest.raises(error) as info:
        edit.apply(chart)
    assert chart == before
    assert str(info.value)
    return info.value


@pytest.fixture
def chart():
    return bilingual_chart()


# -- units -------------------------------------------------------------------


def test_add_child_goes_on_the_next_tier_after_the_last_sibling(chart):
    edit = E.add_child(chart, "p1", Text({"en": "County 9"}))
    after = check_round_trip(chart, edit)
    new = after.find_unit(edit.item.id)
    assert (new.tier, new.parent) == ("t3", "p1")
    assert [u.id for u in after.children("p1")] == ["c1", "c2", new.id]


def test_add_child_below_the_lowest_tier_is_refused(chart):
    with pytest.raises(E.TierOrder, match="lowest tier"):
        E.add_child(chart, "c1")


def test_add_sibling_goes_right_after_the_unit(chart):
    edit = E.add_sibling(chart, "c1", "County 1b")
    after = check_round_trip(chart, edit)
    assert [u.id for u in after.children("p1")] == ["c1", edit.item.id, "c2"]


def test_insert_unit_refuses_unknown_tier_parent_and_duplicate_id(chart):
    refused(chart, E.InsertUnit(Unit("x", Text("X"), "nope", "top")), E.NotFound)
    refused(chart, E.InsertUnit(Unit("x", Text("X"), "t2", "nope")), E.NotFound)
    refused(chart, E.InsertUnit(Unit("p1", Text("X"), "t2", "top")), E.DuplicateId)
    refused(chart, E.InsertUnit(Unit("t1", Text("X"), "t2", "top")), E.DuplicateId)


def test_insert_unit_on_the_parents_tier_is_refused(chart):
    refused(chart, E.InsertUnit(Unit("x", Text("X"), "t1", "top")), E.TierOrder)


def test_gestures_refuse_a_second_top_unit(chart):
    with pytest.raises(E.SeveralTops):
        E.add_top_unit(chart, "Another top")
    with pytest.raises(E.SeveralTops):
        E.add_sibling(chart, "top")


def test_add_top_unit_to_an_empty_chart():
    from orgchart.model import Chart
    chart = Chart.new("x")
    with pytest.raises(E.NotFound, match="tier first"):
        E.add_top_unit(chart, grow=False)
    grown = copy.deepcopy(chart)
    check_round_trip(grown, E.add_top_unit(grown, "Board"))
    assert len(grown.tiers) == 1 and grown.units[0].tier == grown.tiers[0].id
    chart.tiers.append(Tier("t1", Text("Board")))
    after = check_round_trip(chart, E.add_top_unit(chart, "Board"))
    assert [(u.tier, u.parent) for u in after.units] == [("t1", None)]


def test_undo_restores_a_chart_that_was_invalid_before(chart):
    chart.find_unit("c1").parent = "c3"  # a broken line, as in a damaged file
    check_round_trip(chart, E.Reparent("c1", "p2"))
    check_round_trip(chart, E.RemoveUnit("c3", keep_children=True))
    check_round_trip(chart, E.RemoveUnit("p2"))


def test_rename_in_one_language_keeps_the_other(chart):
    edit = E.rename("unit", chart, "p1", "en", "Province Alpha")
    after = check_round_trip(chart, edit)
    assert after.find_unit("p1").name.to_json() == {"zh-Hant": "甲省", "en": "Province Alpha"}


def test_set_people_notes_and_collapsed(chart):
    people = (Person(Text("李"), Text({"en": "County head"})),)
    assert check_round_trip(chart, E.SetUnitField("c1", "people", people)) \
        .find_unit("c1").people == people
    check_round_trip(chart, E.SetUnitField("c1", "notes", Text("note")))
    assert check_round_trip(chart, E.SetUnitField("p1", "collapsed", True)) \
        .find_unit("p1").collapsed


def test_set_unit_field_refuses_structure_fields_and_bad_values(chart):
    refused(chart, E.SetUnitField("c1", "parent", "p2"), E.InvalidValue)
    refused(chart, E.SetUnitField("c1", "name", "not a Text"), E.InvalidValue)
    refused(chart, E.SetUnitField("nope", "name", Text("x")), E.NotFound)


def test_reparent_moves_a_subtree_and_restores_its_position(chart):
    after = check_round_trip(chart, E.Reparent("c1", "p2"))
    assert after.find_unit("c1").parent == "p2"
    assert [u.id for u in after.children("p2")] == ["c1", "c3"]  # kept its list position


def test_reparent_with_an_index_reorders_too(chart):
    after = check_round_trip(chart, E.Reparent("c1", "p2", index=len(chart.units) - 1))
    assert [u.id for u in after.children("p2")] == ["c3", "c1"]


def test_reparent_under_own_descendant_is_refused(chart):
    chart.tiers.append(Tier("t4", Text("Township")))
    chart.units.append(Unit("w1", Text("Town"), "t4", "c1"))
    error = refused(chart, E.Reparent("p1", "c1"), E.WouldCycle)
    assert "Province" in str(error) or "甲省" in str(error)
    refused(chart, E.Reparent("p1", "p1"), E.WouldCycle)


def test_reparent_to_a_parent_on_the_same_or_lower_tier_is_refused(chart):
    error = refused(chart, E.Reparent("c1", "c3"), E.TierOrder)
    assert error.code == "tier-order" and error.params["parent"] == "c3"


def test_reparent_skipping_a_tier_is_allowed(chart):
    after = check_round_trip(chart, E.Reparent("c3", "top"))
    assert after.find_unit("c3").parent == "top"


def test_set_unit_tier_stays_between_parent_and_children(chart):
    chart.tiers.append(Tier("t4", Text("Township")))
    after = check_round_trip(chart, E.SetUnitTier("c1", "t4"))
    assert after.find_unit("c1").tier == "t4"
    refused(chart, E.SetUnitTier("c1", "t2"), E.TierOrder)  # the parent's tier
    refused(chart, E.SetUnitTier("p1", "t3"), E.TierOrder)  # its children's tier
    refused(chart, E.SetUnitTier("p1", "nope"), E.NotFound)


def test_move_among_siblings(chart):
    edit = E.move_among_siblings(chart, "c2", -1)
    after = check_round_trip(chart, edit)
    assert [u.id for u in after.children("p1")] == ["c2", "c1"]
    fresh = bilingual_chart()
    down = E.move_among_siblings(fresh, "c1", +1)
    assert [u.id for u in check_round_trip(fresh, down).children("p1")] == ["c2", "c1"]
    assert E.move_among_siblings(fresh, "c2", -1) is None
    assert E.move_among_siblings(fresh, "c1", +1) is None


def test_remove_subtree_takes_links_and_unit_duties_and_undoes_exactly(chart):
    after = check_round_trip(chart, E.RemoveUnit("p1"))
    assert {u.id for u in after.units} == {"top", "p2", "c3"}
    assert after.links == []  # the link p2 -> c1 went with c1
    assert "c1" not in after.find_duty("d2").assign


def test_remove_and_lift_children_into_its_place(chart):
    after = check_round_trip(chart, E.RemoveUnit("p1", keep_children=True))
    assert [u.id for u in after.children("top")] == ["c1", "c2", "p2"]
    assert after.find_unit("c1").tier == "t3"  # now two tiers below: allowed


def test_lifting_the_children_of_the_top_unit(chart):
    refused(chart, E.RemoveUnit("top", keep_children=True), E.SeveralTops)
    E.RemoveUnit("p2").apply(chart)
    after = check_round_trip(chart, E.RemoveUnit("top", keep_children=True))
    assert [u.id for u in after.top_units()] == ["p1"]


def test_delete_unit_with_children_is_refused(chart):
    error = refused(chart, E.DeleteUnit("p1"), E.InUse)
    assert error.params["count"] == 2


# -- tiers -------------------------------------------------------------------


def test_insert_edit_move_and_delete_tiers(chart):
    after = check_round_trip(chart, E.InsertTier(Tier("t4", Text("Township"), Text(), "#123456")))
    assert [t.id for t in after.tiers][-1] == "t4"
    check_round_trip(chart, E.rename("tier", chart, "t2", "en", "Provinces"))
    check_round_trip(chart, E.SetTierField("t2", "summary", Text("Takes responsibility")))
    check_round_trip(chart, E.SetTierField("t2", "color", "#000000"))
    refused(chart, E.SetTierField("t2", "color", "red"), E.InvalidValue)
    refused(chart, E.InsertTier(Tier("t9", Text("x"), Text(), "blue")), E.InvalidValue)


def test_delete_tier_in_use_is_refused_and_remove_tier_moves_units(chart):
    refused(chart, E.DeleteTier("t3"), E.InUse)
    chart.tiers.append(Tier("t4", Text("Township")))
    after = check_round_trip(chart, E.RemoveTier("t3", move_units_to="t4"))
    assert [t.id for t in after.tiers] == ["t1", "t2", "t4"]
    assert {u.tier for u in after.units if u.parent in ("p1", "p2")} == {"t4"}
    assert "t3" not in after.find_duty("d2").assign


def test_move_tier_that_would_break_the_order_is_refused(chart):
    error = refused(chart, E.MoveTier("t3", 0), E.TierOrder)
    assert error.code == "tier-order"
    chart.tiers.append(Tier("t4", Text("Unused")))
    after = check_round_trip(chart, E.MoveTier("t4", 0))
    assert [t.id for t in after.tiers] == ["t4", "t1", "t2", "t3"]


# -- duties and the legend ---------------------------------------------------


def test_duties_add_edit_reorder_remove(chart):
    duty = Duty("d3", Text({"en": "Report"}), Text("Reporting"), {"t3": "R"})
    check_round_trip(chart, E.InsertDuty(duty, 0))
    check_round_trip(chart, E.rename("duty", chart, "d1", "en", "Set the policy"))
    check_round_trip(chart, E.SetDutyField("d1", "category", Text("Other")))
    after = check_round_trip(chart, E.MoveDuty("d2", 0))
    assert [d.id for d in after.duties] == ["d2", "d3", "d1"]
    assert check_round_trip(chart, E.DeleteDuty("d1")).find_duty("d1") is None
    refused(chart, E.InsertDuty(Duty("d4", Text("x"), Text(), {"t1": "ZZ"})), E.NotFound)


def test_inserted_duty_is_a_copy(chart):
    duty = Duty("d3", Text("x"), Text(), {"t3": "R"})
    E.InsertDuty(duty).apply(chart)
    E.Assign("d3", "t1", "A").apply(chart)
    assert duty.assign == {"t3": "R"}


def test_assign_set_change_and_clear(chart):
    after = check_round_trip(chart, E.Assign("d1", "t3", "I"))
    assert after.find_duty("d1").assign["t3"] == "I"
    check_round_trip(chart, E.Assign("d1", "t1", "A"))
    check_round_trip(chart, E.Assign("d1", "t1", None))
    check_round_trip(chart, E.Assign("d1", "c3", "C"))  # one unit only
    refused(chart, E.Assign("d1", "nowhere", "R"), E.NotFound)
    refused(chart, E.Assign("d1", "t1", "ZZ"), E.NotFound)
    refused(chart, E.Assign("dx", "t1", "R"), E.NotFound)


def test_legend_roles(chart):
    check_round_trip(chart, E.InsertRole(Role("S", Text({"en": "Supervise"}), "#8e44ad")))
    refused(chart, E.InsertRole(Role("P", Text("dup"), "#000000")), E.DuplicateId)
    check_round_trip(chart, E.rename("role", chart, "P", "en", "Overall planning"))
    check_round_trip(chart, E.SetRoleField("R", "unique", True))
    check_round_trip(chart, E.SetRoleField("R", "color", "#111111"))
    check_round_trip(chart, E.MoveRole("P", 0))


def test_recode_role_rewrites_assignments(chart):
    after = check_round_trip(chart, E.RecodeRole("R", "Do"))
    assert after.find_duty("d2").assign == {"t2": "A", "t3": "Do", "c1": "C"}
    refused(chart, E.RecodeRole("Do", "A"), E.DuplicateId)
    refused(chart, E.RecodeRole("Do", " "), E.InvalidValue)


def test_delete_role_clears_its_assignments(chart):
    after = check_round_trip(chart, E.DeleteRole("R"))
    assert after.find_duty("d1").assign == {"t1": "P"}


# -- links and the chart -----------------------------------------------------


def test_links(chart):
    check_round_trip(chart, E.InsertLink(Link("k2", "c2", "c3", "supervision", Text("audit"))))
    check_round_trip(chart, E.SetLinkField("k1", "label", Text("advice")))
    check_round_trip(chart, E.SetLinkField("k1", "kind", "dotted-line"))
    check_round_trip(chart, E.DeleteLink("k1"))
    refused(chart, E.InsertLink(Link("k3", "c2", "c2")), E.InvalidValue)
    refused(chart, E.InsertLink(Link("k3", "c2", "zz")), E.NotFound)
    refused(chart, E.InsertLink(Link("k3", "c2", "c3", "friendship")), E.InvalidValue)


def test_title_and_languages(chart):
    check_round_trip(chart, E.SetTitle(Text({"en": "New"})))
    after = check_round_trip(chart, E.SetLanguages(("en", "zh-Hant")))
    assert after.languages == ["en", "zh-Hant"]
    refused(chart, E.SetLanguages(()), E.InvalidValue)
    refused(chart, E.SetLanguages(("en", "en")), E.InvalidValue)
    refused(chart, E.SetLanguages(("not a tag",)), E.InvalidValue)


def test_a_batch_that_fails_half_way_leaves_the_chart_untouched(chart):
    batch = E.Batch((E.rename("unit", chart, "c1", "en", "changed"), E.Reparent("c1", "c3")))
    refused(chart, batch, E.TierOrder)


def test_add_child_below_the_lowest_tier_can_grow_a_tier(chart):
    edit = E.add_child(chart, "c1", "Town", grow=True)
    after = check_round_trip(chart, edit)
    new = after.find_unit(E.new_unit_id(edit))
    assert new.parent == "c1" and after.tier_rank(new.tier) == 3
    assert after.tiers[3].name.to_json() == {"zh-Hant": "第4層", "en": "Tier 4"}


def test_a_chart_can_be_built_from_nothing_with_gestures():
    from orgchart.hierarchy import validate
    from orgchart.model import Chart
    chart = Chart.new("Built", ["en"])
    E.add_top_unit(chart, "Board").apply(chart)
    parent = chart.units[0].id
    for depth in range(3):
        edit = E.add_child(chart, parent, f"Level {depth + 2}", grow=True)
        edit.apply(chart)
        parent = E.new_unit_id(edit)
        E.add_sibling(chart, parent, f"Beside {depth + 2}").apply(chart)
    assert len(chart.tiers) == 4 and len(chart.units) == 7
    assert not [p for p in validate(chart) if p.severity == "error"]


def test_new_unit_id_of_other_edits_is_none(chart):
    assert E.new_unit_id(E.SetTitle(Text("x"))) is None
