"""The lock-out rule for sign-in attempts, and its memory for names nobody can sign in with.

One rule for every name: five attempts counted in a row lock the name for a quarter of an hour
(`domain.passwords`). A known account keeps its count in its own row; a name with no usable
account (unknown, inactive, without a password) keeps it here, in this desk's memory, so a
lock-out answer no longer tells a name that exists from one that does not. No table: the count
only has to outlast the attempts of one sitting at one desk (see DESIGN.md, "Sign-in").
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime, timedelta

from fondue_desk.domain.passwords import LOCKOUT_MINUTES, LOCKOUT_THRESHOLD

# Enough for any office's typing; a script cycling through names only pushes out the oldest.
MAX_REMEMBERED = 10_000


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


class UnknownNames:
    """Attempts per (database, name) nobody can sign in with, by an account row's rule."""

    def __init__(self, capacity: int = MAX_REMEMBERED) -> None:
        self._capacity = capacity
        self._lock = threading.Lock()
        self._tries: OrderedDict[tuple[str, str], tuple[int, datetime | None]] = OrderedDict()

    def claim(self, database: str, name: str, now: datetime) -> datetime | None:
        """Count one attempt; the end of the running lock when it is refused, else None."""
        key = (database, name)
        with self._lock:
            failed, locked_until = self._tries.pop(key, (0, None))
            failed, locked_until, refused = count_attempt(failed, locked_until, now)
            self._tries[key] = (failed, locked_until)  # now the most recent
            while len(self._tries) > self._capacity:
                self._tries.popitem(last=False)
            return locked_until if refused else None

    def forget(self) -> None:
        with self._lock:
            self._tries.clear()


unknown_names = UnknownNames()
