"""The dashboard's figures, counted in the database, and the register filter behind each.

Every figure is a GROUP BY / COUNT over complaint columns (the definitions are in
`domain.dashboard`); Python only folds the grouped counts (a few hundred groups, never rows).
At 300,000 complaints one call reads the period's rows once for everything received in it
(`ix_complaint_office_received`), the closed ones by `ix_complaint_office_closed`, the open
ones by `ix_complaint_office_status_received`; `bench/dashboard.py` measures it.

Only parents count: a complaint linked as a duplicate of another (`parent_id` set) is left
out of every figure, and every register filter made here says `parents_only`.

Days to close: elapsed days (with the fraction) from `received_at` to `closed_at` of the
parents that reached "closed" within the period. The median and the 90th percentile are the
linear interpolation between the two nearest ranks (numpy's default, Excel's PERCENTILE.INC):
for n values in ascending order x[0..n-1], the p-th percentile is at h = (n - 1) * p,
x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]). The database finds the two
neighbours with ORDER BY … LIMIT 2 OFFSET floor(h).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Crew, Village
from fondue_desk.db.periods import day_bounds, days_between, month_key, thai_date
from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.dashboard import (
    CategoryCount,
    ChannelCount,
    CrewOverdue,
    DashboardFigures,
    MonthCount,
    Period,
    StatusCount,
    VillageCount,
    month_period,
)
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.domain.statuses import OPEN_STATUSES, Channel, Status

__all__ = ["KINDS", "figures", "percentile_position", "register_filter_for"]

# Open statuses in a fixed order: a stable statement, so its plan is cached.
_OPEN = sorted(OPEN_STATUSES)


def figures(db: Database, office_id: int, period: Period, *, today: date | None = None,
            months: Period | None = None) -> DashboardFigures:
    """The office's figures for `period` (Thai days, inclusive); "open now" and "overdue" as
    of `today` (default: today in Thailand); `by_month` spans `months` (default `period`),
    every month of it listed, empty ones with 0 (a month cut by the span counts only its
    days inside it)."""
    today = today or today_thai()
    months = months or period
    dialect = db.dialect
    with db.read() as session:
        received = _received(session, office_id, period)
        closing = _closing(session, dialect, office_id, period)
        by_month = _by_month(session, dialect, office_id, months)
        overdue_by_crew = _overdue_by_crew(session, office_id, today)
        categories = _categories(session, received.categories)
        villages = _villages(session, received.villages)
    return DashboardFigures(
        period=period, today=today, received=received.total,
        closed=received.statuses[Status.CLOSED],
        open=sum(received.statuses[s] for s in OPEN_STATUSES),
        closed_in_period=closing.count,
        by_status=_by_status(received.statuses),
        by_category=categories, by_village=villages, by_month=by_month,
        by_channel=_by_channel(received.channels),
        close_days_median=closing.median, close_days_p90=closing.p90,
        closed_within_sla=closing.within_sla, overdue_by_crew=overdue_by_crew,
        overdue=sum(crew.overdue for crew in overdue_by_crew), reopened=received.reopened)


# ---- received in the period: one pass, grouped four ways at once -------------------------

@dataclass
class _Received:
    total: int = 0
    reopened: int = 0
    statuses: Counter = field(default_factory=Counter)
    channels: Counter = field(default_factory=Counter)
    # id -> [received, open, closed]
    categories: dict[int, list[int]] = field(default_factory=dict)
    villages: dict[int | None, list[int]] = field(default_factory=dict)


def _parents(office_id: int) -> list[ColumnElement[bool]]:
    return [Complaint.office_id == office_id, Complaint.parent_id.is_(None)]


def _received_in(period: Period) -> list[ColumnElement[bool]]:
    start, end = day_bounds(period.start, period.end)
    return [Complaint.received_at >= start, Complaint.received_at < end]


def _received(session: Session, office_id: int, period: Period) -> _Received:
    # One scan of the period's rows grouped by all four keys beats four scans: the groups
    # (statuses × categories × villages × channels that occur) are a few hundred at most.
    query = (select(Complaint.status, Complaint.category_id, Complaint.village_id,
                    Complaint.channel, func.count(),
                    func.sum(case((Complaint.reopen_count > 0, 1), else_=0)))
             .where(*_parents(office_id), *_received_in(period))
             .group_by(Complaint.status, Complaint.category_id, Complaint.village_id,
                       Complaint.channel))
    found = _Received()
    for status, category_id, village_id, channel, count, reopened in session.execute(query):
        found.total += count
        found.reopened += reopened or 0
        found.statuses[status] += count
        found.channels[channel] += count
        is_open, is_closed = status in OPEN_STATUSES, status == Status.CLOSED
        for key, table in ((category_id, found.categories), (village_id, found.villages)):
            tally = table.setdefault(key, [0, 0, 0])
            tally[0] += count
            tally[1] += count if is_open else 0
            tally[2] += count if is_closed else 0
    return found


def _by_status(statuses: Counter) -> tuple[StatusCount, ...]:
    known = [StatusCount(s.value, statuses[s.value]) for s in Status]
    others = [StatusCount(s, n) for s, n in sorted(statuses.items()) if s not in set(Status)]
    return tuple(known + others)


def _by_channel(channels: Counter) -> tuple[ChannelCount, ...]:
    known = [ChannelCount(c.value, channels[c.value]) for c in Channel]
    others = [ChannelCount(c, n) for c, n in sorted(channels.items()) if c not in set(Channel)]
    return tuple(known + others)


def _categories(session: Session, tallies: dict[int, list[int]]) -> tuple[CategoryCount, ...]:
    if not tallies:
        return ()
    rows = session.execute(select(Category.id, Category.name_th, Category.name_en,
                                  Category.colour, Category.sort_order)
                           .where(Category.id.in_(sorted(tallies)))).all()
    rows.sort(key=lambda r: (-tallies[r.id][0], r.sort_order, r.name_th, r.id))
    return tuple(CategoryCount(r.id, r.name_th, r.name_en or "", r.colour,
                               open=tallies[r.id][1], closed=tallies[r.id][2],
                               received=tallies[r.id][0]) for r in rows)


def _villages(session: Session, tallies: dict[int | None, list[int]]) -> tuple[VillageCount, ...]:
    ids = sorted(k for k in tallies if k is not None)
    rows = session.execute(select(Village.id, Village.number, Village.name)
                           .where(Village.id.in_(ids))).all() if ids else []
    rows.sort(key=lambda r: (r.number, r.id))
    found = [VillageCount(r.id, r.number, r.name, open=tallies[r.id][1],
                          closed=tallies[r.id][2], received=tallies[r.id][0]) for r in rows]
    if None in tallies:
        received, open_, closed = tallies[None]
        found.append(VillageCount(None, None, "", open=open_, closed=closed, received=received))
    return tuple(found)


# ---- closed in the period: count, within SLA, days to close ------------------------------

@dataclass(frozen=True)
class _Closing:
    count: int
    within_sla: int
    median: float | None
    p90: float | None


def _closed_in(period: Period) -> list[ColumnElement[bool]]:
    start, end = day_bounds(period.start, period.end)
    return [Complaint.closed_at >= start, Complaint.closed_at < end]


def _closing(session: Session, dialect: str, office_id: int, period: Period) -> _Closing:
    where = [*_parents(office_id), *_closed_in(period)]
    # Closed on or before the due date in Thai days; with no due date there was no limit.
    within = or_(Complaint.due_date.is_(None),
                 thai_date(dialect, Complaint.closed_at) <= Complaint.due_date)
    count, within_sla = session.execute(
        select(func.count(), func.sum(case((within, 1), else_=0))).where(*where)).one()
    if not count:
        return _Closing(0, 0, None, None)
    days = days_between(dialect, Complaint.received_at, Complaint.closed_at)
    values = [_percentile(session, where, days, count, p) for p in (0.5, 0.9)]
    return _Closing(count, within_sla or 0, values[0], values[1])


def percentile_position(count: int, p: float) -> tuple[int, float]:
    """Where the p-th percentile (0..1) of `count` sorted values lies: the lower neighbour's
    0-based rank and the fraction of the way to the next one."""
    h = (count - 1) * p
    lower = math.floor(h)
    return lower, h - lower


def _percentile(session: Session, where: list, days: ColumnElement[float], count: int,
                p: float) -> float:
    lower, fraction = percentile_position(count, p)
    neighbours = session.scalars(select(days).where(*where).order_by(days)
                                 .limit(2).offset(lower)).all()
    value = neighbours[0]
    if fraction and len(neighbours) > 1:
        value += fraction * (neighbours[1] - neighbours[0])
    # julianday differences carry ~1e-9 day of float noise: a second is 1.2e-5 day.
    return round(float(value), 6)


# ---- per month -------------------------------------------------------------------------

def _by_month(session: Session, dialect: str, office_id: int,
              months: Period) -> tuple[MonthCount, ...]:
    received_key = month_key(dialect, Complaint.received_at)
    closed_key = month_key(dialect, Complaint.closed_at)
    received = dict(session.execute(
        select(received_key, func.count()).where(*_parents(office_id), *_received_in(months))
        .group_by(received_key)).all())
    closed = dict(session.execute(
        select(closed_key, func.count()).where(*_parents(office_id), *_closed_in(months))
        .group_by(closed_key)).all())
    return tuple(MonthCount(y, m, received.get(f"{y:04d}-{m:02d}", 0),
                            closed.get(f"{y:04d}-{m:02d}", 0)) for y, m in _months_of(months))


def _months_of(period: Period) -> list[tuple[int, int]]:
    first = period.start.year * 12 + period.start.month - 1
    last = period.end.year * 12 + period.end.month - 1
    return [(n // 12, n % 12 + 1) for n in range(first, last + 1)]


# ---- overdue now, per crew -----------------------------------------------------------------

def _overdue_now(today: date) -> list[ColumnElement[bool]]:
    # As the register's "overdue" filter words it: the open-status range drives the query,
    # not the due-date index, whose range "before today" spans nearly the whole register.
    return [Complaint.status.in_(_OPEN), func.coalesce(Complaint.due_date, date.max) < today]


def _overdue_by_crew(session: Session, office_id: int, today: date) -> tuple[CrewOverdue, ...]:
    counted = (select(Complaint.crew_id, func.count().label("overdue"))
               .where(*_parents(office_id), *_overdue_now(today))
               .group_by(Complaint.crew_id).subquery())
    rows = session.execute(select(counted.c.crew_id, Crew.name, counted.c.overdue)
                           .outerjoin(Crew, Crew.id == counted.c.crew_id)).all()
    rows.sort(key=lambda r: (-r.overdue, r.crew_id is None, r.name or "", r.crew_id or 0))
    return tuple(CrewOverdue(r.crew_id, r.name or "", r.overdue) for r in rows)


# ---- the register behind a bar ---------------------------------------------------------

KINDS = frozenset({"received", "status", "category", "village", "channel", "month",
                   "crew_overdue", "reopened", "overdue", "open", "closed"})
_PART_STATUSES = {"open": frozenset(OPEN_STATUSES), "closed": frozenset({Status.CLOSED.value})}
_SIMPLE: dict[str, dict] = {"received": {}, "open": {"open_only": True},
                            "closed": {"statuses": _PART_STATUSES["closed"]},
                            "reopened": {"reopened_only": True}}


def register_filter_for(kind: str, key, period: Period) -> RegisterFilter:
    """The register filter a click on a figure opens; the register then counts exactly the
    figure's number.

    kind / key: "received", "open", "closed", "reopened" (key ignored: the period's);
    "status" (a status value); "channel" (a channel value); "category" (a category id, or
    (id, "open" | "closed") for one part of its bar); "village" (a village id or None for
    "no village", or (that, "open" | "closed")); "month" ((year, month): received in that
    month, within `period`); "crew_overdue" (a crew id, or None: held by no crew) and
    "overdue" (key ignored): as of today, whenever received.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown dashboard figure {kind!r}")
    if kind == "overdue":
        return RegisterFilter(parents_only=True, overdue_only=True)
    if kind == "crew_overdue":
        if key is None:
            return RegisterFilter(parents_only=True, overdue_only=True, no_crew=True)
        return RegisterFilter(parents_only=True, overdue_only=True, crew_ids=frozenset({key}))
    if kind == "month":
        year, month = key
        whole = month_period(year, month)
        return RegisterFilter(parents_only=True, received_from=max(whole.start, period.start),
                              received_to=min(whole.end, period.end))
    dated = RegisterFilter(parents_only=True, received_from=period.start,
                           received_to=period.end)
    if kind in _SIMPLE:
        return replace(dated, **_SIMPLE[kind])
    if kind == "status":
        return replace(dated, statuses=frozenset({key}))
    if kind == "channel":
        return replace(dated, channels=frozenset({key}))
    ident, part = key if isinstance(key, tuple) else (key, None)
    if part is not None:
        dated = replace(dated, statuses=_PART_STATUSES[part])
    if kind == "category":
        return replace(dated, category_ids=frozenset({ident}))
    if ident is None:
        return replace(dated, no_village=True)
    return replace(dated, village_ids=frozenset({ident}))
