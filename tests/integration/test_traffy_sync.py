"""Sync with the Traffy Fondue Exchange API against the local fake server (tests/traffy_server):
push from the counter, offline then online, closure, token renewal, quota, 5xx back-off,
malformed answers, a lost answer, and the pull. Nothing here touches the internet."""
from __future__ import annotations

import base64
import json
import socket
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from fondue_desk.db.models import Attachment, StatusEvent, TraffyOutbox
from fondue_desk.domain import history_notes as notes
from fondue_desk.interop import traffy_api as api
from fondue_desk.services import crews, dispatch, reference, signoff, traffy_outbox, traffy_sync
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.workflow import change_status
from tests.traffy_server import PASSWORD, USER


@pytest.fixture
def users(db, demo_office):
    return {u: reference.find_user(db, u) for u in ("clerk1", "crew1", "mayor", "admin")}


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/exchange-api"


def factory(base_url: str, timeout: float = 5.0):
    return lambda: api.TraffyClient(USER, PASSWORD, base_url=base_url,
                                    timeout=httpx.Timeout(timeout))


def counter_complaint(db, office, clerk, *, send=True, lat=18.7, lon=98.95, **extra):
    category = next(c for c in reference.active_categories(db, office.id)
                    if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟฟ้าส่องสว่างดับ 3 ต้น หน้าวัด",
        complainant_name="นางสมศรี ใจดี", phone="0812345678", location_text="หน้าวัดป่าจี้",
        lat=lat, lon=lon, send_to_traffy=send, **extra))


def items(db):
    with db.read() as session:
        rows = session.scalars(select(TraffyOutbox).order_by(TraffyOutbox.id)).all()
        session.expunge_all()      # kept as read, for the asserts after the session ends
        return rows


def test_a_counter_complaint_waits_offline_then_gets_its_ticket_and_closure_reaches_traffy(
        db, demo_office, users, fake, now, today):
    made = counter_complaint(db, demo_office, users["clerk1"])
    [queued] = items(db)
    assert (queued.action, queued.state) == ("new_issue", "queued")
    assert json.loads(queued.payload)["client_ticket_id"] == made.tracking_no

    offline = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(_closed_port_url()),
                                    now=now)
    assert offline.offline and offline.sent == 0 and offline.error_code == api.OFFLINE
    [view] = traffy_sync.queue_view(db, demo_office.id)
    assert (view.state, view.error_code, view.tracking_no) == ("queued", api.OFFLINE,
                                                               made.tracking_no)
    assert traffy_sync.ticket_of(db, made.id) is None

    # Still offline, the crew works on it: the updates queue behind the new-issue.
    crew = crews.suggest_crew(db, demo_office.id, made.category_id)
    dispatch.assign(db, users["clerk1"].id, [made.id], crew.id, today)
    dispatch.record_result(db, users["clerk1"].id, made.id, dispatch.ResultInput(
        outcome="done", notes="เปลี่ยนหลอด LED 3 หลอดเรียบร้อย", minutes_spent=60))
    with db.write() as session:
        session.add(Attachment(complaint_id=made.id, kind="after", file_name="after.jpg",
                               media_type="image/jpeg", size=4, content=b"\xff\xd8ok",
                               thumbnail=b"", added_by_id=users["crew1"].id, added_at=now))
    signoff.approve(db, users["mayor"].id, [made.id])
    assert items(db)[0].action == "new_issue"
    assert {i.action for i in items(db)[1:]} == {"update_issue"}

    later = now + timedelta(minutes=10)
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                   now=later)
    assert not report.offline and report.failed == 0
    assert report.sent == len(items(db))
    assert report.credit_remaining == fake.credit
    [ticket] = fake.tickets.values()
    assert ticket["client_ticket_id"] == made.tracking_no
    stored = traffy_sync.ticket_of(db, made.id)
    assert (stored.ticket_id, stored.password) == (ticket["ticket_id"], ticket["password"])
    assert ticket["status"] == "เสร็จสิ้น"
    assert ticket["photo_after"] == [base64.b64encode(b"\xff\xd8ok").decode()]
    paths = fake.paths()
    assert paths.index("/exchange-api/new-issue/v1") < paths.index(
        "/exchange-api/update-issue/v1")
    assert all(i.state == "sent" for i in items(db))


