"""Who is acting and on what: every write service starts here, and roles are checked here."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Complaint, User
from fondue_desk.domain.errors import NotFound, PermissionDenied
from fondue_desk.domain.permissions import Action, require


def acting_user(session: Session, actor_id: int, action: Action | None = None, *,
                own_password: bool = False) -> User:
    """The active user behind a call; PermissionDenied when their role may not do `action`,
    or ("password.must_change") while they still hold an initial password: until they choose
    their own, changing it (`own_password=True`) is the one thing they may do, whatever the
    screen in front of them allows."""
    actor = session.get(User, actor_id)
    if actor is None or not actor.active:
        raise NotFound("user.not_found", user_id=actor_id)
    if actor.must_change_password and not own_password:
        raise PermissionDenied("password.must_change")
    if action is not None:
        require(actor.role, action)
    return actor


def office_complaint(session: Session, actor: User, complaint_id: int) -> Complaint:
    """A complaint of the actor's own office; another office's is as good as missing."""
    complaint = session.scalars(select(Complaint).where(
        Complaint.id == complaint_id, Complaint.office_id == actor.office_id)).first()
    if complaint is None:
        raise NotFound("complaint.not_found", complaint_id=complaint_id)
    return complaint


def check_office(session: Session, complaint_id: int, office_id: int | None) -> None:
    """For a read named by id: NotFound unless the complaint is the caller's office's.

    office_id None is a caller that took the id from its own office's register (the screens).
    """
    if office_id is None:
        return
    if session.scalar(select(Complaint.id).where(
            Complaint.id == complaint_id, Complaint.office_id == office_id)) is None:
        raise NotFound("complaint.not_found", complaint_id=complaint_id)
