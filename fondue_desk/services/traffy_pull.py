"""Pull: the office's tickets from get-issues, matched by ticket id. A state changed on
Traffy's side is kept on the ticket link and written into the complaint's history as a note
code (domain.history_notes.TRAFFY_STATE_CHANGED); our own status is never overwritten, so
local work stays the office's. Tickets the desk has never seen are left to the import
(fondue_desk/interop/traffy), which owns the row → complaint mapping: they are counted and
handed to it when it offers a rows entry point.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, OfficeSetting, StatusEvent, TraffyTicket, User
from fondue_desk.domain import history_notes as notes
from fondue_desk.domain.permissions import Role
from fondue_desk.interop import traffy_api as api

from .office_settings import put_setting

LAST_PULL = "traffy.last_pull"
ORGANISATION = "traffy.organisation"
# Traffy's status names → a meaning, for the names the platform itself uses; an office's own
# names come from its state mapping (traffy_state_mapping) when J1's mapping has them.
_KINDS = {"รอรับเรื่อง": "waiting", "กำลังดำเนินการ": "in_progress", "เสร็จสิ้น": "finished",
          "ส่งต่อ": "forwarded", "ส่งต่อ(ใหม่)": "forwarded", "ไม่รับเรื่อง": "rejected",
          "ไม่เกี่ยวข้อง": "rejected"}


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
    with db.write() as session:
        author = _author(session, office_id)
        for row in rows:
            ticket_id = str(row["ticket_id"]).strip()
            link = session.scalar(select(TraffyTicket).where(
                TraffyTicket.office_id == office_id, TraffyTicket.ticket_id == ticket_id))
            if link is None:
                continue
            state = str(row.get("status") or "").strip()
            activity = api.parse_thai_time(row.get("last_activity"))
            link.synced_at = now
            if activity is not None:
                link.last_activity = activity
            if not state or state == link.state_name:
                continue
            link.state_name = state
            link.state_kind = _KINDS.get(state, link.state_kind)
            complaint = session.get(Complaint, link.complaint_id)
            session.add(StatusEvent(
                complaint_id=complaint.id, from_status=complaint.status,
                to_status=complaint.status, by_user_id=author or complaint.clerk_id, at=now,
                note="", note_code=notes.TRAFFY_STATE_CHANGED,
                note_params=notes.encode(notes.TRAFFY_STATE_CHANGED, ticket_id=ticket_id,
                                         state=state)))
            changed += 1
        put_setting(session, office_id, LAST_PULL, now.isoformat())
    return changed


def _author(session, office_id: int) -> int | None:
    # The history needs a user: the office's first admin stands for "the desk itself".
    return session.scalar(select(User.id).where(User.office_id == office_id,
                                                User.role == Role.ADMIN)
                          .order_by(User.id).limit(1))


def _setting(session, office_id: int, key: str) -> str:
    row = session.get(OfficeSetting, (office_id, key))
    return row.value if row is not None else ""
