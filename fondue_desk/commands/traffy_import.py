"""`fondue-desk import traffy FILE`: a Traffy Fondue export into the register, from a script.

Reads and checks the whole file first and says what it would do; writes nothing when a type
has no category, a state no meaning, or the dates' order is undecided (exit 2), and nothing
at all with --dry-run. A mapping file (YAML or JSON: `types: {ถนน: roads}` naming categories by
code, Thai or English name or id; `states: {ปิดงาน: finished}`) is remembered for the office.
Bad rows are printed with their line and reason (and written to --report); the good rows are
imported. Exit codes: 0 all rows good, 1 imported but some rows were bad, 2 refused.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select

from ..domain.errors import RuleViolation
from ..interop.traffy.apply import apply_import
from ..interop.traffy.plan import ImportMapping, ImportPlan, plan_import
from ..interop.traffy.texts import reason_text
from ..services import bootstrap, reference, traffy_mapping

_SAID = {
    "th": {"plan": "ทั้งหมด {total} แถว: ใหม่ {new} เปลี่ยนแปลง {changed} เหมือนเดิม {unchanged} "
                   "ผิดพลาด {bad}",
           "unmapped": "ประเภทของ Traffy ที่ยังไม่ได้กำหนดประเภทเรื่อง (ใส่ใน --mapping):",
           "unknown": "สถานะที่ยังไม่รู้ความหมาย (ใส่ใน --mapping):",
           "bad": "บรรทัด {line}: {reason}",
           "done": "นำเข้าแล้ว: เพิ่ม {added} ปรับปรุง {updated} เหมือนเดิม {unchanged}",
           "dry": "ทดลองอ่านเท่านั้น ยังไม่ได้บันทึก",
           "no_office": "ฐานข้อมูลนี้ยังไม่มีสำนักงาน (ใช้ fondue-desk init)",
           "no_type": "(ไม่ระบุประเภท)"},
    "en": {"plan": "{total} rows: {new} new, {changed} changed, {unchanged} unchanged, "
                   "{bad} bad",
           "unmapped": "Traffy types with no category yet (give them in --mapping):",
           "unknown": "States with no meaning yet (give them in --mapping):",
           "bad": "line {line}: {reason}",
           "done": "Imported: {added} added, {updated} updated, {unchanged} unchanged",
           "dry": "Dry run: nothing was written",
           "no_office": "this database has no office yet (use fondue-desk init)",
           "no_type": "(no type)"},
}


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import", help="import complaints from another system")
    sources = parser.add_subparsers(dest="import_source", metavar="SOURCE", required=True)
    traffy = sources.add_parser("traffy", help="a Traffy Fondue export (CSV, public or agency "
                                "shape); idempotent by ticket id")
    traffy.add_argument("file", type=Path, metavar="FILE")
    traffy.add_argument("--dry-run", action="store_true",
                        help="read and check everything, say what would happen, write nothing")
    traffy.add_argument("--mapping", type=Path, metavar="FILE",
                        help="YAML/JSON with types: {traffy type: category} and states: "
                        "{state: waiting|in_progress|finished|forwarded|rejected}; remembered")
    traffy.add_argument("--report", type=Path, metavar="FILE",
                        help="write the bad rows (line, reason) to this CSV file")
    traffy.add_argument("--date-order", choices=("dmy", "mdy"),
                        help="how the file's slashed dates read when its values cannot tell")
    # Also after the command (`import traffy FILE --lang en`); SUPPRESS keeps the global one.
    traffy.add_argument("--lang", choices=("th", "en"), default=argparse.SUPPRESS,
                        help="language of the messages and the report (default th)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang or "th"
    said = _SAID[lang]
    db = bootstrap.open_database(bootstrap.resolve_database_url(args.db))
    try:
        office = reference.first_office(db)
        if office is None:
            print(f"fondue-desk: {said['no_office']}", file=sys.stderr)
            return 2
        actor_id = _actor(db, office.id, args.user)
        given = _read_mapping(db, office.id, args.mapping) if args.mapping else None
        plan = plan_import(db, office.id, args.file, mapping=given, date_order=args.date_order)
        _print_plan(plan, said, lang)
        if args.report:
            traffy_mapping.write_report(plan, args.report, lang)
        if plan.unmapped_types or plan.unknown_states or (
                plan.date_order_ambiguous and not args.date_order):
            if plan.date_order_ambiguous and not args.date_order:
                raise RuleViolation("traffy.ambiguous_dates")
            return 2
        if args.dry_run:
            print(said["dry"])
            return 1 if plan.bad_rows else 0
        if given is not None:
            traffy_mapping.save_mapping(db, _admin(db, office.id), given)
        result = apply_import(db, actor_id, args.file, mapping=given,
                              date_order=args.date_order)
        print(said["done"].format(added=result.added, updated=result.updated,
                                  unchanged=result.unchanged))
        return 1 if result.bad_rows else 0
    finally:
        db.close()


def _print_plan(plan: ImportPlan, said: dict, lang: str) -> None:
    print(said["plan"].format(total=plan.total_rows, new=plan.new, changed=plan.changed,
                              unchanged=plan.unchanged, bad=len(plan.bad_rows)))
    for bad in plan.bad_rows:
        print(said["bad"].format(line=bad.line, reason=reason_text(bad.code, bad.params, lang)),
              file=sys.stderr)
    if plan.unmapped_types:
        print(said["unmapped"], file=sys.stderr)
        for name, count in plan.unmapped_types:
            print(f"  {name or said['no_type']}\t{count}", file=sys.stderr)
    if plan.unknown_states:
        print(said["unknown"], file=sys.stderr)
        for name, count in plan.unknown_states:
            print(f"  {name}\t{count}", file=sys.stderr)


def _read_mapping(db, office_id: int, path: Path) -> ImportMapping:
    # ruamel.yaml, which the configuration file already uses: JSON is YAML too.
    from ruamel.yaml import YAML, YAMLError

    try:
        data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8-sig")) or {}
    except (OSError, YAMLError, UnicodeDecodeError) as exc:
        raise RuleViolation("traffy.bad_mapping_file", reason=str(exc).splitlines()[0]) from None
    if not isinstance(data, dict) or not all(isinstance(data.get(k, {}), dict)
                                             for k in ("types", "states")):
        raise RuleViolation("traffy.bad_mapping_file", reason="types/states")
    categories = _categories(db, office_id)
    types: dict[str, int] = {}
    for name, wanted in (data.get("types") or {}).items():
        key = str(wanted).strip().casefold()
        if key not in categories:
            raise RuleViolation("traffy.unknown_category", category=str(wanted))
        types["" if name in (None, "{}") else str(name).strip()] = categories[key]
    states = {str(k).strip(): str(v).strip() for k, v in (data.get("states") or {}).items()}
    for name, meaning in states.items():
        if meaning not in traffy_mapping.MEANINGS:
            raise RuleViolation("traffy.bad_meaning", state=name)
    return ImportMapping(types, states)


def _categories(db, office_id: int) -> dict[str, int]:
    from ..db.models import Category

    out: dict[str, int] = {}
    with db.read() as session:
        for c in session.scalars(select(Category).where(Category.office_id == office_id,
                                                        Category.active)):
            for key in (str(c.id), c.name_en, c.name_th, c.code):
                if key:
                    out.setdefault(key.strip().casefold(), c.id)
    return out


def _admin(db, office_id: int) -> int:
    from .config import _first_admin

    return _first_admin(db, office_id)


def _actor(db, office_id: int, username: str | None) -> int:
    """--user names the clerk the complaints are logged by; else the office's first admin."""
    if username:
        return reference.find_user(db, username).id
    return _admin(db, office_id)
