"""Recovery, proven end to end with real processes: the app runs in a child
process on the offscreen platform, edits a chart, lets autosave write its
copy, and is killed with SIGKILL; a second app process starts, restores the
copy, and the edits are back — for a chart saved before and for one that
never was. The first process's lock on the saved chart is stale by then and
is taken over without a question."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart import edits, fileformat
from orgchart.filelock import read_lock
from orgchart.model import Chart, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

EDIT_AND_WAIT = """
import sys
from ui.application import Application, make_qt_app
from tests.ui.test_recovery_process import make_edits

mode, path = sys.argv[1], sys.argv[2]
qt_app = make_qt_app(sys.argv[:1])
app = Application(qt_app)
app.preferences.autosave_interval = 1
if mode == "saved":
    app.start([path])
window = app.windows[-1] if app.windows else app.new_window()
window.autosaver.written.connect(lambda copy: print("written", copy, flush=True))
for edit in make_edits(window.document.chart):
    assert window.document.push(edit), edit
print("edited", window.document.path, flush=True)
qt_app.exec()
"""

RESTART = """
import json, os, sys
from orgchart import fileformat, filelock
from ui import recovery
from ui.application import Application, make_qt_app

recovery.ask_recovery = lambda parent, found: ("restore", list(found))
qt_app = make_qt_app(sys.argv[:1])
app = Application(qt_app)
app.preferences.autosave_interval = 0  # no copy of its own to confuse the check
app.start([])
found = []
for window in app.windows:
    document = window.document
    holder = filelock.read_lock(document.path) if document.path else None
    found.append({"path": str(document.path) if document.path else None,
                  "modified": document.modified, "chart": fileformat.dumps(document.chart),
                  "title": window.windowTitle(), "locked_by_me": bool(holder)
                  and holder.pid == os.getpid()})
    window.files.release()
print(json.dumps(found), flush=True)
os._exit(0)  # the windows hold unsaved charts: leave without the prompts
"""


def make_edits(chart: Chart) -> list[edits.Edit]:
    """The edits the first process makes, as values (the test makes them too)."""
    steps: list[edits.Edit] = [edits.SetTitle(Text({"en": "Edited, not saved"}))]
    if not chart.tiers:  # a new, blank chart
        steps.append(edits.InsertTier(Tier("t1", Text("Board"), Text(), "#1f5f99")))
        steps.append(edits.InsertUnit(Unit("top", Text("Acme"), "t1")))
    else:
        steps.append(edits.add_child(chart, "p2", Text("New county")))
        steps.append(edits.RemoveUnit("c3", False))
    return steps


def expected(chart: Chart) -> Chart:
    for edit in make_edits(chart):
        edit.apply(chart)
    return chart


@pytest.fixture
def environment(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_RUNTIME_DIR=str(tmp_path / "runtime"), PYTHONPATH=str(ROOT))
    (tmp_path / "runtime").mkdir(mode=0o700)
    return env


def run_until_autosaved(environment, mode: str, path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-c", EDIT_AND_WAIT, mode, str(path)], cwd=ROOT,
                           env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        said = []
        assert app.stdout is not None
        for line in app.stdout:  # the copy is written a second or two after the edits
            said.append(line)
            if line.startswith("written"):
                break
        else:
            pytest.fail(f"no recovery copy was written: {said} {app.stderr.read()}")
        assert Path(line.split(maxsplit=1)[1].strip()).is_file()
    finally:
        app.send_signal(signal.SIGKILL)
        app.communicate(timeout=30)
    assert app.returncode == -signal.SIGKILL


def restart(environment) -> list[dict]:
    done = subprocess.run([sys.executable, "-c", RESTART], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_edits_to_a_saved_chart_come_back_after_a_kill(environment, tmp_path):
    path = tmp_path / "plan.orgchart"
    fileformat.save(bilingual_chart(), path)
    saved = path.read_bytes()
    run_until_autosaved(environment, "saved", path)
    assert path.read_bytes() == saved  # the crash lost nothing, and wrote nothing there
    stale = read_lock(path)
    assert stale is not None and not stale.alive()  # the killed instance's lock is left
    restored, = restart(environment)
    assert restored["path"] == str(path) and restored["modified"]
    assert restored["chart"] == fileformat.dumps(expected(bilingual_chart()))
    assert restored["locked_by_me"], "the killed instance's lock is stale and was taken over"
    assert "plan.orgchart" in restored["title"] and "read-only" not in restored["title"]
    assert copies(tmp_path) == []  # a restored copy is removed


def copies(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "data").rglob("recovery/*.orgchart"))


def test_edits_to_a_never_saved_chart_come_back_after_a_kill(environment, tmp_path):
    run_until_autosaved(environment, "untitled", tmp_path / "unused")
    assert len(copies(tmp_path)) == 1
    restored, = restart(environment)
    assert restored["path"] is None and restored["modified"]
    chart = fileformat.loads(restored["chart"])
    assert chart.title == Text({"en": "Edited, not saved"})
    assert [u.name for u in chart.units] == [Text("Acme")]
    assert copies(tmp_path) == []
