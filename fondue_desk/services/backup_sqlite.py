"""SQLite images through SQLite's online backup API, never by copying files.

A live SQLite file is not the database: in WAL mode the recent commits live in the `-wal`
file until a checkpoint, and a file copied while a desk writes can be torn. The backup API
reads one consistent snapshot through SQLite itself (WAL content included) while other desks
go on writing. Restoring goes the same way in reverse: the pages are written *through* the
live database's own pager, under its write lock and into its WAL, so no stale `-wal`/`-shm`
left beside a replaced file can bring old pages back, and a desk still connected sees the
restored data on its next read instead of a file swapped under its feet.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

from .backup_archive import BackupError

BUSY_TIMEOUT_S = 30


def _read_only(path: Path) -> str:
    # A URI, so SQLite opens the image read-only; as_uri escapes what a raw path would break
    # on (spaces, '?', '#', '%', Windows drive letters).
    return path.resolve().as_uri() + "?mode=ro"


def database_file(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("backup.no_database_file")
    return Path(database).expanduser()


def snapshot(live: Path, destination: Path) -> None:
    """Copy the live database into `destination` (a new file) as one consistent snapshot."""
    if not live.is_file():
        raise BackupError("backup.no_database_file", path=str(live))
    try:
        with closing(sqlite3.connect(live, timeout=BUSY_TIMEOUT_S)) as source, \
                closing(sqlite3.connect(destination)) as copy:
            # pages=-1: all pages in one step inside one read transaction. Copied in steps,
            # the backup restarts whenever another process commits, and a busy counter
            # would keep it restarting for ever; a WAL reader blocks no writer.
            source.backup(copy, pages=-1)
            # The image must stand alone in the archive: no -wal beside it.
            copy.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup.read_failed", reason=str(exc)) from None


def check_image(image: Path) -> None:
    """Refuse an image SQLite itself does not find whole (`PRAGMA integrity_check`)."""
    try:
        with closing(sqlite3.connect(_read_only(image), uri=True)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup.corrupted", reason=str(exc)) from None
    if rows != [("ok",)]:
        raise BackupError("backup.corrupted", reason="; ".join(str(r[0]) for r in rows[:5]))


def image_facts(image: Path) -> tuple[str, str]:
    """(schema revision, office name) as recorded inside the image itself."""
    with closing(sqlite3.connect(_read_only(image), uri=True)) as connection:
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            revision = None
        try:
            office = connection.execute("SELECT name FROM office ORDER BY id LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            office = None
    if revision is None:
        raise BackupError("backup.no_schema")
    return revision[0], office[0] if office else ""


def has_data(live: Path) -> bool:
    """Whether there is a database worth a safety backup (any table at all)."""
    if not live.is_file() or live.stat().st_size == 0:
        return False
    try:
        with closing(sqlite3.connect(live, timeout=BUSY_TIMEOUT_S)) as connection:
            return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        return True  # unreadable: let the safety backup say so rather than overwrite it


def restore_into(image: Path, live: Path) -> None:
    """Write the image's pages into the live database through SQLite (see module docstring)."""
    live.parent.mkdir(parents=True, exist_ok=True)
    try:
        with closing(sqlite3.connect(_read_only(image), uri=True)) as source, \
                closing(sqlite3.connect(live, timeout=BUSY_TIMEOUT_S)) as target:
            target.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            source.backup(target, pages=-1)
            # Fold the restored pages into the main file now, so the file alone is the
            # restored database even if the next thing to touch it is a file copy.
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup.restore_failed", reason=str(exc)) from None
