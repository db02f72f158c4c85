"""The role legend editor: the roles a duty can give a tier or unit (code,
name in each chart language, colour, and `unique`: at most one per duty).

Owns `RoleLegendDialog`, a modeless dialog that edits the legend live:
every cell is one undo step, and it follows undo and redo. Removing a role
clears its assignments, so the dialog says how many first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart import edits
from orgchart.edits.records import (
    add_role,
    assignments_of_role,
    edited_text,
    field_value,
    move_role,
)
from orgchart.model import Role
from ui.document import ChartDocument
from ui.panels.widgets import (
    ColorButton,
    MessageLine,
    language_name,
    one_line,
    push_or_explain,
    tool_button,
)

CODE, NAME, COLOR, UNIQUE = "code", "name", "color", "unique"


class RoleLegendDialog(QDialog):
    """The chart's legend as a table, edited in place."""

    def __init__(self, document: ChartDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleLegendDialog")
        self.setWindowTitle(self.tr("Role Legend"))
        self.document = document
        self.confirm_box: QMessageBox | None = None
        self._shown: object = None
        self._columns: list[tuple[str, str]] = []
        self._codes: list[str] = []
        self._filling = False
        self.table = self._make_table()
        self.message = MessageLine(self)
        self._lay_out()
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        document.chartChanged.connect(self.refresh)
        document.chartReplaced.connect(self.refresh)
        self.refresh()
        self.resize(640, 340)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setAccessibleName(self.tr("Roles"))
        table.setToolTip(self.tr("Double-click a code or a name to change it"))
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        return table

    def _lay_out(self) -> None:
        a = tool_button
        self.add_button = a("list-add", self.tr("Add a role"), self._on_add, self)
        self.remove_button = a("list-remove", self.tr(
            "Remove the selected role; its assignments are cleared"), self._on_remove, self)
        self.up_button = a("go-up", self.tr("Move the role up"), lambda: self._on_move(-1), self)
        self.down_button = a("go-down", self.tr("Move the role down"),
                             lambda: self._on_move(+1), self)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(self.tr("A unique role is given at most once in each duty, like RACI's "
                              "Accountable."), self)
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        column.addWidget(hint)
        column.addWidget(close)

    # -- showing -------------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        chart = self.document.chart
        shown = (tuple(chart.languages),
                 tuple((r.code, r.name, r.color, r.unique) for r in chart.roles))
        if shown == self._shown:
            return
        self._shown = shown
        row, column = self.table.currentRow(), self.table.currentColumn()
        self._columns = ([(CODE, "")] + [(NAME, lang) for lang in chart.languages]
                         + [(COLOR, ""), (UNIQUE, "")])
        self._codes = [r.code for r in chart.roles]
        self._filling = True
        try:
            self._fill(chart.roles, chart.languages)
        finally:
            self._filling = False
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, max(column, 0))
        self._update_buttons()

    def _fill(self, roles: list[Role], languages: list[str]) -> None:
        table = self.table
        table.clear()
        table.setColumnCount(len(self._columns))
        table.setRowCount(len(roles))
        table.setHorizontalHeaderLabels([self._header(kind, lang) for kind, lang in self._columns])
        for row, role in enumerate(roles):
            for column, (kind, lang) in enumerate(self._columns):
                if kind == COLOR:
                    table.setCellWidget(row, column, self._color_button(role))
                else:
                    table.setItem(row, column, self._item(role, kind, lang, languages[0]))
        header = table.horizontalHeader()
        for column, (kind, _lang) in enumerate(self._columns):
            mode = (QHeaderView.ResizeMode.Stretch if kind == NAME
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)

    def _header(self, kind: str, lang: str) -> str:
        if kind == NAME:
            return self.tr("Name (%s)") % language_name(lang)
        return {CODE: self.tr("Code"), COLOR: self.tr("Colour"), UNIQUE: self.tr("Unique")}[kind]

    def _item(self, role: Role, kind: str, lang: str, primary: str) -> QTableWidgetItem:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if kind == UNIQUE:
            item = QTableWidgetItem()
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if role.unique else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("At most one assignment of this role per duty"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("Unique") if role.unique else self.tr("Not unique"))
            return item
        text = role.code if kind == CODE else field_value(role.name, lang, primary)
        item = QTableWidgetItem(text)
        item.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(self.tr("The code shown in the matrix's cells") if kind == CODE
                        else self.tr("The role's name in %s") % language_name(lang))
        return item

    def _color_button(self, role: Role) -> ColorButton:
        button = ColorButton(self.tr("Role colour"), self.table)
        button.setAutoRaise(True)
        button.set_color(role.color)
        button.setAccessibleName(self.tr("Colour of role %s") % role.code)
        button.colorChosen.connect(
            lambda color, code=role.code: self._push(edits.SetRoleField(code, COLOR, color)))
        return button

    def current_code(self) -> str | None:
        row = self.table.currentRow()
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), len(self._codes)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- gestures --------------------------------------------------------------------------------

    def _push(self, edit: edits.Edit | None) -> bool:
        done = push_or_explain(self.document, edit, self.message)
        if not done:
            self._shown = None  # put back what the refused cell shows
            self.refresh()
        return done

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        chart = self.document.chart
        role = chart.find_role(self._codes[item.row()])
        kind, lang = self._columns[item.column()]
        if role is None:
            return
        if kind == CODE and item.text().strip() != role.code:
            self._push(edits.RecodeRole(role.code, item.text().strip()))
        elif kind == NAME:
            name = edited_text(role.name, lang, item.text(), chart.languages[0])
            if name != role.name:
                self._push(edits.SetRoleField(role.code, NAME, name))
        elif kind == UNIQUE:
            unique = item.checkState() == Qt.CheckState.Checked
            if unique != role.unique:
                self._push(edits.SetRoleField(role.code, UNIQUE, unique))

    def _on_add(self) -> None:
        edit = add_role(self.document.chart)
        if self._push(edit):
            row = self._codes.index(edit.item.code)
            self.table.setCurrentCell(row, 1)
            self.table.editItem(self.table.item(row, 1))

    def _on_remove(self) -> None:
        code = self.current_code()
        if code is None:
            return
        count = assignments_of_role(self.document.chart, code)
        if count == 0:
            self._push(edits.DeleteRole(code))
            return
        self.confirm_box = self._confirm_removal(code, count)
        self.confirm_box.open()

    def _confirm_removal(self, code: str, count: int) -> QMessageBox:
        role = self.document.chart.find_role(code)
        name = one_line(self.document.label(role.name)) if role else ""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove Role"),
                          self.tr("Role %1 (%2) is given in %n assignment(s). Removing it "
                                  "clears them; Undo brings them back.", "", count)
                          .replace("%1", code).replace("%2", name), parent=self)
        remove: QPushButton = box.addButton(self.tr("Remove Role"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._push(edits.DeleteRole(code)) if button is remove else None)
        box.finished.connect(box.deleteLater)
        return box

    def _on_move(self, delta: int) -> None:
        code = self.current_code()
        if code is not None and self._push(move_role(self.document.chart, code, delta)):
            self.table.setCurrentCell(self._codes.index(code), max(self.table.currentColumn(), 0))
