"""A category's own fields on real complaints: logged, read back, edited with history, kept
when a field, a choice or the category is retired or changed."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from fondue_desk.db.models import Complaint, ComplaintEdit, ComplaintFieldValue
from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind, ShowIf
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import (
    category_fields,
    complaint_detail,
    complaints,
    editing,
    intake,
    reference,
    register,
)
from fondue_desk.services.category_fields import save_field
from fondue_desk.services.intake import ComplaintInput, log_complaint

K = FieldKind
PLATE = FieldDefinition("plate", K.VEHICLE_PLATE, "ทะเบียนรถ", "Plate", required=True)
VEHICLE = FieldDefinition("vehicle", K.MULTI_CHOICE, "ประเภทรถ", "Vehicle", choices=(
    Choice("car", "รถยนต์", "Car"), Choice("bike", "จักรยานยนต์", "Motorcycle"),
    Choice("bus", "รถโดยสาร", "Bus")))
HELMET = FieldDefinition("helmet", K.YES_NO, "สวมหมวกนิรภัย", "Helmet", required=True,
                         show_if=ShowIf("vehicle", "bike"))
SEEN = FieldDefinition("seen_on", K.DATE, "วันที่พบ", "Seen on")


@pytest.fixture
def traffic(db, admin, demo_office):
    categories = reference.active_categories(db, demo_office.id)
    category, other = categories[0], categories[1]
    ids = {d.code: save_field(db, admin.id, category.id, d).id
           for d in (PLATE, VEHICLE, HELMET, SEEN)}
    return category, other, ids


def walk_in(category_id, **answers):
    return ComplaintInput(category_id=category_id, description="รถจอดขวางทางเข้าซอย",
                          anonymous=True, field_values=answers)


def texts(view):
    return {v.code: v.text for v in view.field_values}


def test_answers_are_checked_with_the_other_fields(db, clerk, traffic):
    category, _other, _ids = traffic
    with pytest.raises(InvalidInput) as caught:
        log_complaint(db, clerk.id, replace(walk_in(category.id, plate="กข 12", vehicle="bike"),
                                            description=""))
    assert {e.field: e.code for e in caught.value.errors} == {
        "description": "required", "field:plate": "plate.invalid",
        "field:helmet": "custom.required"}
    with pytest.raises(InvalidInput):
        intake.validate(db, clerk.id, walk_in(category.id, plate=""))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ComplaintFieldValue)) == 0


def test_logged_answers_read_back_everywhere(db, clerk, traffic):
    category, _other, ids = traffic
    logged = log_complaint(db, clerk.id, walk_in(
        category.id, plate="๑กข๑๒๓๔ จ.ภูเก็ต", vehicle=["bike", "car"], helmet="false",
        seen_on="6/12/2569"))
    expected = {"plate": "1กข 1234 ภูเก็ต", "vehicle": "รถยนต์, จักรยานยนต์",
                "helmet": "ไม่ใช่", "seen_on": "6 ธ.ค. 2569"}
    assert texts(logged) == expected
    assert [v.code for v in logged.field_values] == ["plate", "vehicle", "helmet", "seen_on"]
    read = complaints.get(db, logged.id)
    assert read.field_values == logged.field_values
    assert read.field_values[1].text_in("en") == "Car, Motorcycle"
    detail = complaint_detail.complaint_detail(db, logged.id)
    assert texts(detail.complaint) == expected
    with db.read() as session:
        rows = session.execute(select(ComplaintFieldValue.field_id, ComplaintFieldValue.value,
                                      ComplaintFieldValue.choice_key)
                               .order_by(ComplaintFieldValue.id)).all()
    assert [tuple(r) for r in rows] == [
        (ids["plate"], "1กข 1234 ภูเก็ต", None), (ids["vehicle"], "car", "car"),
        (ids["vehicle"], "bike", "bike"), (ids["helmet"], "false", "false"),
        (ids["seen_on"], "2026-12-06", None)]


def test_a_hidden_field_is_neither_required_nor_stored(db, clerk, traffic):
    category, _other, _ids = traffic
    logged = log_complaint(db, clerk.id, walk_in(category.id, plate="กข 1 ตาก",
                                                 vehicle="car", helmet="true"))
    assert set(texts(logged)) == {"plate", "vehicle"}


def test_an_edit_replaces_answers_and_keeps_history(db, clerk, traffic):
    category, _other, _ids = traffic
    logged = log_complaint(db, clerk.id, walk_in(category.id, plate="กข 1234 ภูเก็ต",
                                                 vehicle="car"))
    form = editing.input_of(logged)
    assert form.field_values == {"plate": ("กข 1234 ภูเก็ต",), "vehicle": ("car",)}
    with pytest.raises(InvalidInput) as caught:
        editing.edit_complaint(db, clerk.id, logged.id, form)
    assert caught.value.errors[0].code == "edit.nothing_changed"
    edited = editing.edit_complaint(db, clerk.id, logged.id, replace(
        form, field_values={**form.field_values, "plate": "ขค 99 พังงา",
                            "vehicle": ["bike"], "helmet": "true"}), note="ผู้แจ้งโทรมาแก้")
    assert texts(edited) == {"plate": "ขค 99 พังงา", "vehicle": "จักรยานยนต์", "helmet": "ใช่"}
    history = [h for h in complaint_detail.history(db, logged.id) if h.kind == "edit"]
    assert {(h.field, h.old_value, h.new_value) for h in history} == {
        ("field:plate", "กข 1234 ภูเก็ต", "ขค 99 พังงา"),
        ("field:vehicle", "รถยนต์", "จักรยานยนต์"), ("field:helmet", "", "ใช่")}
    assert {h.note for h in history} == {"ผู้แจ้งโทรมาแก้"}


def test_retired_fields_and_choices_keep_old_answers(db, admin, clerk, traffic):
    category, _other, ids = traffic
    logged = log_complaint(db, clerk.id, walk_in(category.id, plate="กข 1234 ภูเก็ต",
                                                 vehicle="bus", seen_on="2026-12-01"))
    save_field(db, admin.id, category.id, replace(VEHICLE, choices=(
        *VEHICLE.choices[:2], replace(VEHICLE.choices[2], active=False))),
        field_id=ids["vehicle"])
    category_fields.retire_field(db, admin.id, ids["seen_on"])
    read = complaints.get(db, logged.id)
    values = {v.code: v for v in read.field_values}
    assert values["vehicle"].text == "รถโดยสาร" and values["vehicle"].retired
    assert values["seen_on"].text == "1 ธ.ค. 2569" and values["seen_on"].retired
    # A new complaint cannot pick the retired choice; the old one keeps it through an edit.
    with pytest.raises(InvalidInput) as caught:
        log_complaint(db, clerk.id, walk_in(category.id, plate="กข 1 ตาก", vehicle="bus"))
    assert caught.value.errors[0].code == "custom.unknown_choice"
    form = editing.input_of(read)
    edited = editing.edit_complaint(db, clerk.id, logged.id, replace(
        form, field_values={**form.field_values, "plate": "กข 4321 ภูเก็ต"}))
    assert {v.code: v.text for v in edited.field_values} == {
        "plate": "กข 4321 ภูเก็ต", "vehicle": "รถโดยสาร", "seen_on": "1 ธ.ค. 2569"}
    # Even an edit that leaves the retired field out keeps its answer.
    edited = editing.edit_complaint(db, clerk.id, logged.id, replace(
        form, field_values={"plate": "กข 1 ภูเก็ต", "vehicle": "bus"}))
    assert texts(edited)["seen_on"] == "1 ธ.ค. 2569"


def test_changing_category_keeps_the_old_answers(db, admin, clerk, traffic):
    category, other, _ids = traffic
    save_field(db, admin.id, other.id, FieldDefinition("depth", K.NUMBER, "ความลึก",
                                                       unit="ซม.", required=True))
    logged = log_complaint(db, clerk.id, walk_in(category.id, plate="กข 1234 ภูเก็ต"))
    form = editing.input_of(logged)
    with pytest.raises(InvalidInput) as caught:
        editing.edit_complaint(db, clerk.id, logged.id, replace(form, category_id=other.id))
    assert caught.value.for_field("field:depth").code == "custom.required"
    moved = editing.edit_complaint(db, clerk.id, logged.id, replace(
        form, category_id=other.id, field_values={"depth": "30"}))
    assert [(v.code, v.text, v.retired) for v in moved.field_values] == [
        ("depth", "30 ซม.", False), ("plate", "กข 1234 ภูเก็ต", True)]
    back = editing.edit_complaint(db, clerk.id, logged.id, replace(
        editing.input_of(moved), category_id=category.id))
    assert [(v.code, v.retired) for v in back.field_values] == [
        ("plate", False), ("depth", True)]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ComplaintEdit).where(
            ComplaintEdit.field == "field:depth")) == 1


def found(db, office_id, **kw):
    return {r.id for r in register.iter_rows(db, office_id, RegisterFilter(**kw))}


def sql_found(db, office_id, **kw):
    with db.read() as session:
        return set(session.scalars(select(Complaint.id).where(
            register.conditions(db.dialect, office_id, RegisterFilter(**kw)))))


def test_the_register_finds_and_filters_by_answers(db, admin, clerk, demo_office, traffic):
    category, _other, ids = traffic
    car = log_complaint(db, clerk.id, walk_in(category.id, plate="1กข 1234 ภูเก็ต",
                                              vehicle="car"))
    bike = log_complaint(db, clerk.id, walk_in(category.id, plate="ขค 77 พังงา",
                                               vehicle=["bike", "bus"], helmet="false"))
    plain = log_complaint(db, clerk.id, walk_in(category.id, plate="ฮฮ 5 ตาก"))
    office = demo_office.id
    assert found(db, office, text="กข 1234") == {car.id}
    assert found(db, office, text="กข1234") == {car.id}
    assert found(db, office, text="พังงา") == {bike.id}
    assert found(db, office, text="จักรยานยนต์") == {bike.id}    # a choice by its name
    assert found(db, office, text="motorcycle") == {bike.id}     # ... and its English name
    assert found(db, office, text="ไม่ใช่") == {bike.id}          # a yes/no answer
    # The map's SQL finds typed answers the same way (a choice's name lives in its field).
    for query in ("กข 1234", "พังงา", "77"):
        assert sql_found(db, office, text=query) == found(db, office, text=query), query
    assert found(db, office, field_choice=(ids["vehicle"], "bike")) == {bike.id}
    assert found(db, office, field_choice=(ids["vehicle"], "car")) == {car.id}
    assert found(db, office, field_choice=(ids["vehicle"], "bus"),
                 text="พังงา") == {bike.id}
    assert found(db, office, field_choice=(ids["helmet"], "true")) == set()
    assert register.count(db, office, RegisterFilter(field_choice=(ids["vehicle"], "bus"))) == 1
    # An edit is searched at once; the old answer is no longer found.
    editing.edit_complaint(db, clerk.id, plain.id, replace(
        editing.input_of(plain), field_values={"plate": "ญญ 9 สตูล", "vehicle": "car"}))
    assert found(db, office, text="สตูล") == {plain.id}
    assert found(db, office, text="ตาก") == set()
    assert found(db, office, field_choice=(ids["vehicle"], "car")) == {car.id, plain.id}
    # A renamed choice is found by its new name on the next search.
    save_field(db, admin.id, category.id, replace(VEHICLE, choices=(
        replace(VEHICLE.choices[0], name="รถเก๋ง"), *VEHICLE.choices[1:])),
        field_id=ids["vehicle"])
    assert found(db, office, text="รถเก๋ง") == {car.id, plain.id}


def test_the_history_names_an_answer_by_its_fields_label(db, admin, clerk, traffic):
    category, other, _ids = traffic
    logged = log_complaint(db, clerk.id, walk_in(category.id, plate="กข 1234 ภูเก็ต"))
    editing.edit_complaint(db, clerk.id, logged.id, replace(
        editing.input_of(logged), field_values={"plate": "กข 4321 ภูเก็ต"}))
    editing.edit_complaint(db, clerk.id, logged.id, replace(
        editing.input_of(complaints.get(db, logged.id)), category_id=other.id))
    edits = [h for h in complaint_detail.history(db, logged.id) if h.field == "field:plate"]
    # Named even after the complaint left the category the field belongs to.
    assert [(h.field_label, h.field_label_en) for h in edits] == [("ทะเบียนรถ", "Plate")]
    assert [h.field_label for h in complaint_detail.history(db, logged.id)
            if h.field == "category_id"] == [""]
