"""The lock-out rule for sign-in attempts, and its table for names nobody can sign in with.

One rule for every name: five attempts counted in a row lock the name for a quarter of an hour
(`domain.passwords`). A known account keeps its count in its own row; a name with no usable
account (unknown, inactive, without a password) keeps it in `sign_in_attempt`, shared by every
desk and kept across restarts like an account's, so a lock-out answer tells nobody whether a
name exists (see DESIGN.md, "Sign-in").
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from fondue_desk.db.models import SignInAttempt
from fondue_desk.domain.passwords import LOCKOUT_MINUTES, LOCKOUT_THRESHOLD

KEY_LENGTH = 200
# Far beyond the lock-out window: a row older than this has no running lock to keep.
FORGET_AFTER = timedelta(days=1)
PRUNE_BATCH = 50


def count_attempt(failed: int, locked_until: datetime | None, now: datetime
                  ) -> tuple[int, datetime | None, bool]:
    """(failed, locked_until, refused) after one more attempt. A running lock refuses it and
    counts nothing; a served one starts a fresh count; the fifth attempt counted locks at
    once, before its password is even checked, so nothing racing it gets past."""
    if locked_until is not None and locked_until > now:
        return failed, locked_until, True
    if locked_until is not None:
        failed, locked_until = 0, None
    failed += 1
    if failed >= LOCKOUT_THRESHOLD:
        locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
    return failed, locked_until, False


def claim_name(session: Session, name: str, now: datetime) -> datetime | None:
    """Count one attempt at a name nobody can sign in with, in `sign_in_attempt`, by
    `count_attempt`'s rule; the end of the running lock when it is refused, else None.

    One upsert, atomic on both backends (a row lock on PostgreSQL, the write transaction's
    BEGIN IMMEDIATE on SQLite): a running lock matches the update's WHERE, so nothing is
    counted and nothing returned, and the lock is then read back for the message."""
    _prune(session, now)
    table = SignInAttempt.__table__
    key = name[:KEY_LENGTH]  # longer names share a count; nobody types 200 characters
    insert = (postgresql.insert if session.get_bind().dialect.name == "postgresql"
              else sqlite.insert)(table)
    lock_at = now + timedelta(minutes=LOCKOUT_MINUTES)
    counted = case((table.c.locked_until.is_(None), table.c.failed + 1), else_=1)
    statement = insert.values(
        name=key, failed=1, last_attempt=now,
        locked_until=lock_at if LOCKOUT_THRESHOLD <= 1 else None,
    ).on_conflict_do_update(
        index_elements=[table.c.name],
        set_={"failed": counted,
              "locked_until": case((counted >= LOCKOUT_THRESHOLD, lock_at), else_=None),
              "last_attempt": now},
        where=or_(table.c.locked_until.is_(None), table.c.locked_until <= now),
    ).returning(table.c.failed)
    if session.execute(statement).first() is not None:
        return None
    return session.scalar(select(table.c.locked_until).where(table.c.name == key))


def _prune(session: Session, now: datetime) -> None:
    """Forget a few names last tried over a day ago: their lock ran out long since. Bounded
    and index-backed, so each attempt pays little; SKIP LOCKED keeps desks from waiting on
    each other's pruning (SQLite ignores it: its writes take turns anyway)."""
    table = SignInAttempt.__table__
    stale = (select(table.c.name).where(table.c.last_attempt < now - FORGET_AFTER)
             .order_by(table.c.last_attempt).limit(PRUNE_BATCH)
             .with_for_update(skip_locked=True))
    session.execute(delete(table).where(table.c.name.in_(stale.scalar_subquery())))
