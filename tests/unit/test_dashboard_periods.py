"""The dashboard's periods, percentile ranks, the register filter behind each figure, and the
Thai-time SQL each backend gets (compiled, not run: the integration tests run it)."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from fondue_desk.db.models import Complaint
from fondue_desk.db.periods import day_bounds, days_between, month_key, thai_date
from fondue_desk.domain.dashboard import (
    Period,
    fiscal_year_period,
    fiscal_year_to_date,
    last_twelve_months,
    month_period,
)
from fondue_desk.domain.statuses import OPEN_STATUSES
from fondue_desk.services.dashboard import KINDS, percentile_position, register_filter_for

NOVEMBER = month_period(2026, 11)


def test_fiscal_year_runs_october_to_september_be():
    assert fiscal_year_period(2570) == Period(date(2026, 10, 1), date(2027, 9, 30))
    assert fiscal_year_period(2570).days == 365
    assert fiscal_year_period(2571).days == 366  # February 2028


@pytest.mark.parametrize(("day", "start"), [
    (date(2026, 10, 1), date(2026, 10, 1)), (date(2026, 9, 30), date(2025, 10, 1)),
    (date(2027, 3, 15), date(2026, 10, 1)), (date(2026, 12, 31), date(2026, 10, 1))])
def test_fiscal_year_to_date(day, start):
    assert fiscal_year_to_date(day) == Period(start, day)


@pytest.mark.parametrize(("year", "month", "last"), [
    (2026, 2, 28), (2028, 2, 29), (2026, 12, 31), (2026, 11, 30), (2027, 1, 31)])
def test_month_period(year, month, last):
    assert month_period(year, month) == Period(date(year, month, 1), date(year, month, last))


@pytest.mark.parametrize(("day", "start", "end"), [
    (date(2026, 12, 6), date(2026, 1, 1), date(2026, 12, 31)),
    (date(2027, 1, 1), date(2026, 2, 1), date(2027, 1, 31)),
    (date(2026, 11, 30), date(2025, 12, 1), date(2026, 11, 30))])
def test_last_twelve_months_are_whole_months(day, start, end):
    assert last_twelve_months(day) == Period(start, end)


def test_a_period_is_bounded_by_thai_midnights():
    start, end = day_bounds(date(2026, 11, 1), date(2026, 11, 30))
    assert start.astimezone(UTC) == datetime(2026, 10, 31, 17, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(("count", "p", "rank"), [
    (1, 0.5, (0, 0.0)), (1, 0.9, (0, 0.0)), (2, 0.5, (0, 0.5)), (4, 0.5, (1, 0.5)),
    (5, 0.5, (2, 0.0)), (11, 0.9, (9, 0.0)), (10, 0.9, (8, 0.1))])
def test_percentile_ranks_interpolate_between_neighbours(count, p, rank):
    lower, fraction = percentile_position(count, p)
    assert lower == rank[0] and fraction == pytest.approx(rank[1])


def test_percentile_position_matches_numpy():
    import numpy as np

    values = [0.5, 1.0, 2.5, 4.0, 10.0, 11.0, 30.0]
    ordered = sorted(values)
    for p in (0.5, 0.9):
        lower, fraction = percentile_position(len(values), p)
        upper = ordered[min(lower + 1, len(values) - 1)]
        mine = ordered[lower] + fraction * (upper - ordered[lower])
        assert mine == pytest.approx(float(np.percentile(values, p * 100)))


def test_every_register_filter_counts_parents_only():
    for kind in KINDS:
        key = {"status": "closed", "channel": "traffy", "category": 3, "village": None,
               "month": (2026, 11), "crew_overdue": 2}.get(kind)
        assert register_filter_for(kind, key, NOVEMBER).parents_only, kind


def test_period_figures_open_the_period_and_now_figures_have_no_dates():
    dated = register_filter_for("reopened", None, NOVEMBER)
    assert (dated.received_from, dated.received_to, dated.reopened_only) == (
        NOVEMBER.start, NOVEMBER.end, True)
    for kind, key in (("overdue", None), ("crew_overdue", 5), ("crew_overdue", None)):
        flt = register_filter_for(kind, key, NOVEMBER)
        assert flt.overdue_only and flt.received_from is None and flt.received_to is None
    assert register_filter_for("crew_overdue", 5, NOVEMBER).crew_ids == {5}
    no_crew = register_filter_for("crew_overdue", None, NOVEMBER)
    assert no_crew.no_crew and not no_crew.crew_ids


def test_bar_parts_and_no_village():
    assert register_filter_for("open", None, NOVEMBER).open_only
    assert register_filter_for("closed", None, NOVEMBER).statuses == {"closed"}
    open_part = register_filter_for("category", (7, "open"), NOVEMBER)
    assert open_part.category_ids == {7} and open_part.statuses == OPEN_STATUSES
    nowhere = register_filter_for("village", (None, "closed"), NOVEMBER)
    assert nowhere.no_village and not nowhere.village_ids and nowhere.statuses == {"closed"}
    assert register_filter_for("village", 4, NOVEMBER).village_ids == {4}


def test_a_month_is_cut_to_the_span():
    span = Period(date(2026, 11, 15), date(2027, 1, 10))
    assert (register_filter_for("month", (2026, 11), span).received_from,
            register_filter_for("month", (2026, 11), span).received_to) == (
        date(2026, 11, 15), date(2026, 11, 30))
    january = register_filter_for("month", (2027, 1), span)
    assert (january.received_from, january.received_to) == (date(2027, 1, 1), date(2027, 1, 10))


def test_unknown_kind():
    with pytest.raises(ValueError):
        register_filter_for("status_of_the_moon", None, NOVEMBER)


def _sql(expression, dialect) -> str:
    return str(expression.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def test_thai_time_sql_per_backend():
    on_sqlite, on_pg = sqlite.dialect(), postgresql.dialect()
    assert _sql(month_key("sqlite", Complaint.received_at), on_sqlite) == (
        "strftime('%Y-%m', complaint.received_at, '+7 hours')")
    assert _sql(month_key("postgresql", Complaint.received_at), on_pg) == (
        "to_char(complaint.received_at + INTERVAL '7 hours', 'YYYY-MM')")
    assert _sql(thai_date("sqlite", Complaint.closed_at), on_sqlite) == (
        "date(complaint.closed_at, '+7 hours')")
    assert _sql(thai_date("postgresql", Complaint.closed_at), on_pg) == (
        "CAST(complaint.closed_at + INTERVAL '7 hours' AS DATE)")
    assert "julianday(complaint.closed_at) - julianday(complaint.received_at)" in _sql(
        days_between("sqlite", Complaint.received_at, Complaint.closed_at), on_sqlite)
    assert "EXTRACT(epoch FROM complaint.closed_at - complaint.received_at) / " in _sql(
        days_between("postgresql", Complaint.received_at, Complaint.closed_at), on_pg)
