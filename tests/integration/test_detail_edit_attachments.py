from __future__ import annotations

import io

import pytest
from PIL import Image

from fondue_desk.domain.errors import InvalidInput, NotFound
from fondue_desk.services import reference
from fondue_desk.services.attachments import add_attachment, attachment_content
from fondue_desk.services.complaint_detail import complaint_detail
from fondue_desk.services.editing import edit_complaint, input_of
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.workflow import change_status


@pytest.fixture
def complaint(db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ต้นไม้ล้มขวางถนน", complainant_name="นายบุญมี ใจคำ",
        phone="0812345678"))


def photo(width=1200, height=800, fmt="JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(out, fmt)
    return out.getvalue()


def test_edit_records_each_changed_field_and_recomputes_the_due_date(db, clerk, complaint,
                                                                     demo_office):
    other = reference.active_categories(db, demo_office.id)[1]
    changed = edit_complaint(db, clerk.id, complaint.id, ComplaintInput(
        **{**input_of(complaint).__dict__, "category_id": other.id,
           "phone": "089-111-2222"}), note="ผู้ร้องแจ้งเบอร์ใหม่")
    assert changed.phone == "0891112222" and changed.category_id == other.id
    assert changed.tracking_no == complaint.tracking_no
    edits = [h for h in complaint_detail(db, complaint.id).history if h.kind == "edit"]
    assert {(h.field, h.old_value, h.new_value) for h in edits} >= {
        ("phone", "0812345678", "0891112222"),
        ("category_id", str(complaint.category_id), str(other.id)),
    }
    assert any(h.field == "due_date" for h in edits) == (other.sla_days != complaint.sla_days)
    assert all(h.note == "ผู้ร้องแจ้งเบอร์ใหม่" and h.by_name == clerk.full_name for h in edits)


def test_edit_follows_intake_rules_and_refuses_no_change(db, clerk, complaint):
    with pytest.raises(InvalidInput) as bad:
        edit_complaint(db, clerk.id, complaint.id,
                       ComplaintInput(**{**input_of(complaint).__dict__, "phone": "12"}))
    assert bad.value.fields == ("phone",)
    with pytest.raises(InvalidInput) as same:
        edit_complaint(db, clerk.id, complaint.id, input_of(complaint))
    assert same.value.errors[0].code == "edit.nothing_changed"
    assert [h.kind for h in complaint_detail(db, complaint.id).history] == ["status"]


def test_history_interleaves_status_and_edits_in_time_order(db, clerk, complaint):
    change_status(db, clerk.id, complaint.id, "in_progress")
    edit_complaint(db, clerk.id, complaint.id,
                   ComplaintInput(**{**input_of(complaint).__dict__, "location_text": "ซอย 4"}))
    change_status(db, clerk.id, complaint.id, "received", note="ต้องมอบหมายทีมอื่น")
    kinds = [(h.kind, h.to_status or h.field) for h in complaint_detail(db, complaint.id).history]
    assert kinds == [("status", "received"), ("status", "in_progress"), ("edit", "location_text"),
                     ("status", "received")]


def test_photos_are_stored_with_an_upright_small_thumbnail(db, clerk, complaint):
    data = photo()
    view = add_attachment(db, clerk.id, complaint.id, "/home/clerk/รูป ต้นไม้.jpg", data)
    assert (view.file_name, view.media_type, view.size) == ("รูป ต้นไม้.jpg", "image/jpeg", len(data))
    assert view.kind == "before"  # a received complaint: the photo shows the problem
    thumbnail = Image.open(io.BytesIO(view.thumbnail_png))
    assert max(thumbnail.size) == 240 and thumbnail.format == "PNG"
    assert attachment_content(db, view.id) == ("รูป ต้นไม้.jpg", "image/jpeg", data)
    assert [a.id for a in complaint_detail(db, complaint.id).attachments] == [view.id]


@pytest.mark.parametrize(("data", "code"), [
    (b"", "file.empty"),
    (b"%PDF-1.7 not a picture", "file.not_an_image"),
    (photo()[:2000], "file.not_an_image"),   # truncated upload
])
def test_bad_files_are_refused_and_nothing_is_stored(db, clerk, complaint, data, code):
    with pytest.raises(InvalidInput) as refused:
        add_attachment(db, clerk.id, complaint.id, "x.jpg", data)
    assert refused.value.errors[0].code == code
    assert complaint_detail(db, complaint.id).attachments == []


def test_attachment_to_a_missing_complaint_is_refused(db, clerk):
    with pytest.raises(NotFound):
        add_attachment(db, clerk.id, 4242, "x.png", photo(fmt="PNG"))
