"""Autosave and recovery: copies only while modified, removed after a save,
found after a simulated crash (a dead process's copy), restored to the same
chart and path, and offered through a dialog tests can answer."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QMainWindow

from orgchart import edits, fileformat
from orgchart.text import Text
from tests.charts import bilingual_chart
from ui import recovery
from ui.files import FileController
from ui.preferences import Preferences
from ui.recovery import (
    Autosaver,
    Recovery,
    RecoveryDialog,
    offer_recovery,
    pending_recoveries,
    pid_alive,
    recovery_folder,
    remove,
    restore,
)


@pytest.fixture
def preferences(qapp):
    return Preferences()


@pytest.fixture
def autosaver(document, preferences):
    saver = Autosaver(document, preferences)
    yield saver
    saver.discard()


@pytest.fixture
def folder():
    return recovery_folder()


def edit(document) -> None:
    document.push(edits.SetTitle(Text({"en": "Edited", "zh-Hant": "已改"})))


def dead_pid() -> int:
    process = subprocess.Popen(["sleep", "0"])
    process.wait()
    return process.pid


def crashed_copy(folder: Path, pid: int, original: Path | None, minutes_ago: int = 0,
                 name: str = "crashed") -> Path:
    """What a process that died leaves behind: a chart copy and its sidecar."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.orgchart").write_text(fileformat.dumps(bilingual_chart()),
                                              encoding="utf-8")
    saved = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    (folder / f"{name}.json").write_text(json.dumps({
        "format": "orgchart-recovery", "version": 1,
        "original": str(original) if original else None, "title": "Example",
        "saved": saved.isoformat(), "pid": pid, "started": None}), encoding="utf-8")
    return folder / f"{name}.orgchart"


def test_the_folder_is_in_the_app_data_location(folder, tmp_path):
    assert folder.is_relative_to(tmp_path)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert folder == Path(data) / "recovery"


# -- autosave ------------------------------------------------------------------------------


def test_the_timer_follows_the_preference(autosaver, preferences):
    assert autosaver.interval_ms == 60_000
    preferences.autosave_interval = 5
    assert autosaver.interval_ms == 5_000
    preferences.autosave_interval = 0
    assert autosaver.interval_ms == 0


