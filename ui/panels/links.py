"""Links, the secondary lines between units (dotted-line reporting,
coordination, supervision): the Edit menu's actions to add one between two
selected units, edit it and remove it; the dialog that asks for its kind
and label; and the inspector's live editor of a selected link.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from orgchart import edits
from orgchart.edits.records import add_link, edit_link, links_between
from orgchart.model import LINK_KINDS, Link
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.widgets import (
    Choice,
    KeyedCombo,
    MessageLine,
    TextFields,
    heading,
    one_line,
    push_or_explain,
    tool_button,
)
from ui.resources import icon
from ui.selection import Selection

#: How the panels name the kinds of link (translated where shown).
KIND_NAMES = {"dotted-line": QT_TRANSLATE_NOOP("LinkKinds", "Dotted-line reporting"),
              "coordination": QT_TRANSLATE_NOOP("LinkKinds", "Coordination"),
              "supervision": QT_TRANSLATE_NOOP("LinkKinds", "Supervision")}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("LinkKinds", KIND_NAMES.get(kind, kind))


def kind_choices() -> list[Choice]:
    return [Choice(kind, kind_name(kind)) for kind in LINK_KINDS]


def _unit_name(document: ChartDocument, unit_id: str) -> str:
    unit = document.chart.find_unit(unit_id)
    return one_line(document.label(unit.name)) if unit else unit_id


class LinkDialog(QDialog):
    """Ask for a link's kind and label: a new link between two units, or
    changes to an existing one. OK pushes one edit (one undo step); a
    refusal is shown in the dialog, which stays open."""

    def __init__(self, document: ChartDocument, source: str, target: str,
                 link_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.document, self.source, self.target, self.link_id = document, source, target, link_id
        link = document.chart.find_link(link_id) if link_id else None
        self.setWindowTitle(self.tr("Edit Link") if link else self.tr("Add Link"))
        self.ends = QLabel(self)
        self.ends.setWordWrap(True)
        self.ends.setAccessibleName(self.tr("Units the link joins"))
        self.swap_button = tool_button("link-swap", self.tr("Swap the two ends of the link"),
                                       self._on_swap, self)
        self.swap_button.setVisible(link is None)
        self.kind_box = KeyedCombo(self.tr("Kind of link"), self.tr(
            "Dotted-line reporting, coordination or supervision; none of them is a "
            "reporting line"), self)
        self.kind_box.set_choices(kind_choices())
        self.kind_box.set_key(link.kind if link else LINK_KINDS[0])
        self.label_fields = TextFields(self.tr("Link label"),
                                       self.tr("A short label drawn on the link (optional)"), self)
        self.label_fields.set_text(link.label if link else Text(), document.chart.languages)
        self.message = MessageLine(self)
        self._lay_out()
        self._show_ends()

    def _lay_out(self) -> None:
        ends = QHBoxLayout()
        ends.addWidget(self.ends, 1)
        ends.addWidget(self.swap_button)
        form = QFormLayout()
        form.addRow(self.tr("Joins"), ends)
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("Label"), self.label_fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _show_ends(self) -> None:
        self.ends.setText(f"{_unit_name(self.document, self.source)}  →  "
                          f"{_unit_name(self.document, self.target)}")

    def _on_swap(self) -> None:
        self.source, self.target = self.target, self.source
        self._show_ends()

    def edit(self) -> edits.Edit | None:
        """The edit the dialog's values mean (None: nothing to change)."""
        chart, kind = self.document.chart, self.kind_box.key() or LINK_KINDS[0]
        label = self.label_fields.text()
        if self.link_id is None:
            return add_link(chart, self.source, self.target, kind, label)
        return edit_link(chart, self.link_id, kind, label)

    def accept(self) -> None:
        edit = self.edit()
        if edit is None or push_or_explain(self.document, edit, self.message):
            super().accept()


