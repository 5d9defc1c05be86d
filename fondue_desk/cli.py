"""Command-line entry points that need no window: demo data, printing, version.

`main.py` owns the process: it parses with `build_parser()` and either starts the GUI (no
subcommand) or hands the parsed arguments to `run()` here, so this module never touches Qt.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fondue_desk import __version__
from fondue_desk.domain.errors import Conflict, FondueError, NotFound

from .services import bootstrap


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
    parser.add_argument("--user", metavar="NAME", help="act as this user (GUI)")
    parser.add_argument("--lang", choices=("th", "en"), help="interface language (default th)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create (or grow) the demo office")
    demo.add_argument("--complaints", type=_non_negative, default=bootstrap.FIRST_RUN_DEMO_COMPLAINTS,
                      metavar="N", help="how many complaints to add (default %(default)s)")
    demo.add_argument("--seed", type=int, default=2569, help=argparse.SUPPRESS)

    print_cmd = commands.add_parser("print", help="write a document as PDF")
    documents = print_cmd.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    receipt = documents.add_parser("receipt", help="a complaint's receipt")
    receipt.add_argument("tracking", metavar="TRACKING", help="tracking number, e.g. 2570-000123")
    receipt.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    receipt.add_argument("--format", choices=("a5", "thermal"), default="a5",
                         help="A5 sheet or 80 mm thermal roll (default a5)")
    return parser


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "print" and args.document == "receipt":
            return _print_receipt(args)
    except NotFound as exc:
        print(f"fondue-desk: not found: {_describe(exc)}", file=sys.stderr)
        return 1
    except FondueError as exc:
        print(f"fondue-desk: {_describe(exc)}", file=sys.stderr)
        return 2
    raise AssertionError(f"unhandled command {args.command}")


def _describe(exc: FondueError) -> str:
    details = ", ".join(f"{k}={v}" for k, v in exc.params.items())
    return f"{exc.code} ({details})" if details else exc.code


def _demo(args: argparse.Namespace) -> int:
    from .services import demo, reference

    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    office = reference.first_office(db)
    if office is None:
        summary = demo.create_demo_office(db, complaints=args.complaints, seed=args.seed)
        print(f"created demo office {summary.office_name} with {summary.complaints} complaints "
              f"in {summary.seconds:.1f} s; users: {', '.join(summary.users)}")
        return 0
    if not office.is_demo:
        raise Conflict("demo.not_demo_office", office=office.name)
    added = demo.add_demo_complaints(db, office.id, args.complaints, seed=args.seed)
    print(f"added {added} demo complaints to {office.name}")
    return 0


def _print_receipt(args: argparse.Namespace) -> int:
    from .services import receipts

    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    pdf = receipts.receipt_pdf_by_tracking(db, args.tracking, variant=args.format)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(pdf)
    print(f"wrote {args.output} ({len(pdf):,} bytes)")
    return 0