def test_a_copy_is_written_only_when_modified(autosaver, document):
    assert not autosaver.tick()
    assert not autosaver.chart_path.exists()
    edit(document)
    assert autosaver.tick()
    assert fileformat.load(autosaver.chart_path) == document.chart
    assert autosaver.chart_path.read_text(encoding="utf-8") == fileformat.dumps(
        document.chart, compact=True)
    info = json.loads(autosaver.sidecar_path.read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and info["original"] is None
    assert info["title"] == "已改 / Edited"


def test_the_timer_writes_the_copy(document, preferences, qtbot, monkeypatch):
    monkeypatch.setattr(recovery, "FIRST_COPY_DELAY_MS", 60_000)  # the interval's timer, then
    preferences.autosave_interval = 1
    saver = Autosaver(document, preferences)
    edit(document)
    qtbot.waitUntil(saver.chart_path.exists, timeout=5000)
    assert fileformat.load(saver.chart_path) == document.chart
    saver.discard()


def test_no_copy_when_autosave_is_off(document, preferences, qtbot):
    preferences.autosave_interval = 0
    saver = Autosaver(document, preferences)
    edit(document)
    qtbot.wait(50)
    assert not saver.chart_path.exists()


def test_a_clean_save_removes_the_copy(autosaver, document, tmp_path):
    edit(document)
    assert autosaver.tick()
    document.save(tmp_path / "saved.orgchart")
    assert not autosaver.chart_path.exists() and not autosaver.sidecar_path.exists()
    assert not autosaver.tick()


def test_undo_back_to_clean_removes_the_copy(autosaver, document):
    edit(document)
    autosaver.tick()
    document.undo_stack.undo()
    assert not autosaver.chart_path.exists()


def test_the_sidecar_names_the_original_file(autosaver, document, tmp_path):
    document.set_path(tmp_path / "plan.orgchart")
    edit(document)
    autosaver.tick()
    info = json.loads(autosaver.sidecar_path.read_text(encoding="utf-8"))
    assert info["original"] == str(tmp_path / "plan.orgchart")


def test_a_copy_that_cannot_be_written_is_reported_once(document, preferences, tmp_path,
                                                        qtbot):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    saver = Autosaver(document, preferences, folder=blocked / "recovery")
    edit(document)
    with qtbot.waitSignal(saver.failed) as failed:
        assert not saver.tick()
    assert "recovery copy" in failed.args[0]
    with qtbot.assertNotEmitted(saver.failed):
        saver.tick()


# -- after a crash -----------------------------------------------------------------------


def test_a_dead_process_copy_is_found_restored_and_removed(folder, tmp_path):
    original = tmp_path / "plan.orgchart"
    copy = crashed_copy(folder, dead_pid(), original)
    found = pending_recoveries()
    assert [r.chart_path for r in found] == [copy]
    (item,) = found
    assert item.original == original and item.name == "plan.orgchart" and item.title == "Example"
    chart, path = restore(item)
    assert chart == bilingual_chart() and path == original
    remove(item)
    assert not copy.exists() and not copy.with_suffix(".json").exists()
    assert pending_recoveries() == []


def test_a_live_process_copy_is_not_offered(folder, autosaver, document):
    crashed_copy(folder, os.getpid(), None)
    edit(document)
    autosaver.tick()  # this very process's own copy
    assert pending_recoveries() == []


def test_a_reused_pid_does_not_hide_a_copy(folder):
    if recovery.process_start() is None:
        pytest.skip("no process start times here")
    crashed_copy(folder, os.getpid(), None)
    sidecar = folder / "crashed.json"
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    info["started"] = "1"  # this pid, but another (earlier) process
    sidecar.write_text(json.dumps(info), encoding="utf-8")
    assert len(pending_recoveries()) == 1


def test_pid_alive():
    assert pid_alive(os.getpid())
    assert not pid_alive(dead_pid())
    assert not pid_alive(0) and not pid_alive(-1)


def test_newest_first(folder):
    pid = dead_pid()
    crashed_copy(folder, pid, None, minutes_ago=30, name="older")
    crashed_copy(folder, pid, None, minutes_ago=1, name="newer")
    assert [r.chart_path.stem for r in pending_recoveries()] == ["newer", "older"]


def test_unreadable_sidecars_are_skipped_and_kept(folder):
    crashed_copy(folder, dead_pid(), None)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "broken.orgchart").write_text("kept", encoding="utf-8")
    (folder / "other.json").write_text('{"format": "something else"}', encoding="utf-8")
    assert [r.chart_path.stem for r in pending_recoveries()] == ["crashed"]
    assert (folder / "broken.orgchart").read_text(encoding="utf-8") == "kept"
    assert (folder / "broken.json").exists() and (folder / "other.json").exists()


def test_a_sidecar_without_its_copy_is_cleared(folder):
    crashed_copy(folder, dead_pid(), None).unlink()
    assert pending_recoveries() == []
    assert not (folder / "crashed.json").exists()


def test_no_folder_no_recoveries():
    assert pending_recoveries() == []


# -- the offer ------------------------------------------------------------------------------


def answer(monkeypatch, choice, pick=lambda recoveries: recoveries):
    asked = []

    def ask(parent, recoveries):
        asked.append(recoveries)
        return choice, pick(recoveries)

    monkeypatch.setattr(recovery, "ask_recovery", ask)
    return asked


def test_restore_gives_the_charts_and_removes_the_copies(folder, monkeypatch, tmp_path):
    original = tmp_path / "plan.orgchart"
    copy = crashed_copy(folder, dead_pid(), original)
    answer(monkeypatch, "restore")
    restored = offer_recovery(None, pending_recoveries())
    assert restored == [(bilingual_chart(), original)]
    assert not copy.exists()


def test_later_keeps_everything(folder, monkeypatch):
    copy = crashed_copy(folder, dead_pid(), None)
    answer(monkeypatch, "later")
    assert offer_recovery(None, pending_recoveries()) == []
    assert copy.exists() and len(pending_recoveries()) == 1


