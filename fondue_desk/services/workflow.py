"""Status changes: checked by the workflow rules, recorded as a StatusEvent, one transaction."""
from __future__ import annotations

from fondue_desk.db.database import Database
from fondue_desk.db.models import StatusEvent
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.text import clean_text
from fondue_desk.domain.workflow import allowed_next, check_transition, is_reopening

from .access import acting_user, office_complaint
from .complaints import complaint_view
from .views import ComplaintView

MAX_NOTE = 1000


def change_status(db: Database, actor_id: int, complaint_id: int, to_status: str,
                  note: str = "") -> ComplaintView:
    clean_note = clean_text(note, max_length=MAX_NOTE, multiline=True)
    with db.write() as session:
        actor = acting_user(session, actor_id)
        complaint = office_complaint(session, actor, complaint_id)
        check_transition(complaint.status, to_status, clean_note)
        if is_reopening(complaint.status, to_status):
            complaint.reopen_count += 1
        session.add(StatusEvent(complaint_id=complaint.id, from_status=complaint.status,
                                to_status=to_status, by_user_id=actor.id, at=now_thai(),
                                note=clean_note))
        complaint.status = to_status
        session.flush()
        return complaint_view(complaint)


def next_statuses(status: str) -> list[str]:
    """For the UI: the moves it may offer from this status."""
    return [s.value for s in allowed_next(status)]
