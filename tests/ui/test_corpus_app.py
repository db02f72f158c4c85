"""The hostile-input corpus (`tests/corpus/`) in the app: a refused chart
opened through `FileController`, or a refused file imported through File →
Import, shows the reason (naming the file) and leaves the chart on screen
exactly as it was; an accepted file opens. The CLI side, with the time and
memory bounds, is `tests/io/test_corpus.py`."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from orgchart import edits, fileformat
from orgchart.text import Text
from tests.io.test_corpus import ACCEPTED, CORPUS, REFUSED
from ui.files import FileController
from ui.import_dialog import ImportDialog, ImportFlow, guess_kind
from ui.preferences import Preferences

REFUSED_CHARTS = sorted(n for n in REFUSED if n.endswith(".orgchart"))
REFUSED_IMPORTS = sorted(n for n in REFUSED if not n.endswith(".orgchart"))
ACCEPTED_CHARTS = sorted(n for n in ACCEPTED if n.endswith(".orgchart"))


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def controller(document, window, monkeypatch):
    controller = FileController(document, window, Preferences())
    controller.errors = []
    monkeypatch.setattr(controller, "show_error",
                        lambda title, text: controller.errors.append((title, text)))
    monkeypatch.setattr(controller, "ask_unsaved", lambda: "discard")
    yield controller
    controller.release()


def edited(document):
    document.push(edits.SetTitle(Text({"en": "Work in progress"})))
    return copy.deepcopy(document.chart)


@pytest.mark.parametrize("name", REFUSED_CHARTS)
def test_a_refused_chart_shows_why_and_keeps_the_chart(controller, document, name):
    before = edited(document)
    assert not controller.open_path(CORPUS / name)
    (title, text), = controller.errors
    assert title == "Cannot open file" and name in text and REFUSED[name] in text
    assert document.chart == before and document.modified and document.path is None


@pytest.mark.parametrize("name", ACCEPTED_CHARTS)
def test_an_accepted_chart_opens(controller, document, name):
    assert controller.open_path(CORPUS / name)
    assert controller.errors == []
    assert document.chart == fileformat.load(CORPUS / name) and document.path == CORPUS / name


@pytest.mark.parametrize("name", REFUSED_IMPORTS)
def test_a_refused_import_shows_why_and_keeps_the_chart(document, name, monkeypatch, qtbot):
    before = edited(document)
    said: list[str] = []
    monkeypatch.setattr(ImportDialog, "show_error", lambda self, text: said.append(text))

    def ask_import(flow, path: Path, kind: str, text: str = ""):
        dialog = ImportDialog(path, kind)
        qtbot.addWidget(dialog)
        dialog.accept()  # the user presses Import
        return dialog.imported  # None: refused, the dialog stays open

    monkeypatch.setattr(ImportFlow, "ask_import", ask_import)
    monkeypatch.setattr(ImportFlow, "show_error", lambda flow, text: said.append(text))
    flow = ImportFlow(None, document, lambda: True)
    assert not flow.run(CORPUS / name)
    assert said and all(name in text for text in said)
    assert REFUSED[name] in said[-1], said
    assert document.chart == before and document.modified


def test_guessing_the_kind_of_a_hostile_file_never_fails():
    for name in REFUSED_IMPORTS:
        assert guess_kind(CORPUS / name) in ("matrix", "people", "outline", "graphml")


@pytest.mark.parametrize("name", sorted(n for n in ACCEPTED if not n.endswith(".orgchart")))
def test_an_accepted_import_opens_unsaved(document, name, monkeypatch, qtbot):
    def ask_import(flow, path: Path, kind: str, text: str = ""):
        dialog = ImportDialog(path, kind)
        qtbot.addWidget(dialog)
        dialog.replace.setChecked(True)
        dialog.accept()
        return dialog.imported

    monkeypatch.setattr(ImportFlow, "ask_import", ask_import)
    monkeypatch.setattr(ImportFlow, "ask_open_with_problems", lambda flow, problems: True)
    assert ImportFlow(None, document, lambda: True).run(CORPUS / name)
    assert document.modified and document.path is None and document.chart.units
    fileformat.dumps(document.chart).encode("utf-8")  # cleaned: it can be saved
