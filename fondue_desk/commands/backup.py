"""`fondue-desk backup FILE`: a verified backup of the database, safe while desks are working."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fondue_desk.domain.calendar import to_thai

from ..services import bootstrap
from ..services.backup_archive import SUFFIX, BackupError, BackupInfo

# English words for the core's backup codes; the GUI has its own translated ones.
MESSAGES = {
    "backup.not_found": "there is no file at {path}",
    "backup.not_a_backup": "this file is not a Fondue Desk backup",
    "backup.corrupted": "the backup file is damaged or has been altered ({reason}); "
                        "use another backup",
    "backup.newer_format": "the backup was made by a newer Fondue Desk (file format "
                           "{format_version}); update this program first",
    "backup.newer_schema": "the backup was made by a newer Fondue Desk ({app_version}, schema "
                           "{revision}); update this program before restoring it",
    "backup.dialect_mismatch": "this is a {backup} backup and the database is {database}; "
                               "a backup restores only into the same kind of database",
    "backup.tool_missing": "{tool} was not found; install the PostgreSQL client tools of "
                           "the server's version or set FONDUE_DESK_PG_BIN to their folder",
    "backup.tool_failed": "{tool} failed: {reason}",
    "backup.no_database_file": "there is no database file to back up ({path})",
    "backup.no_schema": "the database has no schema version; open it with Fondue Desk first",
    "backup.read_failed": "the database could not be read: {reason}",
    "backup.restore_failed": "the restore failed and was undone: {reason}",
    "backup.target_is_folder": "{path} is a folder; give the name of the backup file",
    "backup.write_failed": "the backup could not be written: {reason}",
    "backup.upgrade_failed": "the backup was restored but could not be upgraded to this "
                             "version ({reason}); the data as it was is in {safety}",
    "backup.unsupported_database": "backups of {dialect} databases are not supported",
}


def describe(error: BackupError) -> str:
    template = MESSAGES.get(error.code)
    if template is None:
        return error.code
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return template.split(" ({")[0]


def describe_info(info: BackupInfo) -> str:
    taken = to_thai(info.created_at).strftime("%Y-%m-%d %H:%M")
    return (f"office {info.office_name or '(none)'}, taken {taken} Thai time, "
            f"{info.dialect}, schema {info.schema_revision}, app {info.app_version}, "
            f"{info.size_bytes:,} bytes")


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "backup", help="write a verified backup of the database to FILE "
        "(safe while desks are working; never copy a live SQLite file)")
    parser.add_argument("file", type=Path, metavar="FILE",
                        help=f"the backup file to write (e.g. office{SUFFIX})")


def run(args: argparse.Namespace) -> int:
    from fondue_desk.db.database import Database

    from ..services.backup import create_backup

    url = bootstrap.resolve_database_url(args.db)
    try:
        db = Database.open(url, migrate=False)  # a backup takes the database as it is
    except Exception as exc:  # noqa: BLE001  (driver errors of any kind: say so, stop)
        print(f"fondue-desk: cannot open the database: {exc}", file=sys.stderr)
        return 2
    try:
        info = create_backup(db, args.file)
    except BackupError as error:
        print(f"fondue-desk: backup failed: {describe(error)}; nothing was written",
              file=sys.stderr)
        return 2
    finally:
        db.close()
    print(f"backed up to {info.path} and verified: {describe_info(info)}")
    return 0

