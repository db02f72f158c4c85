"""The File menu through `FileController`: open/save round trips, Save As,
the unsaved-changes prompt, unreadable files, recent files, revert,
templates, dropped files and the window title. Dialogs are replaced by
scripted answers; everything else is the real code on real files."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from orgchart import edits, fileformat
from orgchart.text import Text
from tests.charts import bilingual_chart
from ui.files import FileController, dropped_paths, with_suffix
from ui.preferences import Preferences
from ui.resources import sample_paths


class Dialogs:
    """Scripted answers for the controller's dialogs, and what was asked."""

    def __init__(self, controller: FileController, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.unsaved = "cancel"
        self.revert = True
        self.overwrite = True
        self.save_failed = False
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.suggested: Path | None = None
        for name in ("ask_open_path", "ask_save_path", "ask_unsaved", "ask_revert",
                     "ask_overwrite", "ask_save_failed", "show_error"):
            monkeypatch.setattr(controller, name, getattr(self, name))

    def ask_open_path(self) -> Path | None:
        self.asked.append("open")
        return self.open_path

    def ask_save_path(self, suggested: Path) -> Path | None:
        self.asked.append("save as")
        self.suggested = suggested
        return self.save_path

    def ask_unsaved(self) -> str:
        self.asked.append("unsaved")
        return self.unsaved

    def ask_revert(self, name: str) -> bool:
        self.asked.append("revert")
        return self.revert

    def ask_overwrite(self, path: Path) -> bool:
        self.asked.append("overwrite")
        return self.overwrite

    def ask_save_failed(self, message: str) -> bool:
        self.asked.append("save failed")
        self.errors.append(("save failed", message))
        return self.save_failed

    def show_error(self, title: str, text: str) -> None:
        self.errors.append((title, text))


@pytest.fixture
def preferences(qapp):
    return Preferences()


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def controller(document, window, preferences):
    return FileController(document, window, preferences)


@pytest.fixture
def dialogs(controller, monkeypatch):
    return Dialogs(controller, monkeypatch)


@pytest.fixture
def chart_file(tmp_path):
    path = tmp_path / "example.orgchart"
    fileformat.save(bilingual_chart(), path)
    return path


def edit(document) -> None:
    document.push(edits.SetTitle(Text({"en": "Edited", "zh-Hant": "已改"})))
    assert document.modified


# -- open and save ---------------------------------------------------------------


def test_open_then_save_round_trip(controller, dialogs, document, preferences, chart_file):
    dialogs.open_path = chart_file
    assert controller.open()
    assert document.path == chart_file and not document.modified
    assert document.chart == fileformat.load(chart_file)
    edit(document)
    assert controller.save()
    assert chart_file.read_text(encoding="utf-8") == fileformat.dumps(document.chart)
    assert not document.modified and "save as" not in dialogs.asked
    assert preferences.recent_files == [chart_file] and preferences.last_file == chart_file


def test_opening_shows_the_wait_while_the_chart_is_drawn(controller, dialogs, document,
                                                         window, chart_file):
    # A large chart holds the event loop for seconds: the cursor and the
    # status bar say what is happening, and both go when it is done.
    seen = []
    document.chartReplaced.connect(lambda: seen.append(
        (QApplication.overrideCursor() and QApplication.overrideCursor().shape(),
         window.statusBar().currentMessage())))
    dialogs.open_path = chart_file
    assert controller.open()
    units = f"{len(document.chart.units):,} units"
    assert seen == [(Qt.CursorShape.WaitCursor, f"Drawing “example.orgchart” ({units})…")]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_saving_shows_the_wait(controller, dialogs, document, window, tmp_path, monkeypatch):
    seen = []
    real_save = document.save

    def save(path):
        seen.append((QApplication.overrideCursor().shape(), window.statusBar().currentMessage()))
        real_save(path)

    monkeypatch.setattr(document, "save", save)
    dialogs.save_path = tmp_path / "saved.orgchart"
    assert controller.save()
    assert seen == [(Qt.CursorShape.WaitCursor, "Saving “saved.orgchart”…")]
    assert QApplication.overrideCursor() is None


def test_an_unreadable_file_is_refused_after_the_wait(controller, dialogs, document, tmp_path):
    bad = tmp_path / "bad.orgchart"
    bad.write_text("{", encoding="utf-8")
    cursors = []
    controller.show_error = lambda title, text: cursors.append(QApplication.overrideCursor())
    dialogs.open_path = bad
    assert not controller.open()
    assert cursors == [None]  # the message box is not shown under a busy cursor


def test_cancelling_the_open_dialog_changes_nothing(controller, dialogs, document):
    before = copy.deepcopy(document.chart)
    assert not controller.open()
    assert document.chart == before and document.path is None


def test_save_without_a_path_goes_to_save_as(controller, dialogs, document, preferences,
                                             tmp_path):
    dialogs.save_path = tmp_path / "new.orgchart"
    assert controller.save()
    assert dialogs.asked == ["save as"]
    assert document.path == tmp_path / "new.orgchart" and not document.modified
    assert fileformat.load(document.path) == document.chart
    assert preferences.last_file == document.path


def test_save_as_suggests_a_name_from_the_title(controller, dialogs, document):
    controller.save_as()
    assert dialogs.suggested is not None and dialogs.suggested.name == "示例.orgchart"


def test_save_as_adds_the_extension(controller, dialogs, document, tmp_path):
    dialogs.save_path = tmp_path / "plan"
    assert controller.save_as()
    assert document.path == tmp_path / "plan.orgchart"
    assert (tmp_path / "plan.orgchart").is_file() and not (tmp_path / "plan").exists()
    assert with_suffix(Path("a.ORGCHART")) == Path("a.ORGCHART")
    assert with_suffix(Path("a.json")) == Path("a.json.orgchart")


def test_save_as_asks_before_replacing_a_file_the_dialog_did_not_name(
        controller, dialogs, document, chart_file):
    before = chart_file.read_bytes()
    dialogs.save_path = chart_file.with_suffix("")  # "example": we would write example.orgchart
    dialogs.overwrite = False
    assert not controller.save_as()
    assert dialogs.asked == ["save as", "overwrite"] and chart_file.read_bytes() == before
    dialogs.overwrite = True
    assert controller.save_as() and document.path == chart_file


def test_a_failed_save_says_why_and_offers_save_as(controller, dialogs, document, tmp_path):
    document.set_path(tmp_path / "gone" / "chart.orgchart")
    edit(document)
    assert not controller.save()
    (title, message), = dialogs.errors
    assert "chart.orgchart" in message and "folder does not exist" in message
    assert document.modified
    dialogs.save_failed, dialogs.save_path = True, tmp_path / "elsewhere.orgchart"
    assert controller.save()
    assert document.path == tmp_path / "elsewhere.orgchart" and not document.modified


# -- the unsaved-changes prompt ------------------------------------------------------


def test_no_prompt_without_changes(controller, dialogs, document):
    assert controller.maybe_save() and dialogs.asked == []


def test_cancel_keeps_everything(controller, dialogs, document, chart_file):
    edit(document)
    before = copy.deepcopy(document.chart)
    dialogs.unsaved, dialogs.open_path = "cancel", chart_file
    assert not controller.new()
    assert not controller.open()
    assert not controller.new_from_template(sample_paths()[0])
    assert document.chart == before and document.modified and document.path is None
    assert dialogs.asked == ["unsaved", "open", "unsaved", "unsaved"]


def test_discard_proceeds_without_saving(controller, dialogs, document, chart_file):
    document.set_path(chart_file)
    edit(document)
    dialogs.unsaved = "discard"
    assert controller.new()
    assert document.path is None and not document.modified and document.chart.units == []
    assert fileformat.load(chart_file) == bilingual_chart()


def test_save_saves_then_proceeds(controller, dialogs, document, chart_file):
    document.set_path(chart_file)
    edit(document)
    edited = copy.deepcopy(document.chart)
    dialogs.unsaved = "save"
    assert controller.new()
    assert fileformat.load(chart_file) == edited
    assert document.path is None and document.chart.units == []


def test_save_then_reopening_the_same_file_shows_what_was_saved(controller, dialogs, document,
                                                                chart_file):
    document.set_path(chart_file)
    edit(document)
    edited = copy.deepcopy(document.chart)
    dialogs.unsaved, dialogs.open_path = "save", chart_file
    assert controller.open()
    assert document.chart == edited and not document.modified


def test_a_failed_save_in_the_prompt_stops(controller, dialogs, document, tmp_path):
    document.set_path(tmp_path / "gone" / "chart.orgchart")
    edit(document)
    before = copy.deepcopy(document.chart)
    dialogs.unsaved = "save"
    assert not controller.maybe_save()
    assert not controller.new()
    assert document.chart == before and document.modified


def test_save_as_cancelled_in_the_prompt_stops(controller, dialogs, document):
    edit(document)  # no path: Save asks where, and the user cancels
    dialogs.unsaved = "save"
    assert not controller.maybe_save()
    assert dialogs.asked == ["unsaved", "save as"] and document.modified


# -- unreadable files ------------------------------------------------------------------


def test_an_unreadable_file_shows_the_core_message_and_keeps_the_chart(
        controller, dialogs, document, preferences, tmp_path):
    raw = fileformat.to_json(bilingual_chart())
    raw["units"][1]["tier"] = "nowhere"
    bad = tmp_path / "broken.orgchart"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    edit(document)
    before = copy.deepcopy(document.chart)
    dialogs.unsaved, dialogs.open_path = "discard", bad
    assert not controller.open()
    (title, text), = dialogs.errors
    assert "broken.orgchart" in text and "units[1].tier" in text and "nowhere" in text
    assert document.chart == before and document.modified and document.path is None
    assert preferences.recent_files == []


def test_broken_json_names_line_and_column(controller, dialogs, document, tmp_path):
    bad = tmp_path / "cut.orgchart"
    bad.write_text('{\n  "format": "orgchart",\n  oops\n}', encoding="utf-8")
    assert not controller.open_path(bad)
    (_, text), = dialogs.errors
    assert "cut.orgchart" in text and "line 3, column 3" in text


# -- recent files ------------------------------------------------------------------------


def test_open_recent_lists_opened_files_and_opens_them(controller, dialogs, document,
                                                       preferences, tmp_path, qtbot):
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.orgchart"
        fileformat.save(bilingual_chart(), path)
        assert controller.open_path(path)
        paths.append(path)
    controller.rebuild_recent_menu()
    entries = [a for a in controller.recent_menu.actions() if a.toolTip() in map(str, paths)]
    assert [a.text() for a in entries] == ["&1 b.orgchart", "&2 a.orgchart"]
    assert controller.recent_menu.menuAction().isEnabled()
    entries[1].trigger()
    assert document.path == paths[0]
    assert preferences.recent_files == [paths[0], paths[1]]


def test_a_recent_file_that_went_missing_is_dropped(controller, dialogs, preferences,
                                                    chart_file, qtbot):
    preferences.add_recent(chart_file)
    controller.rebuild_recent_menu()
    entry = controller.recent_menu.actions()[0]
    chart_file.unlink()
    entry.trigger()
    assert dialogs.errors and "example.orgchart" in dialogs.errors[0][1]
    qtbot.waitUntil(lambda: not controller.recent_menu.menuAction().isEnabled())


def test_clear_recent(controller, preferences, chart_file, qtbot):
    preferences.add_recent(chart_file)
    controller.rebuild_recent_menu()
    clear = controller.recent_menu.actions()[-1]
    assert clear.isEnabled()
    clear.trigger()
    assert preferences.recent_files == []
    qtbot.waitUntil(lambda: not controller.recent_menu.menuAction().isEnabled())


# -- revert -------------------------------------------------------------------------------


def test_revert_reloads_from_disk(controller, dialogs, document, chart_file):
    assert controller.open_path(chart_file)
    assert not controller.revert_action.isEnabled()
    edit(document)
    assert controller.revert_action.isEnabled()
    dialogs.revert = False
    assert not controller.revert()
    assert document.modified and document.chart.title.get("en") == "Edited"
    dialogs.revert = True
    assert controller.revert()
    assert document.chart == bilingual_chart() and not document.modified
    assert document.undo_stack.count() == 0
    assert "unsaved" not in dialogs.asked


def test_revert_of_a_file_that_became_unreadable_keeps_the_changes(controller, dialogs,
                                                                   document, chart_file):
    assert controller.open_path(chart_file)
    edit(document)
    chart_file.write_text("not json", encoding="utf-8")
    assert not controller.revert()
    assert dialogs.errors and document.modified
    assert document.chart.title.get("en") == "Edited"


# -- new and templates ----------------------------------------------------------------------


def test_new_is_blank_in_the_preferred_languages(controller, dialogs, document, preferences):
    preferences.display_language = "both"
    assert controller.new()
    assert document.chart.languages == ["zh-Hant", "en"] and document.chart.units == []
    assert document.chart.title.get("en") == "Untitled" and document.path is None
    preferences.display_language = "en"
    assert controller.new()
    assert document.chart.languages == ["en"] and document.display == "en"


def test_templates_open_as_untitled_copies(controller, dialogs, document, tmp_path):
    samples = sample_paths()
    assert [p.name for p in samples][0] == "poverty-alleviation.orgchart" and len(samples) >= 3
    controller.rebuild_templates_menu()
    assert len(controller.templates_menu.actions()) == len(samples)
    for sample, action in zip(samples, controller.templates_menu.actions(), strict=True):
        before = sample.read_bytes()
        action.trigger()
        assert document.chart == fileformat.load(sample)
        assert document.path is None and not document.modified
        assert sample.read_bytes() == before
    dialogs.save_path = tmp_path / "mine.orgchart"
    assert controller.save()
    assert dialogs.asked == ["save as"] and document.path == tmp_path / "mine.orgchart"


def test_the_seed_template_is_named_by_its_title(controller):
    controller.rebuild_templates_menu()
    assert "Leadership responsibility system" in controller.templates_menu.actions()[0].text()


# -- a restored chart ----------------------------------------------------------------------


def test_a_recovered_chart_opens_modified_with_its_path(controller, dialogs, document,
                                                        chart_file, window):
    controller.open_recovered(bilingual_chart(), chart_file)
    assert document.modified and document.path == chart_file and window.isWindowModified()
    assert controller.save() and not document.modified and dialogs.asked == []


# -- dropped files --------------------------------------------------------------------------


def mime_for(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropped_paths_keep_only_local_chart_files(tmp_path):
    mime = mime_for(tmp_path / "a.txt", tmp_path / "b.orgchart", tmp_path / "C.ORGCHART")
    mime.setUrls([*mime.urls(), QUrl("https://example.org/x.orgchart")])
    assert dropped_paths(mime) == [tmp_path / "b.orgchart", tmp_path / "C.ORGCHART"]
    assert dropped_paths(QMimeData()) == [] and dropped_paths(None) == []


def test_handle_drop_opens_the_file(controller, dialogs, document, chart_file, tmp_path):
    assert not controller.handle_drop(mime_for(tmp_path / "notes.txt"))
    assert controller.handle_drop(mime_for(chart_file))
    assert document.path == chart_file


def test_dropping_on_the_window_opens_the_file(controller, dialogs, document, window,
                                               chart_file, qtbot):
    controller.install_drop_target(window)
    assert window.acceptDrops()
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    mime = mime_for(chart_file)
    enter = QDragEnterEvent(QPoint(5, 5), actions, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    text_file = mime_for(Path("/tmp/x.txt"))  # events do not own their data: keep it alive
    other = QDragEnterEvent(QPoint(5, 5), actions, text_file, buttons, keys)
    other.ignore()
    QApplication.sendEvent(window, other)
    assert not other.isAccepted()
    drop = QDropEvent(QPointF(5, 5), actions, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: document.path == chart_file)


# -- the window title ----------------------------------------------------------------------


def test_window_title_and_modified_mark(controller, dialogs, document, window, chart_file,
                                        qtbot):
    assert window.windowTitle() == "Untitled[*] — OrgChart Builder"
    assert not window.isWindowModified()
    with qtbot.waitSignal(controller.titleChanged) as changed:
        controller.open_path(chart_file)
    assert changed.args == ["example.orgchart[*] — OrgChart Builder"]
    assert window.windowTitle() == changed.args[0]
    edit(document)
    assert window.isWindowModified()
    document.undo_stack.undo()
    assert not window.isWindowModified()
    edit(document)
    controller.save()
    assert not window.isWindowModified()


def test_the_suggested_folder_is_the_last_files(controller, dialogs, document, preferences,
                                                chart_file):
    preferences.last_file = chart_file
    controller.save_as()
    assert dialogs.suggested is not None
    assert dialogs.suggested.parent == chart_file.parent
    assert os.sep not in dialogs.suggested.name
