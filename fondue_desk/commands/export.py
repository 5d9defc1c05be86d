"""`fondue-desk export open311 --out DIR`: the register as Open311 GeoReport v2 files.

Writes services.json/.xml, services/<code>.json/.xml and requests.json/.xml into DIR for the
complaints the filters pick (all of them without filters), as the register's action does for
its current view. Filters: --status (the desk's statuses or Open311's open/closed, repeatable
or comma-separated), --from/--to (received, Thai calendar days, both included; a year above
2400 is read as Buddhist Era), --category (a category code, repeatable). Exit 0 when written,
2 when a filter is wrong (nothing written).

`fondue-desk export register --out FILE.xlsx|FILE.csv` writes the register as its Export
button does, with the same filters; `--lang en` names everything in English, `--contacts`
writes full phone numbers (masked otherwise).
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..domain.calendar import BE_OFFSET
from ..domain.errors import NotFound, RuleViolation
from ..domain.numbers import format_count
from ..domain.register_filter import RegisterFilter, Sort
from ..domain.statuses import OPEN_STATUSES, Status
from ..services import bootstrap, reference
from ..services.open311_export import export_open311

# Open311's two words, as a client asks for them, in the desk's statuses.
_OPEN311_STATUSES = {"open": frozenset(OPEN_STATUSES),
                     "closed": frozenset(set(Status) - OPEN_STATUSES)}
_SAID = {
    "th": "เขียนแฟ้ม Open311 แล้ว: {requests} เรื่อง {services} ประเภทเรื่อง ที่ {folder}",
    "en": "Wrote the Open311 files: {requests} requests, {services} services, in {folder}",
}
_SAID_REGISTER = {
    "th": "เขียนทะเบียนแล้ว: {rows} เรื่อง ที่ {file}",
    "en": "Wrote the register: {rows} complaints, in {file}",
}


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("export", help="export the register for other systems")
    formats = parser.add_subparsers(dest="export_format", metavar="FORMAT", required=True)
    open311 = formats.add_parser(
        "open311", help="Open311 GeoReport v2: services, service definitions and requests, "
        "JSON and XML")
    open311.add_argument("--out", required=True, type=Path, metavar="DIR",
                         help="the folder to write into (made if missing)")
    _add_filters(open311)
    register = formats.add_parser(
        "register", help="the register as a CSV or Excel file, as its Export button writes it")
    register.add_argument("--out", required=True, type=_sheet_file, metavar="FILE",
                          help="the file to write: .xlsx (Excel) or .csv")
    register.add_argument("--contacts", action="store_true",
                          help="full phone numbers (masked otherwise)")
    _add_filters(register)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", action="append", default=[], metavar="STATUS",
                        help="open, closed or a status code (received, assigned, in_progress, "
                        "awaiting_signoff, closed, forwarded, rejected); repeatable")
    parser.add_argument("--from", dest="received_from", type=_day, metavar="YYYY-MM-DD",
                        help="received on or after this day (Thai time)")
    parser.add_argument("--to", dest="received_to", type=_day, metavar="YYYY-MM-DD",
                        help="received on or before this day (Thai time)")
    parser.add_argument("--category", action="append", default=[], metavar="CODE",
                        help="a category code, e.g. street-lights; repeatable")
    parser.add_argument("--office", type=int, metavar="ID",
                        help="the office's id when the database holds several")
    # Also after the command; SUPPRESS keeps the global one.
    parser.add_argument("--lang", choices=("th", "en"), default=argparse.SUPPRESS,
                        help="language of the names, notes and messages (default th)")


def _sheet_file(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise argparse.ArgumentTypeError(f"not a .csv or .xlsx file name: {text!r}")
    return path


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None
    return day.replace(year=day.year - BE_OFFSET) if day.year > 2400 else day


def run(args: argparse.Namespace) -> int:
    lang = args.lang or "th"
    if args.export_format != "register" and args.out.exists() and not args.out.is_dir():
        raise RuleViolation("export.not_a_folder", path=str(args.out))
    if args.received_from and args.received_to and args.received_from > args.received_to:
        raise RuleViolation("export.period_reversed", start=args.received_from.isoformat(),
                            end=args.received_to.isoformat())
    statuses = _statuses(args.status)
    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    try:
        office_id = _office_id(db, args.office)
        flt = RegisterFilter(statuses=statuses,
                             category_ids=_categories(db, office_id, args.category),
                             received_from=args.received_from, received_to=args.received_to)
        if args.export_format == "register":
            said = _write_register(db, office_id, flt, args, lang)
        else:
            result = export_open311(db, office_id, flt, args.out, lang=lang)
            said = _SAID[lang].format(requests=format_count(result.requests),
                                      services=format_count(result.services),
                                      folder=args.out)
    finally:
        db.close()
    print(said)
    return 0


def _write_register(db, office_id: int, flt: RegisterFilter, args: argparse.Namespace,
                    lang: str) -> str:
    from ..interop.register_export import export_register

    args.out.parent.mkdir(parents=True, exist_ok=True)
    result = export_register(db, office_id, flt, Sort(lang=lang), args.out,
                             args.out.suffix.lower().lstrip("."),
                             include_contacts=args.contacts, lang=lang)
    return _SAID_REGISTER[lang].format(rows=format_count(result.rows), file=args.out)


def _statuses(given: list[str]) -> frozenset[str]:
    wanted: set[str] = set()
    for word in (w.strip().lower() for text in given for w in text.split(",")):
        if not word:
            continue
        if word in _OPEN311_STATUSES:
            wanted |= _OPEN311_STATUSES[word]
        elif word in set(Status):
            wanted.add(word)
        else:
            raise RuleViolation("export.unknown_status", status=word)
    return frozenset(wanted)


def _categories(db, office_id: int, codes: list[str]) -> frozenset[int]:
    from ..db.models import Category

    wanted = {c.strip().lower() for text in codes for c in text.split(",") if c.strip()}
    if not wanted:
        return frozenset()
    with db.read() as session:
        found = {code: cid for code, cid in session.execute(select(Category.code, Category.id)
                 .where(Category.office_id == office_id, Category.code.in_(sorted(wanted))))}
    for code in sorted(wanted - set(found)):
        raise RuleViolation("export.unknown_category", category=code)
    return frozenset(found.values())


def _office_id(db, office_id: int | None) -> int:
    if office_id is not None:
        return reference.office(db, office_id).id
    office = reference.first_office(db)
    if office is None:
        raise NotFound("office.not_found")
    return office.id
