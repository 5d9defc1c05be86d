"""Being woken when another connection commits: PostgreSQL LISTEN/NOTIFY, SQLite's
`PRAGMA data_version`. A waker only says "something was committed"; what it was is asked of
the tables afterwards (`services.change_feed`), so every write path is seen, whichever service
or tool made it, and nothing has to be carried in the notification."""
from __future__ import annotations

import sqlite3
import threading
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

CHANNEL = "fondue_desk"


def notify(session: Session) -> None:
    """Inside a write transaction: wake the other desks when (and only if) it commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"NOTIFY {CHANNEL}"))


class Waker(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True when another connection committed meanwhile."""

    def close(self) -> None: ...


def open_waker(url: str) -> Waker:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            return _NeverWaker()  # nobody else can open a private in-memory database
        return SqliteWaker(parsed.database)
    if backend == "postgresql":
        conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        return PostgresWaker(conninfo)
    return _NeverWaker()


class SqliteWaker:
    """`data_version` changes on this connection whenever another connection (of this process
    or any other) commits to the file; it is a cheap read of the shared header, no lock."""

    def __init__(self, path: str) -> None:
        # check_same_thread off: opened by the starting thread, polled by the feed's thread.
        self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._version = self._read()
        self._stop = threading.Event()

    def _read(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        if self._stop.wait(timeout):
            return False
        version = self._read()
        changed, self._version = version != self._version, version
        return changed

    def close(self) -> None:
        self._stop.set()
        self._connection.close()


class PostgresWaker:
    """A dedicated autocommit connection LISTENing; NOTIFY is sent in the writer's transaction,
    so it arrives only once that transaction committed."""

    def __init__(self, conninfo: str) -> None:
        import psycopg

        self._connection = psycopg.connect(conninfo, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        woken = False
        for _ in self._connection.notifies(timeout=timeout, stop_after=1):
            woken = True
        if woken:  # several commits at once are one wake-up: the probe reads them all
            for _ in self._connection.notifies(timeout=0.01):
                pass
        return woken

    def close(self) -> None:
        self._connection.close()


class _NeverWaker:
    def __init__(self) -> None:
        self._stop = threading.Event()

    def wait(self, timeout: float) -> bool:
        self._stop.wait(timeout)
        return False

    def close(self) -> None:
        self._stop.set()
