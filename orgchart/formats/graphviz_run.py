"""Running Graphviz for the export: finding `dot`, the fixed command, the
time limit, and what to say when it is missing or fails.

Owns the one place a Graphviz program is started. It runs as one fixed
argument list (`dot -K<engine> -T<format>`; the callers pass only formats
and engines of their own), reads UTF-8 DOT on its standard input, writes to
its standard output, stops after the time limit, and runs with
`SERVER_NAME` set, which makes Graphviz refuse to read any file a graph
names (images, shape files): a second wall behind the escaping. No path,
and no user text, is ever on its command line. Only `dot` is needed:
`-Kneato` selects the other engine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from orgchart.formats import ExportError

__all__ = ["Graphviz", "GraphvizMissing", "find_program", "install_hint"]

#: At most this many of Graphviz's warnings are passed on.
MAX_WARNINGS = 5


class GraphvizMissing(ExportError):
    """The Graphviz programs were not found; the message says how to install them."""


def find_program(name: str, folder: str | os.PathLike[str] | None = None) -> str | None:
    """The full path of a Graphviz program: in `folder` or its `bin` (where
    the Windows installer puts them) first, then on PATH; None if absent."""
    names = [name + ".exe", name] if sys.platform == "win32" else [name]
    if folder:
        for place in (Path(folder), Path(folder) / "bin"):
            for candidate in (place / n for n in names):
                if candidate.is_file() and os.access(candidate, os.X_OK):
                    return str(candidate)
    return shutil.which(name)


def install_hint(platform: str = sys.platform) -> str:
    """How to install Graphviz here, for the message when it is missing."""
    if platform == "darwin":
        how = "install it with Homebrew (brew install graphviz) or MacPorts " \
              "(sudo port install graphviz)"
    elif platform == "win32":
        how = ("download the installer from https://graphviz.org/download/ and choose "
               "“Add Graphviz to the system PATH”, or give its folder in Preferences")
    else:
        how = ("install it with your package manager: sudo apt-get install graphviz "
               "(Debian, Ubuntu), sudo dnf install graphviz (Fedora), or see "
               "https://graphviz.org/download/")
    return (f"Graphviz (the dot program) was not found; {how}. "
            "Exporting to .dot works without it.")


@dataclass
class Graphviz:
    """Runs `dot` with a fixed argument list, DOT on its input, a time limit."""

    folder: str | None
    timeout: float

    def __post_init__(self) -> None:
        self.program = find_program("dot", self.folder)

    @property
    def found(self) -> bool:
        return self.program is not None

    def run(self, args: Sequence[str], source: str) -> tuple[bytes, list[str]]:
        """Graphviz's output and its warnings; raises `ExportError`."""
        if self.program is None:
            raise GraphvizMissing(install_hint())
        try:
            done = subprocess.run([self.program, *args], input=source.encode("utf-8"),
                                  capture_output=True, timeout=self.timeout, check=False,
                                  env=_environment(), **_no_window())
        except subprocess.TimeoutExpired:
            raise ExportError(
                f"Graphviz took longer than {self.timeout:g} seconds and was stopped; "
                "for a large chart choose the pinned engine") from None
        except OSError as error:
            raise GraphvizMissing(f"{install_hint()} ({error.strerror or error})") from None
        said = _said(done.stderr)
        if done.returncode != 0 or not done.stdout:
            why = "; ".join(said) or f"it stopped with status {done.returncode}"
            raise ExportError(f"Graphviz could not draw the chart: {why}")
        return done.stdout, _warnings(said)


def _environment() -> dict[str, str]:
    """The environment for Graphviz: SERVER_NAME makes it refuse to load
    any file named in a graph (images, shape files), whatever the graph says."""
    env = {k: v for k, v in os.environ.items() if k not in ("GV_FILE_PATH", "SERVER_NAME")}
    env["SERVER_NAME"] = "orgchart-builder"
    return env


def _no_window() -> dict[str, int]:
    """On Windows, no console window flashes up while Graphviz runs."""
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NO_WINDOW}  # type: ignore[attr-defined]
    return {}


def _said(stderr: bytes) -> list[str]:
    lines = stderr.decode("utf-8", "replace").splitlines()
    return [line.strip() for line in lines if line.strip()]


def _warnings(said: Sequence[str]) -> list[str]:
    unique = list(dict.fromkeys(f"Graphviz: {line}" for line in said))
    if len(unique) > MAX_WARNINGS:
        unique = [*unique[:MAX_WARNINGS], f"Graphviz: … and {len(unique) - MAX_WARNINGS} more"]
    return unique
