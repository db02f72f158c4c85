"""The running app: one QApplication, its look, and its windows.

Owns the start-up sequence (offer crash recoveries, then open the files asked
for, else the last file, else the seed sample) and the list of open windows,
so that File > New Window and closing windows work without globals elsewhere.

The interface language is installed before the first window (`ui.i18n`,
from the Preferences). Switching it at run time rebuilds every window on its
own document, rather than retranslating each widget in place: every text is
set once, where its widget is built, and a rebuilt window cannot miss one.
The document (chart, undo stack, path, unsaved changes) is the same object,
so nothing of the open chart is lost; the window keeps its place, docks, tab,
selection and drawing options.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from orgchart import __version__
from orgchart.formats.safe_xlsx import xml_safety_problem
from orgchart.model import Chart
from ui.document import ChartDocument
from ui.files import untitled_chart
from ui.i18n import install_translator
from ui.main_window import MainWindow
from ui.preferences import UI_LANGUAGE, Preferences
from ui.recovery import offer_recovery, pending_recoveries
from ui.resources import asset_path, icon, seed_sample_path

APP_NAME = "OrgChart Builder"


class Application:
    """The app's windows and preferences."""

    def __init__(self, qt_app: QApplication) -> None:
        self.qt_app = qt_app
        self.preferences = Preferences()
        self.windows: list[MainWindow] = []
        self.preferences.changed.connect(self._on_preference_changed)

    def new_window(self, document: ChartDocument | None = None) -> MainWindow:
        if document is None:
            document = ChartDocument(untitled_chart(self.preferences.new_chart_languages()))
        window = MainWindow(document, self.preferences, new_window=self.window_for)
        self._adopt(window)
        geometry = self.preferences.window_geometry
        if geometry and len(self.windows) == 1:
            window.restoreGeometry(geometry)
            window.restoreState(self.preferences.window_state)
        window.show()
        return window

    def window_for(self, chart: Chart | None = None) -> MainWindow:
        """A new window, blank or showing a chart not yet saved (an import)."""
        window = self.new_window()
        if chart is not None:
            window.document.replace_chart(chart, None, modified=True)
        return window

    def _adopt(self, window: MainWindow, instead_of: MainWindow | None = None) -> None:
        if instead_of in self.windows:
            self.windows[self.windows.index(instead_of)] = window
        else:
            self.windows.append(window)
        window.closed.connect(lambda: self._forget(window))

    def _on_preference_changed(self, key: str) -> None:
        if key == UI_LANGUAGE:
            self.switch_language(self.preferences.ui_language)

    def switch_language(self, choice: str) -> None:
        """Install the interface language `choice` and rebuild every window in it."""
        install_translator(self.qt_app, choice)
        for window in list(self.windows):
            self.rebuild(window)

    def rebuild(self, old: MainWindow) -> MainWindow:
        """A new window on `old`'s document, in its place; `old` closes
        without asking about unsaved changes (they are still there)."""
        window = MainWindow(old.document, self.preferences, new_window=self.window_for,
                            like=old)
        self._adopt(window, instead_of=old)
        window.restoreGeometry(old.saveGeometry())
        window.restoreState(old.saveState())
        window.tabs.setCurrentIndex(old.tabs.currentIndex())
        window.selection.set(old.selection.ids)
        old.files.hand_over(window.files)  # the file's lock and read-only state
        if old.isVisible():
            window.show()
        old.retire()
        if window.document.modified and window.autosaver.interval_ms:
            window.autosaver.write_copy()  # the old window's copy went with it
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def start(self, files: list[str]) -> None:
        """Recoveries first, then the files asked for, the last file or the sample."""
        why = xml_safety_problem()
        if why is not None:  # the app still runs; imports of workbooks and GraphML refuse
            self.warn(QCoreApplication.translate("Application", "Imports are not safe here"),
                      why)
        for chart, path in offer_recovery(None, pending_recoveries()):
            self.new_window().files.open_recovered(chart, path)
        wanted = [Path(f) for f in files]
        if not wanted and not self.windows:
            last = self.preferences.last_file
            seed = seed_sample_path()
            wanted = [last] if last is not None and last.is_file() else [seed] if seed else []
        for path in wanted:
            window = self.windows[-1] if self._reusable() else self.new_window()
            window.files.open_path(path)
        if not self.windows:
            self.new_window()

    def warn(self, title: str, text: str) -> None:
        """Show a warning before any window (tests replace this)."""
        QMessageBox.warning(None, title, text)

    def _reusable(self) -> bool:
        """The last window shows an untouched blank chart, so a file may take it."""
        if not self.windows:
            return False
        document = self.windows[-1].document
        return document.path is None and not document.modified and not document.chart.units


def make_qt_app(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    install_translator(app, Preferences().ui_language)
    app.setWindowIcon(icon("orgchart-builder"))
    app.setDesktopFileName("orgchart-builder")
    style = asset_path("style.qss")
    if style is not None:
        app.setStyleSheet(style.read_text("utf-8"))
    return app


def run(files: list[str]) -> int:
    qt_app = make_qt_app(sys.argv[:1])
    application = Application(qt_app)
    application.start(files)
    return qt_app.exec()
