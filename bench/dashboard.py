"""Dashboard benchmark on a large demo office; prints JSON.

    python bench/dashboard.py [--db FILE | --db postgresql+psycopg://…] [--complaints 300000] [--smoke]

Creates the demo office first when FILE does not exist, or when the PostgreSQL database has
no complaints yet (`fondue-desk demo`: complaints spread over the last 365 days). Times
`services.dashboard.figures` (what the dashboard page waits for) for the current fiscal year,
the previous one (most of the register) and the last 12 months (all of it), each the best and
the median of five calls. Beside each, measured in the same run and timed alike:
- floor: the very statements figures() sent (captured from the engine) replayed through the
  bare driver (sqlite3 / psycopg): the ratio is what the layers cost;
- hand_written_sql: the same aggregates written plainly by hand (one GROUP BY of the period's
  rows, the closings with their due dates, the two percentiles, the months by key, overdue
  per crew) through the bare driver: what the index-shaped queries save. Its answers are
  checked equal to the figures.
Also the register a click on the busiest crew's "overdue" opens: its count, and its time.
Target (issue 15): the page's figures ready in under 1 s at 300,000 complaints.
--smoke: a 2,000-complaint office in a temporary folder (or in the given, empty, PostgreSQL
database), for the test suite.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from datetime import UTC, date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import demo_database
from sqlalchemy import event

from fondue_desk.db.database import Database
from fondue_desk.db.periods import day_bounds
from fondue_desk.domain.calendar import fiscal_year_be, now_thai
from fondue_desk.domain.dashboard import (
    Period,
    fiscal_year_period,
    last_twelve_months,
)
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.domain.statuses import OPEN_STATUSES
from fondue_desk.services import dashboard, reference, register

RUNS = 5
TARGET_MS = 1000
_OPEN = sorted(OPEN_STATUSES)

# The same aggregates as services.dashboard, written by hand per backend. {thai_date},
# {month}, {days} are the backend's spellings of the Thai-time expressions.
_SQL = {
    "received": (
        "SELECT status, category_id, village_id, channel, count(*), "
        "sum(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END) FROM complaint "
        "WHERE office_id = :office AND parent_id IS NULL AND received_at >= :start "
        "AND received_at < :end GROUP BY status, category_id, village_id, channel"),
    "closing": (
        "SELECT count(*), sum(CASE WHEN due_date IS NULL OR {thai_date} <= due_date "
        "THEN 1 ELSE 0 END) FROM complaint WHERE office_id = :office AND parent_id IS NULL "
        "AND closed_at >= :start AND closed_at < :end"),
    "percentile": (
        "SELECT {days} AS d FROM complaint WHERE office_id = :office AND parent_id IS NULL "
        "AND closed_at >= :start AND closed_at < :end ORDER BY d LIMIT 2 OFFSET :offset"),
    "months_received": (
        "SELECT {month_received} AS k, count(*) FROM complaint WHERE office_id = :office "
        "AND parent_id IS NULL AND received_at >= :start AND received_at < :end GROUP BY k"),
    "months_closed": (
        "SELECT {month_closed} AS k, count(*) FROM complaint WHERE office_id = :office "
        "AND parent_id IS NULL AND closed_at >= :start AND closed_at < :end GROUP BY k"),
    "overdue": (
        "SELECT c.crew_id, w.name, c.n FROM (SELECT crew_id, count(*) AS n FROM complaint "
        "WHERE office_id = :office AND parent_id IS NULL AND status IN ({open}) "
        "AND coalesce(due_date, :max_date) < :today GROUP BY crew_id) c "
        "LEFT JOIN crew w ON w.id = c.crew_id"),
    "categories": "SELECT id, name_th, name_en, colour, sort_order FROM category "
                  "WHERE office_id = :office",
    "villages": "SELECT id, number, name FROM village WHERE office_id = :office",
}
_SPELLING = {
    "sqlite": {"thai_date": "date(closed_at, '+7 hours')",
               "days": "julianday(closed_at) - julianday(received_at)",
               "month_received": "strftime('%Y-%m', received_at, '+7 hours')",
               "month_closed": "strftime('%Y-%m', closed_at, '+7 hours')"},
    "postgresql": {"thai_date": "CAST(closed_at + INTERVAL '7 hours' AS DATE)",
                   "days": "EXTRACT(EPOCH FROM closed_at - received_at) / 86400.0",
                   "month_received": "to_char(received_at + INTERVAL '7 hours', 'YYYY-MM')",
                   "month_closed": "to_char(closed_at + INTERVAL '7 hours', 'YYYY-MM')"},
}


class RawFigures:
    """The dashboard's aggregates through the bare driver: the floor."""

    def __init__(self, raw, backend: str) -> None:
        self.raw, self.backend = raw, backend
        spelled = {**_SPELLING[backend], "open": ", ".join(f"'{s}'" for s in _OPEN)}
        self.sql = {name: self._placeholders(text.format(**spelled))
                    for name, text in _SQL.items()}

    def _placeholders(self, sql: str) -> str:
        # sqlite3 takes :name, psycopg %(name)s
        if self.backend == "sqlite":
            return sql
        import re

        return re.sub(r":([a-z_]+)\b", r"%(\1)s", sql.replace("%", "%%"))

    def _moment(self, moment):
        naive = moment.astimezone(UTC).replace(tzinfo=None)
        # As SQLAlchemy stores a datetime in SQLite: text that sorts as time does.
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if self.backend == "sqlite" else naive

    def _day(self, day: date):
        return day.isoformat() if self.backend == "sqlite" else day

    def run(self, office_id: int, period: Period, today: date) -> dict:
        start, end = (self._moment(m) for m in day_bounds(period.start, period.end))
        span = {"office": office_id, "start": start, "end": end}
        ex = self.raw.execute
        groups = ex(self.sql["received"], span).fetchall()
        closed, within = ex(self.sql["closing"], span).fetchone()
        percentiles = []
        for p in (0.5, 0.9):
            if not closed:
                percentiles.append(None)
                continue
            h = (closed - 1) * p
            pair = [float(r[0]) for r in ex(self.sql["percentile"],
                                             {**span, "offset": math.floor(h)}).fetchall()]
            value = pair[0] + (h - math.floor(h)) * (pair[1] - pair[0] if len(pair) > 1 else 0)
            percentiles.append(round(value, 6))
        ex(self.sql["months_received"], span).fetchall()
        ex(self.sql["months_closed"], span).fetchall()
        overdue = ex(self.sql["overdue"], {"office": office_id, "today": self._day(today),
                                           "max_date": self._day(date.max)}).fetchall()
        ex(self.sql["categories"], {"office": office_id}).fetchall()
        ex(self.sql["villages"], {"office": office_id}).fetchall()
        return {"received": sum(g[4] for g in groups), "closed_in_period": closed,
                "closed_within_sla": within or 0, "median": percentiles[0],
                "p90": percentiles[1], "overdue": sum(r[2] for r in overdue)}


