"""Starting the app: the display check, the QApplication, and the first window.

`main(files)` is what `orgchart` and `orgchart FILE` run. Without a display it
says so in one line and exits 2, before Qt is asked for a window (Qt's own
failure there is an abort with a core dump).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Sequence

EXIT_NO_DISPLAY = 2
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}


def missing_display() -> str | None:
    """Why no window can be shown here, or None when one can."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if platform in _HEADLESS_PLATFORMS:
        return None
    wayland, x11 = os.environ.get("WAYLAND_DISPLAY"), os.environ.get("DISPLAY")
    if platform == "wayland":
        return None if wayland else "no Wayland display (WAYLAND_DISPLAY is not set)"
    if wayland and not x11 and platform != "xcb":
        return None
    if not x11:
        return "no display found (DISPLAY is not set)"
    return _x11_unreachable(x11)


def _x11_unreachable(display: str) -> str | None:
    """Open and close the X display once, as Qt would, without Qt."""
    name = ctypes.util.find_library("X11")
    if name is None:
        return None  # cannot check; let Qt try
    try:
        xlib = ctypes.CDLL(name)
    except OSError:
        return None
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = xlib.XOpenDisplay(display.encode())
    if not handle:
        return f"cannot connect to the display {display!r}"
    xlib.XCloseDisplay(handle)
    return None


def main(files: Sequence[str] = ()) -> int:
    """Open the main window (on `files`, else the last file or the sample)."""
    why = missing_display()
    if why is not None:
        print(f"orgchart: {why}; the app needs a screen. To make images or spreadsheets "
              "without one, use: orgchart export FILE -o OUT", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from ui.application import run  # Qt is imported only once a display is known

    return run(list(files))
