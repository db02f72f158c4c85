"""File → Export → Duty Matrix (Excel)… (`ui.export_excel`): the choices in the
dialog, the workbook written with them, remembered choices, and the messages
for warnings, failures and files that already exist."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from orgchart.formats import ExportOptions, excel
from orgchart.text import BOTH, Text
from ui.export_excel import Choices, DutyMatrixDialog, DutyMatrixExport, export_duty_matrix


class Export(DutyMatrixExport):
    """The real export with the questions answered by the test."""

    def __init__(self, document, choices, overwrite=False):
        super().__init__(None, document)
        self.choices, self.overwrite = choices, overwrite
        self.errors, self.warnings, self.asked = [], [], []

    def ask_choices(self):
        return self.choices

    def ask_overwrite(self, path):
        self.asked.append(path)
        return self.overwrite

    def show_error(self, text):
        self.errors.append(text)

    def show_warnings(self, path, warnings):
        self.warnings += warnings


def check(dialog: DutyMatrixDialog, tier_ids: set[str]) -> None:
    for i in range(dialog.tiers.count()):
        item = dialog.tiers.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in tier_ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_offers_languages_tiers_or_units_and_a_file(qtbot, document):
    dialog = DutyMatrixDialog(document)
    qtbot.addWidget(dialog)
    languages = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert languages == ["zh-Hant", "en", BOTH]
    assert dialog.language.currentData() == BOTH and dialog.layout_box.isEnabled()
    assert dialog.by_tier.isChecked() and not dialog.tiers.isEnabled()
    assert dialog.path.text().endswith("示例 - duty matrix.xlsx")
    dialog.language.setCurrentIndex(1)
    assert not dialog.layout_box.isEnabled()
    assert dialog.options().display == "en" and dialog.options().matrix_by == "tier"
    assert "2 duties down, 3 columns across" in dialog.note.text()


def test_units_of_chosen_tiers_go_across(qtbot, document):
    dialog = DutyMatrixDialog(document)
    qtbot.addWidget(dialog)
    dialog.by_unit.setChecked(True)
    assert dialog.tiers.isEnabled()
    check(dialog, {"t2", "t3"})
    options = dialog.options()
    assert (options.matrix_by, options.matrix_tiers) == ("unit", ("t2", "t3"))
    assert "7 columns across" in dialog.note.text()  # two tiers and their five units
    check(dialog, set())
    assert not ok_button(dialog).isEnabled() and "at least one tier" in dialog.note.text()


def test_the_path_gets_the_xlsx_suffix(qtbot, document, tmp_path):
    dialog = DutyMatrixDialog(document)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "matrix"))
    assert dialog.target() == tmp_path / "matrix.xlsx"
    dialog.path.setText("")
    assert not ok_button(dialog).isEnabled()


def test_choices_are_remembered_for_the_next_export(qtbot, document, tmp_path):
    dialog = DutyMatrixDialog(document)
    qtbot.addWidget(dialog)
    dialog.by_unit.setChecked(True)
    check(dialog, {"t2"})
    dialog.layout_box.setCurrentIndex(1)
    dialog.path.setText(str(tmp_path / "m.xlsx"))
    dialog.remember()
    again = DutyMatrixDialog(document)
    qtbot.addWidget(again)
    assert again.by_unit.isChecked() and again.chosen_tiers() == ("t2",)
    assert again.layout_box.currentData() == "lines"
    assert Path(again.path.text()).parent == tmp_path


def test_the_export_writes_the_workbook(qtbot, document, tmp_path):
    dialog = DutyMatrixDialog(document)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)
    dialog.path.setText(str(tmp_path / "m.xlsx"))
    flow = Export(document, dialog.choices())
    assert flow.run() == tmp_path / "m.xlsx"
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    assert book.sheetnames[:4] == ["Duty matrix", "Legend", "Structure", "Tiers"]
    assert excel.import_chart(tmp_path / "m.xlsx").chart == document.chart
    assert flow.errors == [] and flow.warnings == []


def test_warnings_are_shown(qtbot, document, tmp_path):
    document.chart.duties[0].text = Text({"en": "x" * 33_000})
    flow = Export(document, Choices(tmp_path / "m.xlsx", ExportOptions()))
    assert flow.run() is not None
    assert any("32,767" in w for w in flow.warnings)


def test_a_failed_export_says_why(qtbot, document, tmp_path):
    flow = Export(document, Choices(tmp_path / "no-such-folder" / "m.xlsx",
                                    ExportOptions()))
    assert flow.run() is None
    assert flow.errors and "m.xlsx: cannot write in" in flow.errors[0]


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, document, tmp_path):
    target = tmp_path / "m.xlsx"
    target.write_bytes(b"old")
    options = ExportOptions()
    flow = Export(document, Choices(target, options))
    assert flow.run() is None and flow.asked == [target]
    assert target.read_bytes() == b"old"
    flow = Export(document, Choices(target, options), overwrite=True)
    assert flow.run() == target and target.read_bytes().startswith(b"PK")
    flow = Export(document, Choices(target, options, confirmed=True))
    assert flow.run() == target and flow.asked == []  # the file dialog asked already


def test_the_entry_point_runs_the_dialog(qtbot, document, tmp_path, monkeypatch):
    def accept(dialog):
        qtbot.addWidget(dialog)
        dialog.path.setText(str(tmp_path / "entry.xlsx"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DutyMatrixDialog, "exec", accept)
    assert export_duty_matrix(None, document, None) == tmp_path / "entry.xlsx"
    assert excel.is_duty_workbook(tmp_path / "entry.xlsx")
    monkeypatch.setattr(DutyMatrixDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert export_duty_matrix(None, document) is None


def test_writing_says_so_in_the_status_bar(document, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    flow = Export(document, Choices(tmp_path / "m.xlsx", ExportOptions()))
    flow.parent = window
    real, seen = excel.export, []

    def export(chart, path, options):
        seen.append((QApplication.overrideCursor().shape(), window.statusBar().currentMessage()))
        return real(chart, path, options)

    monkeypatch.setattr(excel, "export", export)
    assert flow.run() == tmp_path / "m.xlsx"
    assert seen == [(Qt.CursorShape.WaitCursor, "Writing “m.xlsx”…")]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""
