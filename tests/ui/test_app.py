"""Starting the app: without a display it says so in one line and exits 2;
with one, it opens the file asked for, else the last file, else the seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart.fileformat import dumps
from tests.charts import bilingual_chart
from ui.app import missing_display

ROOT = Path(__file__).resolve().parents[2]


def start(args, env):
    base = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}
    return subprocess.run([sys.executable, "-m", "orgchart", *args], cwd=ROOT, timeout=60,
                          capture_output=True, text=True, env={**base, **env})


@pytest.mark.parametrize("args", [[], ["samples/company.orgchart"]])
def test_without_a_display_it_says_so_and_exits_2(args):
    result = start(args, {})
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "no display" in line and "orgchart export" in line
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_unreachable_x_display_is_reported_without_a_core_dump():
    result = start([], {"DISPLAY": ":97"})
    assert result.returncode == 2
    assert "cannot connect to the display ':97'" in result.stderr


def test_missing_display_rules(monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert "DISPLAY is not set" in missing_display()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_display() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    assert "WAYLAND_DISPLAY" in missing_display()


def test_start_opens_the_file_asked_for(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ui.application import Application

    path = tmp_path / "mine.orgchart"
    path.write_text(dumps(bilingual_chart()), "utf-8")
    app = Application(QApplication.instance())
    app.start([str(path)])
    [window] = app.windows
    qtbot.addWidget(window)
    assert window.document.path == path and window.document.chart == bilingual_chart()
    assert "mine.orgchart" in window.windowTitle()


def test_first_start_opens_the_seed_sample_then_the_last_file(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ui.application import Application

    app = Application(QApplication.instance())
    app.start([])
    [window] = app.windows
    qtbot.addWidget(window)
    assert window.document.path.name == "poverty-alleviation.orgchart"
    assert window.document.chart.title.get("zh-Hant") == "脫貧攻堅領導責任制"
    path = tmp_path / "last.orgchart"
    path.write_text(dumps(bilingual_chart()), "utf-8")
    app.preferences.remember_file(path)
    again = Application(QApplication.instance())
    again.start([])
    qtbot.addWidget(again.windows[0])
    assert again.windows[0].document.path == path
