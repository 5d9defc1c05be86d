"""Two desks syncing at the same moment, as two real processes, on SQLite and PostgreSQL:
each queued call reaches Traffy exactly once (rows are claimed by a conditional UPDATE)."""
from __future__ import annotations

import multiprocessing as mp
from collections import Counter as Tally

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import TraffyOutbox
from fondue_desk.services import demo, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.traffy_server import PASSWORD, USER, FakeTraffy

ITEMS = 12


def _desk(url, base_url, barrier, results, now) -> None:
    import httpx

    from fondue_desk.domain.calendar import fixed_clock, set_clock
    from fondue_desk.interop import traffy_api as api
    from fondue_desk.services import traffy_outbox

    set_clock(fixed_clock(now, tick=True))
    db = Database.open(url, migrate=False)
    client = api.TraffyClient(USER, PASSWORD, base_url=base_url, timeout=httpx.Timeout(30.0))
    try:
        client.authenticate()
        barrier.wait(timeout=120)
        results.put(traffy_outbox.send_due(db, client, now))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(("error", repr(exc)))
    finally:
        client.close()
        db.close()


def _race(url: str, now) -> tuple[FakeTraffy, list, Database]:
    db = Database.open(url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    clerk = reference.find_user(db, "clerk1")
    category = reference.active_categories(db, office.id)[0]
    for n in range(ITEMS):
        log_complaint(db, clerk.id, ComplaintInput(
            category_id=category.id, description=f"ไฟดับ ต้นที่ {n + 1}",
            complainant_name="นางสมศรี ใจดี", phone="0812345678", lat=18.7, lon=98.95 + n / 1000,
            send_to_traffy=True))
    fake = FakeTraffy(now=now).start()
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, fake.base_url, barrier, results, now))
             for _ in (1, 2)]
    try:
        for desk in desks:
            desk.start()
        outcomes = [results.get(timeout=300) for _ in desks]
        for desk in desks:
            desk.join(timeout=60)
            assert desk.exitcode == 0
    finally:
        fake.stop()
    return fake, outcomes, db


def _check(fake: FakeTraffy, outcomes: list, db: Database) -> None:
    assert all(o[0] != "error" for o in outcomes), outcomes
    assert sum(sent for sent, _failed in outcomes) == ITEMS
    made = Tally(body["client_ticket_id"] for method, path, body in fake.calls
                 if path.endswith("/new-issue/v1"))
    assert len(made) == ITEMS and set(made.values()) == {1}
    with db.read() as session:
        states = session.scalars(select(TraffyOutbox.state)).all()
    assert states == ["sent"] * ITEMS
    db.close()


def test_two_desks_send_each_item_once_on_sqlite(db_url, now):
    _check(*_race(db_url, now))


def test_two_desks_send_each_item_once_on_postgresql(pg_url, now):
    _check(*_race(pg_url, now))
