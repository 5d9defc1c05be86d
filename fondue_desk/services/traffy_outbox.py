"""The outbox of Exchange API calls: written in the transaction that changes a complaint, sent
later by `send_due` whenever the line is up.

Every state lives in `traffy_outbox`, so a queue survives an offline week and a restart. A row
is claimed by a conditional UPDATE (its `next_attempt_at` pushed a lease ahead) before it is
sent, so two desks syncing at once never both send it. A complaint's calls go in the order
they were queued: an update waits while its new-issue has no ticket id.

A new-issue whose answer was lost (timeout, 5xx, malformed, a crash mid-call) may have made a
ticket anyway: before sending it again we look for our tracking number (`client_ticket_id`)
among the office's recent tickets, and adopt the ticket found instead of making a second one.
"""
from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Attachment,
    Category,
    Complaint,
    Office,
    OfficeSetting,
    TraffyOutbox,
    TraffyTicket,
    Village,
)
from fondue_desk.domain.statuses import Status
from fondue_desk.interop import traffy_api as api

NEW_ISSUE, UPDATE_ISSUE, JOIN_FORWARD = "new_issue", "update_issue", "join_forward"
QUEUED, SENT, FAILED = "queued", "sent", "failed"
SENDING = "traffy.sending"       # claimed and being sent: a crash leaves this, outcome unknown
WAITING_TICKET = "traffy.waiting_ticket"   # an update whose new-issue has no ticket id yet
BACKOFF_START = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=6)
LEASE = timedelta(minutes=5)     # a claimed row comes back after this if its desk died
MAX_PHOTOS = 4                   # base64 photos make a request heavy on a rural line

# Our status → Traffy's central state names (a desk maps its own through the settings later).
STATE_NAMES = {
    Status.RECEIVED: "รอรับเรื่อง", Status.ASSIGNED: "กำลังดำเนินการ",
    Status.IN_PROGRESS: "กำลังดำเนินการ", Status.AWAITING_SIGNOFF: "กำลังดำเนินการ",
    Status.CLOSED: "เสร็จสิ้น", Status.FORWARDED: "ส่งต่อ", Status.REJECTED: "ไม่เกี่ยวข้อง",
}


def enqueue(session: Session, office_id: int, complaint_id: int | None, action: str,
            payload: Mapping[str, Any], idempotency_key: str, *, now: datetime) -> TraffyOutbox:
    """Queue one call in the caller's transaction; a key already queued is not queued twice."""
    existing = session.scalar(select(TraffyOutbox).where(
        TraffyOutbox.idempotency_key == idempotency_key))
    if existing is not None:
        return existing
    row = TraffyOutbox(office_id=office_id, complaint_id=complaint_id, action=action,
                       payload=json.dumps(dict(payload), ensure_ascii=False),
                       idempotency_key=idempotency_key, state=QUEUED, attempts=0,
                       next_attempt_at=None, created_at=now)
    session.add(row)
    return row


def enqueue_new_issue(session: Session, complaint: Complaint, *, now: datetime) -> None:
    """The complaint as Traffy's new-issue; photos are read from its attachments when sent."""
    category = session.get(Category, complaint.category_id)
    lat, lon = _point(session, complaint)
    payload: dict[str, Any] = {
        "client_ticket_id": complaint.tracking_no,
        "description": complaint.description,
        "latitude": lat, "longitude": lon,
        "address": complaint.location_text or "",
        "client_timestamp": complaint.received_at.isoformat(timespec="seconds"),
    }
    traffy_type = _traffy_type(session, complaint.office_id, complaint.category_id)
    if traffy_type or category is not None:
        payload["category_name_th"] = traffy_type or category.name_th
    org = _setting(session, complaint.office_id, "traffy.organisation")
    if org:
        payload["org_id"] = org
    enqueue(session, complaint.office_id, complaint.id, NEW_ISSUE, payload,
            f"new:{complaint.office_id}:{complaint.id}", now=now)


def _point(session: Session, complaint: Complaint) -> tuple[float | None, float | None]:
    """Traffy needs a point: the complaint's own, else its village's, else the office's (the
    address line still says where)."""
    if complaint.lat is not None and complaint.lon is not None:
        return complaint.lat, complaint.lon
    for place in (session.get(Village, complaint.village_id) if complaint.village_id else None,
                  session.get(Office, complaint.office_id)):
        if place is not None and place.lat is not None and place.lon is not None:
            return place.lat, place.lon
    return None, None


def is_linked(session: Session, complaint: Complaint) -> bool:
    """On Traffy already, or on its way there."""
    if session.scalar(select(TraffyTicket.id).where(
            TraffyTicket.complaint_id == complaint.id)) is not None:
        return True
    return session.scalar(select(TraffyOutbox.id).where(
        TraffyOutbox.complaint_id == complaint.id, TraffyOutbox.action == NEW_ISSUE,
        TraffyOutbox.state != FAILED)) is not None


