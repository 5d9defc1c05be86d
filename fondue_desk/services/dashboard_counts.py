"""The dashboard's counting queries, shaped so the existing indexes answer them.

At 300,000 complaints what costs is reading table rows, not counting: a complaint row is
read only where no index holds the column a figure needs. So:
- parents = every complaint minus the children: the grouped counts of everything come from
  the covering (office, X, received_at) indexes (status, category, village, channel) and
  (office, closed_at), never touching the table; the children (duplicates: few) are counted
  apart through ix_complaint_parent and subtracted;
- rows are read only for what no index holds: the complaints received in the period and not
  closed (open, forwarded, rejected: a small part of a register), split by category and
  village; "reopened" (reopen_count); and the closings' due dates and days to close;
- months are range counts (one per month) on the covering indexes, not a per-row month key;
- on SQLite, which plans without statistics, the closings are read by one pass over the
  table when they are a large part of it (a fiscal year of them: random lookups through the
  closed_at index cost five times as much) and through the index otherwise.
`bench/dashboard.py` measures the whole against hand-written SQL.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from fondue_desk.db.models import Complaint, Crew
from fondue_desk.db.periods import day_bounds, days_between, month_key, thai_date
from fondue_desk.domain.dashboard import Period, month_period
from fondue_desk.domain.statuses import OPEN_STATUSES, Channel, Status

# Fixed orders: stable statements, so their plans are cached.
_OPEN = sorted(OPEN_STATUSES)
_NOT_CLOSED = sorted(s.value for s in Status if s is not Status.CLOSED)
_EVERY_STATUS = sorted(s.value for s in Status)
_EVERY_CHANNEL = sorted(c.value for c in Channel)
_MONTHS_PER_STATEMENT = 120
# Closings above this share of the office's complaints are read by a pass over the table.
_SCAN_SHARE = 0.25


def _received_in(period: Period) -> list[ColumnElement[bool]]:
    start, end = day_bounds(period.start, period.end)
    return [Complaint.received_at >= start, Complaint.received_at < end]


def _closed_in(period: Period) -> list[ColumnElement[bool]]:
    start, end = day_bounds(period.start, period.end)
    return [Complaint.closed_at >= start, Complaint.closed_at < end]


def _children(office_id: int) -> list[ColumnElement[bool]]:
    # The few children through ix_complaint_parent: `parent_id > 0` is a range an index
    # serves (SQLite never uses one for IS NOT NULL), and `office_id + 0` keeps the office's
    # indexes, which would read every complaint of the period to find them, out.
    return [Complaint.office_id + 0 == office_id, Complaint.parent_id > 0]


# ---- received in the period --------------------------------------------------------------

@dataclass
class Received:
    """Parents received in the period. Tallies: key -> [received, open, closed]."""

    total: int = 0
    statuses: Counter = field(default_factory=Counter)
    channels: Counter = field(default_factory=Counter)
    categories: dict[int, list[int]] = field(default_factory=dict)
    villages: dict[int | None, list[int]] = field(default_factory=dict)


def received(session: Session, office_id: int, period: Period, category_ids: list[int],
             village_ids: list[int]) -> Received:
    """`category_ids`/`village_ids`: the office's, so each is one range of its index."""
    span = [Complaint.office_id == office_id, *_received_in(period)]
    columns = {"status": Complaint.status, "category": Complaint.category_id,
               "village": Complaint.village_id, "channel": Complaint.channel}
    # Everything (children too), each from its covering (office, X, received_at) index, the
    # keys spelled out so each is one range of it instead of a walk of the whole office.
    keys = {"status": _EVERY_STATUS, "category": category_ids, "village": village_ids,
            "channel": _EVERY_CHANNEL}
    every = {name: _grouped(session, columns[name], [*span, columns[name].in_(keys[name])])
             for name in columns}
    every["village"][None] = _count(session, [*span, Complaint.village_id.is_(None)])
    children = session.execute(
        select(*columns.values(), func.count())
        .where(*_children(office_id), *_received_in(period))
        .group_by(*columns.values())).all()
    for *keys_of_child, count in children:
        for name, key in zip(columns, keys_of_child, strict=True):
            every[name][key] -= count
    # The parents not closed: read row by row, but few (open work, forwarded, rejected).
    not_closed = session.execute(
        select(Complaint.status, Complaint.category_id, Complaint.village_id, func.count())
        .where(*span, Complaint.status.in_(_NOT_CLOSED), Complaint.parent_id.is_(None))
        .group_by(Complaint.status, Complaint.category_id, Complaint.village_id)).all()
    found = Received(channels=+every["channel"])
    found.statuses[Status.CLOSED.value] = every["status"][Status.CLOSED.value]
    found.categories = {k: [n, 0, n] for k, n in every["category"].items() if n}
    found.villages = {k: [n, 0, n] for k, n in every["village"].items() if n}
    for status, category_id, village_id, count in not_closed:
        found.statuses[status] += count
        for tally in (found.categories[category_id], found.villages[village_id]):
            tally[1] += count if status in OPEN_STATUSES else 0
            tally[2] -= count
    found.total = sum(found.statuses.values())
    return found


