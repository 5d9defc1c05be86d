"""Two desks import the same Traffy file at the same moment: every ticket is added exactly
once, on SQLite (its write lock) and on PostgreSQL (the import's advisory lock per office);
the desk that comes second finds the tickets there and changes nothing."""
from __future__ import annotations

import multiprocessing as mp
from datetime import UTC, datetime

from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, StatusEvent, TraffyTicket
from fondue_desk.services import demo, reference

from .traffy_files import PUBLIC_HEADER, public_row, write

ROWS = 300
NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def _desk(url, user_id, path, category, barrier, results) -> None:
    from fondue_desk.interop.traffy.apply import apply_import
    from fondue_desk.interop.traffy.plan import ImportMapping

    db = Database.open(url, migrate=False)
    try:
        barrier.wait(timeout=120)
        result = apply_import(db, user_id, path, mapping=ImportMapping({"ถนน": category}, {}),
                              now=NOW)
        results.put(("ok", result.added, result.unchanged))
    except Exception as exc:  # noqa: BLE001 - reported to the test, never swallowed
        results.put(("error", repr(exc), 0))
    finally:
        db.close()


def _race(url: str, tmp_path) -> None:
    db = Database.open(url)
    try:
        demo.create_demo_office(db, complaints=0, passwords_must_change=False)
        office = reference.first_office(db)
        users = [reference.find_user(db, u).id for u in ("clerk1", "clerk2")]
        with db.read() as session:
            category = session.scalar(select(Category.id).where(
                Category.office_id == office.id).order_by(Category.id))
        path = write(tmp_path / "race.csv", PUBLIC_HEADER,
                     [public_row(f"2023-R{i:05d}") for i in range(ROWS)])
        ctx = mp.get_context("spawn")
        barrier, results = ctx.Barrier(2), ctx.Queue()
        desks = [ctx.Process(target=_desk, args=(url, u, str(path), category, barrier, results))
                 for u in users]
        for desk in desks:
            desk.start()
        outcomes = sorted(results.get(timeout=300) for _ in desks)
        for desk in desks:
            desk.join(timeout=60)
            assert desk.exitcode == 0
        assert outcomes == [("ok", 0, ROWS), ("ok", ROWS, 0)], outcomes
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Complaint)) == ROWS
            assert session.scalar(select(func.count()).select_from(TraffyTicket)) == ROWS
            assert session.scalar(select(func.count()).select_from(StatusEvent)) == ROWS
            seqs = sorted(session.scalars(select(Complaint.seq)))
            assert seqs == list(range(1, ROWS + 1))
    finally:
        db.close()


def test_one_winner_per_ticket_on_sqlite(db_url, tmp_path):
    _race(db_url, tmp_path)


def test_one_winner_per_ticket_on_postgresql(pg_url, tmp_path):
    _race(pg_url, tmp_path)
