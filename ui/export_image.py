"""File → Export → Image (Graphviz)…: the dialog, and the export run off the
UI thread.

Owns the app's side of `orgchart.formats.graphviz`: `ExportImageDialog`
(format, language, duties, engine, orientation, resolution, file), and
`ImageExporter`, which copies the chart, exports the copy on a worker
thread (the core is pure Python and Graphviz is a subprocess, so the window
keeps painting), shows a busy indicator when the chart is large or the
export slow, and says how it went: where the file is, with "Open Folder",
and any warnings; or why it failed, with how to install Graphviz when it is
missing.

Every question to the user goes through a small method (`run_dialog`,
`ask_path`, `ask_open_folder`, `show_error`, `open_folder`) that tests
replace.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgchart.formats import ExportError, ExportOptions, graphviz
from orgchart.model import Chart
from orgchart.text import BOTH
from ui.document import ChartDocument
from ui.panels.widgets import LANGUAGE_NAMES
from ui.preferences import Preferences

__all__ = ["ExportImageDialog", "ImageExporter", "export_image"]

#: suffix -> what the format box shows (translated where it is shown)
FORMATS = {".png": QT_TRANSLATE_NOOP("ExportImageDialog", "PNG picture"),
           ".svg": QT_TRANSLATE_NOOP("ExportImageDialog", "SVG drawing"),
           ".pdf": QT_TRANSLATE_NOOP("ExportImageDialog", "PDF document"),
           ".dot": QT_TRANSLATE_NOOP("ExportImageDialog", "DOT graph (no Graphviz needed)")}
ENGINES = {"auto": QT_TRANSLATE_NOOP("ExportImageDialog", "Automatic"),
           "dot": QT_TRANSLATE_NOOP("ExportImageDialog", "Graphviz lays out (dot)"),
           "pinned": QT_TRANSLATE_NOOP("ExportImageDialog", "As on screen (pinned, fast)")}
ORIENTATIONS = {"tb": QT_TRANSLATE_NOOP("ExportImageDialog", "Top to bottom"),
                "lr": QT_TRANSLATE_NOOP("ExportImageDialog", "Left to right")}
#: Charts with more units than this show the busy indicator at once; smaller
#: ones only when the export takes longer than BUSY_AFTER_MS.
LARGE_CHART = 300
BUSY_AFTER_MS = 600


def language_name(tag: str) -> str:
    if tag == BOTH:
        return QT_TRANSLATE_NOOP("ExportImageDialog", "Both languages")
    return LANGUAGE_NAMES.get(tag, tag)


# --------------------------------------------------------------------------
# The dialog


class ExportImageDialog(QDialog):
    """What to export and where; `options()` and `path()` once accepted."""

    def __init__(self, chart: Chart, display: str, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportImageDialog")
        self.setWindowTitle(self.tr("Export Image (Graphviz)"))
        self.setAccessibleName(self.tr("Export Image (Graphviz)"))
        self._make_fields(chart, display)
        self._make_file(path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Labels:"), self.language_box)
        form.addRow("", self.duties_box)
        form.addRow(self.tr("&Layout:"), self.engine_box)
        form.addRow(self.tr("&Direction:"), self.orientation_box)
        form.addRow(self.tr("&Resolution:"), self.dpi_box)
        form.addRow(self.tr("&Save to:"), self._file_row)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)
        self.setMinimumWidth(520)
        self._on_format_changed()

    def _combo(self, items: dict[str, str], current: str, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        for value, text in items.items():
            combo.addItem(self.tr(text), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        return combo

    def _make_fields(self, chart: Chart, display: str) -> None:
        self.format_box = self._combo(FORMATS, ".png", self.tr("Format"),
                                      self.tr("PNG for slides, SVG or PDF to scale without "
                                              "blur, DOT to edit the graph yourself"))
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        languages = list(chart.languages) + ([BOTH] if len(chart.languages) > 1 else [])
        self.language_box = self._combo({tag: language_name(tag) for tag in languages},
                                        display if display in languages else languages[-1],
                                        self.tr("Label language"),
                                        self.tr("The language of the labels; both stacks the "
                                                "first language over the second"))
        self.duties_box = QCheckBox(self.tr("Show each tier's &duties with their roles"), self)
        self.duties_box.setAccessibleName(self.tr("Show duties"))
        self.duties_box.setToolTip(self.tr("List on every card the duties of its tier (and "
                                           "its own), with the role codes in their colours"))
        self.engine_box = self._combo(
            ENGINES, "auto", self.tr("Layout engine"),
            self.tr("Automatic: Graphviz lays out charts of up to {n} units; larger ones "
                    "keep the layout you see, which is fast").format(
                        n=graphviz.AUTO_PINNED_ABOVE))
        self.orientation_box = self._combo(ORIENTATIONS, "tb", self.tr("Direction"),
                                           self.tr("Tiers as rows (top to bottom) or as "
                                                   "columns (left to right)"))
        self.dpi_box = QSpinBox(self)
        self.dpi_box.setRange(graphviz.MIN_DPI, graphviz.MAX_DPI)
        self.dpi_box.setSingleStep(24)
        self.dpi_box.setValue(150)
        self.dpi_box.setSuffix(self.tr(" dpi"))
        self.dpi_box.setAccessibleName(self.tr("Resolution in dots per inch"))
        self.dpi_box.setToolTip(self.tr("PNG only: 96 for the screen, 150 for slides, 300 "
                                        "for print"))

    def _make_file(self, path: Path) -> None:
        self.path_edit = QLineEdit(str(path), self)
        self.path_edit.setAccessibleName(self.tr("File to export to"))
        self.path_edit.setToolTip(self.tr("Where the picture is saved; its ending follows "
                                          "the format"))
        self.path_edit.editingFinished.connect(self._on_path_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the file"))
        self.browse_button.setToolTip(self.tr("Choose the folder and the file name"))
        self.browse_button.clicked.connect(self._on_browse)
        self._file_row = QWidget(self)
        row = QHBoxLayout(self._file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

    # -- reactions ---------------------------------------------------------------

    @property
    def suffix(self) -> str:
        return self.format_box.currentData()

    def _on_format_changed(self, *_: object) -> None:
        self.dpi_box.setEnabled(self.suffix == ".png")
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(self.suffix)))

    def _on_path_edited(self) -> None:
        """A file name typed with a known ending picks that format."""
        suffix = Path(self.path_edit.text().strip()).suffix.lower()
        index = self.format_box.findData(suffix)
        if index >= 0 and index != self.format_box.currentIndex():
            self.format_box.setCurrentIndex(index)

    def _on_browse(self) -> None:
        chosen = self.ask_path(self.path_edit.text().strip())
        if chosen:
            self.path_edit.setText(chosen)
            self._on_path_edited()
            self._on_format_changed()

    def ask_path(self, start: str) -> str:
        """The save dialog (tests replace this)."""
        filters = ";;".join(f"{self.tr(text)} (*{suffix})" for suffix, text in FORMATS.items())
        current = f"{self.tr(FORMATS[self.suffix])} (*{self.suffix})"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export Image"), start, filters,
                                              current)
        return name

    # -- the answer ----------------------------------------------------------------

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).with_suffix(self.suffix)

    def options(self, font: str | None = None, programs: str | None = None) -> ExportOptions:
        return ExportOptions(display=self.language_box.currentData(),
                             duties=self.duties_box.isChecked(),
                             engine=self.engine_box.currentData(),
                             orientation=self.orientation_box.currentData(),
                             dpi=self.dpi_box.value(), font=font or None,
                             programs=programs or None)


# --------------------------------------------------------------------------
# Running the export


#: Exports running: a thread must outlive its window if that closes first.
_RUNNING: set[_ExportThread] = set()


class _ExportThread(QThread):
    """The export on a worker thread. It reports through signals, which Qt
    delivers to the UI thread, and deletes itself once it has finished."""

    exported = Signal(list)
    failed = Signal(str, bool)

    def __init__(self, chart: Chart, path: Path, options: ExportOptions) -> None:
        super().__init__()
        self.chart, self.path, self.options = chart, path, options
        _RUNNING.add(self)
        self.finished.connect(self._on_thread_finished)

    def run(self) -> None:
        try:
            warnings = graphviz.export(self.chart, self.path, self.options)
        except graphviz.GraphvizMissing as missing:
            self.failed.emit(str(missing), True)
        except ExportError as error:
            self.failed.emit(str(error), False)
        except Exception as error:  # noqa: BLE001 - a bug must not end the app silently
            self.failed.emit(QCoreApplication.translate(
                "ImageExporter", "unexpected error: {error}").format(error=repr(error)), False)
        else:
            self.exported.emit(warnings)

    def _on_thread_finished(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()


class ImageExporter(QObject):
    """One export from the dialog to the final message."""

    #: the export ended (True: the file was written)
    done = Signal(bool)

    def __init__(self, window: QWidget, document: ChartDocument,
                 preferences: Preferences) -> None:
        super().__init__(window)
        self.window, self.document, self.preferences = window, document, preferences
        self.path: Path | None = None
        self.progress: QProgressDialog | None = None
        self._task: _ExportThread | None = None

    def start(self) -> bool:
        """Ask, then start the export; False when the user cancelled."""
        dialog = ExportImageDialog(self.document.chart, self.document.display,
                                   self.suggested_path(), self.window)
        if not self.run_dialog(dialog):
            return False
        self.path = dialog.path()
        options = dialog.options(self.preferences.export_font, self.preferences.graphviz_folder)
        # a copy: the user may go on editing while the worker reads the chart
        self._task = _ExportThread(copy.deepcopy(self.document.chart), self.path, options)
        self._task.exported.connect(self._on_finished)
        self._task.failed.connect(self._on_failed)
        self._show_busy_later(len(self.document.chart.units))
        self._task.start()
        return True

    def suggested_path(self) -> Path:
        if self.path is not None:
            return self.path
        if self.document.path is not None:
            return self.document.path.with_suffix(".png")
        pictures = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        return Path(pictures) / "chart.png"

    # -- busy indicator --------------------------------------------------------------

    def _show_busy_later(self, units: int) -> None:
        progress = QProgressDialog(self.tr("Exporting the chart with Graphviz…"), "", 0, 0,
                                   self.window)
        progress.setWindowTitle(self.tr("Export Image"))
        progress.setCancelButton(None)  # Graphviz stops by itself at its time limit
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.reset()  # no showing until told to
        self.progress = progress
        QTimer.singleShot(0 if units > LARGE_CHART else BUSY_AFTER_MS, self._show_busy)

    def _show_busy(self) -> None:
        if self.progress is not None and self._task is not None:
            self.progress.show()

    def _stop_busy(self) -> None:
        self._task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # -- outcome ------------------------------------------------------------------

    def _on_finished(self, warnings: list[str]) -> None:
        self._stop_busy()
        assert self.path is not None
        if self.ask_open_folder(self.path, warnings):
            self.open_folder(self.path.parent)
        self.done.emit(True)

    def _on_failed(self, message: str, missing: bool) -> None:
        self._stop_busy()
        if missing:
            message += "\n\n" + self.tr("You can also give the folder of the Graphviz "
                                        "programs in Preferences.")
        self.show_error(message)
        self.done.emit(False)

    # -- questions to the user (tests replace these) ----------------------------------

    def run_dialog(self, dialog: ExportImageDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_open_folder(self, path: Path, warnings: list[str]) -> bool:
        """Tell where the file went; True when the user wants its folder opened."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export Image"),
                          self.tr("The chart was exported to {name}.").format(name=path.name),
                          QMessageBox.StandardButton.Ok, self.window)
        if warnings:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText("\n\n".join(warnings))
        box.setDetailedText(str(path))
        folder = box.addButton(self.tr("Open &Folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        return box.clickedButton() is folder

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Export Image"),
                            self.tr("The chart could not be exported: {why}").format(
                                why=message))


def export_image(window_parent: QWidget, document: ChartDocument,
                 preferences: Preferences) -> ImageExporter:
    """File → Export → Image (Graphviz)…: ask, export in the background, tell."""
    exporter = ImageExporter(window_parent, document, preferences)
    exporter.done.connect(exporter.deleteLater)
    if not exporter.start():
        exporter.deleteLater()
    return exporter
