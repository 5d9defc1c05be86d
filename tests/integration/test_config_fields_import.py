"""A category's questions through export and import on real databases: the round trip gives equal
definitions, and an import never deletes a question or a picked choice, never changes the kind
of an answered question, and words every change."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from fondue_desk.config import (
    ConfigFileError,
    config_file_error,
    dump_config,
    export_config,
    parse_config,
)
from fondue_desk.config.importer import apply_import, plan_import
from fondue_desk.config.storage import category_fields
from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, CategoryField, Complaint, ComplaintFieldValue
from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind, ShowIf
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.office_config import AdminAccount
from fondue_desk.services import demo
from fondue_desk.services.office_setup import create_office

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ADMIN = AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี")

PLATE = FieldDefinition("plate", FieldKind.VEHICLE_PLATE, "ทะเบียนรถ", "Vehicle plate",
                        required=True, order=10, help="เช่น 1กข 1234 ภูเก็ต")
VEHICLE = FieldDefinition("vehicle", FieldKind.SINGLE_CHOICE, "ประเภทรถ", "Vehicle type",
                          order=20, choices=(Choice("car", "รถยนต์", "Car"),
                                             Choice("motorcycle", "รถจักรยานยนต์", "Motorcycle"),
                                             Choice("bus", "รถโดยสาร", "Bus")))
HELMET = FieldDefinition("helmet", FieldKind.YES_NO, "สวมหมวกนิรภัย", "Helmet worn", order=30,
                         show_if=ShowIf("vehicle", "motorcycle"))
SPEED = FieldDefinition("speed", FieldKind.NUMBER, "ความเร็ว", order=40, unit="กม./ชม.",
                        minimum=0, maximum=250)


def _with_fields(config, code, fields, **more):
    categories = tuple(replace(c, fields=fields, **more) if c.code == code else c
                       for c in config.categories)
    return replace(config, categories=categories)


def _file(config) -> str:
    return dump_config(config)


def _category_code(db, office_id) -> str:
    with db.read() as session:
        return session.scalars(select(Category.code).where(Category.office_id == office_id)
                               .order_by(Category.sort_order)).first()


def _stored(db, office_id, code) -> tuple[FieldDefinition, ...]:
    with db.read() as session:
        category = session.scalars(select(Category).where(
            Category.office_id == office_id, Category.code == code)).one()
        return tuple(d for _, d in category_fields(session, [category.id]).get(category.id, ()))


def _answer(db, office_id, code, field_code, value, choice_key=None) -> None:
    with db.write() as session:
        field = session.scalars(select(CategoryField).join(Category).where(
            Category.office_id == office_id, Category.code == code,
            CategoryField.code == field_code)).one()
        complaint = session.scalars(select(Complaint.id).where(
            Complaint.office_id == office_id).limit(1)).one()
        session.add(ComplaintFieldValue(complaint_id=complaint, field_id=field.id, value=value,
                                        choice_key=choice_key))


@pytest.fixture
def shaped(db, admin, demo_office):
    """The demo office with four questions on its first category, imported from a file."""
    demo.add_demo_complaints(db, demo_office.id, 3, now=NOW)
    code = _category_code(db, demo_office.id)
    config = parse_config(export_config(db, demo_office.id), complete=True)
    text = _file(_with_fields(config, code, (PLATE, VEHICLE, HELMET, SPEED),
                              letter_subject="แจ้งผลการดำเนินการเรื่อง {{ category }}"))
    plan = apply_import(db, admin.id, parse_config(text, complete=True))
    assert plan.describe("th")[:1] == [
        f"แก้ไขประเภทเรื่อง {config.categories[0].name_th} [{code}] (letter_subject)"]
    assert f"เพิ่มช่องข้อมูล ทะเบียนรถ [{code}.plate]" in plan.describe("th")
    assert f"add field ประเภทรถ [{code}.vehicle]" in plan.describe("en")
    return code


def test_export_parse_import_on_a_fresh_office_gives_equal_definitions(
        db, demo_office, shaped, tmp_path):
    stored = _stored(db, demo_office.id, shaped)
    assert [d.code for d in stored] == ["plate", "vehicle", "helmet", "speed"]
    assert stored[0] == PLATE and stored[1] == VEHICLE and stored[3] == SPEED
    assert stored[2] == replace(HELMET, choices=HELMET.all_choices())  # the pair written out
    text = export_config(db, demo_office.id)
    assert "      - variable: true\n        code: plate\n" in text
    assert "letter_subject: แจ้งผลการดำเนินการเรื่อง {{ category }}" in text
    other = Database.open(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    created = create_office(other, parse_config(text, complete=True), ADMIN, now=NOW)
    assert _stored(other, created.office_id, shaped) == stored
    assert export_config(other, created.office_id) == text
    with other.read() as session:
        subject = session.scalars(select(Category.letter_subject).where(
            Category.code == shaped)).one()
    assert subject == "แจ้งผลการดำเนินการเรื่อง {{ category }}"
    other.close()
    assert plan_import(db, demo_office.id, parse_config(text, complete=True)).is_empty


def test_a_field_left_out_of_the_file_is_retired_with_its_answers(db, admin, demo_office,
                                                                    shaped):
    _answer(db, demo_office.id, shaped, "plate", "1กข 1234 ภูเก็ต")
    config = parse_config(export_config(db, demo_office.id), complete=True)
    fewer = _with_fields(config, shaped, (VEHICLE, HELMET))
    plan = apply_import(db, admin.id, fewer)
    assert f"เลิกใช้ช่องข้อมูล ทะเบียนรถ [{shaped}.plate] (คำตอบเดิมยังเก็บไว้และแสดงได้)" \
        in plan.describe("th")
    assert f"retire field ความเร็ว [{shaped}.speed] (answers already given are kept and shown)" \
        in plan.describe("en")
    stored = {d.code: d for d in _stored(db, demo_office.id, shaped)}
    assert not stored["plate"].active and not stored["speed"].active  # never deleted
    assert stored["vehicle"].active
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ComplaintFieldValue)) == 1
    # The retired questions are in the next export; importing it again changes nothing.
    again = parse_config(export_config(db, demo_office.id), complete=True)
    assert plan_import(db, demo_office.id, again).is_empty


def test_a_picked_choice_left_out_is_retired_and_an_unpicked_one_removed(
        db, admin, demo_office, shaped):
    _answer(db, demo_office.id, shaped, "vehicle", "bus", "bus")
    config = parse_config(export_config(db, demo_office.id), complete=True)
    only_car = replace(VEHICLE, choices=VEHICLE.choices[:1])
    plan = apply_import(db, admin.id, _with_fields(config, shaped,
                                                    (PLATE, only_car, SPEED)))
    assert f"เลิกใช้ตัวเลือก รถโดยสาร [{shaped}.vehicle.bus] (คำตอบเดิมยังเก็บไว้และแสดงได้)" \
        in plan.describe("th")
    vehicle = {d.code: d for d in _stored(db, demo_office.id, shaped)}["vehicle"]
    assert [(c.key, c.active) for c in vehicle.choices] == [("car", True), ("bus", False)]


def test_an_answered_field_keeps_its_kind_and_the_file_is_told_where(
        db, admin, demo_office, shaped):
    _answer(db, demo_office.id, shaped, "speed", "80")
    config = parse_config(export_config(db, demo_office.id), complete=True)
    as_text = replace(SPEED, kind=FieldKind.SHORT_TEXT, unit="", minimum=None, maximum=None)
    text = _file(_with_fields(config, shaped, (PLATE, VEHICLE, HELMET, as_text)))
    with pytest.raises(InvalidInput) as caught:
        apply_import(db, admin.id, parse_config(text, complete=True))
    problems = config_file_error(text, caught.value).problems
    assert [(p.path, p.code) for p in problems] == [
        ("categories[0].fields[3].x_fondue.kind", "config_field.kind_in_use")]
    line = text.splitlines()[problems[0].line - 1]
    assert line.strip() == "kind: short_text"
    assert {d.code: d for d in _stored(db, demo_office.id, shaped)}["speed"] == SPEED


def test_a_retired_field_restored_by_the_file_is_an_update(db, admin, demo_office, shaped):
    config = parse_config(export_config(db, demo_office.id), complete=True)
    apply_import(db, admin.id, _with_fields(config, shaped, (PLATE, VEHICLE, HELMET)))
    config = parse_config(export_config(db, demo_office.id), complete=True)
    restored = _with_fields(config, shaped, (PLATE, VEHICLE, HELMET, SPEED))
    plan = apply_import(db, admin.id, restored)
    assert plan.describe("en") == [f"update field ความเร็ว [{shaped}.speed] (active)"]


def test_a_bad_field_in_the_file_changes_nothing(db, admin, demo_office, shaped):
    text = export_config(db, demo_office.id).replace(
        "x_fondue:\n          kind: vehicle_plate", "x_fondue:\n          kind: licence", 1)
    with pytest.raises(ConfigFileError) as caught:
        parse_config(text, complete=True)
    assert [p.code for p in caught.value.problems] == ["config.one_of"]
    assert _stored(db, demo_office.id, shaped)[0] == PLATE


def test_questions_round_trip_through_postgresql(db, demo_office, shaped, pg_url):
    _answer(db, demo_office.id, shaped, "vehicle", "bus", "bus")
    text = export_config(db, demo_office.id)
    other = Database.open(pg_url)
    created = create_office(other, parse_config(text, complete=True), ADMIN, now=NOW)
    assert _stored(other, created.office_id, shaped) == _stored(db, demo_office.id, shaped)
    assert export_config(other, created.office_id) == text
    other.close()
