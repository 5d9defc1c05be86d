"""The executive's queue as a table with a tick box per complaint: what the tick says is what
gets approved or sent back; the highlighted row is only what the evidence pane shows."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from fondue_desk.services.signoff_queue import SignOffItem

from ..labels import category_of, village_of
from ..urgency import AMBER

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
TRACKING, CATEGORY, VILLAGE, CREW, DAYS, RETURNED = range(6)


class SignOffQueueModel(QAbstractTableModel):
    checked_changed = Signal(int)  # how many are ticked now

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[SignOffItem] = []
        self._checked: set[int] = set()
        self._bold: QFont | None = None
        self.checkable = True

    def set_font(self, font: QFont) -> None:
        """The view's font: tracking numbers and returns are shown in its bold."""
        self._bold = QFont(font)
        self._bold.setBold(True)

    # ----------------------------------------------------------------- content
    def set_items(self, items: Sequence[SignOffItem]) -> None:
        """New contents; ticks stay on the complaints that are still in the queue."""
        self.beginResetModel()
        self._items = list(items)
        self._checked &= {item.id for item in self._items}
        self.endResetModel()
        self.checked_changed.emit(len(self._checked))

    def items(self) -> list[SignOffItem]:
        return list(self._items)

    def item_at(self, row: int) -> SignOffItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, complaint_id: int) -> int:
        return next((r for r, item in enumerate(self._items) if item.id == complaint_id), -1)

    # ----------------------------------------------------------------- ticks
    def checked_items(self) -> list[SignOffItem]:
        """Ticked complaints in queue order (oldest report first)."""
        return [item for item in self._items if item.id in self._checked]

    def checked_ids(self) -> list[int]:
        return [item.id for item in self.checked_items()]

    def checked_count(self) -> int:
        return len(self._checked)

    def is_checked(self, row: int) -> bool:
        item = self.item_at(row)
        return item is not None and item.id in self._checked

    def set_checked(self, rows: Iterable[int], checked: bool) -> None:
        changed = False
        for row in rows:
            item = self.item_at(row)
            if item is None or (item.id in self._checked) == checked:
                continue
            (self._checked.add if checked else self._checked.discard)(item.id)
            index = self.index(row, TRACKING)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            changed = True
        if changed:
            self.checked_changed.emit(len(self._checked))

    def toggle(self, row: int) -> None:
        self.set_checked([row], not self.is_checked(row))

    def set_all_checked(self, checked: bool) -> None:
        self.set_checked(range(len(self._items)), checked)

    def all_checked(self) -> bool:
        return bool(self._items) and len(self._checked) == len(self._items)

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Tracking no."), self.tr("Category"), self.tr("Village"),
                self.tr("Crew"), self.tr("Days taken"), self.tr("Note"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TRACKING and self.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == TRACKING and self.checkable:
            return (Qt.CheckState.Checked if item.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == ID_ROLE:
            return item.id
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long names are elided in a narrow column; the whole one is a hover away.
            return item.crew_name if column == CREW else item.description
        if role == Qt.ItemDataRole.ForegroundRole and column == RETURNED:
            return QColor(AMBER)
        if role == Qt.ItemDataRole.FontRole and column in (TRACKING, RETURNED):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != TRACKING or not self.checkable):
            return False
        self.set_checked([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def _text(self, item: SignOffItem, column: int) -> str:
        if column == TRACKING:
            return item.tracking_no
        if column == CATEGORY:
            return category_of(item)
        if column == VILLAGE:
            return village_of(item) or "—"
        if column == CREW:
            return item.crew_name or "—"
        if column == DAYS:
            return self.tr("%n day(s)", "", item.days_taken)
        if not item.returned_before:
            return ""
        return self.tr("Returned %n time(s)", "", item.returned_before)
