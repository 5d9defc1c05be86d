"""The register list as a Qt table: one row per ComplaintView, newest first."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.domain.phone import mask_phone
from fondue_desk.domain.statuses import OPEN_STATUSES
from fondue_desk.services.views import ComplaintView

from ..icons import colour_chip
from ..labels import status_label
from ..style import ERROR

TRACKING, RECEIVED, CATEGORY, STATUS, VILLAGE, LOCATION, COMPLAINANT, DUE = range(8)
_Index = QModelIndex | QPersistentModelIndex


class ComplaintTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintView] = []
        self._today = now_thai().date()

    def set_complaints(self, rows: list[ComplaintView], *, today: date | None = None) -> None:
        """Replace the rows; `today` decides what counts as overdue (Thai calendar day)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or now_thai().date()
        self.endResetModel()

    def complaint_at(self, row: int) -> ComplaintView:
        return self._rows[row]

    def row_of(self, complaint_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == complaint_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else DUE + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Tracking no."), self.tr("Received"), self.tr("Category"), self.tr("Status"),
            self.tr("Village"), self.tr("Location"), self.tr("Complainant"), self.tr("Due"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        complaint = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(complaint, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CATEGORY:
            return colour_chip(complaint.category_colour)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and self.is_overdue(complaint):
            return QBrush(QColor(ERROR))
        if role == Qt.ItemDataRole.ToolTipRole:
            # The free-text columns are often cut short; elsewhere the details say most.
            if column in (CATEGORY, LOCATION, COMPLAINANT):
                return self._text(complaint, column)
            return complaint.description
        return None

    def is_overdue(self, complaint: ComplaintView) -> bool:
        return (complaint.due_date is not None and complaint.due_date < self._today
                and complaint.status in OPEN_STATUSES)

    def _text(self, c: ComplaintView, column: int) -> str:
        if column == TRACKING:
            return c.tracking_no
        if column == RECEIVED:
            # The short form keeps the column narrow: "24 พ.ย. 2569 12:50" (Buddhist Era).
            local = to_thai(c.received_at)
            return f"{thai_date(local, short=True)} {local:%H:%M}"
        if column == CATEGORY:
            return c.category_name
        if column == STATUS:
            return status_label(c.status)
        if column == VILLAGE:
            return c.village_label
        if column == LOCATION:
            return c.location_text
        if column == COMPLAINANT:
            return self._complainant(c)
        if column == DUE:
            return thai_date(c.due_date, short=True) if c.due_date else ""
        return ""

    def _complainant(self, c: ComplaintView) -> str:
        if c.anonymous:
            return self.tr("Anonymous")
        phone = mask_phone(c.phone)
        return f"{c.complainant_name} ({phone})" if phone else c.complainant_name
