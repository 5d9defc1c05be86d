"""Command-line entry points that need no window: demo data, printing, passwords, version.

`main.py` owns the process: it parses with `build_parser()` and either starts the GUI (no
subcommand) or hands the parsed arguments to `run()` here, so this module never touches Qt.
"""
from __future__ import annotations

import argparse
import getpass
import importlib
import sys
from pathlib import Path

from fondue_desk import __version__
from fondue_desk.domain.errors import Conflict, FondueError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.numbers import format_count

from .commands.error_texts import describe_error, describe_field_error
from .services import bootstrap

# Commands with a module of their own in fondue_desk/commands/; each owns its subparser.
COMMAND_MODULES: tuple[str, ...] = ("backup", "restore", "init", "config", "db", "traffy_import",
                                     "export", "report")
# A command whose module is named otherwise (`import traffy` lives in traffy_import.py).
_MODULE_OF_COMMAND = {"import": "traffy_import"}


def _command_module(name: str):
    return importlib.import_module(f"fondue_desk.commands.{name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fondue-desk",
        description="Fondue Desk: complaint desk for Thai sub-district offices. "
        "Without a command it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"fondue-desk {__version__}")
    parser.add_argument(
        "--db", metavar="URL",
        help=f"SQLAlchemy database URL or SQLite file path (default: ${bootstrap.DB_ENV} "
        "or a file in the user data folder)",
    )
    parser.add_argument("--user", metavar="NAME",
                        help="user name to fill in at sign-in (GUI)")
    parser.add_argument("--lang", choices=("th", "en"), help="interface language (default th)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create (or grow) the demo office")
    demo.add_argument("--complaints", type=_non_negative, default=bootstrap.DEMO_COMPLAINTS,
                      metavar="N", help="how many complaints to add (default %(default)s)")
    demo.add_argument("--seed", type=int, default=2569, help=argparse.SUPPRESS)

    print_cmd = commands.add_parser("print", help="write a document as PDF")
    documents = print_cmd.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    receipt = documents.add_parser("receipt", help="a complaint's receipt")
    receipt.add_argument("tracking", metavar="TRACKING", help="tracking number, e.g. 2570-000123")
    receipt.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    receipt.add_argument("--format", choices=("a5", "thermal"), default="a5",
                         help="A5 sheet or 80 mm thermal roll (default a5)")
    letter = documents.add_parser("letter", help="a closed complaint's closure letter")
    letter.add_argument("tracking", metavar="TRACKING", help="tracking number, e.g. 2570-000123")
    letter.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    work_order = documents.add_parser("work-order", help="a printed work order (ใบสั่งงาน)")
    work_order.add_argument("number", metavar="NUMBER", help="work order number, e.g. 12/2570")
    work_order.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    for document in (receipt, letter, work_order):
        # Numbers are per office: on a server shared by several, say whose (default: the first).
        document.add_argument("--office", type=int, metavar="ID",
                              help="the office's id when the database holds several")

    user_cmd = commands.add_parser("user", help="manage user accounts")
    user_actions = user_cmd.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    set_password = user_actions.add_parser(
        "set-password", help="set a user's password (they must change it at the next sign-in); "
        "also lifts a lock-out, the way back in for a locked-out admin")
    set_password.add_argument("username", metavar="USERNAME")
    set_password.add_argument("--password-stdin", action="store_true",
                              help="read the password from the first line of standard input")
    for name in COMMAND_MODULES:
        _command_module(name).add_parser(commands)
    return parser


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run(args: argparse.Namespace) -> int:
    if args.command != "db":  # `db check` words the same problem among its findings
        _warn_network_share(args)
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "print" and args.document == "receipt":
            return _print_receipt(args)
        if args.command == "print" and args.document == "work-order":
            return _print_work_order(args)
        if args.command == "print" and args.document == "letter":
            return _print_letter(args)
        if args.command == "user" and args.user_action == "set-password":
            return _set_password(args)
        module = _MODULE_OF_COMMAND.get(args.command, args.command)
        if module in COMMAND_MODULES:
            return _command_module(module).run(args)
    except NotFound as exc:
        print(f"fondue-desk: {describe_error(args.lang, exc)}", file=sys.stderr)
        return 1
    except (FondueError, RuleViolation) as exc:
        print(f"fondue-desk: {describe_error(args.lang, exc)}", file=sys.stderr)
        return 2
    raise AssertionError(f"unhandled command {args.command}")


def _warn_network_share(args: argparse.Namespace) -> None:
    """SQLite over SMB/NFS can lose or damage data: say so before the command uses it."""
    from .commands.db_check_texts import share_warning
    from .services.db_check import network_share_of

    reason = network_share_of(bootstrap.resolve_database_url(args.db))
    if reason is not None:
        print(f"fondue-desk: {share_warning(args.lang, reason)}", file=sys.stderr)


def _demo(args: argparse.Namespace) -> int:
    from .services import demo, reference

    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    office = reference.first_office(db)
    if office is None:
        # A developer's or trainer's database: the README's demo users sign in as documented.
        summary = demo.create_demo_office(db, complaints=args.complaints, seed=args.seed,
                                          passwords_must_change=False)
        print(f"created demo office {summary.office_name} with "
              f"{format_count(summary.complaints)} complaints in {summary.seconds:.1f} s; "
              f"users: {', '.join(summary.users)}")
        return 0
    if not office.is_demo:
        raise Conflict("demo.not_demo_office", office=office.name)
    added = demo.add_demo_complaints(db, office.id, args.complaints, seed=args.seed)
    print(f"added {format_count(added)} demo complaints to {office.name}")
    return 0


def _print_work_order(args: argparse.Namespace) -> int:
    from .services import work_orders

    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    return _write(args.output, work_orders.work_order_pdf_by_number(db, _office_id(db, args),
                                                                    args.number))


def _office_id(db, args: argparse.Namespace) -> int:
    from .services import reference

    if args.office is not None:
        return reference.office(db, args.office).id
    office = reference.first_office(db)
    if office is None:
        raise NotFound("office.not_found")
    return office.id


def _print_letter(args: argparse.Namespace) -> int:
    from .services import letters

    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    return _write(args.output, letters.letter_pdf_by_tracking(db, args.tracking,
                                                              office_id=_office_id(db, args)))


def _write(output: Path, pdf: bytes) -> int:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(pdf)
    print(f"wrote {output} ({len(pdf):,} bytes)")
    return 0


def _print_receipt(args: argparse.Namespace) -> int:
    from .services import receipts

    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    return _write(args.output, receipts.receipt_pdf_by_tracking(
        db, args.tracking, variant=args.format, office_id=_office_id(db, args)))


def _set_password(args: argparse.Namespace) -> int:
    from .services import accounts

    password = _read_new_password(args.password_stdin)
    if password is None:
        print("fondue-desk: the two passwords differ; nothing was changed", file=sys.stderr)
        return 2
    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    try:
        accounts.recover_password(db, args.username, password)
    except InvalidInput as exc:
        for error in exc.errors:
            print(f"fondue-desk: {describe_field_error(args.lang, error)}", file=sys.stderr)
        return 2
    finally:
        db.close()
    print(f"password set for {args.username}; it must be changed at the next sign-in")
    return 0


def _read_new_password(from_stdin: bool) -> str | None:
    """The new password, or None when the two typed copies differ."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New password: ")
    return first if getpass.getpass("Repeat the new password: ") == first else None
