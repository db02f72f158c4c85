"""File → Import… (`ui.import_dialog`): the kind guessed, the preview with a
drop-down per column that the user corrects, problems listed before the
chart opens, and the chart opening in a new window or replacing this one
after the unsaved-changes prompt."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from orgchart import fileformat
from orgchart.formats import ExportOptions, excel
from orgchart.text import Text
from tests.charts import bilingual_chart
from ui.document import ChartDocument
from ui.import_dialog import ImportDialog, ImportFlow, guess_language, import_pasted_outline

DATA = Path(__file__).resolve().parents[1] / "io" / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


class Flow(ImportFlow):
    """The real flow with the dialogs answered by the test: `fill(dialog)`
    sets the dialog's widgets as a user would, then Import is pressed."""

    def __init__(self, document, *, fill=None, open_anyway=True, save=True, new_window=None):
        super().__init__(None, document, self._maybe_save, new_window)
        self.fill, self.open_anyway, self.save = fill, open_anyway, save
        self.dialogs, self.problems, self.errors, self.asked_to_save = [], [], [], 0

    def _maybe_save(self) -> bool:
        self.asked_to_save += 1
        return self.save

    def ask_import(self, path, kind, text=""):
        dialog = ImportDialog(path, kind, None, self.open_in_new_window is not None,
                              self._replace_first(), list(self.document.chart.languages), text)
        self.dialogs.append(dialog)
        if self.fill is not None:
            self.fill(dialog)
        dialog.accept()
        return dialog.imported if dialog.result() == QDialog.DialogCode.Accepted else None

    def ask_open_with_problems(self, problems):
        self.problems = problems
        return self.open_anyway

    def show_error(self, text):
        self.errors.append(text)


@pytest.fixture
def opened():
    return []


def test_a_people_list_shows_its_rows_and_the_guessed_columns(qtbot, document):
    dialog = ImportDialog(DATA / "drawio-orgchart.csv", "people")
    qtbot.addWidget(dialog)
    assert dialog.current_kind() == "people"
    assert {h: b.currentData() for h, b in dialog.mapping_boxes.items()} == {
        "id": "id", "name": "name", "position": "title", "location": "ignore",
        "manager": "parent", "email": "ignore", "fill": "ignore", "stroke": "ignore",
        "refs": "dotted", "image": "ignore"}
    grid = dialog.preview
    assert grid.verticalHeaderItem(1).text() == "18"  # the file's own row numbers
    assert grid.item(1, 1).text() == "Evan Miller"
    assert grid.rowCount() == 1 + 6
    assert dialog.language.currentData() == "en"


def test_correcting_a_column_changes_what_is_imported(qtbot, document):
    def fill(dialog):
        qtbot.addWidget(dialog)
        box = dialog.mapping_boxes["location"]
        box.setCurrentIndex(box.findData("notes"))

    flow = Flow(document, fill=fill)
    assert flow.run(DATA / "drawio-orgchart.csv")
    unit = document.chart.find_unit("1")
    assert unit.notes == Text({"en": "Office 1"})
    assert flow.dialogs[0].options().columns["location"] == "notes"


def test_the_import_replaces_this_chart_after_the_unsaved_changes_prompt(qtbot, document):
    flow = Flow(document, fill=lambda d: (qtbot.addWidget(d), d.replace.setChecked(True)))
    assert flow.run(DATA / "orgchart-now.csv")
    assert flow.asked_to_save == 1
    assert [str(u.name) for u in document.chart.units][:2] == ["Steve Smith", "Sandra Chen"]
    assert document.path is None and document.modified  # not saved anywhere yet


def test_cancelling_the_unsaved_changes_prompt_keeps_the_chart(qtbot, document):
    before = fileformat.dumps(document.chart)
    flow = Flow(document, save=False, fill=lambda d: (qtbot.addWidget(d),
                                                       d.replace.setChecked(True)))
    assert not flow.run(DATA / "orgchart-now.csv")
    assert fileformat.dumps(document.chart) == before


def test_the_import_can_open_in_a_new_window(qtbot, document, opened):
    flow = Flow(document, new_window=opened.append,
                fill=lambda d: (qtbot.addWidget(d), d.new_window.setChecked(True)))
    assert flow.run(DATA / "visio-orgchart-wizard.csv")
    assert flow.asked_to_save == 0
    (chart,) = opened
    assert str(chart.units[0].name) == "Joe Sampleboss"
    assert document.chart == bilingual_chart()


def test_a_blank_window_is_offered_first(qtbot, opened):
    blank = ChartDocument(fileformat.loads(fileformat.dumps(bilingual_chart())))
    blank.chart.units.clear()
    flow = Flow(blank, new_window=opened.append, fill=qtbot.addWidget)
    assert flow.run(DATA / "orgchart-now.csv")
    assert opened == [] and len(blank.chart.units) == 7


