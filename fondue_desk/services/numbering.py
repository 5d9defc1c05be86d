"""Gapless running numbers, allocated inside the caller's transaction.

The counter row is updated and read in one statement: on PostgreSQL the UPDATE takes a row lock that
a second desk queues on until we commit or roll back; on SQLite the write transaction is already
exclusive (BEGIN IMMEDIATE). Either way no two transactions can see the same value, and a
rolled-back transaction gives its number back, so the sequence has no gaps.
"""
from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fondue_desk.db.models import Counter

COMPLAINT_REGISTER = "complaint"


def allocate(session: Session, *, office_id: int, register: str, year: int) -> int:
    for _attempt in range(3):
        value = _increment(session, office_id, register, year)
        if value is not None:
            return value
        try:
            with session.begin_nested():
                session.add(Counter(office_id=office_id, register=register, year=year, last_value=1))
            return 1
        except IntegrityError:
            # Another desk created this year's counter first; its row now exists, so update it.
            continue
    raise RuntimeError(f"could not allocate a number in {register}/{year}")


def _increment(session: Session, office_id: int, register: str, year: int) -> int | None:
    where = (
        (Counter.office_id == office_id) & (Counter.register == register) & (Counter.year == year)
    )
    # One statement, UPDATE … RETURNING: on PostgreSQL the row lock is taken and the value read
    # in one round trip, and the caller allocates last, so the lock lasts little more than the
    # inserts and the commit.
    return session.execute(
        update(Counter).where(where).values(last_value=Counter.last_value + 1)
        .returning(Counter.last_value),
        execution_options={"synchronize_session": False},
    ).scalar_one_or_none()


def allocate_block(session: Session, *, office_id: int, register: str, year: int,
                   count: int) -> int:
    """`count` consecutive numbers in one statement (an import's rows); returns the first.
    Same locking and gaplessness as `allocate`."""
    if count < 1:
        raise ValueError("a block holds at least one number")
    where = ((Counter.office_id == office_id) & (Counter.register == register)
             & (Counter.year == year))
    for _attempt in range(3):
        last = session.execute(
            update(Counter).where(where).values(last_value=Counter.last_value + count)
            .returning(Counter.last_value),
            execution_options={"synchronize_session": False},
        ).scalar_one_or_none()
        if last is not None:
            return last - count + 1
        try:
            with session.begin_nested():
                session.add(Counter(office_id=office_id, register=register, year=year,
                                    last_value=count))
            return 1
        except IntegrityError:
            continue
    raise RuntimeError(f"could not allocate numbers in {register}/{year}")
