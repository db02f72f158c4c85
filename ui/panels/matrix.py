"""The Duty matrix tab: duties down, tiers (or the units of chosen tiers)
across, role codes in the cells, edited like a spreadsheet.

Owns `DutyMatrixWidget`: the tab's tool bar (add, remove, reorder and
categorise duties; what is across), the `DutyMatrixView` under it, a line
for messages, and the selection shared with the rest of the window. The
sheet is `orgchart.matrix`'s, the one the Excel export writes; every edit
is built there and pushed as one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgchart.matrix import BY_TIER, BY_UNIT
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.matrix_model import DUTY_ID_ROLE, TARGET_ROLE, DutyMatrixModel, one_line, swatch
from ui.panels.matrix_view import DutyMatrixView, RoleDelegate
from ui.resources import icon
from ui.selection import Selection

__all__ = ["DUTY_ID_ROLE", "TARGET_ROLE", "DutyMatrixModel", "DutyMatrixView",
           "DutyMatrixWidget", "RoleDelegate"]

MESSAGE_MS = 8000


class DutyMatrixWidget(QWidget):
    """The Duty matrix tab: a tool bar over the matrix, and a line under it
    for messages (what a paste left out, a refused code). The selection is
    shared with the window."""

    #: a message for the window's status bar
    statusMessage = Signal(str)

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyMatrix")
        self._document, self._selection = document, selection
        self.model = DutyMatrixModel(document, self)
        self.view = DutyMatrixView(self.model, self)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._build()
        self._connect()
        self._on_selection_changed(None)
        self._hide_note()
        self._update_enabled()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_toolbar())
        column.addWidget(self.view, 1)
        self.note = QLabel(self)
        self.note.setObjectName("dutyMatrixNote")
        self.note.setWordWrap(True)
        self.note.setContentsMargins(8, 3, 8, 3)
        self.note.setAccessibleName(self.tr("Duty matrix messages"))
        column.addWidget(self.note)
        self._build_context_menu()

    def _action(self, text: str, icon_name: str | None, keys: str | None, slot,  # noqa: ANN001
                tip: str) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip += f" ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        a = self._action
        self.add_duty_action = a(self.tr("Add Duty"), "duty-add", "Ctrl+Return", self.add_duty,
                                 self.tr("Add a duty below the current one, in its category"))
        self.remove_duties_action = a(self.tr("Remove Duties"), "edit-delete", "Ctrl+Del",
                                      self.remove_duties,
                                      self.tr("Remove the selected duties and their roles"))
        self.move_up_action = a(self.tr("Move Up"), "duty-move-up", "Ctrl+Up",
                                lambda: self.move_duties(-1),
                                self.tr("Move the selected duties up within their category"))
        self.move_down_action = a(self.tr("Move Down"), "duty-move-down", "Ctrl+Down",
                                  lambda: self.move_duties(+1),
                                  self.tr("Move the selected duties down within their category"))
        bar = QToolBar(self.tr("Duty matrix"), self)
        bar.setObjectName("dutyMatrixToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(18, 18))
        for action in (self.add_duty_action, self.remove_duties_action, self.move_up_action,
                       self.move_down_action):
            bar.addAction(action)
        bar.addWidget(self._category_button())
        bar.addSeparator()
        bar.addWidget(self._across_controls())
        return bar

    def _category_button(self) -> QToolButton:
        self.category_menu = QMenu(self.tr("Category"), self)
        self.category_menu.aboutToShow.connect(self._fill_category_menu)
        button = QToolButton(self)
        button.setText(self.tr("Category"))
        button.setIcon(icon("duty-category"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(self.tr("Put the selected duties in a category"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self.category_menu)
        self.category_button = button
        return button

    def _across_controls(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(QLabel(self.tr("Across:"), box))
        self.across_box = QComboBox(box)
        self.across_box.setAccessibleName(self.tr("What is across"))
        self.across_box.addItem(self.tr("Tiers"), BY_TIER)
        self.across_box.addItem(self.tr("Units of tiers"), BY_UNIT)
        self.across_box.setToolTip(self.tr("Tiers across, or the units of chosen tiers"))
        row.addWidget(self.across_box)
        self.tiers_menu = QMenu(self.tr("Tiers"), self)
        self.tiers_menu.aboutToShow.connect(self._fill_tiers_menu)
        self.tiers_button = QToolButton(box)
        self.tiers_button.setText(self.tr("Tiers…"))
        self.tiers_button.setToolTip(self.tr("Whose units are across"))
        self.tiers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tiers_button.setMenu(self.tiers_menu)
        row.addWidget(self.tiers_button)
        return box

    def _build_context_menu(self) -> None:
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu_requested)

    def _connect(self) -> None:
        self.view.cellsSelected.connect(self._on_cells_selected)
        self.view.statusMessage.connect(self.show_message)
        self.view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.view.selectionModel().currentChanged.connect(self._update_enabled)
        self._selection.changed.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._update_enabled)
        self.across_box.activated.connect(self._on_across_changed)
        self._document.editRefused.connect(self._on_edit_refused)
        self._message_timer.timeout.connect(self._hide_note)

    # -- gestures -------------------------------------------------------------------------------

    def _current_row(self) -> int | None:
        current = self.view.currentIndex()
        return current.row() if current.isValid() else None

    def add_duty(self) -> str | None:
        """Add a duty below the current one and start editing its text."""
        duty_id = self.model.add_duty(self._current_row())
        if duty_id is not None:
            index = self.model.cell(duty_id)
            self.view.setFocus()
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.edit(index)
        return duty_id

    def remove_duties(self) -> bool:
        return self.model.remove_duties(self.view.selected_duty_ids())

    def move_duties(self, step: int) -> bool:
        return self.model.move_duties(self.view.selected_duty_ids(), step)

    def set_category(self, category: Text) -> bool:
        return self.model.set_category(self.view.selected_duty_ids(), category)

    def set_columns(self, by: str, tiers: Iterable[str] = ()) -> None:
        """Tiers across, or the units of `tiers` (none: all)."""
        self.model.set_columns(by, tuple(tiers))
        self.across_box.setCurrentIndex(max(0, self.across_box.findData(by)))
        self._update_enabled()

    def _on_across_changed(self, index: int) -> None:
        self.set_columns(self.across_box.itemData(index), self.model.tiers)

    def _fill_tiers_menu(self) -> None:
        self.tiers_menu.clear()
        chosen = set(self.model.tiers)
        for tier in self._document.chart.tiers:
            action = self.tiers_menu.addAction(swatch(tier.color),
                                               one_line(self._document.label(tier.name)))
            action.setCheckable(True)
            action.setChecked(not chosen or tier.id in chosen)
            action.toggled.connect(lambda on, tier_id=tier.id: self._on_tier_toggled(tier_id, on))

    def _on_tier_toggled(self, tier_id: str, on: bool) -> None:
        every = [t.id for t in self._document.chart.tiers]
        chosen = set(self.model.tiers or every)
        chosen = chosen | {tier_id} if on else chosen - {tier_id}
        tiers = [t for t in every if t in chosen]
        self.set_columns(BY_UNIT, tiers if len(tiers) < len(every) else ())

    def _fill_category_menu(self) -> None:
        menu = self.category_menu
        menu.clear()
        duties = [self._document.chart.find_duty(d) for d in self.view.selected_duty_ids()]
        shared = {d.category for d in duties if d is not None}
        none = menu.addAction(self.tr("No Category"), lambda: self.set_category(Text()))
        none.setCheckable(True)
        none.setChecked(shared == {Text()})
        menu.addSeparator()
        for category in self.model.categories():
            action = menu.addAction(one_line(self._document.label(category)),
                                    lambda c=category: self.set_category(c))
            action.setCheckable(True)
            action.setChecked(shared == {category})
        menu.addSeparator()
        menu.addAction(self.tr("New Category…"), self._ask_new_category)

    def _ask_new_category(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New Category"),
                                        self.tr("Name of the category:"))
        if ok and name.strip():
            self.set_category(self.model.category_from(name))

    def _on_context_menu_requested(self, position) -> None:  # noqa: ANN001 - QPoint
        menu = QMenu(self)
        roles = menu.addMenu(self.tr("Set Role"))
        roles.addAction(self.tr("(none)"), self.view.clear_selection)
        for code, text, color in self.model.legend():
            roles.addAction(swatch(color), text,
                            lambda c=code: self.model.fill(self.view.selected_cells(), c))
        menu.addAction(icon("edit-copy"), self.tr("Copy"), self.view.copy_selection)
        menu.addAction(icon("edit-paste"), self.tr("Paste"), self.view.paste_clipboard)
        menu.addAction(self.tr("Clear Roles"), self.view.clear_selection)
        menu.addSeparator()
        for action in (self.add_duty_action, self.remove_duties_action, self.move_up_action,
                       self.move_down_action):
            menu.addAction(action)
        menu.addMenu(self.category_menu)
        menu.exec(self.view.viewport().mapToGlobal(position))

    # -- state ------------------------------------------------------------------------------------

    def _update_enabled(self, *_args: object) -> None:
        has_duties = bool(self.view.selected_duty_ids())
        for action in (self.remove_duties_action, self.move_up_action, self.move_down_action):
            action.setEnabled(has_duties)
        self.category_button.setEnabled(has_duties)
        self.tiers_button.setEnabled(self.model.by == BY_UNIT)

    def _hide_note(self) -> None:
        self.note.setText("")
        self.note.setVisible(False)

    def show_message(self, message: str) -> None:
        """Show a message under the matrix for a while, and pass it on."""
        self.note.setText(message)
        self.note.setVisible(bool(message))
        self._message_timer.start()
        self.statusMessage.emit(message)

    def _on_edit_refused(self, message: str) -> None:
        if self.isVisible():
            self.note.setText(message)
            self.note.setVisible(True)
            self._message_timer.start()

    # -- shared selection -------------------------------------------------------------------------

    def _on_cells_selected(self, ids: list) -> None:
        self._selection.set(ids, initiator=self)

    def _on_selection_changed(self, initiator: object) -> None:
        if initiator is not self:
            self.view.show_ids(self._selection.ids)
