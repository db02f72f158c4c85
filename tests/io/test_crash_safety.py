"""Saving survives a crash at any moment and a failure at any step.

A writer process saves numbered charts over one file as fast as it can and
is killed (SIGKILL, no chance to tidy up) at random moments, round after
round; after each kill the file must be exactly the last version saved or
the one being saved, and the backup exactly the one before, each readable
whole. Then every step of a save is made to fail as a full disk would, and
the file and its backup must be byte-for-byte what they were.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orgchart import fileformat
from orgchart.fileformat import SaveError, dumps, load, save
from orgchart.model import Chart, Tier, Unit
from orgchart.text import Text
from tests.charts import bilingual_chart

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from orgchart.fileformat import save
from tests.io.test_crash_safety import version
path, first = sys.argv[1], int(sys.argv[2])
for n in range(first, first + 100_000):
    save(version(n), path)
    print(n, flush=True)
"""


def version(n: int) -> Chart:
    """Save number n: a large chart and a small one in turn, so that a
    torn write of one over the other could not look whole."""
    chart = bilingual_chart()
    chart.title = Text({"en": f"save {n}"})
    if n % 2 == 0:
        chart.tiers.append(Tier("t4", Text("Township"), Text(), "#5d6d7e"))
        chart.units += [Unit(f"w{i}", Text({"en": f"Township {i}", "zh-Hant": f"鄉{i}"}), "t4",
                             "c1") for i in range(400)]
    return chart


def saved_number(path: Path) -> int:
    """Which save a file holds, after checking it is that save byte for byte."""
    chart = load(path)
    n = int(chart.title.get("en").split()[1])
    assert path.read_bytes() == dumps(version(n)).encode("utf-8"), f"{path.name} is torn"
    return n


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_writer_leaves_the_old_or_the_new_file_and_an_intact_backup(tmp_path):
    path = tmp_path / "chart.orgchart"
    save(version(0), path)
    save(version(1), path)
    rng = random.Random(20240501)
    last, saves, rounds = 1, 0, 0
    deadline = time.monotonic() + 30
    while (rounds < 8 or saves < 300) and time.monotonic() < deadline:
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(last + 1)],
                                  cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        first = writer.stdout.readline()  # running: it has finished one save
        assert first, "the writer did not start"
        time.sleep(rng.uniform(0.0, 0.4))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
        done = [int(line) for line in [first, *rest.splitlines()] if line.strip()]
        finished = done[-1]  # the last save known to have finished
        on_disk = saved_number(path)
        assert on_disk in (finished, finished + 1), (on_disk, finished)
        backup = saved_number(fileformat.backup_path(path))
        # killed between refreshing the backup and the rename, both hold the old save
        assert backup == on_disk - 1 or backup == on_disk == finished, \
            (backup, on_disk, finished)
        saves += len(done)
        rounds += 1
        last = on_disk
    assert rounds >= 8 and saves >= 300, f"only {saves} saves in {rounds} rounds"
    # what a killed save leaves behind is a hidden temporary file, never the chart
    leftovers = {p.name for p in tmp_path.iterdir()} - {"chart.orgchart", "chart.orgchart.bak"}
    assert all(name.startswith(".chart.orgchart.") for name in leftovers), leftovers


# -- every step failing as a full disk would ----------------------------------------------


def fail_at(monkeypatch, step: str) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")

    def failing(*args, **kwargs):
        raise full

    if step == "write":
        real = os.fdopen

        class Half:
            def __init__(self, fd, mode):
                self.file = real(fd, mode)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.file.close()

            def write(self, data):
                self.file.write(data[: len(data) // 3])
                raise full

        monkeypatch.setattr(os, "fdopen", Half)
    elif step == "fsync":
        monkeypatch.setattr(os, "fsync", failing)
    elif step == "chmod":
        monkeypatch.setattr(os, "chmod", failing)
    elif step == "backup":
        monkeypatch.setattr(os, "link", failing)
        monkeypatch.setattr(fileformat.shutil, "copy2", failing)
    elif step == "replace":
        real_replace = os.replace

        def replace(src, dst, *args, **kwargs):
            if str(dst).endswith(".orgchart"):
                raise full
            return real_replace(src, dst, *args, **kwargs)

        monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("step", ["write", "fsync", "chmod", "backup", "replace"])
def test_a_full_disk_at_any_step_leaves_file_and_backup_as_they_were(tmp_path, monkeypatch,
                                                                     step):
    path = tmp_path / "a.orgchart"
    save(version(0), path)
    save(version(1), path)
    original = path.read_bytes()
    backup = fileformat.backup_path(path).read_bytes()
    fail_at(monkeypatch, step)
    with pytest.raises(SaveError, match="disk is full.*not changed"):
        save(version(2), path)
    monkeypatch.undo()
    assert path.read_bytes() == original
    # the backup is the previous save, or (failing after it was refreshed) the current one
    assert fileformat.backup_path(path).read_bytes() in (backup, original)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.orgchart", "a.orgchart.bak"]


def test_a_read_only_file_is_not_replaced(tmp_path):
    path = tmp_path / "a.orgchart"
    save(version(0), path)
    path.chmod(0o444)
    original = path.read_bytes()
    with pytest.raises(SaveError, match="read-only.*Save As.*not changed"):
        save(version(1), path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.orgchart"]
