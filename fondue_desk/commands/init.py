"""`fondue-desk init --config FILE --admin USERNAME --password-stdin`: set up a real office
without a window, from a preset or an exported configuration file. Nothing is written unless
everything is right; every problem is printed at once, with its line in the file."""
from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from pathlib import Path

from ..config.parse import load_yaml, parse_config, problems_from_errors
from ..config.problems import ConfigFileError, ConfigProblem, describe
from ..domain.errors import Conflict, InvalidInput
from ..domain.office_config import AdminAccount
from ..services import bootstrap


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "init", help="set up a real office in an empty database from a configuration file "
        "(a preset in resources/presets/ or a `config export`)")
    parser.add_argument("--config", required=True, type=Path, metavar="FILE",
                        help="the configuration file (YAML)")
    parser.add_argument("--admin", required=True, metavar="USERNAME",
                        help="user name of the office's first administrator")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the admin's password from the first line of standard input "
                        "(otherwise it is asked twice)")
    parser.add_argument("--full-name", metavar="NAME",
                        help="the admin's full name (default: the user name)")
    parser.add_argument("--position", default="", metavar="TEXT", help="the admin's position")
    parser.add_argument("--office-name", metavar="NAME",
                        help="the office's name, e.g. เทศบาลตำบลอาจสามารถ (needed with a preset, "
                        "which leaves it out)")
    parser.add_argument("--office-name-en", metavar="NAME",
                        help="the office's name for English readers, e.g. \"Atsamat Subdistrict "
                        "Municipality\" (English screens and receipts)")


def run(args: argparse.Namespace) -> int:
    from ..services.office_setup import create_office
    from ..services.reference import office

    lang = args.lang or "th"
    try:
        text = args.config.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(lang, f"อ่านไฟล์ {args.config} ไม่ได้: {exc}",
                     f"cannot read {args.config}: {exc}")
    try:
        config = parse_config(text)
    except ConfigFileError as exc:
        return _problems(lang, args.config, exc.problems)
    if args.office_name is not None:
        config = replace(config, office=replace(config.office, name=args.office_name))
    if args.office_name_en is not None:
        config = replace(config, office=replace(config.office, name_en=args.office_name_en))
    password = _password(args.password_stdin)
    if password is None:
        return _fail(lang, "รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน", "the two passwords differ")
    admin = AdminAccount(args.admin, password, args.full_name or args.admin, args.position)
    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    try:
        result = create_office(db, config, admin)
        name = office(db, result.office_id).name
    except InvalidInput as exc:
        _problems(lang, args.config, problems_from_errors(load_yaml(text), exc.errors))
        if "office.name" in exc.fields and args.office_name is None:
            print("  (ใส่ชื่อสำนักงานด้วย --office-name)" if lang == "th" else
                  "  (give the office's name with --office-name)", file=sys.stderr)
        return 2
    except Conflict:
        return _fail(lang, "ฐานข้อมูลนี้มีสำนักงานอยู่แล้ว (ใช้ config import เพื่อปรับค่าของสำนักงาน)",
                     "this database already has an office (use `config import` to change it)")
    finally:
        db.close()
    print(f"สร้าง{name}แล้ว ผู้ดูแลระบบ: {admin.username.strip().lower()}" if lang == "th" else
          f"created {name}; administrator: {admin.username.strip().lower()}")
    return 0


def print_problems(lang: str, source: Path, problems: tuple[ConfigProblem, ...] | list) -> None:
    heading = (f"{source}: ไม่ได้บันทึกสิ่งใด เพราะพบปัญหา {len(problems)} รายการ" if lang == "th"
               else f"{source}: nothing was written; {len(problems)} problem(s)")
    print(f"fondue-desk: {heading}", file=sys.stderr)
    for problem in problems:
        print(f"  {describe(problem, lang)}", file=sys.stderr)


def _problems(lang: str, source: Path, problems) -> int:
    print_problems(lang, source, problems)
    return 2


def _fail(lang: str, thai: str, english: str) -> int:
    print(f"fondue-desk: {thai if lang == 'th' else english}; "
          f"{'ไม่ได้บันทึกสิ่งใด' if lang == 'th' else 'nothing was written'}", file=sys.stderr)
    return 2


def _password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    return first if getpass.getpass("Repeat the password: ") == first else None
