"""The whole register as a Qt table that never holds the whole register.

rowCount is the database's count; rows arrive a page at a time when the view first asks for
one, and only the most recently used pages stay in memory (a clerk scrolling a register of
tens of thousands of complaints must not grow the desk's memory with it). Sorting is an
ORDER BY in the database, never a sort of what happens to be cached.

A new filter or sort is a query on a worker thread (`RegisterQueries`): the table keeps
showing the previous result until the new one is complete, then swaps it in with one
reset. A newer request cancels the older one, whose result is dropped unseen.
"""
from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from fondue_desk.domain.phone import mask_phone
from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey
from fondue_desk.services import register
from fondue_desk.services.register import RegisterRow

from ..dates import short_date, short_datetime, shown_date
from ..icons import colour_chip
from ..labels import category_of, status_label, ui_language, village_of
from ..style import ERROR
from ..widgets.highlight_delegate import match_snippet

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

(TRACKING, RECEIVED, CATEGORY, DESCRIPTION, STATUS, VILLAGE, LOCATION, COMPLAINANT, CREW,
 DUE) = range(10)
# A header click maps straight to a database sort; the description has none.
SORT_KEYS: tuple[SortKey | None, ...] = (
    SortKey.TRACKING, SortKey.RECEIVED, SortKey.CATEGORY, None, SortKey.STATUS,
    SortKey.VILLAGE, SortKey.LOCATION, SortKey.COMPLAINANT, SortKey.CREW, SortKey.DUE,
)
# Where the search words can be seen in the cell, so the delegate highlights them.
TEXT_COLUMNS = frozenset({TRACKING, CATEGORY, DESCRIPTION, LOCATION, COMPLAINANT})
CACHE_PAGES = 50
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Request:
    generation: int
    flt: RegisterFilter
    sort: Sort
    keep_id: int | None  # the complaint the detail pane shows: is it still in the result?


@dataclass(frozen=True)
class QueryResult:
    generation: int
    flt: RegisterFilter
    sort: Sort
    page: register.RegisterPage
    keep_id: int | None
    keeps: bool  # keep_id is among the result's rows