class LinkActions(QObject):
    """The Edit menu's link gestures: add a link between the two selected
    units, edit or remove the selected link (or the link between the two
    selected units)."""

    #: a message for the status bar (why an action cannot be done now)
    statusMessage = Signal(str)

    def __init__(self, document: ChartDocument, selection: Selection, parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.selection, self.window = document, selection, parent
        self.dialog: LinkDialog | None = None
        self.add_link = self._action(self.tr("Add &Link…"), "link-add", self.on_add_link,
                                     self.tr("Add a dotted-line, coordination or supervision "
                                             "link between the two selected units"))
        self.edit_link = self._action(self.tr("Edit Lin&k…"), "link-edit", self.on_edit_link,
                                      self.tr("Change the kind or label of the selected link"))
        self.remove_link = self._action(self.tr("Remove Li&nk"), "link-remove",
                                        self.on_remove_link,
                                        self.tr("Remove the selected link"))
        selection.changed.connect(self._update_enabled)
        document.chartChanged.connect(self._update_enabled)
        document.chartReplaced.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, icon_name: str, slot, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(icon(icon_name), text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.add_link, self.edit_link, self.remove_link]

    # -- what is selected --------------------------------------------------------------------

    def selected_units(self) -> list[str]:
        chart = self.document.chart
        return [i for i in self.selection.ids if chart.find_unit(i) is not None]

    def selected_links(self) -> list[Link]:
        """The selected links; else the links between the two selected units."""
        chart = self.document.chart
        links = [k for k in (chart.find_link(i) for i in self.selection.ids) if k is not None]
        units = self.selected_units()
        if not links and len(units) == 2:
            links = links_between(chart, *units)
        return links

    def _update_enabled(self, *_args: object) -> None:
        self.add_link.setEnabled(len(self.selected_units()) == 2)
        links = self.selected_links()
        self.edit_link.setEnabled(len(links) == 1)
        self.remove_link.setEnabled(bool(links))

    # -- gestures ----------------------------------------------------------------------------

    def on_add_link(self) -> None:
        units = self.selected_units()
        if len(units) != 2:
            self.statusMessage.emit(self.tr("Select exactly two units to link them."))
            return
        self._open(LinkDialog(self.document, units[0], units[1], None, self.window))

    def on_edit_link(self) -> None:
        links = self.selected_links()
        if len(links) != 1:
            self.statusMessage.emit(self.tr("Select one link (or two units joined by one link)."))
            return
        link = links[0]
        self._open(LinkDialog(self.document, link.source, link.target, link.id, self.window))

    def on_remove_link(self) -> None:
        links = self.selected_links()
        if not links:
            self.statusMessage.emit(self.tr("Select a link to remove."))
            return
        steps = tuple(edits.DeleteLink(k.id) for k in links)
        self.document.push(steps[0] if len(steps) == 1 else
                           edits.Batch(steps, edits.DeleteLink.title))

    def _open(self, dialog: LinkDialog) -> None:
        """Show the dialog window-modal; it pushes its edit when accepted."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


class LinkEditor(QWidget):
    """The inspector's page for a selected link: its ends, kind and label,
    edited live (typing in the label is one undo step), and removal."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.link_id: str | None = None
        self.title = heading(self.tr("Link"), self)
        self.ends = QLabel(self)
        self.ends.setWordWrap(True)
        self.ends.setAccessibleName(self.tr("Units the link joins"))
        self.kind_box = KeyedCombo(self.tr("Kind of link"),
                                   self.tr("Dotted-line reporting, coordination or supervision"),
                                   self)
        self.label_fields = TextFields(self.tr("Link label"),
                                       self.tr("A short label drawn on the link (optional)"), self)
        self.remove_button = tool_button("link-remove", self.tr("Remove the link"),
                                         self._on_remove, self)
        self.message = MessageLine(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Joins"), self.ends)
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("Label"), self.label_fields)
        form.addRow("", self.remove_button)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addStretch(1)
        self.kind_box.keyChosen.connect(lambda kind: self._push("kind", kind, False))
        self.label_fields.textEdited.connect(lambda text: self._push("label", text, True))

    def show_ids(self, ids: tuple[str, ...]) -> None:
        link_id = ids[0] if ids else None
        if link_id != self.link_id:
            self.link_id = link_id
            self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        link = self.document.chart.find_link(self.link_id) if self.link_id else None
        self.setEnabled(link is not None)
        self.kind_box.set_choices(kind_choices())
        self.kind_box.set_key(link.kind if link else None)
        self.label_fields.set_text(link.label if link else Text(), self.document.chart.languages)
        self.ends.setText(f"{_unit_name(self.document, link.source)}  →  "
                          f"{_unit_name(self.document, link.target)}" if link else "")

    def _push(self, field: str, value: object, typing: bool) -> None:
        if self.link_id is not None and not push_or_explain(
                self.document, edits.SetLinkField(self.link_id, field, value), self.message,
                typing):
            self.refresh()

    def _on_remove(self) -> None:
        if self.link_id is not None:
            push_or_explain(self.document, edits.DeleteLink(self.link_id), self.message)
