"""Live validation and the Problems dock: problems appear a short pause after
an edit, a second Accountable on one duty is an error that double-click
selects (in the matrix too), fixing it clears it, the counts are right, and
a 3,000-unit chart validates well within the pause."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from orgchart import edits
from orgchart.fileformat import load
from tests.bench.charts import company
from ui.document import ChartDocument
from ui.panels.matrix import DutyMatrixWidget
from ui.panels.problems import DEBOUNCE_MS, Counts, LiveValidator, ProblemsDock

from .conftest import SAMPLES

SECOND_ACCOUNTABLE = edits.Assign("strategy", "executive", "A")  # the board is Accountable


@pytest.fixture
def company_document(qapp):
    return ChartDocument(load(os.path.join(SAMPLES, "company.orgchart")))


@pytest.fixture
def dock(company_document, selection, qtbot):
    dock = ProblemsDock(company_document, selection)
    qtbot.addWidget(dock)
    dock.resize(600, 300)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def rows(dock):
    model = dock.model
    return [model.problem(model.index(r)) for r in range(model.rowCount())]


def double_click(dock, row):
    view = dock.view
    centre = view.visualRect(dock.model.index(row)).center()
    # as a mouse sends it: a click, then the second press as a double-click
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


# -- the validator --------------------------------------------------------------------------------


def test_validation_waits_for_a_pause_then_reports(company_document, qtbot):
    validator = LiveValidator(company_document)
    assert validator.problems() == [] and not validator.pending
    company_document.push(SECOND_ACCOUNTABLE)
    assert validator.pending and validator.problems() == []  # not yet
    with qtbot.waitSignal(validator.problemsChanged, timeout=DEBOUNCE_MS * 10) as done:
        pass
    assert [p.code for p in done.args[0]] == ["unique-role-repeated"]
    assert validator.severity_of("strategy") == "error"
    assert validator.markers() == {"strategy": "error", "board": "error", "executive": "error"}


def test_several_quick_edits_validate_once(company_document, qtbot):
    validator = LiveValidator(company_document)
    reports = []
    validator.problemsChanged.connect(reports.append)
    for target in ("division", "department", "team"):
        company_document.push(edits.Assign("hiring", target, "R"))
    qtbot.waitUntil(lambda: bool(reports), timeout=DEBOUNCE_MS * 10)
    qtbot.wait(DEBOUNCE_MS * 2)
    assert len(reports) == 1


def test_counts_for_the_status_bar(company_document, qtbot):
    validator = LiveValidator(company_document)
    chart = company_document.chart
    assert validator.counts() == Counts(len(chart.units), len(chart.tiers), len(chart.duties),
                                        0, 0, 0)
    company_document.push(edits.Batch((SECOND_ACCOUNTABLE,
                                       edits.SetDutyField("hiring", "text",
                                                          edits.base.Text()))))
    with qtbot.waitSignal(validator.countsChanged, timeout=DEBOUNCE_MS * 10) as changed:
        pass
    assert changed.args[0] == validator.counts()
    assert (validator.counts().errors, validator.counts().warnings) == (1, 1)


def test_a_replaced_chart_is_validated_at_once(company_document):
    validator = LiveValidator(company_document)
    broken = load(os.path.join(SAMPLES, "company.orgchart"))
    broken.units[1].parent = "nobody"
    company_document.replace_chart(broken, None)
    assert "missing-parent" in [p.code for p in validator.problems()]


def test_a_3000_unit_chart_validates_well_within_the_pause(qapp):
    validator = LiveValidator(ChartDocument(company(3000)))
    best = min(_timed(validator) for _ in range(3))
    assert best < 200, f"validate() took {best:.0f} ms on 3,000 units"


def _timed(validator):
    validator.validate_now()
    return validator.elapsed_ms


# -- the dock -------------------------------------------------------------------------------------


def test_a_second_accountable_is_an_error_that_double_click_selects(
        dock, company_document, selection, qtbot):
    assert dock.windowTitle() == "Problems" and dock.view.isHidden()
    company_document.push(SECOND_ACCOUNTABLE)
    qtbot.waitUntil(lambda: bool(rows(dock)), timeout=DEBOUNCE_MS * 10)
    (found,) = rows(dock)
    assert found.code == "unique-role-repeated"
    assert dock.windowTitle() == "Problems (1 error)"
    assert dock.filters["error"].text() == "1 error"
    assert "Set company strategy" in dock.model.index(0).data()
    with qtbot.waitSignal(dock.activated) as activated:
        double_click(dock, 0)
    assert activated.args[0] == ["strategy", "board", "executive"]
    assert set(selection.ids) == {"strategy", "board", "executive"}
    # fixing it clears the problem
    company_document.push(edits.Assign("strategy", "executive", "R"))
    qtbot.waitUntil(lambda: not rows(dock), timeout=DEBOUNCE_MS * 10)
    assert dock.windowTitle() == "Problems" and dock.empty_label.isVisible()


def test_double_click_selects_the_duty_and_its_targets_in_the_matrix(
        dock, company_document, selection, qtbot):
    matrix = DutyMatrixWidget(company_document, selection)
    qtbot.addWidget(matrix)
    matrix.show()
    company_document.push(SECOND_ACCOUNTABLE)
    qtbot.waitUntil(lambda: bool(rows(dock)), timeout=DEBOUNCE_MS * 10)
    dock.view.setCurrentIndex(dock.model.index(0))
    QTest.keyClick(dock.view, Qt.Key.Key_Return)  # Enter activates too
    sheet = matrix.model.matrix
    row = sheet.row_of("strategy")
    cells = {(i.row(), i.column()) for i in matrix.view.selectedIndexes()}
    assert cells == {(row, sheet.column_of("board")), (row, sheet.column_of("executive"))}
    # undo is a fix too
    company_document.undo_stack.undo()
    qtbot.waitUntil(lambda: not rows(dock), timeout=DEBOUNCE_MS * 10)


def test_filters_hide_a_severity(dock, company_document, qtbot):
    company_document.push(edits.Batch((SECOND_ACCOUNTABLE,
                                       edits.Assign("appoint-ceo", "people", None),
                                       edits.Assign("appoint-ceo", "board", None))))
    qtbot.waitUntil(lambda: len(rows(dock)) == 2, timeout=DEBOUNCE_MS * 10)
    assert dock.windowTitle() == "Problems (1 error, 1 warning)"
    dock.filters["error"].setChecked(False)
    assert [p.code for p in rows(dock)] == ["unassigned-duty"]
    dock.filters["error"].setChecked(True)
    assert len(rows(dock)) == 2


def test_messages_follow_the_language(dock, company_document, qtbot):
    company_document.push(SECOND_ACCOUNTABLE)
    qtbot.waitUntil(lambda: bool(rows(dock)), timeout=DEBOUNCE_MS * 10)
    dock.language = "zh-Hant"
    assert dock.language == "zh-Hant"
    assert "每項職責只能有一個" in dock.model.index(0).data()


def test_a_shared_validator_serves_several_views(company_document, selection, qtbot):
    validator = LiveValidator(company_document)
    dock = ProblemsDock(company_document, selection, validator=validator)
    qtbot.addWidget(dock)
    assert dock.validator is validator


def test_markers_are_sent_only_when_they_change(company_document, qtbot):
    validator = LiveValidator(company_document)
    company_document.push(SECOND_ACCOUNTABLE)
    with qtbot.waitSignal(validator.markersChanged, timeout=DEBOUNCE_MS * 10):
        pass
    with qtbot.assertNotEmitted(validator.markersChanged):
        validator.validate_now()
