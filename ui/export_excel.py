"""File → Export → Duty Matrix (Excel)…: the dialog, and the export it runs.

Owns what the user chooses for the workbook (the language, and with both
languages whether they go in two columns or on two lines; tiers across, or
the units of chosen tiers; the file) and running
`orgchart.formats.excel.export` with it: a busy cursor while it is written,
the core's message when it fails, its warnings when it succeeds. Nothing
here knows the workbook's layout. The choices are remembered for the next
export.

`export_duty_matrix(parent, document, preferences)` is the entry point;
every question goes through a small method of `DutyMatrixExport`
(`ask_choices`, `ask_overwrite`, `show_error`, `show_warnings`) that tests
replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from orgchart.formats import ExportError, ExportOptions
from orgchart.text import BOTH
from ui.document import ChartDocument
from ui.export_run import export_folder, remember_folder, write_export
from ui.panels.widgets import LANGUAGE_NAMES as PANEL_LANGUAGE_NAMES

LANGUAGE_NAMES = {**PANEL_LANGUAGE_NAMES,
                  BOTH: QT_TRANSLATE_NOOP("DutyMatrixDialog", "Both languages")}
FILTER = QT_TRANSLATE_NOOP("DutyMatrixDialog", "Excel workbooks (*.xlsx)")
MATRIX_BY_KEY = "excel/matrix_by"
BILINGUAL_KEY = "excel/bilingual"
TIERS_KEY = "excel/tiers"


@dataclass(frozen=True)
class Choices:
    """What the dialog returns: where to write and how."""

    path: Path
    options: ExportOptions
    #: the user already agreed to replace the file (in the file dialog)
    confirmed: bool = False


def suggested_path(document: ChartDocument) -> Path:
    """The chart's file name, or its title, with "duty matrix" and `.xlsx`."""
    chart = document.chart
    stem = document.path.stem if document.path is not None else \
        chart.title.pick(chart.languages[0], chart.languages) or "chart"
    safe = "".join(ch for ch in stem if ch not in '\\/:*?"<>|\n\r\t').strip() or "chart"
    name = QCoreApplication.translate("DutyMatrixDialog", "{chart} - duty matrix")
    return export_folder(document) / (name.format(chart=safe) + ".xlsx")


