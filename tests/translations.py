"""The interface translations for tests: the `.qm` files compiled from
`resources/translations/*.ts` with Qt's lrelease, as `make translations`
does, so a test run straight from pytest (or from a copy of the tree) finds
them built and up to date."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"


def lrelease_program() -> str:
    """Qt's lrelease: the one inside the PySide6 wheel, else pyside6-lrelease on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("lrelease (PySide6's Qt Linguist tools) is not installed")
    return found


def compile_translations(folder: Path = SOURCES, out: Path | None = None) -> list[Path]:
    """Compile each `.ts` of `folder` to a `.qm` in `out` (default: beside it),
    skipping those already newer than their source; the `.qm` files."""
    out = out if out is not None else folder
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = out / source.with_suffix(".qm").name
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([lrelease_program(), "-silent", str(source), "-qm", str(target)],
                           check=True, capture_output=True, timeout=120)
        built.append(target)
    return built
