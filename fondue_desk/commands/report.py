"""`fondue-desk report monthly --month 2569-11 -o FILE`: the monthly council report.

`-o report.pdf` writes the printed report, `-o figures.xlsx` the Excel workbook (its
figures and the rows behind them); `--xlsx FILE` writes the workbook beside the PDF. The
month is a Buddhist Era year and month; "open" and "overdue" are as of today.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import FieldError, InvalidInput, NotFound
from ..services import bootstrap, reference

SUFFIXES = (".pdf", ".xlsx")


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("report", help="write a report of the office's complaints")
    kinds = parser.add_subparsers(dest="report_kind", metavar="REPORT", required=True)
    monthly = kinds.add_parser(
        "monthly", help="the monthly council report (Thai, A4): the month, the fiscal year to "
        "date and the yearly summary for the integrity assessment (ITA)")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM",
                         help="Buddhist Era year and month, e.g. 2569-11")
    monthly.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                         help="FILE.pdf for the report, FILE.xlsx for the Excel workbook")
    monthly.add_argument("--xlsx", type=Path, metavar="FILE",
                         help="also write the Excel workbook (figures and rows) to FILE")
    monthly.add_argument("--office", type=int, metavar="ID",
                         help="the office's id when the database holds several")
    # Also after the command (`report monthly … --lang en`); SUPPRESS keeps the global one.
    monthly.add_argument("--lang", choices=("th", "en"), default=argparse.SUPPRESS,
                         help="language of the messages (default th)")


def run(args: argparse.Namespace) -> int:
    from ..documents.council_report import render_council_report
    from ..services import council_report

    year, month = council_report.parse_month(args.month)
    outputs = [args.output] + ([args.xlsx] if args.xlsx else [])
    for path in outputs:
        if path.suffix.lower() not in SUFFIXES:
            raise InvalidInput([FieldError("output", "report.output_format",
                                           {"path": str(path)})])
    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    try:
        office_id = _office_id(db, args.office)
        data = council_report.report_data(db, office_id, year, month)
        for path in outputs:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix.lower() == ".pdf":
                pdf = render_council_report(data)
                # Through a temporary name: a failed run never leaves half a report.
                partial = path.with_name(path.name + ".part")
                partial.write_bytes(pdf)
                partial.replace(path)
            else:
                council_report.write_xlsx(db, office_id, data, path)
            print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    finally:
        db.close()
    return 0


def _office_id(db, office_id: int | None) -> int:
    if office_id is not None:
        return reference.office(db, office_id).id
    office = reference.first_office(db)
    if office is None:
        raise NotFound("office.not_found")
    return office.id
