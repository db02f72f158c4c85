"""The techniques that keep a chart of 50,000 units fast, checked for what
they promise rather than for time: the unit index behind `Chart.find_unit`
stays right whatever changes the list, the linear cycle check finds what
networkx finds, planning a drop leaves the chart as it was, and an edit's
scope names what it touched."""

from __future__ import annotations

import copy

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart import edits as E
from orgchart.hierarchy import reporting_graph, validate
from orgchart.model import Chart, Link, Tier, Unit
from orgchart.text import Text
from tests.bench.charts import company
from tests.charts import bilingual_chart

# -- the unit index ------------------------------------------------------------------------


def _scan(chart: Chart, uid: str) -> Unit | None:
    return next((u for u in chart.units if u.id == uid), None)


def _chart(n: int) -> Chart:
    chart = Chart.new()
    chart.tiers = [Tier("t", Text("T"))]
    chart.units = [Unit(f"u{i}", Text(str(i)), "t") for i in range(n)]
    return chart


# What edits and tests do to the list directly, none of it through the index.
MUTATIONS = st.lists(st.tuples(
    st.sampled_from(["insert", "pop", "move", "rename", "replace", "swap", "reverse", "new list",
                     "look"]),
    st.integers(0, 40), st.integers(0, 40)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(MUTATIONS)
def test_find_unit_agrees_with_a_scan_whatever_changes_the_list(steps):
    chart = _chart(12)
    fresh = iter(range(1000, 10_000))
    for op, a, b in steps:
        units = chart.units
        i, j = (a % len(units), b % len(units)) if units else (0, 0)
        if op == "insert":
            units.insert(i, Unit(f"n{next(fresh)}", Text("new"), "t"))
        elif op == "pop" and units:
            units.pop(i)
        elif op == "move" and units:
            units.insert(j, units.pop(i))
        elif op == "rename" and units:
            units[i].id = f"r{next(fresh)}"
        elif op == "replace" and units:
            units[i] = Unit(f"x{next(fresh)}", Text("other"), "t")
        elif op == "swap" and units:
            units[i], units[j] = units[j], units[i]
        elif op == "reverse":
            units.reverse()
        elif op == "new list":
            chart.units = list(reversed(units))
        ids = [u.id for u in chart.units] + ["u3", "n1000", "ghost"]
        for uid in ids[:: max(1, len(ids) // 7)] + ids[-3:]:
            assert chart.find_unit(uid) is _scan(chart, uid)
            found = chart.unit_position(uid)
            assert found is None if _scan(chart, uid) is None else chart.units[found].id == uid


def test_find_unit_of_a_repeated_id_gives_one_of_them():
    chart = _chart(5)
    chart.units.append(Unit("u2", Text("twin"), "t"))
    assert chart.find_unit("u2").id == "u2"
    chart.units.pop(2)
    assert chart.find_unit("u2") is chart.units[-1]


def test_the_index_is_not_part_of_the_chart():
    chart = _chart(3)
    chart.find_unit("u2")
    assert chart == _chart(3)
    assert "_positions" not in repr(chart)
    copied = copy.deepcopy(chart)
    copied.units.pop(0)
    assert copied.find_unit("u0") is None and chart.find_unit("u0") is chart.units[0]


# -- cycles without networkx ---------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(0, 14)), min_size=1, max_size=15))
def test_the_cycles_found_are_those_networkx_finds(parents):
    chart = _chart(len(parents))
    for unit, parent in zip(chart.units, parents, strict=True):
        unit.parent = None if parent is None else f"u{parent}"
    ours = {frozenset(p.ids) for p in validate(chart) if p.code == "cycle"}
    theirs = {frozenset(c) for c in nx.simple_cycles(reporting_graph(chart))}
    assert ours == theirs


def test_a_cycle_reads_from_the_unit_listed_first():
    chart = _chart(4)
    for child, parent in (("u3", "u1"), ("u1", "u2"), ("u2", "u3")):
        chart.find_unit(child).parent = parent
    cycle = next(p for p in validate(chart) if p.code == "cycle")
    assert cycle.ids == ("u1", "u2", "u3")


# -- planning a drop on the chart itself ---------------------------------------------------


def test_planning_a_drop_leaves_the_chart_as_it_was():
    chart = company(300)
    before = copy.deepcopy(chart)
    movers = [u.id for u in chart.units if u.tier == chart.tiers[2].id][:3]
    target = next(u.id for u in chart.units if u.tier == chart.tiers[1].id)
    edit = E.move_units(chart, movers, target)
    assert edit is not None and chart == before
    edit.apply(chart)
    assert {chart.find_unit(m).parent for m in movers} == {target}


def test_undoing_a_move_from_a_missing_parent_is_never_refused():
    chart = bilingual_chart()
    chart.find_unit("c3").parent = "ghost"
    inverse = E.Reparent("c3", "p1").apply(chart)
    inverse.apply(chart)
    assert chart.find_unit("c3").parent == "ghost"


# -- what an edit touched --------------------------------------------------------------------


def test_a_scope_names_what_the_edit_touched():
    chart = bilingual_chart()
    add = E.add_child(chart, "p1", "New")
    new = E.new_unit_id(add)
    undo = add.apply(chart)
    assert E.scope_of(add, chart) == E.Scope(subtrees=frozenset({"p1"}),
                                             entered=frozenset({new}))
    assert E.scope_of(undo, chart) == E.Scope(removed=frozenset({new}))
    assert E.scope_of(E.SetUnitField("c1", "name", Text("x")), chart).content == {"c1"}
    assert E.scope_of(E.SetUnitField("c1", "notes", Text("x")), chart).empty
    fold = E.scope_of(E.SetUnitField("p1", "collapsed", True), chart)
    assert fold.subtrees == fold.folded == {"p1"}
    moved = E.Reparent("c3", "p1")
    moved.apply(chart)
    assert E.scope_of(moved, chart) == E.Scope(subtrees=frozenset({"p1"}),
                                               entered=frozenset({"c3"}))
    assert E.scope_of(E.Batch((moved, E.SetUnitField("c1", "name", Text("y")))), chart) \
        == E.Scope(content=frozenset({"c1"}), subtrees=frozenset({"p1"}),
                   entered=frozenset({"c3"}))


def test_edits_that_reach_further_have_no_scope():
    chart = bilingual_chart()
    for edit in (E.SetTierField("t1", "name", Text("x")), E.Reparent("p2", None),
                 E.RemoveUnit("p1"), E.InsertLink(Link("k9", "p1", "c1")),
                 E.Batch((E.SetUnitField("c1", "name", Text("x")),
                          E.SetTierField("t1", "color", "#000000")))):
        assert E.scope_of(edit, chart) is None


def test_a_new_unit_id_is_never_one_in_use():
    chart = _chart(5)  # u0 .. u4
    assert chart.new_unit_id() == "u5"
    chart.tiers.append(Tier("u5", Text("a tier named like a unit")))
    assert chart.new_unit_id() == "u6"
    chart.units = [Unit(f"u{i}", Text(""), "t") for i in (2, 7, 3)]  # gaps, out of order
    new = chart.new_unit_id()
    assert new not in {x for x in chart.all_ids()} and new.startswith("u")
    chart.units = []
    assert chart.new_unit_id() == "u1"


@given(st.lists(st.integers(0, 30), max_size=30))
def test_new_unit_ids_stay_unique_whatever_the_ids(numbers):
    chart = _chart(0)
    chart.units = [Unit(f"u{n}", Text(""), "t") for n in dict.fromkeys(numbers)]
    made = chart.new_unit_id()
    assert made not in set(chart.all_ids())
