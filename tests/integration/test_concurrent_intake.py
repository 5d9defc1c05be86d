"""Two desks (processes) logging at once into one SQLite file never share a tracking number."""
from __future__ import annotations

import multiprocessing as mp

from sqlalchemy import select

from fondue_desk.db.models import Complaint, Counter

PER_PROCESS = 200


def _desk(url: str, clerk_id: int, category_id: int, barrier, results, now) -> None:
    from fondue_desk.db.database import Database
    from fondue_desk.domain.calendar import fixed_clock, set_clock
    from fondue_desk.services.intake import ComplaintInput, log_complaint

    set_clock(fixed_clock(now, tick=True))  # a spawned process: the test's moment, not today
    db = Database.open(url, migrate=False)
    data = ComplaintInput(category_id=category_id, description="ท่อระบายน้ำอุดตัน",
                          complainant_name="นายทดสอบ พร้อมกัน", phone="0812345678")
    barrier.wait()
    numbers = [log_complaint(db, clerk_id, data).tracking_no for _ in range(PER_PROCESS)]
    results.put(numbers)


def test_two_processes_get_unique_gapless_numbers(db, db_url, clerk, demo_office, now):
    _race_two_desks(db, db_url, clerk, demo_office, now)


def test_two_processes_on_postgresql_queue_on_the_counter_row_lock(pg_url, now):
    from fondue_desk.db.database import Database
    from fondue_desk.services import demo, reference

    db = Database.open(pg_url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    _race_two_desks(db, pg_url, reference.default_counter_user(db, office.id), office, now)
    db.close()


def _race_two_desks(db, db_url, clerk, demo_office, now) -> None:
    from fondue_desk.services import reference

    category = reference.active_categories(db, demo_office.id)[0]
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    args = (db_url, clerk.id, category.id, barrier, results, now)
    desks = [ctx.Process(target=_desk, args=args) for _ in range(2)]
    for desk in desks:
        desk.start()
    handed_out = results.get(timeout=240) + results.get(timeout=240)
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert len(set(handed_out)) == 2 * PER_PROCESS
    with db.read() as session:
        seqs = sorted(session.scalars(select(Complaint.seq)))
        assert seqs == list(range(1, 2 * PER_PROCESS + 1))
        assert session.scalar(select(Counter.last_value)) == 2 * PER_PROCESS
        stored = set(session.scalars(select(Complaint.tracking_no)))
    assert stored == set(handed_out)
