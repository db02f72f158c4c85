"""The chart-properties dialog: the chart's title in each language and the
chart's languages, primary first.

Owns `ChartPropertiesDialog`. Nothing changes until OK; then a change of
languages is one undo step and a change of title another. Removing a
language keeps the texts written in it (the file keeps every language a
label has); the chart only stops showing and asking for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart import edits
from orgchart.model import LANG_RE
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.widgets import (
    LANGUAGE_NAMES,
    MessageLine,
    TextFields,
    language_name,
    push_or_explain,
    tool_button,
)


class ChartPropertiesDialog(QDialog):
    """Title and languages of the chart; OK pushes what changed."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPropertiesDialog")
        self.setWindowTitle(self.tr("Chart Properties"))
        self.document = document
        self._languages = list(document.chart.languages)
        self.title_fields = TextFields(self.tr("Chart title"),
                                       self.tr("The chart's title, in each of its languages"),
                                       self, stacked=True)
        self.title_fields.set_text(document.chart.title, self._languages)
        self.language_list = QListWidget(self)
        self.language_list.setAccessibleName(self.tr("Languages of the chart"))
        self.language_list.setToolTip(self.tr("The first language is the primary one: it is "
                                              "shown on top when both are shown"))
        self.new_language = QComboBox(self)
        self.new_language.setEditable(True)
        self.new_language.setAccessibleName(self.tr("Language to add"))
        self.new_language.setToolTip(self.tr("A language tag such as zh-Hant, zh-Hans or en"))
        self.message = MessageLine(self)
        self._lay_out()
        self.language_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._show_languages()

    def _lay_out(self) -> None:
        a = tool_button
        self.add_button = a("list-add", self.tr("Add the language"), self._on_add, self)
        self.remove_button = a("list-remove", self.tr("Remove the selected language (its texts "
                                                      "are kept in the file)"),
                               self._on_remove, self)
        self.up_button = a("go-up", self.tr("Move the language up (the first is primary)"),
                           lambda: self._on_move(-1), self)
        self.down_button = a("go-down", self.tr("Move the language down"),
                             lambda: self._on_move(+1), self)
        adding = QHBoxLayout()
        adding.addWidget(self.new_language, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            adding.addWidget(button)
        languages = QGroupBox(self.tr("Languages, primary first"), self)
        inner = QVBoxLayout(languages)
        inner.addWidget(self.language_list)
        inner.addLayout(adding)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_fields)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(languages, 1)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.resize(460, 380)

    # -- the languages being edited ------------------------------------------------------------

    def languages(self) -> list[str]:
        return list(self._languages)

    def title(self) -> Text:
        return self.title_fields.text()

    def _show_languages(self, current: int | None = None) -> None:
        self.language_list.clear()
        for i, tag in enumerate(self._languages):
            text = f"{language_name(tag)}  ({tag})"
            if i == 0:
                text += "  — " + self.tr("primary")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, tag)
            self.language_list.addItem(item)
        if current is not None:
            self.language_list.setCurrentRow(current)
        self.title_fields.set_text(self.title_fields.text(), self._languages)
        self.new_language.clear()
        self.new_language.addItems([t for t in LANGUAGE_NAMES if t not in self._languages])
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.language_list.currentRow(), len(self._languages)
        self.remove_button.setEnabled(0 <= row < count and count > 1)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def add_language(self, tag: str) -> bool:
        """Add a language tag at the end; False (and why) when it cannot be."""
        tag = tag.strip()
        if not LANG_RE.match(tag):
            self.message.show_message(self.tr("“%s” is not a language tag like zh-Hant or en.")
                                      % tag)
            return False
        if tag in self._languages:
            self.message.show_message(self.tr("The chart already has %s.") % tag)
            return False
        self.message.clear_message()
        self._languages.append(tag)
        self._show_languages(len(self._languages) - 1)
        return True

    def _on_add(self) -> None:
        self.add_language(self.new_language.currentText())

    def _on_remove(self) -> None:
        row = self.language_list.currentRow()
        if 0 <= row < len(self._languages) and len(self._languages) > 1:
            del self._languages[row]
            self._show_languages(min(row, len(self._languages) - 1))

    def _on_move(self, delta: int) -> None:
        row = self.language_list.currentRow()
        if 0 <= row + delta < len(self._languages) and 0 <= row < len(self._languages):
            langs = self._languages
            langs[row], langs[row + delta] = langs[row + delta], langs[row]
            self._show_languages(row + delta)

    # -- OK ------------------------------------------------------------------------------------

    def accept(self) -> None:
        chart = self.document.chart
        if tuple(self._languages) != tuple(chart.languages) and not push_or_explain(
                self.document, edits.SetLanguages(tuple(self._languages)), self.message):
            return
        if self.title() != chart.title and not push_or_explain(
                self.document, edits.SetTitle(self.title()), self.message):
            return
        super().accept()

