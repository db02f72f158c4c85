"""The window's output actions, for the lead to place in the menus: copy the
chart as a picture, export what you see, print and print preview, export
slides and GraphML.

Owns the QActions, the file choosers and messages around them, and one
printer per window (so page size and orientation set once stay set). The
work is done elsewhere: `image_export`, `printing`, `export_slides`, and
`orgchart.formats.graphml` for the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from orgchart.formats import ExportError, ExportOptions
from orgchart.formats import graphml as graphml_format
from ui import image_export, printing
from ui.canvas.view import ChartView
from ui.document import ChartDocument
from ui.export_run import remember_folder
from ui.export_slides import export_slides, suggested_path
from ui.resources import icon
from ui.selection import Selection

VIEW_FILTERS = (QT_TRANSLATE_NOOP("OutputActions", "PNG image (*.png)"),
                QT_TRANSLATE_NOOP("OutputActions", "SVG drawing (*.svg)"),
                QT_TRANSLATE_NOOP("OutputActions", "PDF document (*.pdf)"))
GRAPHML_FILTER = QT_TRANSLATE_NOOP("OutputActions", "GraphML for yEd (*.graphml)")


class OutputActions(QObject):
    """Copy Image, Export What You See, Print, Print Preview, Export Slides,
    Export GraphML for one window."""

    def __init__(self, document: ChartDocument, selection: Selection, view: ChartView,
                 window: QWidget, preferences: object = None) -> None:
        super().__init__(window)
        self.document, self.selection, self.view, self.window = document, selection, view, window
        self.preferences = preferences if preferences is not None else \
            getattr(window, "preferences", None)
        self._printer: QPrinter | None = None
        a = self._action
        self.copy_image = a(self.tr("Copy as &Image"), "copy-image", "Ctrl+Shift+C",
                            self.on_copy_image,
                            self.tr("Copy the chart, or the selected units, as a picture to "
                                    "paste into slides"))
        self.export_view = a(self.tr("Export What You &See…"), "export-image", None,
                             self.on_export_view,
                             self.tr("Save the chart as the canvas draws it: PNG, SVG or PDF "
                                     "(no Graphviz needed)"))
        self.print = a(self.tr("&Print…"), "print", QKeySequence.StandardKey.Print,
                       self.on_print, self.tr("Print the chart on one page or over several"))
        self.print_preview = a(self.tr("Print Pre&view…"), "print-preview", None,
                               self.on_print_preview,
                               self.tr("See the printed pages, and set the paper"))
        self.export_slides = a(self.tr("&Slides (PowerPoint)…"), "export-slides", None,
                               self.on_export_slides,
                               self.tr("A deck of editable slides: the chart, each tier's "
                                       "duties and the legend"))
        self.export_graphml = a(self.tr("&GraphML (yEd)…"), "export-graphml", None,
                                self.on_export_graphml,
                                self.tr("The chart for yEd and other graph tools, laid out"))
        document.chartChanged.connect(self._update_enabled)
        document.chartReplaced.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, icon_name: str, keys: object, slot: Callable[[], object],
                tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setIcon(icon(icon_name))
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.copy_image, self.export_view, self.print, self.print_preview,
                self.export_slides, self.export_graphml]

    def export_actions(self) -> list[QAction]:
        """For File → Export: slides, GraphML, and a picture of the canvas."""
        return [self.export_slides, self.export_graphml, self.export_view]

    def _update_enabled(self, *_: object) -> None:
        drawn = bool(self.document.chart.units)
        for action in (self.copy_image, self.export_view, self.print, self.print_preview):
            action.setEnabled(drawn)

    def title(self) -> str:
        return self.document.label(self.document.chart.title).replace("\n", " — ")

    # -- copy and pictures ---------------------------------------------------------

    def on_copy_image(self) -> None:
        selected = [uid for uid in self.selection.ids if self.view.chart_scene.card(uid)]
        image_export.copy_image(self.view, selected, self.title())
        self.status(self.tr("Copied the selected units as a picture") if selected
                    else self.tr("Copied the chart as a picture"))

    def on_export_view(self) -> Path | None:
        path = self.ask_save_path(self.tr("Export What You See"),
                                  suggested_path(self.document, ".png"),
                                  ";;".join(self.tr(f) for f in VIEW_FILTERS))
        if path is None:
            return None
        if path.suffix.lower() not in image_export.FORMATS:
            path = path.with_name(path.name + ".png")
        try:
            image_export.export_view(self.view, path, self.title())
        except (ExportError, ValueError) as error:
            self.show_error(self.tr("Export What You See"), f"{path.name}: {error}")
            return None
        remember_folder(path)
        self.status(self.tr("Saved %1").replace("%1", str(path)))
        return path

    # -- printing ---------------------------------------------------------------------------

    def printer(self) -> QPrinter:
        """This window's printer: its paper settings last as long as the window."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setDocName(self.title() or self.tr("Organisation chart"))
            printing.ChartPrinter(self.view, self.document).suggest_orientation(self._printer)
        return self._printer

    def on_print(self) -> int:
        pages = printing.print_chart(self.view, self.document, self.printer(), self.window)
        if pages:
            self.status(self.tr("Sent %n page(s) to the printer", "", pages))
        return pages

    def on_print_preview(self) -> None:
        dialog = printing.preview_chart(self.view, self.document, self.printer(), self.window)
        dialog.exec()

    # -- files of other programs ---------------------------------------------------------------

    def on_export_slides(self) -> Path | None:
        path = export_slides(self.window, self.document, self.preferences)
        if path is not None:
            self.status(self.tr("Saved %1").replace("%1", str(path)))
        return path

    def on_export_graphml(self) -> Path | None:
        path = self.ask_save_path(self.tr("Export GraphML"),
                                  suggested_path(self.document, ".graphml"),
                                  self.tr(GRAPHML_FILTER))
        if path is None:
            return None
        if path.suffix.lower() != ".graphml":
            path = path.with_name(path.name + ".graphml")
        options = ExportOptions(display=self.document.display, orientation=self.view.orientation)
        try:
            graphml_format.export(self.document.chart, path, options)
        except ExportError as error:
            self.show_error(self.tr("Export GraphML"), f"{path.name}: {error}")
            return None
        remember_folder(path)
        self.status(self.tr("Saved %1").replace("%1", str(path)))
        return path

    # -- dialogs (small, so tests replace them) ---------------------------------------------

    def ask_save_path(self, caption: str, suggested: Path, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, caption, str(suggested), filters)
        return Path(chosen) if chosen else None

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    def status(self, message: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 5000)
