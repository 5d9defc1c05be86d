"""Two desks acting on the same complaint at the same moment: exactly one wins, on SQLite and
on PostgreSQL, and the other is refused with nothing written (services.locking).

Each test starts two real processes once; they race over 30 fresh complaints, meeting at a
barrier before each one. Desk 1 passes the status it showed (as a screen does) and, when it
loses, is told who changed the complaint; desk 2 passes nothing and is refused by the plain
rule. The database is then counted: one effect per complaint.
"""
from __future__ import annotations

import multiprocessing as mp
from collections import Counter as Tally

import pytest
from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Assignment,
    Complaint,
    JobResult,
    OutgoingLetter,
    SignOff,
    StatusEvent,
    User,
)
from fondue_desk.domain.calendar import now_thai
from fondue_desk.services import crews, demo, dispatch, reference, signoff, workflow
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.locking import CHANGED_MEANWHILE

ROUNDS = 30
ACTIONS = ("approve", "assign", "result", "status", "return")
# What the desk that passes no seen status is told when it loses: the ordinary rules.
PLAIN_REFUSAL = {"approve": "signoff.not_awaiting", "return": "signoff.not_awaiting",
                 "assign": "invalid_input", "result": "result.not_with_crew",
                 "status": "status.transition_not_allowed"}
SHOWN = {"approve": "awaiting_signoff", "return": "awaiting_signoff", "assign": "received",
         "result": "assigned", "status": "received"}


def _act(db, action: str, desk: int, user_id: int, complaint_id: int, crew_id: int) -> None:
    seen = SHOWN[action] if desk == 1 else None
    seen_map = {complaint_id: seen} if seen else None
    if action == "approve":
        signoff.approve(db, user_id, [complaint_id], expected_statuses=seen_map)
    elif action == "return":
        signoff.return_to_crew(db, user_id, [complaint_id], f"ยังไม่เรียบร้อย (โต๊ะ {desk})",
                               expected_statuses=seen_map)
    elif action == "assign":
        dispatch.assign(db, user_id, [complaint_id], crew_id, now_thai().date(),
                        expected_statuses=seen_map)
    elif action == "result":
        dispatch.record_result(db, user_id, complaint_id, dispatch.ResultInput(
            outcome="done", notes=f"ซ่อมแล้ว (โต๊ะ {desk})", minutes_spent=30),
            expected_status=seen)
    else:
        workflow.change_status(db, user_id, complaint_id,
                               "forwarded" if desk == 1 else "rejected",
                               f"โต๊ะ {desk}", expected_status=seen)


def _desk(url, action, desk, user_id, crew_id, complaint_ids, barrier, results, now) -> None:
    from fondue_desk.domain.calendar import fixed_clock, set_clock
    from fondue_desk.domain.errors import FondueError

    set_clock(fixed_clock(now, tick=True))  # a spawned process: the test's moment, not today
    db = Database.open(url, migrate=False)
    try:
        for n, complaint_id in enumerate(complaint_ids):
            barrier.wait(timeout=120)
            try:
                _act(db, action, desk, user_id, complaint_id, crew_id)
                results.put((n, desk, "won", "", ""))
            except FondueError as exc:
                results.put((n, desk, type(exc).__name__, exc.code,
                             str(exc.params.get("changed_by", ""))))
            except Exception as exc:  # noqa: BLE001 - reported to the test, never swallowed
                results.put((n, desk, "error", repr(exc), ""))
    finally:
        db.close()


