"""Property: any sequence of edits, undone in reverse, gives back the very
same chart; every step's undo and redo are exact; refused edits change
nothing. Edits are drawn at random from everything a user can do."""

from __future__ import annotations

import contextlib
import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart import edits as E
from orgchart.fileformat import dumps, loads
from orgchart.model import LINK_KINDS, Duty, Link, Person, Role, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart

words = st.text(alphabet="abc 中文縣省\n&<\"'", max_size=6)
langs = st.sampled_from(["zh-Hant", "en", "zh-Hans", ""])
colors = st.sampled_from(["#000000", "#1f5f99", "#ABCDEF", "red"])


def pick(data, items):
    items = list(items)
    return data.draw(st.sampled_from(items)) if items else "nothing"


def unit_id(data, chart):
    return pick(data, [u.id for u in chart.units] + ["ghost"])


def text(data):
    return Text({data.draw(langs): data.draw(words)})


BUILDERS = [
    lambda c, d: E.add_child(c, unit_id(d, c), text(d)),
    lambda c, d: E.add_sibling(c, unit_id(d, c), text(d)),
    lambda c, d: E.InsertUnit(Unit(c.new_id("u"), text(d), pick(d, [t.id for t in c.tiers]),
                                   d.draw(st.none() | st.just(unit_id(d, c)))),
                              d.draw(st.none() | st.integers(-2, 12))),
    lambda c, d: E.RemoveUnit(unit_id(d, c), d.draw(st.booleans())),
    lambda c, d: E.Reparent(unit_id(d, c), d.draw(st.none() | st.just(unit_id(d, c))),
                            d.draw(st.none() | st.integers(0, 12))),
    lambda c, d: E.SetUnitTier(unit_id(d, c), pick(d, [t.id for t in c.tiers])),
    lambda c, d: E.move_among_siblings(c, unit_id(d, c), d.draw(st.sampled_from([-1, 1]))),
    lambda c, d: E.rename(d.draw(st.sampled_from(["unit", "tier", "duty", "role"])), c,
                          pick(d, [u.id for u in c.units] + [t.id for t in c.tiers]
                               + [x.id for x in c.duties] + [r.code for r in c.roles]),
                          d.draw(langs), d.draw(words)),
    lambda c, d: E.SetUnitField(unit_id(d, c), "people",
                                tuple(Person(text(d), text(d)) for _ in range(d.draw(
                                    st.integers(0, 2))))),
    lambda c, d: E.SetUnitField(unit_id(d, c), "notes", text(d)),
    lambda c, d: E.SetUnitField(unit_id(d, c), "collapsed", d.draw(st.booleans())),
    lambda c, d: E.InsertTier(Tier(c.new_id("t"), text(d), text(d), d.draw(colors)),
                              d.draw(st.none() | st.integers(0, 5))),
    lambda c, d: E.RemoveTier(pick(d, [t.id for t in c.tiers]),
                              d.draw(st.none() | st.sampled_from([t.id for t in c.tiers]
                                                                 or ["x"]))),
    lambda c, d: E.MoveTier(pick(d, [t.id for t in c.tiers]), d.draw(st.integers(0, 5))),
    lambda c, d: E.SetTierField(pick(d, [t.id for t in c.tiers]), "color", d.draw(colors)),
    lambda c, d: E.SetTierField(pick(d, [t.id for t in c.tiers]), "summary", text(d)),
    lambda c, d: E.InsertDuty(Duty(c.new_id("d"), text(d), text(d)),
                              d.draw(st.none() | st.integers(0, 5))),
    lambda c, d: E.DeleteDuty(pick(d, [x.id for x in c.duties])),
    lambda c, d: E.MoveDuty(pick(d, [x.id for x in c.duties]), d.draw(st.integers(0, 5))),
    lambda c, d: E.SetDutyField(pick(d, [x.id for x in c.duties]), "category", text(d)),
    lambda c, d: E.Assign(pick(d, [x.id for x in c.duties]),
                          pick(d, [t.id for t in c.tiers] + [u.id for u in c.units] + ["zz"]),
                          d.draw(st.none() | st.sampled_from([r.code for r in c.roles] + ["Q"]))),
    lambda c, d: E.InsertRole(Role(d.draw(st.sampled_from(["R", "S", "X", "統"])), text(d),
                                   d.draw(colors), d.draw(st.booleans())),
                              d.draw(st.none() | st.integers(0, 5))),
    lambda c, d: E.DeleteRole(pick(d, [r.code for r in c.roles])),
    lambda c, d: E.RecodeRole(pick(d, [r.code for r in c.roles]),
                              d.draw(st.sampled_from(["A", "Z", "負", ""]))),
    lambda c, d: E.SetRoleField(pick(d, [r.code for r in c.roles]), "unique",
                                d.draw(st.booleans())),
    lambda c, d: E.MoveRole(pick(d, [r.code for r in c.roles]), d.draw(st.integers(0, 6))),
    lambda c, d: E.InsertLink(Link(c.new_id("k"), unit_id(d, c), unit_id(d, c),
                                   d.draw(st.sampled_from(LINK_KINDS)), text(d))),
    lambda c, d: E.DeleteLink(pick(d, [k.id for k in c.links])),
    lambda c, d: E.SetLinkField(pick(d, [k.id for k in c.links]), "label", text(d)),
    lambda c, d: E.SetTitle(text(d)),
    lambda c, d: E.SetLanguages(tuple(d.draw(st.lists(st.sampled_from(
        ["en", "zh-Hant", "zh-Hans", "bad tag"]), min_size=0, max_size=3)))),
]


def draw_edit(chart, data):
    builder = data.draw(st.sampled_from(BUILDERS))
    try:
        return builder(chart, data)
    except E.EditError:  # a gesture that cannot start here (e.g. below the lowest tier)
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undo_and_redo_exactly(data):
    chart = bilingual_chart()
    chart.tiers.append(Tier("t4", Text("Township"), Text(), "#5d6d7e"))
    original = copy.deepcopy(chart)
    undo_stack = []
    for _ in range(data.draw(st.integers(1, 25))):
        edit = draw_edit(chart, data)
        if edit is None:
            continue
        before = copy.deepcopy(chart)
        try:
            inverse = edit.apply(chart)
        except E.EditError:
            assert chart == before, f"refused {edit} but changed the chart"
            continue
        after = copy.deepcopy(chart)
        redo = inverse.apply(chart)
        assert chart == before, f"undo of {edit} is not exact"
        inverse = redo.apply(chart)
        assert chart == after, f"redo of {edit} is not exact"
        undo_stack.append(inverse)
    for inverse in reversed(undo_stack):
        inverse.apply(chart)
    assert chart == original
    assert dumps(chart) == dumps(original)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_edited_charts_save_and_load_identically(data):
    chart = bilingual_chart()
    for _ in range(data.draw(st.integers(1, 15))):
        edit = draw_edit(chart, data)
        if edit is not None:
            with contextlib.suppress(E.EditError):
                edit.apply(chart)
    text = dumps(chart)
    assert loads(text) == chart
    assert dumps(loads(text)) == text
