"""The main window: an assembly of the canvas, the docks, the menus, the
toolbar and the status bar for one chart. It wires parts together and holds
no domain logic: edits come from `ui.unit_actions`, files from `ui.files`,
drawing from `ui.canvas`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from orgchart import __version__, bulk, edits
from orgchart.model import Chart
from orgchart.text import BOTH
from ui.canvas.view import ChartView
from ui.chart_properties import ChartPropertiesDialog
from ui.document import ChartDocument
from ui.export_excel import export_duty_matrix
from ui.export_image import export_image
from ui.files import FileController
from ui.find import FindBar
from ui.i18n import problem_language
from ui.import_dialog import import_chart_dialog
from ui.output_actions import OutputActions
from ui.panels.inspector import InspectorDock
from ui.panels.legend import RoleLegendDialog
from ui.panels.links import LinkActions
from ui.panels.matrix import DutyMatrixWidget
from ui.panels.outline import OutlineDock
from ui.panels.problems import LiveValidator, ProblemsDock
from ui.panels.tiers import TiersDock
from ui.panels.widgets import LANGUAGE_NAMES
from ui.preferences import Preferences, PreferencesDialog
from ui.recovery import Autosaver
from ui.resources import icon
from ui.selection import Selection
from ui.unit_actions import UnitActions

ZOOM_STEPS = (25, 50, 75, 100, 125, 150, 200, 300, 400)


def language_name(tag: str) -> str:
    if tag == BOTH:
        return QCoreApplication.translate("MainWindow", "Both languages")
    return LANGUAGE_NAMES.get(tag, tag)


class MainWindow(QMainWindow):
    """One chart in one window."""

    #: the window was closed (it deletes itself afterwards)
    closed = Signal()

    def __init__(self, document: ChartDocument, preferences: Preferences,
                 new_window: Callable[[Chart | None], object] | None = None,
                 like: MainWindow | None = None) -> None:
        """`like`: a window whose drawing options (direction, people, compact
        leaves) this one takes, when it replaces it in another language."""
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(icon("orgchart-builder"))
        self.document, self.preferences = document, preferences
        self._new_window = new_window
        self.selection = Selection(self)
        self.view = ChartView(document, self.selection, self)
        if like is not None:
            self._take_view_options(like.view)
        self.view.setAccessibleName(self.tr("Chart"))
        self.find_bar = FindBar(document, self.selection, self)
        self.find_bar.hide()
        self.matrix = DutyMatrixWidget(document, self.selection, self)
        self.validator = LiveValidator(document, self)
        self._build_centre()
        self.outline = OutlineDock(document, self.selection, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline)
        self.history = self._history_dock()
        self.tiers = TiersDock(document, self.selection, self)
        self.inspector = InspectorDock(document, self.selection, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.tiers)
        self.links = LinkActions(document, self.selection, self)
        self.outputs = OutputActions(document, self.selection, self.view, self, preferences)
        self.problems = ProblemsDock(document, self.selection, self, self.validator)
        self.problems.language = problem_language()  # the messages follow the interface
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.files = FileController(document, self, preferences)
        # a child, so that it goes with the window (the document may outlive it)
        self.autosaver = Autosaver(document, preferences, self)
        self._retiring = False
        self.units = UnitActions(document, self.selection, self.view, self)
        self.units.attach_to(self.view)
        self.units.attach_to(self.outline)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.files.install_drop_target(self, self.view)
        self.files.update_title()
        self.resize(1280, 820)
        self.resizeDocks([self.outline, self.inspector], [300, 330], Qt.Orientation.Horizontal)

    def _take_view_options(self, other: ChartView) -> None:
        self.view.set_orientation(other.orientation)
        self.view.set_show_people(other.show_people)
        self.view.set_compact(other.compact)

    # -- layout ----------------------------------------------------------------------

    def _build_centre(self) -> None:
        chart_page = QWidget(self)
        column = QVBoxLayout(chart_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(chart_page, icon("orgchart-builder"), self.tr("Chart"))
        self.tabs.addTab(self.matrix, icon("duty-matrix"), self.tr("Duty Matrix"))
        self.tabs.setTabToolTip(0, self.tr("The organisation chart"))
        self.tabs.setTabToolTip(1, self.tr("Every duty, and the role each tier plays in it"))
        self.tabs.setAccessibleName(self.tr("Chart and duty matrix"))
        self.setCentralWidget(self.tabs)

    def _history_dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("History"), self)
        dock.setObjectName("historyDock")
        undo_view = QUndoView(self.document.undo_stack, dock)
        undo_view.setEmptyLabel(self.tr("Opened chart"))
        undo_view.setAccessibleName(self.tr("Undo history"))
        undo_view.setToolTip(self.tr("Every change, oldest first; click a line to go back to it"))
        dock.setWidget(undo_view)
        # History sits behind the outline, so the chart gets the width.
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.tabifyDockWidget(self.outline, dock)
        self.outline.raise_()
        return dock

    # -- actions ---------------------------------------------------------------------

    def _action(self, text: str, icon_name: str | None, keys, slot, tip: str) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys:
            action.setShortcuts(keys if isinstance(keys, list) else [keys])
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        keys, stack = QKeySequence.StandardKey, self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(icon("edit-undo"))
        self.undo_action.setShortcuts(keys.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(icon("edit-redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        a = self._action
        self.new_window_action = a(self.tr("New &Window"), None, QKeySequence("Ctrl+Shift+N"),
                                   lambda: self._open_new_window(), self.tr("Open another window"))
        self.preferences_action = a(self.tr("&Preferences…"), "preferences", keys.Preferences,
                                    self._show_preferences,
                                    self.tr("Interface language, autosave, labels, export font"))
        self.close_action = a(self.tr("&Close Window"), None, keys.Close, self.close,
                              self.tr("Close this window"))
        self.quit_action = a(self.tr("&Quit"), None, keys.Quit, self._quit,
                             self.tr("Close every window"))
        self.find_action = a(self.tr("&Find…"), "edit-find", keys.Find, self.find_bar.activate,
                             self.tr("Find a unit by name, in any language"))
        self.find_next_action = a(self.tr("Find &Next"), None, QKeySequence("F3"),
                                  self.find_bar.find_next, self.tr("Go to the next match"))
        self.find_previous_action = a(self.tr("Find Pre&vious"), None, QKeySequence("Shift+F3"),
                                      self.find_bar.find_previous,
                                      self.tr("Go to the previous match"))
        self.zoom_in_action = a(self.tr("Zoom &In"), "zoom-in", [QKeySequence("Ctrl++"),
                                QKeySequence("Ctrl+=")], self.view.zoom_in, self.tr("Zoom in"))
        self.zoom_out_action = a(self.tr("Zoom &Out"), "zoom-out", QKeySequence("Ctrl+-"),
                                 self.view.zoom_out, self.tr("Zoom out"))
        self.fit_action = a(self.tr("&Fit Chart"), "zoom-fit", QKeySequence("Ctrl+0"),
                            self.view.fit, self.tr("Show the whole chart"))
        self.actual_size_action = a(self.tr("&Actual Size"), None, QKeySequence("Ctrl+1"),
                                    lambda: self.view.set_zoom(1.0), self.tr("Zoom to 100 %"))
        self.about_action = a(self.tr("&About OrgChart Builder"), None, None, self._about,
                              self.tr("Version and licence"))
        self.import_action = a(self.tr("&Import…"), "document-open", QKeySequence("Ctrl+I"),
                               self._import,
                               self.tr("Make a chart from a people list (CSV or Excel), "
                                       "a duty-matrix workbook, an outline or GraphML"))
        self.export_graphviz_action = a(self.tr("&Image (Graphviz)…"), "export-image", QKeySequence(
            "Ctrl+Shift+E"), lambda: export_image(self, self.document, self.preferences),
            self.tr("PNG, SVG, PDF or DOT drawn by Graphviz, with duties if you like"))
        self.export_excel_action = a(self.tr("&Duty Matrix (Excel)…"), "duty-matrix", None,
                                     lambda: export_duty_matrix(self, self.document,
                                                                self.preferences),
                                     self.tr("A workbook of every duty and role, ready to print"))
        self.properties_action = a(self.tr("Chart &Properties…"), "chart-properties", None,
                                   self._show_properties,
                                   self.tr("Title and languages of the chart"))
        self.legend_action = a(self.tr("Role &Legend…"), "role-legend", None, self._show_legend,
                               self.tr("The roles duties are assigned with: codes, names, colours"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        files = bar.addMenu(self.tr("&File"))
        files.addAction(self.files.new_action)
        files.addMenu(self.files.templates_menu)
        files.addAction(self.new_window_action)
        files.addAction(self.files.open_action)
        files.addMenu(self.files.recent_menu)
        files.addSeparator()
        for action in (self.files.save_action, self.files.save_as_action,
                       self.files.revert_action):
            files.addAction(action)
        files.addSeparator()
        files.addAction(self.import_action)
        exports = files.addMenu(icon("export-image"), self.tr("&Export"))
        exports.addAction(self.export_graphviz_action)
        exports.addAction(self.export_excel_action)
        for action in self.outputs.export_actions():
            exports.addAction(action)
        files.addAction(self.outputs.print_preview)
        files.addAction(self.outputs.print)
        files.addSeparator()
        files.addAction(self.preferences_action)
        files.addSeparator()
        files.addAction(self.close_action)
        files.addAction(self.quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        u = self.units
        for action in (u.add_child, u.add_sibling, u.rename, u.delete):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(u.move_left)
        edit.addAction(u.move_right)
        edit.addMenu(u.tier_menu)
        edit.addAction(u.toggle_collapse)
        edit.addSeparator()
        for action in (u.cut, u.copy, u.paste, self.outputs.copy_image):
            edit.addAction(action)
        edit.addSeparator()
        for action in self.links.actions():
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.legend_action)
        edit.addAction(self.properties_action)

        view = bar.addMenu(self.tr("&View"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.actual_size_action):
            view.addAction(action)
        view.addSeparator()
        self.display_menu = view.addMenu(icon("display-language"), self.tr("&Labels"))
        self.display_menu.aboutToShow.connect(self._fill_display_menu)
        view.addMenu(self._choice_menu(self.tr("&Direction"), [(self.tr("Top to Bottom"), "tb"),
                                                               (self.tr("Left to Right"), "lr")],
                                       self.view.orientation, self.view.set_orientation))
        self.show_people_action = view.addAction(self.tr("Show &People on Cards"))
        self.show_people_action.setCheckable(True)
        self.show_people_action.setChecked(self.view.show_people)
        self.show_people_action.setStatusTip(
            self.tr("List each unit's people on its card, or names only"))
        self.show_people_action.toggled.connect(self.view.set_show_people)
        view.addMenu(self._choice_menu(self.tr("&Compact Leaves"),
                                       [(self.tr("Off"), "off"), (self.tr("On"), "on"),
                                        (self.tr("Automatic"), "auto")],
                                       self.view.compact, self.view.set_compact))
        view.addSeparator()
        for dock in (self.outline, self.history, self.inspector, self.tiers, self.problems):
            view.addAction(dock.toggleViewAction())

        helps = bar.addMenu(self.tr("&Help"))
        helps.addAction(self.about_action)

        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._canvas_menu)

    def _choice_menu(self, title: str, choices, current: str, apply) -> QMenu:
        menu = QMenu(title, self)
        group = QActionGroup(menu)
        for text, value in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, v=value: apply(v))
        return menu

    def _fill_display_menu(self) -> None:
        self.display_menu.clear()
        group = QActionGroup(self.display_menu)
        for choice in self._display_choices():
            action = self.display_menu.addAction(language_name(choice))
            action.setCheckable(True)
            action.setChecked(choice == self.document.display)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=choice: self.document.set_display(c))

    def _display_choices(self) -> list[str]:
        languages = list(self.document.chart.languages)
        return languages + ([BOTH] if len(languages) > 1 else [])

    def _canvas_menu(self, position) -> None:
        unit = self.view.unit_at(position)
        if unit is not None and unit not in self.selection.ids:
            self.selection.set([unit], initiator=self)
        menu = QMenu(self)
        u = self.units
        for action in (u.add_child, u.add_sibling, u.rename):
            menu.addAction(action)
        menu.addMenu(u.tier_menu)
        menu.addAction(u.toggle_collapse)
        menu.addSeparator()
        for action in (u.cut, u.copy, u.paste, u.delete):
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolBar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(bar)
        for action in (self.files.new_action, self.files.open_action, self.files.save_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        u = self.units
        for action in (u.add_child, u.add_sibling, u.delete, u.move_left, u.move_right,
                       u.toggle_collapse):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        self.zoom_box = QComboBox(bar)
        self.zoom_box.setEditable(True)
        self.zoom_box.addItems([f"{step} %" for step in ZOOM_STEPS])
        self.zoom_box.setToolTip(self.tr("Zoom (type a percentage)"))
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.setMinimumContentsLength(6)
        self.zoom_box.textActivated.connect(self._on_zoom_typed)
        bar.addWidget(self.zoom_box)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_action)
        bar.addSeparator()
        self.display_box = QComboBox(bar)
        self.display_box.setToolTip(self.tr("Which language the labels show"))
        self.display_box.setAccessibleName(self.tr("Label language"))
        self.display_box.activated.connect(self._on_display_chosen)
        bar.addWidget(self.display_box)
        bar.addSeparator()
        bar.addAction(self.find_action)

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName(self.tr("Chart summary"))
        self.counts_label.setToolTip(self.tr("Units, tiers and duties; errors and warnings"))
        self.statusBar().addPermanentWidget(self.counts_label)

    def _connect(self) -> None:
        d = self.document
        # a method, not a lambda: Qt drops the connection when the window goes,
        # and the document may outlive it (a language switch rebuilds windows)
        d.editRefused.connect(self._show_refusal)
        d.chartChanged.connect(self._on_chart_changed)
        d.chartReplaced.connect(self._on_chart_replaced)
        d.displayChanged.connect(self._fill_display_box)
        self.view.statusMessage.connect(lambda message: self.statusBar().showMessage(message,
                                                                                      5000))
        self.view.zoomChanged.connect(self._on_zoom_changed)
        self.find_bar.found.connect(self._on_found)
        self.matrix.statusMessage.connect(lambda message: self.statusBar().showMessage(message,
                                                                                        8000))
        self.validator.countsChanged.connect(self._show_counts)
        self.validator.markersChanged.connect(self.view.set_problem_markers)
        self.problems.activated.connect(self._on_problem_activated)
        self.links.statusMessage.connect(lambda message: self.statusBar().showMessage(message,
                                                                                       5000))
        self.files.titleChanged.connect(self.setWindowTitle)
        self._on_chart_replaced()

    # -- reactions -------------------------------------------------------------------

    def _on_found(self, unit_id: str) -> None:
        """Show a match: open the collapsed branches above it, then centre it."""
        chart = self.document.chart
        hidden_by = [a.id for a in chart.ancestors(unit_id) if a.collapsed]
        if hidden_by:
            self.document.push(edits.Batch(tuple(
                edits.SetUnitField(a, "collapsed", False) for a in hidden_by),
                QT_TRANSLATE_NOOP("EditTitle", "Expand")))
        self.view.center_on(unit_id)

    def _on_chart_changed(self, _edit: object = None) -> None:
        # tiers, duties and links are selectable too (the panels select them);
        # only the few selected ids are looked up, not every id of the chart
        chart = self.document.chart
        self.selection.keep_only({i for i in self.selection.ids if chart.find_unit(i) is not None
                                  or i in {x.id for x in (*chart.tiers, *chart.duties,
                                                          *chart.links)}})
        self._keep_display_valid()
        self._fill_display_box()

    def _on_chart_replaced(self) -> None:
        self.selection.clear(initiator=self)
        self._keep_display_valid()
        self._fill_display_box()
        # The validator has checked the new chart already (at its creation,
        # or on chartReplaced, heard before this): show its findings rather
        # than check a 50,000-unit chart twice.
        self._show_counts(self.validator.counts())
        self.view.set_problem_markers(self.validator.markers())
        QTimer.singleShot(0, self.view.fit)

    def _keep_display_valid(self) -> None:
        """The display names one of the chart's languages (they can change)."""
        choices = self._display_choices()
        if self.document.display not in choices:
            preferred = self.preferences.display_language
            self.document.set_display(preferred if preferred in choices else choices[-1])

    def _fill_display_box(self, *_: object) -> None:
        choices = self._display_choices()
        self.display_box.blockSignals(True)
        self.display_box.clear()
        for choice in choices:
            self.display_box.addItem(language_name(choice), choice)
        if self.document.display in choices:
            self.display_box.setCurrentIndex(choices.index(self.document.display))
        self.display_box.blockSignals(False)

    def _on_display_chosen(self, index: int) -> None:
        self.document.set_display(self.display_box.itemData(index))

    def _on_zoom_changed(self, factor: float) -> None:
        self.zoom_box.setEditText(f"{round(factor * 100)} %")

    def _on_zoom_typed(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
        try:
            percent = float(digits)
        except ValueError:
            return
        self.view.set_zoom(max(5.0, min(percent, 800.0)) / 100)

    def _show_refusal(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _show_counts(self, counts) -> None:  # noqa: ANN001 - a problems.Counts
        self.counts_label.setText(" · ".join((
            self.tr("%n unit(s)", "", counts.units), self.tr("%n tier(s)", "", counts.tiers),
            self.tr("%n duty(s)", "", counts.duties), self.tr("%n error(s)", "", counts.errors),
            self.tr("%n warning(s)", "", counts.warnings))))

    def _on_problem_activated(self, ids: list[str]) -> None:
        """Show what a problem is about: a duty in the matrix, a unit on the chart."""
        if ids and self.document.chart.find_duty(ids[0]) is not None:
            self.tabs.setCurrentWidget(self.matrix)
            return
        self.tabs.setCurrentIndex(0)
        unit = next((i for i in ids if self.document.chart.find_unit(i) is not None), None)
        if unit is not None:
            self._on_found(unit)

    # -- window-level commands ---------------------------------------------------------

    def _open_new_window(self, chart: Chart | None = None) -> None:
        if self._new_window is not None:
            self._new_window(chart)

    def _import(self) -> None:
        # an import opens in a window of its own when this one holds a chart
        empty = not self.document.chart.units and not self.document.modified
        import_chart_dialog(self, self.document, self.files.maybe_save,
                            None if empty else self._open_new_window)

    def _show_preferences(self) -> None:
        PreferencesDialog(self.preferences, self).exec()

    def _show_properties(self) -> None:
        ChartPropertiesDialog(self.document, self).exec()

    def _show_legend(self) -> None:
        if getattr(self, "_legend", None) is None:
            self._legend = RoleLegendDialog(self.document, self)
        self._legend.show()
        self._legend.raise_()

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About OrgChart Builder"),
            f"<h3>OrgChart Builder {__version__}</h3>"
            + self.tr("<p>Organisation charts with tiers, units and duties, checked as a "
                      "hierarchy, in Chinese and English.</p>"))

    def retire(self) -> None:
        """Close without asking about unsaved changes, because another window
        now shows this document (the interface language was switched)."""
        self._retiring = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._retiring and not self.files.maybe_save():
            event.ignore()
            return
        self.autosaver.discard()
        self.files.release()  # the chart's lock file: another instance may open it now
        self.preferences.window_geometry = self.saveGeometry()
        self.preferences.window_state = self.saveState()
        event.accept()
        bulk.thaw()  # this window's chart and items, set aside from the collector, may go now
        self.closed.emit()
