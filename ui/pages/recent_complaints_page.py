"""The latest complaints at a glance; Enter or a double-click reopens a receipt."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.services import complaints
from fondue_desk.services.views import OfficeView

from ..dialogs.receipt_dialog import ReceiptDialog, ReceiptOpener
from ..models.complaint_table_model import CATEGORY, COMPLAINANT, LOCATION, ComplaintTableModel
from ..style import HINT, PAGE_TITLE

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

RECENT_LIMIT = 200


class RecentComplaintsPage(QWidget):
    def __init__(self, db: Database, office: OfficeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._receipts = ReceiptOpener(db, self)
        self.model = ComplaintTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The free-text columns share whatever width is left instead of pushing the table wide.
        for column in (CATEGORY, LOCATION, COMPLAINANT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # `activated` is Enter on the keyboard and a double-click with the mouse.
        self.table.activated.connect(self._open)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(HINT)
        self._build_layout()
        self.refresh()

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Latest complaints"), self)
        title.setObjectName(PAGE_TITLE)
        hint = QLabel(self.tr("Enter or double-click: show the receipt"), self)
        hint.setObjectName(HINT)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(hint, 1)
        header.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        rows = complaints.recent(self._db, self._office.id, limit=RECENT_LIMIT)
        self.model.set_complaints(rows)
        self.count_label.setText(self.tr("Showing the latest %n complaint(s)", "", len(rows)))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_receipt(self.model.complaint_at(index.row()).id)

    def open_receipt(self, complaint_id: int) -> ReceiptDialog:
        return self._receipts.open(complaint_id)

    def receipt_dialog(self) -> ReceiptDialog | None:
        return self._receipts.current()
