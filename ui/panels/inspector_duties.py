"""Duties in the inspector: the editable duties of one tier or unit (each
with its role there), a read-only list of duties, and the page for a
selected duty.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from orgchart import edits
from orgchart.edits.records import add_duty, duties_of, move_duty, remove_duty_from
from orgchart.model import Duty
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.record_list import RecordList
from ui.panels.widgets import (
    Choice,
    KeyedCombo,
    MessageLine,
    TextFields,
    heading,
    one_line,
    push_or_explain,
)


def role_choices(document: ChartDocument) -> list[Choice]:
    """The legend as choices: code and name, in the role's colour."""
    return [Choice(r.code, f"{r.code} — {one_line(document.label(r.name))}", color=r.color)
            for r in document.chart.roles]


def duty_choice(document: ChartDocument, duty: Duty, target: str) -> Choice:
    """A duty as a row: its text, and the role `target` has in it."""
    chart = document.chart
    code = duty.assign.get(target, "")
    role = chart.find_role(code)
    parts = [f"{code} {one_line(document.label(role.name))}" if role else code,
             one_line(document.label(duty.category))]
    return Choice(duty.id, document.label(duty.text) or "—",
                  " · ".join(p for p in parts if p), role.color if role else None)


class DutyFields(QWidget):
    """A duty's text and category in each chart language."""

    def __init__(self, document: ChartDocument, message: MessageLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.message = document, message
        self.duty_id: str | None = None
        self.text_fields = TextFields(self.tr("Duty"), self.tr("What the duty is"), self)
        self.category_fields = TextFields(
            self.tr("Category"), self.tr("The group the duty is listed under in the matrix"),
            self)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Duty"), self.text_fields)
        self.form.addRow(self.tr("Category"), self.category_fields)
        self.text_fields.textEdited.connect(lambda text: self._push("text", text))
        self.category_fields.textEdited.connect(lambda text: self._push("category", text))

    def show_duty(self, duty: Duty | None) -> None:
        self.duty_id = duty.id if duty else None
        languages = self.document.chart.languages
        self.text_fields.set_text(duty.text if duty else Text(), languages)
        self.category_fields.set_text(duty.category if duty else Text(), languages)

    def _push(self, field: str, text: Text) -> None:
        if self.duty_id is not None:
            push_or_explain(self.document, edits.SetDutyField(self.duty_id, field, text),
                            self.message, typing=True)


class DutiesEditor(QWidget):
    """The duties of one tier or unit: add one with a role from the legend,
    edit its text, change the role, remove, reorder."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None,
                 fit_rows: tuple[int, int] = (2, 8)) -> None:
        super().__init__(parent)
        self.document = document
        self.target: str | None = None
        self.list = RecordList(self.tr("Duties"), {
            "list": self.tr("The duties, with the role given here"),
            "add": self.tr("Add a duty here, with the legend's first role"),
            "add-icon": "duty-add",
            "remove": self.tr("Remove the duty from here (the duty itself goes when "
                              "nothing else has a role in it)"),
            "up": self.tr("Move the duty up"), "down": self.tr("Move the duty down"),
            "empty": self.tr("No duties here yet"),
        }, self, fit_rows=fit_rows)
        self.message = MessageLine(self)
        self.fields = DutyFields(document, self.message, self)
        self.role_box = KeyedCombo(self.tr("Role"), self.tr("The role given here in this duty"),
                                   self)
        self.fields.form.addRow(self.tr("Role"), self.role_box)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addWidget(self.fields)
        column.addWidget(self.message)
        self._connect()

    def _connect(self) -> None:
        self.list.currentChanged.connect(self._on_current_duty_changed)
        self.list.addRequested.connect(self._on_add)
        self.list.removeRequested.connect(self._on_remove)
        self.list.moveRequested.connect(self._on_move)
        self.role_box.keyChosen.connect(self._on_role_chosen)

    def set_target(self, target: str | None) -> None:
        if target != self.target:
            self.target = target
            self.list.set_current(None)
            self.message.clear_message()
        self.refresh()

    def current(self) -> str | None:
        return self.list.current()

    def refresh(self) -> None:
        chart, target = self.document.chart, self.target
        duties = duties_of(chart, target) if target else []
        self.list.set_choices([duty_choice(self.document, d, target) for d in duties])
        self.list.add_button.setEnabled(target is not None)
        self.role_box.set_choices(role_choices(self.document))
        self._show_current()

    def _show_current(self) -> None:
        key = self.list.current()
        duty = self.document.chart.find_duty(key) if key else None
        self.fields.show_duty(duty)
        self.fields.setEnabled(duty is not None)
        self.role_box.set_key(duty.assign.get(self.target) if duty and self.target else None)

    def _on_current_duty_changed(self, _key: object) -> None:
        self._show_current()

    def _push(self, edit: edits.Edit | None) -> bool:
        return push_or_explain(self.document, edit, self.message)

    def _on_add(self) -> None:
        if self.target is None:
            return
        edit = add_duty(self.document.chart, self.target, None)
        if self._push(edit):
            self.list.set_current(edit.item.id)
            self._show_current()
            self.fields.text_fields.focus()

    def _on_remove(self, duty_id: str) -> None:
        if self.target is not None:
            self._push(remove_duty_from(self.document.chart, duty_id, self.target))

    def _on_move(self, duty_id: str, delta: int) -> None:
        if self.target is not None:
            self._push(move_duty(self.document.chart, self.target, duty_id, delta))

    def _on_role_chosen(self, code: str) -> None:
        key = self.list.current()
        if key is not None and self.target is not None:
            self._push(edits.Assign(key, self.target, code))


class DutyPage(QWidget):
    """The inspector for a selected duty: its text, category and who has
    which role in it."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.duty_id: str | None = None
        self.message = MessageLine(self)
        self.fields = DutyFields(document, self.message, self)
        self.assignments = RecordList(self.tr("Roles in this duty"), {
            "list": self.tr("Which tier or unit has which role in this duty"),
            "empty": self.tr("Nobody has a role in this duty yet"),
        }, self, read_only=True, fit_rows=(1, 8))
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("Duty"), self))
        column.addWidget(self.fields)
        column.addWidget(self.message)
        column.addWidget(heading(self.tr("Roles"), self))
        column.addWidget(self.assignments)
        column.addStretch(1)

    def show_ids(self, ids: tuple[str, ...]) -> None:
        self.duty_id = ids[0] if ids else None
        self.refresh()

    def refresh(self) -> None:
        duty = self.document.chart.find_duty(self.duty_id) if self.duty_id else None
        self.fields.show_duty(duty)
        self.assignments.set_choices(self._assignments(duty.assign.items() if duty else ()))

    def _assignments(self, pairs: Iterable[tuple[str, str]]) -> list[Choice]:
        chart, label = self.document.chart, self.document.label
        rows = []
        for target, code in pairs:
            where = chart.find_tier(target) or chart.find_unit(target)
            role = chart.find_role(code)
            rows.append(Choice(target, label(where.name) if where else target,
                               f"{code} {one_line(label(role.name))}" if role else code,
                               role.color if role else None))
        return rows