class RegisterQueries(QObject):
    """One worker thread that answers the latest request only.

    A request arriving while another runs sets the running one's cancel flag (the search
    checks it between steps) and waits in a one-place slot, so a burst of keystrokes costs
    at most the query in flight plus the last one.
    """

    answered = Signal(object)  # QueryResult, on the GUI thread
    failed = Signal(object)  # (generation, exception)

    def __init__(self, db: Database, office_id: int, page_size: int, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._office_id = office_id
        self._page_size = page_size
        self._wake = threading.Condition()
        self._next: _Request | None = None
        self._latest = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="register-queries", daemon=True)
        self._thread.start()
        # The search index is read on a thread of its own: a sort or a filter asked meanwhile
        # need not wait for it; only a search does (on the index's lock).
        threading.Thread(target=self._prepare, name="register-index", daemon=True).start()

    @property
    def latest(self) -> int:
        return self._latest

    def ask(self, flt: RegisterFilter, sort: Sort, keep_id: int | None) -> int:
        with self._wake:
            self._latest += 1
            self._next = _Request(self._latest, flt, sort, keep_id)
            self._wake.notify()
            return self._latest

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._next = None
            self._wake.notify()

    def _prepare(self) -> None:
        # Any failure here is met again, and reported, by the first search that needs the index.
        with contextlib.suppress(Exception):
            register.prepare_search(self._db)

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._next is None and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                request, self._next = self._next, None
            self._answer(request)

    def _answer(self, request: _Request) -> None:
        def superseded() -> bool:
            return self._closed or request.generation != self._latest

        try:
            page = register.first_page(self._db, self._office_id, request.flt, request.sort,
                                       limit=self._page_size, cancelled=superseded)
            keeps = request.keep_id is not None and (
                any(r.id == request.keep_id for r in page.rows)
                or register.contains(self._db, self._office_id, request.flt,
                                     request.keep_id, ids=page.ids))
            result = QueryResult(request.generation, request.flt, request.sort, page,
                                 request.keep_id, keeps)
        except register.Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown by the page; the worker must live on
            if not superseded():
                self._emit(self.failed, (request.generation, exc))
            return
        if not superseded():
            self._emit(self.answered, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the model was deleted meanwhile (the page closed)
            self.close()


class RegisterTableModel(QAbstractTableModel):
    searching = Signal(bool)  # a query is on its way (the page says so)
    answered = Signal(object)  # QueryResult just shown (after the reset)
    failed = Signal(object)  # the exception of a query that could not be answered

    def __init__(self, db: Database, office_id: int, parent=None, *,
                 page_size: int = register.PAGE_SIZE, cache_pages: int = CACHE_PAGES) -> None:
        super().__init__(parent)
        self._db = db
        self._office_id = office_id
        self.page_size = page_size
        self.cache_pages = cache_pages
        self._filter = RegisterFilter()
        self._sort = Sort()
        self._wanted = (self._filter, self._sort)
        self._total = 0
        self._ids = None  # a search's ids in display order (pages are read by id)
        self.terms: list[str] = []
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self.fetched_pages: list[int] = []  # every page read since the last reset (tests, bench)
        self.shown_generations: list[int] = []  # every result shown (tests: none superseded)
        self._queries = RegisterQueries(db, office_id, page_size, self)
        self._queries.answered.connect(self._show)
        self._queries.failed.connect(self._failed)
        self.destroyed.connect(self._queries.close)
        # The unfiltered register at start: read here, so the page opens with its rows.
        self._apply(register.first_page(db, office_id, self._filter, self._sort,
                                        limit=page_size))

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

    @property
    def wanted(self) -> tuple[RegisterFilter, Sort]:
        """The filter and sort asked for last (shown once `busy` is False)."""
        return self._wanted

    @property
    def busy(self) -> bool:
        return self._queries.latest != (self.shown_generations or [0])[-1]

    def set_filter(self, flt: RegisterFilter, *, keep_id: int | None = None) -> None:
        self._ask(flt, self._wanted[1], keep_id)

    def reload(self, *, keep_id: int | None = None) -> int:
        """Count and fetch the first page again (the register changed), off the GUI thread;
        returns the request's number (QueryResult.generation)."""
        return self._ask(*self._wanted, keep_id)

    def _ask(self, flt: RegisterFilter, sort: Sort, keep_id: int | None) -> int:
        self._wanted = (flt, sort)
        generation = self._queries.ask(flt, sort, keep_id)
        self.searching.emit(True)
        return generation

    def _show(self, result: QueryResult) -> None:
        if result.generation != self._queries.latest:
            return  # a newer request is on its way: this one is never shown
        self.beginResetModel()
        self._filter, self._sort = result.flt, result.sort
        self._apply(result.page)
        self.shown_generations.append(result.generation)
        self.endResetModel()
        self.searching.emit(False)
        self.answered.emit(result)

    def _apply(self, page: register.RegisterPage) -> None:
        self._total = page.total
        self.terms = page.terms
        self._ids = page.ids
        self._pages.clear()
        self._pages[0] = page.rows
        self.fetched_pages = [0]

    def _failed(self, failure) -> None:
        generation, error = failure
        if generation == self._queries.latest:
            self.shown_generations.append(generation)  # nothing more is coming for it
            self.searching.emit(False)
            self.failed.emit(error)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS) or SORT_KEYS[column] is None:
            return
        wanted = Sort(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder, ui_language())
        # The view calls sort() once when sorting is switched on; skip a query that changes nothing.
        if wanted != self._wanted[1]:
            self._ask(self._wanted[0], wanted, None)

    def sort_column(self) -> int:
        return SORT_KEYS.index(self._sort.key)

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
        start = number * self.page_size
        if self._ids is not None:
            rows = register.fetch_ids(self._db, self._ids[start:start + self.page_size])
        else:
            rows = register.fetch(self._db, self._office_id, self._filter, self._sort,
                                  offset=start, limit=self.page_size)
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
            self.tr("Tracking no."), self.tr("Received"), self.tr("Category"),
            self.tr("Details"), self.tr("Status"), self.tr("Village"), self.tr("Location"),
            self.tr("Complainant"), self.tr("Crew"), self.tr("Due"),
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
                return shown_date(row.due_date)
            # Elsewhere the description says most: its column shows only a line of it.
            return row.description
        return None

    def text(self, row: RegisterRow, column: int) -> str:
        if column == TRACKING:
            return row.tracking_no
        if column == RECEIVED:
            return short_datetime(row.received_at)
        if column == CATEGORY:
            return category_of(row)
        if column == DESCRIPTION:
            # One line, from a little before the first match, so the match is in sight.
            return match_snippet(row.description, self.terms)
        if column == STATUS:
            return status_label(row.status)
        if column == VILLAGE:
            return village_of(row)
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
        return short_date(row.due_date) if row.due_date else ""
