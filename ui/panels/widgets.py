"""Widgets the editing panels share: a label's fields in each chart language,
a colour button, a combo of keyed choices, and the line that explains a
refused edit (the list of records is in `record_list`).

They show values and report gestures; the panels turn gestures into edits.
Setting a value that a field already shows leaves the field alone, so the
field being typed in keeps its cursor when the chart echoes the change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgchart import edits
from orgchart.edits.records import edited_text, field_value
from orgchart.text import Text
from ui.document import ChartDocument
from ui.resources import icon

#: How the app names a chart language: in its own words and script (panels,
#: menus and every export dialog).
LANGUAGE_NAMES = {"en": "English", "zh-Hant": "中文（繁體）", "zh-Hans": "中文（简体）"}



def language_name(tag: str) -> str:
    return LANGUAGE_NAMES.get(tag, tag)


def one_line(label: str) -> str:
    """A label shown in both languages (two lines) on one line."""
    return " · ".join(part for part in label.split("\n") if part)


def push_or_explain(document: ChartDocument, edit: edits.Edit | None,
                    message: MessageLine, typing: bool = False) -> bool:
    """Push an edit; a refusal is shown on `message`, a success clears it."""
    refusals: list[str] = []

    def note(text: str) -> None:
        refusals.append(text)

    document.editRefused.connect(note)
    try:
        done = document.push(edit, typing)
    finally:
        document.editRefused.disconnect(note)
    if refusals:
        message.show_message(refusals[-1])
    elif done:
        message.clear_message()
    return done


def tool_button(icon_name: str, tip: str, slot: Callable[[], None],
                parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(icon(icon_name))
    button.setIconSize(QSize(18, 18))
    button.setAutoRaise(True)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(":")[0].split(";")[0])
    button.clicked.connect(lambda _=False: slot())
    return button


def swatch_icon(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#34495e"))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class MessageLine(QWidget):
    """Why the last edit was refused, with a warning sign; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        sign = QLabel(self)
        sign.setPixmap(icon("dialog-warning").pixmap(16, 16))
        sign.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Why the change was refused"))
        row.addWidget(sign)
        row.addWidget(self.label, 1)
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setToolTip(text)
        self.show()

    def clear_message(self) -> None:
        self.label.clear()
        self.hide()


# -- a label in each language --------------------------------------------------------------------