def test_a_complaint_not_sent_to_traffy_queues_nothing(db, demo_office, users, today):
    made = counter_complaint(db, demo_office, users["clerk1"], send=False)
    change_status(db, users["clerk1"].id, made.id, "rejected", "ไม่อยู่ในอำนาจหน้าที่")
    assert items(db) == []


def test_an_expired_token_is_renewed_once_and_the_call_goes_through(db, demo_office, users,
                                                                    fake, now):
    client = factory(fake.base_url)()
    assert client.get_status_list()[0]["status"] == "รอรับเรื่อง"
    fake.expire_tokens()
    assert client.get_type_list()[0]["type"] == "ถนน"
    assert fake.paths().count("/exchange-api/get-auth/v1") == 2
    client.close()


def test_wrong_credentials_are_an_auth_error_and_the_item_stays_queued(db, demo_office, users,
                                                                       fake, now):
    counter_complaint(db, demo_office, users["clerk1"])
    bad = lambda: api.TraffyClient(USER, "wrong", base_url=fake.base_url)
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=bad, now=now)
    assert report.error_code == api.AUTH and report.sent == 0
    [item] = items(db)
    assert (item.state, item.last_error_code) == ("queued", api.AUTH)


def test_an_exhausted_quota_keeps_the_queue_and_says_so(db, demo_office, users, fake, now):
    counter_complaint(db, demo_office, users["clerk1"])
    fake.quota_exhausted = True
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                   now=now)
    assert report.error_code == api.QUOTA and report.sent == 0
    [item] = items(db)
    assert (item.state, item.last_error_code) == ("queued", api.QUOTA)
    assert "quota" in item.last_error_detail
    assert fake.tickets == {}


def test_a_5xx_backs_off_then_sends_one_ticket(db, demo_office, users, fake, now):
    made = counter_complaint(db, demo_office, users["clerk1"])
    fake.fail_5xx = 1
    first = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                  now=now, pull=False)
    assert first.sent == 0 and first.failed == 0
    [item] = items(db)
    assert (item.state, item.last_error_code, item.attempts) == ("queued", api.SERVER, 1)
    assert item.next_attempt_at == now + traffy_outbox.BACKOFF_START

    calls = len(fake.calls)
    traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                          now=now + timedelta(seconds=30), pull=False)
    assert "/exchange-api/new-issue/v1" not in fake.paths()[calls:]   # not due yet

    fake.fail_5xx = 1
    traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                          now=now + timedelta(minutes=1), pull=False)
    [item] = items(db)
    assert item.attempts == 2
    assert item.next_attempt_at == now + timedelta(minutes=1) + 2 * traffy_outbox.BACKOFF_START

    done = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                 now=now + timedelta(minutes=5), pull=False)
    assert done.sent == 1 and len(fake.tickets) == 1
    assert traffy_sync.ticket_of(db, made.id) is not None


def test_back_off_doubles_up_to_a_cap():
    assert traffy_outbox.backoff(1) == traffy_outbox.BACKOFF_START
    assert traffy_outbox.backoff(3) == 4 * traffy_outbox.BACKOFF_START
    assert traffy_outbox.backoff(40) == traffy_outbox.BACKOFF_CAP


def test_malformed_json_is_coded_and_retried(db, demo_office, users, fake, now):
    counter_complaint(db, demo_office, users["clerk1"])
    fake.malformed = 1
    traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url), now=now,
                          pull=False)
    [item] = items(db)
    assert (item.state, item.last_error_code) == ("queued", api.MALFORMED)


