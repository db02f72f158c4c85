"""`make screenshots`: pictures of the real app for the README and the docs.

Starts the app offscreen with settings of its own, opens the charts, waits
for the canvas to settle, and saves `docs/screenshots/*.png`: the seed sample
in the main window, the company chart, and the preferences dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QStandardPaths, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.application import Application, make_qt_app  # noqa: E402
from ui.preferences import PreferencesDialog  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, ms: int = 400) -> None:
    """Let the app run for a moment (app.quit() would close every window)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    home = tempfile.mkdtemp(prefix="orgchart-shots-")
    os.environ["HOME"] = home  # no recovery copies or recent files of the user's
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    qt_app = make_qt_app(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    app = Application(qt_app)
    shots = [("main-window.png", "samples/poverty-alleviation.orgchart", "both"),
             ("company.png", "samples/company.orgchart", "en")]
    for name, chart, display in shots:
        app.start([str(ROOT / chart)])
        window = app.windows[-1]
        window.resize(1440, 900)
        window.document.set_display(display)
        settle(qt_app)
        window.view.fit()
        settle(qt_app, 200)
        window.grab().save(str(OUT / name))
        window.document.undo_stack.setClean()
        window.close()
        settle(qt_app, 50)
    dialog = PreferencesDialog(app.preferences)
    dialog.show()
    settle(qt_app, 200)
    dialog.grab().save(str(OUT / "preferences.png"))
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
