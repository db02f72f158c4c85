"""The find bar: a slim strip above the canvas to find units by name.

Owns the find gesture: a query field, previous/next buttons, a match count
and a close button. Matching itself is the core's (`orgchart.search`):
case-, width- and script-insensitive, against a unit's name in every
language of its label and the names and titles of its people.

Typing goes to the first match; Enter or F3 goes to the next one, Shift+Enter
or Shift+F3 to the previous one, both wrapping round; Esc hides the bar.
Going to a match sets the shared `Selection` (initiator: the bar) and emits
`found(unit_id)` for the window to centre the canvas on it. Units inside
collapsed subtrees are found too: `found` gives their id all the same, and
the window expands what hides them before centring.

The window creates its own actions for Ctrl+F (`activate`), F3 and Shift+F3
(`find_next`, `find_previous`); the bar reads F3 itself only when nothing
else took it, so the two never make an ambiguous shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from orgchart import search
from ui.document import ChartDocument
from ui.resources import icon
from ui.selection import Selection

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NO_MATCH_COLOR = "#a8323e"  # the red of TIER_PALETTE, so the app keeps one red


class FindBar(QWidget):
    """Find units by name in any language; steps through the matches."""

    #: a match was chosen (and selected): centre the view on this unit
    found = Signal(str)
    #: the user closed the bar (Esc or its button): focus can go back
    closed = Signal()

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find"))
        self._document = document
        self._selection = selection
        self._index: list[tuple[str, str]] | None = None  # built lazily, dropped on change
        self._matches: list[str] = []
        self._at: int | None = None  # position in _matches of the unit shown last
        self._build()
        document.chartChanged.connect(self._on_chart_changed)
        document.chartReplaced.connect(self._on_chart_changed)

    def _build(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find a unit by name…"))
        self.edit.setAccessibleName(self.tr("Find text"))
        self.edit.setToolTip(self.tr("A part of a unit's name in any language, or of a "
                                     "person's name or title. Enter: next, Shift+Enter: "
                                     "previous, Esc: close."))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        self.previous_button = self._button("go-previous", QStyle.StandardPixmap.SP_ArrowUp,
                                            self.tr("Previous match (Shift+F3)"),
                                            self.find_previous)
        self.next_button = self._button("go-next", QStyle.StandardPixmap.SP_ArrowDown,
                                        self.tr("Next match (F3)"), self.find_next)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setAccessibleName(self.tr("Matches"))
        widest = self.tr("{0} of {1}").format(888, 888)
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 8)
        self.close_button = self._button("window-close",
                                         QStyle.StandardPixmap.SP_TitleBarCloseButton,
                                         self.tr("Close the find bar (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        for widget in (self.previous_button, self.next_button, self.count_label,
                       self.close_button):
            layout.addWidget(widget)
        self._update_buttons()

    def _button(self, name: str, fallback: QStyle.StandardPixmap, tip: str,
                slot: object) -> QToolButton:
        button = QToolButton(self)
        shown = icon(name)
        button.setIcon(shown if not shown.isNull() else QIcon(self.style().standardIcon(fallback)))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # -- public ----------------------------------------------------------------------

    @property
    def matches(self) -> list[str]:
        """The ids that match the query now, in chart order."""
        self._refresh()
        return list(self._matches)

    def activate(self) -> None:
        """Show the bar with the query selected, ready to type over (Ctrl+F)."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._refresh()

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    # -- matching ------------------------------------------------------------------------

    def _on_chart_changed(self, *_args: object) -> None:
        # A rename may add or remove matches: look again when next asked,
        # and now if the count is on screen.
        self._index = None
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        if self._index is None:
            self._index = search.index_units(self._document.chart)
            shown = self._matches[self._at] if self._at is not None else None
            self._matches = search.find_in_index(self._index, self.edit.text())
            self._at = self._matches.index(shown) if shown in self._matches else None
            self._update_count()

    def _on_text_changed(self, text: str) -> None:
        self._matches = search.find_in_index(self._index or self._fresh_index(), text)
        self._at = None
        if self._matches:
            self._go(0)
        self._update_count()

    def _fresh_index(self) -> list[tuple[str, str]]:
        self._index = search.index_units(self._document.chart)
        return self._index

    def _step(self, delta: int) -> None:
        if not self.edit.text().strip():
            self.activate()  # nothing to look for yet: ask for it
            return
        if not self.isVisible():
            self.show()
        self._refresh()
        if not self._matches:
            return
        if self._at is None:
            self._go(0 if delta > 0 else len(self._matches) - 1)
        else:
            self._go((self._at + delta) % len(self._matches))

    def _go(self, at: int) -> None:
        self._at = at
        unit_id = self._matches[at]
        self._selection.set([unit_id], initiator=self)
        self._update_count()
        self.found.emit(unit_id)

    def _update_count(self) -> None:
        if not self.edit.text().strip():
            text = ""
        elif not self._matches:
            text = self.tr("No matches")
        elif self._at is None:
            text = self.tr("%n match(es)", "", len(self._matches))
        else:
            text = self.tr("{0} of {1}").format(self._at + 1, len(self._matches))
        self.count_label.setText(text)
        self._show_no_match(bool(self.edit.text().strip()) and not self._matches)
        self._update_buttons()

    def _show_no_match(self, no_match: bool) -> None:
        # A stylesheet may restyle it as QLabel#findCount[noMatch="true"].
        self.count_label.setProperty("noMatch", no_match)
        palette = self.palette()
        if no_match:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(NO_MATCH_COLOR))
        self.count_label.setPalette(palette)
        self.count_label.style().polish(self.count_label)

    def _update_buttons(self) -> None:
        for button in (self.previous_button, self.next_button):
            button.setEnabled(len(self._matches) > 0)

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The line edit would take Return itself (and ignore Shift), so the
        # bar reads the keys before it.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            return self._handle_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys that the buttons do not use come up to the bar.
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.close_bar()
        elif key in _RETURN_KEYS or key == Qt.Key.Key_F3:
            self._step(-1 if shift else +1)
        else:
            return False
        return True
