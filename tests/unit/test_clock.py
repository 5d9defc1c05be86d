"""The core's one clock: replaceable, so no result depends on the day the code runs."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from fondue_desk.domain import calendar
from fondue_desk.domain.calendar import (
    THAI_TZ,
    fiscal_year_be,
    fixed_clock,
    now_thai,
    pinned_clock,
    set_clock,
    today_thai,
)


def test_every_test_runs_at_the_pinned_moment(now, today):
    assert now.tzinfo is not None and now.utcoffset() == timedelta(hours=7)
    assert today == now.date()
    # The pinned clock ticks on from the moment, so events of one test stay in order.
    first = now_thai()
    assert timedelta(0) <= first - now < timedelta(minutes=5)
    assert now_thai() >= first
    assert today_thai() == today


def test_a_pinned_clock_reads_the_moment_in_thai_time():
    moment = datetime(2027, 9, 30, 16, 55, tzinfo=UTC)  # 23:55 in Bangkok
    with pinned_clock(moment):
        assert now_thai() == moment and now_thai().utcoffset() == timedelta(hours=7)
        assert today_thai() == date(2027, 9, 30)
        assert fiscal_year_be(now_thai()) == 2570
    with pinned_clock(moment + timedelta(minutes=10)):  # 00:05 on 1 October: a new year
        assert today_thai() == date(2027, 10, 1) and fiscal_year_be(now_thai()) == 2571


def test_a_naive_moment_is_thai_time():
    with pinned_clock(datetime(2031, 2, 28, 23, 30)):
        assert now_thai() == datetime(2031, 2, 28, 23, 30, tzinfo=THAI_TZ)


def test_pinning_nests_and_restores_the_clock_it_replaced(now):
    outer = calendar._clock
    with pinned_clock(datetime(2030, 1, 1, 9, 0)):
        with pinned_clock(lambda: datetime(2029, 5, 5, 5, 5, tzinfo=THAI_TZ)):
            assert today_thai() == date(2029, 5, 5)
        assert today_thai() == date(2030, 1, 1)
    assert calendar._clock is outer


def test_set_clock_returns_the_old_one_and_none_means_the_wall_clock():
    previous = set_clock(fixed_clock(datetime(2030, 6, 1, 12, 0)))
    try:
        assert today_thai() == date(2030, 6, 1)
        assert set_clock(None) is not previous
        assert calendar._clock is calendar.wall_clock
    finally:
        set_clock(previous)


def test_a_ticking_clock_moves_on_from_its_moment():
    start = datetime(2030, 6, 1, 12, 0, tzinfo=THAI_TZ)
    stopped, ticking = fixed_clock(start), fixed_clock(start, tick=True)
    assert stopped() == stopped() == start
    first = ticking()
    assert start <= first <= ticking() < start + timedelta(minutes=1)
