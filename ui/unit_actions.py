"""The gestures on units, as QActions: add a child or a sibling, rename,
delete, reorder, change tier, collapse, cut, copy and paste.

Each action builds its edit with `orgchart.edits` (or `orgchart.clipboard`)
from the chart as it is and pushes it through the document, so it is one
undo step. The keyboard shortcuts that would clash with typing (Tab, Enter,
Delete) are bound to the chart's views only, not to the whole window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from orgchart import clipboard, edits
from orgchart.fileformat import LoadError
from orgchart.text import BOTH, Text
from ui.document import ChartDocument
from ui.resources import icon
from ui.selection import Selection

#: What a new unit is called until the user types its name.
NEW_UNIT_NAME = {"en": "New unit", "zh-Hant": "新單位", "zh-Hans": "新单位"}


class UnitActions(QObject):
    """The Edit menu's unit gestures for one window."""

    def __init__(self, document: ChartDocument, selection: Selection, view, window: QWidget):
        super().__init__(window)
        self.document, self.selection, self.view, self.window = document, selection, view, window
        a = self._action
        self.add_child = a(self.tr("Add &Child"), "unit-add-child", ["Tab", "Ins"],
                           self.on_add_child,
                           self.tr("Add a unit reporting to the selected one, on the next tier "
                                   "down"))
        self.add_sibling = a(self.tr("Add &Sibling"), "unit-add-sibling", ["Return", "Enter"],
                             self.on_add_sibling, self.tr("Add a unit beside the selected one"))
        self.rename = a(self.tr("&Rename"), None, ["F2"], self.on_rename,
                        self.tr("Edit the selected unit's name"))
        self.delete = a(self.tr("&Delete"), "edit-delete", ["Del"], self.on_delete,
                        self.tr("Delete the selected units (asks about the units below them)"))
        self.move_left = a(self.tr("Move &Left"), "go-previous", ["Ctrl+Left"],
                           lambda: self.on_move(-1), self.tr("Move before the previous sibling"))
        self.move_right = a(self.tr("Move Righ&t"), "go-next", ["Ctrl+Right"],
                            lambda: self.on_move(+1), self.tr("Move after the next sibling"))
        self.toggle_collapse = a(self.tr("Collapse / E&xpand"), "unit-collapse", ["Ctrl+E"],
                                 self.on_toggle_collapse, self.tr("Hide or show the units below"))
        self.cut = a(self.tr("Cu&t"), "edit-cut", [QKeySequence.StandardKey.Cut], self.on_cut,
                     self.tr("Cut the selected units and everything below them"))
        self.copy = a(self.tr("&Copy"), "edit-copy", [QKeySequence.StandardKey.Copy], self.on_copy,
                      self.tr("Copy the selected units and everything below them"))
        self.paste = a(self.tr("&Paste"), "edit-paste", [QKeySequence.StandardKey.Paste],
                       self.on_paste, self.tr("Paste copied units below the selected unit"))
        self.tier_menu = QMenu(self.tr("Move to &Tier"), window)
        self.tier_menu.setIcon(icon("unit-tier"))
        self.tier_menu.aboutToShow.connect(self._fill_tier_menu)
        selection.changed.connect(self._update_enabled)
        document.chartChanged.connect(self._update_enabled)
        document.chartReplaced.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, icon_name: str | None, keys: list, slot: Callable[[], None],
                tip: str) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Shortcuts live on the chart's views, so Tab and Enter keep their
        # usual meaning in text fields and dialogs.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = f" ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip + shown)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.add_child, self.add_sibling, self.rename, self.delete, self.move_left,
                self.move_right, self.toggle_collapse, self.cut, self.copy, self.paste]

    def attach_to(self, widget: QWidget) -> None:
        """Make the shortcuts work while `widget` (a chart view) has the focus."""
        widget.addActions(self.actions())

    # -- what is selected ----------------------------------------------------------

    def _units(self) -> list[str]:
        chart = self.document.chart
        return [i for i in self.selection.ids if chart.find_unit(i) is not None]

    def _current(self) -> str | None:
        units = self._units()
        return units[-1] if units else None

    def _update_enabled(self, *_: object) -> None:
        has_unit = self._current() is not None
        empty = not self.document.chart.units
        self.add_child.setEnabled(has_unit or empty)
        for action in (self.add_sibling, self.rename, self.delete, self.move_left,
                       self.move_right, self.toggle_collapse, self.cut, self.copy):
            action.setEnabled(has_unit)
        self.tier_menu.setEnabled(has_unit)

    def _new_name(self) -> Text:
        primary = self.document.chart.languages[0] if self.document.chart.languages else "en"
        return Text({primary: NEW_UNIT_NAME.get(primary, NEW_UNIT_NAME["en"])})

    def _push_and_select(self, edit: edits.Edit | None, rename: bool = False) -> None:
        if self.view.is_editing or not self.document.push(edit):
            return
        new = edits.new_unit_id(edit)
        if new is not None:
            self.selection.set([new], initiator=self)
            self.view.center_on(new)
            if rename:
                self.view.start_rename(new)

    def _try(self, build: Callable[[], edits.Edit | None]) -> edits.Edit | None:
        """Build a gesture's edit; a gesture that cannot start says why."""
        try:
            return build()
        except edits.EditError as refusal:
            self.document.editRefused.emit(str(refusal))
            return None

    # -- the gestures --------------------------------------------------------------

    def on_add_child(self) -> None:
        chart, current, name = self.document.chart, self._current(), self._new_name()
        if current is None and not chart.units:
            self._push_and_select(self._try(lambda: edits.add_top_unit(chart, name)), True)
        elif current is not None:
            self._push_and_select(self._try(
                lambda: edits.add_child(chart, current, name, grow=True)), True)

    def on_add_sibling(self) -> None:
        chart, current = self.document.chart, self._current()
        if current is not None:
            self._push_and_select(self._try(
                lambda: edits.add_sibling(chart, current, self._new_name())), True)

    def on_rename(self) -> None:
        current = self._current()
        if current is not None:
            self.view.start_rename(current)

    def on_delete(self) -> None:
        chart = self.document.chart
        roots = clipboard.roots_of(chart, self._units())
        if not roots:
            return
        keep = False
        if any(chart.children(r) for r in roots):
            answer = self.ask_delete_mode(len(roots))
            if answer is None:
                return
            keep = answer == "lift"
        parent = chart.find_unit(roots[0]).parent
        label = (QT_TRANSLATE_NOOP("EditTitle", "Delete units") if len(roots) > 1
                 else QT_TRANSLATE_NOOP("EditTitle", "Delete unit"))
        removal = edits.Batch(tuple(edits.RemoveUnit(r, keep) for r in roots), label)
        if self.document.push(removal):
            self.selection.set([parent] if parent else [], initiator=self)

    def ask_delete_mode(self, count: int) -> str | None:
        """Ask what happens to the units below: "subtree", "lift", or None (cancel)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"),
                          self.tr("The selected unit has units reporting to it.") if count == 1
                          else self.tr("Some selected units have units reporting to them."),
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(self.tr("Delete them too, or keep them and let them report to "
                                       "the unit above?"))
        whole = box.addButton(self.tr("Delete Everything Below"),
                              QMessageBox.ButtonRole.DestructiveRole)
        lift = box.addButton(self.tr("Keep the Units Below"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(lift)
        box.exec()
        return {whole: "subtree", lift: "lift"}.get(box.clickedButton())

    def on_move(self, delta: int) -> None:
        current = self._current()
        if current is not None:
            self.document.push(edits.move_among_siblings(self.document.chart, current, delta))

    def on_toggle_collapse(self) -> None:
        chart = self.document.chart
        units = [u for u in (chart.find_unit(i) for i in self._units()) if u is not None]
        with_children = [u for u in units if chart.children(u.id)]
        if not with_children:
            return
        collapse = not with_children[-1].collapsed
        self.document.push(edits.Batch(tuple(
            edits.SetUnitField(u.id, "collapsed", collapse) for u in with_children),
            QT_TRANSLATE_NOOP("EditTitle", "Collapse") if collapse
            else QT_TRANSLATE_NOOP("EditTitle", "Expand")))

    def _fill_tier_menu(self) -> None:
        self.tier_menu.clear()
        current = self.document.chart.find_unit(self._current())
        for tier in self.document.chart.tiers:
            action = self.tier_menu.addAction(self.document.label(tier.name).replace("\n", " — "))
            action.setCheckable(True)
            action.setChecked(current is not None and current.tier == tier.id)
            action.triggered.connect(lambda _=False, t=tier.id: self.on_set_tier(t))

    def on_set_tier(self, tier_id: str) -> None:
        current = self._current()
        if current is not None:
            self.document.push(edits.SetUnitTier(current, tier_id))

    # -- clipboard -----------------------------------------------------------------

    def on_copy(self) -> None:
        units = self._units()
        if not units:
            return
        chart = self.document.chart
        data = QMimeData()
        data.setData(clipboard.MIME_TYPE,
                     clipboard.fragment_text(clipboard.copy_units(chart, units)).encode("utf-8"))
        data.setText(clipboard.outline_text(chart, units, BOTH))
        QGuiApplication.clipboard().setMimeData(data)

    def on_cut(self) -> None:
        roots = clipboard.roots_of(self.document.chart, self._units())
        if roots:
            self.on_copy()
            self.document.push(edits.Batch(tuple(edits.RemoveUnit(r) for r in roots),
                                           QT_TRANSLATE_NOOP("EditTitle", "Cut")))

    def on_paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(clipboard.MIME_TYPE):
            self.document.editRefused.emit(self.tr("The clipboard holds no units to paste."))
            return
        try:
            fragment = clipboard.read_fragment(bytes(data.data(clipboard.MIME_TYPE)).decode(
                "utf-8", errors="replace"))
        except LoadError as error:
            self.document.editRefused.emit(error.reason)
            return
        chart, parent = self.document.chart, self._current()
        if parent is None and chart.units:
            self.document.editRefused.emit(self.tr("Select the unit to paste below."))
            return
        edit = self._try(lambda: clipboard.paste_units(chart, fragment, parent))
        if edit is not None and self.document.push(edit):
            pasted = [e.item.id for e in edit.edits
                      if isinstance(e, edits.InsertUnit) and e.item.parent == parent]
            self.selection.set(pasted, initiator=self)
