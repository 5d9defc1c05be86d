"""The complaint's row lock: every service that changes a complaint takes it before reading the
state it checks, so of two desks acting at once exactly one wins.

On PostgreSQL this is SELECT … FOR UPDATE: the second desk waits for the first to commit, then
reads the committed row and is refused by the ordinary rules (its status no longer allows the
action). SQLite takes its write lock when the transaction begins (BEGIN IMMEDIATE, see
`Database.write`), so the clause is not emitted there and the same code is right on both.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Complaint, StatusEvent, User
from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.errors import Conflict, NotFound

CHANGED_MEANWHILE = "complaint.changed_meanwhile"


def locked_complaint(session: Session, actor: User, complaint_id: int) -> Complaint:
    """A complaint of the actor's office, locked until the transaction ends."""
    return locked_complaints(session, actor, [complaint_id])[0]


def locked_complaints(session: Session, actor: User, complaint_ids: Iterable[int]
                      ) -> list[Complaint]:
    """The complaints in the caller's order, locked in id order: two batches that share
    complaints then queue on the first shared one instead of deadlocking.

    Their duplicates (services.duplicates) are locked in the same statement and the same
    order: a parent's move is repeated on them (workflow.move), and locked later, a duplicate
    could be held by a desk splitting it that waits for the parent."""
    ids = list(complaint_ids)
    rows = session.scalars(
        select(Complaint)
        .where(or_(Complaint.id.in_(ids), Complaint.parent_id.in_(ids)),
               Complaint.office_id == actor.office_id)
        .order_by(Complaint.id)
        .with_for_update(of=Complaint)
        # A complaint this session loaded before the lock must show the committed row.
        .execution_options(populate_existing=True)).all()
    found = {c.id: c for c in rows}
    for cid in ids:
        if cid not in found:
            raise NotFound("complaint.not_found", complaint_id=cid)
    return [found[cid] for cid in ids]


def check_seen(session: Session, complaints: Iterable[Complaint],
               seen: Mapping[int, str] | None) -> None:
    """`seen` is what the desk showed (complaint id → status). A complaint whose status is no
    longer that was changed by someone else since: say who and when, and ask to reload."""
    if not seen:
        return
    for complaint in complaints:
        shown = seen.get(complaint.id)
        if shown is not None and shown != complaint.status:
            raise changed_meanwhile(session, complaint)


def changed_meanwhile(session: Session, complaint: Complaint) -> Conflict:
    """The refusal naming the complaint's last change (who, when, to what status)."""
    last = session.execute(
        select(User.full_name, StatusEvent.at)
        .join(User, User.id == StatusEvent.by_user_id)
        .where(StatusEvent.complaint_id == complaint.id)
        # By id, not time: desks' clocks differ, and under the lock the last committed
        # event has the highest id.
        .order_by(StatusEvent.id.desc()).limit(1)).first()
    by, at = (last[0], to_thai(last[1])) if last else ("", None)
    return Conflict(CHANGED_MEANWHILE, tracking_no=complaint.tracking_no,
                    status=complaint.status, changed_by=by,
                    changed_at=(f"{at.day:02d}/{at.month:02d}/{at.year + 543} "
                                f"{at.hour:02d}:{at.minute:02d}") if at else "")