def test_discard_removes_only_the_chosen(folder, monkeypatch):
    pid = dead_pid()
    crashed_copy(folder, pid, None, minutes_ago=2, name="one")
    crashed_copy(folder, pid, None, minutes_ago=1, name="two")
    answer(monkeypatch, "discard", pick=lambda recoveries: recoveries[:1])
    assert offer_recovery(None, pending_recoveries()) == []
    assert [r.chart_path.stem for r in pending_recoveries()] == ["one"]


def test_nothing_to_offer_asks_nothing(monkeypatch):
    asked = answer(monkeypatch, "restore")
    assert offer_recovery(None, []) == [] and asked == []


def test_an_unreadable_copy_is_reported_and_kept(folder, monkeypatch):
    copy = crashed_copy(folder, dead_pid(), None)
    copy.write_text("{broken", encoding="utf-8")
    errors = []
    monkeypatch.setattr(recovery, "show_error", lambda parent, title, text: errors.append(text))
    answer(monkeypatch, "restore")
    assert offer_recovery(None, pending_recoveries()) == []
    assert copy.exists() and "crashed.orgchart" in errors[0] and "line 1" in errors[0]


def test_a_restored_chart_opens_modified_and_gets_a_fresh_copy(
        folder, monkeypatch, document, preferences, tmp_path, qtbot):
    original = tmp_path / "plan.orgchart"
    crashed_copy(folder, dead_pid(), original)
    answer(monkeypatch, "restore")
    window = QMainWindow()
    qtbot.addWidget(window)
    files = FileController(document, window, preferences)
    monkeypatch.setattr(recovery, "FIRST_COPY_DELAY_MS", 0)
    saver = Autosaver(document, preferences)
    for chart, path in offer_recovery(window, pending_recoveries()):
        files.open_recovered(chart, path)
    assert document.modified and document.path == original and window.isWindowModified()
    # the old copy is gone; the new session keeps its own soon, not a minute later
    qtbot.waitUntil(saver.chart_path.exists, timeout=5000)
    assert fileformat.load(saver.chart_path) == bilingual_chart()
    assert files.save() and not saver.chart_path.exists()
    assert fileformat.load(original) == bilingual_chart()


# -- the dialog -------------------------------------------------------------------------------


def sample_recoveries(tmp_path) -> list[Recovery]:
    now = datetime.now(UTC)
    return [Recovery(tmp_path / "a.orgchart", tmp_path / "a.json", tmp_path / "plan.orgchart",
                     "Example", now, 1),
            Recovery(tmp_path / "b.orgchart", tmp_path / "b.json", None, "Draft", now, 2)]


def test_the_dialog_lists_the_copies_all_checked(tmp_path, qtbot):
    items = sample_recoveries(tmp_path)
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    rows = [[dialog.list.topLevelItem(i).text(c) for c in (1, 2)] for i in range(2)]
    assert rows == [["plan.orgchart", "Example"], ["Untitled", "Draft"]]
    assert dialog.chosen() == items
    for button in (dialog.restore_button, dialog.discard_button, dialog.later_button):
        assert button.accessibleName() and button.toolTip()
    assert dialog.list.accessibleName()


def test_the_dialog_restores_the_checked(tmp_path, qtbot):
    items = sample_recoveries(tmp_path)
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    dialog.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.chosen() == items[1:]
    dialog.restore_button.click()
    assert dialog.choice == "restore" and dialog.result() == dialog.DialogCode.Accepted
    dialog.list.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    assert not dialog.restore_button.isEnabled() and not dialog.discard_button.isEnabled()


def test_the_dialog_confirms_a_discard(tmp_path, qtbot, monkeypatch):
    dialog = RecoveryDialog(sample_recoveries(tmp_path))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "_confirm_discard", lambda: False)
    dialog.discard_button.click()
    assert dialog.choice == "later"
    monkeypatch.setattr(dialog, "_confirm_discard", lambda: True)
    dialog.discard_button.click()
    assert dialog.choice == "discard"
    dialog.later_button.click()
    assert dialog.choice == "later" and dialog.result() == dialog.DialogCode.Rejected
