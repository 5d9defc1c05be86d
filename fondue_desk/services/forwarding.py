"""ส่งต่อ: an office hands a complaint to another office on the same server, or to an agency
outside it with a numbered forwarding letter.

The receiving office gets its own received complaint, with its own tracking number, due date
and history, linked to the sender's by a `forwarding` row; the sender's complaint becomes
"forwarded" and stays in its register (its number was given to the citizen, so it must go on
finding the complaint and say where it went). Both sides' histories carry the move.

Of two desks forwarding one complaint at once exactly one wins: the status is moved by one
conditional UPDATE (…WHERE status = the status read), which on PostgreSQL waits for the other
transaction's row lock and then matches nothing, and on SQLite runs under BEGIN IMMEDIATE.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, aliased

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Category,
    Complaint,
    Forwarding,
    Office,
    OutgoingLetter,
    StatusEvent,
    User,
)
from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain.calendar import add_days, be_year, fiscal_year_be, now_thai, to_thai
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput
from fondue_desk.domain.forwarding_letter import MAX_AGENCY, forwarding_body
from fondue_desk.domain.forwarding_letter import SUBJECT as FORWARD_SUBJECT
from fondue_desk.domain.history_notes import (
    FORWARDED_FROM_OFFICE,
    FORWARDED_TO_AGENCY,
    FORWARDED_TO_OFFICE,
    encode,
)
from fondue_desk.domain.labels import village_label
from fondue_desk.domain.letters import LETTER_REGISTER, document_no
from fondue_desk.domain.numbering import format_number
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.phone import format_phone
from fondue_desk.domain.statuses import Status
from fondue_desk.domain.text import clean_field
from fondue_desk.domain.workflow import check_transition

from . import numbering, traffy_outbox
from .access import acting_user, check_office, office_complaint
from .duplicate_follow import refuse_children
from .workflow import follow

MAX_REASON = 1000
# Columns the receiving office's complaint copies: what the citizen said and where. Village,
# category and crew are the sender's own lists, so the receiver's are chosen there.
_COPIED = ("channel", "anonymous", "complainant_name", "phone", "national_id", "address_line",
           "tambon", "amphoe", "province", "postal_code", "location_text", "lat", "lon",
           "description")


@dataclass(frozen=True)
class OfficeChoice:
    id: int
    name: str


@dataclass(frozen=True)
class ForwardView:
    """One forwarding, seen from either side."""

    id: int
    at: datetime                  # Thai time
    by_name: str
    reason: str
    from_office_name: str
    from_tracking_no: str
    from_complaint_id: int
    to_office_id: int | None
    to_name: str                  # the receiving office's name
    to_tracking_no: str           # "" for an agency outside the server
    to_complaint_id: int | None
    letter_id: int | None = None  # the forwarding letter to an outside agency
    letter_document_no: str = ""


def destinations(db: Database, office_id: int) -> list[OfficeChoice]:
    """The other offices on this server, by name: where a complaint may be forwarded."""
    with db.read() as session:
        rows = session.execute(select(Office.id, Office.name).where(Office.id != office_id)
                               .order_by(Office.name, Office.id)).all()
    return [OfficeChoice(i, name) for i, name in rows]


def forward_to_office(db: Database, actor_id: int, complaint_id: int, to_office_id: int,
                      reason: str, *, now: datetime | None = None) -> ForwardView:
    """Forward one complaint of the actor's office to another office on this server.

    Needs CHANGE_STATUS (the counter's right) and a reason; the complaint must be received or
    assigned. Raises InvalidInput (to_office_id: forward.same_office / forward.office_unknown,
    note: note.required), NotFound, PermissionDenied, or Conflict
    ("status.transition_not_allowed") when it was moved meanwhile, e.g. by another desk's
    forward. The receiving complaint gets the receiver's category of the same code, else its
    first active one, which its clerk may correct.
    """
    clean_reason = clean_field("note", reason, max_length=MAX_REASON, multiline=True)
    moment = to_thai(now) if now is not None else now_thai()
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.CHANGE_STATUS)
        source = office_complaint(session, actor, complaint_id)
        if to_office_id == actor.office_id:
            raise InvalidInput([FieldError("to_office_id", "forward.same_office")])
        target_office = session.get(Office, to_office_id)
        category = _receiving_category(session, to_office_id, source.category.code)
        if target_office is None or category is None:
            raise InvalidInput([FieldError("to_office_id", "forward.office_unknown")])
        refuse_children(session, [source])
        seen = source.status
        check_transition(seen, Status.FORWARDED, clean_reason)
        _claim(session, source, seen)
        follow(session, source, Status.FORWARDED.value, actor.id)
        sender = session.get(Office, actor.office_id)
        # The history's words are codes (domain.history_notes); `note` keeps the typed reason.
        received = _receive(session, source, target_office, category, actor, moment,
                            clean_reason, encode(FORWARDED_FROM_OFFICE, office=sender.name,
                                                 tracking_no=source.tracking_no))
        session.add(StatusEvent(
            complaint_id=source.id, from_status=seen, to_status=Status.FORWARDED.value,
            by_user_id=actor.id, at=moment, note=clean_reason, note_code=FORWARDED_TO_OFFICE,
            note_params=encode(FORWARDED_TO_OFFICE, office=target_office.name,
                               tracking_no=received.tracking_no)))
        row = Forwarding(from_complaint_id=source.id, to_office_id=target_office.id,
                         to_complaint_id=received.id, agency="", reason=clean_reason,
                         by_user_id=actor.id, at=moment)
        session.add(row)
        traffy_outbox.enqueue_for_change(session, source, Status.FORWARDED.value,
                                         note=clean_reason, destination=target_office.name,
                                         now=moment)
        session.flush()
        return ForwardView(row.id, moment, actor.full_name, clean_reason, sender.name,
                           source.tracking_no, source.id, target_office.id, target_office.name,
                           received.tracking_no, received.id)


def forward_to_agency(db: Database, actor_id: int, complaint_id: int, agency: str,
                      reason: str, *, now: datetime | None = None) -> ForwardView:
    """Forward one complaint to an agency that is not on this server: a forwarding letter
    (หนังสือส่งต่อ) numbered in the office's outgoing register, kept as sent, printed with
    letters.letters_pdf(db, office_id, [view.letter_id]).

    `agency` is the letter's เรียน line (e.g. "ผู้จัดการการไฟฟ้าส่วนภูมิภาคอำเภอสารภี"); `reason`
    why it is theirs. Same rights, states and race rule as forward_to_office; InvalidInput
    agency: forward.agency_required.
    """
    clean_reason = clean_field("note", reason, max_length=MAX_REASON, multiline=True)
    clean_agency = clean_field("agency", agency, max_length=MAX_AGENCY)
    if not clean_agency:
        raise InvalidInput([FieldError("agency", "forward.agency_required")])
    moment = to_thai(now) if now is not None else now_thai()
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.CHANGE_STATUS)
        source = office_complaint(session, actor, complaint_id)
        refuse_children(session, [source])
        seen = source.status
        check_transition(seen, Status.FORWARDED, clean_reason)
        _claim(session, source, seen)
        follow(session, source, Status.FORWARDED.value, actor.id)
        office = session.get(Office, actor.office_id)
        letter = _write_letter(session, actor, office, source, clean_agency, clean_reason,
                               moment)
        session.add(StatusEvent(
            complaint_id=source.id, from_status=seen, to_status=Status.FORWARDED.value,
            by_user_id=actor.id, at=moment, note=clean_reason, note_code=FORWARDED_TO_AGENCY,
            note_params=encode(FORWARDED_TO_AGENCY, agency=clean_agency,
                               document_no=letter.document_no)))
        row = Forwarding(from_complaint_id=source.id, to_office_id=None, to_complaint_id=None,
                         agency=clean_agency, letter_id=letter.id, reason=clean_reason,
                         by_user_id=actor.id, at=moment)
        session.add(row)
        traffy_outbox.enqueue_for_change(session, source, Status.FORWARDED.value,
                                         note=clean_reason, destination=clean_agency,
                                         now=moment)
        session.flush()
        return ForwardView(row.id, moment, actor.full_name, clean_reason, office.name,
                           source.tracking_no, source.id, None, clean_agency, "", None,
                           letter.id, letter.document_no)


def forwardings(db: Database, complaint_id: int, *, office_id: int | None = None
                ) -> list[ForwardView]:
    """Every forwarding to or from this complaint, oldest first (the detail pane's links)."""
    with db.read() as session:
        check_office(session, complaint_id, office_id)
        return _views(session, or_(Forwarding.from_complaint_id == complaint_id,
                                   Forwarding.to_complaint_id == complaint_id))


def trace(db: Database, office_id: int, tracking_no: str) -> list[ForwardView]:
    """Where the office's complaint with this number went (the citizen's number still finds
    it): its forwardings, oldest first; [] when it was never forwarded or is not the office's."""
    with db.read() as session:
        complaint_id = session.scalar(select(Complaint.id).where(
            Complaint.office_id == office_id, Complaint.tracking_no == tracking_no.strip()))
        if complaint_id is None:
            return []
        return _views(session, Forwarding.from_complaint_id == complaint_id)


def _claim(session: Session, source: Complaint, seen: str) -> None:
    moved = session.execute(
        update(Complaint).where(Complaint.id == source.id, Complaint.status == seen)
        .values(status=Status.FORWARDED.value, crew_id=None, planned_date=None)
        .execution_options(synchronize_session=False))
    if moved.rowcount != 1:
        session.expire(source)
        raise Conflict("status.transition_not_allowed", from_status=source.status,
                       to_status=Status.FORWARDED.value)
    session.expire(source, ["status", "crew_id", "planned_date"])


def _write_letter(session: Session, actor: User, office: Office, source: Complaint,
                  agency: str, reason: str, moment: datetime) -> OutgoingLetter:
    day = moment.date()
    year = be_year(day.year)  # the outgoing register runs by calendar year, as for closures
    seq = numbering.allocate(session, office_id=office.id, register=LETTER_REGISTER, year=year)
    received = thai_date(to_thai(source.received_at).date())
    village = source.village
    location = " ".join(p for p in (source.location_text, village_label(
        village.number, village.name) if village else "") if p)
    named = not source.anonymous and source.complainant_name.strip()
    letter = OutgoingLetter(
        office_id=office.id, year=year, seq=seq, document_no=document_no(office.document_code,
                                                                         seq),
        complaint_id=source.id, letter_date=day, recipient=agency, subject=FORWARD_SUBJECT,
        reference=f"ใบรับเรื่องร้องเรียนเลขที่ {source.tracking_no} ลงวันที่ {received}",
        body=forwarding_body(
            office=office.name, name=source.complainant_name if named else "",
            received_date=received, tracking_no=source.tracking_no,
            category=source.category.name_th, description=source.description,
            location=location, reason=reason,
            phone=format_phone(source.phone) or source.phone if named else ""),
        signatory_name=office.signatory_name or actor.full_name,
        signatory_position=office.signatory_position or actor.position,
        created_by_id=actor.id, created_at=moment)
    session.add(letter)
    session.flush()
    return letter


def _receiving_category(session: Session, office_id: int, code: str) -> Category | None:
    active = select(Category).where(Category.office_id == office_id, Category.active)
    return (session.scalars(active.where(Category.code == code)).first()
            or session.scalars(active.order_by(Category.sort_order, Category.id)).first())


def _receive(session: Session, source: Complaint, office: Office, category: Category,
             actor: User, moment: datetime, note: str, note_params: str) -> Complaint:
    year = fiscal_year_be(moment)
    received = Complaint(
        office_id=office.id, fiscal_year=year, received_at=moment,
        status=Status.RECEIVED.value, category_id=category.id,
        due_date=add_days(moment.date(), category.sla_days), clerk_id=actor.id,
        **{name: getattr(source, name) for name in _COPIED})
    received.events.append(StatusEvent(from_status=None, to_status=Status.RECEIVED.value,
                                       by_user_id=actor.id, at=moment, note=note,
                                       note_code=FORWARDED_FROM_OFFICE,
                                       note_params=note_params))
    received.seq = numbering.allocate(session, office_id=office.id,
                                      register=numbering.COMPLAINT_REGISTER, year=year)
    received.tracking_no = format_number(office.tracking_format, year=year, seq=received.seq)
    session.add(received)
    session.flush()
    return received


def _views(session: Session, where) -> list[ForwardView]:
    sent, got = aliased(Complaint), aliased(Complaint)
    sender, receiver = aliased(Office), aliased(Office)
    rows = session.execute(
        select(Forwarding, User.full_name, sender.name, sent.tracking_no, receiver.name,
               got.tracking_no, OutgoingLetter.document_no)
        .join(User, User.id == Forwarding.by_user_id)
        .outerjoin(OutgoingLetter, OutgoingLetter.id == Forwarding.letter_id)
        .join(sent, sent.id == Forwarding.from_complaint_id)
        .join(sender, sender.id == sent.office_id)
        .outerjoin(receiver, receiver.id == Forwarding.to_office_id)
        .outerjoin(got, got.id == Forwarding.to_complaint_id)
        .where(where).order_by(Forwarding.at, Forwarding.id)).all()
    return [ForwardView(f.id, to_thai(f.at), by, f.reason, from_office, from_no,
                        f.from_complaint_id, f.to_office_id, to_office or f.agency,
                        to_no or "", f.to_complaint_id, f.letter_id, letter_no or "")
            for f, by, from_office, from_no, to_office, to_no, letter_no in rows]
