"""The configuration file against real databases: a byte-identical round trip, and imports that
retire what records use, delete only what nothing uses, and change nothing on a dry run."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PIL import Image
from sqlalchemy import func, select

from fondue_desk.config import dump_config, export_config, parse_config
from fondue_desk.config.importer import apply_import, plan_import
from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Crew, Village
from fondue_desk.domain.errors import InvalidInput, PermissionDenied
from fondue_desk.domain.office_config import AdminAccount, CategorySpec, VillageSpec
from fondue_desk.services import demo, letter_settings, receipts, reference
from fondue_desk.services.office_setup import create_office

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ADMIN = AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี")


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (60, 30), (20, 40, 160, 255)).save(out, "PNG")
    return out.getvalue()


def _shaped_demo(db, admin, office_id) -> None:
    """The demo office with everything a file carries: pictures, outline, a letter template."""
    letter_settings.set_image(db, admin.id, "signature", _png())
    category = reference.active_categories(db, office_id)[0]
    letter_settings.save_category_template(
        db, admin.id, category.id, "เรียน {{ name }}\n\n{{ office }}ได้แก้ไข{{ category }}แล้ว")


def _config(db, office_id):
    return parse_config(export_config(db, office_id), complete=True)


def test_export_then_import_into_an_empty_database_then_export_is_byte_identical(
        db, admin, demo_office, tmp_path):
    _shaped_demo(db, admin, demo_office.id)
    first = export_config(db, demo_office.id)
    assert "emblem: |" in first and "signature: |" in first
    assert "boundary_geojson: |-" in first and "letter_template: |-" in first
    assert "password" not in first.split("\n", 3)[3]   # past the header, no secrets at all
    assert dump_config(parse_config(first, complete=True)) == first
    other = Database.open(f"sqlite:///{tmp_path / 'new-office.sqlite3'}")
    result = create_office(other, parse_config(first, complete=True), ADMIN, now=NOW)
    assert export_config(other, result.office_id) == first
    assert not reference.office(other, result.office_id).is_demo
    other.close()


def test_round_trip_through_postgresql_is_byte_identical(db, admin, demo_office, pg_url):
    _shaped_demo(db, admin, demo_office.id)
    first = export_config(db, demo_office.id)
    other = Database.open(pg_url)
    result = create_office(other, parse_config(first, complete=True), ADMIN, now=NOW)
    assert export_config(other, result.office_id) == first
    other.close()


def test_an_unchanged_file_plans_nothing(db, admin, demo_office):
    config = _config(db, demo_office.id)
    assert plan_import(db, demo_office.id, config).is_empty
    assert apply_import(db, admin.id, config).is_empty


def _busiest(db, office_id, column) -> int:
    with db.read() as session:
        return session.execute(select(column, func.count()).where(
            Complaint.office_id == office_id, column.is_not(None))
            .group_by(column).order_by(func.count().desc()).limit(1)).one()[0]


def test_a_used_category_is_retired_and_its_complaints_stay_intact_and_printable(
        db, admin, demo_office):
    demo.add_demo_complaints(db, demo_office.id, 60, now=NOW)
    used_id = _busiest(db, demo_office.id, Complaint.category_id)
    with db.read() as session:
        used = session.get(Category, used_id)
        used_code, used_name = used.code, used.name_th
        tracking = session.scalars(select(Complaint.tracking_no).where(
            Complaint.category_id == used_id)).all()
    config = _config(db, demo_office.id)
    spare = CategorySpec("spare", "ประเภทสำรอง", "Spare", "#123456", 7, 999)
    apply_import(db, admin.id, replace(config, categories=config.categories + (spare,)))
    without = replace(
        config, categories=tuple(c for c in config.categories if c.code != used_code),
        crews=tuple(replace(c, categories=tuple(k for k in c.categories if k != used_code))
                    for c in config.crews))

    plan = apply_import(db, admin.id, without)

    lines = plan.describe("en")
    assert f"retire category {used_name} [{used_code}] (records refer to it, so it is kept)" in (
        lines)
    assert "delete category ประเภทสำรอง [spare] (nothing refers to it)" in lines
    with db.read() as session:
        retired = session.get(Category, used_id)
        assert retired is not None and not retired.active and retired.name_th == used_name
        assert session.scalar(select(func.count()).where(Category.code == "spare")) == 0
        assert session.scalar(select(func.count()).where(
            Complaint.category_id == used_id)) == len(tracking)
    assert used_id not in {c.id for c in reference.active_categories(db, demo_office.id)}
    assert receipts.receipt_pdf_by_tracking(db, tracking[0]).startswith(b"%PDF")
    # The retired category is in the next export, so the file still says what the office holds.
    assert f"code: {used_code}" in export_config(db, demo_office.id)


def test_a_dry_run_shows_the_plan_and_changes_nothing(db, admin, demo_office):
    before = export_config(db, demo_office.id)
    config = _config(db, demo_office.id)
    changed = replace(
        config, office=replace(config.office, phone="043599123"),
        villages=config.villages[1:] + (VillageSpec("moo-99", 99, "บ้านใหม่"),),
        categories=(replace(config.categories[0], sla_days=30),) + config.categories[1:])
    plan = apply_import(db, admin.id, changed, dry_run=True)
    assert not plan.applied
    assert {(c.action, c.subject) for c in plan.changes} >= {
        ("updated", "office"), ("added", "village"), ("updated", "category")}
    assert any(c.subject == "village" and c.action in ("retired", "deleted")
               for c in plan.changes)
    assert plan.describe("th")[0].startswith("แก้ไขข้อมูลสำนักงาน")
    assert export_config(db, demo_office.id) == before
    assert plan_import(db, demo_office.id, changed).changes == plan.changes


def test_only_an_admin_imports_and_a_refusal_changes_nothing(db, clerk, demo_office):
    before = export_config(db, demo_office.id)
    config = _config(db, demo_office.id)
    with pytest.raises(PermissionDenied):
        apply_import(db, clerk.id, replace(config, villages=()))
    assert export_config(db, demo_office.id) == before


def test_villages_can_swap_numbers(db, admin, demo_office):
    config = _config(db, demo_office.id)
    one, two = config.villages[:2]
    swapped = (replace(one, number=two.number), replace(two, number=one.number))
    apply_import(db, admin.id, replace(config, villages=swapped + config.villages[2:]))
    with db.read() as session:
        numbers = dict(session.execute(select(Village.code, Village.number)).all())
    assert (numbers[one.code], numbers[two.code]) == (two.number, one.number)


def test_a_new_village_cannot_take_the_number_of_a_retired_one(db, admin, demo_office):
    demo.add_demo_complaints(db, demo_office.id, 60, now=NOW)
    used_id = _busiest(db, demo_office.id, Complaint.village_id)
    before = export_config(db, demo_office.id)
    config = _config(db, demo_office.id)
    with db.read() as session:
        used = session.get(Village, used_id)
        code, number = used.code, used.number
    villages = tuple(v for v in config.villages if v.code != code) + (
        VillageSpec("moo-new", number, "บ้านใหม่"),)
    with pytest.raises(InvalidInput) as raised:
        apply_import(db, admin.id, replace(config, villages=villages))
    error = raised.value.errors[0]
    assert (error.field, error.code, error.params["code"]) == (
        f"villages[{len(villages) - 1}].number", "village.number_taken", code)
    assert export_config(db, demo_office.id) == before


def test_a_crew_with_work_is_retired_and_one_without_is_deleted(db, admin, demo_office):
    demo.add_demo_complaints(db, demo_office.id, 60, now=NOW)
    busy_id = _busiest(db, demo_office.id, Complaint.crew_id)
    config = _config(db, demo_office.id)
    with db.read() as session:
        busy = session.get(Crew, busy_id).name
    extra = replace(config.crews[0], name="ทีมชั่วคราว", categories=())
    apply_import(db, admin.id, replace(config, crews=config.crews + (extra,)))
    keep = tuple(c for c in config.crews if c.name != busy)
    categories = tuple(replace(c, default_crew="") if c.default_crew == busy else c
                       for c in config.categories)
    plan = apply_import(db, admin.id, replace(config, crews=keep, categories=categories))
    assert {(c.action, c.key) for c in plan.changes if c.subject == "crew"} == {
        ("retired", busy.casefold()), ("deleted", "ทีมชั่วคราว")}
    with db.read() as session:
        assert not session.get(Crew, busy_id).active
        assert session.scalar(select(func.count()).where(Complaint.crew_id == busy_id)) > 0


def test_an_import_on_postgresql_swaps_deletes_and_adds(db, demo_office, pg_url):
    other = Database.open(pg_url)
    created = create_office(other, _config(db, demo_office.id), ADMIN, now=NOW)
    config = _config(other, created.office_id)
    one, two, *rest = config.villages
    changed = replace(config, villages=(replace(one, number=two.number),
                                        replace(two, number=one.number), *rest[1:],
                                        VillageSpec("moo-40", 40, "บ้านใหม่")))
    plan = apply_import(other, created.admin_user_id, changed)
    assert {(c.action, c.key) for c in plan.changes} == {
        ("updated", one.code), ("updated", two.code), ("deleted", rest[0].code),
        ("added", "moo-40")}
    in_number_order = tuple(sorted(changed.villages, key=lambda v: v.number))
    assert export_config(other, created.office_id) == dump_config(
        replace(changed, villages=in_number_order))
    other.close()
