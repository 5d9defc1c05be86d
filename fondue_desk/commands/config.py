"""`fondue-desk config export FILE` and `fondue-desk config import FILE [--dry-run]`: the office's
whole shape as one YAML file, and back. An import prints its plan; --dry-run changes nothing."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ..config.parse import load_yaml, parse_config, problems_from_errors
from ..config.problems import ConfigFileError
from ..domain.errors import InvalidInput
from ..services import bootstrap, reference
from .init import print_problems


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("config", help="export or import the office's configuration "
                                 "(villages, categories, crews, numbering, letters, map)")
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the office's configuration to a YAML file")
    export.add_argument("file", type=Path, metavar="FILE", help="the file to write; - for "
                        "standard output")
    imported = actions.add_parser(
        "import", help="make the office match a configuration file, all or nothing; rows that "
        "complaints use are retired, never deleted")
    imported.add_argument("file", type=Path, metavar="FILE", help="the configuration file")
    imported.add_argument("--dry-run", action="store_true",
                          help="only show what would change; change nothing")


def run(args: argparse.Namespace) -> int:
    lang = args.lang or "th"
    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    try:
        office = reference.first_office(db)
        if office is None:
            print("fondue-desk: " + ("ฐานข้อมูลนี้ยังไม่มีสำนักงาน (ใช้ fondue-desk init)"
                                     if lang == "th" else
                                     "this database has no office yet (use fondue-desk init)"),
                  file=sys.stderr)
            return 2
        if args.config_action == "export":
            return _export(db, office.id, args.file, lang)
        return _import(db, office.id, args.file, args.dry_run, lang)
    finally:
        db.close()


def _export(db, office_id: int, target: Path, lang: str) -> int:
    from ..config.export import export_config

    text = export_config(db, office_id)
    if str(target) == "-":
        sys.stdout.write(text)
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed: a failed export never leaves half a file.
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".config-", suffix=".yaml")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    print(f"เขียน {target} แล้ว" if lang == "th" else f"wrote {target}")
    return 0


def _import(db, office_id: int, source: Path, dry_run: bool, lang: str) -> int:
    from ..config.importer import apply_import

    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"fondue-desk: {source}: {exc}", file=sys.stderr)
        return 2
    try:
        config = parse_config(text, complete=True)
        plan = apply_import(db, _first_admin(db, office_id), config, dry_run=dry_run)
    except ConfigFileError as exc:
        print_problems(lang, source, exc.problems)
        return 2
    except InvalidInput as exc:
        print_problems(lang, source, problems_from_errors(load_yaml(text), exc.errors))
        return 2
    if plan.is_empty:
        print("ไม่มีสิ่งใดต้องเปลี่ยน" if lang == "th" else "nothing to change")
        return 0
    heading = {("th", True): "จะเปลี่ยนดังนี้ (ยังไม่ได้บันทึก เพราะใช้ --dry-run):",
               ("th", False): "เปลี่ยนแล้วดังนี้:",
               ("en", True): "would change (nothing written, --dry-run):",
               ("en", False): "changed:"}[(lang, dry_run)]
    print(heading)
    for line in plan.describe(lang):
        print(f"  {line}")
    return 0


def _first_admin(db, office_id: int) -> int:
    """Who a command-line import acts as: whoever can run this command can open the database
    anyway, so it stands for the office's first active admin."""
    from sqlalchemy import select

    from ..db.models import User
    from ..domain.errors import NotFound
    from ..domain.statuses import Role

    with db.read() as session:
        admin_id = session.scalar(select(User.id).where(
            User.office_id == office_id, User.role == Role.ADMIN.value, User.active)
            .order_by(User.id).limit(1))
    if admin_id is None:
        raise NotFound("user.no_admin", office_id=office_id)
    return admin_id
