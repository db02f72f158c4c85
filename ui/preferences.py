"""The user's preferences: typed access over `QSettings`, and the dialog
that edits them.

Owns the settings keys, their defaults and how a stored value is read back
(an ini file may hold anything), the recent-files list, and where the
Graphviz programs are. Everything else asks `Preferences` and listens to
`Preferences.changed`.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgchart.formats.graphviz_run import find_program
from orgchart.text import BOTH
from ui import i18n

AUTOSAVE_INTERVAL = "autosave/interval"
DISPLAY_LANGUAGE = "display/language"
EXPORT_FONT = "export/font"
GRAPHVIZ_FOLDER = "graphviz/folder"
UI_LANGUAGE = "interface/language"
RECENT_FILES = "files/recent"
LAST_FILE = "files/last"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"

DEFAULTS: dict[str, object] = {
    AUTOSAVE_INTERVAL: 60,
    DISPLAY_LANGUAGE: BOTH,
    EXPORT_FONT: "Noto Sans CJK SC",
    GRAPHVIZ_FOLDER: "",
    UI_LANGUAGE: i18n.AUTO,
}
MAX_RECENT = 10
MAX_AUTOSAVE_INTERVAL = 3600
#: The display languages offered; "both" is the chart's first over its second.
DISPLAY_LANGUAGES = {BOTH: QT_TRANSLATE_NOOP("PreferencesDialog", "Both (primary over secondary)"),
                     "zh-Hant": "繁體中文 (zh-Hant)", "zh-Hans": "简体中文 (zh-Hans)",
                     "en": "English (en)"}
#: The languages of a new chart for each display setting.
_NEW_CHART_LANGUAGES = {BOTH: ["zh-Hant", "en"]}


def _file_key(path: str | os.PathLike[str]) -> str:
    """Two spellings of one file compare equal."""
    return os.path.normcase(os.path.realpath(path))


class Preferences(QObject):
    """Typed preferences; `changed(key)` after a value really changed."""

    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()

    def _set(self, key: str, value: object) -> None:
        if self._settings.value(key) != value:
            self._settings.setValue(key, value)
            self._settings.sync()
            self.changed.emit(key)

    def _str(self, key: str) -> str:
        value = self._settings.value(key, DEFAULTS.get(key, ""))
        return value if isinstance(value, str) else str(DEFAULTS.get(key, ""))

    # -- autosave, display, export ---------------------------------------------

    @property
    def autosave_interval(self) -> int:
        """Seconds between recovery copies; 0 means autosave is off."""
        try:
            seconds = int(self._settings.value(AUTOSAVE_INTERVAL, DEFAULTS[AUTOSAVE_INTERVAL]))
        except (TypeError, ValueError):
            return int(DEFAULTS[AUTOSAVE_INTERVAL])  # a hand-edited ini must not turn it off
        return min(max(seconds, 0), MAX_AUTOSAVE_INTERVAL)

    @autosave_interval.setter
    def autosave_interval(self, seconds: int) -> None:
        self._set(AUTOSAVE_INTERVAL, min(max(int(seconds), 0), MAX_AUTOSAVE_INTERVAL))

    @property
    def display_language(self) -> str:
        """"both" or a language tag such as "zh-Hant"."""
        return self._str(DISPLAY_LANGUAGE) or BOTH

    @display_language.setter
    def display_language(self, value: str) -> None:
        self._set(DISPLAY_LANGUAGE, value or BOTH)

    @property
    def ui_language(self) -> str:
        """The interface language: "auto" (from the system locale), "en",
        "zh_CN" or "zh_TW"."""
        value = self._str(UI_LANGUAGE)
        return value if value in i18n.CHOICES else i18n.AUTO

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._set(UI_LANGUAGE, value if value in i18n.CHOICES else i18n.AUTO)

    def new_chart_languages(self) -> list[str]:
        """The languages a new chart starts with, from the display setting."""
        display = self.display_language
        return list(_NEW_CHART_LANGUAGES.get(display, [display]))

    @property
    def export_font(self) -> str:
        return self._str(EXPORT_FONT) or str(DEFAULTS[EXPORT_FONT])

    @export_font.setter
    def export_font(self, family: str) -> None:
        self._set(EXPORT_FONT, family)

    # -- Graphviz ----------------------------------------------------------------

    @property
    def graphviz_folder(self) -> str:
        """The folder holding `dot` and friends; "" means search PATH."""
        return self._str(GRAPHVIZ_FOLDER)

    @graphviz_folder.setter
    def graphviz_folder(self, folder: str) -> None:
        self._set(GRAPHVIZ_FOLDER, folder.strip())

    def graphviz_program(self, name: str) -> str | None:
        return graphviz_program(name, self.graphviz_folder)

    # -- files ---------------------------------------------------------------------

    @property
    def recent_files(self) -> list[Path]:
        """Most recent first; files that no longer exist are left out."""
        return [p for p in self._stored_recent() if p.is_file()][:MAX_RECENT]

    def _stored_recent(self) -> list[Path]:
        value = self._settings.value(RECENT_FILES, [])
        # an ini file gives a one-element list back as a plain string
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(item) for item in items if isinstance(item, str) and item]

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        path = Path(path).absolute()
        key = _file_key(path)
        rest = [p for p in self._stored_recent() if _file_key(p) != key and p.is_file()]
        self._set(RECENT_FILES, [str(p) for p in [path, *rest][:MAX_RECENT]])

    def remove_recent(self, path: str | os.PathLike[str]) -> None:
        key = _file_key(path)
        self._set(RECENT_FILES, [str(p) for p in self._stored_recent() if _file_key(p) != key])

    def clear_recent(self) -> None:
        self._set(RECENT_FILES, [])

    @property
    def last_file(self) -> Path | None:
        """The file to reopen on the next start (it may have gone since)."""
        value = self._str(LAST_FILE)
        return Path(value) if value else None

    @last_file.setter
    def last_file(self, path: str | os.PathLike[str] | None) -> None:
        self._set(LAST_FILE, str(Path(path).absolute()) if path else "")

    def remember_file(self, path: str | os.PathLike[str]) -> None:
        """A file was opened or saved: first in Open Recent, reopened next time."""
        self.add_recent(path)
        self.last_file = path

    # -- window ----------------------------------------------------------------

    def _bytes(self, key: str) -> bytes:
        value = self._settings.value(key)
        return bytes(value.data()) if isinstance(value, QByteArray) else b""

    @property
    def window_geometry(self) -> bytes:
        return self._bytes(WINDOW_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: bytes | QByteArray) -> None:
        self._set(WINDOW_GEOMETRY, QByteArray(bytes(value)))

    @property
    def window_state(self) -> bytes:
        return self._bytes(WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: bytes | QByteArray) -> None:
        self._set(WINDOW_STATE, QByteArray(bytes(value)))


def graphviz_program(name: str, folder: str | os.PathLike[str] = "") -> str | None:
    """The full path of a Graphviz program (`dot`, `neato`, …), or None.

    Looks in `folder` and its `bin` (where the Windows installer puts them)
    first, then on PATH — the same search the Graphviz export makes.
    """
    return find_program(name, folder)


def graphviz_version(program: str) -> str | None:
    """What `dot -V` says (e.g. "dot - graphviz version 2.43.0 (0)"), or None."""
    try:
        done = subprocess.run([program, "-V"], capture_output=True, text=True, timeout=5,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    said = (done.stderr or done.stdout).strip()  # dot prints its version on stderr
    return said.splitlines()[0] if said else None


class PreferencesDialog(QDialog):
    """Edits the interface language, the autosave interval, display language,
    export font and the Graphviz folder; writes them to `preferences` on OK."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self._make_ui_language())
        form.addRow(self.tr("&Autosave every:"), self._make_interval())
        form.addRow(self.tr("&Display language:"), self._make_language())
        form.addRow(self.tr("Export &font:"), self._make_font())
        form.addRow(self.tr("&Graphviz folder:"), self._make_graphviz())
        form.addRow("", self.graphviz_status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        restore.setToolTip(self.tr("Put every setting on this page back to its default"))
        restore.setAccessibleName(self.tr("Restore defaults"))
        self.buttons = buttons
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load()

    def _make_interval(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_AUTOSAVE_INTERVAL)
        spin.setSingleStep(15)
        spin.setSuffix(self.tr(" s"))
        spin.setSpecialValueText(self.tr("Off"))
        spin.setAccessibleName(self.tr("Autosave interval in seconds"))
        spin.setToolTip(self.tr("How often a recovery copy of unsaved changes is written; "
                                "0 turns autosave off"))
        self.interval_box = spin
        return spin

    def _make_ui_language(self) -> QComboBox:
        combo = QComboBox()
        for choice in i18n.CHOICES:
            combo.addItem(i18n.choice_name(choice), choice)
        combo.setAccessibleName(self.tr("Interface language"))
        combo.setToolTip(self.tr("The language of menus, panels and messages; Automatic follows "
                                 "the system. Open windows switch at once and keep their charts"))
        self.ui_language_box = combo
        return combo

    def _make_language(self) -> QComboBox:
        combo = QComboBox()
        for tag, label in DISPLAY_LANGUAGES.items():
            combo.addItem(QCoreApplication.translate("PreferencesDialog", label), tag)
        combo.setAccessibleName(self.tr("Default display language"))
        combo.setToolTip(self.tr("The language labels are shown in for new windows and new "
                                 "charts; “Both” stacks the first language over the second"))
        self.language_box = combo
        return combo

    def _make_font(self) -> QFontComboBox:
        combo = QFontComboBox()
        combo.setAccessibleName(self.tr("Export font"))
        combo.setToolTip(self.tr("The font used in exported images and slides; choose one with "
                                 "Chinese glyphs for Chinese labels"))
        combo.currentFontChanged.connect(self._on_font_changed)
        self.font_box = combo
        return combo

    def _make_graphviz(self) -> QWidget:
        self.graphviz_edit = QLineEdit()
        self.graphviz_edit.setPlaceholderText(self.tr("Find on PATH"))
        self.graphviz_edit.setClearButtonEnabled(True)
        self.graphviz_edit.setAccessibleName(self.tr("Graphviz folder"))
        self.graphviz_edit.setToolTip(self.tr("The folder with the Graphviz programs (dot); leave "
                                         "empty to find them on PATH"))
        self.graphviz_edit.editingFinished.connect(self.update_graphviz_status)
        self.graphviz_edit.textChanged.connect(self._on_graphviz_text_changed)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for the Graphviz folder"))
        self.browse_button.setToolTip(self.tr("Choose the folder with the Graphviz programs"))
        self.browse_button.clicked.connect(self._on_browse)
        self.graphviz_status = QLabel()
        self.graphviz_status.setWordWrap(True)
        self.graphviz_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.graphviz_status.setAccessibleName(self.tr("Graphviz status"))
        self.graphviz_status.setToolTip(self.tr("Whether the Graphviz dot program was found, "
                                                "and its version"))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.graphviz_edit, 1)
        box.addWidget(self.browse_button)
        return row

    def _load(self) -> None:
        prefs = self._preferences
        self.ui_language_box.setCurrentIndex(self.ui_language_box.findData(prefs.ui_language))
        self.interval_box.setValue(prefs.autosave_interval)
        self._select_language(prefs.display_language)
        self._show_font(prefs.export_font)
        self.graphviz_edit.setText(prefs.graphviz_folder)
        self.update_graphviz_status()

    def _select_language(self, tag: str) -> None:
        index = self.language_box.findData(tag)
        if index < 0:  # a tag set elsewhere is kept, not silently replaced
            self.language_box.addItem(tag, tag)
            index = self.language_box.count() - 1
        self.language_box.setCurrentIndex(index)

    def _show_font(self, family: str) -> None:
        # The combo shows the nearest installed font when the chosen one is
        # missing here; keep the chosen family unless the user picks another.
        self._font_family = family
        self.font_box.blockSignals(True)
        self.font_box.setCurrentFont(QFont(family))
        self.font_box.blockSignals(False)

    def _on_font_changed(self, font: QFont) -> None:
        self._font_family = font.family()

    def restore_defaults(self) -> None:
        self.ui_language_box.setCurrentIndex(
            self.ui_language_box.findData(DEFAULTS[UI_LANGUAGE]))
        self.interval_box.setValue(int(DEFAULTS[AUTOSAVE_INTERVAL]))
        self._select_language(str(DEFAULTS[DISPLAY_LANGUAGE]))
        self._show_font(str(DEFAULTS[EXPORT_FONT]))
        self.graphviz_edit.setText(str(DEFAULTS[GRAPHVIZ_FOLDER]))
        self.update_graphviz_status()

    def _on_graphviz_text_changed(self, text: str) -> None:
        # Typing is checked when editing ends (running dot per keystroke would
        # stall); clearing with the button is an edit that ends at once.
        if not text:
            self.update_graphviz_status()

    def _on_browse(self) -> None:
        folder = self.ask_graphviz_folder(self.graphviz_edit.text())
        if folder:
            self.graphviz_edit.setText(folder)
            self.update_graphviz_status()

    def ask_graphviz_folder(self, start: str) -> str:
        """The folder dialog (tests replace this)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Graphviz folder"), start)

    def update_graphviz_status(self) -> None:
        folder = self.graphviz_edit.text().strip()
        dot = graphviz_program("dot", folder)
        if dot is None:
            where = self.tr("in this folder or on PATH") if folder else self.tr("on PATH")
            self.graphviz_status.setText(
                self.tr("✗ dot was not found {where}. Install Graphviz (graphviz.org) to "
                        "export images; DOT files export without it.").format(where=where))
            return
        version = graphviz_version(dot) or self.tr("version unknown")
        text = self.tr("✓ {version} — {path}").format(version=version, path=dot)
        if folder and Path(os.path.abspath(folder)) not in Path(os.path.abspath(dot)).parents:
            # the fallback is silent in graphviz_program; here the user should know
            text += "\n" + self.tr("(not in the chosen folder: found on PATH)")
        self.graphviz_status.setText(text)

    def accept(self) -> None:
        prefs = self._preferences
        prefs.autosave_interval = self.interval_box.value()
        prefs.display_language = self.language_box.currentData()
        prefs.export_font = self._font_family
        prefs.graphviz_folder = self.graphviz_edit.text()
        # last: a new interface language rebuilds the windows (ui.application)
        prefs.ui_language = self.ui_language_box.currentData()
        super().accept()