class DutyMatrixDialog(QDialog):
    """The choices for a duty-matrix workbook."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Export Duty Matrix"))
        self.setAccessibleName(self.tr("Export duty matrix to Excel"))
        settings = QSettings()
        self.language = self._language_box()
        self.layout_box = self._layout_box(str(settings.value(BILINGUAL_KEY, "columns")))
        self.by_tier = QRadioButton(self.tr("&Tiers across"), self)
        self.by_unit = QRadioButton(self.tr("&Units of these tiers across:"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_tier)
        group.addButton(self.by_unit)
        by_unit = settings.value(MATRIX_BY_KEY, "tier") == "unit" and bool(document.chart.tiers)
        (self.by_unit if by_unit else self.by_tier).setChecked(True)
        self.tiers = self._tier_list(settings.value(TIERS_KEY, []))
        self.path = QLineEdit(str(suggested_path(document)), self)
        self._browsed: Path | None = None
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._arrange(browse)
        for signal in (self.language.currentIndexChanged, self.by_tier.toggled,
                       self.tiers.itemChanged, self.path.textChanged):
            signal.connect(self._update)
        self._update()

    # -- building ----------------------------------------------------------------------

    def _language_box(self) -> QComboBox:
        box = QComboBox(self)
        languages = list(self.document.chart.languages)
        for choice in languages + ([BOTH] if len(languages) > 1 else []):
            box.addItem(self.tr(LANGUAGE_NAMES.get(choice, choice)), choice)
        found = box.findData(self.document.display)
        box.setCurrentIndex(found if found >= 0 else box.count() - 1)
        box.setAccessibleName(self.tr("Language"))
        return box

    def _layout_box(self, stored: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("Two columns, one per language"), "columns")
        box.addItem(self.tr("Two lines in one cell"), "lines")
        box.setCurrentIndex(1 if stored == "lines" else 0)
        box.setAccessibleName(self.tr("Both languages as"))
        box.setToolTip(self.tr("How duty texts and unit names show both languages"))
        return box

    def _tier_list(self, stored: object) -> QListWidget:
        chosen = set(stored) if isinstance(stored, list) else {stored} if stored else set()
        widget = QListWidget(self)
        widget.setAccessibleName(self.tr("Tiers whose units go across"))
        for tier in self.document.chart.tiers:
            count = sum(u.tier == tier.id for u in self.document.chart.units)
            label = self.tr("{tier} (%n unit(s))", "", count).format(
                tier=self.document.label(tier.name).replace("\n", " / "))
            item = QListWidgetItem(label, widget)
            item.setData(Qt.ItemDataRole.UserRole, tier.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = tier.id in chosen if chosen else tier is self.document.chart.tiers[-1]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.setMaximumHeight(140)
        return widget

    def _arrange(self, browse: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Both languages &as:"), self.layout_box)
        matrix = QVBoxLayout()
        matrix.addWidget(self.by_tier)
        matrix.addWidget(self.by_unit)
        matrix.addWidget(self.tiers)
        form.addRow(self.tr("Across:"), matrix)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("File:"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    # -- state -------------------------------------------------------------------------

    def chosen_tiers(self) -> tuple[str, ...]:
        items = (self.tiers.item(i) for i in range(self.tiers.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def _update(self, *_: object) -> None:
        self.layout_box.setEnabled(self.language.currentData() == BOTH)
        by_unit = self.by_unit.isChecked()
        self.tiers.setEnabled(by_unit)
        columns = sum(1 + sum(u.tier == t for u in self.document.chart.units)
                      for t in self.chosen_tiers()) if by_unit else len(self.document.chart.tiers)
        missing = by_unit and not self.chosen_tiers()
        duties = len(self.document.chart.duties)
        self.note.setText(self.tr("Choose at least one tier.") if missing else self.tr(
            "{duties}, {columns}; a drop-down of the legend's codes in every cell.").format(
                duties=self.tr("%n duty(s) down", "", duties),
                columns=self.tr("%n column(s) across", "", columns)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing and bool(self.path.text().strip()))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Duty Matrix"),
                                                self.path.text(), self.tr(FILTER))
        if chosen:
            self.path.setText(chosen)
            self._browsed = self.target()

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def options(self) -> ExportOptions:
        by_unit = self.by_unit.isChecked()
        return ExportOptions(display=self.language.currentData(),
                             matrix_by="unit" if by_unit else "tier",
                             matrix_tiers=self.chosen_tiers() if by_unit else (),
                             bilingual=self.layout_box.currentData())

    def choices(self) -> Choices:
        return Choices(self.target(), self.options(), self.target() == self._browsed)

    def remember(self) -> None:
        settings = QSettings()
        options = self.options()
        settings.setValue(MATRIX_BY_KEY, options.matrix_by)
        settings.setValue(BILINGUAL_KEY, options.bilingual)
        settings.setValue(TIERS_KEY, list(self.chosen_tiers()))
        remember_folder(self.target())


class DutyMatrixExport:
    """One run of File → Export → Duty Matrix (Excel)…."""

    def __init__(self, parent: QWidget | None, document: ChartDocument) -> None:
        self.parent, self.document = parent, document

    def run(self) -> Path | None:
        """Ask, then write; the file written, or None (cancelled or failed)."""
        choices = self.ask_choices()
        if choices is None:
            return None
        if choices.path.exists() and not choices.confirmed \
                and not self.ask_overwrite(choices.path):
            return None
        try:
            warnings = self.write(choices)
        except ExportError as error:
            self.show_error(f"{choices.path.name}: {error}")
            return None
        if warnings:
            self.show_warnings(choices.path, warnings)
        return choices.path

    def write(self, choices: Choices) -> list[str]:
        return write_export(self.parent, self.tr("Export Duty Matrix"), self.document.chart,
                            "excel", choices.path, choices.options)

    # -- questions (tests replace these) -------------------------------------------------

    def ask_choices(self) -> Choices | None:
        dialog = DutyMatrixDialog(self.document, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.remember()
        return dialog.choices()

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("DutyMatrixExport", text)

    def ask_overwrite(self, path: Path) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self.parent, self.tr("Export Duty Matrix"),
            self.tr("“{name}” already exists. Replace it?").format(name=path.name),
            buttons.Yes | buttons.No, buttons.No) == buttons.Yes

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.parent, self.tr("Export Duty Matrix"),
                            self.tr("The duty matrix was not exported.") + "\n\n" + text)

    def show_warnings(self, path: Path, warnings: list[str]) -> None:
        QMessageBox.information(self.parent, self.tr("Export Duty Matrix"),
                                self.tr("“{name}” is written. Please note:").format(
                                    name=path.name) + "\n\n• " + "\n• ".join(warnings))


def export_duty_matrix(parent: QWidget | None, document: ChartDocument,
                       preferences: object = None) -> Path | None:
    """File → Export → Duty Matrix (Excel)…: the file written, or None."""
    return DutyMatrixExport(parent, document).run()
