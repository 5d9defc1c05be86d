"""Status changes: checked by the workflow rules, recorded as a StatusEvent, one transaction."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, StatusEvent
from fondue_desk.domain import history_notes
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.permissions import can, require
from fondue_desk.domain.statuses import Status
from fondue_desk.domain.text import clean_field
from fondue_desk.domain.workflow import (
    check_general_move,
    general_next,
    is_reopening,
    status_action,
)

from . import traffy_outbox
from .access import acting_user
from .complaints import complaint_view
from .duplicate_follow import locked_children, refuse_children
from .locking import check_seen, locked_complaint
from .views import ComplaintView

MAX_NOTE = 1000
OFFICE_STATUSES = frozenset({Status.RECEIVED.value, Status.FORWARDED.value,
                             Status.REJECTED.value})


def change_status(db: Database, actor_id: int, complaint_id: int, to_status: str,
                  note: str = "", *, expected_status: str | None = None) -> ComplaintView:
    """`expected_status`: the status the desk showed; a complaint changed since is refused
    with who changed it and when ("complaint.changed_meanwhile")."""
    clean_note = clean_field("note", note, max_length=MAX_NOTE, multiline=True)
    with db.write() as session:
        actor = acting_user(session, actor_id)
        complaint = locked_complaint(session, actor, complaint_id)
        check_seen(session, [complaint], _seen(complaint_id, expected_status))
        refuse_children(session, [complaint])
        check_general_move(complaint.status, to_status, clean_note)
        require(actor.role, status_action(complaint.status, to_status))
        move(session, complaint, to_status, actor.id, clean_note)
        if to_status in OFFICE_STATUSES:
            # Back at the office, forwarded or turned down: no crew holds it any more.
            complaint.crew_id = None
            complaint.planned_date = None
        session.flush()
        return complaint_view(complaint)


def move(session: Session, complaint: Complaint, to_status: str, actor_id: int,
         note: str, *, note_code: str = "", note_params: str = "") -> None:
    """Record the move and make it; the caller has checked it. A same-status event records a
    change that keeps the status, e.g. a reassignment or a partial result. `note` is what a
    person typed; what the desk itself says is `note_code` + `note_params`
    (domain.history_notes).

    A parent's duplicates make the same move with it (one event each, coded
    "duplicate.followed"; closed_at and Traffy as for any move), so a child never drifts from
    its parent's status whichever service moved it."""
    moment = now_thai()
    _record(session, complaint, to_status, actor_id, note, note_code, note_params, moment)
    follow(session, complaint, to_status, actor_id, moment)


def follow(session: Session, parent: Complaint, to_status: str, actor_id: int,
           moment: datetime | None = None) -> None:
    """The parent's duplicates take its new status at the same moment, so they close when it
    does (a move made without `move`, such as forwarding's conditional UPDATE, calls this
    itself)."""
    if parent.parent_id is not None:
        return
    moment = moment or now_thai()
    for child in locked_children(session, parent):
        if child.status == to_status:
            continue
        _record(session, child, to_status, actor_id, "", history_notes.DUPLICATE_FOLLOWED,
                history_notes.encode(history_notes.DUPLICATE_FOLLOWED,
                                     tracking_no=parent.tracking_no), moment)
        # A duplicate's work is its parent's: no crew holds it.
        child.crew_id = None
        child.planned_date = None


def _record(session: Session, complaint: Complaint, to_status: str, actor_id: int,
            note: str, note_code: str, note_params: str, moment: datetime) -> None:
    if is_reopening(complaint.status, to_status):
        complaint.reopen_count += 1
    session.add(StatusEvent(complaint_id=complaint.id, from_status=complaint.status,
                            to_status=to_status, by_user_id=actor_id, at=moment, note=note,
                            note_code=note_code, note_params=note_params))
    if to_status == Status.CLOSED:
        if complaint.status != Status.CLOSED:
            complaint.closed_at = moment
    else:
        complaint.closed_at = None
    complaint.status = to_status
    # Every status change passes here: a complaint on Traffy tells Traffy too.
    traffy_outbox.enqueue_for_change(session, complaint, to_status, note=note, now=now_thai())


def _seen(complaint_id: int, expected_status: str | None) -> dict[int, str] | None:
    return None if expected_status is None else {complaint_id: expected_status}


def next_statuses(status: str, role: str | None = None) -> list[str]:
    """For the UI: the general moves it may offer from this status (to this role)."""
    return [s.value for s in general_next(status)
            if role is None or can(role, status_action(status, s))]
