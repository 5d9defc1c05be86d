"""Answers to a category's own fields on PostgreSQL: stored, read, searched and filtered as
on SQLite (the same service calls; only the backend differs)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint
from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import category_fields, complaints, demo, editing, reference, register
from fondue_desk.services.category_fields import save_field
from fondue_desk.services.intake import ComplaintInput, log_complaint


@pytest.fixture
def pg(pg_url):
    db = Database.open(pg_url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    yield db
    db.close()


def test_answers_round_trip_search_and_filter_on_postgresql(pg):
    office = reference.first_office(pg)
    admin = reference.find_user(pg, "admin")
    clerk = reference.default_counter_user(pg, office.id)
    category = reference.active_categories(pg, office.id)[0]
    plate = save_field(pg, admin.id, category.id, FieldDefinition(
        "plate", FieldKind.VEHICLE_PLATE, "ทะเบียนรถ", required=True))
    kinds = save_field(pg, admin.id, category.id, FieldDefinition(
        "kinds", FieldKind.MULTI_CHOICE, "ประเภทรถ", choices=(
            Choice("car", "รถยนต์"), Choice("bike", "จักรยานยนต์"))))
    logged = [log_complaint(pg, clerk.id, ComplaintInput(
        category_id=category.id, description="รถจอดขวางทางเข้าซอย", anonymous=True,
        field_values={"plate": typed, "kinds": picked}))
        for typed, picked in (("๑กข ๑๒๓๔ จ.ภูเก็ต", ["bike", "car"]), ("ขค 5 ตาก", "car"))]
    read = complaints.get(pg, logged[0].id)
    assert [(v.code, v.text) for v in read.field_values] == [
        ("plate", "1กข 1234 ภูเก็ต"), ("kinds", "รถยนต์, จักรยานยนต์")]

    def ids(**kw):
        return {r.id for r in register.iter_rows(pg, office.id, RegisterFilter(**kw))}

    assert ids(text="กข 1234") == {logged[0].id}
    assert ids(text="จักรยานยนต์") == {logged[0].id}
    assert ids(field_choice=(kinds.id, "car")) == {c.id for c in logged}
    assert ids(field_choice=(kinds.id, "bike")) == {logged[0].id}
    with pg.read() as session:
        sql = set(session.scalars(select(Complaint.id).where(register.conditions(
            pg.dialect, office.id, RegisterFilter(text="ตาก")))))
    assert sql == ids(text="ตาก") == {logged[1].id}
    edited = editing.edit_complaint(pg, clerk.id, logged[1].id, replace(
        editing.input_of(complaints.get(pg, logged[1].id)),
        field_values={"plate": "ขค 5 สตูล", "kinds": ["bike"]}))
    assert [v.text for v in edited.field_values] == ["ขค 5 สตูล", "จักรยานยนต์"]
    assert ids(field_choice=(kinds.id, "bike")) == {c.id for c in logged}
    assert ids(text="สตูล") == {logged[1].id}
    assert [f.used_by for f in category_fields.list_fields(pg, category.id)] == [2, 2]
    assert plate.id == category_fields.list_fields(pg, category.id)[0].id