def timings(action) -> list[float]:
    took = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        took.append((time.perf_counter() - start) * 1000)
    return took


class Recorder:
    """Captures each statement the engine sends, to replay the same SQL through the driver."""

    def __init__(self, db: Database) -> None:
        self.statements: list[tuple[str, object]] = []
        event.listen(db.engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, parameters, _context, _many) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "ROLLBACK", "COMMIT", "PRAGMA")):
            # sqlite3 takes a tuple, psycopg a dict: replayed exactly as the driver got them.
            self.statements.append((statement, parameters or ()))

    def take(self) -> list[tuple[str, object]]:
        taken, self.statements = self.statements, []
        return taken


def replay(raw, statements) -> None:
    for sql, params in statements:
        raw.execute(sql, params).fetchall()


def measure(db: Database, recorder: Recorder, raw: RawFigures, office_id: int, period: Period,
            today: date) -> dict:
    recorder.take()
    got = dashboard.figures(db, office_id, period, today=today)
    sent = recorder.take()
    hand = raw.run(office_id, period, today)
    mine = {"received": got.received, "closed_in_period": got.closed_in_period,
            "closed_within_sla": got.closed_within_sla, "median": got.close_days_median,
            "p90": got.close_days_p90, "overdue": got.overdue}
    assert _same(mine, hand), (mine, hand)
    took = timings(lambda: dashboard.figures(db, office_id, period, today=today))
    floors = timings(lambda: replay(raw.raw, sent))
    hand_written = timings(lambda: raw.run(office_id, period, today))
    return {
        "period": [period.start.isoformat(), period.end.isoformat()],
        "best_ms": round(min(took), 1), "p50_ms": round(statistics.median(took), 1),
        "floor": {"best_ms": round(min(floors), 1), "p50_ms": round(statistics.median(floors), 1),
                  "statements": len(sent)},
        "ratio": round(min(took) / min(floors), 2),
        "hand_written_sql": {"best_ms": round(min(hand_written), 1),
                             "p50_ms": round(statistics.median(hand_written), 1)},
        "figures": {
            **mine, "closed": got.closed, "open": got.open, "reopened": got.reopened,
            "sla_share": None if got.sla_share is None else round(got.sla_share, 4),
            "median": None if got.close_days_median is None else round(got.close_days_median, 2),
            "p90": None if got.close_days_p90 is None else round(got.close_days_p90, 2),
            "by_channel": {c.channel: c.count for c in got.by_channel},
            "overdue_by_crew": {c.crew_name or "(no crew)": c.overdue
                                for c in got.overdue_by_crew},
        },
    }


