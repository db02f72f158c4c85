"""Who has a chart open, and whether its file changed since it was read.

Owns two small promises of the app, kept here without Qt so they can be
tested (and used by any front end) on plain files:

- **Lock files.** Opening a chart for editing leaves `.~lock.NAME#` beside
  it (LibreOffice's convention), a small JSON record of who holds it: user,
  host, process id and start, and since when. A second instance that meets a
  lock held by a live process learns who and since when (`Locked`), and the
  app offers to open the chart read-only or as a copy. A lock left by a
  process that no longer runs on this host (a crash) is stale and is
  replaced silently. A lock on another host is never judged stale: its
  process cannot be seen from here.
- **Fingerprints.** `Fingerprint.of(path)` records a file's size, time and
  content hash when it is read or written; `changed_since` tells whether
  someone else wrote it since, so a save never overwrites their work
  silently.

The lock is created in one step that cannot race (a complete temporary file
hard-linked to the lock name, which fails if the name exists), so a reader
never sees half a lock. A lock that cannot be created at all (a read-only
folder, a file system without hard links or permission) is not an error:
the chart opens without one, and saving will say why it cannot write there.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import getpass
import hashlib
import json
import os
import socket
import sys
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

LOCK_FORMAT = "orgchart-lock"
#: Locks larger than this are not ours (and are not read whole).
_MAX_LOCK_BYTES = 64 * 1024
#: The locks this process holds, released at a normal exit even if a window
#: never closed (a crash leaves them, and the next instance finds them stale).
_HELD: dict[str, Lock] = {}


class Locked(Exception):
    """The chart is open in another live instance; `info` says who and since when."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path, self.info = path, info
        super().__init__(f"{path}: {info.describe()}")


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about its holder."""

    user: str
    host: str
    pid: int
    since: datetime | None
    #: when the process started (Linux), to tell it from a later one given the same pid
    started: str | None = None
    #: a random token of the instance that made the lock
    token: str = ""

    def describe(self) -> str:
        """"opened by ann on office-pc since 2024-05-01 09:30"."""
        when = f" since {self.since.astimezone():%Y-%m-%d %H:%M}" if self.since else ""
        return f"opened by {self.user or 'someone'} on {self.host or 'another computer'}{when}"

    @property
    def here(self) -> bool:
        """Held on this computer (so its process can be checked)."""
        return self.host == _host()

    @property
    def this_process(self) -> bool:
        return self.here and self.pid == os.getpid() and self.started == process_start()

    def alive(self) -> bool:
        """False only when the holder is known to be gone: on this host, with a
        process id that is not running (or runs another, later process)."""
        return not self.here or pid_alive(self.pid, self.started)


def lock_path(path: str | os.PathLike[str]) -> Path:
    """Where the lock of a chart lives: beside the real file (a chart opened
    through two symbolic links has one lock)."""
    real = Path(os.path.realpath(path))
    return real.with_name(f".~lock.{real.name}#")


def read_lock(path: str | os.PathLike[str]) -> LockInfo | None:
    """The holder of the chart's lock; None when there is no lock, or it is
    not a lock this program wrote (damaged, or someone else's file)."""
    try:
        with open(lock_path(path), "rb") as f:
            raw = json.loads(f.read(_MAX_LOCK_BYTES).decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != LOCK_FORMAT:
            return None
        since = datetime.fromisoformat(raw["since"]) if raw.get("since") else None
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        started = raw.get("started")
        return LockInfo(str(raw.get("user", "")), str(raw.get("host", "")), int(raw["pid"]),
                        since, started if isinstance(started, str) else None,
                        str(raw.get("token", "")))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, OverflowError):
        return None


class Lock:
    """A lock this instance holds on a chart; `release()` removes it."""

    def __init__(self, chart: Path, info: LockInfo) -> None:
        self.chart, self.info = chart, info
        self.path = lock_path(chart)
        _HELD[info.token] = self

    def covers(self, path: str | os.PathLike[str]) -> bool:
        """Whether this lock is the lock of `path` (however it is spelled)."""
        return lock_path(path) == self.path

    def held(self) -> bool:
        """Whether the lock file on disk is still this one."""
        found = read_lock(self.chart)
        return found is not None and found.token == self.info.token

    def release(self) -> None:
        """Remove the lock file, if it is still ours (never another's)."""
        _HELD.pop(self.info.token, None)
        if self.held():
            with contextlib.suppress(OSError):
                os.unlink(self.path)


@atexit.register
def release_all() -> None:
    """Release every lock this process holds."""
    for lock in list(_HELD.values()):
        lock.release()


def acquire(path: str | os.PathLike[str]) -> Lock | None:
    """Lock a chart for this instance.

    Raises `Locked` when a live instance (another process, or another
    window of this one) holds it; clears a stale lock silently; returns
    None when no lock can be made here (the chart still opens).
    """
    chart = Path(os.path.realpath(path))
    since = datetime.now(UTC).replace(microsecond=0)  # as the file will say it
    info = LockInfo(_user(), _host(), os.getpid(), since, process_start(), uuid.uuid4().hex)
    for _attempt in range(3):
        if _create(lock_path(chart), info):
            return Lock(chart, info)
        if not lock_path(chart).exists():
            return None  # could not be created, and nobody else holds it
        holder = read_lock(chart)
        if holder is not None and holder.alive():
            raise Locked(chart, holder)
        _clear_stale(chart, holder)
    return None


def _clear_stale(chart: Path, holder: LockInfo | None) -> None:
    """Remove a lock whose holder is gone (or which is not a lock at all),
    unless it changed meanwhile: another instance may have just replaced it."""
    now = read_lock(chart)
    if now == holder:
        with contextlib.suppress(OSError):
            os.unlink(lock_path(chart))


def _create(target: Path, info: LockInfo) -> bool:
    """Put a complete lock file at `target` in one step; False when the name
    is taken or nothing can be written in that folder."""
    record = {"format": LOCK_FORMAT, "version": 1, "user": info.user, "host": info.host,
              "pid": info.pid, "started": info.started,
              "since": info.since.isoformat(timespec="seconds") if info.since else None,
              "token": info.token}
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~lock.", suffix=".tmp", dir=target.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.link(tmp, target)  # fails if the lock exists: no two instances both win
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            return _create_exclusive(target, tmp)  # a file system without hard links
        return False
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _create_exclusive(target: Path, tmp: str) -> bool:
    """The lock made with O_EXCL where hard links are not available."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError:
        return False
    with os.fdopen(fd, "wb") as f, open(tmp, "rb") as src:
        f.write(src.read())
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _host() -> str:
    return socket.gethostname()


# -- processes ---------------------------------------------------------------------


def _proc_stat(pid: int) -> tuple[str, str] | None:
    """(state, start time) from Linux's /proc, or None where there is none."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rpartition(")")[2].split()  # the name in brackets may hold spaces
    return (fields[0], fields[19]) if len(fields) > 19 else None


def process_start(pid: int | None = None) -> str | None:
    """When a process started (Linux), to tell it from a later process given
    the same pid; None where unknown."""
    stat = _proc_stat(os.getpid() if pid is None else pid)
    return stat[1] if stat is not None else None


def pid_alive(pid: int, started: str | None = None) -> bool:
    """Whether the process `pid` (started at `started`, when known) still runs
    on this computer (on Windows, by its exit code; the start is not compared)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, under another user
    except OSError:
        return False
    stat = _proc_stat(pid)
    if stat is None:
        return True
    state, start = stat
    if state in ("Z", "X"):  # exited, not yet reaped by its parent
        return False
    return started is None or start == started


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


# -- fingerprints --------------------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """A file as it was when read or written: size, modification time, hash."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Fingerprint | None:
        """The file's fingerprint now; None when it cannot be read."""
        try:
            with open(path, "rb") as f:
                before = os.fstat(f.fileno())
                digest = hashlib.sha256()
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return None
        return cls(before.st_size, before.st_mtime_ns, digest.hexdigest())

    def changed_since(self, path: str | os.PathLike[str]) -> bool:
        """Whether the file now holds other bytes than when this was taken.
        A file merely touched (same bytes) has not changed, nor has a file
        that is gone (saving brings it back, which loses nothing)."""
        try:
            now = os.stat(path)
        except FileNotFoundError:
            return False
        except OSError:
            return True
        if now.st_size != self.size:
            return True
        # Same size: the bytes decide (a time alone misses a quick edit on a
        # file system that keeps seconds, and calls a mere touch a change).
        current = Fingerprint.of(path)
        return current is None or current.sha256 != self.sha256
