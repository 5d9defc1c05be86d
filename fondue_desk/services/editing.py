"""Corrections after intake. Every changed field is kept in the complaint's history."""
from __future__ import annotations

from dataclasses import fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, ComplaintEdit, User
from fondue_desk.domain.calendar import add_days, now_thai, to_thai
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput
from fondue_desk.domain.field_answers import FIELD_PREFIX, answer_value
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.text import clean_text

from . import field_values as answers
from .access import acting_user
from .complaints import complaint_view
from .intake import ComplaintInput, input_columns, validated_input
from .locking import locked_complaint
from .views import ComplaintView

MAX_NOTE = 1000


def input_of(view: ComplaintView) -> ComplaintInput:
    """The form values of a saved complaint, to edit them.

    Answers by field code; the category's own come first in the view, so an answer kept from
    another category under the same code never shadows them.
    """
    values: dict[str, tuple[str, ...]] = {}
    for value in view.field_values:
        values.setdefault(value.code, value.raw)
    # Photos are attachments, not form values: an edit neither carries nor removes them; nor
    # does it send the complaint to Traffy again, nor link it (services.duplicates does).
    return ComplaintInput(**{f.name: getattr(view, f.name) for f in fields(ComplaintInput)
                             if f.name not in ("field_values", "photos", "send_to_traffy",
                                               "duplicate_of")},
                          field_values=values)


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
        clean = validated_input(session, actor.office_id, data, complaint_id=complaint.id)
        now = now_thai()
        changes = {name: value for name, value in input_columns(clean).items()
                   if getattr(complaint, name) != value}
        answer_changes = _answer_changes(session, complaint.id, clean)
        if not changes and not answer_changes:
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
        for row, old, new in answer_changes:
            session.add(ComplaintEdit(complaint_id=complaint.id, field=FIELD_PREFIX + row[1].code,
                                      old_value=answer_value(row[1], old).text,
                                      new_value=answer_value(row[1], new).text,
                                      by_user_id=actor.id, at=now, note=clean_note))
            answers.replace_answer(session, complaint.id, row, new)
        session.flush()
        session.refresh(complaint)
        return complaint_view(complaint)


def _answer_changes(session: Session, complaint_id: int, clean: ComplaintInput
                    ) -> list[tuple[answers.FieldRow, tuple[str, ...], tuple[str, ...]]]:
    """(field, stored, new) for each answer of the (new) category's fields that differs.

    A retired field is not asked any more, so an edit leaves its answer as it was; answers
    to another category's fields are left too (kept from before a change of category).
    """
    stored = answers.stored_raw(session, complaint_id)
    changes = []
    for row in answers.category_definitions(session, clean.category_id):
        field_id, definition = row
        if not definition.active:
            continue
        old, new = stored.get(field_id, ()), tuple(clean.field_values.get(definition.code, ()))
        if old != new:
            changes.append((row, old, new))
    return changes


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
