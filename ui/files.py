"""The File menu of one window: New, New from Template, Open, Open Recent,
Save, Save As, Revert; the unsaved-changes prompt; dropped files; and the
window title with its modified mark.

Unsaved changes are never lost silently: whatever replaces the chart asks
first (`maybe_save`). A file that cannot be read leaves the current chart
as it was and shows the core's message, which names the file and the place.

Nobody else's work is overwritten silently either: the window holds a lock
on its file (`orgchart.filelock`); a chart another instance holds opens
read-only (the title says so, Save goes to Save As) or as a copy; and a
save first checks that the file is still what this window read or last
saved, asking Overwrite, Save As or Reload when it is not.

Every dialog is one small method (`ask_*`, `show_error`), so tests replace
them and drive the real logic. Reading and writing go through
`orgchart.fileformat` (via `ChartDocument`); nothing here knows the format.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QMimeData,
    QObject,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from orgchart import fileformat, filelock
from orgchart.model import Chart
from orgchart.text import Text
from ui.busy import busy
from ui.document import ChartDocument
from ui.preferences import RECENT_FILES, Preferences
from ui.resources import icon, sample_paths

APP_NAME = "OrgChart Builder"
FILE_FILTER = QT_TRANSLATE_NOOP("FileController", "OrgChart files (*.orgchart)")
_UNTITLED = {"en": "Untitled", "zh-Hant": "未命名", "zh-Hans": "未命名"}
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f/\\:*?"<>|]+')

Answer = Literal["save", "discard", "cancel"]
#: what to do with a chart another instance has open
LockAnswer = Literal["read-only", "copy", "cancel"]
#: what to do when the file changed on disk since it was opened
ConflictAnswer = Literal["overwrite", "save as", "reload", "cancel"]


def untitled_chart(languages: list[str]) -> Chart:
    """A blank chart titled "Untitled" in each of its languages."""
    title = Text({lang: _UNTITLED.get(lang, _UNTITLED["en"]) for lang in languages})
    return Chart.new(title, languages)


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local `.orgchart` files among dragged data (others are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    files = (url.toLocalFile() for url in mime.urls() if url.isLocalFile())
    return [Path(f) for f in files if f.lower().endswith(fileformat.SUFFIX)]


def with_suffix(path: Path) -> Path:
    """`path`, with `.orgchart` appended when it has another ending or none."""
    if path.name.lower().endswith(fileformat.SUFFIX):
        return path
    return path.with_name(path.name + fileformat.SUFFIX)


class FileController(QObject):
    """File actions for one window's document."""

    #: the window title changed ("NAME[*] — OrgChart Builder")
    titleChanged = Signal(str)

    def __init__(self, document: ChartDocument, window: QWidget, preferences: Preferences,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self._document = document
        self._window = window
        self._preferences = preferences
        #: the lock this window holds on its file (None: no file, read-only, or no lock possible)
        self._lock: filelock.Lock | None = None
        #: the file opened read-only (Save goes to Save As while it is shown)
        self._read_only_path: Path | None = None
        #: the file as it was read or last saved here, to notice others' changes
        self._on_disk: tuple[Path, filelock.Fingerprint | None] | None = None
        self._make_actions()
        self._make_menus()
        document.pathChanged.connect(self._on_path_changed)
        document.pathChanged.connect(self.update_title)
        document.modifiedChanged.connect(self.update_title)
        preferences.changed.connect(self._on_preference_changed)
        self.update_title()

    # -- actions and menus -----------------------------------------------------------

    def _action(self, text: str, icon_name: str, keys: QKeySequence.StandardKey | None,
                tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if keys is not None:
            action.setShortcuts(keys)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), "document-new", keys.New,
                                       self.tr("Start a blank chart"), self.new)
        self.open_action = self._action(self.tr("&Open…"), "document-open", keys.Open,
                                        self.tr("Open a chart file"), self.open)
        self.save_action = self._action(self.tr("&Save"), "document-save", keys.Save,
                                        self.tr("Save the chart"), self.save)
        self.save_as_action = self._action(self.tr("Save &As…"), "document-save-as", keys.SaveAs,
                                           self.tr("Save the chart under a new name"),
                                           self.save_as)
        self.revert_action = self._action(self.tr("Re&vert"), "document-revert", None,
                                          self.tr("Discard the changes and reload the file"),
                                          self.revert)

    def actions(self) -> list[QAction]:
        return [self.new_action, self.open_action, self.save_action, self.save_as_action,
                self.revert_action]

    def _make_menus(self) -> None:
        self.templates_menu = QMenu(self.tr("New from &Template"), self._window)
        self.templates_menu.setToolTipsVisible(True)
        self.templates_menu.menuAction().setToolTip(self.tr("Start from a copy of a sample"))
        self.templates_menu.aboutToShow.connect(self.rebuild_templates_menu)
        self.templates_menu.menuAction().setEnabled(bool(sample_paths()))
        self.recent_menu = QMenu(self.tr("Open &Recent"), self._window)
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.menuAction().setToolTip(self.tr("Open a chart used lately"))
        self.recent_menu.aboutToShow.connect(self.rebuild_recent_menu)
        self.rebuild_recent_menu()

    def rebuild_templates_menu(self) -> None:
        """One entry per sample, named by the chart's title."""
        if self.templates_menu.actions():
            return  # the samples do not change while the app runs
        for path in sample_paths():
            action = self.templates_menu.addAction(self._template_label(path).replace("&", "&&"))
            action.setToolTip(self.tr("A new, untitled chart copied from {name}")
                              .format(name=path.name))
            action.triggered.connect(partial(self._on_template_chosen, path))

    def _template_label(self, path: Path) -> str:
        try:
            chart = fileformat.load(path)
        except fileformat.LoadError:
            return path.stem
        display = self._preferences.display_language
        return chart.title.show(display, chart.languages).replace("\n", " / ") or path.stem

    def rebuild_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self._preferences.recent_files
        for number, path in enumerate(files, 1):
            action = menu.addAction(f"&{number % 10} {path.name.replace('&', '&&')}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(partial(self._on_recent_chosen, path))
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Menu"))
        clear.setToolTip(self.tr("Forget the recently used files"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self._on_clear_recent)
        menu.menuAction().setEnabled(bool(files))

    def _on_preference_changed(self, key: str) -> None:
        if key == RECENT_FILES:
            # Later, not now: the change may come from an action of this very
            # menu, which clearing the menu would delete under its own feet.
            QTimer.singleShot(0, self, self.rebuild_recent_menu)

    def _on_template_chosen(self, path: Path, _checked: bool = False) -> None:
        self.new_from_template(path)

    def _on_recent_chosen(self, path: Path, _checked: bool = False) -> None:
        if not self.open_path(path) and not path.is_file():
            self._preferences.remove_recent(path)

    def _on_clear_recent(self, _checked: bool = False) -> None:
        self._preferences.clear_recent()

    # -- window title ------------------------------------------------------------------

    def window_title(self) -> str:
        """"NAME[*] — OrgChart Builder"; Qt shows [*] as the modified mark."""
        path = self._document.path
        name = path.name if path is not None else self.tr("Untitled")
        if self.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        return f"{name}[*] — {APP_NAME}"

    @property
    def read_only(self) -> bool:
        """The chart shown is a file opened read-only: Save asks for another name."""
        path = self._document.path
        return path is not None and path == self._read_only_path

    def update_title(self, *_args: object) -> None:
        title = self.window_title()
        self._window.setWindowTitle(title)
        self._window.setWindowModified(self._document.modified)
        self.revert_action.setEnabled(self._document.path is not None and self._document.modified)
        self.titleChanged.emit(title)

    # -- the file commands ---------------------------------------------------------------

    def new(self) -> bool:
        """A blank chart in the languages of the display preference."""
        if not self.maybe_save():
            return False
        self._document.replace_chart(untitled_chart(self._preferences.new_chart_languages()),
                                     None)
        self._document.set_display(self._preferences.display_language)
        return True

    def new_from_template(self, template: Path) -> bool:
        """An untitled copy of a sample: Save asks where to put it."""
        if not self.maybe_save():
            return False
        chart = self._read(template)
        if chart is None:
            return False
        self._document.replace_chart(chart, None)
        return True

    def open(self) -> bool:
        path = self.ask_open_path()
        return path is not None and self.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a file in this window, after the unsaved-changes prompt.

        The file is read after the prompt, so that choosing Save there and
        then opening the same file shows what was just saved.
        """
        if not self.maybe_save():
            return False
        return self._load(Path(path))

    def _load(self, path: Path) -> bool:
        claim = self._claim(path)
        if claim is None:
            return False
        access, lock = claim
        # taken before reading: a change while it is read then shows as a change
        fingerprint = filelock.Fingerprint.of(path)
        with busy(self._window, self.tr("Opening “{name}”…").format(name=path.name)):
            chart = self._read_quietly(path)
        if isinstance(chart, fileformat.LoadError):
            chart = self._refuse(path, chart)
        if chart is None or access == "copy":
            if lock is not None and lock is not self._lock:
                lock.release()
            if chart is not None:  # a copy: untitled, so Save asks where
                self._document.replace_chart(chart, None)
            return chart is not None
        path = path.absolute()
        if lock is not self._lock:
            self._release_lock()
            self._lock = lock
        self._read_only_path = path if access == "read-only" else None
        self._on_disk = (path, fingerprint)
        with busy(self._window, self.tr("Drawing “{name}” ({count} units)…").format(
                name=path.name, count=f"{len(chart.units):,}")):
            self._document.replace_chart(chart, path)
        self._preferences.remember_file(path)
        return True

    def _claim(self, path: Path) -> tuple[str, filelock.Lock | None] | None:
        """How a file opens ("edit", "read-only" or "copy") and the lock taken
        for it; None when the user cancelled. A file another instance holds
        asks the user; a file without write permission opens read-only."""
        if self._lock is not None and self._lock.covers(path):
            return "edit", self._lock  # this window's own file again (revert)
        try:
            lock = filelock.acquire(path)
        except filelock.Locked as locked:
            answer = self.ask_locked(path, locked.info)
            return None if answer == "cancel" else (answer, None)
        if fileformat.is_read_only(path):
            if lock is not None:
                lock.release()
            return "read-only", None
        return "edit", lock

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _on_path_changed(self, _path: str = "") -> None:
        """The chart now belongs to another file, or none: the lock of the
        previous one goes."""
        path = self._document.path
        if self._lock is not None and (path is None or not self._lock.covers(path)):
            self._release_lock()

    def release(self) -> None:
        """The window closes: give up the lock on its file."""
        self._release_lock()

    def hand_over(self, other: FileController) -> None:
        """Give this window's hold on its file (the lock, read-only, what was
        on disk) to `other`, whose window takes this one's place on the same
        document (an interface-language switch); then `release` gives up nothing.
        State added to this class that belongs to the file moves here too."""
        other._lock, self._lock = self._lock, None
        other._read_only_path, self._read_only_path = self._read_only_path, None
        other._on_disk, self._on_disk = self._on_disk, None
        other.update_title()

    def _read(self, path: Path) -> Chart | None:
        chart = self._read_quietly(path)
        return self._refuse(path, chart) if isinstance(chart, fileformat.LoadError) else chart

    @staticmethod
    def _read_quietly(path: Path) -> Chart | fileformat.LoadError:
        try:
            return fileformat.load(path)
        except fileformat.LoadError as error:
            return error

    def _refuse(self, path: Path, error: fileformat.LoadError) -> None:
        """Say why the file could not be opened (after the busy cursor went)."""
        self.show_error(self.tr("Cannot open file"),
                        self.tr("“{name}” could not be opened. The chart on screen was "
                                "not changed.\n\n{error}").format(name=path.name, error=error))

    def save(self) -> bool:
        """Save to the current file, or ask where (Save As) when there is none
        or the file was opened read-only."""
        if self._document.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self._document.path)

    def save_as(self) -> bool:
        chosen = self.ask_save_path(self._suggested_path())
        if chosen is None:
            return False
        path = with_suffix(chosen)
        # the file dialog confirmed overwriting `chosen`, not the name we made
        if path != chosen and path.exists() and not self.ask_overwrite(path):
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        lock = self._lock if self._lock is not None and self._lock.covers(path) else None
        if lock is None:
            try:
                lock = filelock.acquire(path)
            except filelock.Locked as locked:
                return self._offer_save_as(self.tr(
                    "{path}: the chart is open in another OrgChart Builder ({who}); it was "
                    "not changed. Save under another name with Save As.").format(
                        path=path, who=locked.info.describe()))
        answer = self.ask_changed_on_disk(path.name) if self._changed_on_disk(path) \
            else "overwrite"
        if answer != "overwrite":
            if lock is not self._lock and lock is not None:
                lock.release()
            if answer == "reload":
                self._load(path)
                return False  # nothing was saved: the caller must not go on as if it was
            return answer == "save as" and self.save_as()
        try:
            with busy(self._window, self.tr("Saving “{name}”…").format(name=path.name)):
                self._document.save(path)
        except fileformat.SaveError as error:
            if lock is not self._lock and lock is not None:
                lock.release()
            return self._offer_save_as(str(error))
        self._lock = lock  # the previous file's lock went when the path changed
        self._read_only_path = None
        self._on_disk = (self._document.path or path, filelock.Fingerprint.of(path))
        self.update_title()
        self._preferences.remember_file(path)
        return True

    def _offer_save_as(self, message: str) -> bool:
        """Say why the chart could not be saved there; Save As if the user wants."""
        if self.ask_save_failed(message):
            return self.save_as()
        return False

    def _changed_on_disk(self, path: Path) -> bool:
        """Whether someone else wrote the file since this window read or saved it."""
        if self._on_disk is None:
            return False
        known, fingerprint = self._on_disk
        if os.path.realpath(known) != os.path.realpath(path):
            return False  # another file: the file dialog asked about replacing it
        if fingerprint is None:  # there was no file (or none readable): is there one now?
            return path.exists()
        return fingerprint.changed_since(path)

    def revert(self) -> bool:
        """Reload the file from disk, dropping the unsaved changes."""
        path = self._document.path
        if path is None or not self._document.modified or not self.ask_revert(path.name):
            return False
        return self._load(path)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancelled or the save
        failed, so the caller must not replace or close the chart."""
        if not self._document.modified:
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def open_recovered(self, chart: Chart, path: Path | None) -> None:
        """Show a chart restored from a recovery copy: marked modified, so the
        user saves it (to its original file, when that is known)."""
        if path is not None:
            # The lock left by the crashed instance is stale and goes; a live
            # holder is found again, and said, when the chart is saved.
            with contextlib.suppress(filelock.Locked):
                lock = filelock.acquire(path)
                if lock is not None:
                    self._release_lock()
                    self._lock = lock
            self._on_disk = (path, filelock.Fingerprint.of(path))
        self._document.replace_chart(chart, path, modified=True)

    def _suggested_path(self) -> Path:
        if self._document.path is not None:
            return self._document.path
        last = self._preferences.last_file
        if last is not None and last.parent.is_dir():
            folder = last.parent
        else:
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            folder = Path(documents) if documents else Path.home()
        chart = self._document.chart
        title = chart.title.pick(chart.languages[0] if chart.languages else "", chart.languages)
        name = _UNSAFE_IN_NAMES.sub("-", title).strip(" .-")[:80] or self.tr("Untitled")
        return folder / (name + fileformat.SUFFIX)

    # -- dropped files -------------------------------------------------------------------

    def install_drop_target(self, *widgets: QWidget) -> None:
        """Let `.orgchart` files be dropped on these widgets (the window, and
        any child that takes drops itself, such as the canvas)."""
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    def handle_drop(self, mime: QMimeData | None) -> bool:
        """Open the first `.orgchart` file of dropped data; False if none."""
        paths = dropped_paths(mime)
        return bool(paths) and self.open_path(paths[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        assert isinstance(event, QDropEvent)  # DragEnter and DragMove derive from it
        paths = dropped_paths(event.mimeData())
        if not paths:
            return False  # not ours: let the widget handle it
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            # Open after the drop has finished: a dialog (the unsaved-changes
            # prompt) inside a drop handler blocks the dragging application.
            QTimer.singleShot(0, self, partial(self.open_path, paths[0]))
        return True

    # -- dialogs (tests replace these) ------------------------------------------------------

    def _start_folder(self) -> str:
        current = self._document.path or self._preferences.last_file
        return str(current.parent) if current is not None else ""

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open Chart"),
                                              self._start_folder(), self.tr(FILE_FILTER))
        return Path(name) if name else None

    def ask_save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save Chart As"),
                                              str(suggested), self.tr(FILE_FILTER))
        return Path(name) if name else None

    def ask_unsaved(self) -> Answer:
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Do you want to save the changes to “{name}”?")
                          .format(name=self._display_name()),
                          buttons.Save | buttons.Discard | buttons.Cancel, self._window)
        box.setInformativeText(self.tr("Your changes will be lost if you don't save them."))
        box.setDefaultButton(buttons.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        return "save" if answer == buttons.Save else "discard" if answer == buttons.Discard \
            else "cancel"

    def ask_revert(self, name: str) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._window, self.tr("Revert"),
            self.tr("Discard all unsaved changes and reload “{name}” from disk? This cannot "
                    "be undone.").format(name=name),
            buttons.Discard | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Discard

    def ask_overwrite(self, path: Path) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._window, self.tr("Replace file"),
            self.tr("“{name}” already exists. Replace it?").format(name=path.name),
            buttons.Yes | buttons.No, buttons.No)
        return answer == buttons.Yes

    def ask_save_failed(self, message: str) -> bool:
        """Tell why saving failed; True when the user wants to Save As."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot save"),
                          self.tr("The chart could not be saved."),
                          QMessageBox.StandardButton.Cancel, self._window)
        box.setInformativeText(message)
        save_as = box.addButton(self.tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save_as)
        box.exec()
        return box.clickedButton() == save_as

    def ask_locked(self, path: Path, holder: filelock.LockInfo) -> LockAnswer:
        """The chart is open in another instance: read-only, a copy, or not at all."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Chart in use"),
                          self.tr("“{name}” is already open in OrgChart Builder, {who}.")
                          .format(name=path.name, who=holder.describe()),
                          QMessageBox.StandardButton.Cancel, self._window)
        box.setInformativeText(self.tr(
            "Open it read-only to look at it, or open a copy to change and save under "
            "another name. If that instance has closed without tidying up, open the "
            "chart again once it is gone."))
        read_only = box.addButton(self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("Open a &Copy"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return "read-only" if clicked == read_only else "copy" if clicked == copy else "cancel"

    def ask_changed_on_disk(self, name: str) -> ConflictAnswer:
        """The file changed on disk since it was opened: overwrite it, save
        elsewhere, or reload it (dropping the changes here)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File changed on disk"),
                          self.tr("“{name}” was changed by someone else since you opened it.")
                          .format(name=name),
                          QMessageBox.StandardButton.Cancel, self._window)
        box.setInformativeText(self.tr(
            "Overwrite replaces their changes with yours. Save As keeps both. Reload "
            "shows their version and drops your unsaved changes."))
        save_as = box.addButton(self.tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        reload = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.ResetRole)
        box.setDefaultButton(save_as)
        box.exec()
        answers: dict[object, ConflictAnswer] = {save_as: "save as", overwrite: "overwrite",
                                                 reload: "reload"}
        return answers.get(box.clickedButton(), "cancel")

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._window, title, text)

    def _display_name(self) -> str:
        path = self._document.path
        return path.name if path is not None else self.tr("Untitled")
