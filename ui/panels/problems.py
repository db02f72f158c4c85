"""Live validation and the Problems dock.

Owns `LiveValidator`, which re-runs `orgchart.hierarchy.validate` a short
pause after the last edit and tells the window what it found (the
problems, the worst severity per id for markers on the canvas, and the
counts for the status bar); `ProblemsModel`, the problems as a list model
in the UI language; and `ProblemsDock`, which lists them with filters per
severity and selects what a problem concerns when it is activated.

One validator can serve the dock, the status bar and the canvas: create
it once and give it to the dock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from orgchart.hierarchy import validate
from orgchart.problems import ERROR, INFO, SEVERITIES, WARNING, Problem
from ui import scale
from ui.document import ChartDocument
from ui.later import AfterPaint
from ui.resources import icon
from ui.selection import Selection

#: Validation waits this long after the last edit (a pause in typing).
DEBOUNCE_MS = 150
#: data(index, PROBLEM_ROLE) is the row's `Problem`
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
_RANK = {severity: i for i, severity in enumerate(SEVERITIES)}
_ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def severity_icon(severity: str) -> QIcon:
    return icon(f"problem-{severity}")


@dataclass(frozen=True)
class Counts:
    """What the status bar shows about the chart."""

    units: int = 0
    tiers: int = 0
    duties: int = 0
    errors: int = 0
    warnings: int = 0
    notes: int = 0


class LiveValidator(QObject):
    """Validates the document's chart a short pause after each change.

    A replaced chart is validated at once. `problems()`, `counts()` and
    `markers()` always describe the last validation.
    """

    #: (list[Problem]) after each validation, errors first
    problemsChanged = Signal(list)
    #: (dict[id, severity]) the worst severity of each id a problem
    #: concerns: units, tiers, duties or links (for markers); emitted only
    #: when it differs from the last one
    markersChanged = Signal(dict)
    #: (Counts) units, tiers, duties, errors, warnings, notes
    countsChanged = Signal(object)

    def __init__(self, document: ChartDocument, parent: QObject | None = None,
                 delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._document = document
        self._problems: list[Problem] = []
        self._markers: dict[str, str] = {}
        self._counts = Counts()
        #: how long the last validation took, in milliseconds
        self.elapsed_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.validate_now)
        self._first = AfterPaint(self, 0, self.validate_now)
        document.chartChanged.connect(self._on_chart_changed)
        document.chartReplaced.connect(self._on_chart_replaced)
        self._on_chart_replaced()

    def _on_chart_replaced(self) -> None:
        # A huge chart is checked just after the window first shows it.
        if scale.is_huge(len(self._document.chart.units)):
            self._timer.stop()
            self._first.start()
        else:
            self.validate_now()

    def _on_chart_changed(self, _edit: object = None) -> None:
        self._timer.start()

    @property
    def pending(self) -> bool:
        """A change is waiting for its validation."""
        return self._timer.isActive() or self._first.isActive()

    def validate_now(self) -> None:
        self._timer.stop()
        self._first.stop()
        chart = self._document.chart
        started = time.perf_counter()
        problems = validate(chart)
        self.elapsed_ms = (time.perf_counter() - started) * 1000
        markers: dict[str, str] = {}
        for found in problems:
            for ident in found.ids:
                if ident not in markers or _RANK[found.severity] < _RANK[markers[ident]]:
                    markers[ident] = found.severity
        severities = [p.severity for p in problems]
        counts = Counts(len(chart.units), len(chart.tiers), len(chart.duties),
                        severities.count(ERROR), severities.count(WARNING),
                        severities.count(INFO))
        markers_changed = markers != self._markers
        self._problems, self._markers, self._counts = problems, markers, counts
        self.problemsChanged.emit(list(problems))
        if markers_changed:  # the canvas redraws its markers only when they change
            self.markersChanged.emit(dict(markers))
        self.countsChanged.emit(counts)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def markers(self) -> dict[str, str]:
        return dict(self._markers)

    def severity_of(self, ident: str) -> str | None:
        """The worst severity of the problems concerning an id, or None."""
        return self._markers.get(ident)

    def counts(self) -> Counts:
        return self._counts


class ProblemsModel(QAbstractListModel):
    """The validator's problems, one row each, in the UI language; the
    severities not shown are filtered out."""

    def __init__(self, validator: LiveValidator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._validator = validator
        self._language = "en"
        self._shown: set[str] = set(SEVERITIES)
        self._rows: list[Problem] = self._filtered()
        self._icons = {severity: severity_icon(severity) for severity in SEVERITIES}
        validator.problemsChanged.connect(self._on_problems_changed)

    @property
    def language(self) -> str:
        """The language of the messages: "en", "zh-Hans" or "zh-Hant"."""
        return self._language

    def set_language(self, language: str) -> None:
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def shown(self) -> set[str]:
        return set(self._shown)

    def set_shown(self, severity: str, shown: bool) -> None:
        self._shown = self._shown | {severity} if shown else self._shown - {severity}
        self._reset()

    def _filtered(self) -> list[Problem]:
        return [p for p in self._validator.problems() if p.severity in self._shown]

    def _on_problems_changed(self, _problems: list) -> None:
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    def problem(self, index: _ModelIndex) -> Problem | None:
        return self._rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: _ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        found = self.problem(index)
        if found is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return found.message(self._language)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[found.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(found)
        if role == PROBLEM_ROLE:
            return found
        return None

    def _tooltip(self, found: Problem) -> str:
        lines = [found.message(self._language), self.tr("Code: {0}").format(found.code)]
        if found.ids:
            lines.append(self.tr("Double-click to select it on the chart"))
        return "\n".join(lines)


class ProblemsDock(QDockWidget):
    """The problems of the chart, checked as you edit.

    Double-click (or Enter) on a problem selects the units, tiers or duties
    it concerns in the shared selection and emits `activated(ids)`.
    """

    #: (list[str]) a problem was activated: the ids it concerns
    activated = Signal(list)

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None, validator: LiveValidator | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDock")
        self.setAccessibleName(self.tr("Problems"))
        self.toggleViewAction().setToolTip(self.tr("Show or hide the problems of the chart"))
        self.toggleViewAction().setIcon(icon("problems"))
        self._selection = selection
        self.validator = validator if validator is not None else LiveValidator(document, self)
        self.model = ProblemsModel(self.validator, self)
        self.view = self._make_view()
        self.empty_label = QLabel(self.tr("No problems: the chart is a sound hierarchy."), self)
        self.empty_label.setObjectName("problemsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.filters = self._make_filters()
        self.setWidget(self._assemble())
        self.validator.countsChanged.connect(self._on_counts_changed)
        self.model.modelReset.connect(self._update_empty)
        self.view.activated.connect(self._on_activated)
        self._on_counts_changed(self.validator.counts())
        self._update_empty()

    @property
    def language(self) -> str:
        """The language of the messages, "en", "zh-Hans" or "zh-Hant" (the
        window sets the interface language's, `ui.i18n.problem_language`)."""
        return self.model.language

    @language.setter
    def language(self, language: str) -> None:
        self.model.set_language(language)

    def _make_view(self) -> QListView:
        view = QListView(self)
        view.setObjectName("problemsView")
        view.setAccessibleName(self.tr("Problems of the chart"))
        view.setModel(self.model)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setIconSize(QSize(16, 16))
        view.setSpacing(1)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        # Rows of wrapped text are laid out a batch at a time between events:
        # a company of 50,000 units has thousands of notes (skipped tiers),
        # and laying them all out at once held the window for half a second.
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setBatchSize(200)
        return view

    def _make_filters(self) -> dict[str, object]:
        bar = QToolBar(self)
        bar.setObjectName("problemsFilters")
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_bar = bar
        filters = {}
        for severity in SEVERITIES:
            action = bar.addAction(severity_icon(severity), "")
            action.setCheckable(True)
            action.setChecked(True)
            action.setToolTip(self._filter_tip(severity))
            action.toggled.connect(lambda on, s=severity: self.model.set_shown(s, on))
            filters[severity] = action
        return filters

    def _filter_tip(self, severity: str) -> str:
        if severity == ERROR:
            return self.tr("Show or hide the errors")
        if severity == WARNING:
            return self.tr("Show or hide the warnings")
        return self.tr("Show or hide the notes")

    def _assemble(self) -> QWidget:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.view, 1)
        column.addWidget(self.empty_label, 1)
        return body

    def _on_counts_changed(self, counts: Counts) -> None:
        summary = self.summary(counts)
        title = self.tr("Problems ({0})").format(summary) if summary else self.tr("Problems")
        self.setWindowTitle(title)
        numbers = {ERROR: counts.errors, WARNING: counts.warnings, INFO: counts.notes}
        for severity, action in self.filters.items():
            action.setText(self.severity_count(severity, numbers[severity]))

    def severity_count(self, severity: str, count: int) -> str:
        """"1 error", "2 warnings", "3 notes", in the interface language."""
        # self.tr, not QCoreApplication.translate: lupdate sees plurals only in tr()
        if severity == ERROR:
            return self.tr("%n error(s)", "", count)
        if severity == WARNING:
            return self.tr("%n warning(s)", "", count)
        return self.tr("%n note(s)", "", count)

    def summary(self, counts: Counts) -> str:
        """"2 errors, 1 warning" (notes too; "" when there is nothing)."""
        parts = [(counts.errors, ERROR), (counts.warnings, WARNING), (counts.notes, INFO)]
        separator = self.tr(", ", "between counts: 2 errors, 1 warning")
        return separator.join(self.severity_count(severity, n) for n, severity in parts if n)

    def _update_empty(self) -> None:
        nothing = not self.validator.problems()
        self.empty_label.setVisible(nothing)
        self.view.setVisible(not nothing)

    def _on_activated(self, index: QModelIndex) -> None:
        found = self.model.problem(index)
        if found is None or not found.ids:
            return
        self._selection.set(found.ids, initiator=self)
        self.activated.emit(list(found.ids))
