"""`fondue-desk db check`: what is wrong with this desk's database connection, in plain words.

Exit 0 when the desk can work with the database, 1 when something needs doing (each problem
on a line of its own with what to do). Nothing is created or changed.
"""
from __future__ import annotations

import argparse
import sys

from ..services import bootstrap
from ..services.db_check import check_database
from .db_check_texts import report_lines


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("db", help="look at the database connection")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    actions.add_parser(
        "check", help="say what is wrong with this desk's database connection (server, "
        "sign-in, database, pg_trgm, schema version, SQLite on a network share); "
        "exit 0 when all is well, 1 otherwise")


def run(args: argparse.Namespace) -> int:
    lang = args.lang or "th"
    report = check_database(bootstrap.resolve_database_url(args.db))
    stream = sys.stdout if report.ok else sys.stderr
    for line in report_lines(lang, report):
        print(line, file=stream)
    return 0 if report.ok else 1
