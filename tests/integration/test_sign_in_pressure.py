"""Sign-in under pressure: twenty wrong passwords at once lock an account after exactly five
counted failures (SQLite and PostgreSQL, twenty processes); a name nobody can sign in with
answers like a real one, lock-out included, counted in a table every desk shares; a user still holding an initial password is
refused every write by the core itself, whatever the screen allows."""
from __future__ import annotations

import multiprocessing as mp
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from fondue_desk.db.database import Database
from fondue_desk.db.models import SignInAttempt, User
from fondue_desk.domain.errors import PermissionDenied
from fondue_desk.domain.passwords import LOCKOUT_MINUTES, LOCKOUT_THRESHOLD
from fondue_desk.domain.permissions import Action, can
from fondue_desk.domain.statuses import Role
from fondue_desk.services import accounts, demo, reference
from fondue_desk.services.sign_in_guard import FORGET_AFTER, claim_name
from tests.integration.test_permissions import ACTIONS, Office, snapshot

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PASSWORD = "ไฟดับหน้าวัด-2569"
DESKS = 20


def _quick() -> PasswordHasher:
    """argon2id still, with a small cost: twenty real ones would want 1.3 GB at once."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch):
    monkeypatch.setattr(accounts, "_hasher", _quick())


def _row(db, username: str) -> User:
    with db.read() as session:
        row = session.scalars(select(User).where(User.username == username)).one()
        session.expunge(row)
        return row


# ---- twenty desks, one account ----

def _wrong_password(url: str, username: str, barrier, results) -> None:
    accounts._hasher = _quick()  # a spawned process: the test's cost, as in the parent
    db = Database.open(url, migrate=False)
    try:
        barrier.wait(timeout=120)
        accounts.sign_in(db, username, "not-the-password", now=NOW)
        results.put("signed in")
    except PermissionDenied as exc:
        results.put(exc.code)
    except BaseException as exc:  # noqa: BLE001 - every other outcome is a failure to count
        results.put(f"{type(exc).__name__}: {exc}")
    finally:
        db.close()


def _twenty_wrong_passwords(url: str) -> None:
    db = Database.open(url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    admin = reference.find_user(db, "admin")
    user = accounts.create_user(db, admin.id, "somsri.k", "นางสมศรี ขยันดี", "", "clerk",
                                "ตั้งต้น-2569")
    accounts.set_password(db, admin.id, user.id, PASSWORD, must_change=False)
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(DESKS), ctx.Queue()
    desks = [ctx.Process(target=_wrong_password, args=(url, "somsri.k", barrier, results))
             for _ in range(DESKS)]
    for desk in desks:
        desk.start()
    outcomes = sorted(results.get(timeout=300) for _ in desks)
    for desk in desks:
        desk.join(timeout=60)
    assert outcomes == (["auth.failed"] * LOCKOUT_THRESHOLD
                        + ["auth.locked"] * (DESKS - LOCKOUT_THRESHOLD))
    row = _row(db, "somsri.k")
    assert row.failed_logins == LOCKOUT_THRESHOLD
    assert row.locked_until == NOW + timedelta(minutes=LOCKOUT_MINUTES)
    with pytest.raises(PermissionDenied) as locked:  # the right password waits it out too
        accounts.sign_in(db, "somsri.k", PASSWORD, now=NOW + timedelta(minutes=1))
    assert locked.value.code == "auth.locked"
    after = NOW + timedelta(minutes=LOCKOUT_MINUTES, seconds=1)
    assert accounts.sign_in(db, "somsri.k", PASSWORD, now=after).user.id == user.id
    assert (_row(db, "somsri.k").failed_logins, _row(db, "somsri.k").locked_until) == (0, None)
    db.close()


@pytest.mark.slow
def test_twenty_wrong_passwords_at_once_on_sqlite_count_five(db_url):
    _twenty_wrong_passwords(db_url)


@pytest.mark.slow
def test_twenty_wrong_passwords_at_once_on_postgresql_count_five(pg_url):
    _twenty_wrong_passwords(pg_url)


# ---- names nobody can sign in with ----

def _answers(db, username: str, tries: int, monkeypatch) -> list[tuple[str, dict, int]]:
    """Each try's code, params and how many hashes it verified."""
    answers = []
    real = accounts._verify
    for attempt in range(tries):
        verified = []
        monkeypatch.setattr(accounts, "_verify",
                            lambda *args, seen=verified: seen.append(1) or real(*args))
        with pytest.raises(PermissionDenied) as refused:
            accounts.sign_in(db, username, "wrong", now=NOW + timedelta(seconds=attempt))
        answers.append((refused.value.code, refused.value.params, len(verified)))
    monkeypatch.setattr(accounts, "_verify", real)
    return answers


