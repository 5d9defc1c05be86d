"""Back up and restore the office's database: one verified file, safe to restore.

create_backup → a consistent image (backup_sqlite / backup_postgres) + manifest in one zip
(backup_archive), checked after writing; restore_backup → check the file again, refuse a
newer schema or another kind of database, make a safety backup of what is there now, put the
image in place, upgrade it to this app's schema. Automatic backups and their retention
(backup_auto) are re-exported here; where they go is an office setting (backup_settings).
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import select
from sqlalchemy.engine import make_url

from fondue_desk import __version__
from fondue_desk.db.database import Database
from fondue_desk.db.migrate import alembic_config, current_revision
from fondue_desk.db.models import Office
from fondue_desk.domain.calendar import now_thai, to_thai

from . import backup_postgres, backup_sqlite
from .backup_archive import (
    FORMAT,
    FORMAT_VERSION,
    MEMBERS,
    BackupError,
    BackupInfo,
    commit_archive,
    extract_member,
    free_name,
    read_verified,
    staging_file,
    write_archive,
)
from .backup_auto import (  # automatic backups are part of this module's API
    AUTO_PREFIX,
    STALE_AFTER,
    auto_backup,
    backup_age,
    backup_info,
    is_stale,
    last_good_backup,
    list_auto_backups,
    prune_backups,
)

__all__ = ["AUTO_PREFIX", "STALE_AFTER", "BackupError", "BackupInfo", "RestoreResult",
           "auto_backup", "backup_age", "backup_info", "create_backup", "is_stale",
           "last_good_backup", "list_auto_backups", "prune_backups", "restore_backup",
           "verify_backup"]


SAFETY_PREFIX = "before-restore-"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_backup: BackupInfo | None  # None only when there was no database to keep
    schema_revision: str  # after upgrading the restored database to this app's schema


def _dialect(url: str) -> str:
    return make_url(url).get_backend_name()


def create_backup(db: Database, target_path: str | Path, *, now: datetime | None = None,
                  progress: Progress | None = None) -> BackupInfo:
    """Write a verified backup of `db` to `target_path` (replaced only once the new file is
    whole). Raises BackupError (backup.*) and leaves no partial file behind."""
    target = Path(target_path).expanduser()
    if target.is_dir():
        raise BackupError("backup.target_is_folder", path=str(target))
    try:
        return _create(db, target, now, progress)
    except OSError as exc:  # a full disk, a USB stick pulled out, a read-only folder
        raise BackupError("backup.write_failed", reason=str(exc)) from None


def _create(db: Database, target: Path, now: datetime | None,
            progress: Progress | None) -> BackupInfo:
    created = to_thai(now or now_thai()).astimezone(UTC)
    dialect = db.dialect
    if dialect not in MEMBERS:
        raise BackupError("backup.unsupported_database", dialect=dialect)
    step = progress or (lambda _done, _total: None)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".fondue-backup-") as work:
        image = Path(work) / MEMBERS[dialect]
        step(0, 4)
        if dialect == "sqlite":
            backup_sqlite.snapshot(backup_sqlite.database_file(db.url), image)
            revision, office_name = backup_sqlite.image_facts(image)
        else:
            revision, office_name = _facts(db)
            backup_postgres.dump(db.url, image)
        step(1, 4)
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION,
                    "app_version": __version__, "schema_revision": revision,
                    "dialect": dialect, "office_name": office_name,
                    "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ")}
        with staging_file(target) as staging:
            write_archive(staging, manifest, {MEMBERS[dialect]: image})
            step(2, 4)
            # Read back from disk what was written, image checked by SQLite / pg_restore.
            info = _verify(staging, Path(work))
            step(3, 4)
            commit_archive(staging, target)
    step(4, 4)
    return replace(info, path=str(target), size_bytes=target.stat().st_size)


def _facts(db: Database) -> tuple[str, str]:
    revision = current_revision(db.engine)
    if revision is None:
        raise BackupError("backup.no_schema")
    with db.read() as session:
        name = session.scalar(select(Office.name).order_by(Office.id).limit(1))
    return revision, name or ""


def verify_backup(path: str | Path) -> BackupInfo:
    """The backup's manifest, once every member matched its hash and the database image reads
    whole (SQLite integrity_check; pg_restore's table of contents). BackupError otherwise."""
    path = Path(path).expanduser()
    with tempfile.TemporaryDirectory(prefix="fondue-verify-") as work:
        return _verify(path, Path(work))


def _verify(path: Path, work: Path) -> BackupInfo:
    manifest, info = _read(path)
    image = work / f"verify-{MEMBERS[info.dialect]}"
    try:
        _extract_checked(path, manifest, info.dialect, image)
    finally:
        image.unlink(missing_ok=True)
    return info


def _read(path: Path) -> tuple[dict, BackupInfo]:
    """The manifest, every member but the image hashed (the image is hashed as it is
    extracted by _extract_checked)."""
    manifest, _info = read_verified(path, check_members=False)
    return read_verified(path, unless=MEMBERS[manifest["dialect"]])


def _extract_checked(path: Path, manifest: dict, dialect: str, image: Path) -> None:
    extract_member(path, manifest, MEMBERS[dialect], image)
    if dialect == "sqlite":
        backup_sqlite.check_image(image)
    else:
        backup_postgres.check_dump(image)


def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in script.walk_revisions())


