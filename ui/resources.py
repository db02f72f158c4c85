"""Where the app finds the files it ships with: the sample charts and the
assets (icons, stylesheet, translations).

Installed from a wheel, they are package data (`orgchart.samples`,
`ui.assets`); in a checkout they are the `samples/` and `resources/` folders
beside the `ui` package. Code that needs one asks here, never builds a path
into the checkout itself.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from PySide6.QtGui import QIcon

from orgchart.fileformat import SUFFIX

#: The motivating example, listed first (the app opens it on first start).
SEED_SAMPLE = "poverty-alleviation" + SUFFIX
_CHECKOUT = Path(__file__).resolve().parent.parent


def _package_folder(package: str, checkout_folder: str) -> Path | None:
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError:
        root = None
    # A package unpacked on disk is a real folder; a zipped one is not, and
    # its files would need extracting first (not a layout we ship).
    if root is not None and Path(str(root)).is_dir():
        return Path(str(root))
    folder = _CHECKOUT / checkout_folder
    return folder if folder.is_dir() else None


def sample_paths() -> list[Path]:
    """The bundled sample charts, the seed first, then by name."""
    folder = _package_folder("orgchart.samples", "samples")
    if folder is None:
        return []
    charts = [p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()]
    return sorted(charts, key=lambda p: (p.name != SEED_SAMPLE, p.name))


def seed_sample_path() -> Path | None:
    """The seed sample, or None if the samples are missing."""
    return next((p for p in sample_paths() if p.name == SEED_SAMPLE), None)


def asset_path(relative: str) -> Path | None:
    """A shipped asset such as "icons/document-open.svg", or None if absent."""
    folder = _package_folder("ui.assets", "resources")
    path = folder / relative if folder is not None else None
    return path if path is not None and path.is_file() else None


def icon(name: str) -> QIcon:
    """The icon `icons/NAME.svg`, else the desktop theme's icon of that name
    (freedesktop names such as "document-open"), else an empty icon."""
    path = asset_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path is not None else QIcon.fromTheme(name)
