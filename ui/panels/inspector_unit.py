"""The inspector's pages for units: one selected unit (name in each
language, tier, reports-to, people, notes, its duties through its tier and
its own, its links), and several selected units (the fields they share,
changed for all of them as one step).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from orgchart import edits
from orgchart.edits.records import (
    duties_of,
    links_of,
    possible_parents,
    set_collapsed_of,
    set_tier_of,
)
from orgchart.model import Person, Unit
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.inspector_duties import DutiesEditor, duty_choice
from ui.panels.links import kind_name
from ui.panels.record_list import RecordList
from ui.panels.widgets import (
    Choice,
    KeyedCombo,
    MessageLine,
    TextAreas,
    TextFields,
    heading,
    one_line,
    push_or_explain,
    tool_button,
)
from ui.selection import Selection


def tier_choices(document: ChartDocument) -> list[Choice]:
    return [Choice(t.id, document.label(t.name), color=t.color) for t in document.chart.tiers]


def unit_choice(document: ChartDocument, unit: Unit) -> Choice:
    tier = document.chart.find_tier(unit.tier)
    return Choice(unit.id, document.label(unit.name) or unit.id,
                  color=tier.color if tier else None)


class PeopleEditor(QWidget):
    """The people named on a unit's card: name and title in each language;
    add, remove, reorder."""

    def __init__(self, document: ChartDocument, message: MessageLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.message = document, message
        self.unit_id: str | None = None
        self.list = RecordList(self.tr("People"), {
            "list": self.tr("The people named on the unit's card"),
            "add": self.tr("Add a person"), "remove": self.tr("Remove the person"),
            "up": self.tr("Move the person up"), "down": self.tr("Move the person down"),
            "empty": self.tr("Nobody named yet"),
        }, self, fit_rows=(1, 5))
        self.name_fields = TextFields(self.tr("Person's name"), self.tr("The person's name"), self)
        self.title_fields = TextFields(
            self.tr("Person's title"),
            self.tr("The person's title, such as 縣委書記 / County Party secretary"), self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self.name_fields)
        form.addRow(self.tr("Title"), self.title_fields)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(form)
        self.list.currentChanged.connect(lambda _key: self._show_current())
        self.list.addRequested.connect(self._on_add)
        self.list.removeRequested.connect(self._on_remove)
        self.list.moveRequested.connect(self._on_move)
        self.name_fields.textEdited.connect(lambda text: self._on_person_edited("name", text))
        self.title_fields.textEdited.connect(lambda text: self._on_person_edited("title", text))

    def show_unit(self, unit: Unit | None) -> None:
        if (unit.id if unit else None) != self.unit_id:
            self.unit_id = unit.id if unit else None
            self.list.set_current(None)
        people = unit.people if unit else ()
        self.list.set_choices([self._choice(i, p) for i, p in enumerate(people)])
        self._show_current()

    def _choice(self, index: int, person: Person) -> Choice:
        name, title = self.document.label(person.name), self.document.label(person.title)
        return Choice(str(index), name or title or self.tr("(no name)"),
                      one_line(title) if name else "")

    def _people(self) -> tuple[Person, ...]:
        unit = self.document.chart.find_unit(self.unit_id)
        return unit.people if unit else ()

    def _current(self) -> int | None:
        key = self.list.current()
        return int(key) if key is not None and int(key) < len(self._people()) else None

    def _show_current(self) -> None:
        index, languages = self._current(), self.document.chart.languages
        person = self._people()[index] if index is not None else Person()
        self.name_fields.set_text(person.name, languages)
        self.title_fields.set_text(person.title, languages)
        for fields in (self.name_fields, self.title_fields):
            fields.setEnabled(index is not None)

    def _push(self, people: tuple[Person, ...], typing: bool = False) -> bool:
        if self.unit_id is None:
            return False
        return push_or_explain(self.document, edits.SetUnitField(self.unit_id, "people", people),
                               self.message, typing)

    def _on_add(self) -> None:
        people = (*self._people(), Person())
        if self._push(people):
            self.list.set_current(str(len(people) - 1))
            self._show_current()
            self.name_fields.focus()

    def _on_remove(self, key: str) -> None:
        people = list(self._people())
        del people[int(key)]
        self._push(tuple(people))

    def _on_move(self, key: str, delta: int) -> None:
        people, i = list(self._people()), int(key)
        people[i], people[i + delta] = people[i + delta], people[i]
        if self._push(tuple(people)):
            self.list.set_current(str(i + delta))
            self._show_current()

    def _on_person_edited(self, field: str, text: Text) -> None:
        index = self._current()
        if index is not None:
            people = list(self._people())
            people[index] = dataclasses.replace(people[index], **{field: text})
            self._push(tuple(people), typing=True)


class UnitPage(QWidget):
    """The inspector for one selected unit."""

    def __init__(self, document: ChartDocument, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.selection = document, selection
        self.unit_id: str | None = None
        self.message = MessageLine(self)
        self._make_fields()
        self.people = PeopleEditor(document, self.message, self)
        self.notes = TextAreas(self.tr("Notes"), self.tr("Notes about the unit"), self)
        self.inherited = RecordList(self.tr("Duties through its tier"), {
            "list": self.tr("The duties of the unit's tier, with the tier's role in each; "
                            "edit them on the tier"),
            "empty": self.tr("The tier has no duties"),
        }, self, read_only=True, fit_rows=(1, 6))
        self.own_duties = DutiesEditor(document, self, fit_rows=(1, 6))
        self.links = RecordList(self.tr("Links"), {
            "list": self.tr("Links to other units; double-click one to edit it"),
            "empty": self.tr("No links"),
        }, self, read_only=True, fit_rows=(1, 4))
        self._lay_out()
        self._connect()

    def _make_fields(self) -> None:
        self.name_fields = TextFields(self.tr("Unit name"),
                                      self.tr("The unit's name, as its card shows it"), self)
        self.tier_box = KeyedCombo(self.tr("Tier"), self.tr(
            "The tier the unit sits on: below the tier of the unit it reports to"), self)
        self.parent_box = KeyedCombo(self.tr("Reports to"), self.tr(
            "The unit this one reports to (units on a higher tier, not below this one)"), self)
        self.parent_box.setPlaceholderText(self.tr("Nobody: the top unit"))
        self.parent_box.fill = self._parent_choices
        self.parent_button = tool_button("go-up", self.tr("Select the unit it reports to"),
                                         self._on_go_to_parent, self)
        self.collapsed_box = QCheckBox(self.tr("Hide the units below it"), self)
        self.collapsed_box.setAccessibleName(self.tr("Collapsed"))
        self.collapsed_box.setToolTip(self.tr("Draw the unit collapsed, without its subtree"))

    def _lay_out(self) -> None:
        self.title = heading("", self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self.name_fields)
        form.addRow(self.tr("Tier"), self.tier_box)
        parent_row = QHBoxLayout()
        parent_row.addWidget(self.parent_box, 1)
        parent_row.addWidget(self.parent_button)
        form.addRow(self.tr("Reports to"), parent_row)
        form.addRow("", self.collapsed_box)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.message)
        for text, widget in ((self.tr("People"), self.people), (self.tr("Notes"), self.notes),
                             (self.tr("Duties through its tier"), self.inherited),
                             (self.tr("Its own duties"), self.own_duties),
                             (self.tr("Links"), self.links)):
            column.addWidget(heading(text, self))
            column.addWidget(widget)
        column.addStretch(1)

    def _connect(self) -> None:
        self.name_fields.textEdited.connect(lambda text: self._push_field("name", text, True))
        self.notes.textEdited.connect(lambda text: self._push_field("notes", text, True))
        self.collapsed_box.clicked.connect(
            lambda checked: self._push_field("collapsed", bool(checked), False))
        self.tier_box.keyChosen.connect(self._on_tier_chosen)
        self.parent_box.keyChosen.connect(self._on_parent_chosen)
        self.links.activated.connect(lambda link_id: self.selection.set([link_id], self))

    # -- showing -----------------------------------------------------------------------------

    def show_ids(self, ids: tuple[str, ...]) -> None:
        unit_id = ids[0] if ids else None
        if unit_id != self.unit_id:
            self.unit_id = unit_id
            self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        chart = self.document.chart
        unit = chart.find_unit(self.unit_id)
        self.setEnabled(unit is not None)
        if unit is None:
            return
        self.title.setText(self.tr("Unit: %s") % one_line(self.document.label(unit.name)))
        self.name_fields.set_text(unit.name, chart.languages)
        self.notes.set_text(unit.notes, chart.languages)
        self.tier_box.set_choices(tier_choices(self.document))
        self.tier_box.set_key(unit.tier)
        self._show_parent(unit)
        self.collapsed_box.setChecked(unit.collapsed)
        self.collapsed_box.setEnabled(bool(chart.children(unit.id)) or unit.collapsed)
        self.people.show_unit(unit)
        self.inherited.set_choices([duty_choice(self.document, d, unit.tier)
                                    for d in duties_of(chart, unit.tier)])
        self.own_duties.set_target(unit.id)
        self.links.set_choices(self._link_choices(unit))

    def _show_parent(self, unit: Unit) -> None:
        parent = self.document.chart.find_unit(unit.parent)
        if parent is not None and not self.parent_box.view().isVisible():
            self.parent_box.set_choices([unit_choice(self.document, parent)])
        self.parent_box.set_key(unit.parent)
        self.parent_button.setEnabled(parent is not None)

    def _parent_choices(self) -> list[Choice]:
        return [unit_choice(self.document, u)
                for u in possible_parents(self.document.chart, self.unit_id or "")]

    def _link_choices(self, unit: Unit) -> list[Choice]:
        chart, label = self.document.chart, self.document.label
        rows = []
        for link in links_of(chart, unit.id):
            other = chart.find_unit(link.target if link.source == unit.id else link.source)
            arrow = "→" if link.source == unit.id else "←"
            kind = kind_name(link.kind)
            rows.append(Choice(link.id, f"{arrow} {one_line(label(other.name)) if other else '?'}",
                               " · ".join(p for p in (kind, one_line(label(link.label))) if p)))
        return rows

    # -- gestures ----------------------------------------------------------------------------

    def _push(self, edit: edits.Edit | None, typing: bool = False) -> bool:
        done = push_or_explain(self.document, edit, self.message, typing)
        if not done:
            self.refresh()  # put back what the refused gesture showed
        return done

    def _push_field(self, field: str, value: object, typing: bool) -> None:
        if self.unit_id is not None:
            self._push(edits.SetUnitField(self.unit_id, field, value), typing)

    def _on_tier_chosen(self, tier_id: str) -> None:
        if self.unit_id is not None:
            self._push(edits.SetUnitTier(self.unit_id, tier_id))

    def _on_parent_chosen(self, parent_id: str) -> None:
        unit = self.document.chart.find_unit(self.unit_id)
        if unit is not None and parent_id != unit.parent:
            self._push(edits.Reparent(unit.id, parent_id))

    def _on_go_to_parent(self) -> None:
        unit = self.document.chart.find_unit(self.unit_id)
        if unit is not None and unit.parent is not None:
            self.selection.set([unit.parent], self)


class UnitsPage(QWidget):
    """The inspector for several selected units: what they share, changed
    for all of them as one undo step."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.unit_ids: tuple[str, ...] = ()
        self.title = heading("", self)
        self.names = QLabel(self)
        self.names.setWordWrap(True)
        self.names.setAccessibleName(self.tr("Selected units"))
        self.tier_box = KeyedCombo(self.tr("Tier"), self.tr(
            "Put every selected unit on this tier, as one step"), self)
        self.tier_box.setPlaceholderText(self.tr("Several tiers"))
        self.collapsed_box = QCheckBox(self.tr("Hide the units below them"), self)
        self.collapsed_box.setAccessibleName(self.tr("Collapsed"))
        self.collapsed_box.setToolTip(self.tr("Collapse or expand every selected unit"))
        self.message = MessageLine(self)
        form = QFormLayout()
        form.addRow(self.tr("Tier"), self.tier_box)
        form.addRow("", self.collapsed_box)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.names)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addStretch(1)
        self.tier_box.keyChosen.connect(self._on_tier_chosen)
        self.collapsed_box.clicked.connect(self._on_collapsed_clicked)

    def show_ids(self, ids: tuple[str, ...]) -> None:
        if ids != self.unit_ids:
            self.unit_ids = ids
            self.message.clear_message()
        self.refresh()

    def _units(self) -> list[Unit]:
        wanted = set(self.unit_ids)
        return [u for u in self.document.chart.units if u.id in wanted]

    def refresh(self) -> None:
        units = self._units()
        self.title.setText(self.tr("%n units selected", "", len(units)))
        names = [one_line(self.document.label(u.name)) for u in units]
        self.names.setText(", ".join(names[:12]) + ("…" if len(names) > 12 else ""))
        tiers = {u.tier for u in units}
        self.tier_box.set_choices(tier_choices(self.document))
        self.tier_box.set_key(tiers.pop() if len(tiers) == 1 else None)
        collapsed = {u.collapsed for u in units}
        state = (Qt.CheckState.PartiallyChecked if len(collapsed) > 1 else
                 Qt.CheckState.Checked if True in collapsed else Qt.CheckState.Unchecked)
        self.collapsed_box.setTristate(state == Qt.CheckState.PartiallyChecked)
        self.collapsed_box.setCheckState(state)

    def _push(self, edit: edits.Edit | None) -> None:
        if not push_or_explain(self.document, edit, self.message):
            self.refresh()

    def _on_tier_chosen(self, tier_id: str) -> None:
        self._push(set_tier_of(self.document.chart, self.unit_ids, tier_id))

    def _on_collapsed_clicked(self) -> None:
        everyone = all(u.collapsed for u in self._units())
        self._push(set_collapsed_of(self.document.chart, self.unit_ids, not everyone))
