"""The outline's model: the chart's reporting lines as a Qt tree model.

Owns `OutlineModel`, a `QAbstractItemModel` over `ChartDocument.chart`
(column 0 the unit's name in the window's display setting, column 1 its
tier; a drop becomes one `edits.move_units` edit). The model holds ids,
never model objects: each reset builds a `_Tree` of unit ids, and an
index's `internalId` is the position of its unit's id in that tree.

Units the hierarchy cannot place (a parent that does not exist, a reporting
line that goes round in a circle) are shown as extra top-level rows in
italics, with the reason in their tooltip, so that they can be seen and
dragged where they belong.
"""

from __future__ import annotations

import html
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from orgchart import edits
from orgchart.bulk import collector_paused
from orgchart.model import Chart, Unit
from ui import scale
from ui.document import ChartDocument
from ui.later import AfterPaint

#: The drag payload: {"source": <model token>, "units": [ids]}.
MIME_TYPE = "application/x-orgchart-unit-ids"
#: data(index, UNIT_ID_ROLE) is the row's unit id.
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Charts up to this size open fully expanded; larger ones show two levels.
EXPAND_ALL_LIMIT = 300
#: On a large chart (`ui.scale`), rows are rebuilt this long after a change
#: of structure (a coalesced timer), not during the edit: the rebuild is
#: linear, and the canvas shows the edit first.
DEFER_MS = 120
FIRST_ROWS_MS = 100
#: Long bilingual tier names are elided beyond this (the tooltip has them).
TIER_COLUMN_MAX_WIDTH = 160
TIER_COLUMN_MIN_WIDTH = 48

NAME_COLUMN, TIER_COLUMN = 0, 1
_ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument (never changed)

# -- the tree of ids ---------------------------------------------------------------


@dataclass
class _Tree:
    """The hierarchy as the outline shows it, as ids; rebuilt on every reset."""

    ids: list[str] = field(default_factory=list)  # internalId -> unit id
    key: dict[str, int] = field(default_factory=dict)  # unit id -> internalId
    parent: dict[str, str | None] = field(default_factory=dict)
    children: dict[str | None, list[str]] = field(default_factory=lambda: {None: []})
    row: dict[str, int] = field(default_factory=dict)
    position: dict[str, int] = field(default_factory=dict)  # unit id -> index in chart.units
    #: units shown at the top although they report to someone: id -> why
    detached: dict[str, str] = field(default_factory=dict)

    def place(self, root: str, kids: dict[str | None, list[str]], why: str = "") -> None:
        """Put `root` at the top and everything below it that is not placed yet."""
        self._add(root, None)
        if why:
            self.detached[root] = why
        stack = [root]
        while stack:  # iterative: a 3,000-deep chain must not hit the recursion limit
            uid = stack.pop()
            for child in kids.get(uid, ()):
                if child not in self.key:  # a cycle leads back to a placed unit
                    self._add(child, uid)
                    stack.append(child)

    def _add(self, uid: str, parent: str | None) -> None:
        self.key[uid] = len(self.ids)
        self.ids.append(uid)
        self.parent[uid] = parent
        siblings = self.children.setdefault(parent, [])
        self.row[uid] = len(siblings)
        siblings.append(uid)


def _build_tree(chart: Chart) -> _Tree:
    with collector_paused():  # see orgchart.bulk
        return _tree_of(chart)


def _tree_of(chart: Chart) -> _Tree:
    tree = _Tree()
    for i, unit in enumerate(chart.units):
        tree.position.setdefault(unit.id, i)  # a duplicated id shows once
    kids: dict[str | None, list[str]] = {}
    for uid, i in tree.position.items():
        kids.setdefault(chart.units[i].parent, []).append(uid)
    parent_of = {uid: chart.units[i].parent for uid, i in tree.position.items()}
    for uid in kids.get(None, ()):
        tree.place(uid, kids)
    for uid, parent in parent_of.items():
        if parent is not None and parent not in parent_of:
            tree.place(uid, kids, "missing")
    for uid in parent_of:
        if uid not in tree.key:
            # Whatever is left hangs below a cycle: enter it at a unit on the cycle.
            tree.place(_on_cycle(uid, parent_of, tree.position), kids, "cycle")
    return tree


def _on_cycle(uid: str, parent_of: dict[str, str | None],
              position: dict[str, int]) -> str:
    """The unit of the cycle above `uid` that comes first in the chart."""
    seen = set()
    while uid not in seen:  # every parent exists here, and the line never ends
        seen.add(uid)
        uid = parent_of[uid]  # type: ignore[assignment]
    members, member = [uid], parent_of[uid]
    while member != uid:
        members.append(member)  # type: ignore[arg-type]
        member = parent_of[member]  # type: ignore[index]
    return min(members, key=position.__getitem__)


