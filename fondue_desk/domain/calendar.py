"""Thai time: the offices all run on UTC+7 (no daylight saving), Buddhist Era, fiscal years."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

THAI_TZ = timezone(timedelta(hours=7), "ICT")
BE_OFFSET = 543

Clock = Callable[[], datetime]


def wall_clock() -> datetime:
    return datetime.now(THAI_TZ)


# The one place the core learns what time it is. Tests pin it (tests/conftest.py) so that no
# result depends on the day the suite happens to run; the app never changes it.
_clock: Clock = wall_clock


def now_thai() -> datetime:
    """Now, aware, in Thai time: the only way code in this project reads the clock."""
    return to_thai(_clock())


def today_thai() -> date:
    """Today's date in Thailand (for the UI: date pickers, "overdue", this year)."""
    return now_thai().date()


def set_clock(clock: Clock | None) -> Clock:
    """Replace the clock (None restores the wall clock); returns the clock it replaced."""
    global _clock
    previous = _clock
    _clock = clock or wall_clock
    return previous


def fixed_clock(moment: datetime, *, tick: bool = False) -> Clock:
    """A clock set to `moment` (naive values are taken as Thai time). A ticking clock moves on
    from there with real elapsed time, so successive events still come in order."""
    start = to_thai(moment.replace(tzinfo=THAI_TZ) if moment.tzinfo is None else moment)
    if not tick:
        return lambda: start
    # monotonic, not time.time: a process travelled by time-machine must not move it twice.
    started = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - started)


@contextmanager
def pinned_clock(moment: datetime | Clock, *, tick: bool = False) -> Iterator[None]:
    """Within the block the core's clock reads `moment` (or calls it, if it is a clock)."""
    previous = set_clock(moment if callable(moment) else fixed_clock(moment, tick=tick))
    try:
        yield
    finally:
        set_clock(previous)


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
