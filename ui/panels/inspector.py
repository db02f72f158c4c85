"""The inspector dock: the properties of what is selected, edited in place.

Owns `InspectorDock`, which follows the shared `Selection` and shows one
page: a unit (`inspector_unit.UnitPage`), several units
(`inspector_unit.UnitsPage`), a tier (`inspector_tier.TierPage`), a duty
(`inspector_duties.DutyPage`) or a link (`links.LinkEditor`). Every chart
change (an edit, undo or redo) refreshes the page; fields that already show
the new value are left alone, so the field being typed in keeps its cursor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QStackedWidget, QWidget

from ui.document import ChartDocument
from ui.panels.inspector_duties import DutyPage
from ui.panels.inspector_tier import TierPage
from ui.panels.inspector_unit import UnitPage, UnitsPage
from ui.panels.links import LinkEditor
from ui.selection import Selection


class InspectorDock(QDockWidget):
    """The selected unit's, units', tier's, duty's or link's properties."""

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorDock")
        self.setWindowTitle(self.tr("Inspector"))
        self.setAccessibleName(self.tr("Inspector"))
        self.toggleViewAction().setToolTip(
            self.tr("Show or hide the properties of the selected unit or tier"))
        self.document, self.selection = document, selection
        self.kind = "none"
        empty = QLabel(self.tr("Select a unit, a tier, a duty or a link to see and edit "
                               "its properties."), self)
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        empty.setMargin(12)
        self.pages: dict[str, QWidget] = {
            "none": empty,
            "unit": UnitPage(document, selection),
            "units": UnitsPage(document),
            "tier": TierPage(document),
            "duty": DutyPage(document),
            "link": LinkEditor(document),
        }
        self.stack = QStackedWidget(self)
        self._scrolls = {kind: self._scrolled(page) for kind, page in self.pages.items()}
        self.setWidget(self.stack)
        selection.changed.connect(self._on_selection_changed)
        document.chartChanged.connect(self._on_chart_changed)
        document.chartReplaced.connect(self._follow)
        document.displayChanged.connect(self._follow)
        self._follow()

    def _scrolled(self, page: QWidget) -> QScrollArea:
        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        return scroll

    @property
    def page(self) -> QWidget:
        """The page shown now."""
        return self.pages[self.kind]

    def _on_selection_changed(self, _initiator: object) -> None:
        self._follow()

    def _on_chart_changed(self, _edit: object) -> None:
        self._follow()

    def _follow(self, *_args: object) -> None:
        """Show the page for what is selected, with the chart as it is now."""
        kind, ids = self.selected()
        if kind != self.kind:
            self.kind = kind
            self.stack.setCurrentWidget(self._scrolls[kind])
        show = getattr(self.page, "show_ids", None)
        if show is not None:
            show(ids)

    def selected(self) -> tuple[str, tuple[str, ...]]:
        """Which page the selection asks for, and the ids it shows."""
        chart, ids = self.document.chart, self.selection.ids
        units = tuple(i for i in ids if chart.find_unit(i) is not None)
        if len(units) > 1:
            return "units", units
        current = self.selection.current
        finders = (("unit", chart.find_unit), ("tier", chart.find_tier),
                   ("duty", chart.find_duty), ("link", chart.find_link))
        for kind, find in finders:
            if current is not None and find(current) is not None:
                return kind, (current,)
        return ("unit", units) if units else ("none", ())
