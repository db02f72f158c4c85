"""Preferences: defaults, typed round trips through QSettings, recent files,
finding Graphviz, and the dialog's controls."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFontComboBox, QLineEdit, QPushButton, QSpinBox

from ui.preferences import (
    AUTOSAVE_INTERVAL,
    MAX_RECENT,
    RECENT_FILES,
    Preferences,
    PreferencesDialog,
    graphviz_program,
    graphviz_version,
)

HAS_DOT = shutil.which("dot") is not None


@pytest.fixture
def preferences(qapp):
    return Preferences()


@pytest.fixture
def charts(tmp_path):
    """Twelve chart files that exist."""
    paths = []
    for i in range(12):
        path = tmp_path / f"chart{i:02}.orgchart"
        path.write_text("{}", encoding="utf-8")
        paths.append(path)
    return paths


def test_defaults(preferences):
    assert preferences.autosave_interval == 60
    assert preferences.display_language == "both"
    assert preferences.export_font == "Noto Sans CJK SC"
    assert preferences.graphviz_folder == ""
    assert preferences.recent_files == [] and preferences.last_file is None
    assert preferences.window_geometry == b"" and preferences.window_state == b""
    assert preferences.new_chart_languages() == ["zh-Hant", "en"]


def test_values_survive_a_new_settings_object(preferences, tmp_path, qtbot):
    with qtbot.waitSignal(preferences.changed) as changed:
        preferences.autosave_interval = 0
    assert changed.args == [AUTOSAVE_INTERVAL]
    preferences.display_language = "zh-Hans"
    preferences.export_font = "DejaVu Sans"
    preferences.graphviz_folder = str(tmp_path)
    preferences.last_file = tmp_path / "a.orgchart"
    preferences.window_geometry = b"\x00\x01geometry"
    preferences.window_state = b"\xffstate"
    again = Preferences(QSettings())
    assert again.autosave_interval == 0
    assert again.display_language == "zh-Hans" and again.new_chart_languages() == ["zh-Hans"]
    assert again.export_font == "DejaVu Sans"
    assert again.graphviz_folder == str(tmp_path)
    assert again.last_file == tmp_path / "a.orgchart"
    assert again.window_geometry == b"\x00\x01geometry" and again.window_state == b"\xffstate"


def test_changed_is_not_emitted_for_the_same_value(preferences, qtbot):
    preferences.export_font = "DejaVu Sans"
    with qtbot.assertNotEmitted(preferences.changed):
        preferences.export_font = "DejaVu Sans"


def test_a_damaged_interval_falls_back_to_the_default(preferences):
    QSettings().setValue(AUTOSAVE_INTERVAL, "often")
    assert preferences.autosave_interval == 60
    preferences.autosave_interval = -5
    assert preferences.autosave_interval == 0
    preferences.autosave_interval = 10**9
    assert preferences.autosave_interval == 3600


# -- recent files ---------------------------------------------------------------------


def test_recent_files_most_recent_first_without_duplicates(preferences, charts):
    a, b, c = charts[:3]
    for path in (a, b, c, a):
        preferences.add_recent(path)
    assert preferences.recent_files == [a, c, b]
    # another spelling of the same file is the same entry
    preferences.add_recent(b.parent / "." / b.name)
    assert preferences.recent_files == [b, a, c]


def test_recent_files_keep_at_most_ten(preferences, charts):
    for path in charts:
        preferences.add_recent(path)
    assert len(preferences.recent_files) == MAX_RECENT
    assert preferences.recent_files == charts[::-1][:MAX_RECENT]


def test_missing_recent_files_are_left_out(preferences, charts):
    for path in charts[:3]:
        preferences.add_recent(path)
    charts[1].unlink()
    assert preferences.recent_files == [charts[2], charts[0]]


def test_one_recent_file_reads_back_from_the_ini_file(preferences, charts):
    # QSettings' ini format gives a one-element list back as a plain string
    QSettings().setValue(RECENT_FILES, str(charts[0]))
    assert preferences.recent_files == [charts[0]]
    QSettings().setValue(RECENT_FILES, 42)
    assert preferences.recent_files == []


def test_remove_and_clear_recent(preferences, charts):
    for path in charts[:3]:
        preferences.add_recent(path)
    preferences.remove_recent(charts[1])
    assert preferences.recent_files == [charts[2], charts[0]]
    preferences.clear_recent()
    assert preferences.recent_files == []


# -- Graphviz -------------------------------------------------------------------------


@pytest.mark.skipif(not HAS_DOT, reason="Graphviz is not installed here")
def test_dot_is_found_on_path(preferences):
    assert preferences.graphviz_program("dot") == shutil.which("dot")
    assert "graphviz version" in graphviz_version(shutil.which("dot"))


def fake_program(folder, name="dot"):
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    program.write_text("#!/bin/sh\necho 'dot - graphviz version 99.0 (fake)' >&2\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for dot")
def test_a_folder_is_searched_first(preferences, tmp_path):
    program = fake_program(tmp_path / "graphviz")
    preferences.graphviz_folder = str(tmp_path / "graphviz")
    assert preferences.graphviz_program("dot") == str(program)
    assert graphviz_version(str(program)) == "dot - graphviz version 99.0 (fake)"
    # the Windows installer's layout: the programs are in bin/
    nested = fake_program(tmp_path / "install" / "bin")
    assert graphviz_program("dot", tmp_path / "install") == str(nested)


def test_a_folder_without_the_program_falls_back_to_path(tmp_path):
    assert graphviz_program("dot", tmp_path) == shutil.which("dot")
    assert graphviz_program("no-such-graphviz-program", tmp_path) is None
    assert graphviz_version(str(tmp_path / "missing")) is None


# -- the dialog -------------------------------------------------------------------------


@pytest.fixture
def dialog(preferences, qtbot):
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    return dialog


def test_every_control_has_an_accessible_name_and_a_tooltip(dialog):
    controls = dialog.findChildren(QSpinBox) + dialog.findChildren(QFontComboBox) \
        + dialog.findChildren(QLineEdit) + dialog.findChildren(QPushButton) \
        + [c for c in dialog.findChildren(QComboBox) if c.isVisibleTo(dialog)]
    named = {c.accessibleName() for c in controls}
    assert {"Autosave interval in seconds", "Default display language", "Export font",
            "Graphviz folder", "Browse for the Graphviz folder"} <= named
    for control in (dialog.interval_box, dialog.language_box, dialog.font_box,
                    dialog.graphviz_edit, dialog.browse_button, dialog.graphviz_status):
        assert control.accessibleName() and control.toolTip(), control


def test_the_dialog_shows_and_saves_the_preferences(dialog, preferences, tmp_path, qtbot):
    assert dialog.interval_box.value() == 60
    assert dialog.language_box.currentData() == "both"
    dialog.interval_box.setValue(120)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.graphviz_edit.setText(str(tmp_path))
    with qtbot.waitSignal(preferences.changed):
        dialog.accept()
    assert preferences.autosave_interval == 120
    assert preferences.display_language == "en"
    assert preferences.graphviz_folder == str(tmp_path)
    assert preferences.export_font == "Noto Sans CJK SC"  # untouched, even if not installed


def test_cancel_saves_nothing(dialog, preferences):
    dialog.interval_box.setValue(5)
    dialog.reject()
    assert preferences.autosave_interval == 60


def test_restore_defaults(preferences, qtbot):
    preferences.autosave_interval = 30
    preferences.display_language = "en"
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.interval_box.value() == 30
    dialog.restore_defaults()
    dialog.accept()
    assert preferences.autosave_interval == 60 and preferences.display_language == "both"


@pytest.mark.skipif(not HAS_DOT, reason="Graphviz is not installed here")
def test_the_status_says_where_dot_is_and_its_version(dialog, tmp_path):
    text = dialog.graphviz_status.text()
    assert "graphviz version" in text and shutil.which("dot") in text
    assert "PATH" not in text
    dialog.graphviz_edit.setText(str(tmp_path))
    dialog.update_graphviz_status()
    assert "not in the chosen folder: found on PATH" in dialog.graphviz_status.text()


def test_the_status_says_when_dot_is_missing(dialog, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    dialog.graphviz_edit.setText(str(tmp_path / "nothing"))
    dialog.update_graphviz_status()
    assert "not found" in dialog.graphviz_status.text()


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for dot")
def test_browse_sets_the_folder_and_checks_it(dialog, monkeypatch, tmp_path):
    fake_program(tmp_path / "gv")
    monkeypatch.setattr(dialog, "ask_graphviz_folder", lambda start: str(tmp_path / "gv"))
    dialog.browse_button.click()
    assert dialog.graphviz_edit.text() == str(tmp_path / "gv")
    assert "99.0 (fake)" in dialog.graphviz_status.text()
