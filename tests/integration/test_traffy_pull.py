"""The pull: tickets Traffy has and the desk has never seen come in through the import's
mapping; our own pushed ticket never comes back as a second complaint; a forward reaches
Traffy as join-forward."""
from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select

from fondue_desk.db.models import Complaint, TraffyTicket
from fondue_desk.interop import traffy_api as api
from fondue_desk.interop.traffy.plan import ImportMapping
from fondue_desk.services import forwarding, reference, traffy_mapping, traffy_sync
from fondue_desk.services.traffy_pull import duration_since
from tests.integration.test_traffy_sync import counter_complaint
from tests.traffy_server import PASSWORD, USER


@pytest.fixture
def users(db, demo_office):
    return {u: reference.find_user(db, u) for u in ("clerk1", "admin")}


def client_of(fake):
    return lambda: api.TraffyClient(USER, PASSWORD, base_url=fake.base_url,
                                    timeout=httpx.Timeout(5.0))


def complaints(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Complaint))


def test_the_window_is_the_narrowest_that_covers_the_gap(now):
    assert duration_since(None, now) == "all"
    assert duration_since(now - timedelta(hours=2), now) == "today"
    assert duration_since(now - timedelta(days=2), now) == "3days"
    assert duration_since(now - timedelta(days=5), now) == "all"


def test_a_new_ticket_of_a_mapped_type_becomes_a_complaint_once(db, demo_office, users, fake,
                                                                  now):
    category = reference.active_categories(db, demo_office.id)[0]
    traffy_mapping.save_mapping(db, users["admin"].id,
                                ImportMapping(types={"ถนน": category.id}, states={}))
    fake.add_ticket("2026-NEW001", type="ถนน", description="ถนนเป็นหลุมหน้าโรงเรียน",
                    latitude=18.71, longitude=98.95, status="รอรับเรื่อง",
                    timestamp="2026-11-24 10:00:00")
    before = complaints(db)
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=client_of(fake), now=now)
    assert report.error_code == "" and report.pulled == 1
    assert complaints(db) == before + 1
    with db.read() as session:
        link = session.scalar(select(TraffyTicket).where(TraffyTicket.ticket_id == "2026-NEW001"))
        assert link.source == "pull"
        assert session.get(Complaint, link.complaint_id).category_id == category.id
    again = traffy_sync.sync_once(db, demo_office.id, client_factory=client_of(fake),
                                  now=now + timedelta(hours=1))
    assert again.pulled == 0 and complaints(db) == before + 1


def test_an_unmapped_type_stops_the_pull_with_the_imports_reason(db, demo_office, users, fake,
                                                                 now):
    fake.add_ticket("2026-NEW002", type="ประเภทที่ไม่รู้จัก", description="x",
                    latitude=18.71, longitude=98.95)
    before = complaints(db)
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=client_of(fake), now=now)
    assert report.error_code == "traffy.unmapped_types"
    assert complaints(db) == before


def test_our_pushed_ticket_with_a_lost_answer_is_not_imported_twice(db, demo_office, users,
                                                                    fake, now):
    made = counter_complaint(db, demo_office, users["clerk1"])
    fake.drop_after_commit = 1
    traffy_sync.sync_once(db, demo_office.id, client_factory=client_of(fake), now=now)
    before = complaints(db)
    # The next run adopts it (send first), and the pull finds it linked.
    traffy_sync.sync_once(db, demo_office.id, client_factory=client_of(fake),
                          now=now + timedelta(minutes=5))
    assert complaints(db) == before
    assert traffy_sync.ticket_of(db, made.id).ticket_id in fake.tickets


def test_a_forward_reaches_traffy_as_join_forward(db, demo_office, users, fake, now):
    traffy_sync.save_settings(db, users["admin"].id, enabled=True, base_url=fake.base_url,
                              send_by_default=True, pull_every_minutes=30, organisation="151")
    made = counter_complaint(db, demo_office, users["clerk1"])
    traffy_sync.sync_once(db, demo_office.id, client_factory=client_of(fake), now=now)
    forwarding.forward_to_agency(db, users["clerk1"].id, made.id,
                                 "ผู้จัดการการไฟฟ้าส่วนภูมิภาคอำเภอสารภี", "เป็นงานของการไฟฟ้า")
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=client_of(fake),
                                   now=now + timedelta(minutes=1), pull=False)
    assert report.sent == 1
    method, path, body = fake.calls[-1]
    assert (method, path) == ("POST", "/exchange-api/join-forward/v1")
    assert body["scenario"] == 2 and body["note"] == "เป็นงานของการไฟฟ้า"
    assert body["origin_group"] == 151
    new_issue = next(b for _m, p, b in fake.calls if p.endswith("/new-issue/v1"))
    assert new_issue["org_id"] == "151"
    assert body["ticket_id"] == traffy_sync.ticket_of(db, made.id).ticket_id
    assert fake.tickets[body["ticket_id"]]["status"] == "ส่งต่อ"