def _grouped(session: Session, column, where: list) -> Counter:
    return Counter(dict(session.execute(
        select(column, func.count()).where(*where).group_by(column)).all()))


# ---- closed in the period ------------------------------------------------------------------

@dataclass(frozen=True)
class Closing:
    count: int
    within_sla: int
    median: float | None
    p90: float | None
    reopened: int        # of the parents received in the period: read in the same pass


def closing(session: Session, dialect: str, office_id: int, period: Period) -> Closing:
    """The parents closed in the period: how many, how many within their SLA, the median and
    90th percentile of their days to close; and the period's reopened parents."""
    count = (_count(session, [Complaint.office_id == office_id, *_closed_in(period)])
             - _count(session, [*_children(office_id), *_closed_in(period)]))
    parents = [Complaint.office_id == office_id, Complaint.parent_id.is_(None)]
    # Closed on or before the due date in Thai days; with no due date there was no limit.
    within = and_(*_closed_in(period), or_(
        Complaint.due_date.is_(None),
        thai_date(dialect, Complaint.closed_at) <= Complaint.due_date))
    reopened = and_(*_received_in(period), Complaint.reopen_count > 0)
    if dialect == "sqlite" and count > _SCAN_SHARE * _count(
            session, [Complaint.office_id == office_id]):
        # `+ 0` keeps every index out: one pass in table order reads both figures, instead
        # of a random lookup per closing (SQLite has no bitmap scan to sort them as
        # PostgreSQL has) and another pass for the reopened.
        parents = [Complaint.office_id + 0 == office_id, (Complaint.parent_id + 0).is_(None)]
        within_sla, reopened_count = session.execute(select(
            func.sum(case((within, 1), else_=0)), func.sum(case((reopened, 1), else_=0))
        ).where(*parents)).one()
    else:
        within_sla = session.scalar(select(func.count()).where(*parents, within))
        reopened_count = session.scalar(select(func.count()).where(*parents, reopened))
    if not count:
        return Closing(0, 0, None, None, reopened_count or 0)
    days = days_between(dialect, Complaint.received_at, Complaint.closed_at)
    median, p90 = _percentiles(session, [*parents, *_closed_in(period)], days, count,
                               (0.5, 0.9))
    return Closing(count, within_sla or 0, median, p90, reopened_count or 0)


def _count(session: Session, where: list) -> int:
    return session.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0


def percentile_position(count: int, p: float) -> tuple[int, float]:
    """Where the p-th percentile (0..1) of `count` sorted values lies: the lower neighbour's
    0-based rank and the fraction of the way to the next one."""
    h = (count - 1) * p
    lower = math.floor(h)
    return lower, h - lower


