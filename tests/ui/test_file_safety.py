"""Saving without losing anyone's work, through `FileController`: a file
changed on disk since it was opened is not overwritten silently; a chart
open in another instance is locked (read-only, a copy, or cancel); stale
locks are cleared; read-only files and folders say why and offer Save As.
Dialogs are scripted; files, locks and processes are real."""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from orgchart import edits, fileformat, filelock
from orgchart.filelock import lock_path, read_lock
from orgchart.text import Text
from tests.charts import bilingual_chart
from ui.files import FileController
from ui.preferences import Preferences


class Dialogs:
    """Scripted answers for every question the controller asks."""

    def __init__(self, controller: FileController, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_path: Path | None = None
        self.locked = "cancel"
        self.changed = "cancel"
        self.save_failed = False
        self.asked: list[str] = []
        self.messages: list[str] = []
        self.holders: list[filelock.LockInfo] = []
        for name in ("ask_save_path", "ask_unsaved", "ask_overwrite", "ask_save_failed",
                     "ask_locked", "ask_changed_on_disk", "show_error"):
            monkeypatch.setattr(controller, name, getattr(self, name))

    def ask_save_path(self, suggested: Path) -> Path | None:
        self.asked.append("save as")
        return self.save_path

    def ask_unsaved(self) -> str:
        self.asked.append("unsaved")
        return "discard"

    def ask_overwrite(self, path: Path) -> bool:
        self.asked.append("overwrite")
        return True

    def ask_save_failed(self, message: str) -> bool:
        self.asked.append("save failed")
        self.messages.append(message)
        return self.save_failed

    def ask_locked(self, path: Path, holder: filelock.LockInfo) -> str:
        self.asked.append("locked")
        self.holders.append(holder)
        return self.locked

    def ask_changed_on_disk(self, name: str) -> str:
        self.asked.append("changed")
        self.messages.append(name)
        return self.changed

    def show_error(self, title: str, text: str) -> None:
        self.asked.append("error")
        self.messages.append(text)


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def controller(document, window, qapp):
    controller = FileController(document, window, Preferences())
    yield controller
    controller.release()


@pytest.fixture
def dialogs(controller, monkeypatch):
    return Dialogs(controller, monkeypatch)


@pytest.fixture
def chart_file(tmp_path):
    path = tmp_path / "plan.orgchart"
    fileformat.save(bilingual_chart(), path)
    return path


@pytest.fixture
def other_process():
    """A live process that is not this one (the "other instance")."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


def edit(document, title: str = "Ours") -> None:
    document.push(edits.SetTitle(Text({"en": title})))


def theirs() -> object:
    chart = bilingual_chart()
    chart.title = Text({"en": "Theirs"})
    return chart


def lock_by(chart: Path, pid: int, host: str | None = None) -> None:
    lock_path(chart).write_text(json.dumps({
        "format": filelock.LOCK_FORMAT, "version": 1, "user": "ann",
        "host": host or socket.gethostname(), "pid": pid, "started": None,
        "since": "2024-05-01T09:30:00+00:00", "token": "theirs"}), "utf-8")


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# -- changed on disk -----------------------------------------------------------------------


def test_a_file_changed_on_disk_is_not_overwritten_silently(controller, dialogs, document,
                                                            chart_file):
    assert controller.open_path(chart_file)
    edit(document)
    fileformat.save(theirs(), chart_file)  # someone else saves meanwhile
    their_bytes = chart_file.read_bytes()
    assert not controller.save()
    assert dialogs.asked == ["changed"] and dialogs.messages == ["plan.orgchart"]
    assert chart_file.read_bytes() == their_bytes and document.modified
    dialogs.changed = "overwrite"
    assert controller.save()
    assert fileformat.load(chart_file).title == Text({"en": "Ours"}) and not document.modified


def test_our_own_saves_and_a_mere_touch_ask_nothing(controller, dialogs, document, chart_file):
    assert controller.open_path(chart_file)
    edit(document)
    os.utime(chart_file, ns=(0, 10**9))
    assert controller.save()
    edit(document, "Again")
    assert controller.save()
    assert dialogs.asked == []


def test_save_as_keeps_both_versions(controller, dialogs, document, chart_file, tmp_path):
    assert controller.open_path(chart_file)
    edit(document)
    fileformat.save(theirs(), chart_file)
    dialogs.changed, dialogs.save_path = "save as", tmp_path / "mine.orgchart"
    assert controller.save()
    assert fileformat.load(chart_file).title == Text({"en": "Theirs"})
    assert fileformat.load(tmp_path / "mine.orgchart").title == Text({"en": "Ours"})
    assert document.path == tmp_path / "mine.orgchart" and not document.modified


def test_reload_shows_their_version(controller, dialogs, document, chart_file):
    assert controller.open_path(chart_file)
    edit(document)
    fileformat.save(theirs(), chart_file)
    dialogs.changed = "reload"
    assert not controller.save()  # nothing of ours was saved: a close must not go on
    assert document.chart.title == Text({"en": "Theirs"}) and not document.modified
    assert document.path == chart_file


def test_the_unsaved_changes_prompt_also_checks(controller, dialogs, document, chart_file,
                                                monkeypatch):
    assert controller.open_path(chart_file)
    edit(document)
    fileformat.save(theirs(), chart_file)
    monkeypatch.setattr(controller, "ask_unsaved", lambda: "save")
    assert not controller.maybe_save()  # cancelled at "changed on disk": the window stays
    assert dialogs.asked == ["changed"] and document.modified


# -- locks -------------------------------------------------------------------------------------


def test_opening_locks_the_file_and_closing_or_leaving_it_unlocks(controller, dialogs,
                                                                  document, chart_file, tmp_path):
    assert controller.open_path(chart_file)
    holder = read_lock(chart_file)
    assert holder is not None and holder.pid == os.getpid()
    other = tmp_path / "other.orgchart"
    fileformat.save(bilingual_chart(), other)
    assert controller.open_path(other)
    assert not lock_path(chart_file).exists() and read_lock(other) is not None
    assert controller.new()
    assert not lock_path(other).exists()
    assert controller.open_path(chart_file)
    controller.release()  # the window closes
    assert not lock_path(chart_file).exists()


def test_revert_keeps_the_lock(controller, dialogs, document, chart_file, monkeypatch):
    assert controller.open_path(chart_file)
    token = read_lock(chart_file).token
    edit(document)
    monkeypatch.setattr(controller, "ask_revert", lambda name: True)
    assert controller.revert()
    assert read_lock(chart_file).token == token and dialogs.asked == []


def test_save_as_moves_the_lock(controller, dialogs, document, chart_file, tmp_path):
    assert controller.open_path(chart_file)
    dialogs.save_path = tmp_path / "moved.orgchart"
    assert controller.save_as()
    assert not lock_path(chart_file).exists()
    assert read_lock(tmp_path / "moved.orgchart").pid == os.getpid()


def test_a_chart_open_elsewhere_offers_read_only(controller, dialogs, document, window,
                                                 chart_file, tmp_path, other_process):
    lock_by(chart_file, other_process)
    dialogs.locked = "read-only"
    assert controller.open_path(chart_file)
    holder, = dialogs.holders
    assert holder.user == "ann" and holder.pid == other_process
    assert "opened by ann on" in holder.describe() and "2024-05-01" in holder.describe()
    assert document.path == chart_file and document.chart == bilingual_chart()
    assert controller.read_only and "(read-only)" in window.windowTitle()
    assert read_lock(chart_file).token == "theirs"  # their lock stays
    edit(document)
    before = chart_file.read_bytes()
    dialogs.save_path = tmp_path / "mine.orgchart"
    assert controller.save()  # Save goes to Save As
    assert dialogs.asked == ["locked", "save as"] and chart_file.read_bytes() == before
    assert not controller.read_only and "(read-only)" not in window.windowTitle()
    assert read_lock(chart_file).token == "theirs"


def test_a_chart_open_elsewhere_can_be_opened_as_a_copy(controller, dialogs, document,
                                                        chart_file, other_process):
    lock_by(chart_file, other_process)
    dialogs.locked = "copy"
    assert controller.open_path(chart_file)
    assert document.path is None and document.chart == bilingual_chart()
    assert not controller.read_only


def test_cancel_keeps_the_chart_on_screen(controller, dialogs, document, chart_file,
                                          other_process):
    lock_by(chart_file, other_process)
    before = copy.deepcopy(document.chart)
    assert not controller.open_path(chart_file)
    assert document.chart == before and document.path is None


def test_a_second_window_of_this_instance_is_told_too(controller, dialogs, document,
                                                      chart_file, qtbot, monkeypatch):
    assert controller.open_path(chart_file)
    second = QMainWindow()
    qtbot.addWidget(second)
    from ui.document import ChartDocument

    other = FileController(ChartDocument(), second, Preferences())
    answers = Dialogs(other, monkeypatch)
    answers.locked = "read-only"
    assert other.open_path(chart_file)
    assert answers.asked == ["locked"] and other.read_only


def test_a_stale_lock_is_cleared_silently(controller, dialogs, document, chart_file):
    lock_by(chart_file, dead_pid())
    assert controller.open_path(chart_file)
    assert dialogs.asked == [] and read_lock(chart_file).pid == os.getpid()
    assert not controller.read_only


def test_saving_onto_a_chart_open_elsewhere_is_refused(controller, dialogs, document,
                                                       chart_file, tmp_path, other_process):
    lock_by(chart_file, other_process)
    before = chart_file.read_bytes()
    dialogs.save_path = chart_file
    assert not controller.save_as()
    assert "open in another OrgChart Builder" in dialogs.messages[0]
    assert chart_file.read_bytes() == before


def test_a_recovered_chart_takes_over_the_stale_lock(controller, dialogs, document, chart_file):
    lock_by(chart_file, dead_pid())
    edited = bilingual_chart()
    edited.title = Text({"en": "Recovered"})
    controller.open_recovered(edited, chart_file)
    assert read_lock(chart_file).pid == os.getpid()
    assert controller.save() and dialogs.asked == []
    assert fileformat.load(chart_file) == edited


# -- read-only files and folders ------------------------------------------------------------


def test_a_read_only_file_opens_read_only(controller, dialogs, document, window, chart_file,
                                          tmp_path):
    chart_file.chmod(0o444)
    assert controller.open_path(chart_file)
    assert controller.read_only and "(read-only)" in window.windowTitle()
    assert not lock_path(chart_file).exists() and dialogs.asked == []
    edit(document)
    dialogs.save_path = tmp_path / "copy.orgchart"
    assert controller.save() and dialogs.asked == ["save as"]


def test_a_file_made_read_only_since_says_so_and_offers_save_as(controller, dialogs, document,
                                                                chart_file, tmp_path):
    assert controller.open_path(chart_file)
    chart_file.chmod(0o444)
    before = chart_file.read_bytes()
    edit(document)
    assert not controller.save()
    message, = dialogs.messages
    assert "plan.orgchart" in message and "read-only" in message and "Save As" in message
    assert chart_file.read_bytes() == before and document.modified
    dialogs.save_failed, dialogs.save_path = True, tmp_path / "elsewhere.orgchart"
    assert controller.save() and fileformat.load(tmp_path / "elsewhere.orgchart") == \
        document.chart


def test_a_read_only_folder_says_so_and_offers_save_as(controller, dialogs, document,
                                                       chart_file, tmp_path, monkeypatch):
    assert controller.open_path(chart_file)
    edit(document)
    before = chart_file.read_bytes()
    if os.geteuid() == 0:  # root writes anywhere: make the folder refuse as it would
        real = fileformat.tempfile.mkstemp

        def refuse_here(*args, dir=None, **kwargs):  # noqa: A002 - mkstemp's name
            if Path(dir) == chart_file.parent:
                raise PermissionError(13, "Permission denied")
            return real(*args, dir=dir, **kwargs)

        monkeypatch.setattr(fileformat.tempfile, "mkstemp", refuse_here)
    else:
        chart_file.parent.chmod(0o555)
    try:
        elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.orgchart"
        dialogs.save_failed, dialogs.save_path = True, elsewhere
        assert controller.save()
    finally:
        chart_file.parent.chmod(0o755)
    assert "permission denied" in dialogs.messages[0] and "Save As" in dialogs.messages[0]
    assert chart_file.read_bytes() == before
    assert document.path == elsewhere and fileformat.load(elsewhere) == document.chart
    elsewhere.unlink()


# -- start-up -----------------------------------------------------------------------------


def test_the_app_warns_at_start_when_foreign_xml_is_not_safe(qtbot, monkeypatch, chart_file):
    import openpyxl.xml
    from PySide6.QtWidgets import QApplication

    from ui.application import Application

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    app = Application(QApplication.instance())
    warned: list[str] = []
    monkeypatch.setattr(app, "warn", lambda title, text: warned.append(text))
    app.start([str(chart_file)])
    for window in app.windows:
        qtbot.addWidget(window)
    assert len(warned) == 1 and "defusedxml" in warned[0]
    assert app.windows[0].document.path == chart_file  # the app still opens charts
