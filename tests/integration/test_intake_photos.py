"""Photos handed in at the counter: checked before the save, stored with the complaint in the
same transaction, required by a category that asks for them (traffic violations), and a
refusal saves nothing (real SQLite)."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import func, select

from fondue_desk.config import dump_config, export_config, load_preset, parse_config
from fondue_desk.db.models import Attachment, Complaint, Counter
from fondue_desk.domain import pictures
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import categories_admin, reference
from fondue_desk.services.attachments import attachment_content, list_attachments
from fondue_desk.services.editing import edit_complaint, input_of
from fondue_desk.services.intake import MAX_PHOTOS, ComplaintInput, log_complaint, validate


def _png(size=(40, 30), colour=(200, 40, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def violation(db, admin, demo_office):
    """A demo category turned into one that needs a photo, as Settings → Categories does."""
    row = categories_admin.list_categories(db, demo_office.id)[0]
    saved = categories_admin.save_category(db, admin.id, row.as_input(photo_required=True),
                                           category_id=row.id)
    assert saved.photo_required
    return saved


def _report(category_id: int, **changes) -> ComplaintInput:
    return replace(ComplaintInput(category_id=category_id, description="รถจอดขวางทางเข้าซอย",
                                  anonymous=True), **changes)


def test_a_category_that_needs_a_photo_refuses_a_report_without_one_and_saves_nothing(
        db, clerk, violation):
    before = (_count(db, Complaint), _count(db, Attachment), _count(db, Counter))
    with pytest.raises(InvalidInput) as refused:
        log_complaint(db, clerk.id, _report(violation.id))
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("photos", "intake.photo_required")]
    assert (_count(db, Complaint), _count(db, Attachment), _count(db, Counter)) == before
    # The form's early check says the same before anything is tried.
    with pytest.raises(InvalidInput) as early:
        validate(db, clerk.id, _report(violation.id))
    assert [(e.field, e.code) for e in early.value.errors] == [
        ("photos", "intake.photo_required")]


def test_the_flag_is_offered_to_the_forms_and_read_back_by_settings(db, violation, demo_office):
    offered = {c.id: c.photo_required for c in reference.active_categories(db, demo_office.id)}
    assert offered[violation.id] is True
    assert sum(offered.values()) == 1
    again = {c.id: c for c in categories_admin.list_categories(db, demo_office.id)}
    assert again[violation.id].photo_required
    assert again[violation.id].as_input().photo_required


def test_photos_are_stored_with_the_complaint_and_an_edit_keeps_them(db, clerk, violation):
    made = log_complaint(db, clerk.id, _report(violation.id, photos=(
        ("ป้ายทะเบียน.png", _png()), ("/home/clerk/ภาพ/มุมกว้าง.png", _png(colour=(0, 0, 90))))))
    stored = list_attachments(db, made.id)
    # The file name only, never the clerk's folders; the kind a photo added at once gets.
    assert [(a.file_name, a.kind, a.media_type) for a in stored] == [
        ("ป้ายทะเบียน.png", "before", "image/png"), ("มุมกว้าง.png", "before", "image/png")]
    assert all(a.thumbnail_png.startswith(b"\x89PNG") for a in stored)
    assert attachment_content(db, stored[0].id)[2] == _png()

    edited = edit_complaint(db, clerk.id, made.id,
                            replace(input_of(made), description="รถจอดขวางทางเข้าซอย 3 คัน"))
    assert edited.description.endswith("3 คัน")
    assert [a.id for a in list_attachments(db, made.id)] == [a.id for a in stored]


def test_a_large_photo_is_kept_downscaled(db, clerk, violation):
    made = log_complaint(db, clerk.id, _report(violation.id, photos=(
        ("กล้อง.png", _png(size=(3000, 2000))),)))
    (photo,) = list_attachments(db, made.id)
    name, media_type, content = attachment_content(db, photo.id)
    assert (name, media_type) == ("กล้อง.jpg", "image/jpeg")
    with Image.open(io.BytesIO(content)) as image:
        assert image.size == (pictures.DISPLAY_SIDE, pictures.DISPLAY_SIDE * 2 // 3)


def _huge_png() -> bytes:
    """64 million pixels in a few hundred KB: one bit a pixel, all white."""
    out = io.BytesIO()
    Image.new("1", (8000, 8000), 1).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(("photo", "code"), [
    (b"not a picture at all", "file.not_an_image"),
    (b"", "file.empty"),
    (_huge_png(), "picture.too_many_pixels"),
])
def test_a_bad_photo_refuses_the_whole_report_naming_the_file(db, clerk, violation, photo,
                                                              code):
    before = (_count(db, Complaint), _count(db, Attachment))
    with pytest.raises(InvalidInput) as refused:
        log_complaint(db, clerk.id, _report(violation.id, photos=(
            ("ดี.png", _png()), ("เสีย.png", photo))))
    (error,) = refused.value.errors
    assert (error.field, error.code) == ("photos", code)
    assert (error.params["file_name"], error.params["index"]) == ("เสีย.png", 1)
    assert (_count(db, Complaint), _count(db, Attachment)) == before


def test_too_many_photos_are_refused_before_any_is_decoded(db, clerk, violation):
    # The extra ones are not pictures: had they been decoded, the error would say so.
    photos = tuple((f"{i}.png", b"x") for i in range(MAX_PHOTOS + 1))
    with pytest.raises(InvalidInput) as refused:
        log_complaint(db, clerk.id, _report(violation.id, photos=photos))
    assert [(e.field, e.code, e.params["limit"]) for e in refused.value.errors] == [
        ("photos", "intake.too_many_photos", MAX_PHOTOS)]
    assert _count(db, Complaint) == 0


def test_other_categories_take_photos_without_asking_for_them(db, clerk, demo_office,
                                                              violation):
    other = next(c for c in reference.active_categories(db, demo_office.id)
                 if c.id != violation.id)
    plain = log_complaint(db, clerk.id, _report(other.id))
    assert list_attachments(db, plain.id) == []
    with_photo = log_complaint(db, clerk.id, _report(other.id, photos=(("a.png", _png()),)))
    assert len(list_attachments(db, with_photo.id)) == 1


def test_the_flag_travels_in_the_configuration_file(db, violation, demo_office):
    text = export_config(db, demo_office.id)
    read = {c.code: c for c in parse_config(text).categories}
    assert [code for code, c in read.items() if c.photo_required] == [violation.code]


def test_the_town_preset_asks_a_photo_of_a_traffic_violation_only():
    preset = load_preset("city-tourists")
    assert [c.code for c in preset.categories if c.photo_required] == ["traffic-violation"]
    assert "photo_required: true" in dump_config(preset)


def test_an_office_made_from_the_town_preset_needs_a_photo_of_a_violation(tmp_path):
    from datetime import UTC, datetime

    from fondue_desk.db.database import Database
    from fondue_desk.domain.office_config import AdminAccount
    from fondue_desk.services.office_setup import create_office

    db = Database.open(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    preset = load_preset("city-tourists")
    created = create_office(db, replace(preset, office=replace(
        preset.office, name="เทศบาลเมืองป่าตอง")),
        AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี"),
        now=datetime(2026, 11, 20, 3, 0, tzinfo=UTC))
    needs = [c.name_en for c in reference.active_categories(db, created.office_id)
             if c.photo_required]
    assert needs == ["Traffic violation"]
    db.close()


def test_on_postgresql_too(pg_url):
    """The flag's column (server default '0' on a boolean) and the photos' bytes, on the
    other backend: the same calls, the same answers."""
    from fondue_desk.db.database import Database
    from fondue_desk.services import demo

    pg = Database.open(pg_url)
    try:
        demo.create_demo_office(pg, complaints=0, passwords_must_change=False)
        office = reference.first_office(pg)
        admin = reference.find_user(pg, "admin")
        clerk = reference.default_counter_user(pg, office.id)
        row = categories_admin.list_categories(pg, office.id)[0]
        assert row.photo_required is False  # the column's default on rows made before
        categories_admin.save_category(pg, admin.id, row.as_input(photo_required=True),
                                       category_id=row.id)
        with pytest.raises(InvalidInput):
            log_complaint(pg, clerk.id, _report(row.id))
        assert _count(pg, Complaint) == 0
        made = log_complaint(pg, clerk.id, _report(row.id, photos=(("a.png", _png()),)))
        (photo,) = list_attachments(pg, made.id)
        assert attachment_content(pg, photo.id)[2] == _png()
    finally:
        pg.close()
