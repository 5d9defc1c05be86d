"""Desks on one PC queue for an SQLite file's write lock in the kernel, not in SQLite.

SQLite has one writer at a time, and its busy handler makes waiters sleep ever longer between
tries: a desk that has waited a while sleeps through the moments the lock is free while other
desks take it (8 desks saving at once: one save waited 4-10 s). Every write unit of work first
takes an exclusive `flock` on a file beside the database. Waiters sleep in the kernel, use no
CPU, and are woken the moment the holder commits, so a wait is about the queue ahead of it.
Only desks on the same machine share the gate (SQLite must not be shared over a network
anyway); anything that writes without it (a backup, a migration) is still excluded by SQLite
itself, and BEGIN IMMEDIATE still waits for it (engine._begin_immediate).
Windows has no blocking lock without a 1-s retry loop (msvcrt.locking), so there the gate is
open and the short-poll BEGIN IMMEDIATE alone keeps waits fair.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

SUFFIX = "-writers.lock"


class WriteGate:
    """One per Database: threads of this process queue on a lock, processes on the file."""

    def __init__(self, database_path: str | None) -> None:
        self._threads = threading.RLock()
        self._depth = 0
        self._path = (Path(database_path + SUFFIX)
                      if fcntl is not None and database_path not in (None, "", ":memory:")
                      else None)
        self._fd: int | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._threads:
            outermost = self._depth == 0
            if outermost:
                self._lock_file()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if outermost:
                    self._unlock_file()

    def _lock_file(self) -> None:
        if self._path is None:
            return
        if self._fd is None:
            try:
                self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError:
                # A read-only folder: SQLite alone decides (it will refuse the write anyway).
                self._path = None
                return
        fcntl.flock(self._fd, fcntl.LOCK_EX)

    def _unlock_file(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        with self._threads:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
