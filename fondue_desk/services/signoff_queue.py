"""What the executive reviews: finished work awaiting sign-off, with the evidence beside it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Attachment,
    Category,
    Complaint,
    Crew,
    JobResult,
    SignOff,
    User,
    Village,
)
from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.domain.labels import village_label
from fondue_desk.domain.statuses import Status

from .access import check_office

BEFORE_KINDS = ("photo", "before")


@dataclass(frozen=True)
class Evidence:
    attachment_id: int
    kind: str              # "before" (the citizen's or intake photos) or "after"
    thumbnail_png: bytes


@dataclass(frozen=True)
class SignOffItem:
    id: int
    tracking_no: str
    received_at: datetime
    category_name: str
    village_label: str
    location_text: str
    description: str
    complainant_name: str      # "" when anonymous: no letter will be written
    crew_name: str
    result_notes: str
    materials: str
    minutes_spent: int | None
    worked_on: date | None
    reported_at: datetime | None
    days_taken: int            # from receipt to the crew's report, calendar days
    returned_before: int       # how often the executive already sent it back
    photos: list[Evidence]
    # For the UI's language (ui.labels): "" = no English name; the village apart.
    category_name_en: str = ""
    village_number: int | None = None
    village_name: str = ""
    village_name_en: str = ""


@dataclass(frozen=True)
class DecisionView:
    at: datetime
    decision: str
    by_name: str
    note: str


def signoff_queue(db: Database, office_id: int) -> list[SignOffItem]:
    """Oldest report first: the work that has waited longest for a signature."""
    with db.read() as session:
        rows = session.execute(
            select(Complaint, Category.name_th, Village.number, Village.name, Crew.name,
                   Category.name_en, Village.name_en)
            .join(Category, Category.id == Complaint.category_id)
            .outerjoin(Village, Village.id == Complaint.village_id)
            .outerjoin(Crew, Crew.id == Complaint.crew_id)
            .where(Complaint.office_id == office_id,
                   Complaint.status == Status.AWAITING_SIGNOFF.value,
                   # A duplicate is signed off with its parent, never alone.
                   Complaint.parent_id.is_(None))).all()
        ids = [r[0].id for r in rows]
        results: dict[int, JobResult] = {}
        for result in session.scalars(select(JobResult).where(JobResult.complaint_id.in_(ids))
                                      .order_by(JobResult.recorded_at, JobResult.id)):
            results[result.complaint_id] = result  # the newest wins
        photos: dict[int, list[Evidence]] = {}
        for aid, cid, kind, thumb in session.execute(
                select(Attachment.id, Attachment.complaint_id, Attachment.kind,
                       Attachment.thumbnail).where(Attachment.complaint_id.in_(ids))
                .order_by(Attachment.added_at, Attachment.id)):
            photos.setdefault(cid, []).append(
                Evidence(aid, "after" if kind == "after" else "before", thumb))
        returned: dict[int, int] = {}
        for cid in session.scalars(select(SignOff.complaint_id).where(
                SignOff.complaint_id.in_(ids), SignOff.decision == "returned")):
            returned[cid] = returned.get(cid, 0) + 1
        items = []
        for complaint, category, village_no, village, crew, category_en, village_en in rows:
            result = results.get(complaint.id)
            received = to_thai(complaint.received_at)
            reported = to_thai(result.recorded_at) if result else None
            items.append(SignOffItem(
                id=complaint.id, tracking_no=complaint.tracking_no, received_at=received,
                category_name=category,
                village_label=village_label(village_no, village or ""),
                location_text=complaint.location_text, description=complaint.description,
                complainant_name="" if complaint.anonymous else complaint.complainant_name,
                crew_name=crew or "", result_notes=result.notes if result else "",
                materials=result.materials if result else "",
                minutes_spent=result.minutes_spent if result else None,
                worked_on=result.worked_on if result else None, reported_at=reported,
                days_taken=((reported or now_thai()).date() - received.date()).days,
                returned_before=returned.get(complaint.id, 0),
                photos=photos.get(complaint.id, []), category_name_en=category_en or "",
                village_number=village_no, village_name=village or "",
                village_name_en=village_en or ""))
    return sorted(items, key=lambda i: (i.reported_at or i.received_at, i.id))


def decisions(db: Database, complaint_id: int, *, office_id: int | None = None
              ) -> list[DecisionView]:
    with db.read() as session:
        check_office(session, complaint_id, office_id)
        rows = session.execute(
            select(SignOff.at, SignOff.decision, User.full_name, SignOff.note)
            .join(User, User.id == SignOff.by_user_id)
            .where(SignOff.complaint_id == complaint_id).order_by(SignOff.at, SignOff.id)).all()
    return [DecisionView(to_thai(at), decision, name, note) for at, decision, name, note in rows]
