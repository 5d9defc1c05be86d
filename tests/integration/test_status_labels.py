"""The office renames a status (Settings → Statuses): stored, checked, and shown by the map,
the export and the documents through the one label layer (real SQLite)."""
from __future__ import annotations

import csv
import json

import pytest
from sqlalchemy import func, select

from fondue_desk.db.models import OfficeSetting
from fondue_desk.domain.errors import InvalidInput, PermissionDenied
from fondue_desk.domain.labels import DEFAULT_STATUSES, NAME_LIMIT, StatusOverride
from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.interop.register_export import HEADERS, export_register
from fondue_desk.services import complaints, labels, map_data, reference, register
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.receipts import receipt_data, receipt_pdf
from tests.pdf_text import contains, pdf_text

RENAMED = StatusOverride("received", "รับแจ้งแล้ว", "Logged", "#0b6e4f")


def _full(code: str, **changes) -> StatusOverride:
    default = DEFAULT_STATUSES[code]
    words = {"name_th": default.name_th, "name_en": default.name_en, "colour": default.colour}
    words.update(changes)
    return StatusOverride(code, **words)


def _stored(db, office_id: int) -> dict[str, str]:
    with db.read() as session:
        return dict(session.execute(select(OfficeSetting.key, OfficeSetting.value).where(
            OfficeSetting.office_id == office_id,
            OfficeSetting.key.like("labels.%"))).all())


@pytest.fixture
def logged(db, demo_office, clerk):
    village = reference.active_villages(db, demo_office.id)[2]
    category = reference.active_categories(db, demo_office.id)[0]
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟกิ่งดับหน้าวัด", anonymous=True,
        village_id=village.id, lat=18.7883, lon=98.9853))
    return made, village


def test_a_new_office_has_the_core_defaults(db, demo_office):
    book = labels.label_book(db, demo_office.id)
    assert book.overrides == ()
    assert [s.name_th for s in book.statuses()] == [s.name_th for s in DEFAULT_STATUSES.values()]


def test_a_rename_is_stored_as_the_difference_and_read_back(db, demo_office, admin):
    book = labels.save_status_labels(db, admin.id, [
        RENAMED, _full("closed", name_en="Done"), _full("assigned")])
    assert book.status("received").name_th == "รับแจ้งแล้ว"
    assert book.status("received").colour == "#0b6e4f"
    assert book.status("closed").name_en == "Done"
    assert book.status("closed").name_th == "เสร็จสิ้น"
    stored = _stored(db, demo_office.id)
    assert set(stored) == {"labels.status.received", "labels.status.closed"}  # assigned: default
    assert json.loads(stored["labels.status.closed"]) == {"en": "Done"}
    assert labels.label_book(db, demo_office.id) == book
    # saving the defaults again removes the office's row
    labels.save_status_labels(db, admin.id, [_full("closed")])
    assert set(_stored(db, demo_office.id)) == {"labels.status.received"}


def test_reset_brings_every_default_back(db, demo_office, admin):
    labels.save_status_labels(db, admin.id, [RENAMED])
    book = labels.reset_status_labels(db, admin.id)
    assert book.status("received") == DEFAULT_STATUSES["received"]
    assert _stored(db, demo_office.id) == {}
    assert labels.label_book(db, demo_office.id).overrides == ()


