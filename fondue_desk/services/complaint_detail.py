"""Everything the detail pane shows about one complaint, read in one go."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    CategoryField,
    Complaint,
    ComplaintEdit,
    ComplaintFieldValue,
    StatusEvent,
    User,
)
from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.field_answers import FIELD_PREFIX
from fondue_desk.domain.history_notes import decode

from . import complaints, duplicates
from .access import check_office
from .attachments import AttachmentView, list_attachments
from .category_fields import definition_of
from .duplicates import DuplicateLink
from .views import ComplaintView


@dataclass(frozen=True)
class HistoryEntry:
    """A status change (kind "status") or a corrected field (kind "edit")."""

    at: datetime
    by_name: str
    kind: str
    from_status: str | None = None
    to_status: str | None = None
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    note: str = ""               # what a person typed
    note_code: str = ""          # what the desk itself said (domain.history_notes), if anything
    note_params: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False)
    # An answer to a category's own field (field "field:<code>"): the field's label.
    field_label: str = ""
    field_label_en: str = ""


@dataclass(frozen=True)
class ComplaintDetail:
    complaint: ComplaintView
    history: list[HistoryEntry]
    attachments: list[AttachmentView]
    # Duplicates (services.duplicates): the complaint this one repeats, or those repeating it.
    parent: DuplicateLink | None = None
    children: tuple[DuplicateLink, ...] = ()


def complaint_detail(db: Database, complaint_id: int, *, office_id: int | None = None
                     ) -> ComplaintDetail:
    view = complaints.get(db, complaint_id, office_id=office_id)
    parent, children = duplicates.links(db, complaint_id)
    return ComplaintDetail(view, history(db, complaint_id), list_attachments(db, complaint_id),
                           parent=parent, children=children)


def history(db: Database, complaint_id: int, *, office_id: int | None = None
            ) -> list[HistoryEntry]:
    """Oldest first; status events and edits interleaved by time."""
    with db.read() as session:
        check_office(session, complaint_id, office_id)
        events = session.execute(
            select(StatusEvent.at, User.full_name, StatusEvent.from_status,
                   StatusEvent.to_status, StatusEvent.note, StatusEvent.id,
                   StatusEvent.note_code, StatusEvent.note_params)
            .join(User, User.id == StatusEvent.by_user_id)
            .where(StatusEvent.complaint_id == complaint_id)
        ).all()
        edits = session.execute(
            select(ComplaintEdit.at, User.full_name, ComplaintEdit.field,
                   ComplaintEdit.old_value, ComplaintEdit.new_value, ComplaintEdit.note,
                   ComplaintEdit.id, ComplaintEdit.note_code, ComplaintEdit.note_params)
            .join(User, User.id == ComplaintEdit.by_user_id)
            .where(ComplaintEdit.complaint_id == complaint_id)
        ).all()
        labels = (_field_labels(session, complaint_id)
                  if any(e.field.startswith(FIELD_PREFIX) for e in edits) else {})
    entries = [((e.at, 0, e.id), HistoryEntry(to_thai(e.at), e.full_name, "status",
                                              from_status=e.from_status, to_status=e.to_status,
                                              note=e.note, note_code=e.note_code,
                                              note_params=decode(e.note_params)))
                for e in events]
    entries += [((e.at, 1, e.id), HistoryEntry(to_thai(e.at), e.full_name, "edit",
                                               field=e.field, old_value=e.old_value,
                                               new_value=e.new_value, note=e.note,
                                               note_code=e.note_code,
                                               note_params=decode(e.note_params),
                                               field_label=labels.get(e.field, ("", ""))[0],
                                               field_label_en=labels.get(e.field, ("", ""))[1]))
                for e in edits]
    return [entry for _key, entry in sorted(entries, key=lambda pair: pair[0])]


def _field_labels(session: Session, complaint_id: int) -> dict[str, tuple[str, str]]:
    """"field:<code>" → (Thai, English) label: the complaint's category's fields first, then
    those of other categories it still holds answers to (from before a change of category)."""
    category_id = session.scalar(select(Complaint.category_id)
                                 .where(Complaint.id == complaint_id))
    answered = select(ComplaintFieldValue.field_id).where(
        ComplaintFieldValue.complaint_id == complaint_id)
    rows = session.scalars(select(CategoryField).where(or_(
        CategoryField.category_id == category_id, CategoryField.id.in_(answered))))
    labels: dict[str, tuple[str, str]] = {}
    for row in sorted(rows, key=lambda r: r.category_id != category_id):
        definition = definition_of(row)
        labels.setdefault(FIELD_PREFIX + row.code, (definition.label, definition.label_en))
    return labels
