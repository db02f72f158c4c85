"""The undo stack as a state machine: hypothesis drives a `ChartDocument`
(its real `QUndoStack`) with random edits, undos, redos and undo-all, and
after every step checks the model's invariants and that the chart is
exactly the one the stack's position stands for.

Invariants: ids unique (tiers, units, duties and links share one
namespace), role codes unique, every parent and tier exists, no cycle,
every unit strictly below its parent's tier, links and assignments name
what exists, and the modified flag is the stack's clean state. The
starting chart has them all; edits that would break one are refused, and
undo puts back exactly what was there.
"""

from __future__ import annotations

import copy

import shiboken6
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from orgchart import edits
from orgchart.hierarchy import validate
from orgchart.model import Chart, Tier
from orgchart.text import Text
from tests.charts import bilingual_chart
from tests.core.test_edit_sequences import draw_edit
from ui.document import ChartDocument

#: what `validate` may report in a chart the edits keep sound: incomplete,
#: not broken (a second top unit is allowed to primitives, so undo can pass it)
ALLOWED = {"several-top-units", "no-top-unit", "empty-chart", "unit-without-name",
           "tier-without-name", "duty-without-text", "duplicate-sibling-name",
           "unassigned-duty", "no-duties", "tier-without-units", "tier-without-duties",
           "skipped-tier", "link-repeats-reporting-line", "unique-role-repeated"}


def check_invariants(chart: Chart) -> None:
    ids = [x.id for group in (chart.tiers, chart.units, chart.duties, chart.links)
           for x in group]
    assert len(ids) == len(set(ids)), "ids are unique"
    codes = [r.code for r in chart.roles]
    assert len(codes) == len(set(codes)), "role codes are unique"
    rank = {t.id: i for i, t in enumerate(chart.tiers)}
    units = {u.id: u for u in chart.units}
    for unit in chart.units:
        assert unit.tier in rank, f"{unit.id}'s tier exists"
        if unit.parent is not None:
            assert unit.parent in units, f"{unit.id}'s parent exists"
            assert rank[unit.tier] > rank[units[unit.parent].tier], f"{unit.id} is below"
    for unit in chart.units:  # no cycle: every chain of parents ends
        seen, current = set(), unit
        while current.parent is not None:
            assert current.id not in seen, f"cycle through {unit.id}"
            seen.add(current.id)
            current = units[current.parent]
    for link in chart.links:
        assert link.source in units and link.target in units
    for duty in chart.duties:
        for target, code in duty.assign.items():
            assert target in rank or target in units, f"{duty.id} assigns to {target}"
            assert code in codes, f"{duty.id} uses role {code}"
    found = {p.code for p in validate(chart) if p.severity == "error"}
    assert found <= ALLOWED, found - ALLOWED


class UndoStackMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        chart = bilingual_chart()
        chart.tiers.append(Tier("t4", Text("Township"), Text(), "#5d6d7e"))
        self.document = ChartDocument(chart)
        self.stack = self.document.undo_stack
        #: the chart each position of the stack stands for
        self.states = [copy.deepcopy(chart)]

    @property
    def chart(self) -> Chart:
        return self.document.chart

    @rule(data=st.data(), typing=st.booleans())
    def edit(self, data, typing):
        edit = draw_edit(self.chart, data)
        before = copy.deepcopy(self.chart)
        if not self.document.push(edit, typing=typing):
            assert self.chart == before, f"the refused {edit} changed the chart"
            return
        # a keystroke may merge into the step before: the position stays
        self.states = self.states[:self.stack.index()] + [copy.deepcopy(self.chart)]

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self):
        self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self):
        self.stack.redo()

    @rule()
    def undo_all_and_redo_all(self):
        end = self.stack.index()
        self.stack.setIndex(0)
        assert self.chart == self.states[0], "undo-all gives back the original"
        assert not self.document.modified
        self.stack.setIndex(end)

    def teardown(self):
        # Free each example's document now, its commands first, rather than
        # leave it to the collector in some later test's teardown.
        self.stack.clear()
        shiboken6.delete(self.document)

    @invariant()
    def the_chart_is_what_the_position_stands_for(self):
        assert self.chart == self.states[self.stack.index()]
        assert self.document.modified == (not self.stack.isClean())

    @invariant()
    def the_model_is_sound(self):
        check_invariants(self.chart)


def test_random_edits_undos_and_redos_keep_the_chart_sound(qapp):
    run_state_machine_as_test(UndoStackMachine, settings=settings(
        max_examples=100, stateful_step_count=40, deadline=None,
        suppress_health_check=[HealthCheck.too_slow]))


def test_typed_edits_of_other_kinds_stay_separate_steps(qapp):
    """Found by the machine: two typed edits that are not field edits merged,
    and undo then put back only the first."""
    document = ChartDocument(bilingual_chart())
    original = copy.deepcopy(document.chart)
    assert document.push(edits.DeleteDuty("d1"), typing=True)
    assert document.push(edits.DeleteDuty("d2"), typing=True)
    assert document.undo_stack.count() == 2
    document.undo_stack.setIndex(0)
    assert document.chart == original
    document.undo_stack.clear()
    shiboken6.delete(document)
