"""The Database handle services work through: one engine, read and write units of work."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .engine import make_engine
from .notify import notify
from .write_gate import WriteGate


@dataclass
class Database:
    """Built once at start-up (never at import) and passed to every service call."""

    url: str
    engine: Engine
    _writer: sessionmaker[Session] = field(init=False, repr=False)
    _reader: sessionmaker[Session] = field(init=False, repr=False)
    _gate: WriteGate = field(init=False, repr=False)

    def __post_init__(self) -> None:
        sqlite_file = self.engine.dialect.name == "sqlite"
        self._gate = WriteGate(self.engine.url.database if sqlite_file else None)
        writer_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Database:
        db = cls(url=url, engine=make_engine(url))
        if migrate:
            from .migrate import upgrade_to_head

            upgrade_to_head(db.engine)
        return db

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction: committed on success, rolled back on any error.

        On SQLite, desks on this PC first queue at the write gate (write_gate.py), so the
        lock goes to them in turn instead of to whoever SQLite's busy handler wakes first.
        Keep work that needs no lock (rendering, hashing, checks of plain values) outside.
        """
        with self._gate.held(), self._writer() as session, session.begin():
            yield session
            notify(session)  # other desks refresh once this commits (PostgreSQL; SQLite polls)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()
        self._gate.close()
