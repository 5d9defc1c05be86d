"""The dashboard's figures, counted in the database, and the register filter behind each.

Every figure is a COUNT over complaint columns in the database (the definitions are in
`domain.dashboard`; the queries, shaped for the indexes, in `dashboard_counts`); Python only
adds up grouped counts (a few hundred groups, never rows). `bench/dashboard.py` measures it.

Only parents count: a complaint linked as a duplicate of another (`parent_id` set) is left
out of every figure, and every register filter made here says `parents_only`.

Days to close: elapsed days (with the fraction) from `received_at` to `closed_at` of the
parents that reached "closed" within the period. The median and the 90th percentile are the
linear interpolation between the two nearest ranks (numpy's default, Excel's PERCENTILE.INC):
for n values in ascending order x[0..n-1], the p-th percentile is at h = (n - 1) * p,
x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]). The database reads the two
neighbours by their row numbers in one ORDER BY (see `dashboard_counts`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Village
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

from . import dashboard_counts as counts
from .dashboard_counts import percentile_position

__all__ = ["KINDS", "figures", "percentile_position", "register_filter_for"]


def figures(db: Database, office_id: int, period: Period, *, today: date | None = None,
            months: Period | None = None) -> DashboardFigures:
    """The office's figures for `period` (Thai days, inclusive); "open now" and "overdue" as
    of `today` (default: today in Thailand); `by_month` spans `months` (default `period`),
    every month of it listed, empty ones with 0 (a month cut by the span counts only its
    days inside it)."""
    today = today or today_thai()
    months = months or period
    with db.read() as session:
        if db.dialect == "postgresql":
            # One snapshot for every statement (SQLite's read transaction is one already):
            # the percentiles' ranks come from a count, and the figures must add up.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        category_ids = list(session.scalars(select(Category.id).where(
            Category.office_id == office_id).order_by(Category.id)))
        village_ids = list(session.scalars(select(Village.id).where(
            Village.office_id == office_id).order_by(Village.id)))
        received = counts.received(session, office_id, period, category_ids, village_ids)
        closing = counts.closing(session, db.dialect, office_id, period)
        by_month = counts.by_month(session, db.dialect, office_id, months)
        overdue = counts.overdue_by_crew(session, office_id, today)
        categories = _categories(session, received.categories)
        villages = _villages(session, received.villages)
    return DashboardFigures(
        period=period, today=today, received=received.total,
        closed=received.statuses[Status.CLOSED.value],
        open=sum(received.statuses[s.value] for s in OPEN_STATUSES),
        closed_in_period=closing.count,
        by_status=_by_status(received.statuses),
        by_category=categories, by_village=villages,
        by_month=tuple(MonthCount(*month) for month in by_month),
        by_channel=_by_channel(received.channels),
        close_days_median=closing.median, close_days_p90=closing.p90,
        closed_within_sla=closing.within_sla,
        overdue_by_crew=tuple(CrewOverdue(*crew) for crew in overdue),
        overdue=sum(n for _id, _name, n in overdue), reopened=closing.reopened)


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
    rows = session.execute(select(Village.id, Village.number, Village.name, Village.name_en)
                           .where(Village.id.in_(ids))).all() if ids else []
    rows.sort(key=lambda r: (r.number, r.id))
    found = [VillageCount(r.id, r.number, r.name, open=tallies[r.id][1],
                          closed=tallies[r.id][2], received=tallies[r.id][0],
                          name_en=r.name_en or "") for r in rows]
    if None in tallies:
        received, open_, closed = tallies[None]
        found.append(VillageCount(None, None, "", open=open_, closed=closed, received=received))
    return tuple(found)


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
