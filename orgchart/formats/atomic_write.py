"""Writing an export file all or nothing (the slides and GraphML exports).

Owns the one way those exports put bytes on disk: a temporary file beside
the target, flushed, given the target's permissions (or what a new file
gets under the umask), and renamed over it. A failure leaves the old file,
or no file, and raises `ExportError` with the reason.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from orgchart.formats import ExportError


def write_atomically(path: Path, data: bytes) -> None:
    """`data` at `path`, or `ExportError` and nothing changed."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(f"cannot write in {folder}: {error.strerror or error}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(path: Path) -> int:
    """The file's present permissions, or a new file's (mkstemp's are private)."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(path).st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    # Read rather than set and reset where the system allows: exports may run
    # on a worker thread, and os.umask changes the whole process for a moment.
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0o022)
    os.umask(umask)
    return umask
