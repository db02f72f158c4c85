"""Autosave and crash recovery.

While a window has unsaved changes, its `Autosaver` writes a recovery copy
of the chart every few seconds (the preference, 60 by default) to the user
data folder: `recovery/<session>.orgchart`, beside a small JSON sidecar
`<session>.json` saying which file it was, its title, when, and which
process wrote it. The copy is removed after a clean save or close.

After a crash, copies whose process is no longer running are the
`pending_recoveries()`; `offer_recovery` lets the user restore or discard
them. A copy that cannot be read is never deleted: the user may still want
it, and the folder is where they can find it.

The chart is written with `orgchart.fileformat.dumps`; only the sidecar
(which is not a chart) is this module's own format.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart import fileformat
from orgchart.filelock import pid_alive, process_start
from orgchart.model import Chart
from ui.document import ChartDocument
from ui.preferences import AUTOSAVE_INTERVAL, Preferences

SIDECAR_FORMAT = "orgchart-recovery"
SIDECAR_SUFFIX = ".json"
#: A document that has just become modified gets its first copy this soon,
#: not a whole interval later (a restored chart has no other copy).
FIRST_COPY_DELAY_MS = 2000

Choice = Literal["restore", "discard", "later"]


def recovery_folder() -> Path:
    """Where recovery copies live: the app's data folder, `recovery/`."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or tempfile.gettempdir()) / "recovery"


@dataclass(frozen=True)
class Recovery:
    """A recovery copy left by a process that is no longer running."""

    chart_path: Path
    sidecar_path: Path
    original: Path | None
    title: str
    saved: datetime
    pid: int

    @property
    def name(self) -> str:
        """The original file's name, or "Untitled"."""
        return self.original.name if self.original is not None else "Untitled"


# -- files -------------------------------------------------------------------------


def _write_atomically(path: Path, text: str) -> None:
    """Replace `path` in one rename, so a crash never leaves half a copy."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _read_sidecar(path: Path) -> tuple[Recovery, str | None] | None:
    """The recovery a sidecar describes (and its process start), or None."""
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(info, dict) or info.get("format") != SIDECAR_FORMAT:
            return None
        original = info.get("original")
        saved = datetime.fromisoformat(info["saved"])
        if saved.tzinfo is None:  # compared with the others when sorting
            saved = saved.replace(tzinfo=UTC)
        recovery = Recovery(
            # named after the sidecar, never after a path inside it
            chart_path=path.with_suffix(fileformat.SUFFIX), sidecar_path=path,
            original=Path(original) if isinstance(original, str) and original else None,
            title=str(info.get("title", "")), saved=saved, pid=int(info["pid"]))
        started = info.get("started")
        return recovery, started if isinstance(started, str) else None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None


def pending_recoveries(folder: Path | None = None) -> list[Recovery]:
    """Copies left by processes that are no longer running, newest first."""
    folder = folder if folder is not None else recovery_folder()
    found = []
    for sidecar in folder.glob("*" + SIDECAR_SUFFIX):
        read = _read_sidecar(sidecar)
        if read is None:
            continue  # not ours to judge: leave it, offer nothing
        recovery, started = read
        if pid_alive(recovery.pid, started):
            continue  # another window's copy, still being kept up to date
        if not recovery.chart_path.exists():
            _unlink_quietly(sidecar)  # it crashed before the first copy: nothing to lose
            continue
        found.append(recovery)
    return sorted(found, key=lambda r: r.saved, reverse=True)


def restore(recovery: Recovery) -> tuple[Chart, Path | None]:
    """The recovered chart and the file it came from; raises `LoadError`."""
    return fileformat.load(recovery.chart_path), recovery.original


def remove(recovery: Recovery) -> None:
    """Delete a recovery copy and its sidecar."""
    _unlink_quietly(recovery.chart_path)
    _unlink_quietly(recovery.sidecar_path)


# -- autosave ----------------------------------------------------------------------


class Autosaver(QObject):
    """Keeps a recovery copy of one document while it has unsaved changes."""

    #: a copy was written (its path)
    written = Signal(str)
    #: a copy could not be written (the message); said once until it works again
    failed = Signal(str)

    def __init__(self, document: ChartDocument, preferences: Preferences,
                 parent: QObject | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._preferences = preferences
        self._folder = folder if folder is not None else recovery_folder()
        self._session = uuid.uuid4().hex
        self._started = process_start()
        self._failing = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(FIRST_COPY_DELAY_MS)
        self._soon.timeout.connect(self.tick)
        document.modifiedChanged.connect(self._on_modified_changed)
        preferences.changed.connect(self._on_preference_changed)
        self._apply_interval()

    @property
    def chart_path(self) -> Path:
        return self._folder / (self._session + fileformat.SUFFIX)

    @property
    def sidecar_path(self) -> Path:
        return self._folder / (self._session + SIDECAR_SUFFIX)

    @property
    def interval_ms(self) -> int:
        """The timer's interval, 0 when autosave is off."""
        return self._timer.interval() if self._timer.isActive() else 0

    def _apply_interval(self) -> None:
        seconds = self._preferences.autosave_interval
        if seconds > 0:
            self._timer.start(seconds * 1000)
        else:
            self._timer.stop()
            self._soon.stop()

    def _on_preference_changed(self, key: str) -> None:
        if key == AUTOSAVE_INTERVAL:
            self._apply_interval()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()  # saved, reverted or replaced: the copy is stale
        elif self._timer.isActive() and not self.chart_path.exists():
            self._soon.start()

    def tick(self) -> bool:
        """Write a copy if there are unsaved changes; True if one was written."""
        return self._document.modified and self.write_copy()

    def write_copy(self) -> bool:
        # The sidecar goes first: then every copy has one, and a crash between
        # the two leaves a sidecar alone, which loses nothing.
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.sidecar_path, json.dumps(self._sidecar(), indent=2) + "\n")
            # compact: the copy is written every few minutes on the UI thread
            _write_atomically(self.chart_path,
                              fileformat.dumps(self._document.chart, compact=True))
        except OSError as exc:
            if not self._failing:
                self._failing = True
                self.failed.emit(QCoreApplication.translate(
                    "recovery", "{folder}: could not write a recovery copy: {reason}").format(
                        folder=self._folder, reason=exc.strerror or exc))
            return False
        self._failing = False
        self.written.emit(str(self.chart_path))
        return True

    def _sidecar(self) -> dict[str, object]:
        chart, path = self._document.chart, self._document.path
        title = chart.title.show("both", chart.languages).replace("\n", " / ")
        return {"format": SIDECAR_FORMAT, "version": 1,
                "original": str(path) if path is not None else None, "title": title,
                "saved": datetime.now(UTC).isoformat(timespec="seconds"),
                "pid": os.getpid(), "started": self._started}

    def discard(self) -> None:
        """Remove this session's copy (after a clean save or close)."""
        self._soon.stop()
        _unlink_quietly(self.chart_path)
        _unlink_quietly(self.sidecar_path)