def enqueue_for_change(session: Session, complaint: Complaint, to_status: str, *,
                       note: str = "", destination: str = "", now: datetime) -> None:
    """Called by every service that changes a complaint's status, in its transaction: a
    complaint linked to Traffy gets update-issue (with the after-photos when finished) or,
    forwarded, join-forward. Complaints not on Traffy are left alone."""
    if not is_linked(session, complaint):
        return
    session.flush()
    seq = session.scalar(select(TraffyOutbox.id).order_by(TraffyOutbox.id.desc()).limit(1)) or 0
    key = f"chg:{complaint.office_id}:{complaint.id}:{to_status}:{now.isoformat()}:{seq}"
    if to_status == Status.FORWARDED:
        payload = {"client_ticket_id": complaint.tracking_no, "scenario": 2,
                   "note": note or destination or "ส่งต่อหน่วยงานอื่น"}
        org = _setting(session, complaint.office_id, "traffy.organisation")
        if org.isdigit():
            payload["origin_group"] = int(org)
        enqueue(session, complaint.office_id, complaint.id, JOIN_FORWARD, payload, key, now=now)
        return
    state = STATE_NAMES.get(Status(to_status), "")
    payload = {"client_ticket_id": complaint.tracking_no, "state_name": state,
               "note": note or state}
    if to_status == Status.CLOSED:
        payload["after_photos"] = True
    enqueue(session, complaint.office_id, complaint.id, UPDATE_ISSUE, payload, key, now=now)


def backoff(attempts: int) -> timedelta:
    return min(BACKOFF_START * (2 ** max(attempts - 1, 0)), BACKOFF_CAP)


def send_due(db: Database, client: api.TraffyClient, now: datetime, *,
             office_id: int | None = None) -> tuple[int, int]:
    """Send what is due, oldest first; returns (sent, failed). Stops at the first error that
    concerns every call (offline, auth, quota) and re-raises it after recording it."""
    sent = failed = 0
    blocked: set[int] = set()
    with db.read() as session:
        where = [TraffyOutbox.state == QUEUED]
        if office_id is not None:
            where.append(TraffyOutbox.office_id == office_id)
        rows = session.execute(select(TraffyOutbox.id, TraffyOutbox.complaint_id,
                                      TraffyOutbox.next_attempt_at)
                               .where(*where).order_by(TraffyOutbox.id)).all()
    for item_id, complaint_id, due in rows:
        if complaint_id in blocked:
            continue
        if due is not None and due > now:
            # Not due yet, and what follows it for the same complaint must wait too.
            blocked.add(complaint_id)
            continue
        claimed = _claim(db, item_id, now)
        if claimed is None:
            blocked.add(complaint_id)
            continue
        try:
            outcome = _send_one(db, client, claimed, now)
        except api.TraffyError as error:
            _record_failure(db, item_id, error, now)
            blocked.add(complaint_id)
            if error.code in (api.OFFLINE, api.AUTH, api.QUOTA):
                raise
            if not error.retryable:
                failed += 1
            continue
        if outcome == "sent":
            sent += 1
        else:
            blocked.add(complaint_id)
    return sent, failed


def _claim(db: Database, item_id: int, now: datetime) -> dict | None:
    with db.write() as session:
        row = session.get(TraffyOutbox, item_id)
        if row is None or row.state != QUEUED:
            return None
        previous = row.last_error_code
        result = session.execute(
            update(TraffyOutbox)
            .where(TraffyOutbox.id == item_id, TraffyOutbox.state == QUEUED,
                   or_(TraffyOutbox.next_attempt_at.is_(None),
                       TraffyOutbox.next_attempt_at <= now))
            .values(next_attempt_at=now + LEASE, attempts=TraffyOutbox.attempts + 1,
                    last_error_code=SENDING)
            .execution_options(synchronize_session=False))
        if result.rowcount != 1:
            return None
        return {"id": row.id, "office_id": row.office_id, "complaint_id": row.complaint_id,
                "action": row.action, "payload": json.loads(row.payload or "{}"),
                "previous_error": previous}


def _send_one(db: Database, client: api.TraffyClient, item: dict, now: datetime) -> str:
    action, payload = item["action"], dict(item["payload"])
    if action == NEW_ISSUE:
        if item["previous_error"] in api.UNKNOWN_OUTCOME | {SENDING}:
            found = _find_ticket(client, payload)
            if found is not None:
                _store_ticket(db, item, found[0], found[1], now, response=found[2])
                return "sent"
        payload["photo_base64"] = _photos(db, item["complaint_id"], "before")
        if not payload["photo_base64"]:
            del payload["photo_base64"]
        ticket = client.new_issue(payload)
        _store_ticket(db, item, ticket.ticket_id, ticket.password, now,
                      response={"ticket_id": ticket.ticket_id, "credit": ticket.credit})
        return "sent"
    with db.read() as session:
        ticket_id = session.scalar(select(TraffyTicket.ticket_id).where(
            TraffyTicket.complaint_id == item["complaint_id"]))
    if not ticket_id:
        _wait_for_ticket(db, item["id"], now)
        return "waiting"
    payload.pop("client_ticket_id", None)
    payload["ticket_id"] = ticket_id
    if payload.pop("after_photos", False):
        photos = _photos(db, item["complaint_id"], "after")
        if photos:
            payload["photo_base64"] = photos
    if action == UPDATE_ISSUE:
        answer = client.update_issue(payload)
    else:
        answer = client.join_forward(payload)
    _mark_sent(db, item["id"], now, {"credit": answer.credit})
    return "sent"


