"""The tiers dock: the chart's tiers top to bottom, with their names, mottos
and colours; add, remove (moving their units to another tier), reorder by
drag or buttons, and edit the selected tier in place.

Owns `TiersDock` and `MoveUnitsDialog`. Selecting a tier selects its id in
the shared `Selection` (the canvas highlights its band); a refused move or
removal shows the core's reason in the dock.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from orgchart import edits
from orgchart.edits.records import (
    add_tier,
    drop_tier,
    move_tier,
    tier_removal_refusal,
    units_on_tier,
)
from orgchart.model import Tier
from ui import scale
from ui.document import ChartDocument
from ui.panels.inspector_tier import TierEditor
from ui.panels.record_list import RecordList
from ui.panels.widgets import (
    Choice,
    KeyedCombo,
    MessageLine,
    heading,
    one_line,
    push_or_explain,
)
from ui.selection import Selection


class MoveUnitsDialog(QDialog):
    """Asks where the units of a tier being removed should go. Only a tier
    the core accepts can be chosen; for the others it says why not."""

    def __init__(self, document: ChartDocument, tier_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveUnitsDialog")
        self.setWindowTitle(self.tr("Remove Tier"))
        self.document, self.tier_id = document, tier_id
        chart = document.chart
        tier = chart.find_tier(tier_id)
        count = len(units_on_tier(chart, tier_id))
        question = QLabel(self.tr("Tier “%1” still has %n unit(s). Move them to another tier "
                                  "and remove the tier?", "", count)
                          .replace("%1", one_line(document.label(tier.name)) if tier else ""),
                          self)
        question.setWordWrap(True)
        self.target_box = KeyedCombo(self.tr("Move the units to"),
                                     self.tr("The tier that takes the units"), self)
        self.target_box.set_choices([Choice(t.id, document.label(t.name), color=t.color)
                                     for t in chart.tiers if t.id != tier_id])
        self.reason = MessageLine(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("Move Units and Remove Tier"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setToolTip(self.tr("Move the units, then remove the tier (one undo step)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Move to"), self.target_box)
        column = QVBoxLayout(self)
        column.addWidget(question)
        column.addLayout(form)
        column.addWidget(self.reason)
        column.addWidget(self.buttons)
        self.target_box.keyChosen.connect(self._on_target_chosen)
        self._choose_first_possible()

    def target(self) -> str | None:
        return self.target_box.key()

    def choose(self, tier_id: str) -> None:
        self.target_box.set_key(tier_id)
        self._on_target_chosen(tier_id)

    def _choose_first_possible(self) -> None:
        chart = self.document.chart
        possible = [t.id for t in chart.tiers if t.id != self.tier_id
                    and tier_removal_refusal(chart, self.tier_id, t.id) is None]
        if possible:
            self.choose(possible[0])
        elif self.target_box.count():
            self.choose(self.target_box.itemData(0))
        else:
            self.ok_button.setEnabled(False)
            self.reason.show_message(self.tr("There is no other tier to move the units to."))

    def _on_target_chosen(self, tier_id: str) -> None:
        why = tier_removal_refusal(self.document.chart, self.tier_id, tier_id)
        self.ok_button.setEnabled(why is None)
        if why is None:
            self.reason.clear_message()
        else:
            self.reason.show_message(why)


class TiersDock(QDockWidget):
    """The tiers in rank order, and the selected tier's editor."""

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tiersDock")
        self.setWindowTitle(self.tr("Tiers"))
        self.setAccessibleName(self.tr("Tiers"))
        self.toggleViewAction().setToolTip(self.tr("Show or hide the list of tiers"))
        self.document, self.selection = document, selection
        self.remove_dialog: MoveUnitsDialog | None = None
        self.list = RecordList(self.tr("Tiers"), {
            "list": self.tr("The tiers from the top down; drag a tier to change its rank"),
            "add": self.tr("Add a tier below the selected one (or at the bottom)"),
            "add-icon": "tier-add",
            "remove": self.tr("Remove the selected tier (asks where its units go)"),
            "remove-icon": "tier-remove",
            "up": self.tr("Move the tier up one rank"),
            "down": self.tr("Move the tier down one rank"),
        }, draggable=True, fit_rows=(4, 12))
        self.message = MessageLine()
        self.editor = TierEditor(document)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)
        self.setWidget(self._body())
        self._connect()
        self.refresh()

    def _body(self) -> QWidget:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 4, 6, 6)
        column.addWidget(self.list)
        column.addWidget(self.message)
        column.addWidget(heading(self.tr("Selected tier"), body))
        column.addWidget(self.editor)
        column.addStretch(1)
        return body

    def _connect(self) -> None:
        self.list.currentChanged.connect(self._on_current_tier_changed)
        self.list.addRequested.connect(self._on_add)
        self.list.removeRequested.connect(self._on_remove)
        self.list.moveRequested.connect(self._on_move)
        self.list.dropRequested.connect(self._on_drop)
        self.document.chartChanged.connect(self._on_chart_changed)
        self.document.chartReplaced.connect(self.refresh)
        self.document.displayChanged.connect(self.refresh)
        self.selection.changed.connect(self._on_selection_changed)

    # -- showing -----------------------------------------------------------------------------

    def _on_chart_changed(self, edit: object) -> None:
        # Units' names and people do not show here; the counts are a pass
        # over every unit, which a large chart (ui.scale) makes a moment later.
        if isinstance(edit, edits.SetUnitField):
            return
        if scale.is_large(len(self.document.chart.units)):
            self._refresh_timer.start()
        else:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        self._refresh_timer.stop()
        # Units counted in one pass: one pass per tier cost more than a
        # whole edit may at 50,000 units.
        counts = Counter(unit.tier for unit in self.document.chart.units)
        self.list.set_choices([self._choice(t, counts[t.id]) for t in self.document.chart.tiers])
        self.editor.set_tier(self.list.current())

    def _choice(self, tier: Tier, count: int) -> Choice:
        label = self.document.label
        parts = (self.tr("%n unit(s)", "", count), one_line(label(tier.summary)))
        return Choice(tier.id, label(tier.name), " · ".join(p for p in parts if p), tier.color)

    def current(self) -> str | None:
        """The selected tier's id."""
        return self.list.current()

    def _on_current_tier_changed(self, tier_id: str | None) -> None:
        self.editor.set_tier(tier_id)
        if tier_id is not None:
            self.selection.set([tier_id], self)

    def _on_selection_changed(self, initiator: object) -> None:
        if initiator is self:
            return
        current = self.selection.current
        self.list.set_current(current if self.document.chart.find_tier(current) else None)
        self.editor.set_tier(self.list.current())

    # -- gestures ----------------------------------------------------------------------------

    def _push(self, edit: edits.Edit | None) -> bool:
        return push_or_explain(self.document, edit, self.message)

    def _on_add(self) -> None:
        edit = add_tier(self.document.chart, self.list.current())
        if self._push(edit):
            self.list.set_current(edit.item.id)
            self._on_current_tier_changed(edit.item.id)
            self.editor.name_fields.focus()

    def _on_remove(self, tier_id: str) -> None:
        if not units_on_tier(self.document.chart, tier_id):
            self._push(edits.RemoveTier(tier_id))
            return
        dialog = MoveUnitsDialog(self.document, tier_id, self)
        dialog.accepted.connect(lambda: self._push(edits.RemoveTier(tier_id, dialog.target())))
        dialog.finished.connect(dialog.deleteLater)
        self.remove_dialog = dialog
        dialog.open()

    def _on_move(self, tier_id: str, delta: int) -> None:
        self._push(move_tier(self.document.chart, tier_id, delta))

    def _on_drop(self, tier_id: str, row: int) -> None:
        self._push(drop_tier(self.document.chart, tier_id, row))