def _same(mine: dict, floor: dict) -> bool:
    for key, value in mine.items():
        other = floor[key]
        if isinstance(value, float) or isinstance(other, float):
            if value is None or other is None or abs(value - other) > 1e-4:
                return False
        elif value != other:
            return False
    return True


def click_to_register(db: Database, office_id: int, today: date, period: Period) -> dict:
    """The register a click on the busiest crew's "overdue" opens: its count, timed."""
    got = dashboard.figures(db, office_id, period, today=today)
    crews = [c for c in got.overdue_by_crew if c.crew_id is not None]
    if not crews:
        return {"skipped": "no crew has overdue work"}
    flt = dashboard.register_filter_for("crew_overdue", crews[0].crew_id, period)
    count = register.count(db, office_id, flt)
    assert count == crews[0].overdue, (count, crews[0])
    took = timings(lambda: register.first_page(db, office_id, flt))
    return {"rows": count, "first_page_best_ms": round(min(took), 1)}


def run(args: argparse.Namespace) -> None:
    made = demo_database.ensure_demo(args.db, args.complaints)
    url = demo_database.database_url(args.db)
    db = Database.open(url)  # migrates an older file first (0012 fills closed_at)
    raw_connection = demo_database.raw_connection(args.db)
    raw = RawFigures(raw_connection, db.dialect)
    recorder = Recorder(db)
    office = reference.first_office(db)
    today = now_thai().date()
    this_year = fiscal_year_be(today)
    periods = {"fiscal_year": fiscal_year_period(this_year),
               "previous_fiscal_year": fiscal_year_period(this_year - 1),
               "last_12_months": last_twelve_months(today)}
    dashboard.figures(db, office.id, periods["last_12_months"], today=today)  # warm caches
    measured = {name: measure(db, recorder, raw, office.id, period, today)
                for name, period in periods.items()}
    print(json.dumps({
        "backend": db.dialect,
        "complaints": register.count(db, office.id, RegisterFilter()),
        "demo_created_s": made,
        "today": today.isoformat(),
        **measured,
        "click_crew_overdue_to_register": click_to_register(db, office.id, today,
                                                            periods["fiscal_year"]),
        "targets": {"figures_ms": TARGET_MS},
    }, indent=2, ensure_ascii=False))
    raw_connection.close()
    db.close()




if __name__ == "__main__":
    demo_database.main(__doc__, "dashboard", run)
