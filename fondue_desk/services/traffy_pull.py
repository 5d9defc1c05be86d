"""Pull: the office's tickets from get-issues, matched by ticket id. A state changed on
Traffy's side is kept on the ticket link and written into the complaint's history as a note
code (domain.history_notes.TRAFFY_STATE_CHANGED); our own status is never overwritten, so
local work stays the office's. Tickets the desk has never seen become complaints through the
import (fondue_desk/interop/traffy), which owns the row → complaint mapping.
"""
from __future__ import annotations

import csv
import json
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Complaint,
    OfficeSetting,
    StatusEvent,
    TraffyOutbox,
    TraffyTicket,
    User,
)
from fondue_desk.domain import history_notes as notes
from fondue_desk.domain.permissions import Role
from fondue_desk.interop import traffy_api as api
from fondue_desk.interop.traffy.values import DEFAULT_STATES, state_key

from .office_settings import put_setting

LAST_PULL = "traffy.last_pull"
# download-issues' columns (query-apis.md): the shape the import already reads.
CSV_FIELDS = ("ticket_id", "type", "organization", "description", "photo", "latitude",
              "longitude", "address", "subdistrict", "district", "province", "timestamp",
              "photo_after", "timestamp_inprogress", "timestamp_finished", "org_finished",
              "status", "confirmed", "star", "count_reopen", "last_activity")
ORGANISATION = "traffy.organisation"



def duration_since(last: datetime | None, now: datetime) -> str:
    """The narrowest of Traffy's windows (a day, three days, all) that covers the gap."""
    if last is None:
        return "all"
    gap = now - last
    if gap <= timedelta(hours=23):
        return "today"
    if gap <= timedelta(days=2, hours=23):
        return "3days"
    return "all"


def pull(db: Database, office_id: int, client: api.TraffyClient, now: datetime) -> int:
    """Returns how many linked tickets changed."""
    with db.read() as session:
        last = _setting(session, office_id, LAST_PULL)
        org = _setting(session, office_id, ORGANISATION)
    since = datetime.fromisoformat(last) if last else None
    rows = client.get_issues(org_id=org, duration=duration_since(since, now))
    changed = 0
    unseen: list[dict] = []
    with db.write() as session:
        author = _author(session, office_id)
        for row in rows:
            ticket_id = str(row["ticket_id"]).strip()
            link = session.scalar(select(TraffyTicket).where(
                TraffyTicket.office_id == office_id, TraffyTicket.ticket_id == ticket_id))
            if link is None:
                if not _ours_on_the_way(session, office_id, row):
                    unseen.append(row)
                continue
            state = str(row.get("status") or "").strip()
            activity = api.parse_thai_time(row.get("last_activity"))
            link.synced_at = now
            if activity is not None:
                link.last_activity = activity
            if not state or state == link.state_name:
                continue
            link.state_name = state
            link.state_kind = DEFAULT_STATES.get(state_key(state), link.state_kind)
            complaint = session.get(Complaint, link.complaint_id)
            session.add(StatusEvent(
                complaint_id=complaint.id, from_status=complaint.status,
                to_status=complaint.status, by_user_id=author or complaint.clerk_id, at=now,
                note="", note_code=notes.TRAFFY_STATE_CHANGED,
                note_params=notes.encode(notes.TRAFFY_STATE_CHANGED, ticket_id=ticket_id,
                                         state=state)))
            changed += 1
        put_setting(session, office_id, LAST_PULL, now.isoformat())
    return changed + _import_new(db, office_id, unseen, now)


def _ours_on_the_way(session, office_id: int, row: dict) -> bool:
    """A ticket our own new-issue made whose answer we have not had yet (it is adopted by the
    outbox, never imported as a second complaint)."""
    ours = str(row.get("client_ticket_id") or "")
    if ours and session.scalar(select(Complaint.id).where(
            Complaint.office_id == office_id, Complaint.tracking_no == ours)) is not None:
        return True
    pending = session.scalars(select(TraffyOutbox.payload).where(
        TraffyOutbox.office_id == office_id, TraffyOutbox.action == "new_issue",
        TraffyOutbox.state == "queued")).all()
    for text in pending:
        payload = json.loads(text or "{}")
        if payload.get("description") == row.get("description") and _near(
                payload.get("latitude"), row.get("latitude")) and _near(
                payload.get("longitude"), row.get("longitude")):
            return True
    return False


def _near(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-5
    except (TypeError, ValueError):
        return False


def _import_new(db: Database, office_id: int, rows: list[dict], now: datetime) -> int:
    """Tickets the desk has never seen become complaints through the import (one row → one
    complaint is its job): the rows are written as the CSV download-issues returns and handed
    to apply_import with the office's remembered mapping. Unmapped types or unknown states
    stop it (RuleViolation, worded by the import's texts) before anything is written."""
    if not rows:
        return 0
    from fondue_desk.interop.traffy.apply import apply_import

    from .traffy_mapping import mapping

    with db.read() as session:
        author = _author(session, office_id)
    if author is None:
        return 0
    with tempfile.TemporaryDirectory(prefix="fondue-traffy-pull-") as folder:
        path = Path(folder) / "pulled.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows({k: ("" if v is None else v) for k, v in row.items()}
                             for row in rows)
        result = apply_import(db, author, path, mapping=mapping(db, office_id), now=now)
    ids = [str(row["ticket_id"]).strip() for row in rows]
    with db.write() as session:
        session.execute(update(TraffyTicket).where(
            TraffyTicket.office_id == office_id, TraffyTicket.ticket_id.in_(ids),
            TraffyTicket.source == "import").values(source="pull", synced_at=now))
    return result.added


def _author(session, office_id: int) -> int | None:
    # The history needs a user: the office's first admin stands for "the desk itself".
    return session.scalar(select(User.id).where(User.office_id == office_id,
                                                User.role == Role.ADMIN)
                          .order_by(User.id).limit(1))


def _setting(session, office_id: int, key: str) -> str:
    row = session.get(OfficeSetting, (office_id, key))
    return row.value if row is not None else ""
