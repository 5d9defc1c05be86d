"""Where automatic backups go, how many days are kept, and whether they are made at all.

Office data (rows of `office_setting` under "backup.*"), so every desk of the office follows
the same rule and the office export can carry it; only the admin may change it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import OfficeSetting
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.permissions import Action

from .access import acting_user
from .office_settings import put_setting

FOLDER_KEY, KEEP_KEY, AUTOMATIC_KEY = "backup.folder", "backup.keep", "backup.automatic"
DEFAULT_KEEP = 14
KEEP_RANGE = (1, 365)


def default_backup_folder() -> Path:
    from .bootstrap import APP_NAME

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups"


@dataclass(frozen=True)
class BackupSettings:
    folder: str
    keep: int = DEFAULT_KEEP  # days of automatic backups kept (see backup.prune_backups)
    # On: a backup when the main window closes and once a day while it is open.
    automatic: bool = True


def backup_settings(db: Database, office_id: int) -> BackupSettings:
    with db.read() as session:
        stored = dict(session.execute(
            select(OfficeSetting.key, OfficeSetting.value).where(
                OfficeSetting.office_id == office_id,
                OfficeSetting.key.in_((FOLDER_KEY, KEEP_KEY, AUTOMATIC_KEY)))).all())
    try:
        keep = int(stored.get(KEEP_KEY, DEFAULT_KEEP))
    except ValueError:
        keep = DEFAULT_KEEP  # a hand-edited row must not stop the backups
    if not KEEP_RANGE[0] <= keep <= KEEP_RANGE[1]:
        keep = DEFAULT_KEEP
    return BackupSettings(folder=stored.get(FOLDER_KEY) or str(default_backup_folder()),
                          keep=keep, automatic=stored.get(AUTOMATIC_KEY, "1") != "0")


def save_backup_settings(db: Database, actor_id: int, *, folder: str, keep: int,
                         automatic: bool) -> BackupSettings:
    """Check and store the settings (admin only).

    InvalidInput on "folder" (backup.folder_required, backup.folder_not_absolute,
    backup.folder_not_writable) and "keep" (backup.keep_range with min/max). The folder is
    created if it does not exist yet: a folder no backup can be written to is refused now,
    not discovered the evening the office needs its backup.
    """
    with db.write() as session:
        # Who asks comes first: a clerk's request must not even create the folder.
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        path = _check(folder, keep)
        for key, value in ((FOLDER_KEY, str(path)), (KEEP_KEY, str(keep)),
                           (AUTOMATIC_KEY, "1" if automatic else "0")):
            put_setting(session, office_id, key, value)
    return BackupSettings(folder=str(path), keep=keep, automatic=automatic)


def check_backup_settings(folder: str, keep: object) -> list[FieldError]:
    """The problems that need no disk to see (for a form's live check); saving also makes
    sure the folder can be written to."""
    errors = []
    folder = (folder or "").strip()
    if not folder:
        errors.append(FieldError("folder", "backup.folder_required"))
    elif not Path(folder).expanduser().is_absolute():
        errors.append(FieldError("folder", "backup.folder_not_absolute"))
    if (isinstance(keep, bool) or not isinstance(keep, int)
            or not KEEP_RANGE[0] <= keep <= KEEP_RANGE[1]):
        errors.append(FieldError("keep", "backup.keep_range",
                                 {"min": KEEP_RANGE[0], "max": KEEP_RANGE[1]}))
    return errors


def _check(folder: str, keep: object) -> Path:
    errors = check_backup_settings(folder, keep)
    path = Path((folder or "").strip()).expanduser()
    if not any(e.field == "folder" for e in errors) and not _writable(path):
        errors.insert(0, FieldError("folder", "backup.folder_not_writable",
                                    {"folder": str(path)}))
    if errors:
        raise InvalidInput(errors)
    return path


def _writable(path: Path) -> bool:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return path.is_dir() and os.access(path, os.W_OK | os.X_OK)
