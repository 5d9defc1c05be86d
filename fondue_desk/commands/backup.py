"""`fondue-desk backup FILE`: a verified backup of the database, safe while desks are working."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services import bootstrap
from ..services.backup_archive import SUFFIX, BackupError
from .backup_texts import describe, describe_info, text


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "backup", help="write a verified backup of the database to FILE "
        "(safe while desks are working; never copy a live SQLite file)")
    parser.add_argument("file", type=Path, metavar="FILE",
                        help=f"the backup file to write (e.g. office{SUFFIX})")


def run(args: argparse.Namespace) -> int:
    from fondue_desk.db.database import Database

    from ..services.backup import create_backup

    lang = args.lang or "th"
    url = bootstrap.resolve_database_url(args.db)
    try:
        db = Database.open(url, migrate=False)  # a backup takes the database as it is
    except Exception as exc:  # noqa: BLE001  (driver errors of any kind: say so, stop)
        print(f"fondue-desk: {text(lang, 'cannot_open', reason=exc)}", file=sys.stderr)
        return 2
    try:
        info = create_backup(db, args.file)
    except BackupError as error:
        print(f"fondue-desk: {text(lang, 'backup_failed', reason=describe(lang, error))}",
              file=sys.stderr)
        return 2
    finally:
        db.close()
    print(text(lang, "backed_up", path=info.path, info=describe_info(lang, info)))
    return 0