def test_an_unknown_name_answers_and_locks_like_a_real_one(db, demo_office, monkeypatch):
    tries = LOCKOUT_THRESHOLD + 2
    real = _answers(db, "clerk1", tries, monkeypatch)
    assert real == ([("auth.failed", {}, 1)] * LOCKOUT_THRESHOLD
                    + [("auth.locked", {"minutes": LOCKOUT_MINUTES}, 0)] * 2)
    assert _answers(db, "nobody.here", tries, monkeypatch) == real
    # An inactive account, or one without a password, is a name nobody can sign in with too.
    with db.write() as session:
        session.execute(update(User).where(User.username == "clerk2").values(active=False))
    assert _answers(db, "clerk2", tries, monkeypatch) == real


def _claim(db, name: str, now: datetime) -> datetime | None:
    with db.write() as session:
        return claim_name(session, name, now)


def test_an_unknown_names_lock_runs_out_like_an_accounts(db):
    assert [_claim(db, "ghost", NOW) for _ in range(LOCKOUT_THRESHOLD)] == [None] * 5
    locked_until = NOW + timedelta(minutes=LOCKOUT_MINUTES)
    assert _claim(db, "ghost", NOW + timedelta(minutes=3)) == locked_until
    assert _claim(db, "other", NOW) is None  # each name has its own count
    assert _claim(db, "ghost", locked_until + timedelta(seconds=1)) is None  # fresh
    with db.read() as session:
        row = session.get(SignInAttempt, "ghost")
        assert (row.failed, row.locked_until) == (1, None)


def test_an_unknown_names_lock_survives_a_restart(db_url):
    """Another Database object: the program restarted, or the next PC on the network."""
    first = Database.open(db_url)
    demo.create_demo_office(first, complaints=0, passwords_must_change=False)
    for attempt in range(LOCKOUT_THRESHOLD):
        with pytest.raises(PermissionDenied) as failed:
            accounts.sign_in(first, "Nobody.Here ", "wrong", now=NOW)
        assert failed.value.code == "auth.failed"
    first.close()
    second = Database.open(db_url)
    with pytest.raises(PermissionDenied) as locked:  # the same name however it is typed
        accounts.sign_in(second, "nobody.here", "wrong", now=NOW + timedelta(minutes=5))
    assert (locked.value.code, locked.value.params) == ("auth.locked", {"minutes": 10})
    second.close()


def test_names_tried_over_a_day_ago_are_forgotten(db):
    for _ in range(LOCKOUT_THRESHOLD - 1):
        _claim(db, "old", NOW)
    _claim(db, "recent", NOW + FORGET_AFTER - timedelta(minutes=1))
    _claim(db, "now", NOW + FORGET_AFTER + timedelta(seconds=1))  # prunes on its way
    with db.read() as session:
        assert set(session.scalars(select(SignInAttempt.name))) == {"recent", "now"}


def _twenty_unknown(url: str) -> None:
    db = Database.open(url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(DESKS), ctx.Queue()
    desks = [ctx.Process(target=_wrong_password, args=(url, "no.such.user", barrier, results))
             for _ in range(DESKS)]
    for desk in desks:
        desk.start()
    outcomes = sorted(results.get(timeout=300) for _ in desks)
    for desk in desks:
        desk.join(timeout=60)
    assert outcomes == (["auth.failed"] * LOCKOUT_THRESHOLD
                        + ["auth.locked"] * (DESKS - LOCKOUT_THRESHOLD))
    with db.read() as session:
        row = session.get(SignInAttempt, "no.such.user")
        assert (row.failed, row.locked_until) == (
            LOCKOUT_THRESHOLD, NOW + timedelta(minutes=LOCKOUT_MINUTES))
    db.close()


@pytest.mark.slow
def test_twenty_unknown_name_tries_at_once_on_sqlite_count_five(db_url):
    _twenty_unknown(db_url)


@pytest.mark.slow
def test_twenty_unknown_name_tries_at_once_on_postgresql_count_five(pg_url):
    _twenty_unknown(pg_url)


# ---- the initial password ----

@pytest.mark.parametrize("action", list(Action))
def test_no_write_until_the_initial_password_is_changed(db, demo_office, today, action):
    office = Office(db, demo_office, today)
    role = next(r for r in (Role.CLERK, Role.MAYOR, Role.ADMIN, Role.CREW_LEADER)
                if can(r, action))
    username = {Role.CLERK: "clerk2", Role.MAYOR: "mayor", Role.ADMIN: "admin",
                Role.CREW_LEADER: "crew1"}[role]
    actor = reference.find_user(db, username)
    call = ACTIONS[action](office, actor)  # what it needs is prepared by others first
    # As after an admin's reset (`fondue-desk user set-password` for the admin themself).
    accounts.recover_password(db, username, PASSWORD)
    before = snapshot(db)
    with pytest.raises(PermissionDenied) as refused:
        call()
    assert refused.value.code == "password.must_change"
    assert snapshot(db) == before
    accounts.change_password(db, actor.id, PASSWORD, "ใหม่ของฉันเอง-2570", "ใหม่ของฉันเอง-2570")
    call()
    assert snapshot(db) != before