def _find_ticket(client: api.TraffyClient, payload: dict) -> tuple[str, str, dict] | None:
    """Our earlier attempt's ticket, if Traffy made one. get-issues may not echo
    client_ticket_id; then the description at the same point identifies it."""
    ours = payload.get("client_ticket_id")
    for row in client.get_issues(org_id=str(payload.get("org_id") or ""), duration="3days"):
        if ours and row.get("client_ticket_id") == ours:
            return str(row["ticket_id"]), str(row.get("password") or ""), {"adopted": True}
        if (row.get("description") == payload.get("description")
                and _near(row.get("latitude"), payload.get("latitude"))
                and _near(row.get("longitude"), payload.get("longitude"))):
            return str(row["ticket_id"]), str(row.get("password") or ""), {"adopted": True}
    return None


def _near(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-5
    except (TypeError, ValueError):
        return a is None and b is None


def _photos(db: Database, complaint_id: int | None, kind: str) -> list[str]:
    if complaint_id is None:
        return []
    with db.read() as session:
        contents = session.scalars(
            select(Attachment.content).where(Attachment.complaint_id == complaint_id,
                                             Attachment.kind == kind)
            .order_by(Attachment.id).limit(MAX_PHOTOS)).all()
    return [base64.b64encode(c).decode("ascii") for c in contents]


def _store_ticket(db: Database, item: dict, ticket_id: str, password: str, now: datetime,
                  *, response: dict) -> None:
    with db.write() as session:
        link = session.scalar(select(TraffyTicket).where(
            TraffyTicket.complaint_id == item["complaint_id"]))
        if link is None:
            session.add(TraffyTicket(
                office_id=item["office_id"], complaint_id=item["complaint_id"],
                ticket_id=ticket_id, password=password, state_name="รอรับเรื่อง",
                state_kind="waiting", source="push", synced_at=now))
        _sent(session, item["id"], now, response)


def _mark_sent(db: Database, item_id: int, now: datetime, response: dict) -> None:
    with db.write() as session:
        _sent(session, item_id, now, response)


def _sent(session: Session, item_id: int, now: datetime, response: dict) -> None:
    session.execute(update(TraffyOutbox).where(TraffyOutbox.id == item_id).values(
        state=SENT, sent_at=now, last_error_code="", last_error_detail="",
        next_attempt_at=None, response=json.dumps(response, ensure_ascii=False)))


def _wait_for_ticket(db: Database, item_id: int, now: datetime) -> None:
    # Not an attempt: the new-issue ahead of it has not been answered yet.
    with db.write() as session:
        session.execute(update(TraffyOutbox).where(TraffyOutbox.id == item_id).values(
            attempts=TraffyOutbox.attempts - 1, next_attempt_at=None,
            last_error_code=WAITING_TICKET, last_error_detail=""))


def _record_failure(db: Database, item_id: int, error: api.TraffyError, now: datetime) -> None:
    with db.write() as session:
        row = session.get(TraffyOutbox, item_id)
        row.last_error_code = error.code
        row.last_error_detail = error.detail[:500]
        if error.retryable or error.code == api.AUTH:
            row.next_attempt_at = now + backoff(row.attempts)
        else:
            row.state = FAILED
            row.next_attempt_at = None


def retry_item(session: Session, item_id: int, office_id: int) -> bool:
    """Put a failed (or backing-off) item back at the front of the queue."""
    result = session.execute(
        update(TraffyOutbox)
        .where(TraffyOutbox.id == item_id, TraffyOutbox.office_id == office_id,
               TraffyOutbox.state != SENT)
        .values(state=QUEUED, next_attempt_at=None)
        .execution_options(synchronize_session=False))
    return result.rowcount == 1


def _setting(session: Session, office_id: int, key: str) -> str:
    row = session.get(OfficeSetting, (office_id, key))
    return row.value if row is not None else ""


def _traffy_type(session: Session, office_id: int, category_id: int | None) -> str:
    from fondue_desk.db.models import TraffyTypeMapping
    if category_id is None:
        return ""
    return session.scalar(select(TraffyTypeMapping.traffy_type).where(
        TraffyTypeMapping.office_id == office_id,
        TraffyTypeMapping.category_id == category_id).order_by(
            TraffyTypeMapping.traffy_type).limit(1)) or ""


__all__ = [
    "backoff",
    "enqueue",
    "enqueue_for_change",
    "enqueue_new_issue",
    "is_linked",
    "retry_item",
    "send_due",
]
