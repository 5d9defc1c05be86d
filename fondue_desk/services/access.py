"""Who is acting and on what: every write service starts here (roles will be checked here too)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Complaint, User
from fondue_desk.domain.errors import NotFound


def acting_user(session: Session, actor_id: int) -> User:
    actor = session.get(User, actor_id)
    if actor is None or not actor.active:
        raise NotFound("user.not_found", user_id=actor_id)
    return actor


def office_complaint(session: Session, actor: User, complaint_id: int) -> Complaint:
    """A complaint of the actor's own office; another office's is as good as missing."""
    complaint = session.scalars(select(Complaint).where(
        Complaint.id == complaint_id, Complaint.office_id == actor.office_id)).first()
    if complaint is None:
        raise NotFound("complaint.not_found", complaint_id=complaint_id)
    return complaint
