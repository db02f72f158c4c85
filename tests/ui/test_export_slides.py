"""File → Export → Slides: the dialog's choices reach the deck; failures
and warnings are told."""

from __future__ import annotations

import pytest
from pptx import Presentation
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from ui import export_slides as module
from ui.export_slides import SlidesDialog, export_slides
from ui.output_actions import OutputActions


@pytest.fixture
def told(monkeypatch):
    messages: list[tuple[object, str]] = []
    monkeypatch.setattr(module, "show_message",
                        lambda parent, icon, text: messages.append((icon, text)))
    return messages


def accepting(monkeypatch, **choices):
    """The dialog, accepted at once with these choices made."""
    def exec_(dialog):
        if "path" in choices:
            dialog.path.setText(str(choices["path"]))
        if "language" in choices:
            dialog.language.setCurrentIndex(dialog.language.findData(choices["language"]))
        if "duties" in choices:
            dialog.duties.setChecked(choices["duties"])
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SlidesDialog, "exec", exec_)


def titles(path) -> list[str]:
    return [s.shapes.title.text_frame.text for s in Presentation(str(path)).slides]


def test_the_dialog_starts_from_the_window(qtbot, sample_document):
    sample_document.set_display("en")
    dialog = SlidesDialog(sample_document)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == \
        ["zh-Hant", "en", "both"]
    assert dialog.duties.isChecked()
    assert dialog.path.text().endswith(".pptx")
    options = dialog.options()
    assert (options.display, options.duty_slides, options.orientation) == ("en", True, "tb")


def test_export_writes_the_deck(monkeypatch, tmp_path, told, sample_document):
    path = tmp_path / "deck.pptx"
    accepting(monkeypatch, path=path, language="both")
    assert export_slides(None, sample_document, None) == path
    names = titles(path)
    assert any("職責" in t and "Duties" in t for t in names)
    # the seed's people go to the notes: the user is told
    assert told and told[0][0] == QMessageBox.Icon.Information


def test_the_choices_are_kept_for_next_time(monkeypatch, tmp_path, told, sample_document):
    accepting(monkeypatch, path=tmp_path / "deck", language="zh-Hant", duties=False)
    path = export_slides(None, sample_document, None)
    assert path == tmp_path / "deck.pptx"
    assert not any("職責" in t for t in titles(path))
    again = SlidesDialog(sample_document)
    assert not again.duties.isChecked()
    assert again.path.text().startswith(str(tmp_path))


def test_a_failed_export_is_told_and_returns_nothing(monkeypatch, tmp_path, told,
                                                     sample_document):
    accepting(monkeypatch, path=tmp_path / "missing" / "deck.pptx")
    assert export_slides(None, sample_document, None) is None
    assert told[0][0] == QMessageBox.Icon.Warning and "deck.pptx" in told[0][1]


def test_cancel_writes_nothing(monkeypatch, tmp_path, sample_document):
    monkeypatch.setattr(SlidesDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert export_slides(None, sample_document, None) is None
    assert not list(tmp_path.iterdir())


def test_the_action_exports(qtbot, monkeypatch, tmp_path, told, sample_document, selection):
    from ui.canvas import ChartView

    window = QMainWindow()
    qtbot.addWidget(window)
    view = ChartView(sample_document, selection, window)
    actions = OutputActions(sample_document, selection, view, window)
    accepting(monkeypatch, path=tmp_path / "deck.pptx")
    actions.export_slides.trigger()
    assert (tmp_path / "deck.pptx").is_file()


def test_every_label_s_shortcut_leads_to_its_field(qtbot, sample_document):
    # A label showing "&File:" literally had no buddy (its row is a layout).
    from PySide6.QtWidgets import QLabel

    dialog = SlidesDialog(sample_document)
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