def restore_backup(db_url: str, backup_path: str | Path, *, now: datetime | None = None,
                   safety_folder: str | Path | None = None,
                   progress: Progress | None = None) -> RestoreResult:
    """Replace the database at `db_url` with the backup's content.

    The caller has asked the user and closed its own connections. Refused (BackupError, and
    nothing changed) when the file is damaged or not a backup (backup.corrupted,
    backup.not_a_backup, ...), from another kind of database (backup.dialect_mismatch), or
    from a newer version of the app (backup.newer_schema). Before anything is replaced the
    current database is backed up into `safety_folder` (default: the backup folder).
    """
    from .backup_settings import default_backup_folder

    path = Path(backup_path).expanduser()
    step = progress or (lambda _done, _total: None)
    dialect = _dialect(db_url)
    step(0, 4)
    with tempfile.TemporaryDirectory(dir=_work_folder(db_url, dialect),
                                     prefix=".fondue-restore-") as work:
        manifest, info = _read(path)
        if info.dialect != dialect:
            raise BackupError("backup.dialect_mismatch", backup=info.dialect, database=dialect)
        if info.schema_revision not in known_revisions():
            raise BackupError("backup.newer_schema", revision=info.schema_revision,
                              app_version=info.app_version)
        image = Path(work) / MEMBERS[dialect]
        _extract_checked(path, manifest, dialect, image)
        step(1, 4)
        moment = now or now_thai()
        safety = _safety_backup(db_url, dialect, Path(safety_folder or default_backup_folder()),
                                moment)
        step(2, 4)
        if dialect == "sqlite":
            backup_sqlite.restore_into(image, backup_sqlite.database_file(db_url))
        else:
            backup_postgres.restore(image, db_url)
        step(3, 4)
    try:
        restored = Database.open(db_url)  # Alembic brings an older backup up to today's schema
    except Exception as exc:  # any migration failure: say so, and name the way back
        raise BackupError("backup.upgrade_failed", reason=str(exc),
                          safety=safety.path if safety is not None else "") from exc
    try:
        revision = current_revision(restored.engine) or ""
    finally:
        restored.close()
    step(4, 4)
    return RestoreResult(restored=info, safety_backup=safety, schema_revision=revision)


def _work_folder(db_url: str, dialect: str) -> Path | None:
    # Beside the live file: the image may be as big as the database, /tmp may be small.
    if dialect == "sqlite":
        folder = backup_sqlite.database_file(db_url).parent
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return None


def _safety_backup(db_url: str, dialect: str, folder: Path, now: datetime) -> BackupInfo | None:
    if dialect == "sqlite":
        present = backup_sqlite.has_data(backup_sqlite.database_file(db_url))
    else:
        present = backup_postgres.has_data(db_url)
    if not present:
        return None
    current = Database.open(db_url, migrate=False)
    try:
        return create_backup(current, free_name(folder, SAFETY_PREFIX, now), now=now)
    finally:
        current.close()
