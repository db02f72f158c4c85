"""File → Export → Slides (PowerPoint)…: the dialog, and the export it runs.

Owns what the user chooses for a deck (the label language, a slide of
duties per tier or not, the chart's direction, the file) and running
`orgchart.formats.pptx.export` with it: a busy cursor while the deck is
built, the core's message when it fails, its warnings when it succeeds.
Nothing here knows the PowerPoint format. The choices are remembered for
the next export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgchart.formats import ExportError, ExportOptions
from orgchart.text import BOTH
from ui.document import ChartDocument
from ui.export_run import export_folder, remember_folder, write_export
from ui.panels.widgets import LANGUAGE_NAMES as PANEL_LANGUAGE_NAMES

LANGUAGE_NAMES = {**PANEL_LANGUAGE_NAMES,
                  BOTH: QT_TRANSLATE_NOOP("SlidesDialog", "Both languages")}
DUTIES_KEY = "slides/duty_slides"
DIRECTION_KEY = "slides/orientation"
FILTER = QT_TRANSLATE_NOOP("SlidesDialog", "PowerPoint slides (*.pptx)")


def suggested_path(document: ChartDocument, suffix: str) -> Path:
    stem = document.path.stem if document.path is not None else \
        (document.chart.title.pick("en", document.chart.languages) or "chart")
    safe = "".join(ch for ch in stem if ch not in '\\/:*?"<>|').strip() or "chart"
    return export_folder(document) / f"{safe}{suffix}"


class SlidesDialog(QDialog):
    """The choices for a deck of slides."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Export Slides"))
        self.setAccessibleName(self.tr("Export slides"))
        self.language = self._language_box()
        settings = QSettings()
        self.duties = QCheckBox(self.tr("A slide of duties for each tier"), self)
        self.duties.setChecked(settings.value(DUTIES_KEY, True) not in (False, "false"))
        self.duties.setToolTip(self.tr("Each tier's duties and the role it plays in them, "
                                       "as a table"))
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Top to bottom"), "tb")
        self.direction.addItem(self.tr("Left to right"), "lr")
        self.direction.setCurrentIndex(1 if settings.value(DIRECTION_KEY, "tb") == "lr" else 0)
        self.direction.setAccessibleName(self.tr("Direction of the chart"))
        self.path = QLineEdit(str(suggested_path(document, ".pptx")), self)
        self.path.setAccessibleName(self.tr("File to write"))
        self.path.textChanged.connect(self._update_ok)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Labels:"), self.language)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow("", self.duties)
        # (a row of a layout gets a plain label: the shortcut needs its buddy)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_ok()

    def _language_box(self) -> QComboBox:
        box = QComboBox(self)
        languages = list(self.document.chart.languages)
        for choice in languages + ([BOTH] if len(languages) > 1 else []):
            box.addItem(self.tr(LANGUAGE_NAMES.get(choice, choice)), choice)
        found = box.findData(self.document.display)
        box.setCurrentIndex(found if found >= 0 else box.count() - 1)
        box.setAccessibleName(self.tr("Label language"))
        return box

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Slides"),
                                                self.path.text(), self.tr(FILTER))
        if chosen:
            self.path.setText(chosen)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.path.text().strip()))

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pptx" else path.with_name(path.name + ".pptx")

    def options(self) -> ExportOptions:
        return ExportOptions(display=self.language.currentData(),
                             orientation=self.direction.currentData(),
                             duty_slides=self.duties.isChecked())

    def remember(self) -> None:
        settings = QSettings()
        settings.setValue(DUTIES_KEY, self.duties.isChecked())
        settings.setValue(DIRECTION_KEY, self.direction.currentData())
        remember_folder(self.target())


def write_slides(document: ChartDocument, path: Path, options: ExportOptions,
                 parent: QWidget | None = None) -> list[str]:
    """Write the deck (see `ui.export_run`); raises `ExportError` with the
    core's message."""
    return write_export(parent, QCoreApplication.translate("SlidesDialog", "Export Slides"),
                        document.chart, "pptx", path, options)


def export_slides(parent: QWidget | None, document: ChartDocument,
                  preferences: object = None) -> Path | None:
    """Ask, then write the deck; the file written, or None (cancelled or failed).

    `preferences` is taken for the menus' sake but not read: its export font
    is for Graphviz images on this machine, while a deck is opened on the
    audience's, so slides name the Chinese faces Windows and Office ship.
    """
    dialog = SlidesDialog(document, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path = dialog.target()
    dialog.remember()
    try:
        warnings = write_slides(document, path, dialog.options(), parent)
    except ExportError as error:
        show_message(parent, QMessageBox.Icon.Warning, f"{path.name}: {error}")
        return None
    if warnings:
        show_message(parent, QMessageBox.Icon.Information,
                     QCoreApplication.translate("SlidesDialog",
                                                "The slides are written. Please note:")
                     + "\n\n• " + "\n• ".join(warnings))
    return path


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(icon, QCoreApplication.translate("SlidesDialog", "Export Slides"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()