# -- the offer after a crash ----------------------------------------------------------


class RecoveryDialog(QDialog):
    """Lists recovery copies, each with a check box; Restore, Discard, Later."""

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: Choice = "later"
        self._recoveries = recoveries
        self.setWindowTitle(self.tr("Recover unsaved charts"))
        self.setAccessibleName(self.tr("Recover unsaved charts"))
        heading = QLabel(self.tr("Some charts were not saved"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("OrgChart Builder did not close properly last time. Recovery "
                               "copies of these charts were kept. Restore opens each one to "
                               "review and save."))
        intro.setWordWrap(True)
        self.list = self._make_list(recoveries)
        self.buttons = QDialogButtonBox()
        self.restore_button = self._button(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole,
            self.tr("Open the checked charts, each in a window, to review and save"), "restore")
        self.discard_button = self._button(
            self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole,
            self.tr("Delete the checked recovery copies for good"), "discard")
        self.later_button = self._button(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole,
            self.tr("Keep every copy and ask again at the next start"), "later")
        self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 320)

    def _make_list(self, recoveries: list[Recovery]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Saved"), self.tr("File"), self.tr("Title")])
        tree.setRootIsDecorated(False)
        tree.setAccessibleName(self.tr("Recovered charts"))
        tree.setToolTip(self.tr("Check the charts to restore or discard"))
        locale = QLocale()
        for recovery in recoveries:
            when = QDateTime.fromSecsSinceEpoch(int(recovery.saved.timestamp()))
            item = QTreeWidgetItem([locale.toString(when, QLocale.FormatType.ShortFormat),
                                    recovery.name if recovery.original else self.tr("Untitled"),
                                    recovery.title])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(1, str(recovery.original or self.tr("never saved")))
            item.setToolTip(2, recovery.title)
            tree.addTopLevelItem(item)
        for column in range(2):  # the title takes the rest, elided if long
            tree.resizeColumnToContents(column)
        tree.itemChanged.connect(self._update_buttons)
        return tree

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole, tip: str,
                choice: Choice) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: self._choose(choice))
        return button

    def _update_buttons(self) -> None:
        any_checked = bool(self.chosen())
        self.restore_button.setEnabled(any_checked)
        self.discard_button.setEnabled(any_checked)

    def chosen(self) -> list[Recovery]:
        return [r for i, r in enumerate(self._recoveries)
                if self.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def _choose(self, choice: Choice) -> None:
        if choice == "discard" and not self._confirm_discard():
            return
        self.choice = choice
        (self.reject if choice == "later" else self.accept)()

    def _confirm_discard(self) -> bool:
        buttons = QMessageBox.StandardButton
        count = len(self.chosen())
        question = (self.tr("Delete this recovery copy?") if count == 1 else
                    self.tr("Delete these {count} recovery copies?").format(count=count))
        answer = QMessageBox.question(
            self, self.tr("Discard recovery copies"),
            question + " " + self.tr("Their unsaved changes will be lost."),
            buttons.Discard | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Discard


def ask_recovery(parent: QWidget | None,
                 recoveries: list[Recovery]) -> tuple[Choice, list[Recovery]]:
    """Run the recovery dialog (tests replace this)."""
    dialog = RecoveryDialog(recoveries, parent)
    dialog.exec()
    return dialog.choice, dialog.chosen()


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning (tests replace this)."""
    QMessageBox.warning(parent, title, text)


def offer_recovery(parent: QWidget | None,
                   recoveries: list[Recovery]) -> list[tuple[Chart, Path | None]]:
    """Ask what to do with recovery copies; the charts to open, each with the
    path it should save to (None when it was never saved).

    Restored and discarded copies are removed; unchecked ones, and every one
    after Later, stay for the next start. The caller opens each restored
    chart marked modified (`FileController.open_recovered`); its Autosaver
    then keeps a fresh copy.
    """
    if not recoveries:
        return []
    choice, chosen = ask_recovery(parent, recoveries)
    if choice == "discard":
        for recovery in chosen:
            remove(recovery)
    if choice != "restore":
        return []
    restored = []
    for recovery in chosen:
        try:
            restored.append(restore(recovery))
        except fileformat.LoadError as error:
            show_error(parent, QCoreApplication.translate("recovery", "Cannot restore"),
                       QCoreApplication.translate(
                           "recovery", "A recovery copy could not be read; it was kept in "
                           "{folder}.").format(folder=recovery.chart_path.parent)
                       + f"\n\n{error}")
            continue
        remove(recovery)
    return restored