def _percentiles(session: Session, where: list, days, count: int,
                 ps: tuple[float, ...]) -> list[float]:
    """The values at the ranks the count gives, read in one sort: the k-th value of the
    ordered days is the row numbered k + 1 (as ORDER BY … LIMIT 1 OFFSET k reads it, but one
    sort serves every percentile, not one sort each: 0.45 s instead of 0.7 at 260,000)."""
    positions = [percentile_position(count, p) for p in ps]
    ranks = sorted({rank for lower, _f in positions
                    for rank in (lower + 1, min(lower + 2, count))})
    ordered = select(days.label("days"),
                     func.row_number().over(order_by=days).label("rank")).where(*where).subquery()
    values = dict(session.execute(select(ordered.c.rank, ordered.c.days)
                                  .where(ordered.c.rank.in_(ranks))).all())
    found = []
    for lower, fraction in positions:
        low, high = values[lower + 1], values[min(lower + 2, count)]
        # julianday differences carry ~1e-9 day of float noise: a second is 1.2e-5 day.
        found.append(round(float(low + fraction * (high - low)), 6))
    return found


# ---- per month -----------------------------------------------------------------------------

def by_month(session: Session, dialect: str, office_id: int,
             months: Period) -> list[tuple[int, int, int, int]]:
    """(year, month, received, closed) for every month of the span, cut to the span."""
    spans = [(y, m, Period(max(months.start, p.start), min(months.end, p.end)))
             for y, m in _months_of(months) for p in [month_period(y, m)]]
    received = _month_counts(session, office_id, spans, _received_in)
    closed = _month_counts(session, office_id, spans, _closed_in)
    for column, counts, bounds in ((Complaint.received_at, received, _received_in),
                                   (Complaint.closed_at, closed, _closed_in)):
        key = month_key(dialect, column)
        for month, count in session.execute(
                select(key, func.count()).where(*_children(office_id), *bounds(months))
                .group_by(key)).all():
            counts[month] -= count
    return [(y, m, received[f"{y:04d}-{m:02d}"], closed[f"{y:04d}-{m:02d}"])
            for y, m, _span in spans]


def _month_counts(session: Session, office_id: int, spans, bounds) -> Counter:
    # A range count per month on a covering index: no row read, no month key computed.
    counts = [select(literal(f"{y:04d}-{m:02d}"), func.count()).select_from(Complaint)
              .where(Complaint.office_id == office_id, *bounds(span)) for y, m, span in spans]
    found: Counter = Counter()
    # SQLite joins at most 500 SELECTs in one compound statement: a long range goes in parts.
    for start in range(0, len(counts), _MONTHS_PER_STATEMENT):
        found.update(dict(session.execute(
            union_all(*counts[start:start + _MONTHS_PER_STATEMENT])).all()))
    return found


def _months_of(period: Period) -> list[tuple[int, int]]:
    first = period.start.year * 12 + period.start.month - 1
    last = period.end.year * 12 + period.end.month - 1
    return [(n // 12, n % 12 + 1) for n in range(first, last + 1)]


# ---- overdue now, per crew -----------------------------------------------------------------

def overdue_by_crew(session: Session, office_id: int,
                    today: date) -> list[tuple[int | None, str, int]]:
    """(crew id, crew name, overdue) of open parents past their due date, most first."""
    crew = (Complaint.crew_id + 0).label("crew")
    counted = (select(crew, func.count().label("overdue"))
               # As the register's "overdue" words it: the open-status range drives the
               # query, not the due-date index ("before today" is nearly all of it), and
               # `crew_id + 0` keeps SQLite from walking the crew index to group.
               .where(Complaint.office_id == office_id, Complaint.parent_id.is_(None),
                      Complaint.status.in_(_OPEN),
                      func.coalesce(Complaint.due_date, date.max) < today)
               .group_by(crew).subquery())
    rows = session.execute(select(counted.c.crew, Crew.name, counted.c.overdue)
                           .outerjoin(Crew, Crew.id == counted.c.crew)).all()
    rows.sort(key=lambda r: (-r.overdue, r.crew is None, r.name or "", r.crew or 0))
    return [(r.crew, r.name or "", r.overdue) for r in rows]
