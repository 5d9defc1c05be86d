"""Words for backups: the core's backup.* codes, the age of the last backup, a backup's date."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.errors import FieldError, FondueError

from ..dates import short_datetime



def _codes() -> dict[str, str]:
    return {
        "backup.not_found": QCoreApplication.translate("Backup", "The file is not there any more."),
        "backup.not_a_backup": QCoreApplication.translate("Backup", "This file is not a Fondue Desk backup."),
        "backup.corrupted": QCoreApplication.translate("Backup", "The backup file is damaged or has been altered. "
                               "Use another backup."),
        "backup.newer_format": QCoreApplication.translate("Backup", "This backup was made by a newer version of Fondue Desk. "
                                  "Update this program first."),
        "backup.newer_schema": QCoreApplication.translate("Backup", "This backup was made by a newer version of Fondue Desk "
                                  "(%1). Update this program before restoring it."),
        "backup.dialect_mismatch": QCoreApplication.translate("Backup", "This backup is of another kind of database and cannot "
                                      "be restored into this one."),
        "backup.tool_missing": QCoreApplication.translate("Backup", "The PostgreSQL program %1 was not found. Install the "
                                  "PostgreSQL client tools of the server's version."),
        "backup.tool_failed": QCoreApplication.translate("Backup", "The PostgreSQL program %1 failed."),
        "backup.no_database_file": QCoreApplication.translate("Backup", "There is no database file to back up."),
        "backup.no_schema": QCoreApplication.translate("Backup", "The database has no schema version."),
        "backup.read_failed": QCoreApplication.translate("Backup", "The database could not be read."),
        "backup.restore_failed": QCoreApplication.translate("Backup", "The restore failed and was undone."),
        "backup.target_is_folder": QCoreApplication.translate("Backup", "Give a file name, not a folder."),
        "backup.write_failed": QCoreApplication.translate("Backup", "The backup could not be written: the folder may be "
                                  "read-only, full or unplugged."),
        "backup.unsupported_database": QCoreApplication.translate("Backup", "This kind of database cannot be backed up here."),
        "backup.upgrade_failed": QCoreApplication.translate("Backup", "The backup was restored but could not be upgraded to "
                                    "this version of Fondue Desk. The data as it was before "
                                    "is in the safety backup: %1"),
    }


def error_text(error: BaseException) -> str:
    if isinstance(error, FondueError):
        text = _codes().get(error.code)
        if text is not None:
            first = (error.params.get("app_version") or error.params.get("tool")
                     or error.params.get("safety") or "")
            return text.replace("%1", str(first))
        from ..messages import error_text as general

        return general(error)
    return QCoreApplication.translate("Backup", "Unexpected error: %1").replace("%1", str(error))


def field_error_text(error: FieldError) -> str:
    texts = {
        "backup.folder_required": QCoreApplication.translate("Backup", "Choose a folder for the automatic backups."),
        "backup.folder_not_absolute": QCoreApplication.translate("Backup", "Give the full path of the folder, e.g. D:\\Backups "
                                         "or /home/office/backups."),
        "backup.folder_not_writable": QCoreApplication.translate("Backup", "Backups cannot be written to this folder."),
        "backup.keep_range": QCoreApplication.translate("Backup", "Keep from %1 to %2 days of backups."),
    }
    text = texts.get(error.code)
    if text is None:
        from ..messages import field_error_text as general

        return general(error)
    return (text.replace("%1", str(error.params.get("min", "?")))
            .replace("%2", str(error.params.get("max", "?"))))


def when_text(created_at) -> str:
    """"6 ธ.ค. 2569 17:30" ("6 Dec 2026 17:30") in Thai time (created_at is naive UTC)."""
    return short_datetime(created_at)


def size_text(size_bytes: int) -> str:
    if size_bytes < 1_048_576:
        return QCoreApplication.translate("Backup", "%1 KB").replace("%1", f"{max(size_bytes // 1024, 1):,}")
    return QCoreApplication.translate("Backup", "%1 MB").replace("%1", f"{size_bytes / 1_048_576:,.1f}")


def age_text(age: timedelta | None) -> str:
    """"Last backup: 2 hours ago" for the status bar."""
    if age is None:
        return QCoreApplication.translate("Backup", "Last backup: none")
    return QCoreApplication.translate("Backup", "Last backup: %1").replace("%1", ago_text(age))


def ago_text(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 2:
        ago = QCoreApplication.translate("Backup", "just now")
    elif minutes < 60:
        ago = QCoreApplication.translate("Backup", "%1 minutes ago").replace("%1", str(minutes))
    elif minutes < 120:
        ago = QCoreApplication.translate("Backup", "an hour ago")
    elif minutes < 48 * 60:
        ago = QCoreApplication.translate("Backup", "%1 hours ago").replace("%1", str(minutes // 60))
    else:
        ago = QCoreApplication.translate("Backup", "%1 days ago").replace("%1", str(minutes // (24 * 60)))
    return ago
