"""A complaint as an Open311 service request: the field mapping, Thai time with +07:00, the
seven statuses folded into open/closed, status notes in words, and the XML of the same."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from fondue_desk.domain import history_notes
from fondue_desk.domain.labels import LabelBook, StatusOverride
from fondue_desk.domain.statuses import Status
from fondue_desk.interop.open311_requests import (
    LastEvent,
    RequestFacts,
    expected_datetime,
    iso_thai,
    office_area,
    open311_status,
    service_request,
)
from fondue_desk.interop.open311_xml import (
    service_definition_xml,
    services_xml,
    write_requests_xml,
)

RECEIVED = datetime(2026, 11, 20, 3, 15, 42, 123456)  # naive UTC, as stored


BASE = RequestFacts(
    tracking_no="2570-000123", status="received", category_code="street-lights",
    category_name="ไฟฟ้าสาธารณะ", description="ไฟดับ 3 ต้น", received_at=RECEIVED,
    office_name="เทศบาลตำบลแม่เหียะ", location_text="หน้าวัดบ้านใหม่", village_number=3,
    village_name="บ้านใหม่", village_code="moo-3",
    area="ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่", zipcode="50100", lat=18.74,
    lon=98.95, due_date=date(2026, 11, 27))


def _facts(**changes) -> RequestFacts:
    return replace(BASE, **changes)


def test_every_field_is_mapped_in_the_specifications_order():
    request = service_request(_facts())
    assert request == {
        "service_request_id": "2570-000123",
        "status": "open",
        "status_notes": "รับเรื่องแล้ว",
        "service_name": "ไฟฟ้าสาธารณะ",
        "service_code": "street-lights",
        "description": "ไฟดับ 3 ต้น",
        "agency_responsible": "เทศบาลตำบลแม่เหียะ",
        "service_notice": "",
        "requested_datetime": "2026-11-20T10:15:42+07:00",
        "updated_datetime": "2026-11-20T10:15:42+07:00",
        "expected_datetime": "2026-11-27T23:59:59+07:00",
        "address": "หน้าวัดบ้านใหม่ หมู่ที่ 3 บ้านใหม่ ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ "
                   "จังหวัดเชียงใหม่",
        "address_id": "moo-3",
        "zipcode": "50100",
        "lat": 18.74,
        "long": 98.95,
    }
    assert "media_url" not in request  # photos are not published


def test_times_are_thai_time_with_the_offset_written_out():
    assert iso_thai(datetime(2026, 12, 31, 17, 30)) == "2027-01-01T00:30:00+07:00"
    assert iso_thai(datetime(2026, 12, 31, 17, 30, tzinfo=UTC)) == "2027-01-01T00:30:00+07:00"
    assert expected_datetime(date(2027, 1, 1)) == "2027-01-01T23:59:59+07:00"


@pytest.mark.parametrize(("status", "expected"), [
    (Status.RECEIVED, "open"), (Status.ASSIGNED, "open"), (Status.IN_PROGRESS, "open"),
    (Status.AWAITING_SIGNOFF, "open"), (Status.CLOSED, "closed"), (Status.FORWARDED, "closed"),
    (Status.REJECTED, "closed")])
def test_the_seven_statuses_fold_into_open_and_closed(status, expected):
    assert open311_status(status) == expected
    assert service_request(_facts(status=status.value))["status"] == expected


def test_updated_is_the_last_status_event_or_edit_whichever_is_later():
    moved = LastEvent("assigned", datetime(2026, 11, 21, 2, 0))
    assert service_request(_facts(last_event=moved))["updated_datetime"] == \
        "2026-11-21T09:00:00+07:00"
    edited = _facts(last_event=moved, last_edit_at=datetime(2026, 11, 22, 1, 30))
    assert service_request(edited)["updated_datetime"] == "2026-11-22T08:30:00+07:00"


def test_status_notes_word_the_last_note_with_the_offices_status_names():
    book = LabelBook((StatusOverride("closed", name_th="ดำเนินการแล้วเสร็จ"),))
    approved = LastEvent("closed", RECEIVED, note="ซ่อมเปลี่ยนหลอดแล้ว",
                         note_code=history_notes.SIGNOFF_APPROVED)
    notes = service_request(_facts(status="closed", last_event=approved), book=book)
    assert notes["status_notes"] == "ดำเนินการแล้วเสร็จ — อนุมัติปิดเรื่อง — ซ่อมเปลี่ยนหลอดแล้ว"
    english = service_request(_facts(status="closed", last_event=approved), "en")
    assert english["status_notes"] == "Closed — Approved and closed — ซ่อมเปลี่ยนหลอดแล้ว"


def test_status_notes_leave_out_what_is_internal_to_the_office():
    assigned = LastEvent("assigned", RECEIVED, note_code=history_notes.ASSIGNED,
                         note_params=history_notes.encode(
                             history_notes.ASSIGNED, crew="ทีมไฟฟ้า", planned_date="2026-11-24",
                             instruction="เบิกหลอด 3 หลอดจากคลัง"))
    notes = service_request(_facts(status="assigned", last_event=assigned))["status_notes"]
    assert notes == "มอบหมายแล้ว — มอบหมายทีมไฟฟ้า กำหนดปฏิบัติงาน 24 พ.ย. 2569"
    returned = LastEvent("in_progress", RECEIVED, note="ถ่ายรูปไม่ชัด ไปถ่ายใหม่",
                         note_code=history_notes.SIGNOFF_RETURNED)
    assert service_request(_facts(status="in_progress", last_event=returned))[
        "status_notes"] == "กำลังดำเนินการ — ส่งกลับให้ทีมแก้ไข"
    # An event that is not about the present status (a newer desk's) says the status alone.
    stale = LastEvent("received", RECEIVED, note="x")
    assert service_request(_facts(status="closed", last_event=stale))["status_notes"] == \
        "เสร็จสิ้น"


def test_a_forwarded_request_names_the_agency_that_has_it():
    forwarded = _facts(status="forwarded", forwarded_to="การประปาส่วนภูมิภาคสาขาเชียงใหม่")
    assert service_request(forwarded)["agency_responsible"] == "การประปาส่วนภูมิภาคสาขาเชียงใหม่"
    assert service_request(_facts(status="forwarded"))["agency_responsible"] == \
        "เทศบาลตำบลแม่เหียะ"
    # Only a complaint that is forwarded now: one reopened after it is the office's again.
    assert service_request(_facts(forwarded_to="อบจ."))["agency_responsible"] == \
        "เทศบาลตำบลแม่เหียะ"


def test_no_point_and_no_due_date_leave_their_fields_out():
    request = service_request(_facts(lat=None, lon=None, due_date=None))
    assert {"lat", "long", "expected_datetime"}.isdisjoint(request)


def test_the_planned_work_date_is_the_notice_while_open():
    planned = _facts(status="assigned", planned_date=date(2026, 11, 24))
    assert service_request(planned)["service_notice"] == "กำหนดออกปฏิบัติงาน 24 พฤศจิกายน 2569"
    assert service_request(planned, "en")["service_notice"] == "Work planned for 2026-11-24"
    done = _facts(status="closed", planned_date=date(2026, 11, 24))
    assert service_request(done)["service_notice"] == ""


def test_the_address_names_the_village_once():
    typed = _facts(location_text="หน้าบ้านเลขที่ 85/14 หมู่ที่ 3")
    assert service_request(typed)["address"].startswith("หน้าบ้านเลขที่ 85/14 หมู่ที่ 3 บ้านใหม่ ตำบล")
    other = _facts(location_text="ปากซอย ม.13")
    assert service_request(other)["address"].startswith("ปากซอย ม.13 หมู่ที่ 3 บ้านใหม่")
    assert office_area({"tambon": "ตำบลแม่เหียะ", "amphoe": "เมืองเชียงใหม่",
                        "province": ""}) == "ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่"


def test_the_xml_holds_the_same_fields_and_drops_what_xml_cannot_carry():
    requests = [service_request(_facts(description="ไฟดับ\x0b <ด่วน> & มืด")),
                service_request(_facts(tracking_no="2570-000124", lat=None, lon=None))]
    out = io.StringIO()
    assert write_requests_xml(requests, out) == 2
    root = ET.fromstring(out.getvalue().encode("utf-8"))
    assert root.tag == "service_requests"
    parsed = [{child.tag: child.text or "" for child in request} for request in root]
    assert parsed[0]["description"] == "ไฟดับ <ด่วน> & มืด"
    assert parsed[0]["requested_datetime"] == "2026-11-20T10:15:42+07:00"
    assert float(parsed[0]["lat"]) == 18.74 and "lat" not in parsed[1]
    assert [p["service_request_id"] for p in parsed] == ["2570-000123", "2570-000124"]


def test_services_and_definitions_as_xml_leave_the_desks_extension_out():
    services = ET.fromstring(services_xml([{"service_code": "roads", "service_name": "ถนน",
                                            "metadata": True, "type": "realtime"}]).encode())
    assert services.find("service/metadata").text == "true"
    definition = ET.fromstring(service_definition_xml({
        "service_code": "roads", "attributes": [{
            "variable": True, "code": "damage", "datatype": "singlevaluelist",
            "required": False, "order": 10, "description": "ความเสียหาย",
            "values": [{"key": "hole", "name": "หลุม"}, {"key": "crack", "name": "ร้าว"}],
            "x_fondue": {"kind": "single_choice"}}]}).encode())
    attribute = definition.find("attributes/attribute")
    assert [v.findtext("key") for v in attribute.findall("values/value")] == ["hole", "crack"]
    assert attribute.find("x_fondue") is None and attribute.findtext("order") == "10"


def test_a_duplicate_says_whose_it_is_once():
    plain = _facts(duplicate_of="2570-000100")
    assert service_request(plain)["status_notes"] == \
        "รับเรื่องแล้ว — เป็นเรื่องซ้ำของเรื่องเลขที่ 2570-000100"
    assert service_request(plain, "en")["status_notes"] == "Received — Duplicate of 2570-000100"
    followed = LastEvent("closed", RECEIVED, note_code=history_notes.DUPLICATE_FOLLOWED,
                         note_params=history_notes.encode(history_notes.DUPLICATE_FOLLOWED,
                                                          tracking_no="2570-000100"))
    notes = service_request(_facts(status="closed", duplicate_of="2570-000100",
                                   last_event=followed))["status_notes"]
    assert notes.startswith("เสร็จสิ้น — ") and notes.count("2570-000100") == 1
