"""What the dashboard and the council report show: a period and the figures for it.

Plain values only. `services.dashboard.figures` computes them in the database; the dashboard
page draws them, the council report prints them, and the Excel export writes them. Every
count is of parent complaints: a duplicate linked to another complaint is not counted again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import BE_OFFSET


@dataclass(frozen=True)
class Period:
    """Thai calendar days, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def fiscal_year_period(fiscal_year_be: int) -> Period:
    """ปีงบประมาณ 2570 runs from 1 October 2569 to 30 September 2570 (BE)."""
    ce = fiscal_year_be - BE_OFFSET
    return Period(date(ce - 1, 10, 1), date(ce, 9, 30))


def month_period(year_ce: int, month: int) -> Period:
    first = date(year_ce, month, 1)
    following = date(year_ce + (month == 12), month % 12 + 1, 1)
    return Period(first, following - timedelta(days=1))


def fiscal_year_to_date(day: date) -> Period:
    """From 1 October of the fiscal year holding `day` to `day`."""
    start_year = day.year if day.month >= 10 else day.year - 1
    return Period(date(start_year, 10, 1), day)


def last_twelve_months(day: date) -> Period:
    """The month holding `day` and the eleven before it, whole months."""
    months_back = day.year * 12 + day.month - 1 - 11
    start = date(months_back // 12, months_back % 12 + 1, 1)
    return Period(start, month_period(day.year, day.month).end)


@dataclass(frozen=True)
class StatusCount:
    status: str          # a domain.statuses.Status value
    count: int


@dataclass(frozen=True)
class CategoryCount:
    category_id: int
    name_th: str
    name_en: str         # "" when the office gave none
    colour: str
    open: int            # received in the period and not closed, forwarded or rejected now
    closed: int          # received in the period and closed now
    received: int = 0    # received in the period, whatever their status (>= open + closed)


@dataclass(frozen=True)
class VillageCount:
    village_id: int | None   # None: no village given
    number: int | None
    name: str
    open: int
    closed: int
    received: int = 0        # whatever their status (>= open + closed)
    name_en: str = ""        # for English readers; "" = the Thai name


@dataclass(frozen=True)
class MonthCount:
    year: int            # Gregorian year of the Thai-time month
    month: int           # 1..12
    received: int        # received in that month
    closed: int          # reached "closed" in that month (closed_at, Thai time)


@dataclass(frozen=True)
class CrewOverdue:
    crew_id: int | None      # None: open, overdue and held by no crew
    crew_name: str
    overdue: int


@dataclass(frozen=True)
class ChannelCount:
    channel: str         # a domain.statuses.Channel value
    count: int


@dataclass(frozen=True)
class DashboardFigures:
    period: Period
    today: date                          # "overdue" and "open now" are as of this day
    received: int                        # received in the period
    closed: int                          # received in the period and closed now
    open: int                            # received in the period, still open
    closed_in_period: int                # reached "closed" within the period (any receipt)
    by_status: tuple[StatusCount, ...]   # received in the period, by status now
    by_category: tuple[CategoryCount, ...]   # most complaints first
    by_village: tuple[VillageCount, ...]     # by village number; "no village" last
    by_month: tuple[MonthCount, ...]     # every month of the period, empty ones included
    by_channel: tuple[ChannelCount, ...]     # received in the period
    close_days_median: float | None      # days from receipt to closing, of those closed in
    close_days_p90: float | None         # the period; None when none closed
    closed_within_sla: int               # of closed_in_period: closed on or before due date
    overdue_by_crew: tuple[CrewOverdue, ...]  # open now and past due, most first
    overdue: int                         # open now and past due (all crews)
    reopened: int                        # received in the period and reopened at least once

    @property
    def sla_share(self) -> float | None:
        """Share (0..1) of complaints closed in the period that closed within their SLA."""
        return None if not self.closed_in_period else (
            self.closed_within_sla / self.closed_in_period)
