"""Renaming a unit in place: a line editor over its card.

Owns the editor's life: where it sits (over the card's name, at the view's
zoom), which language of the name it edits, and how it ends (Enter, Tab or
a click elsewhere commits one rename through the document; Esc cancels).
While it has focus it keeps Return, Tab, Esc, Delete and Insert from the
window's shortcuts, which act on the chart when the canvas has focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from orgchart import edits
from orgchart.model import Chart
from orgchart.text import BOTH, UNTAGGED, Text

if TYPE_CHECKING:
    from ui.canvas.view import ChartView


#: Keys the editor keeps from the window's shortcuts (Return adds a sibling,
#: Tab a child, ... when the canvas has focus, but not while typing a name).
EDITOR_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
               Qt.Key.Key_Backtab, Qt.Key.Key_Delete, Qt.Key.Key_Insert)


#: The editor sits on a coloured card: a clear white field with the
#: canvas's selection accent, whatever the desktop theme.
EDITOR_STYLE = """
QLineEdit#renameEditor {
    background: #ffffff; color: #1f2328;
    border: 2px solid #2563eb; border-radius: 4px; padding: 1px 6px;
    selection-background-color: #bfdbfe; selection-color: #1f2328;
}
"""


class RenameEditor(QLineEdit):
    """A line editor that reports Enter, Esc, Tab and losing focus, and keeps
    its keys from window shortcuts while it has focus."""

    commitRequested = Signal()
    cancelRequested = Signal()
    focusLost = Signal(object)  # Qt.FocusReason

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in EDITOR_KEYS:
            event.accept()  # deliver it as a key press, not as a shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            self.commitRequested.emit()  # rather than moving focus away
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitRequested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelRequested.emit()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit(event.reason())


class InPlaceRename(QObject):
    """The name editor over a card: Enter (or Tab, or clicking elsewhere)
    commits one rename, Esc cancels.

    It edits one language of the name: the given one, else the display
    language, else (in "both" display) the chart's primary language. A name
    that is only a plain string in a one-language chart stays a plain string.
    """

    #: (unit id, committed)
    finished = Signal(str, bool)

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self.view = view
        self._editor: RenameEditor | None = None
        self._unit: str | None = None
        self._lang = UNTAGGED

    @property
    def active(self) -> bool:
        return self._editor is not None

    @property
    def unit_id(self) -> str | None:
        return self._unit

    @property
    def editor(self) -> RenameEditor | None:
        return self._editor

    def start(self, unit_id: str, lang: str | None = None) -> bool:
        if self._editor is not None:
            self.commit()
        chart = self.view.document.chart
        unit = chart.find_unit(unit_id)
        card = self.view.chart_scene.card(unit_id)
        if unit is None or card is None:
            return False
        self._unit, self._lang = unit_id, self._language(unit.name, chart, lang)
        self._editor = editor = RenameEditor(self.view.viewport())
        editor.setObjectName("renameEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        editor.setStyleSheet(EDITOR_STYLE)
        editor.setAccessibleName(self.tr("Unit name"))
        editor.setText(unit.name.get(self._lang))
        # An untranslated name shows what the card shows, without copying it in.
        editor.setPlaceholderText(unit.name.pick(self._lang, chart.languages))
        editor.commitRequested.connect(self.commit)
        editor.cancelRequested.connect(self.cancel)
        editor.focusLost.connect(self._on_focus_lost)
        self.view.ensure_visible(unit_id)
        self.place()
        editor.show()
        editor.selectAll()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _language(self, name: Text, chart: Chart, lang: str | None) -> str:
        if lang is None:
            display = self.view.document.display
            lang = (chart.languages[0] if chart.languages else UNTAGGED) if display == BOTH \
                else display
        if name.langs() == (UNTAGGED,) and len(chart.languages) <= 1:
            return UNTAGGED
        return lang

    def place(self) -> None:
        """Put the editor over the card's name, at the view's zoom."""
        editor = self._editor
        card = self.view.chart_scene.card(self._unit)
        if editor is None or card is None:
            return
        zoom = self.view.zoom()
        font = QFont(card.content.fonts["name"]) if card.content else QFont()
        font.setPixelSize(max(11, min(32, round(13 * zoom))))
        editor.setFont(font)
        rect = self.view.mapFromScene(card.sceneBoundingRect()).boundingRect()
        height = editor.sizeHint().height()
        width = max(rect.width() - 8, 160)
        name_run = card.content.runs[0] if card.content and card.content.runs else None
        top = (card.mapToScene(QPointF(0, name_run.y + name_run.h / 2)) if name_run
               else card.sceneBoundingRect().center())
        center_y = self.view.mapFromScene(top).y()
        editor.setGeometry(rect.center().x() - width // 2, center_y - height // 2, width, height)

    def follow(self) -> None:
        """After the chart changed: keep the editor on its card, or give up if
        the unit is gone."""
        if self._editor is None:
            return
        if self.view.document.chart.find_unit(self._unit) is None or \
                self.view.chart_scene.card(self._unit) is None:
            self.cancel()
        else:
            self.place()

    def commit(self) -> None:
        editor = self._editor
        if editor is None:
            return
        value, uid, lang = editor.text(), self._unit, self._lang
        self._close()  # before the push: the chart's change must not move a closing editor
        chart = self.view.document.chart
        unit = chart.find_unit(uid)
        if unit is not None and unit.name.get(lang) != value:
            self.view.document.push(edits.rename("unit", chart, uid, lang, value))
        self.finished.emit(uid or "", True)

    def cancel(self) -> None:
        if self._editor is not None:
            uid = self._unit
            self._close()
            self.finished.emit(uid or "", False)

    def _on_focus_lost(self, reason: Qt.FocusReason) -> None:
        # Switching windows or opening the editor's own menu keeps editing.
        if reason not in (Qt.FocusReason.ActiveWindowFocusReason,
                          Qt.FocusReason.PopupFocusReason):
            self.commit()

    def _close(self) -> None:
        editor = self._editor
        if editor is None:
            return
        self._editor = None  # first: hiding the editor loses focus, which must not re-enter
        had_focus = editor.hasFocus()
        editor.hide()
        editor.deleteLater()
        if had_focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