def _prepared(db, action: str, today) -> tuple[list[int], dict[str, int], list[int]]:
    """30 complaints in the state the action starts from, the users and two crews."""
    office = reference.first_office(db)
    users = {u: reference.find_user(db, u).id for u in ("clerk1", "clerk2", "mayor")}
    category = next(c for c in reference.active_categories(db, office.id)
                    if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    crew = crews.suggest_crew(db, office.id, category.id).id
    other = next(c.id for c in crews.list_crews(db, office.id) if c.id != crew)
    ids = []
    for n in range(ROUNDS):
        made = log_complaint(db, users["clerk1"], ComplaintInput(
            category_id=category.id, description=f"ไฟดับ ต้นที่ {n + 1}",
            complainant_name="นางสาวผู้ใหญ่ น้ำใจดี", phone="0812345678",
            location_text="หน้าวัดป่าจี้"))
        if action in ("approve", "return", "result"):
            dispatch.assign(db, users["clerk1"], [made.id], crew, today)
        if action in ("approve", "return"):
            dispatch.record_result(db, users["clerk1"], made.id, dispatch.ResultInput(
                outcome="done", notes="เปลี่ยนหลอดแล้ว", minutes_spent=30))
        ids.append(made.id)
    return ids, users, [crew, other]


def _race(url: str, db, action: str, now, today) -> dict:
    ids, users, crew_ids = _prepared(db, action, today)
    actor = {"approve": ("mayor", "mayor"), "return": ("mayor", "mayor")}.get(
        action, ("clerk1", "clerk2"))
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, action, d, users[actor[d - 1]],
                                             crew_ids[d - 1], ids, barrier, results, now))
             for d in (1, 2)]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=300) for _ in range(2 * ROUNDS)]
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    by_round: dict[int, dict[int, tuple]] = {}
    for n, desk, kind, code, changed_by in outcomes:
        by_round.setdefault(n, {})[desk] = (kind, code, changed_by)
    return {"ids": ids, "users": users, "crews": crew_ids, "rounds": by_round,
            "actor": actor}


def _check_one_winner(race: dict, action: str, full_names: dict[int, str]) -> Tally:
    winners: Tally = Tally()
    for n in range(ROUNDS):
        first, second = race["rounds"][n][1], race["rounds"][n][2]
        assert "error" not in (first[0], second[0]), (n, first, second)
        assert sorted([first[0] == "won", second[0] == "won"]) == [False, True], (n, first,
                                                                                   second)
        if first[0] == "won":
            winners[1] += 1
            assert second[1] == PLAIN_REFUSAL[action], (n, second)
        else:
            winners[2] += 1
            assert (first[0], first[1]) == ("Conflict", CHANGED_MEANWHILE), (n, first)
            winner_user = race["users"][race["actor"][1]]
            assert first[2] == full_names[winner_user], (n, first)
    return winners


def _count(session, model, complaint_id, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(
        model.complaint_id == complaint_id, *where))


def _check_effects(db, race: dict, action: str) -> None:
    with db.read() as session:
        for n, cid in enumerate(race["ids"]):
            winner = 1 if race["rounds"][n][1][0] == "won" else 2
            complaint = session.get(Complaint, cid)
            if action == "approve":
                assert _count(session, SignOff, cid) == 1
                assert _count(session, OutgoingLetter, cid) == 1
                assert complaint.status == "closed"
            elif action == "return":
                assert _count(session, SignOff, cid) == 1
                assert complaint.status == "in_progress"
            elif action == "assign":
                assert _count(session, Assignment, cid) == 1
                assert complaint.crew_id == race["crews"][winner - 1]
                assert complaint.status == "assigned"
            elif action == "result":
                assert _count(session, JobResult, cid) == 1
                assert complaint.status == "awaiting_signoff"
            else:
                assert complaint.status == ("forwarded" if winner == 1 else "rejected")
            # One history event per complaint for the race, whoever won.
            moves = {"approve": "closed", "return": "in_progress", "assign": "assigned",
                     "result": "awaiting_signoff", "status": complaint.status}[action]
            assert _count(session, StatusEvent, cid, StatusEvent.to_status == moves) == 1
        if action == "approve":
            numbers = session.scalars(select(OutgoingLetter.seq)
                                      .order_by(OutgoingLetter.seq)).all()
            assert numbers == list(range(1, ROUNDS + 1))  # one number each, no gap


def _names(db, users: dict[str, int]) -> dict[int, str]:
    with db.read() as session:
        return {uid: session.get(User, uid).full_name for uid in users.values()}


def _run(url: str, action: str, now, today) -> Tally:
    db = Database.open(url)
    try:
        if reference.first_office(db) is None:
            demo.create_demo_office(db, complaints=0, passwords_must_change=False)
        race = _race(url, db, action, now, today)
        winners = _check_one_winner(race, action, _names(db, race["users"]))
        _check_effects(db, race, action)
        print(f"\n{db.dialect} {action}: {ROUNDS} races, desk 1 won {winners[1]}, "
              f"desk 2 won {winners[2]}, double wins 0")
        return winners
    finally:
        db.close()


@pytest.mark.parametrize("action", ACTIONS)
def test_one_winner_on_sqlite(db_url, action, now, today):
    _run(db_url, action, now, today)


@pytest.mark.parametrize("action", ACTIONS)
def test_one_winner_on_postgresql(pg_url, action, now, today):
    _run(pg_url, action, now, today)
