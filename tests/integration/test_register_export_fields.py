"""The register export carries the office's own questions: a column per field code headed by its
Thai label, answers worded in Thai (a multi choice joined), a retired question kept while
answers to it exist, read back from the CSV and the XLSX; answers are read a batch at a time."""
from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from sqlalchemy import event

from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind
from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.interop.field_columns import BATCH
from fondue_desk.interop.register_export import HEADERS, export_register
from fondue_desk.services import category_fields, demo, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint

PLATE = FieldDefinition("plate", FieldKind.VEHICLE_PLATE, "ทะเบียนรถ", "Vehicle plate")
VEHICLE = FieldDefinition("vehicle", FieldKind.SINGLE_CHOICE, "ประเภทรถ", choices=(
    Choice("car", "รถยนต์", "Car"), Choice("motorcycle", "รถจักรยานยนต์", "Motorcycle")))
NEED = FieldDefinition("need", FieldKind.MULTI_CHOICE, "ความช่วยเหลือที่ต้องการ", choices=(
    Choice("drinking", "น้ำดื่ม"), Choice("household", "น้ำใช้"), Choice("farming", "น้ำเกษตร")))
HOUSEHOLDS = FieldDefinition("households", FieldKind.NUMBER, "ครัวเรือน", unit="ครัวเรือน")
SEEN = FieldDefinition("seen_on", FieldKind.DATE, "วันที่พบเห็น")
PHONE = FieldDefinition("owner_phone", FieldKind.PHONE, "โทรศัพท์เจ้าของรถ")
UNUSED = FieldDefinition("unused", FieldKind.SHORT_TEXT, "ช่องที่ไม่เคยตอบ")


def _read(path, fmt):
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f))
    return [[("" if v is None else str(v)) for v in r]
            for r in load_workbook(path, read_only=True).active.iter_rows(values_only=True)]


@pytest.fixture
def office(db, demo_office, admin, clerk):
    demo.add_demo_complaints(db, demo_office.id, 1500)
    first, second = reference.active_categories(db, demo_office.id)[:2]
    saved = {d.code: category_fields.save_field(db, admin.id, first.id, d)
             for d in (PLATE, VEHICLE, SEEN, PHONE, UNUSED)}
    saved |= {d.code: category_fields.save_field(db, admin.id, second.id, d)
              for d in (NEED, HOUSEHOLDS)}
    log_complaint(db, clerk.id, ComplaintInput(
        category_id=first.id, description="รถจอดขวางทางเข้าซอย", complainant_name="นายก ข",
        phone="0812345678", field_values={"plate": "1กข 1234 ภูเก็ต", "vehicle": "car",
                                          "seen_on": "2026-12-06",
                                          "owner_phone": "0898765432"}))
    log_complaint(db, clerk.id, ComplaintInput(
        category_id=second.id, description="น้ำไม่พอใช้ทั้งหมู่บ้าน", complainant_name="นางค ง",
        phone="0812345679", field_values={"need": ["drinking", "household"],
                                          "households": "1250"}))
    # Retired after it was answered: its column stays. Never answered: no column.
    category_fields.retire_field(db, admin.id, saved["plate"].id)
    category_fields.retire_field(db, admin.id, saved["unused"].id)
    return demo_office


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_each_question_is_a_column_with_its_answers_in_thai(db, office, tmp_path, fmt):
    target = tmp_path / f"register.{fmt}"
    export_register(db, office.id, RegisterFilter(), Sort(), target, fmt)
    rows = _read(target, fmt)
    assert tuple(rows[0][:len(HEADERS)]) == HEADERS
    extra = rows[0][len(HEADERS):]
    assert extra == ["ทะเบียนรถ", "ประเภทรถ", "วันที่พบเห็น", "โทรศัพท์เจ้าของรถ",
                     "ความช่วยเหลือที่ต้องการ", "ครัวเรือน"]
    by_text = {r[len(HEADERS) - 1]: dict(zip(extra, r[len(HEADERS):], strict=True))
               for r in rows[1:]}
    car = by_text["รถจอดขวางทางเข้าซอย"]
    assert car["ทะเบียนรถ"] == "1กข 1234 ภูเก็ต"          # the retired field's answer
    assert car["ประเภทรถ"] == "รถยนต์"
    assert car["วันที่พบเห็น"] == "6 ธ.ค. 2569"
    assert car["โทรศัพท์เจ้าของรถ"] == "089-XXX-5432"      # masked like the caller's
    assert car["ครัวเรือน"] == ""
    water = by_text["น้ำไม่พอใช้ทั้งหมู่บ้าน"]
    assert water["ความช่วยเหลือที่ต้องการ"] == "น้ำดื่ม, น้ำใช้"
    assert water["ครัวเรือน"] == "1,250 ครัวเรือน"
    assert all(v == "" for v in water.values() if v not in ("น้ำดื่ม, น้ำใช้", "1,250 ครัวเรือน"))


def test_contacts_unmasked_on_request(db, office, tmp_path):
    target = tmp_path / "register.csv"
    export_register(db, office.id, RegisterFilter(text="ขวางทางเข้าซอย"), Sort(), target, "csv",
                    include_contacts=True)
    rows = _read(target, "csv")
    assert rows[1][rows[0].index("โทรศัพท์เจ้าของรถ")] == "089-876-5432"


def test_answers_are_read_a_batch_at_a_time(db, office, tmp_path):
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        if statement.startswith("SELECT complaint_field_value.complaint_id"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        result = export_register(db, office.id, RegisterFilter(), Sort(), tmp_path / "all.csv",
                                 "csv")
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert result.rows > BATCH
    assert len(statements) == -(-result.rows // BATCH)


def test_an_office_without_questions_exports_the_usual_columns(db, demo_office, tmp_path):
    target = tmp_path / "plain.csv"
    export_register(db, demo_office.id, RegisterFilter(), Sort(), target, "csv")
    assert tuple(_read(target, "csv")[0]) == HEADERS
