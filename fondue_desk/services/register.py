"""The complaint register: filtered, sorted, paged rows, counted in the database.

Nothing here loads the whole register: the UI asks for a count and for pages of rows as the
clerk scrolls; exports and the map walk the same query in batches.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, func, literal, select
from sqlalchemy.orm import aliased

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Crew, Office, Village
from fondue_desk.db.search import (
    materialise_hits,
    search_terms,
    text_condition,
)
from fondue_desk.domain.calendar import THAI_TZ, now_thai, to_thai
from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey, days_overdue
from fondue_desk.domain.statuses import OPEN_STATUSES

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


@dataclass(frozen=True)
class RegisterPage:
    rows: list[RegisterRow]
    offset: int
    total: int
    terms: list[str]


_village = aliased(Village)
_columns = (
    Complaint.id, Complaint.tracking_no, Complaint.received_at, Category.name_th,
    Category.colour, Complaint.status, _village.number, _village.name, Complaint.location_text,
    Complaint.anonymous, Complaint.complainant_name, Complaint.phone, Crew.name,
    Complaint.due_date, Complaint.reopen_count, Complaint.channel, Complaint.description,
    Complaint.lat, Complaint.lon,
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
# Below this many text matches, fetching the matches and sorting them beats walking the
# received-date index until a page is full (cost ∝ matches vs ∝ register size / density).
SPARSE_MATCHES = 1000


def conditions(dialect: str, office_id: int, flt: RegisterFilter,
               now: datetime | None = None, *, sparse: bool = False,
               text_clause: ColumnElement[bool] | None = None) -> ColumnElement[bool]:
    """The WHERE clause of a filter; only complaint columns, so counting needs no joins.

    `sparse` says few rows match the text: `office_id + 0` keeps SQLite from walking the
    office's index and makes it start from the matches instead (same rows, other plan).
    """
    local_now = to_thai(now) if now else now_thai()
    today = local_now.date()
    office = (Complaint.office_id + 0) if sparse else Complaint.office_id
    parts: list[ColumnElement[bool]] = [office == office_id]
    if flt.statuses:
        parts.append(Complaint.status.in_(sorted(flt.statuses)))
    if flt.category_ids:
        parts.append(Complaint.category_id.in_(sorted(flt.category_ids)))
    if flt.village_ids:
        parts.append(Complaint.village_id.in_(sorted(flt.village_ids)))
    if flt.channels:
        parts.append(Complaint.channel.in_(sorted(flt.channels)))
    if flt.crew_ids:
        parts.append(Complaint.crew_id.in_(sorted(flt.crew_ids)))
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
    if text_clause is not None:
        parts.append(text_clause)
    elif flt.text.strip():
        parts.append(text_condition(dialect, flt.text, drive_from_matches=sparse))
    return and_(*parts)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=THAI_TZ)


def _order(sort: Sort, flt: RegisterFilter = RegisterFilter()) -> list:
    columns = _SORT_COLUMNS[sort.key]
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
     name, phone, crew, due, reopen, channel, description, lat, lon) = values
    village = f"หมู่ที่ {v_number} {v_name}" if v_number is not None else ""
    return RegisterRow(cid, tracking, to_thai(received), cat_name, colour, status, village,
                       location, anonymous, name, phone, crew or "", due,
                       days_overdue(due, status, today), reopen, channel, description, lat, lon)


def count(db: Database, office_id: int, flt: RegisterFilter, *, now: datetime | None = None) -> int:
    with db.read() as session:
        hits = materialise_hits(session, flt.text) if flt.text.strip() else None
        if hits is not None:
            return _count_hits(session, db.dialect, office_id, flt, hits, now)
        where = conditions(db.dialect, office_id, flt, now, sparse=bool(flt.text.strip()))
        return session.scalar(select(func.count(Complaint.id)).where(where)) or 0


def fetch(db: Database, office_id: int, flt: RegisterFilter, sort: Sort = Sort(), *,
          offset: int = 0, limit: int = PAGE_SIZE, now: datetime | None = None,
          sparse: bool = False) -> list[RegisterRow]:
    """One page of rows. Pass `sparse` when a text search is known to match few rows."""
    today = (to_thai(now) if now else now_thai()).date()
    query = _rows_query(conditions(db.dialect, office_id, flt, now, sparse=sparse), sort, flt)
    with db.read() as session:
        result = session.execute(query.offset(max(0, offset)).limit(max(0, limit)))
        return [_row(values, today) for values in result]


def first_page(db: Database, office_id: int, flt: RegisterFilter, sort: Sort = Sort(), *,
               limit: int = PAGE_SIZE, now: datetime | None = None) -> RegisterPage:
    """What the register shows first: the top rows and how many there are in all."""
    if not flt.text.strip():
        rows = fetch(db, office_id, flt, sort, limit=limit, now=now)
        total = len(rows) if len(rows) < limit else count(db, office_id, flt, now=now)
        return RegisterPage(rows, 0, total, [])
    with db.read() as session:
        hits = materialise_hits(session, flt.text)
        if hits is not None:
            today = (to_thai(now) if now else now_thai()).date()
            total = _count_hits(session, db.dialect, office_id, flt, hits, now)
            where = conditions(db.dialect, office_id, flt, now, sparse=is_sparse(total),
                               text_clause=hits.condition(drive_from_matches=is_sparse(total)))
            result = session.execute(_rows_query(where, sort, flt).limit(max(0, limit)))
            rows = [_row(values, today) for values in result]
            return RegisterPage(rows, 0, total, search_terms(flt.text))
    total = count(db, office_id, flt, now=now)
    rows = fetch(db, office_id, flt, sort, limit=limit, now=now, sparse=is_sparse(total))
    return RegisterPage(rows, 0, total, search_terms(flt.text))


def _count_hits(session, dialect: str, office_id: int, flt: RegisterFilter, hits,
                now: datetime | None) -> int:
    if hits.complete and replace(flt, text="").is_empty and _sole_office(session, office_id):
        return hits.count  # every hit is this office's and no other filter applies
    where = conditions(dialect, office_id, flt, now, sparse=True,
                       text_clause=hits.condition(drive_from_matches=True))
    return session.scalar(select(func.count(Complaint.id)).where(where)) or 0


def _sole_office(session, office_id: int) -> bool:
    return session.execute(select(Office.id).limit(2)).scalars().all() == [office_id]


def is_sparse(total: int) -> bool:
    return total < SPARSE_MATCHES


def iter_rows(db: Database, office_id: int, flt: RegisterFilter, sort: Sort = Sort(), *,
              batch: int = 2000, now: datetime | None = None) -> Iterator[RegisterRow]:
    """Every matching row in order, a batch at a time (exports, the map)."""
    today = (to_thai(now) if now else now_thai()).date()
    query = _rows_query(conditions(db.dialect, office_id, flt, now), sort, flt)
    with db.read() as session:
        result = session.execute(query.execution_options(yield_per=batch))
        for values in result:
            yield _row(values, today)


def row_position(db: Database, office_id: int, flt: RegisterFilter, sort: Sort,
                 complaint_id: int, *, now: datetime | None = None) -> int | None:
    """Where a complaint sits in the current view (to select it from the map), or None."""
    numbered = (
        _joined(select(Complaint.id.label("cid"),
                       func.row_number().over(order_by=_order(sort, flt)).label("position")))
        .where(conditions(db.dialect, office_id, flt, now))
        .subquery()
    )
    with db.read() as session:
        position = session.scalar(select(numbered.c.position).where(numbered.c.cid == complaint_id))
    return None if position is None else position - 1
