"""The editor of one tier: its name and motto in each chart language and its
colour (shared by the tiers dock and the inspector), and the inspector's
page for a selected tier, which adds the tier's duties.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from orgchart import edits
from orgchart.edits.records import units_on_tier
from orgchart.text import Text
from ui.document import ChartDocument
from ui.panels.inspector_duties import DutiesEditor
from ui.panels.widgets import ColorButton, MessageLine, TextFields, heading, push_or_explain


class TierEditor(QWidget):
    """A tier's name, motto and colour; every keystroke is an edit, and the
    keystrokes in one field make one undo step."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.tier_id: str | None = None
        self.name_fields = TextFields(
            self.tr("Tier name"), self.tr("The tier's name, as the chart's band shows it"), self)
        self.motto_fields = TextFields(
            self.tr("Tier motto"),
            self.tr("A short motto of what the tier does, such as 統籌 / makes overall plans"),
            self)
        self.color_button = ColorButton(self.tr("Tier colour"), self)
        self.message = MessageLine(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self.name_fields)
        form.addRow(self.tr("Motto"), self.motto_fields)
        form.addRow(self.tr("Colour"), self.color_button)
        form.addRow(self.message)
        self.name_fields.textEdited.connect(self._on_name_edited)
        self.motto_fields.textEdited.connect(self._on_motto_edited)
        self.color_button.colorChosen.connect(self._on_color_chosen)
        self.refresh()

    def set_tier(self, tier_id: str | None) -> None:
        if tier_id != self.tier_id:
            self.tier_id = tier_id
            self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        chart = self.document.chart
        tier = chart.find_tier(self.tier_id)
        self.setEnabled(tier is not None)
        self.name_fields.set_text(tier.name if tier else Text(), chart.languages)
        self.motto_fields.set_text(tier.summary if tier else Text(), chart.languages)
        self.color_button.set_color(tier.color if tier else "#ffffff")

    def _push(self, field: str, value: object, typing: bool) -> None:
        if self.tier_id is not None:
            push_or_explain(self.document, edits.SetTierField(self.tier_id, field, value),
                            self.message, typing)

    def _on_name_edited(self, text: Text) -> None:
        self._push("name", text, typing=True)

    def _on_motto_edited(self, text: Text) -> None:
        self._push("summary", text, typing=True)

    def _on_color_chosen(self, color: str) -> None:
        self._push("color", color, typing=False)


class TierPage(QWidget):
    """The inspector for a selected tier: name, motto, colour, its duties."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.tier_id: str | None = None
        self.title = heading("", self)
        self.editor = TierEditor(document, self)
        self.units_label = QLabel(self)
        self.units_label.setAccessibleName(self.tr("Units on this tier"))
        self.duties = DutiesEditor(document, self, fit_rows=(3, 12))
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.editor)
        column.addWidget(self.units_label)
        column.addWidget(heading(self.tr("Duties of this tier"), self))
        column.addWidget(self.duties)
        column.addStretch(1)

    def show_ids(self, ids: tuple[str, ...]) -> None:
        self.tier_id = ids[0] if ids else None
        self.editor.set_tier(self.tier_id)
        self.duties.set_target(self.tier_id)
        self.refresh_own()

    def refresh(self) -> None:
        self.editor.refresh()
        self.duties.refresh()
        self.refresh_own()

    def refresh_own(self) -> None:
        chart = self.document.chart
        tier = chart.find_tier(self.tier_id)
        self.title.setText(self.tr("Tier: %s") % self.document.label(tier.name).replace(
            "\n", " · ") if tier else "")
        count = len(units_on_tier(chart, self.tier_id)) if tier else 0
        self.units_label.setText(self.tr("%n unit(s) on this tier", "", count))