@pytest.mark.parametrize(("wanted", "field", "code"), [
    (_full("received", name_th="  "), "received.name_th", "labels.name_required"),
    (_full("received", name_en=""), "received.name_en", "labels.name_required"),
    (_full("received", name_th="ก" * (NAME_LIMIT + 1)), "received.name_th",
     "labels.name_too_long"),
    (_full("received", colour="blue"), "received.colour", "labels.colour_invalid"),
    (_full("received", colour="#12345"), "received.colour", "labels.colour_invalid"),
    # the same name as another status, which keeps its default
    (_full("received", name_th="เสร็จสิ้น"), "received.name_th", "labels.name_taken"),
    (_full("received", name_en="forwarded "), "received.name_en", "labels.name_taken"),
    (StatusOverride("archived", "เก็บ", "Archived", "#000000"), "status",
     "labels.unknown_status"),
])
def test_bad_words_are_refused_and_change_nothing(db, demo_office, admin, wanted, field, code):
    with pytest.raises(InvalidInput) as refused:
        labels.save_status_labels(db, admin.id, [wanted, _full("closed", name_en="Done")])
    assert (field, code) in [(e.field, e.code) for e in refused.value.errors]
    assert _stored(db, demo_office.id) == {}


def test_two_statuses_swapping_names_in_one_save_is_allowed(db, demo_office, admin):
    book = labels.save_status_labels(db, admin.id, [
        _full("forwarded", name_th="ไม่เกี่ยวข้อง"), _full("rejected", name_th="ส่งต่อหน่วยงานอื่น")])
    assert book.status("forwarded").name_th == "ไม่เกี่ยวข้อง"


def test_a_clerk_may_not_rename(db, demo_office, clerk):
    with pytest.raises(PermissionDenied):
        labels.save_status_labels(db, clerk.id, [RENAMED])
    with pytest.raises(PermissionDenied):
        labels.reset_status_labels(db, clerk.id)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OfficeSetting).where(
            OfficeSetting.key.like("labels.%"))) == 0


def test_a_row_the_desk_cannot_read_falls_back_to_the_default(db, demo_office):
    with db.write() as session:
        session.add(OfficeSetting(office_id=demo_office.id, key="labels.status.closed",
                                  value="{not json"))
        session.add(OfficeSetting(office_id=demo_office.id, key="labels.status.received",
                                  value=json.dumps({"th": "รับแล้ว", "colour": "red"})))
    book = labels.label_book(db, demo_office.id)
    assert book.status("closed") == DEFAULT_STATUSES["closed"]
    assert book.status("received").name_th == "รับแล้ว"
    assert book.status("received").colour == DEFAULT_STATUSES["received"].colour


def test_the_renamed_status_reaches_the_export_and_the_map(db, demo_office, admin, logged,
                                                          tmp_path):
    made, _village = logged
    labels.save_status_labels(db, admin.id, [RENAMED])
    target = tmp_path / "register.csv"
    export_register(db, demo_office.id, RegisterFilter(), Sort(), target, "csv")
    with open(target, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    column = HEADERS.index("สถานะ")
    row = next(r for r in rows[1:] if r[0] == made.tracking_no)
    assert row[column] == "รับแจ้งแล้ว"

    doc = json.loads(map_data.markers_json(db, demo_office.id, RegisterFilter()))
    legend = {s["key"]: s for s in doc["statuses"]}
    assert legend["received"] == {"key": "received", "label": "รับแจ้งแล้ว", "colour": "#0b6e4f"}
    popup = json.loads(map_data.marker_details_json(db, demo_office.id, made.id))
    assert popup["status"] == {"key": "received", "label": "รับแจ้งแล้ว", "colour": "#0b6e4f"}


def test_the_village_reaches_the_register_and_the_receipt_as_number_and_name(
        db, demo_office, logged):
    made, village = logged
    view = complaints.get(db, made.id)
    assert (view.village_number, view.village_name) == (village.number, village.name)
    assert view.village_label == f"หมู่ที่ {village.number} {village.name}"
    row = next(r for r in register.iter_rows(db, demo_office.id, RegisterFilter(), Sort())
               if r.id == made.id)
    assert row.village_label == view.village_label
    data = receipt_data(reference.office(db, demo_office.id), view)
    assert data.village_name == village.name
    assert data.channel_label == "ยื่นที่เคาน์เตอร์"
    text = pdf_text(receipt_pdf(db, made.id))
    assert contains(text, view.village_label)
    assert contains(text, "ยื่นที่เคาน์เตอร์")
