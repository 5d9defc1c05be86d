"""Two desks linking or merging the same complaints at the same moment, on SQLite and on
PostgreSQL: exactly one wins and the other is refused with a code that says why, nothing of it
written.

Two real processes meet at a barrier before each round. Even rounds: both link one new report,
desk 1 to complaint A and desk 2 to complaint B (the loser: "duplicate.already_linked"). Odd
rounds: desk 1 merges B into A while desk 2 merges A into B (the loser finds its parent has
become a duplicate: "duplicate.chain"). The database is then read: one parent each, one link
event each.
"""
from __future__ import annotations

import multiprocessing as mp

import pytest
from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, StatusEvent
from fondue_desk.domain import history_notes
from fondue_desk.services import demo, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint

ROUNDS = 12
LOSER = {0: "duplicate.already_linked", 1: "duplicate.chain"}


def _act(db, n: int, desk: int, user_id: int, trio: tuple[int, int, int]) -> None:
    from fondue_desk.services import duplicates, workflow

    report, a, b = trio
    if report < 0:
        # The split race: desk 1 splits the duplicate a off while desk 2 moves its parent b.
        if desk == 1:
            duplicates.split(db, user_id, [a])
        else:
            workflow.change_status(db, user_id, b, "in_progress")
    elif n % 2 == 0:
        duplicates.link_duplicate(db, user_id, report, a if desk == 1 else b)
    elif desk == 1:
        duplicates.merge(db, user_id, a, [b])
    else:
        duplicates.merge(db, user_id, b, [a])


def _desk(url, desk, user_id, trios, barrier, results, now) -> None:
    from fondue_desk.domain.calendar import fixed_clock, set_clock
    from fondue_desk.domain.errors import FondueError

    set_clock(fixed_clock(now, tick=True))  # a spawned process: the test's moment, not today
    db = Database.open(url, migrate=False)
    try:
        for n, trio in enumerate(trios):
            barrier.wait(timeout=120)
            try:
                _act(db, n, desk, user_id, trio)
                results.put((n, desk, "won", ""))
            except FondueError as exc:
                results.put((n, desk, type(exc).__name__, exc.code))
            except Exception as exc:  # noqa: BLE001 - reported to the test, never swallowed
                results.put((n, desk, "error", repr(exc)))
    finally:
        db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, db_url):
    return db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")


def _race(url, clerks, trios, now) -> dict[int, dict[int, tuple[str, str]]]:
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, d, clerks[d - 1], trios, barrier,
                                             results, now)) for d in (1, 2)]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=300) for _ in range(2 * len(trios))]
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    rounds: dict[int, dict[int, tuple[str, str]]] = {}
    for n, desk, kind, code in outcomes:
        rounds.setdefault(n, {})[desk] = (kind, code)
    return rounds


def test_two_desks_linking_or_merging_at_once_one_wins(url, now):
    db = Database.open(url)
    try:
        demo.create_demo_office(db, complaints=0, passwords_must_change=False)
        office = reference.first_office(db)
        clerks = [reference.find_user(db, u).id for u in ("clerk1", "clerk2")]
        category = reference.active_categories(db, office.id)[0]

        def made(n: int, what: str) -> int:
            return log_complaint(db, clerks[0], ComplaintInput(
                category_id=category.id, description=f"ไฟดับ รอบ {n} ({what})",
                anonymous=True, location_text="หน้าวัด")).id

        trios = [(made(n, "ใหม่"), made(n, "ก"), made(n, "ข")) for n in range(ROUNDS)]
        rounds = _race(url, clerks, trios, now)
        wins = {1: 0, 2: 0}
        with db.read() as session:
            for n, (report, a, b) in enumerate(trios):
                first, second = rounds[n][1], rounds[n][2]
                assert sorted([first[0] == "won", second[0] == "won"]) == [False, True], (
                    n, first, second)
                winner = 1 if first[0] == "won" else 2
                wins[winner] += 1
                assert rounds[n][3 - winner] == ("Conflict", LOSER[n % 2]), (n, rounds[n])
                parent_of = dict(session.execute(select(Complaint.id, Complaint.parent_id)
                                                 .where(Complaint.id.in_(trio := (report, a, b)))
                                                 ).all())
                if n % 2 == 0:
                    assert parent_of == {report: a if winner == 1 else b, a: None, b: None}
                    linked = [report]
                else:
                    child, parent = (b, a) if winner == 1 else (a, b)
                    assert parent_of == {report: None, parent: None, child: parent}
                    linked = [child]
                # Exactly one link written: one "linked" event on the child, one "added" event.
                codes = dict(session.execute(
                    select(StatusEvent.note_code, func.count())
                    .where(StatusEvent.complaint_id.in_(trio),
                           StatusEvent.note_code.like("duplicate.%"))
                    .group_by(StatusEvent.note_code)).all())
                assert codes == {history_notes.DUPLICATE_LINKED: 1,
                                 history_notes.DUPLICATE_ADDED: 1}, (n, codes)
                assert session.scalar(select(func.count()).select_from(StatusEvent).where(
                    StatusEvent.complaint_id.in_(linked),
                    StatusEvent.note_code == history_notes.DUPLICATE_LINKED)) == 1
        print(f"\n{db.dialect}: {ROUNDS} races, desk 1 won {wins[1]}, desk 2 won {wins[2]}")
    finally:
        db.close()


def test_splitting_a_duplicate_while_its_parent_moves_never_deadlocks(url, now):
    """Both may win (in either order): never a deadlock, and never a duplicate left in
    another status than its parent's. The duplicate is the older complaint (a lower id than
    its parent), the order in which locking it after its parent could deadlock."""
    from fondue_desk.services import duplicates

    db = Database.open(url)
    try:
        demo.create_demo_office(db, complaints=0, passwords_must_change=False)
        office = reference.first_office(db)
        clerks = [reference.find_user(db, u).id for u in ("clerk1", "clerk2")]
        category = reference.active_categories(db, office.id)[0]
        pairs = []
        for n in range(ROUNDS):
            older, newer = (log_complaint(db, clerks[0], ComplaintInput(
                category_id=category.id, description=f"ไฟดับ รอบ {n}", anonymous=True,
                location_text="หน้าวัด")).id for _ in range(2))
            duplicates.link_duplicate(db, clerks[0], older, newer)
            pairs.append((-1, older, newer))
        rounds = _race(url, clerks, pairs, now)
        with db.read() as session:
            for n, (_, child, parent) in enumerate(pairs):
                assert rounds[n] == {1: ("won", ""), 2: ("won", "")}, (n, rounds[n])
                c, p = session.get(Complaint, child), session.get(Complaint, parent)
                assert c.parent_id is None and p.status == "in_progress"
                # Split first: the child stayed "received"; moved first: it followed.
                assert c.status in ("received", "in_progress")
    finally:
        db.close()