def test_a_lost_answer_does_not_make_a_second_ticket(db, demo_office, users, fake, now):
    made = counter_complaint(db, demo_office, users["clerk1"])
    fake.drop_after_commit = 1
    traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url), now=now,
                          pull=False)
    [item] = items(db)
    assert item.state == "queued" and item.last_error_code == api.CONNECTION_LOST
    assert len(fake.tickets) == 1

    report = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                   now=now + timedelta(minutes=2), pull=False)
    assert report.sent == 1
    assert len(fake.tickets) == 1
    assert fake.paths().count("/exchange-api/new-issue/v1") == 1
    assert traffy_sync.ticket_of(db, made.id).ticket_id == next(iter(fake.tickets))


def test_a_slow_server_times_out_and_the_item_waits(db, demo_office, users, fake, now):
    counter_complaint(db, demo_office, users["clerk1"])
    fake.slow = 30
    report = traffy_sync.sync_once(db, demo_office.id,
                                   client_factory=factory(fake.base_url, timeout=0.5), now=now)
    assert report.offline and report.error_code == api.TIMEOUT_CODE
    [item] = items(db)
    assert (item.state, item.last_error_code) == ("queued", api.TIMEOUT_CODE)


def test_a_rejected_call_fails_with_the_reason_and_can_be_retried(db, demo_office, users, fake,
                                                                  now):
    counter_complaint(db, demo_office, users["clerk1"])
    with db.write() as session:     # a payload Traffy refuses: no point at all
        row = session.scalar(select(TraffyOutbox))
        row.payload = json.dumps({**json.loads(row.payload), "latitude": None})
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                   now=now, pull=False)
    assert report.failed == 1
    [view] = traffy_sync.queue_view(db, demo_office.id)
    assert (view.state, view.error_code) == ("failed", api.REJECTED)
    assert "latitude is not specified" in view.error_detail
    traffy_sync.retry(db, users["admin"].id, view.id)
    assert traffy_sync.queue_view(db, demo_office.id)[0].state == "queued"


def test_a_state_changed_on_traffy_comes_into_the_history(db, demo_office, users, fake, now):
    made = counter_complaint(db, demo_office, users["clerk1"])
    traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url), now=now)
    ticket_id = traffy_sync.ticket_of(db, made.id).ticket_id
    fake.tickets[ticket_id]["status"] = "กำลังดำเนินการ"
    report = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                   now=now + timedelta(hours=1))
    assert report.pulled == 1
    assert traffy_sync.ticket_of(db, made.id).state == "กำลังดำเนินการ"
    with db.read() as session:
        [event] = session.scalars(select(StatusEvent).where(
            StatusEvent.complaint_id == made.id,
            StatusEvent.note_code == notes.TRAFFY_STATE_CHANGED)).all()
        session.expunge_all()
    assert json.loads(event.note_params) == {"ticket_id": ticket_id, "state": "กำลังดำเนินการ"}
    assert event.to_status == "received"        # our own status is the office's to change
    again = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                  now=now + timedelta(hours=2))
    assert again.pulled == 0


def test_the_csv_download_reads_back_with_thai_and_without_the_bom(fake):
    fake.add_ticket("2026-ABCDEF", type="ถนน", description="ถนน, ชำรุด\nหลายบรรทัด")
    client = factory(fake.base_url)()
    [row] = client.download_issues(org_id="151", duration="all")
    fake.expire_tokens()
    assert len(client.download_issues(duration="today")) == 1     # renewed on the 401
    client.close()
    assert row["ticket_id"] == "2026-ABCDEF"
    assert row["description"] == "ถนน, ชำรุด\nหลายบรรทัด"


