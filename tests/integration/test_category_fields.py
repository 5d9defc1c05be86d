"""Settings → Categories → fields in the core: defining, checking, ordering, retiring."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from fondue_desk.db.models import CategoryField
from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind, ShowIf
from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from fondue_desk.services import category_fields, demo, reference
from fondue_desk.services.category_fields import list_fields, save_field
from fondue_desk.services.intake import ComplaintInput, log_complaint

K = FieldKind
PLATE = FieldDefinition("plate", K.VEHICLE_PLATE, "ทะเบียนรถ", "Plate", required=True)
VEHICLE = FieldDefinition("vehicle", K.SINGLE_CHOICE, "ประเภทรถ", "Vehicle", choices=(
    Choice("car", "รถยนต์", "Car"), Choice("bike", "จักรยานยนต์", "Motorcycle")))


@pytest.fixture
def category(db, demo_office):
    return reference.active_categories(db, demo_office.id)[0]


def codes_of(error: InvalidInput) -> dict[str, str]:
    return {e.field: e.code for e in error.errors}


def test_fields_are_saved_in_order_and_read_back(db, admin, demo_office, category):
    plate = save_field(db, admin.id, category.id, PLATE)
    vehicle = save_field(db, admin.id, category.id, VEHICLE)
    assert plate.definition.order < vehicle.definition.order
    listed = list_fields(db, category.id)
    assert [f.definition.code for f in listed] == ["plate", "vehicle"]
    assert listed[1].definition.choices == VEHICLE.choices
    assert listed[0].definition.label_en == "Plate" and listed[0].used_by == 0
    assert category_fields.office_fields(db, demo_office.id)[category.id] == tuple(
        f.definition for f in listed)


@pytest.mark.parametrize(("definition", "field", "code"), [
    (replace(PLATE, code="Plate!"), "code", "custom_field.code_invalid"),
    (replace(PLATE, label="  "), "label", "custom_field.label_required"),
    (replace(PLATE, label="ก" * 201), "label", "text.too_long"),
    (replace(VEHICLE, choices=()), "choices", "custom_field.choices_required"),
    (replace(VEHICLE, choices=(Choice("a", "ก"), Choice("a", "ข"))), "choices",
     "custom_field.choice_duplicate"),
    (replace(VEHICLE, choices=(Choice("A B", "ก"),)), "choices",
     "custom_field.choice_key_invalid"),
    (replace(VEHICLE, choices=(Choice("a", " "),)), "choices",
     "custom_field.choice_name_required"),
    (replace(VEHICLE, choices=(Choice("a", "ก", active=False),)), "choices",
     "custom_field.choices_required"),
    (FieldDefinition("yn", K.YES_NO, "ใช่ไหม", choices=(Choice("yes", "ใช่"),)), "choices",
     "custom_field.choice_key_invalid"),
    (FieldDefinition("n", K.NUMBER, "จำนวน", minimum=10, maximum=1), "minimum",
     "custom_field.range"),
    (FieldDefinition("x", K.SHORT_TEXT, "x", show_if=ShowIf("nothing", "a")), "show_if",
     "custom_field.show_if_invalid"),
])
def test_a_bad_definition_is_refused_naming_the_part(db, admin, category, definition, field,
                                                      code):
    with pytest.raises(InvalidInput) as caught:
        save_field(db, admin.id, category.id, definition)
    assert codes_of(caught.value)[field] == code
    assert list_fields(db, category.id, include_retired=True) == []


def test_codes_are_unique_per_category_only(db, admin, demo_office):
    first, second = reference.active_categories(db, demo_office.id)[:2]
    save_field(db, admin.id, first.id, PLATE)
    with pytest.raises(InvalidInput) as caught:
        save_field(db, admin.id, first.id, replace(PLATE, label="อีกช่อง"))
    assert codes_of(caught.value) == {"code": "custom_field.code_taken"}
    save_field(db, admin.id, second.id, PLATE)


def test_show_if_names_an_earlier_choice_field_and_one_of_its_values(db, admin, category):
    save_field(db, admin.id, category.id, PLATE)
    save_field(db, admin.id, category.id, VEHICLE)
    for show_if in (ShowIf("vehicle", "truck"), ShowIf("plate", "car")):
        with pytest.raises(InvalidInput) as caught:
            save_field(db, admin.id, category.id,
                       FieldDefinition("helmet", K.YES_NO, "สวมหมวก", show_if=show_if))
        assert codes_of(caught.value) == {"show_if": "custom_field.show_if_invalid"}
    helmet = save_field(db, admin.id, category.id, FieldDefinition(
        "helmet", K.YES_NO, "สวมหมวก", show_if=ShowIf("vehicle", "bike")))
    assert helmet.definition.show_if == ShowIf("vehicle", "bike")
    # Moving it above the field it depends on, or retiring that field, would hide it for good.
    with pytest.raises(Conflict):
        category_fields.move_field(db, admin.id, helmet.id, -1)
    vehicle = list_fields(db, category.id)[1]
    with pytest.raises(Conflict):
        category_fields.retire_field(db, admin.id, vehicle.id)


def test_move_retire_and_restore(db, admin, category):
    plate = save_field(db, admin.id, category.id, PLATE)
    save_field(db, admin.id, category.id, VEHICLE)
    moved = category_fields.move_field(db, admin.id, plate.id, 1)
    assert [f.definition.code for f in moved] == ["vehicle", "plate"]
    assert [f.definition.code for f in list_fields(db, category.id)] == ["vehicle", "plate"]
    assert list_fields(db, category.id)[1].definition.order > \
        list_fields(db, category.id)[0].definition.order
    retired = category_fields.retire_field(db, admin.id, plate.id)
    assert not retired.definition.active
    assert [f.definition.code for f in list_fields(db, category.id)] == ["vehicle"]
    assert len(list_fields(db, category.id, include_retired=True)) == 2
    assert category_fields.restore_field(db, admin.id, plate.id).definition.active


def test_a_used_field_keeps_its_code_kind_and_picked_choices(db, admin, clerk, category):
    vehicle = save_field(db, admin.id, category.id, VEHICLE)
    log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="รถจอดขวาง", anonymous=True,
        field_values={"vehicle": "bike"}))
    assert list_fields(db, category.id)[0].used_by == 1
    changes = {"code": replace(VEHICLE, code="vehicle2"),
               "kind": replace(VEHICLE, kind=K.MULTI_CHOICE),
               "choices": replace(VEHICLE, choices=VEHICLE.choices[:1])}
    expected = {"code": "custom_field.code_fixed", "kind": "custom_field.kind_fixed",
                "choices": "custom_field.choice_in_use"}
    for part, definition in changes.items():
        with pytest.raises(InvalidInput) as caught:
            save_field(db, admin.id, category.id, definition, field_id=vehicle.id)
        assert codes_of(caught.value)[part] == expected[part]
    # Retiring the picked choice is how it leaves the form; an unused one may go.
    retired_bike = (VEHICLE.choices[0], replace(VEHICLE.choices[1], active=False))
    saved = save_field(db, admin.id, category.id, replace(VEHICLE, choices=retired_bike),
                       field_id=vehicle.id)
    assert [c.key for c in saved.definition.offered_choices()] == ["car"]
    truck = Choice("truck", "รถบรรทุก", "Truck")
    saved = save_field(db, admin.id, category.id,
                       replace(VEHICLE, label="ชนิดรถ", choices=(truck, retired_bike[1])),
                       field_id=vehicle.id)
    assert saved.definition.label == "ชนิดรถ"
    assert [c.key for c in saved.definition.choices] == ["truck", "bike"]


def test_only_an_admin_of_the_same_office_changes_fields(db, admin, clerk, category):
    with pytest.raises(PermissionDenied):
        save_field(db, clerk.id, category.id, PLATE)
    saved = save_field(db, admin.id, category.id, PLATE)
    # A second office on the same server, made the way one joins it.
    second = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    stranger = reference.find_user(db, f"admin-demo{second.office_id}")
    foreign = reference.active_categories(db, second.office_id)[0]
    with pytest.raises(NotFound):
        save_field(db, admin.id, foreign.id, PLATE)
    with pytest.raises(NotFound):
        category_fields.retire_field(db, stranger.id, saved.id)
    with pytest.raises(NotFound):
        category_fields.move_field(db, stranger.id, saved.id, 1)
    with pytest.raises(NotFound):
        save_field(db, stranger.id, foreign.id, PLATE, field_id=saved.id)
    with db.read() as session:
        assert session.scalar(select(CategoryField.active).where(
            CategoryField.id == saved.id))