class _LanguageFields(QWidget):
    """What `TextFields` and `TextAreas` share: one editor per language,
    and the `Text` they edit."""

    #: the user edited one language; the argument is the whole new Text
    textEdited = Signal(object)

    def __init__(self, what: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what, self._tip = what, tip
        self._text = Text()
        self._languages: tuple[str, ...] = ()
        self.editors: dict[str, QWidget] = {}
        self.setAccessibleName(what)
        self.setToolTip(tip)

    @property
    def primary(self) -> str:
        return self._languages[0] if self._languages else ""

    def set_text(self, text: Text, languages: Sequence[str]) -> None:
        """Show `text`; fields that already show their value are left alone."""
        self._set_languages(tuple(languages))
        self._text = text
        for lang, editor in self.editors.items():
            value = field_value(text, lang, self.primary)
            if self._value(editor) != value:
                self._show(editor, value)

    def text(self) -> Text:
        return self._text

    def editor(self, lang: str) -> QWidget:
        return self.editors[lang]

    def focus(self, select_all: bool = True) -> None:
        """Put the cursor in the primary language's field."""
        first = self.editors.get(self.primary)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if select_all:
                first.selectAll()

    def _set_languages(self, languages: tuple[str, ...]) -> None:
        if languages == self._languages:
            return
        self._languages = languages
        for editor in self.editors.values():
            editor.hide()
            editor.deleteLater()
        self.editors = {lang: self._make_editor(lang) for lang in languages}
        self._place(list(self.editors.values()))

    def _describe(self, editor: QWidget, lang: str) -> None:
        name = language_name(lang)
        editor.setAccessibleName(f"{self._what} ({name})")
        editor.setToolTip(f"{self._tip} — {name}")

    def _on_edited(self, lang: str, value: str) -> None:
        self._text = edited_text(self._text, lang, value, self.primary)
        self.textEdited.emit(self._text)

    # filled in by the two kinds
    def _make_editor(self, lang: str) -> QWidget:
        raise NotImplementedError

    def _place(self, editors: list[QWidget]) -> None:
        raise NotImplementedError

    def _value(self, editor: QWidget) -> str:
        raise NotImplementedError

    def _show(self, editor: QWidget, value: str) -> None:
        raise NotImplementedError


class TextFields(_LanguageFields):
    """A one-line label: a field per chart language, side by side (two to a
    row), each keystroke reported as the whole new `Text`. With `stacked`,
    one field a row, each after its language's name (for long labels)."""

    def __init__(self, what: str, tip: str, parent: QWidget | None = None,
                 stacked: bool = False) -> None:
        super().__init__(what, tip, parent)
        self._stacked = stacked
        self._captions: list[QLabel] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)

    def _make_editor(self, lang: str) -> QWidget:
        editor = QLineEdit(self)
        editor.setPlaceholderText(language_name(lang))
        editor.setClearButtonEnabled(False)
        self._describe(editor, lang)
        editor.textEdited.connect(lambda value, lang=lang: self._on_edited(lang, value))
        return editor

    def _place(self, editors: list[QWidget]) -> None:
        for caption in self._captions:
            caption.hide()
            caption.deleteLater()
        self._captions = []
        for i, (lang, editor) in enumerate(zip(self._languages, editors, strict=True)):
            if self._stacked:
                caption = QLabel(language_name(lang), self)
                caption.setBuddy(editor)
                self._captions.append(caption)
                self._grid.addWidget(caption, i, 0)
                self._grid.addWidget(editor, i, 1)
            else:
                self._grid.addWidget(editor, i // 2, i % 2)

    def _value(self, editor: QWidget) -> str:
        return editor.text()  # type: ignore[attr-defined]

    def _show(self, editor: QWidget, value: str) -> None:
        editor.setText(value)  # type: ignore[attr-defined]
        editor.setCursorPosition(0)  # type: ignore[attr-defined]


class TextAreas(_LanguageFields):
    """A multi-line label (notes): a text area per chart language, stacked."""

    def __init__(self, what: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(what, tip, parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self._showing = False

    def _make_editor(self, lang: str) -> QWidget:
        editor = QPlainTextEdit(self)
        editor.setPlaceholderText(language_name(lang))
        editor.setTabChangesFocus(True)
        line = editor.fontMetrics().lineSpacing()
        editor.setFixedHeight(line * 4 + 12)
        self._describe(editor, lang)
        editor.textChanged.connect(lambda lang=lang, e=editor: self._on_changed(lang, e))
        return editor

    def _on_changed(self, lang: str, editor: QPlainTextEdit) -> None:
        if not self._showing:
            self._on_edited(lang, editor.toPlainText())

    def _place(self, editors: list[QWidget]) -> None:
        for editor in editors:
            self._column.addWidget(editor)

    def _value(self, editor: QWidget) -> str:
        return editor.toPlainText()  # type: ignore[attr-defined]

    def _show(self, editor: QWidget, value: str) -> None:
        self._showing = True
        try:
            editor.setPlainText(value)  # type: ignore[attr-defined]
        finally:
            self._showing = False


# -- colours and choices ---------------------------------------------------------------------------


class ColorButton(QToolButton):
    """A colour swatch with its code; a click offers the colour dialog."""

    colorChosen = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = "#000000"
        self._what = what
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName(what)
        self.setToolTip(self.tr("Choose the %s") % what.lower())
        self.clicked.connect(self._on_clicked)

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        if color != self._color or not self.text():
            self._color = color
            self.setIcon(swatch_icon(color, 16))
            self.setText(color)
            self.setAccessibleDescription(color)

    def _on_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self._what)
        if chosen.isValid() and chosen.name() != self._color:
            self.colorChosen.emit(chosen.name())


@dataclass(frozen=True)
class Choice:
    """One entry of a `KeyedCombo` or a `RecordList`."""

    key: str
    title: str
    subtitle: str = ""
    color: str | None = None


class KeyedCombo(QComboBox):
    """A combo of choices known by key; reports the key the user picks."""

    keyChosen = Signal(str)

    def __init__(self, what: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: tuple[Choice, ...] = ()
        self._shown: str | None = None
        self.setAccessibleName(what)
        self.setToolTip(tip)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.activated.connect(self._on_activated)
        #: when set, the choices are made afresh just before the list pops up
        #: (for long lists that only matter when the user opens them)
        self.fill: Callable[[], Sequence[Choice]] | None = None

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        if self.fill is not None:
            self.set_choices(self.fill())
        super().showPopup()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        choices = tuple(choices)
        if choices == self._choices:
            return
        key = self.key()
        self._choices = choices
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            self.addItem(swatch_icon(choice.color) if choice.color else QIcon(),
                         one_line(choice.title), choice.key)
            self.setItemData(self.count() - 1, choice.title, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.set_key(key)

    def key(self) -> str | None:
        return self.currentData()

    def set_key(self, key: str | None) -> None:
        """Show `key`'s choice; an unknown key (or None) shows no choice."""
        self._shown = key
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(key) if key is not None else -1)
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        key = self.itemData(index)
        if key is not None and key != self._shown:  # picking the same again changes nothing
            self.keyChosen.emit(key)
