"""The whole register as a Qt table that never holds the whole register.

rowCount is the database's count; rows arrive a page at a time when the view first asks for
one, and only the most recently used pages stay in memory (a clerk scrolling a register of
tens of thousands of complaints must not grow the desk's memory with it). Sorting is an
ORDER BY in the database, never a sort of what happens to be cached.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.phone import mask_phone
from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey
from fondue_desk.services import register
from fondue_desk.services.register import RegisterRow

from ..icons import colour_chip
from ..labels import status_label
from ..style import ERROR

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

TRACKING, RECEIVED, CATEGORY, STATUS, VILLAGE, LOCATION, COMPLAINANT, CREW, DUE = range(9)
# Column order is the SortKey order, so a header click maps straight to a database sort.
SORT_KEYS: tuple[SortKey, ...] = (
    SortKey.TRACKING, SortKey.RECEIVED, SortKey.CATEGORY, SortKey.STATUS, SortKey.VILLAGE,
    SortKey.LOCATION, SortKey.COMPLAINANT, SortKey.CREW, SortKey.DUE,
)
# Where the search terms can be seen in the cell, so the delegate highlights them.
TEXT_COLUMNS = frozenset({TRACKING, LOCATION, COMPLAINANT})
CACHE_PAGES = 50
_Index = QModelIndex | QPersistentModelIndex


class RegisterTableModel(QAbstractTableModel):
    def __init__(self, db: Database, office_id: int, parent=None, *,
                 page_size: int = register.PAGE_SIZE, cache_pages: int = CACHE_PAGES) -> None:
        super().__init__(parent)
        self._db = db
        self._office_id = office_id
        self.page_size = page_size
        self.cache_pages = cache_pages
        self._filter = RegisterFilter()
        self._sort = Sort()
        self._total = 0
        self._sparse = False
        self.terms: list[str] = []
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self.fetched_pages: list[int] = []  # every page read since the last reset (tests, bench)
        self.reload()

    # -- what is shown -------------------------------------------------------------------------
    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, flt: RegisterFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Count and fetch the first page again (filter, sort or the register changed)."""
        self.beginResetModel()
        page = register.first_page(self._db, self._office_id, self._filter, self._sort,
                                   limit=self.page_size)
        self._total = page.total
        self.terms = page.terms
        self._sparse = bool(self._filter.text.strip()) and register.is_sparse(page.total)
        self._pages.clear()
        self._pages[0] = page.rows
        self.fetched_pages = [0]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        wanted = Sort(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        # The view calls sort() once when sorting is switched on; skip a query that changes nothing.
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    # -- rows, a page at a time ----------------------------------------------------------------
    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def row_at(self, row: int) -> RegisterRow | None:
        if not 0 <= row < self._total:
            return None
        number, within = divmod(row, self.page_size)
        rows = self._page(number)
        return rows[within] if within < len(rows) else None  # the register shrank meanwhile

    def _page(self, number: int) -> list[RegisterRow]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        rows = register.fetch(self._db, self._office_id, self._filter, self._sort,
                              offset=number * self.page_size, limit=self.page_size,
                              sparse=self._sparse)
        self.fetched_pages.append(number)
        self._pages[number] = rows
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        return rows

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Tracking no."), self.tr("Received"), self.tr("Category"), self.tr("Status"),
            self.tr("Village"), self.tr("Location"), self.tr("Complainant"), self.tr("Crew"),
            self.tr("Due"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == CATEGORY:
            return colour_chip(row.category_colour)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and row.days_overdue > 0:
            return QBrush(QColor(ERROR))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DUE and row.due_date is not None:
                return thai_date(row.due_date)
            # Elsewhere the description says most: it is not a column, yet searched.
            return row.description
        return None

    def text(self, row: RegisterRow, column: int) -> str:
        if column == TRACKING:
            return row.tracking_no
        if column == RECEIVED:
            local = to_thai(row.received_at)
            return f"{thai_date(local, short=True)} {local:%H:%M}"
        if column == CATEGORY:
            return row.category_name
        if column == STATUS:
            return status_label(row.status)
        if column == VILLAGE:
            return row.village_label
        if column == LOCATION:
            return row.location_text
        if column == COMPLAINANT:
            return self._complainant(row)
        if column == CREW:
            return row.crew_name
        if column == DUE:
            return self._due(row)
        return ""

    def _complainant(self, row: RegisterRow) -> str:
        if row.anonymous:
            return self.tr("Anonymous")
        phone = mask_phone(row.phone)
        return f"{row.complainant_name} ({phone})" if phone else row.complainant_name

    def _due(self, row: RegisterRow) -> str:
        if row.days_overdue > 0:
            return self.tr("%n day(s) overdue", "", row.days_overdue)
        return thai_date(row.due_date, short=True) if row.due_date else ""
