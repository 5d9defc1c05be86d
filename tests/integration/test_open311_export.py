"""The Open311 export of a demo office: every JSON file validates against the schemas written
from the GeoReport v2 field lists (tests/data/open311), the XML parses and holds the same
requests, the register's filter and order are what is exported, and a cancelled export
leaves the folder as it was."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from fondue_desk.db.models import Category, Complaint, ComplaintEdit, StatusEvent
from fondue_desk.domain.calendar import pinned_clock, to_thai
from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey
from fondue_desk.domain.statuses import OPEN_STATUSES
from fondue_desk.services import complaints, demo, editing, forwarding, register
from fondue_desk.services.categories_admin import set_category_active
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.open311_export import export_open311

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "open311"


def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8")))


def _problems(name: str, document) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in _validator(name).iter_errors(document)]


@pytest.fixture
def office(db, demo_office, clerk):
    demo.add_demo_complaints(db, demo_office.id, 240)
    return demo_office


def _read(folder: Path, name: str):
    return json.loads((folder / name).read_text(encoding="utf-8"))


def _xml_requests(folder: Path) -> list[dict[str, str]]:
    root = ET.parse(folder / "requests.xml").getroot()
    assert root.tag == "service_requests"
    return [{child.tag: child.text or "" for child in request} for request in root]


def _as_xml_text(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def test_a_demo_offices_export_validates_and_the_xml_says_the_same(db, office, tmp_path):
    folder = tmp_path / "open311"
    result = export_open311(db, office.id, RegisterFilter(), folder)
    requests = _read(folder, "requests.json")
    assert result.requests == len(requests) == register.count(db, office.id, RegisterFilter())
    assert _problems("requests", requests) == []
    services = _read(folder, "services.json")
    assert _problems("services", services) == [] and result.services == len(services)
    for service in services:
        definition = _read(folder, f"services/{service['service_code']}.json")
        assert _problems("service_definition", definition) == []
        assert definition["service_code"] == service["service_code"]
        assert service["metadata"] is bool(definition["attributes"])
        as_xml = ET.parse(folder / "services" / f"{service['service_code']}.xml").getroot()
        assert [a.findtext("code") for a in as_xml.iter("attribute")] == \
            [a["code"] for a in definition["attributes"]]
    assert {r["service_code"] for r in requests} <= {s["service_code"] for s in services}
    assert [s.findtext("service_code") for s in ET.parse(folder / "services.xml").getroot()] \
        == [s["service_code"] for s in services]
    # The XML carries every request with the same values, in the same order.
    assert _xml_requests(folder) == [{k: _as_xml_text(v) for k, v in r.items()}
                                     for r in requests]
    assert {r["status"] for r in requests} == {"open", "closed"}
    assert all(r["requested_datetime"].endswith("+07:00") for r in requests)
    assert not [p for p in folder.iterdir() if p.name.startswith(".open311-")]


def test_requests_follow_the_register_filter_and_order(db, office, tmp_path):
    category = next(c for c in db_categories(db, office.id))
    flt = RegisterFilter(statuses=frozenset(OPEN_STATUSES) | {"closed"},
                         category_ids=frozenset({category[0]}))
    order = Sort(SortKey.TRACKING, descending=False)
    export_open311(db, office.id, flt, tmp_path, sort=order, batch=7)
    requests = _read(tmp_path, "requests.json")
    expected = [r.tracking_no for r in register.iter_rows(db, office.id, flt, order)]
    assert [r["service_request_id"] for r in requests] == expected and expected
    assert {r["service_code"] for r in requests} == {category[1]}
    # Searched words go through the register's own search as well.
    word = RegisterFilter(text="ไฟ")
    export_open311(db, office.id, word, tmp_path / "words")
    assert [r["service_request_id"] for r in _read(tmp_path / "words", "requests.json")] == \
        [r.tracking_no for r in register.iter_rows(db, office.id, word)]


def db_categories(db, office_id: int) -> list[tuple[int, str]]:
    with db.read() as session:
        return [(cid, code) for cid, code in session.execute(
            select(Category.id, Category.code).join(Complaint, Complaint.category_id == Category.id)
            .where(Category.office_id == office_id).group_by(Category.id, Category.code)
            .order_by(func.count().desc()))]


def test_updated_is_the_latest_status_event_or_edit_of_each(db, office, clerk, tmp_path):
    newest = register.fetch(db, office.id, RegisterFilter(), limit=1)[0]
    view = complaints.get(db, newest.id)
    later = to_thai(newest.received_at) + timedelta(days=3, hours=2)
    with pinned_clock(later):
        editing.edit_complaint(db, clerk.id, newest.id, replace(
            editing.input_of(view), description=view.description + " (แก้ไขที่อยู่)"))
    export_open311(db, office.id, RegisterFilter(), tmp_path)
    by_id = {r["service_request_id"]: r for r in _read(tmp_path, "requests.json")}
    assert by_id[newest.tracking_no]["updated_datetime"] == \
        later.replace(microsecond=0).isoformat()
    with db.read() as session:
        last_event = {cid: at for cid, at in session.execute(
            select(StatusEvent.complaint_id, func.max(StatusEvent.at))
            .group_by(StatusEvent.complaint_id))}
        last_edit = {cid: at for cid, at in session.execute(
            select(ComplaintEdit.complaint_id, func.max(ComplaintEdit.at))
            .group_by(ComplaintEdit.complaint_id))}
        rows = session.execute(select(Complaint.id, Complaint.tracking_no,
                                      Complaint.received_at)).all()
    for cid, tracking, received in rows:
        moments = [m for m in (received, last_event.get(cid), last_edit.get(cid)) if m]
        expected = to_thai(max(moments)).replace(microsecond=0).isoformat()
        assert by_id[tracking]["updated_datetime"] == expected, tracking


def test_a_forwarded_complaint_names_the_agency_and_the_note(db, office, clerk, tmp_path):
    category_id = db_categories(db, office.id)[0][0]
    target = log_complaint(db, clerk.id, ComplaintInput(
        category_id=category_id, description="เสาไฟแรงสูงเอียง", complainant_name="นายสมชาย ใจดี",
        phone="0812345678"))
    forwarding.forward_to_agency(db, clerk.id, target.id, "การไฟฟ้าส่วนภูมิภาคอำเภอสารภี",
                                 "สายไฟแรงสูงเป็นของการไฟฟ้า")
    export_open311(db, office.id, RegisterFilter(text=target.tracking_no), tmp_path)
    [request] = _read(tmp_path, "requests.json")
    assert request["status"] == "closed"
    assert request["agency_responsible"] == "การไฟฟ้าส่วนภูมิภาคอำเภอสารภี"
    assert request["status_notes"].startswith(
        "ส่งต่อหน่วยงานอื่น — ส่งต่อการไฟฟ้าส่วนภูมิภาคอำเภอสารภี หนังสือที่ ")
    assert request["status_notes"].endswith(" — สายไฟแรงสูงเป็นของการไฟฟ้า")


def test_a_retired_category_still_used_by_requests_is_listed(db, office, admin, tmp_path):
    category_id, code = db_categories(db, office.id)[0]
    set_category_active(db, admin.id, category_id, False)
    export_open311(db, office.id, RegisterFilter(), tmp_path)
    assert code in {s["service_code"] for s in _read(tmp_path, "services.json")}
    assert (tmp_path / "services" / f"{code}.json").exists()
    only_open = RegisterFilter(category_ids=frozenset({-1}))  # no request names it
    export_open311(db, office.id, only_open, tmp_path / "none")
    assert _read(tmp_path / "none", "requests.json") == []
    assert code not in {s["service_code"] for s in _read(tmp_path / "none", "services.json")}
    assert not (tmp_path / "none" / "services" / f"{code}.json").exists()


def test_a_cancelled_export_leaves_the_folder_as_it_was(db, office, tmp_path):
    export_open311(db, office.id, RegisterFilter(), tmp_path)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    seen = []
    result = export_open311(db, office.id, RegisterFilter(statuses=frozenset({"closed"})),
                            tmp_path, batch=50, progress=lambda d, t: seen.append((d, t)),
                            is_cancelled=lambda: len(seen) >= 2)
    assert result.cancelled and result.folder is None
    after = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before
    assert seen[:2] == [(50, seen[0][1]), (100, seen[0][1])]


def test_the_export_on_postgresql_is_the_same(pg_url, db, office, tmp_path):
    """The batch queries (row_number() for the last event) run on both backends: the same
    demo office exports the same files."""
    from fondue_desk.db.database import Database

    server = Database.open(pg_url)
    try:
        demo.create_demo_office(server, complaints=0, passwords_must_change=False)
        demo.add_demo_complaints(server, office.id, 240)
        export_open311(server, office.id, RegisterFilter(), tmp_path / "pg")
        export_open311(db, office.id, RegisterFilter(), tmp_path / "sqlite")
    finally:
        server.close()
    requests = _read(tmp_path / "pg", "requests.json")
    assert _problems("requests", requests) == [] and len(requests) == 240
    assert requests == _read(tmp_path / "sqlite", "requests.json")
    assert _xml_requests(tmp_path / "pg") == _xml_requests(tmp_path / "sqlite")


def test_a_duplicate_names_its_parent(db, office, clerk, tmp_path):
    from fondue_desk.services import duplicates

    category_id = db_categories(db, office.id)[0][0]
    parent, child = (log_complaint(db, clerk.id, ComplaintInput(
        category_id=category_id, description=text, complainant_name="นางสมศรี ใจดี",
        phone="0812345678")) for text in ("ไฟดับทั้งซอย", "ไฟดับหน้าบ้าน"))
    duplicates.link_duplicate(db, clerk.id, child.id, parent.id)
    export_open311(db, office.id, RegisterFilter(text="ไฟดับ"), tmp_path)
    by_id = {r["service_request_id"]: r for r in _read(tmp_path, "requests.json")}
    assert parent.tracking_no in by_id[child.tracking_no]["status_notes"]
    assert by_id[child.tracking_no]["status"] == by_id[parent.tracking_no]["status"] == "open"
    assert _problems("requests", list(by_id.values())) == []
