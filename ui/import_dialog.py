"""File → Import…: a chart from a duty-matrix workbook, a people list (CSV
or Excel) or an indented outline, with a preview before anything changes.

Owns the app's side of the imports: choosing the file, guessing its kind
(`orgchart.exchange.guess_import_kind`), a preview of its rows with one
drop-down per column saying what the column holds (the guess, which the
user can correct), the language of the imported text, and where the chart
opens: in a new window, or in this one after the unsaved-changes prompt.
The import runs when the user presses Import; a file that cannot be read
leaves the dialog open with the reason. The problems found (row by row
while reading, then by validation) are listed before the chart opens.

Entry points the window calls: `import_chart_dialog` (File → Import…) and
`import_pasted_outline` (an outline pasted as text). Every question goes
through a small method of `ImportFlow` (`ask_path`, `ask_import`,
`ask_open_with_problems`, `show_error`) that tests replace. Nothing here
knows a file format: `orgchart.formats` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart import exchange
from orgchart.fileformat import LoadError
from orgchart.formats import ImportOptions, ImportResult, excel, graphml, outline, table
from orgchart.formats.textfile import read_text
from orgchart.hierarchy import validate
from orgchart.model import Chart
from ui.document import ChartDocument
from ui.i18n import problem_language

KINDS = {"matrix": QT_TRANSLATE_NOOP("ImportDialog",
                                     "Duty matrix workbook (exported by OrgChart Builder)"),
         "people": QT_TRANSLATE_NOOP("ImportDialog", "People list: one row per unit (Visio, "
                                     "draw.io, Lucidchart, OrgChart Now)"),
         "outline": QT_TRANSLATE_NOOP("ImportDialog", "Outline: one unit per line, indented "
                                      "under the one it reports to"),
         "graphml": QT_TRANSLATE_NOOP("ImportDialog", "GraphML graph (yEd, Gephi, networkx)")}
LANGUAGES = {"": QT_TRANSLATE_NOOP("ImportDialog", "Not given"), "en": "English",
             "zh-Hant": "中文（繁體）", "zh-Hans": "中文（简体）"}
FILTER = QT_TRANSLATE_NOOP("ImportFlow", "Charts from other tools (*.xlsx *.csv *.tsv *.txt *.md "
                           "*.graphml);;Excel workbooks (*.xlsx);;CSV files (*.csv *.tsv);;"
                           "Outlines (*.txt *.md);;GraphML (*.graphml);;All files (*)")
#: The names of `orgchart.formats.table.FIELD_NAMES`, for the translations
#: (the core keeps them in English; the column boxes translate them).
_FIELD_NAMES = (QT_TRANSLATE_NOOP("ImportDialog", "ID"), QT_TRANSLATE_NOOP("ImportDialog", "Name"),
                QT_TRANSLATE_NOOP("ImportDialog", "First name"),
                QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
                QT_TRANSLATE_NOOP("ImportDialog", "Title"),
                QT_TRANSLATE_NOOP("ImportDialog", "Reports to"),
                QT_TRANSLATE_NOOP("ImportDialog", "Tier or level"),
                QT_TRANSLATE_NOOP("ImportDialog", "Department"),
                QT_TRANSLATE_NOOP("ImportDialog", "Dotted-line managers"),
                QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
                QT_TRANSLATE_NOOP("ImportDialog", "(not imported)"))
FOLDER_KEY = "import/folder"
PREVIEW_ROWS = 50
#: Problems that only say a people list or outline has no duties: it cannot have any.
_EXPECTED_WITHOUT_DUTIES = {"no-duties", "tier-without-duties"}
_CJK = re.compile("[\u3400-\u9fff]")

OpenChart = Callable[[Chart], object]


@dataclass
class Imported:
    """What the dialog hands back: the chart and where it goes."""

    result: ImportResult
    kind: str
    new_window: bool


def guess_kind(path: Path) -> str:
    try:
        return exchange.guess_import_kind(path)
    except exchange.Unsupported:
        return "people"


def guess_language(sample: str, languages: list[str]) -> str:
    """The language tag for imported text: Chinese text gets the chart's
    Chinese (Traditional by default), anything else English."""
    if _CJK.search(sample):
        return next((lang for lang in languages if lang.startswith("zh")), "zh-Hant")
    return "en"


def problem_lines(result: ImportResult, kind: str) -> list[str]:
    """What to show before opening: the rows the import complained about,
    then what validation finds in the chart."""
    found = [p for p in validate(result.chart) if p.severity != "info"
             and (kind == "matrix" or p.code not in _EXPECTED_WITHOUT_DUTIES)]
    lang = problem_language()  # the interface's, as in the Problems dock
    error = QCoreApplication.translate("ImportFlow", "Error: {0}")
    warning = QCoreApplication.translate("ImportFlow", "Warning: {0}")
    return [*result.problems, *((error if p.severity == "error" else warning).format(
        p.message(lang)) for p in found)]


class ImportDialog(QDialog):
    """Kind, preview, column mapping, language and destination of an import.

    `path` None imports outline text typed or pasted into the preview.
    """

    def __init__(self, path: Path | None, kind: str, parent: QWidget | None = None,
                 can_open_new: bool = True, replace_first: bool = False,
                 languages: list[str] | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.path, self.imported = path, None
        self.languages = languages or ["en"]
        self.setWindowTitle(self.tr("Import") if path else self.tr("Import Pasted Outline"))
        self.setAccessibleName(self.tr("Import a chart"))
        self.file_label = QLabel(str(path) if path else self.tr("Outline text"), self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of file"))
        for key, label in KINDS.items():
            if path is not None or key == "outline":
                self.kind.addItem(self.tr(label), key)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the text"))
        for tag, label in LANGUAGES.items():
            self.language.addItem(self.tr(label), tag)
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(self.tr("Preview of the rows and what each column holds"))
        self.mapping_boxes: dict[str, QComboBox] = {}
        self.text = QPlainTextEdit(text, self)
        self.text.setAccessibleName(self.tr("Outline"))
        self.text.setReadOnly(path is not None)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self._build_pages()
        self.new_window = QRadioButton(self.tr("Open in a &new window"), self)
        self.replace = QRadioButton(self.tr("&Replace the chart in this window"), self)
        group = QButtonGroup(self)
        group.addButton(self.new_window)
        group.addButton(self.replace)
        self.new_window.setEnabled(can_open_new)
        (self.replace if replace_first or not can_open_new else self.new_window).setChecked(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._arrange()
        found = self.kind.findData(kind)
        self.kind.setCurrentIndex(max(found, 0))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.sheet.currentIndexChanged.connect(self._on_sheet_changed)
        self._on_kind_changed()

    # -- building ----------------------------------------------------------------------

    def _build_pages(self) -> None:
        people = QWidget(self)
        column = QVBoxLayout(people)
        column.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Say what each column holds; the first row of drop-downs is "
                              "the guess from the column names."), people)
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(self.preview, 1)
        self.pages.addWidget(people)
        self.pages.addWidget(self.text)
        self.pages.addWidget(self.summary)

    def _arrange(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Language of the text:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.new_window)
        layout.addWidget(self.replace)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, 560)

    # -- preview -----------------------------------------------------------------------

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _on_kind_changed(self, *_: object) -> None:
        self.error.clear()
        kind = self.current_kind()
        self.pages.setCurrentIndex({"people": 0, "outline": 1, "matrix": 2, "graphml": 2}[kind])
        self.language.setEnabled(kind != "matrix")
        try:
            {"people": self._preview_people, "outline": self._preview_outline,
             "matrix": self._preview_matrix, "graphml": self._preview_graphml}[kind]()
        except LoadError as error:
            self.show_error(str(error))
            if kind == "people":
                self.preview.clear()
                self.preview.setRowCount(0)
                self.preview.setColumnCount(0)
                self.mapping_boxes = {}
        self.sheet.setEnabled(kind == "people" and self.sheet.count() > 1)

    def _on_sheet_changed(self, *_: object) -> None:
        if self.current_kind() == "people":
            self._on_kind_changed()

    def _preview_people(self) -> None:
        sheet = self.sheet.currentData() if self.sheet.count() else None
        preview = table.read_table(self.path, sheet, limit=PREVIEW_ROWS)
        self._fill_sheets(preview)
        self._fill_preview(preview)
        sample = " ".join(" ".join(row) for _, row in preview.rows[:20])
        self._set_language(guess_language(sample, self.languages))

    def _fill_sheets(self, preview: table.Table) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in preview.sheets:
            self.sheet.addItem(name, name)
        if preview.sheet:
            self.sheet.setCurrentIndex(max(self.sheet.findData(preview.sheet), 0))
        self.sheet.blockSignals(False)

    def _fill_preview(self, preview: table.Table) -> None:
        guessed = table.guess_columns(preview.headers)
        grid = self.preview
        grid.clear()
        grid.setColumnCount(len(preview.headers))
        grid.setRowCount(len(preview.rows) + 1)
        grid.setHorizontalHeaderLabels([h.replace("\n", " ") for h in preview.headers])
        grid.setVerticalHeaderLabels([self.tr("Holds"),
                                      *(str(number) for number, _ in preview.rows)])
        self.mapping_boxes = {}
        for column, header in enumerate(preview.headers):
            box = self._field_box(guessed[header])
            box.setAccessibleName(self.tr("What column {name} holds").format(name=header))
            grid.setCellWidget(0, column, box)
            self.mapping_boxes[header] = box
        for row, (_, values) in enumerate(preview.rows, 1):
            for column, value in enumerate(values[:len(preview.headers)]):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                grid.setItem(row, column, item)
        grid.resizeColumnsToContents()

    def _field_box(self, current: str) -> QComboBox:
        box = QComboBox(self.preview)
        for key in table.FIELDS:
            box.addItem(self.tr(table.FIELD_NAMES[key]), key)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def _preview_outline(self) -> None:
        if self.path is not None:
            text, _ = read_text(self.path)
            lines = text.splitlines()
            self.text.setPlainText("\n".join(lines[:400]) + ("\n…" if len(lines) > 400 else ""))
        self._set_language(guess_language(self.text.toPlainText()[:4000], self.languages))

    def _preview_matrix(self) -> None:
        result = excel.import_chart(self.path)
        chart = result.chart
        self.summary.setText(self.tr(
            "“{title}”: {units}, {tiers}, {duties}, {roles}.\n\n"
            "Role codes changed in the workbook's matrix come back; other changes to its "
            "sheets are not read (make them in the app).").format(
                title=chart.title.pick(chart.languages[0], chart.languages) or "—",
                units=self.tr("%n unit(s)", "", len(chart.units)),
                tiers=self.tr("%n tier(s)", "", len(chart.tiers)),
                duties=self.tr("%n duty(s)", "", len(chart.duties)),
                roles=self.tr("%n role(s)", "", len(chart.roles))))

    def _preview_graphml(self) -> None:
        chart = graphml.import_chart(self.path, ImportOptions(kind="graphml")).chart
        self.summary.setText(self.tr("“{title}”: {units}, {tiers}.").format(
            title=chart.title.pick(chart.languages[0], chart.languages) or "—",
            units=self.tr("%n unit(s)", "", len(chart.units)),
            tiers=self.tr("%n tier(s)", "", len(chart.tiers))))

    def _set_language(self, tag: str) -> None:
        self.language.setCurrentIndex(max(self.language.findData(tag), 0))

    # -- the import --------------------------------------------------------------------

    def columns(self) -> dict[str, str]:
        return {header: box.currentData() for header, box in self.mapping_boxes.items()}

    def options(self) -> ImportOptions:
        kind = self.current_kind()
        return ImportOptions(kind=kind, language=self.language.currentData() or None,
                             columns=self.columns() if kind == "people" else {},
                             sheet=self.sheet.currentData() if kind == "people" else None)

    def run_import(self) -> ImportResult | None:
        """Import with the choices made; None (and the reason shown) if it fails."""
        options = self.options()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.path is None:
                return outline.import_text(self.text.toPlainText(), options)
            module = {"matrix": excel, "people": table, "outline": outline,
                      "graphml": graphml}[options.kind]
            return module.import_chart(self.path, options)
        except LoadError as error:
            self.show_error(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def show_error(self, text: str) -> None:
        self.error.setText(self.tr("Cannot import: {reason}").format(reason=text))

    def accept(self) -> None:
        self.error.clear()
        result = self.run_import()
        if result is None:
            return
        self.imported = Imported(result, self.current_kind(), self.new_window.isChecked())
        super().accept()


class ProblemsDialog(QDialog):
    """The problems of an import, listed before the chart opens."""

    def __init__(self, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Problems"))
        text = QLabel(self.tr("The file was read, with %n problem(s). Every row that "
                              "could be read is kept; the chart opens with these problems "
                              "listed in the Problems panel, to fix there.", "",
                              len(problems)), self)
        text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems found"))
        self.list.setWordWrap(True)
        self.list.addItems(problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)


class ImportFlow:
    """One import: file, dialog, problems, then the chart opens."""

    def __init__(self, parent: QWidget | None, document: ChartDocument,
                 maybe_save: Callable[[], bool], open_in_new_window: OpenChart | None = None
                 ) -> None:
        self.parent, self.document = parent, document
        self.maybe_save, self.open_in_new_window = maybe_save, open_in_new_window

    def run(self, path: Path | None = None) -> bool:
        """File → Import…; True when a chart was opened."""
        path = path or self.ask_path()
        if path is None:
            return False
        if not path.is_file():
            self.show_error(self.tr("{path}: there is no such file").format(path=path))
            return False
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        return self._finish(self.ask_import(path, guess_kind(path)))

    def run_pasted(self, text: str) -> bool:
        """An outline pasted as text."""
        return self._finish(self.ask_import(None, "outline", text))

    def _finish(self, imported: Imported | None) -> bool:
        if imported is None:
            return False
        problems = problem_lines(imported.result, imported.kind)
        if problems and not self.ask_open_with_problems(problems):
            return False
        return self.open(imported.result.chart, imported.new_window)

    def open(self, chart: Chart, new_window: bool) -> bool:
        """Show the chart: unsaved (it has no file yet), in a new window or
        in this one after the unsaved-changes prompt."""
        if new_window and self.open_in_new_window is not None:
            self.open_in_new_window(chart)
            return True
        if not self.maybe_save():
            return False
        self.document.replace_chart(chart, None, modified=True)
        return True

    def _replace_first(self) -> bool:
        """Offer this window first when it holds an untouched blank chart."""
        document = self.document
        return document.path is None and not document.modified and not document.chart.units

    # -- questions (tests replace these) -------------------------------------------------

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ImportFlow", text)

    def ask_path(self) -> Path | None:
        start = QSettings().value(FOLDER_KEY, "")
        name, _ = QFileDialog.getOpenFileName(self.parent, self.tr("Import"),
                                              start if isinstance(start, str) else "",
                                              self.tr(FILTER))
        return Path(name) if name else None

    def ask_import(self, path: Path | None, kind: str, text: str = "") -> Imported | None:
        dialog = ImportDialog(path, kind, self.parent, self.open_in_new_window is not None,
                              self._replace_first(), list(self.document.chart.languages), text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.imported

    def ask_open_with_problems(self, problems: list[str]) -> bool:
        return ProblemsDialog(problems, self.parent).exec() == QDialog.DialogCode.Accepted

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.parent, self.tr("Import"), text)


def import_chart_dialog(parent: QWidget | None, document: ChartDocument,
                        maybe_save: Callable[[], bool],
                        open_in_new_window: OpenChart | None = None,
                        path: Path | None = None) -> bool:
    """File → Import…: True when an imported chart was opened.

    `maybe_save` is the window's unsaved-changes prompt (`FileController.
    maybe_save`); `open_in_new_window(chart)` opens a chart in a new window
    (without it, the import replaces this window's chart).
    """
    return ImportFlow(parent, document, maybe_save, open_in_new_window).run(path)


def import_pasted_outline(parent: QWidget | None, document: ChartDocument,
                          maybe_save: Callable[[], bool],
                          open_in_new_window: OpenChart | None = None,
                          text: str | None = None) -> bool:
    """An outline pasted as text (the clipboard's text, editable in the dialog)."""
    if text is None:
        text = QGuiApplication.clipboard().text()
    return ImportFlow(parent, document, maybe_save, open_in_new_window).run_pasted(text)
