"""Thai time: the offices all run on UTC+7 (no daylight saving), Buddhist Era, fiscal years."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

THAI_TZ = timezone(timedelta(hours=7), "ICT")
BE_OFFSET = 543


def now_thai() -> datetime:
    return datetime.now(THAI_TZ)


def to_thai(moment: datetime) -> datetime:
    """An aware moment in Thai local time; naive values are taken as UTC (how they are stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(THAI_TZ)


def be_year(ce_year: int) -> int:
    return ce_year + BE_OFFSET


def fiscal_year_be(moment: datetime | date) -> int:
    """Thai government fiscal year (1 Oct – 30 Sep) in BE: October 2569 opens FY 2570."""
    day = to_thai(moment).date() if isinstance(moment, datetime) else moment
    return be_year(day.year) + (1 if day.month >= 10 else 0)


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)
