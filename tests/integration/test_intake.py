from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from fondue_desk.db.models import Complaint, Counter, StatusEvent
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.domain.errors import InvalidInput, NotFound
from fondue_desk.services import complaints, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint


@pytest.fixture
def category(db, demo_office):
    return reference.active_categories(db, demo_office.id)[0]


@pytest.fixture
def village(db, demo_office):
    return reference.villages(db, demo_office.id)[0]


def walk_in(category, **overrides) -> ComplaintInput:
    values = dict(
        category_id=category.id,
        description="ไฟฟ้าส่องสว่างดับ 3 ต้น หน้าวัด",
        complainant_name="นางสมศรี ใจดี",
        phone="081-234-5678",
    )
    values.update(overrides)
    return ComplaintInput(**values)


def count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_walk_in_is_saved_with_number_due_date_and_first_event(db, clerk, category, village):
    at = datetime(2026, 11, 25, 9, 41, tzinfo=THAI_TZ)
    view = log_complaint(
        db, clerk.id,
        walk_in(category, village_id=village.id, phone="+66 81 234 5678",
                national_id="1-1017-00230-70-8", location_text="  หน้าวัด\x07ป่าจี้ "),
        received_at=at,
    )
    assert view.tracking_no == "2570-000001"
    assert view.phone == "0812345678"
    assert view.national_id == "1101700230708"
    assert view.location_text == "หน้าวัดป่าจี้"
    assert view.due_date == (at + timedelta(days=category.sla_days)).date()
    assert view.status == "received"
    assert view.clerk_name == clerk.full_name
    assert view.village_label.startswith("หมู่ที่ ")
    stored = complaints.get_by_tracking(db, "2570-000001")
    assert stored == view
    with db.read() as session:
        events = session.execute(
            select(StatusEvent.from_status, StatusEvent.to_status, StatusEvent.by_user_id)
        ).all()
    assert [tuple(e) for e in events] == [(None, "received", clerk.id)]


def test_numbers_are_gapless_per_fiscal_year(db, clerk, category):
    september = datetime(2026, 9, 30, 16, 0, tzinfo=THAI_TZ)
    october = datetime(2026, 10, 1, 8, 0, tzinfo=THAI_TZ)
    numbers = [log_complaint(db, clerk.id, walk_in(category), received_at=september).tracking_no]
    numbers += [log_complaint(db, clerk.id, walk_in(category), received_at=october).tracking_no
                for _ in range(2)]
    assert numbers == ["2569-000001", "2570-000001", "2570-000002"]


def test_a_rejected_intake_saves_nothing_and_burns_no_number(db, clerk, category):
    log_complaint(db, clerk.id, walk_in(category))
    before = (count(db, Complaint), count(db, StatusEvent))
    with pytest.raises(InvalidInput) as raised:
        log_complaint(db, clerk.id, walk_in(category, description="  ", phone="12345"))
    assert set(raised.value.fields) == {"description", "phone"}
    assert (count(db, Complaint), count(db, StatusEvent)) == before
    second = log_complaint(db, clerk.id, walk_in(category))
    assert second.tracking_no.endswith("000002")


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"description": ""}, "description", "required"),
        ({"description": "ก" * 4001}, "description", "text.too_long"),
        ({"category_id": None}, "category_id", "required"),
        ({"category_id": 99999}, "category_id", "category.unknown"),
        ({"channel": "fax"}, "channel", "channel.unknown"),
        ({"complainant_name": ""}, "complainant_name", "required"),
        ({"phone": ""}, "phone", "contact.required"),
        ({"phone": "1555"}, "phone", "phone.invalid"),
        ({"national_id": "1101700230709"}, "national_id", "national_id.checksum"),
        ({"national_id": "12345"}, "national_id", "national_id.length"),
        ({"village_id": 99999}, "village_id", "village.unknown"),
        ({"tambon": "ไม่มีตำบลนี้แน่นอน"}, "tambon", "place.unknown"),
        ({"lat": 18.7}, "location", "location.incomplete"),
        ({"lat": 51.5, "lon": -0.12}, "location", "location.outside_thailand"),
        ({"lat": 98.95, "lon": 18.74}, "location", "location.swapped"),
    ],
)
def test_each_rule_names_its_field(db, clerk, category, overrides, field, code):
    with pytest.raises(InvalidInput) as raised:
        log_complaint(db, clerk.id, walk_in(category, **overrides))
    error = raised.value.for_field(field)
    assert error is not None and error.code == code, raised.value.errors
    assert count(db, Complaint) == 0


def test_anonymous_needs_no_contact_and_keeps_no_identity(db, clerk, category):
    view = log_complaint(db, clerk.id, walk_in(
        category, anonymous=True, complainant_name="ชื่อที่ไม่ควรเก็บ", phone="",
        national_id="1101700230708"))
    assert view.anonymous and view.complainant_name == "" and view.national_id == ""


def test_an_address_is_a_contact_and_the_place_is_completed(db, clerk, category):
    view = log_complaint(db, clerk.id, walk_in(category, phone="", tambon="แม่เหียะ",
                                               address_line="12/3 หมู่ที่ 4"))
    assert (view.amphoe, view.province, view.postal_code) == ("เมืองเชียงใหม่", "เชียงใหม่", "50100")


def test_unknown_or_inactive_user_cannot_log(db, demo_office, category):
    with pytest.raises(NotFound):
        log_complaint(db, 4242, walk_in(category))


def test_custom_tracking_format_is_used(db, clerk, category, demo_office):
    from fondue_desk.db.models import Office

    with db.write() as session:
        session.get(Office, demo_office.id).tracking_format = "มห{fy}/{seq:04d}"
    at = datetime(2026, 11, 25, 2, 0, tzinfo=timezone.utc)
    assert log_complaint(db, clerk.id, walk_in(category), received_at=at).tracking_no == "มห2570/0001"


def test_day_count_counts_this_clerks_complaints_since_thai_midnight(db, clerk, category):
    midnight = datetime(2026, 11, 25, 0, 0, tzinfo=THAI_TZ)
    log_complaint(db, clerk.id, walk_in(category), received_at=midnight - timedelta(minutes=1))
    log_complaint(db, clerk.id, walk_in(category), received_at=midnight + timedelta(minutes=1))
    log_complaint(db, clerk.id, walk_in(category), received_at=midnight + timedelta(hours=15))
    noon = midnight + timedelta(hours=12)
    assert complaints.count_received_today(db, clerk.id, now=noon) == 2


def test_counter_matches_complaints(db, clerk, category):
    for _ in range(5):
        log_complaint(db, clerk.id, walk_in(category))
    with db.read() as session:
        assert session.scalar(select(Counter.last_value)) == 5


def test_a_retired_village_takes_no_new_complaint_but_keeps_its_old_ones(db, clerk, admin,
                                                                         category, village):
    from fondue_desk.services import villages_admin

    old = log_complaint(db, clerk.id, walk_in(category, village_id=village.id))
    villages_admin.set_village_active(db, admin.id, village.id, False)
    with pytest.raises(InvalidInput) as refused:
        log_complaint(db, clerk.id, walk_in(category, village_id=village.id))
    assert refused.value.for_field("village_id").code == "village.unknown"
    assert complaints.get(db, old.id).village_id == village.id
