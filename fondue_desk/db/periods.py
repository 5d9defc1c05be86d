"""Thai-time calendar arithmetic on stored UTC columns, as SQL for each backend.

Datetimes are stored as naive UTC (`UtcDateTime`); the dashboard groups and compares them by
Thai calendar days and months (UTC+7, no daylight saving), inside the database. This module is
the one place that knows how each dialect spells that:
- SQLite stores a datetime as text ("2026-11-30 17:30:00.000000"), which its date functions
  read directly; `strftime`/`date`/`julianday` with the '+7 hours' modifier;
- PostgreSQL stores `timestamp without time zone`; adding an interval and `to_char`/a cast
  to `date`/`extract(epoch …)` do the same.
Every expression returns the same kind of value on both: a 'YYYY-MM' text month key, a date
(text 'YYYY-MM-DD' on SQLite, which compares with a stored date as text does), a float of
days.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Date, Float, String, cast, func, literal_column
from sqlalchemy.sql.expression import type_coerce

from fondue_desk.domain.calendar import THAI_TZ

THAI_OFFSET_HOURS = 7


def month_key(dialect: str, column: ColumnElement) -> ColumnElement[str]:
    """The Thai-time month of a UTC datetime column as 'YYYY-MM'."""
    if dialect == "sqlite":
        return type_coerce(func.strftime("%Y-%m", column, f"+{THAI_OFFSET_HOURS} hours"), String)
    return type_coerce(func.to_char(column + _pg_offset(), "YYYY-MM"), String)


def thai_date(dialect: str, column: ColumnElement) -> ColumnElement:
    """The Thai calendar day of a UTC datetime column, comparable with a Date column."""
    if dialect == "sqlite":
        # Text 'YYYY-MM-DD', as SQLite stores Date columns: they compare as text.
        return type_coerce(func.date(column, f"+{THAI_OFFSET_HOURS} hours"), String)
    return cast(column + _pg_offset(), Date)


def days_between(dialect: str, start: ColumnElement, end: ColumnElement) -> ColumnElement[float]:
    """Elapsed days from `start` to `end` (both UTC datetime columns), with the fraction."""
    if dialect == "sqlite":
        return type_coerce(func.julianday(end) - func.julianday(start), Float)
    return type_coerce(func.extract("epoch", end - start) / 86400.0, Float)


def _pg_offset() -> ColumnElement:
    return literal_column(f"INTERVAL '{THAI_OFFSET_HOURS} hours'")


def start_of_day(day: date) -> datetime:
    """The moment a Thai calendar day starts (aware; stored columns compare in UTC)."""
    return datetime.combine(day, time(0, 0), tzinfo=THAI_TZ)


def day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """[start of `first`, start of the day after `last`) in Thai time: a period's moments."""
    return start_of_day(first), start_of_day(last + timedelta(days=1))


__all__ = ["THAI_OFFSET_HOURS", "day_bounds", "days_between", "month_key", "start_of_day",
           "thai_date"]
