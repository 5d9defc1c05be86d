"""One desk at a time upgrades a database; the others wait for it, then find the schema at head.

Several desks opening a new (or older) database at once each ran every migration: on SQLite
the losers failed with "database is locked" inside Alembic's version table, on PostgreSQL with
a UniqueViolation on a table another desk had just created. The lock is taken before the
revision is read, so a desk that waited reads the winner's result and has nothing left to do.

- PostgreSQL: a session-level advisory lock with a fixed key, held on a connection of its own
  (a transaction-level one would be released by the migration's own commit).
- SQLite: an exclusive lock on a file beside the database (`<file>.migrate-lock`), taken with
  fcntl (POSIX) or msvcrt (Windows). SQLite's own locks cannot serve: the busy timeout gives
  up after seconds, and a long upgrade on a large register takes longer.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

# Any fixed 64-bit number, the same in every version of the program: "FondueDk" in ASCII.
ADVISORY_KEY = 0x466F6E6475654463
LOCK_SUFFIX = ".migrate-lock"
# msvcrt.locking only retries for 10 s; we retry it ourselves for this long.
WINDOWS_WAIT_SECONDS = 3600.0


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """Held while this desk reads the revision and upgrades; other desks queue behind it."""
    dialect = engine.dialect.name
    if dialect == "postgresql":
        with _advisory_lock(engine):
            yield
    elif dialect == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with _file_lock(Path(engine.url.database).expanduser()):
            yield
    else:  # an in-memory database belongs to one process
        yield


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_KEY})
        connection.commit()  # the lock is the session's; no transaction left open meanwhile
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
            connection.commit()
            # Never hand a connection that might still hold the lock back to the pool.
            connection.invalidate()


def lock_file_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


@contextmanager
def _file_lock(database: Path) -> Iterator[None]:
    path = lock_file_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        _lock(handle)
        try:
            yield
        finally:
            _unlock(handle)


if os.name == "nt":  # pragma: no cover - exercised on Windows desks
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        deadline = time.monotonic() + WINDOWS_WAIT_SECONDS
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # retries for ~10 s itself
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # blocks until the upgrading desk is done

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
