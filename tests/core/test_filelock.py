"""Lock files and fingerprints (`orgchart.filelock`): one live holder per
chart, who and since when, stale locks of dead processes cleared, and a
file's change noticed by its bytes, not its time alone."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from orgchart import filelock
from orgchart.filelock import Fingerprint, Locked, acquire, lock_path, read_lock


@pytest.fixture
def chart(tmp_path):
    path = tmp_path / "plan.orgchart"
    path.write_text("{}", "utf-8")
    return path


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def write_lock(chart, **fields) -> None:
    record = {"format": filelock.LOCK_FORMAT, "version": 1, "user": "ann",
              "host": socket.gethostname(), "pid": os.getpid(), "started": None,
              "since": "2024-05-01T09:30:00+00:00", "token": "theirs"}
    record.update(fields)
    lock_path(chart).write_text(json.dumps(record), "utf-8")


def test_a_lock_says_who_holds_the_chart_and_is_removed_on_release(chart):
    lock = acquire(chart)
    assert lock is not None and lock_path(chart).name == ".~lock.plan.orgchart#"
    info = read_lock(chart)
    assert info == lock.info and info.pid == os.getpid() and info.here and info.this_process
    assert info.since is not None and abs(datetime.now(UTC) - info.since).total_seconds() < 60
    lock.release()
    assert not lock_path(chart).exists()


def test_a_second_holder_is_refused_with_who_and_since_when(chart):
    first = acquire(chart)
    with pytest.raises(Locked) as refused:
        acquire(chart)  # another window of this very process counts as another holder
    assert refused.value.info == first.info
    assert refused.value.info.describe().startswith(f"opened by {first.info.user} on ")
    first.release()
    assert acquire(chart) is not None


def test_a_lock_of_a_live_process_elsewhere_is_respected(chart):
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write_lock(chart, pid=holder.pid)
        with pytest.raises(Locked, match="opened by ann on .* since 2024-05-01"):
            acquire(chart)
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_of_a_dead_process_is_cleared_silently(chart):
    write_lock(chart, pid=dead_pid())
    lock = acquire(chart)
    assert lock is not None and read_lock(chart).token == lock.info.token


def test_a_reused_pid_does_not_keep_a_stale_lock(chart):
    write_lock(chart, pid=os.getpid(), started="1")  # our pid, but a process started long ago
    assert acquire(chart) is not None


def test_a_lock_from_another_computer_is_never_judged_stale(chart):
    write_lock(chart, host="another-computer.example", pid=dead_pid())
    with pytest.raises(Locked, match="on another-computer.example"):
        acquire(chart)


@pytest.mark.parametrize("content", [b"", b"garbage", b'{"format": "orgchart-lock"}',
                                     b"\xff\xfe", b'{"format": "orgchart-lock", "pid": 1e400}'])
def test_a_damaged_lock_is_replaced(chart, content):
    lock_path(chart).write_bytes(content)
    assert read_lock(chart) is None
    assert acquire(chart) is not None


def test_release_never_removes_another_holders_lock(chart):
    lock = acquire(chart)
    write_lock(chart, token="someone-else")  # e.g. a user deleted ours and another took it
    lock.release()
    assert read_lock(chart).token == "someone-else"


def test_links_to_one_chart_share_one_lock(chart, tmp_path):
    link = tmp_path / "link.orgchart"
    link.symlink_to(chart)
    lock = acquire(link)
    assert lock.covers(chart) and lock_path(link) == lock_path(chart)
    with pytest.raises(Locked):
        acquire(chart)


def test_no_lock_where_none_can_be_made(chart, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(filelock.tempfile, "mkstemp", denied)
    assert acquire(chart) is None  # the chart still opens; saving will say why it cannot


def test_locks_are_released_at_exit(tmp_path):
    chart = tmp_path / "a.orgchart"
    chart.write_text("{}")
    code = "import sys; from orgchart import filelock; filelock.acquire(sys.argv[1])"
    subprocess.run([sys.executable, "-c", code, str(chart)], check=True, timeout=60)
    assert not lock_path(chart).exists()


def test_pid_alive():
    assert filelock.pid_alive(os.getpid(), filelock.process_start())
    assert not filelock.pid_alive(dead_pid())
    assert not filelock.pid_alive(0)


# -- fingerprints -------------------------------------------------------------------------


def test_a_fingerprint_notices_other_bytes_not_a_touch(chart):
    print_ = Fingerprint.of(chart)
    assert not print_.changed_since(chart)
    os.utime(chart, ns=(0, 12345))  # touched: same bytes, another time
    assert not print_.changed_since(chart)
    chart.write_text("{ }", "utf-8")
    assert print_.changed_since(chart)
    same_size = Fingerprint.of(chart)
    stat = os.stat(chart)
    chart.write_text("{\t}", "utf-8")  # same size and time, other bytes
    os.utime(chart, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert same_size.changed_since(chart)


def test_a_file_that_is_gone_has_not_changed_and_none_for_a_missing_file(chart):
    print_ = Fingerprint.of(chart)
    chart.unlink()
    assert not print_.changed_since(chart)
    assert Fingerprint.of(chart) is None
