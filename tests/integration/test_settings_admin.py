"""Settings in the core: categories, villages, numbering and the office profile (no Qt)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from fondue_desk.db.models import Category, Complaint, ComplaintEdit, Office, Village
from fondue_desk.domain.errors import Conflict, InvalidInput, PermissionDenied
from fondue_desk.domain.history_notes import CATEGORY_MERGED
from fondue_desk.services import (
    categories_admin,
    complaint_detail,
    complaints,
    crews,
    dispatch,
    numbering_settings,
    office_profile,
    receipts,
    reference,
    villages_admin,
    work_orders,
)
from fondue_desk.services.categories_admin import CategoryInput
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.villages_admin import VillageInput


def walk_in(db, clerk, category_id, **kw):
    values = {"category_id": category_id, "description": "ถนนเป็นหลุมลึก หน้าโรงเรียน",
              "complainant_name": "นางสมศรี ใจดี", "phone": "0812345678", **kw}
    return log_complaint(db, clerk.id, ComplaintInput(**values))


def by_name(db, office, name):
    return next(c for c in categories_admin.list_categories(db, office.id) if c.name_th == name)


def snapshot(db):
    """Everything settings may touch, to prove a refusal changed nothing."""
    with db.read() as session:
        return (
            [tuple(r) for r in session.execute(select(
                Category.id, Category.code, Category.name_th, Category.sla_days, Category.colour,
                Category.active, Category.sort_order, Category.merged_into_id,
                Category.default_crew_id).order_by(Category.id))],
            [tuple(r) for r in session.execute(select(
                Village.id, Village.number, Village.name, Village.active).order_by(Village.id))],
            [tuple(r) for r in session.execute(select(
                Complaint.id, Complaint.category_id).order_by(Complaint.id))],
            [tuple(r) for r in session.execute(select(
                Office.name, Office.tracking_format, Office.work_order_format))],
            session.scalar(select(func.count()).select_from(ComplaintEdit)),
        )


# ---------------------------------------------------------------- categories

def test_listing_shows_every_category_with_its_complaints(db, demo_office, clerk):
    listed = categories_admin.list_categories(db, demo_office.id)
    assert len(listed) == 12 and all(c.code for c in listed)
    walk_in(db, clerk, listed[0].id)
    walk_in(db, clerk, listed[0].id)
    again = categories_admin.list_categories(db, demo_office.id)
    assert again[0].complaint_count == 2 and again[1].complaint_count == 0


def test_a_new_category_gets_a_code_from_its_english_name_and_goes_last(db, demo_office, admin):
    made = categories_admin.save_category(db, admin.id, CategoryInput(
        name_th="ต้นไม้ล้มขวางถนน", name_en="Fallen trees", colour="#2E7D32", sla_days=2))
    twin = categories_admin.save_category(db, admin.id, CategoryInput(
        name_th="ต้นไม้ล้ม (อีกหมวด)", name_en="Fallen trees", sla_days=3))
    assert (made.code, twin.code) == ("fallen-trees", "fallen-trees-2")
    assert made.colour == "#2e7d32"
    assert made.sort_order > max(c.sort_order for c in categories_admin.list_categories(
        db, demo_office.id) if c.id not in (made.id, twin.id))
    assert "ต้นไม้ล้มขวางถนน" in [c.name_th for c in reference.active_categories(
        db, demo_office.id)]


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"sla_days": 0}, "sla_days", "sla.range"),
    ({"sla_days": 366}, "sla_days", "sla.range"),
    ({"colour": "red"}, "colour", "colour.invalid"),
    ({"name_th": "  "}, "name_th", "name.required"),
    ({"name_th": "ถ" * 121}, "name_th", "text.too_long"),
    ({"code": "Not A Code"}, "code", "code.invalid"),
    ({"default_crew_id": 999_999}, "default_crew_id", "crew.not_found"),
])
def test_a_bad_row_is_refused_and_nothing_changes(db, demo_office, admin, change, field, code):
    first = categories_admin.list_categories(db, demo_office.id)[0]
    before = snapshot(db)
    good = categories_admin.list_categories(db, demo_office.id)[1]
    with pytest.raises(InvalidInput) as raised:
        categories_admin.save_categories(db, admin.id, [
            (good.id, good.as_input(sla_days=30)), (first.id, first.as_input(**change))])
    error = raised.value.for_field(field)
    assert error is not None and error.code == code and error.params["row"] == 1
    assert snapshot(db) == before


def test_a_thai_name_already_used_is_refused(db, demo_office, admin):
    first, second = categories_admin.list_categories(db, demo_office.id)[:2]
    before = snapshot(db)
    with pytest.raises(InvalidInput) as raised:
        categories_admin.save_category(db, admin.id, second.as_input(name_th=first.name_th),
                                       category_id=second.id)
    assert raised.value.errors[0].code == "category.name_taken"
    assert snapshot(db) == before


def test_sla_change_applies_to_new_complaints_only(db, demo_office, admin, clerk, today):
    category = categories_admin.list_categories(db, demo_office.id)[0]
    old = walk_in(db, clerk, category.id)
    categories_admin.save_category(db, admin.id, category.as_input(sla_days=30),
                                   category_id=category.id)
    new = walk_in(db, clerk, category.id)
    assert complaints.get(db, old.id).due_date == old.due_date
    assert new.due_date == new.received_at.date() + timedelta(days=30)


def test_retire_keeps_old_complaints_and_forms_stop_offering_it(db, demo_office, admin, clerk):
    category = categories_admin.list_categories(db, demo_office.id)[0]
    old = walk_in(db, clerk, category.id)
    retired = categories_admin.set_category_active(db, admin.id, category.id, False)
    assert not retired.active
    assert category.id not in [c.id for c in reference.active_categories(db, demo_office.id)]
    assert category.id in [c.id for c in reference.categories(db, demo_office.id)]
    with pytest.raises(InvalidInput):
        walk_in(db, clerk, category.id)
    view = complaints.get(db, old.id)
    assert view.category_name == category.name_th
    assert receipts.receipt_pdf(db, old.id).startswith(b"%PDF-")
    with pytest.raises(Conflict):
        categories_admin.delete_category(db, admin.id, category.id)
    again = categories_admin.set_category_active(db, admin.id, category.id, True)
    assert again.active


def test_an_unused_category_may_be_deleted(db, demo_office, admin):
    made = categories_admin.save_category(db, admin.id, CategoryInput(name_th="ทดลองลบ"))
    categories_admin.delete_category(db, admin.id, made.id)
    assert "ทดลองลบ" not in [c.name_th for c in categories_admin.list_categories(
        db, demo_office.id)]


def test_reorder_puts_the_given_ids_first(db, demo_office, admin):
    listed = categories_admin.list_categories(db, demo_office.id)
    wanted = [listed[3].id, listed[0].id]
    reordered = categories_admin.reorder_categories(db, admin.id, wanted)
    assert [c.id for c in reordered][:2] == wanted
    assert [c.id for c in reference.active_categories(db, demo_office.id)][:2] == wanted


def test_merge_moves_complaints_with_history_and_keeps_them_printable(db, demo_office, admin,
                                                                     clerk):
    listed = categories_admin.list_categories(db, demo_office.id)
    source_a, source_b, target = listed[0], listed[1], listed[2]
    moved = [walk_in(db, clerk, source_a.id), walk_in(db, clerk, source_b.id),
             walk_in(db, clerk, source_b.id)]
    untouched = walk_in(db, clerk, target.id)
    due_before = {c.id: c.due_date for c in moved}

    result = categories_admin.merge_categories(db, admin.id, [source_a.id, source_b.id],
                                               target.id)

    assert result.moved == 3
    for complaint in moved:
        view = complaints.get(db, complaint.id)
        assert view.category_id == target.id and view.category_name == target.name_th
        assert view.tracking_no == complaint.tracking_no
        assert view.due_date == due_before[complaint.id]  # the promise made stays
        [edit] = [h for h in complaint_detail.history(db, complaint.id) if h.kind == "edit"]
        assert (edit.field, edit.new_value, edit.note, edit.note_code) == (
            "category_id", str(target.id), "", CATEGORY_MERGED)
        assert edit.old_value in (str(source_a.id), str(source_b.id))
        pdf = receipts.receipt_pdf(db, complaint.id)
        text = "".join(page.extract_text() for page in PdfReader(
            __import__("io").BytesIO(pdf)).pages)
        assert complaint.tracking_no in text
    assert complaint_detail.history(db, untouched.id)[-1].kind == "status"
    after = {c.id: c for c in categories_admin.list_categories(db, demo_office.id)}
    for source in (source_a, source_b):
        assert not after[source.id].active and after[source.id].merged_into_id == target.id
    assert after[target.id].complaint_count == 4
    with pytest.raises(Conflict):
        categories_admin.set_category_active(db, admin.id, source_a.id, True)


def test_merge_refuses_merging_into_itself(db, demo_office, admin):
    first = categories_admin.list_categories(db, demo_office.id)[0]
    with pytest.raises(InvalidInput):
        categories_admin.merge_categories(db, admin.id, [first.id], first.id)


def test_the_default_crew_is_suggested_first(db, demo_office, admin):
    listed = categories_admin.list_categories(db, demo_office.id)
    road = next(c for c in crews.list_crews(db, demo_office.id) if c.name == "ทีมโยธา กองช่าง")
    lights = next(c for c in listed if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    assert crews.suggest_crew(db, demo_office.id, lights.id).id != road.id
    categories_admin.save_category(db, admin.id, lights.as_input(default_crew_id=road.id),
                                   category_id=lights.id)
    assert crews.suggest_crew(db, demo_office.id, lights.id).id == road.id
    assert by_name(db, demo_office, lights.name_th).default_crew_name == road.name


# ---------------------------------------------------------------- villages

def test_villages_are_added_edited_and_retired_but_a_used_one_never_deleted(db, demo_office,
                                                                           admin, clerk):
    listed = villages_admin.list_villages(db, demo_office.id)
    number = max(v.number for v in listed) + 1
    made = villages_admin.save_village(db, admin.id, VillageInput(number, "บ้านใหม่พัฒนา",
                                                                   18.75, 98.95))
    assert made.code == f"moo-{number}" and made.active
    used = listed[0]
    old = walk_in(db, clerk, categories_admin.list_categories(db, demo_office.id)[0].id,
                  village_id=used.id)
    with pytest.raises(Conflict):
        villages_admin.delete_village(db, admin.id, used.id)
    villages_admin.set_village_active(db, admin.id, used.id, False)
    assert used.id not in [v.id for v in reference.active_villages(db, demo_office.id)]
    assert [v.active for v in reference.villages(db, demo_office.id) if v.id == used.id] == [
        False]
    assert complaints.get(db, old.id).village_label.endswith(used.name)
    villages_admin.delete_village(db, admin.id, made.id)  # unused: may go


def test_a_taken_village_number_and_bad_rows_are_refused(db, demo_office, admin):
    listed = villages_admin.list_villages(db, demo_office.id)
    before = snapshot(db)
    with pytest.raises(InvalidInput) as raised:
        villages_admin.save_villages(db, admin.id, [
            (None, VillageInput(listed[0].number, "ซ้ำ")),
            (None, VillageInput(50, "")),
            (None, VillageInput(51, "นอกประเทศ", 48.85, 2.35))])
    codes = {(e.field, e.code, e.params["row"]) for e in raised.value.errors}
    assert codes == {("number", "village.number_taken", 0), ("name", "name.required", 1),
                     ("location", "location.outside_thailand", 2)}
    assert snapshot(db) == before


def test_rows_pasted_from_excel_are_read(db):
    text = ("หมู่ที่\tชื่อหมู่บ้าน\tละติจูด\tลองจิจูด\n"
            "หมู่ที่ ๑๓\tบ้านดอนแก้ว\t18.74\t98.93\n"
            "14\tบ้านสันป่าเลียง\n"
            "ม.15\t\n"
            "abc\tบ้านผิด\n")
    rows, errors = villages_admin.parse_pasted_rows(text)
    assert [(r.number, r.name, r.lat) for r in rows] == [(13, "บ้านดอนแก้ว", 18.74),
                                                         (14, "บ้านสันป่าเลียง", None)]
    assert {(e.code, e.params["line"]) for e in errors} == {("name.required", 4),
                                                            ("village.number_out_of_range", 5)}


# ---------------------------------------------------------------- numbering

def test_preview_shows_the_next_numbers_without_taking_them(db, demo_office, admin, clerk,
                                                           now):
    category = categories_admin.list_categories(db, demo_office.id)[0]
    first = walk_in(db, clerk, category.id)
    preview = numbering_settings.preview_next(db, demo_office.id)
    seq = int(first.tracking_no.split("-")[1]) + 1
    assert preview.tracking_no == f"{preview.fiscal_year}-{seq:06d}"
    assert numbering_settings.preview_next(db, demo_office.id) == preview  # nothing taken
    typed = numbering_settings.preview_next(db, demo_office.id, tracking_format="ร{seq:04d}",
                                            work_order_format="ช{seq}")
    assert typed.tracking_no == f"ร{seq:04d}" and typed.work_order_no == ""
    assert [e.code for e in typed.errors] == ["format.needs_year"]


def test_a_new_format_applies_from_the_next_number_and_never_renumbers(db, demo_office, admin,
                                                                      clerk, today):
    users = {u: reference.find_user(db, u) for u in ("clerk1",)}
    lights = next(c for c in reference.active_categories(db, demo_office.id)
                  if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    crew = crews.suggest_crew(db, demo_office.id, lights.id)
    before = walk_in(db, clerk, lights.id)
    first = dispatch.assign(db, users["clerk1"].id, [before.id], crew.id, today,
                            work_orders="job").work_orders[0]
    numbering_settings.save_formats(db, admin.id, tracking_format="มห{fy}/{seq:05d}",
                                    work_order_format="ช.{seq:04d}/{fy}")
    preview = numbering_settings.preview_next(db, demo_office.id)
    after = walk_in(db, clerk, lights.id)
    assert after.tracking_no == preview.tracking_no
    assert after.tracking_no.startswith("มห") and complaints.get(
        db, before.id).tracking_no == before.tracking_no
    second = dispatch.assign(db, users["clerk1"].id, [after.id], crew.id, today,
                             work_orders="job").work_orders[0]
    assert second.number == preview.work_order_no
    assert second.number.startswith("ช.") and second.number.endswith(f"/{preview.fiscal_year}")
    assert work_orders.find_work_order(db, demo_office.id, second.number).id == second.id
    assert work_orders.find_work_order(db, demo_office.id, first.number).id == first.id


def test_bad_formats_are_refused_together_and_nothing_saved(db, demo_office, admin):
    before = snapshot(db)
    with pytest.raises(InvalidInput) as raised:
        numbering_settings.save_formats(db, admin.id, tracking_format="{fy}",
                                        work_order_format="{seq}")
    assert [(e.field, e.code) for e in raised.value.errors] == [
        ("tracking_format", "format.needs_seq"), ("work_order_format", "format.needs_year")]
    assert snapshot(db) == before


# ---------------------------------------------------------------- office profile

def test_office_profile_round_trip_and_only_named_fields_written(db, demo_office, admin):
    profile = office_profile.office_profile(db, demo_office.id)
    assert profile.name == demo_office.name
    changed = office_profile.save_office_profile(
        db, admin.id, __import__("dataclasses").replace(
            profile, phone="053-999-888", email="saraban@example.go.th",
            signatory_name="ไม่ควรถูกบันทึก"), only=["phone", "email", "signatory_name"])
    assert changed.phone.replace("-", "") == "053999888"  # stored as the rules clean it
    assert changed.email == "saraban@example.go.th"
    assert changed.signatory_name == profile.signatory_name  # the letters page's field
    assert reference.office(db, demo_office.id).phone == changed.phone


def test_a_bad_profile_names_every_field_and_saves_nothing(db, demo_office, admin):
    profile = office_profile.office_profile(db, demo_office.id)
    before = snapshot(db)
    with pytest.raises(InvalidInput) as raised:
        office_profile.save_office_profile(db, admin.id, __import__("dataclasses").replace(
            profile, name="", postal_code="501", email="not an email", lat=48.8, lon=2.3))
    assert set(raised.value.fields) >= {"name", "postal_code", "email"}
    assert snapshot(db) == before


# ---------------------------------------------------------------- permissions

@pytest.mark.parametrize("username", ["clerk1", "mayor", "crew1"])
def test_only_the_administrator_changes_settings(db, demo_office, username):
    user = reference.find_user(db, username)
    listed = categories_admin.list_categories(db, demo_office.id)
    village = villages_admin.list_villages(db, demo_office.id)[0]
    profile = office_profile.office_profile(db, demo_office.id)
    before = snapshot(db)
    calls = [
        lambda: categories_admin.save_category(db, user.id, CategoryInput(name_th="ใหม่")),
        lambda: categories_admin.set_category_active(db, user.id, listed[0].id, False),
        lambda: categories_admin.merge_categories(db, user.id, [listed[0].id], listed[1].id),
        lambda: categories_admin.reorder_categories(db, user.id, [listed[1].id]),
        lambda: categories_admin.delete_category(db, user.id, listed[0].id),
        lambda: villages_admin.save_village(db, user.id, VillageInput(60, "บ้านใหม่")),
        lambda: villages_admin.set_village_active(db, user.id, village.id, False),
        lambda: numbering_settings.save_formats(db, user.id, tracking_format="{fy}{seq}",
                                                work_order_format="{seq}/{fy}"),
        lambda: office_profile.save_office_profile(db, user.id, profile),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert snapshot(db) == before


# ---------------------------------------------------------------- PostgreSQL

def test_categories_villages_and_numbering_on_postgresql(pg_url):
    from fondue_desk.db.database import Database
    from fondue_desk.services import demo

    pg = Database.open(pg_url)
    try:
        demo.create_demo_office(pg, complaints=0, passwords_must_change=False)
        office = reference.first_office(pg)
        admin = reference.find_user(pg, "admin")
        clerk = reference.default_counter_user(pg, office.id)
        listed = categories_admin.list_categories(pg, office.id)
        made = walk_in(pg, clerk, listed[0].id)
        categories_admin.save_categories(pg, admin.id, [
            (None, CategoryInput(name_th="ทดลอง", name_en="Trial")),
            (listed[1].id, listed[1].as_input(sla_days=9))])
        categories_admin.reorder_categories(pg, admin.id, [listed[2].id])
        result = categories_admin.merge_categories(pg, admin.id, [listed[0].id], listed[1].id)
        assert result.moved == 1 and complaints.get(pg, made.id).category_id == listed[1].id
        assert reference.categories(pg, office.id)[0].id == listed[2].id
        village = villages_admin.list_villages(pg, office.id)[0]
        villages_admin.set_village_active(pg, admin.id, village.id, False)
        assert village.id not in [v.id for v in reference.active_villages(pg, office.id)]
        preview = numbering_settings.preview_next(pg, office.id)
        assert walk_in(pg, clerk, listed[1].id).tracking_no == preview.tracking_no
    finally:
        pg.close()