def test_problems_are_listed_before_the_chart_opens(qtbot, document):
    flow = Flow(document, open_anyway=False, fill=lambda d: (qtbot.addWidget(d),
                                                             d.replace.setChecked(True)))
    assert not flow.run(DATA / "broken-rows.csv")
    assert document.chart == bilingual_chart()
    text = "\n".join(flow.problems)
    assert "row 4: “Carol” reports to “99”" in text
    assert "Error: Reporting cycle" in text
    assert "no duties" not in text.lower()  # a people list cannot have any
    flow.open_anyway = True
    assert flow.run(DATA / "broken-rows.csv")
    assert len(document.chart.units) == 10


def test_a_file_that_cannot_be_read_keeps_the_dialog_open_with_the_reason(qtbot, document):
    flow = Flow(document, fill=qtbot.addWidget)
    assert not flow.run(DATA / "no-name-column.csv")
    dialog = flow.dialogs[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "no column holds names or ids" in dialog.error.text()
    box = dialog.mapping_boxes["Colour"]
    box.setCurrentIndex(box.findData("name"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert str(dialog.imported.result.chart.units[0].name) == "red"


def test_a_missing_file_is_an_error(qtbot, document, tmp_path):
    flow = Flow(document)
    assert not flow.run(tmp_path / "nowhere.csv")
    assert "no such file" in flow.errors[0]


def test_our_workbook_is_recognised_and_comes_back_unchanged(qtbot, document, tmp_path):
    chart = fileformat.load(SAMPLES / "company.orgchart")
    path = tmp_path / "matrix.xlsx"
    excel.export(chart, path, ExportOptions())
    flow = Flow(document, fill=lambda d: (qtbot.addWidget(d), d.replace.setChecked(True)))
    assert flow.run(path)
    dialog = flow.dialogs[0]
    assert dialog.current_kind() == "matrix" and not dialog.language.isEnabled()
    assert "Northwind Robotics" in dialog.summary.text()
    assert document.chart == chart


def test_a_workbook_people_list_offers_its_sheets(qtbot, document, tmp_path):
    path = tmp_path / "two.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Readme"
    book.active.append(["Read me"])
    other = book.create_sheet("Staff")
    other.append(["Name", "Reports To", "Level"])
    other.append(["Head", None, "1"])
    other.append(["Deputy", "Head", "2"])
    book.save(path)
    dialog = ImportDialog(path, "people")
    qtbot.addWidget(dialog)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Readme", "Staff"]
    assert dialog.sheet.currentText() == "Staff" and dialog.sheet.isEnabled()
    dialog.sheet.setCurrentIndex(0)
    assert list(dialog.mapping_boxes) == ["Read me"]
    dialog.sheet.setCurrentIndex(1)
    assert dialog.mapping_boxes["Level"].currentData() == "tier"
    dialog.accept()
    assert [str(u.name) for u in dialog.imported.result.chart.units] == ["Head", "Deputy"]


def test_an_outline_file_is_previewed_and_imported(qtbot, document, opened):
    flow = Flow(document, new_window=opened.append, fill=qtbot.addWidget)
    assert flow.run(DATA / "outline-tabs.txt")
    assert flow.dialogs[0].current_kind() == "outline"
    assert flow.dialogs[0].text.toPlainText().startswith("Board of directors\n\tChief")
    assert len(opened[0].units) == 7


def test_a_pasted_outline_is_imported(qtbot, document, opened):
    flow = Flow(document, new_window=opened.append, fill=qtbot.addWidget)
    assert flow.run_pasted("中央\n\t省\n\t\t縣\n")
    (chart,) = opened
    assert [u.name for u in chart.units] == [Text({"zh-Hant": n}) for n in ("中央", "省", "縣")]
    assert not flow.dialogs[0].text.isReadOnly()  # the pasted text can still be edited


def test_pasting_starts_from_the_clipboard(qtbot, document, monkeypatch):
    QGuiApplication.clipboard().setText("A\n  B\n")
    seen = []
    monkeypatch.setattr(ImportFlow, "ask_import",
                        lambda self, path, kind, text="": seen.append((path, kind, text)))
    assert not import_pasted_outline(None, document, lambda: True)
    assert seen == [(None, "outline", "A\n  B\n")]


@pytest.mark.parametrize("sample, languages, expected", [
    ("Board, Sales", ["zh-Hant", "en"], "en"),
    ("中央 省", ["zh-Hans", "en"], "zh-Hans"),
    ("中央 省", ["en"], "zh-Hant"),
])
def test_the_language_of_the_text_is_guessed(sample, languages, expected):
    assert guess_language(sample, languages) == expected