def test_settings_round_trip_and_need_the_settings_right(db, demo_office, users):
    assert traffy_sync.settings(db, demo_office.id).enabled is False
    saved = traffy_sync.save_settings(db, users["admin"].id, enabled=True,
                                      base_url="http://127.0.0.1:9/exchange-api",
                                      send_by_default=True, pull_every_minutes=15,
                                      organisation="151, 1302")
    assert saved == traffy_sync.settings(db, demo_office.id)
    assert (saved.enabled, saved.send_by_default, saved.pull_every_minutes,
            saved.organisation) == (True, True, 15, "151,1302")
    from fondue_desk.domain.errors import InvalidInput, PermissionDenied
    with pytest.raises(PermissionDenied):
        traffy_sync.save_settings(db, users["clerk1"].id, enabled=False, base_url="",
                                  send_by_default=False, pull_every_minutes=0, organisation="")
    with pytest.raises(InvalidInput) as refused:
        traffy_sync.save_settings(db, users["admin"].id, enabled=True, base_url="ftp://x",
                                  send_by_default=False, pull_every_minutes=-1,
                                  organisation="abc")
    assert set(refused.value.fields) == {"base_url", "pull_every_minutes", "organisation"}


def test_a_token_near_its_expiry_is_renewed_before_the_call(fake, now):
    moments = [now]
    client = api.TraffyClient(USER, PASSWORD, base_url=fake.base_url,
                              clock=lambda: moments[-1])
    client.get_status_list()
    client.get_status_list()
    assert fake.paths().count("/exchange-api/get-auth/v1") == 1
    moments.append(now + fake.token_lifetime - timedelta(minutes=1))
    client.get_status_list()
    assert fake.paths().count("/exchange-api/get-auth/v1") == 2
    assert client.credit == fake.credit
    assert PASSWORD not in repr(client)
    client.close()


def test_the_schedule_says_when_to_pull(db, demo_office, users, fake, now):
    assert not traffy_sync.pull_due(db, demo_office.id, now)       # not enabled
    traffy_sync.save_settings(db, users["admin"].id, enabled=True, base_url=fake.base_url,
                              send_by_default=False, pull_every_minutes=30, organisation="")
    assert traffy_sync.pull_due(db, demo_office.id, now)
    traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url), now=now)
    assert not traffy_sync.pull_due(db, demo_office.id, now + timedelta(minutes=29))
    assert traffy_sync.pull_due(db, demo_office.id, now + timedelta(minutes=30))


def test_a_desk_that_died_mid_call_leaves_the_item_to_come_back_and_be_adopted(
        db, demo_office, users, fake, now):
    made = counter_complaint(db, demo_office, users["clerk1"])
    [item] = items(db)
    # The desk claimed the row, Traffy made the ticket, then the desk's process died.
    claimed = traffy_outbox._claim(db, item.id, now)
    assert claimed is not None and traffy_outbox._claim(db, item.id, now) is None
    client = factory(fake.base_url)()
    client.new_issue(claimed["payload"])
    client.close()
    # Restarted within the lease: the row is still held.
    early = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                  now=now + timedelta(minutes=1), pull=False)
    assert early.sent == 0
    late = traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url),
                                 now=now + traffy_outbox.LEASE, pull=False)
    assert late.sent == 1 and len(fake.tickets) == 1
    assert traffy_sync.ticket_of(db, made.id).ticket_id == next(iter(fake.tickets))


def test_without_a_point_the_village_or_the_office_stands_in(db, demo_office, users):
    village = reference.villages(db, demo_office.id)[0]
    counter_complaint(db, demo_office, users["clerk1"], lat=None, lon=None,
                      village_id=village.id)
    counter_complaint(db, demo_office, users["clerk1"], lat=None, lon=None)
    from fondue_desk.db.models import Office, Village
    with db.read() as session:
        v = session.get(Village, village.id)
        o = session.get(Office, demo_office.id)
        expected = [(v.lat, v.lon), (o.lat, o.lon)]
    got = [(json.loads(i.payload)["latitude"], json.loads(i.payload)["longitude"])
           for i in items(db)]
    assert got == expected and None not in got[0] + got[1]
