"""Automatic backups: named by their time, kept by days, the newest good one for the status bar."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fondue_desk.db.database import Database
from fondue_desk.domain.calendar import now_thai, to_thai

from .backup_archive import SUFFIX, BackupError, BackupInfo, free_name, read_manifest

AUTO_PREFIX = "fondue-desk-"
_AUTO_NAME = re.compile(rf"^{AUTO_PREFIX}\d{{8}}-\d{{6}}(-\d+)?{re.escape(SUFFIX)}$")


def auto_backup(db: Database, folder: str | Path, keep: int, *,
                now: datetime | None = None) -> BackupInfo:
    """A backup named fondue-desk-YYYYMMDD-HHMMSS.fdbackup (Thai time) in `folder`, then
    `prune_backups(folder, keep)`. Safety backups and files the user put there are never
    pruned."""
    from .backup import create_backup  # backup imports this module for its API

    moment = now or now_thai()
    info = create_backup(db, free_name(Path(folder).expanduser(), AUTO_PREFIX, moment),
                         now=moment)
    prune_backups(folder, keep)
    return info


def list_auto_backups(folder: str | Path) -> list[Path]:
    """Automatic backups in `folder`, newest first (the name holds the time)."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and _AUTO_NAME.match(p.name)]
    return sorted(found, key=lambda p: _auto_sort_key(p.name), reverse=True)


def _auto_sort_key(name: str) -> tuple[str, int]:
    stem = name[len(AUTO_PREFIX):-len(SUFFIX)]
    stamp, _, n = stem[:15], stem[15:16], stem[16:]
    return stamp, int(n) if n else 0


def prune_backups(folder: str | Path, keep: int) -> list[Path]:
    """Keep automatic backups of the newest `keep` days: every backup of the newest day, the
    last one of each earlier day; delete the rest and return what was deleted.

    Counting days, not files: a desk opened and closed five times a day must not push the
    last fortnight out of a "keep 14" folder by Wednesday.
    """
    by_day: dict[str, list[Path]] = {}
    for path in list_auto_backups(folder):  # newest first
        by_day.setdefault(_auto_sort_key(path.name)[0][:8], []).append(path)
    days = list(by_day)
    kept_days = days[:max(keep, 1)]
    doomed = [p for day in days if day not in kept_days for p in by_day[day]]
    doomed += [p for day in kept_days[1:] for p in by_day[day][1:]]
    for old in doomed:
        old.unlink(missing_ok=True)
    return doomed


STALE_AFTER = timedelta(days=2)


def is_stale(info: BackupInfo | None, now: datetime | None = None) -> bool:
    """No backup, or the newest is more than two days old: the status bar shows it in red."""
    if info is None:
        return True
    return backup_age(info, now) > STALE_AFTER


def backup_age(info: BackupInfo, now: datetime | None = None) -> timedelta:
    moment = to_thai(now or now_thai()).astimezone(UTC).replace(tzinfo=None)
    return max(moment - info.created_at, timedelta(0))


def backup_info(path: str | Path) -> BackupInfo:
    """What a backup file says about itself, read quickly (no hashing); BackupError if the
    file is not a readable backup."""
    return read_manifest(Path(path).expanduser())


def last_good_backup(folder: str | Path, *, deep: bool = False) -> BackupInfo | None:
    """The newest automatic backup whose manifest reads (and, with deep, whose content checks).

    Backups reach their final name only after they were verified, so reading the manifest is
    enough for the status bar; `deep` re-checks every byte.
    """
    from .backup import verify_backup

    for path in list_auto_backups(folder):
        try:
            return verify_backup(path) if deep else read_manifest(path)
        except BackupError:
            continue
    return None