# -- the model -----------------------------------------------------------------------


class OutlineModel(QAbstractItemModel):
    """The chart's units as a tree: name and tier, a tier swatch, people in
    the tooltip; dragging a row onto another re-parents the unit."""

    def __init__(self, document: ChartDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._token = uuid.uuid4().hex  # drops from another window's outline are not ours
        self._swatches: dict[str, QIcon] = {}
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(DEFER_MS)
        self._rebuild_timer.timeout.connect(self.rebuild)
        # A large chart's rows are first made a moment after the event loop
        # next runs (which shows the window), never inside that first round.
        self._first_rows = AfterPaint(self, FIRST_ROWS_MS, self._first_build)
        #: the last reset made the first rows of a chart (the dock expands them)
        self.fresh = False
        self._tree = _Tree()
        self._on_chart_replaced()
        document.chartChanged.connect(self._on_chart_changed)
        document.chartReplaced.connect(self._on_chart_replaced)
        document.displayChanged.connect(self._on_display_changed)

    # -- ids <-> indexes ---------------------------------------------------------

    def unit_id(self, index: _ModelIndex) -> str | None:
        if not index.isValid() or index.model() is not self:
            return None
        key = index.internalId()
        return self._tree.ids[key] if 0 <= key < len(self._tree.ids) else None

    def index_of(self, unit_id: str | None, column: int = NAME_COLUMN) -> QModelIndex:
        key = self._tree.key.get(unit_id)  # type: ignore[arg-type]
        if key is None:
            return QModelIndex()
        return self.createIndex(self._tree.row[unit_id], column, key)  # type: ignore[index]

    def unit_ids(self) -> list[str]:
        """Every unit shown, parents before children."""
        return list(self._tree.ids)

    def parent_ids(self) -> list[str]:
        """The units shown with rows below them."""
        return [uid for uid, kids in self._tree.children.items() if uid is not None and kids]

    def has_children_of(self, unit_id: str) -> bool:
        return bool(self._tree.children.get(unit_id))

    def tree_parent(self, unit_id: str) -> str | None:
        """The unit's parent row (None at the top, also for detached units)."""
        return self._tree.parent.get(unit_id)

    def is_detached(self, unit_id: str) -> bool:
        return unit_id in self._tree.detached

    def rebuild(self) -> None:
        self._rebuild_timer.stop()
        self._first_rows.stop()
        self.beginResetModel()
        self._tree = _build_tree(self._document.chart)
        self.endResetModel()

    @property
    def pending(self) -> bool:
        """A change of structure waits for its rebuild (a large chart)."""
        return self._rebuild_timer.isActive() or self._first_rows.isActive()

    def _on_chart_replaced(self) -> None:
        # A huge chart's first rows come just after the window shows it (a
        # tenth to a quarter of a second at 50,000 units, for two levels shown).
        if not scale.is_huge(len(self._document.chart.units)):
            self.rebuild()
            return
        self.beginResetModel()
        self._tree = _Tree()
        self.endResetModel()
        self._rebuild_timer.stop()
        self._first_rows.start()

    def _first_build(self) -> None:
        self.fresh = True
        try:
            self.rebuild()
        finally:
            self.fresh = False

    def _on_chart_changed(self, edit: object) -> None:
        chart = self._document.chart
        scope = edits.scope_of(edit, chart) if isinstance(edit, edits.Edit) else None
        if scope is not None and not scope.subtrees and not scope.removed:
            # Only words changed: the same rows show them (no reset, which
            # is linear and forgets what is expanded).
            for uid in scope.content:
                index = self.index_of(uid)
                if index.isValid():
                    self.dataChanged.emit(index, self.index_of(uid, TIER_COLUMN))
            return
        if scale.is_large(len(chart.units)):
            self._rebuild_timer.start()
        else:
            self.rebuild()

    def _on_display_changed(self, _display: str) -> None:
        # Same rows, other words: a layout change keeps expansion and selection.
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    # -- structure -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _ModelIndex = _ROOT) -> QModelIndex:
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return QModelIndex()
        siblings = self._tree.children.get(self.unit_id(parent) if parent.isValid() else None, [])
        if not (0 <= row < len(siblings) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, self._tree.key[siblings[row]])

    def parent(self, index: _ModelIndex | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:  # QObject.parent(), which this name hides
            return super().parent()
        uid = self.unit_id(index)
        parent = self._tree.parent.get(uid) if uid is not None else None
        return self.index_of(parent) if parent is not None else QModelIndex()

    def rowCount(self, parent: _ModelIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return 0
        return len(self._tree.children.get(self.unit_id(parent) if parent.isValid() else None, ()))

    def columnCount(self, parent: _ModelIndex = _ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Unit") if section == NAME_COLUMN else self.tr("Tier")
        return None

    # -- data ------------------------------------------------------------------------

    def _unit(self, uid: str | None) -> Unit | None:
        if uid is None:
            return None
        units, at = self._document.chart.units, self._tree.position.get(uid, -1)
        if 0 <= at < len(units) and units[at].id == uid:
            return units[at]
        return self._document.chart.find_unit(uid)

    def one_line(self, text) -> str:  # noqa: ANN001 - an orgchart.text.Text
        """A label in the display setting; both languages as "primary — secondary"."""
        return " — ".join(self._document.label(text).splitlines())

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        uid = self.unit_id(index)
        unit = self._unit(uid)
        if unit is None:
            return None
        column = index.column()
        if role == UNIT_ID_ROLE:
            return uid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._name(unit) if column == NAME_COLUMN else self._tier_name(unit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(unit)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            return self._swatch(unit)
        if role == Qt.ItemDataRole.ForegroundRole and column == NAME_COLUMN \
                and unit.name.is_empty():
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and unit.id in self._tree.detached:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _name(self, unit: Unit) -> str:
        return self.one_line(unit.name) or self.tr("(unnamed)")

    def _tier_name(self, unit: Unit) -> str:
        tier = self._document.chart.find_tier(unit.tier)
        return self.one_line(tier.name) if tier is not None else self.tr("(no tier)")

    def _swatch(self, unit: Unit) -> QIcon:
        tier = self._document.chart.find_tier(unit.tier)
        color = tier.color if tier is not None else "#9e9e9e"
        if color not in self._swatches:
            self._swatches[color] = _swatch_icon(QColor(color))
        return self._swatches[color]

    def _tooltip(self, unit: Unit) -> str:
        lines = [f"<b>{html.escape(value)}</b>" for _, value in unit.name.items()]
        lines = lines or [html.escape(self.tr("(unnamed)"))]
        lines.append(html.escape(self.tr("Tier: {0}").format(self._tier_name(unit))))
        for person in unit.people:
            who = " — ".join(p for p in (self.one_line(person.name),
                                         self.one_line(person.title)) if p)
            lines.append("• " + html.escape(who))
        why = self._tree.detached.get(unit.id)
        if why == "missing":
            lines.append(html.escape(self.tr("Reports to “{0}”, which is not on the chart.")
                                     .format(unit.parent)))
        elif why == "cycle":
            lines.append(html.escape(self.tr("Its reporting line goes round in a circle.")))
        return "<p style='white-space:pre'>" + "<br>".join(lines) + "</p>"

    # -- drag and drop -----------------------------------------------------------------

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # no drops on empty space: one top unit
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(uid for uid in map(self.unit_id, indexes) if uid is not None))
        data = QMimeData()
        payload = json.dumps({"source": self._token, "units": ids})
        data.setData(MIME_TYPE, QByteArray(payload.encode()))
        data.setText("\n".join(self._name(u) for u in map(self._unit, ids) if u is not None))
        return data

    def dragged_ids(self, data: QMimeData | None) -> list[str]:
        """The unit ids a drag from this model carries; none for other drags."""
        if data is None or not data.hasFormat(MIME_TYPE):
            return []
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except (UnicodeDecodeError, ValueError):
            return []
        if not isinstance(payload, dict) or payload.get("source") != self._token:
            return []
        return [uid for uid in payload.get("units", ()) if isinstance(uid, str)]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _ModelIndex) -> bool:
        # Refusals by the core (own descendant, tier order) are let through on
        # purpose: the drop then tells the user why (document.editRefused).
        return (action == Qt.DropAction.MoveAction and bool(self.dragged_ids(data))
                and self.unit_id(parent) is not None)

    def drop(self, data: QMimeData, row: int, parent: _ModelIndex) -> bool:
        """Re-parent the dragged units under `parent`, before its child at
        `row` (-1: after its last child). True when the chart changed."""
        target = self.unit_id(parent)
        ids = self.dragged_ids(data)
        if target is None or not ids:
            return False
        siblings = self._tree.children.get(target, [])
        before = siblings[row] if 0 <= row < len(siblings) else None
        chart = self._document.chart
        return self._document.push(edits.move_units(chart, ids, target, before))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _ModelIndex) -> bool:
        if self.canDropMimeData(data, action, row, column, parent):
            self.drop(data, row, parent)
        # Never "handled": Qt must not remove the dragged rows itself; the
        # edit has reset the model already.
        return False

    def removeRows(self, row: int, count: int, parent: _ModelIndex = _ROOT) -> bool:
        return False  # rows go only through edits (see dropMimeData)


def _swatch_icon(color: QColor) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(140))
    painter.setBrush(color)
    painter.drawRoundedRect(5, 5, 22, 22, 5, 5)
    painter.end()
    return QIcon(pixmap)


# -- the view and the dock ------------------------------------------------------------


