"""Corrections after intake. Every changed field is kept in the complaint's history."""
from __future__ import annotations

from dataclasses import fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, ComplaintEdit, User
from fondue_desk.domain.calendar import add_days, now_thai, to_thai
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.text import clean_text

from .access import acting_user
from .complaints import complaint_view
from .intake import ComplaintInput, input_columns, validated_input
from .locking import locked_complaint
from .views import ComplaintView

MAX_NOTE = 1000


def input_of(view: ComplaintView) -> ComplaintInput:
    """The form values of a saved complaint, to edit them."""
    return ComplaintInput(**{f.name: getattr(view, f.name) for f in fields(ComplaintInput)})


def edit_stamp(db: Database, complaint_id: int) -> int:
    """The version of a complaint's fields a form was filled from: its last edit's id (0 for
    none). Passed back to `edit_complaint`, it refuses to overwrite another desk's edit."""
    with db.read() as session:
        return _last_edit_id(session, complaint_id)


def edit_complaint(db: Database, actor_id: int, complaint_id: int, data: ComplaintInput,
                   note: str = "", *, seen_edit: int | None = None) -> ComplaintView:
    """Apply the same rules as intake; record old → new for each field that really changed.
    With `seen_edit` (from `edit_stamp`), a complaint edited since is refused with Conflict
    "complaint.changed_meanwhile" naming who and when, and nothing is written."""
    clean_note = clean_text(note, max_length=MAX_NOTE, multiline=True)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.EDIT_COMPLAINT)
        complaint = locked_complaint(session, actor, complaint_id)
        if seen_edit is not None:
            _refuse_if_edited_since(session, complaint, seen_edit)
        clean = validated_input(session, actor.office_id, data)
        now = now_thai()
        changes = {name: value for name, value in input_columns(clean).items()
                   if getattr(complaint, name) != value}
        if not changes:
            raise InvalidInput([FieldError("form", "edit.nothing_changed")])
        if "category_id" in changes:
            category = session.get(Category, changes["category_id"])
            changes["due_date"] = add_days(to_thai(complaint.received_at).date(),
                                           category.sla_days)
        for name, value in changes.items():
            session.add(ComplaintEdit(complaint_id=complaint.id, field=name,
                                      old_value=_text(getattr(complaint, name)),
                                      new_value=_text(value), by_user_id=actor.id, at=now,
                                      note=clean_note))
            setattr(complaint, name, value)
        session.flush()
        session.refresh(complaint)
        return complaint_view(complaint)


def _last_edit_id(session: Session, complaint_id: int) -> int:
    return session.scalar(select(func.max(ComplaintEdit.id))
                          .where(ComplaintEdit.complaint_id == complaint_id)) or 0


def _refuse_if_edited_since(session: Session, complaint: Complaint, seen_edit: int) -> None:
    last = _last_edit_id(session, complaint.id)
    if last == seen_edit:
        return
    edit = session.get(ComplaintEdit, last) if last else None
    by = session.get(User, edit.by_user_id) if edit is not None else None
    at = to_thai(edit.at) if edit is not None else None
    # The same refusal as a status move overtaken by another desk (services.locking).
    raise Conflict("complaint.changed_meanwhile", tracking_no=complaint.tracking_no,
                   status=complaint.status, changed_by=by.full_name if by else "",
                   changed_at=(f"{at.day:02d}/{at.month:02d}/{at.year + 543} "
                               f"{at.hour:02d}:{at.minute:02d}") if at else "")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
