"""`fondue-desk db check` and `fondue-desk db upgrade`: a desk's database connection.

`check` says what is wrong, in plain words, and changes nothing: exit 0 when the desk can work
with the database, 1 when something needs doing (each problem on a line of its own with what to
do). `upgrade` brings an older database to this program's schema, as a desk's start would, for
an administrator who updates the server from a script; it refuses whatever `check` finds
that an upgrade cannot mend (a newer schema above all) before touching anything.
"""
from __future__ import annotations

import argparse
import sys

from ..domain.errors import FondueError
from ..services import bootstrap
from ..services.db_check import (
    NETWORK_SHARE,
    NO_FILE,
    SCHEMA_OLDER,
    CheckReport,
    check_database,
)
from .db_check_texts import report_lines, share_warning, text

# What an upgrade mends (or, for a share, still does after the warning).
_UPGRADABLE = frozenset({SCHEMA_OLDER, NO_FILE, NETWORK_SHARE})


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("db", help="check or upgrade the database")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    actions.add_parser(
        "check", help="say what is wrong with this desk's database connection (server, "
        "sign-in, database, pg_trgm, schema version, SQLite on a network share); "
        "exit 0 when all is well, 1 otherwise")
    actions.add_parser(
        "upgrade", help="bring an older database to this version's structure, as starting "
        "the app does (other desks may stay open; make a backup first)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang or "th"
    url = bootstrap.resolve_database_url(args.db)
    report = check_database(url)
    if args.db_action == "upgrade":
        return _upgrade(lang, url, report)
    stream = sys.stdout if report.ok else sys.stderr
    for line in report_lines(lang, report):
        print(line, file=stream)
    return 0 if report.ok else 1


def _upgrade(lang: str, url: str, report: CheckReport) -> int:
    blocking = [p for p in report.problems if p.code not in _UPGRADABLE]
    if blocking:
        blocked = CheckReport(report.location, report.dialect, tuple(blocking), head=report.head)
        for line in report_lines(lang, blocked):
            print(line, file=sys.stderr)
        return 1
    for problem in report.problems:
        if problem.code == NETWORK_SHARE:
            print(f"fondue-desk: {share_warning(lang, problem.detail)}", file=sys.stderr)
    from ..services.startup import prepare_database

    try:
        db, _office = prepare_database(url)
    except Exception as exc:  # a driver's or Alembic's failure: say it, stop
        if isinstance(exc, FondueError):
            raise  # a coded refusal (a newer schema, say): the CLI's catalogue words it
        print(f"fondue-desk: {text(lang, 'cannot_upgrade', reason=_first_line(exc))}",
              file=sys.stderr)
        return 1
    db.close()
    new = check_database(url).revision
    if report.revision is None:
        print(text(lang, "created", new=new))
    elif report.revision == new:
        print(text(lang, "up_to_date", new=new))
    else:
        print(text(lang, "upgraded", old=report.revision, new=new))
    return 0


def _first_line(exc: Exception) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
