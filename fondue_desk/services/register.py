"""The complaint register: filtered, sorted, paged rows, counted in the database.

Nothing here loads the whole register: the UI asks for a count and for pages of rows as the
clerk scrolls; exports and the map walk the same query in batches. A filter with search
words is answered by the in-memory text index (`fondue_desk.search`): the database gives the
ids of the other filters in display order (kept until something changes), the index picks
the rows where every word appears, and the shown rows are read by id.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

import numpy as np
from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, ComplaintFieldValue, Crew, Village
from fondue_desk.db.search import text_condition
from fondue_desk.domain.calendar import THAI_TZ, now_thai, to_thai
from fondue_desk.domain.labels import village_label
from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey, days_overdue
from fondue_desk.domain.statuses import OPEN_STATUSES
from fondue_desk.domain.text import search_words
from fondue_desk.search.engine import Cancelled, for_database

PAGE_SIZE = 200


@dataclass(frozen=True)
class RegisterRow:
    id: int
    tracking_no: str
    received_at: datetime
    category_name: str
    category_colour: str
    status: str
    village_label: str
    location_text: str
    anonymous: bool
    complainant_name: str
    phone: str
    crew_name: str
    due_date: date | None
    days_overdue: int
    reopen_count: int
    channel: str
    description: str
    lat: float | None
    lon: float | None
    # What the UI names in its own language (ui.labels): the category's English name ("" =
    # none given) and the village apart, so "Moo 3 ..." is built there, not parsed back.
    category_name_en: str = ""
    village_number: int | None = None
    village_name: str = ""
    village_name_en: str = ""  # "" = none given


@dataclass(frozen=True, eq=False)
class RegisterPage:
    rows: list[RegisterRow]
    offset: int
    total: int
    terms: list[str]  # the search words, as typed and cleaned (to highlight them)
    # A search's matching ids in display order (fetch_ids reads any page of them); None
    # when the filter has no words and pages are read by offset.
    ids: np.ndarray | None = field(default=None, repr=False)


__all__ = ["PAGE_SIZE", "Cancelled", "RegisterPage", "RegisterRow", "conditions", "contains",
           "count", "fetch", "fetch_ids", "first_page", "iter_rows", "prepare_search",
           "row_position"]


_village = aliased(Village)
_columns = (
    Complaint.id, Complaint.tracking_no, Complaint.received_at, Category.name_th,
    Category.colour, Complaint.status, _village.number, _village.name, Complaint.location_text,
    Complaint.anonymous, Complaint.complainant_name, Complaint.phone, Crew.name,
    Complaint.due_date, Complaint.reopen_count, Complaint.channel, Complaint.description,
    Complaint.lat, Complaint.lon, Category.name_en, _village.name_en,
)
_SORT_COLUMNS: dict[SortKey, tuple] = {
    SortKey.TRACKING: (Complaint.fiscal_year, Complaint.seq),
    SortKey.RECEIVED: (Complaint.received_at,),
    SortKey.CATEGORY: (Category.name_th,),
    SortKey.STATUS: (Complaint.status,),
    SortKey.VILLAGE: (_village.number,),
    SortKey.LOCATION: (Complaint.location_text,),
    SortKey.COMPLAINANT: (Complaint.complainant_name,),
    SortKey.CREW: (Crew.name,),
    SortKey.DUE: (Complaint.due_date,),
}
# Only columns that can really be empty get an explicit NULLS LAST: on SQLite the clause stops
# an index from serving the ORDER BY, which costs a full sort of the register.
_NULLABLE_SORTS = frozenset({SortKey.VILLAGE, SortKey.CREW})
def conditions(dialect: str, office_id: int, flt: RegisterFilter,
               now: datetime | None = None, *, sparse: bool = False) -> ColumnElement[bool]:
    """The WHERE clause of a filter; only complaint columns, so counting needs no joins.

    Search words become SQL here (the map reads its markers with this clause): the same
    rule as the index (every word, in the searched columns or the category name). The
    register itself answers words from the index. `sparse` says few rows match the text:
    `office_id + 0` keeps SQLite from walking the office's index.
    """
    local_now = to_thai(now) if now else now_thai()
    today = local_now.date()
    office = (Complaint.office_id + 0) if sparse else Complaint.office_id
    parts: list[ColumnElement[bool]] = [office == office_id]
    if flt.statuses:
        parts.append(Complaint.status.in_(sorted(flt.statuses)))
    if flt.category_ids:
        parts.append(Complaint.category_id.in_(sorted(flt.category_ids)))
    if flt.village_ids or flt.no_village:
        parts.append(_in_or_none(Complaint.village_id, flt.village_ids, flt.no_village))
    if flt.channels:
        parts.append(Complaint.channel.in_(sorted(flt.channels)))
    if flt.crew_ids or flt.no_crew:
        parts.append(_in_or_none(Complaint.crew_id, flt.crew_ids, flt.no_crew))
    if flt.received_from:
        parts.append(Complaint.received_at >= _start_of(flt.received_from))
    if flt.received_to:
        parts.append(Complaint.received_at < _start_of(flt.received_to + timedelta(days=1)))
    if flt.open_only or flt.overdue_only or flt.open_longer_than_days is not None:
        parts.append(Complaint.status.in_(sorted(OPEN_STATUSES)))
    if flt.overdue_only:
        # Wrapped so the (small) open-status range drives the query, not the due-date index,
        # whose range "before today" spans nearly the whole register.
        parts.append(func.coalesce(Complaint.due_date, date.max) < today)
    if flt.open_longer_than_days is not None:
        parts.append(Complaint.received_at < local_now - timedelta(days=flt.open_longer_than_days))
    if flt.reopened_only:
        parts.append(Complaint.reopen_count > 0)
    if flt.clerk_id is not None:
        parts.append(Complaint.clerk_id == flt.clerk_id)
    if flt.field_choice is not None:
        field_id, key = flt.field_choice
        # Served by the (field_id, choice_key) index of the answers.
        parts.append(Complaint.id.in_(select(ComplaintFieldValue.complaint_id).where(
            ComplaintFieldValue.field_id == field_id, ComplaintFieldValue.choice_key == key)))
    if flt.parents_only:
        parts.append(Complaint.parent_id.is_(None))
    if search_words(flt.text):
        parts.append(text_condition(dialect, flt.text, drive_from_matches=sparse))
    return and_(*parts)


def _in_or_none(column, ids: frozenset[int], or_none: bool) -> ColumnElement[bool]:
    if not ids:
        return column.is_(None)
    chosen = column.in_(sorted(ids))
    return or_(chosen, column.is_(None)) if or_none else chosen


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=THAI_TZ)


def _order(sort: Sort, flt: RegisterFilter = RegisterFilter()) -> list:
    columns = _SORT_COLUMNS[sort.key]
    if sort.key is SortKey.CATEGORY and sort.lang == "en":
        columns = (func.coalesce(func.nullif(func.trim(Category.name_en), ""), Category.name_th),)
    if sort.key is SortKey.DUE and _only_open_work(flt):
        # Open work is a small part of a register; sorting it beats walking the whole
        # due-date index past years of closed complaints (SQLite would choose the walk).
        columns = (func.coalesce(Complaint.due_date, literal(date.max)),)
    order = [column.desc() if sort.descending else column.asc() for column in columns]
    if sort.key in _NULLABLE_SORTS:
        order = [column.nulls_last() for column in order]
    order.append(Complaint.id.desc() if sort.descending else Complaint.id.asc())
    return order


def _only_open_work(flt: RegisterFilter) -> bool:
    return (flt.open_only or flt.overdue_only or flt.open_longer_than_days is not None
            or bool(flt.statuses) and flt.statuses <= OPEN_STATUSES)


def _joined(query: Select) -> Select:
    return (
        query.select_from(Complaint)
        .join(Category, Category.id == Complaint.category_id)
        .outerjoin(_village, _village.id == Complaint.village_id)
        .outerjoin(Crew, Crew.id == Complaint.crew_id)
    )


def _rows_query(where: ColumnElement[bool], sort: Sort, flt: RegisterFilter) -> Select:
    return _joined(select(*_columns)).where(where).order_by(*_order(sort, flt))


def _row(values, today: date) -> RegisterRow:
    (cid, tracking, received, cat_name, colour, status, v_number, v_name, location, anonymous,
     name, phone, crew, due, reopen, channel, description, lat, lon, cat_en, v_en) = values
    village = village_label(v_number, v_name or "")
    return RegisterRow(cid, tracking, to_thai(received), cat_name, colour, status, village,
                       location, anonymous, name, phone, crew or "", due,
                       days_overdue(due, status, today), reopen, channel, description, lat, lon,
                       cat_en or "", v_number, v_name or "", v_en or "")


Cancel = Callable[[], bool]


def count(db: Database, office_id: int, flt: RegisterFilter, *, now: datetime | None = None,
          cancelled: Cancel | None = None) -> int:
    if search_words(flt.text):
        return len(_search(db, office_id, flt, Sort(), now, cancelled))
    with db.read() as session:
        return _count_in(session, conditions(db.dialect, office_id, flt, now))


def _count_in(session: Session, where: ColumnElement[bool]) -> int:
    # count(*), not count(id): PostgreSQL must read `id` for the latter, which no filter
    # index holds, so it could never count from the index alone (150 ms vs 10-45 at 300k).
    return session.scalar(select(func.count()).select_from(Complaint).where(where)) or 0


def fetch(db: Database, office_id: int, flt: RegisterFilter, sort: Sort = Sort(), *,
          offset: int = 0, limit: int = PAGE_SIZE, now: datetime | None = None) -> list[RegisterRow]:
    """One page of rows in display order."""
    offset, limit = max(0, offset), max(0, limit)
    if search_words(flt.text):
        ids = _search(db, office_id, flt, sort, now, None)
        return fetch_ids(db, ids[offset:offset + limit], now=now)
    today = (to_thai(now) if now else now_thai()).date()
    query = _rows_query(conditions(db.dialect, office_id, flt, now), sort, flt)
    with db.read() as session:
        result = session.execute(query.offset(offset).limit(limit))
        return [_row(values, today) for values in result]


def fetch_ids(db: Database, ids: Sequence[int] | np.ndarray, *,
              now: datetime | None = None, office_id: int | None = None) -> list[RegisterRow]:
    """The rows of these complaints, in the order given (a page of a search's `ids`); with
    office_id, another office's ids are left out."""
    wanted = [int(i) for i in ids]
    if not wanted:
        return []
    today = (to_thai(now) if now else now_thai()).date()
    query = _joined(select(*_columns)).where(Complaint.id.in_(wanted))
    if office_id is not None:
        query = query.where(Complaint.office_id == office_id)
    with db.read() as session:
        result = session.execute(query)
        rows = {values[0]: _row(values, today) for values in result}
    return [rows[i] for i in wanted if i in rows]


def first_page(db: Database, office_id: int, flt: RegisterFilter, sort: Sort = Sort(), *,
               limit: int = PAGE_SIZE, now: datetime | None = None,
               cancelled: Cancel | None = None) -> RegisterPage:
    """What the register shows first: the top rows and how many there are in all.

    Raises `Cancelled` when `cancelled()` turns true meanwhile (a newer query replaced it).
    """
    words = search_words(flt.text)
    if words:
        ids = _search(db, office_id, flt, sort, now, cancelled)
        return RegisterPage(fetch_ids(db, ids[:limit], now=now), 0, len(ids), words, ids)
    today = (to_thai(now) if now else now_thai()).date()
    where = conditions(db.dialect, office_id, flt, now)
    # One read for the page and its count: on a server every transaction costs round trips
    # (checkout, BEGIN, ROLLBACK) that were a fifth of a filter's time at 300,000 complaints.
    with db.read() as session:
        result = session.execute(_rows_query(where, sort, flt).limit(max(0, limit)))
        rows = [_row(values, today) for values in result]
        if cancelled is not None and cancelled():
            raise Cancelled
        total = len(rows) if len(rows) < limit else _count_in(session, where)
    return RegisterPage(rows, 0, total, [])


def _search(db: Database, office_id: int, flt: RegisterFilter, sort: Sort,
            now: datetime | None, cancelled: Cancel | None) -> np.ndarray:
    """The ids matching the filter's words, in display order (see fondue_desk.search)."""
    local_now = to_thai(now) if now else now_thai()
    others = replace(flt, text="")
    # The other filters' ids depend on the clock only through these two.
    moment = (local_now.replace(second=0, microsecond=0) if flt.open_longer_than_days is not None
              else local_now.date() if flt.overdue_only else None)
    key = (office_id, others, sort, moment)

    def order_ids(session: Session) -> Sequence[int]:
        query = select(Complaint.id).select_from(Complaint)
        if sort.key is SortKey.CATEGORY:
            query = query.join(Category, Category.id == Complaint.category_id)
        elif sort.key is SortKey.VILLAGE:
            query = query.outerjoin(_village, _village.id == Complaint.village_id)
        elif sort.key is SortKey.CREW:
            query = query.outerjoin(Crew, Crew.id == Complaint.crew_id)
        where = conditions(db.dialect, office_id, others, local_now)
        return session.scalars(query.where(where).order_by(*_order(sort, flt))).all()

    search = for_database(db)
    with db.read() as session:
        return search.ordered_ids(session, search_words(flt.text), key, order_ids,
                                  cancelled or (lambda: False))


def iter_rows(db: Database, office_id: int, flt: RegisterFilter, sort: Sort = Sort(), *,
              batch: int = 2000, now: datetime | None = None) -> Iterator[RegisterRow]:
    """Every matching row in order, a batch at a time (exports, the map)."""
    if search_words(flt.text):
        ids = _search(db, office_id, flt, sort, now, None)
        for start in range(0, len(ids), min(batch, 500)):
            yield from fetch_ids(db, ids[start:start + min(batch, 500)], now=now)
        return
    today = (to_thai(now) if now else now_thai()).date()
    query = _rows_query(conditions(db.dialect, office_id, flt, now), sort, flt)
    with db.read() as session:
        result = session.execute(query.execution_options(yield_per=batch))
        for values in result:
            yield _row(values, today)


def row_position(db: Database, office_id: int, flt: RegisterFilter, sort: Sort,
                 complaint_id: int, *, now: datetime | None = None) -> int | None:
    """Where a complaint sits in the current view (to select it from the map), or None."""
    if search_words(flt.text):
        found = np.flatnonzero(_search(db, office_id, flt, sort, now, None) == complaint_id)
        return int(found[0]) if len(found) else None
    numbered = (
        _joined(select(Complaint.id.label("cid"),
                       func.row_number().over(order_by=_order(sort, flt)).label("position")))
        .where(conditions(db.dialect, office_id, flt, now))
        .subquery()
    )
    with db.read() as session:
        position = session.scalar(select(numbered.c.position).where(numbered.c.cid == complaint_id))
    return None if position is None else position - 1


def contains(db: Database, office_id: int, flt: RegisterFilter, complaint_id: int, *,
             now: datetime | None = None, ids: np.ndarray | None = None) -> bool:
    """Is this complaint among the filter's rows? (`ids`: a search's result, if at hand.)"""
    if search_words(flt.text):
        found = ids if ids is not None else _search(db, office_id, flt, Sort(), now, None)
        return bool((found == complaint_id).any())
    where = and_(conditions(db.dialect, office_id, flt, now), Complaint.id == complaint_id)
    with db.read() as session:
        return session.scalar(select(Complaint.id).where(where)) is not None


def prepare_search(db: Database) -> None:
    """Read the register's text into the search index now (a worker thread at start-up), so
    the first search does not wait for it (some seconds at 300,000 complaints)."""
    with db.read() as session:
        for_database(db).prepare(session)
