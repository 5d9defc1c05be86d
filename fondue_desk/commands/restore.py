"""`fondue-desk restore FILE [--yes]`: put a backup back, after a safety backup of today's data."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services import bootstrap
from ..services.backup_archive import BackupError
from .backup_texts import describe, describe_info, is_yes, text


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "restore", help="replace the database with a backup (the current data is backed up "
        "first); close every desk before restoring")
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup file")
    parser.add_argument("--yes", action="store_true",
                        help="do not ask for confirmation (for scripts)")
    parser.add_argument("--check", action="store_true",
                        help="only verify the backup and show what it holds; change nothing")
    parser.add_argument("--safety-folder", type=Path, metavar="DIR",
                        help="where the backup of the current data goes (default: the "
                        "office's backup folder)")


def run(args: argparse.Namespace) -> int:
    from ..services.backup import restore_backup, verify_backup

    lang = args.lang or "th"
    url = bootstrap.resolve_database_url(args.db)
    try:
        info = verify_backup(args.file)
    except BackupError as error:
        print("fondue-desk: " + text(lang, "cannot_restore", path=args.file,
                                     reason=describe(lang, error)), file=sys.stderr)
        return 2
    print(text(lang, "backup_summary", path=args.file, info=describe_info(lang, info)))
    if args.check:
        print(text(lang, "whole"))
        return 0
    safety = args.safety_folder or _office_backup_folder(url)
    print(text(lang, "warning", location=_location(url), safety=safety))
    if not args.yes and not _confirmed(lang):
        print(f"fondue-desk: {text(lang, 'not_confirmed')}", file=sys.stderr)
        return 2
    try:
        result = restore_backup(url, args.file, safety_folder=safety)
    except BackupError as error:
        # A restore that could not be upgraded did change the data: no "nothing was changed".
        key = "not_upgraded" if error.code == "backup.upgrade_failed" else "refused"
        print(f"fondue-desk: {text(lang, key, reason=describe(lang, error))}", file=sys.stderr)
        return 2
    if result.safety_backup is not None:
        print(text(lang, "safety_saved", path=result.safety_backup.path))
    print(text(lang, "restored", revision=result.schema_revision))
    return 0


def _confirmed(lang: str) -> bool:
    if not sys.stdin.isatty():
        print(f"fondue-desk: {text(lang, 'need_yes')}", file=sys.stderr)
        return False
    try:
        return is_yes(lang, input(text(lang, "question")))
    except EOFError:
        return False


def _sqlite_file(url: str) -> Path:
    from ..services.backup_sqlite import database_file

    return database_file(url)


def _location(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)


def _office_backup_folder(url: str) -> Path:
    """The office's configured backup folder, read without migrating anything (the database
    may be old or damaged: that is often why it is being restored)."""
    from fondue_desk.db.database import Database

    from ..services.backup_settings import backup_settings, default_backup_folder
    from ..services.reference import first_office

    try:
        if url.startswith("sqlite") and not _sqlite_file(url).is_file():
            return default_backup_folder()  # opening it would create an empty file
        db = Database.open(url, migrate=False)
        try:
            office = first_office(db)
            if office is not None:
                return Path(backup_settings(db, office.id).folder)
        finally:
            db.close()
    except Exception:  # noqa: BLE001, S110  (any failure here only means: use the default)
        pass
    return default_backup_folder()
