"""The running app: one QApplication, its look, and its windows.

Owns the start-up sequence (offer crash recoveries, then open the files asked
for, else the last file, else the seed sample) and the list of open windows,
so that File > New Window and closing windows work without globals elsewhere.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from orgchart import __version__
from orgchart.model import Chart
from ui.document import ChartDocument
from ui.files import untitled_chart
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.recovery import offer_recovery, pending_recoveries
from ui.resources import asset_path, icon, seed_sample_path

APP_NAME = "OrgChart Builder"


class Application:
    """The app's windows and preferences."""

    def __init__(self, qt_app: QApplication) -> None:
        self.qt_app = qt_app
        self.preferences = Preferences()
        self.windows: list[MainWindow] = []

    def new_window(self, document: ChartDocument | None = None) -> MainWindow:
        if document is None:
            document = ChartDocument(untitled_chart(self.preferences.new_chart_languages()))
        window = MainWindow(document, self.preferences, new_window=self.window_for)
        self.windows.append(window)
        window.closed.connect(lambda: self._forget(window))
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

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def start(self, files: list[str]) -> None:
        """Recoveries first, then the files asked for, the last file or the sample."""
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
