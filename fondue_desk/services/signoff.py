"""The executive's sign-off: approve finished work (closing it and writing the citizen's letter)
or return it to the crew. Each decision is recorded with who, when and why."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, JobResult, Office, OutgoingLetter, SignOff, User
from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain import history_notes
from fondue_desk.domain.calendar import be_year, now_thai, to_thai
from fondue_desk.domain.dispatch import OUTCOME_LABELS_TH, Outcome
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput
from fondue_desk.domain.labels import village_label
from fondue_desk.domain.letters import LETTER_REGISTER, document_no
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.result_summary import checked_summary, suggested_summary
from fondue_desk.domain.statuses import Status
from fondue_desk.domain.text import clean_field
from fondue_desk.domain.workflow import check_transition

from .access import acting_user
from .complaints import complaint_view
from .document_templates import PrintProblem
from .duplicate_follow import refuse_children
from .letter_words import letter_texts
from .locking import check_seen, locked_complaints
from .numbering import allocate
from .views import ComplaintView
from .workflow import move

APPROVED, RETURNED = "approved", "returned"
MAX_NOTE = 1000
MAX_BATCH = 500


@dataclass(frozen=True)
class LetterSummary:
    id: int
    document_no: str
    complaint_id: int | None
    tracking_no: str
    recipient: str
    letter_date: date


@dataclass(frozen=True)
class Decision:
    complaints: list[ComplaintView]
    letters: list[LetterSummary]   # approvals of named complainants only: nobody to write to else
    # Letter templates that could not be used: those letters took the standard words (the
    # Templates page keeps the details; the desk that approved says so at once).
    template_problems: list[PrintProblem] = field(default_factory=list)


def approve(db: Database, actor_id: int, complaint_ids: Sequence[int], note: str = "",
            summaries: Mapping[int, str] | None = None, *,
            expected_statuses: Mapping[int, str] | None = None) -> Decision:
    """Close the work and number a letter for each, all in one transaction.

    `summaries` (complaint id → text) are the result summaries the office edited for the
    letters; a complaint without one gets the summary suggested from its crew's notes. An
    invalid summary refuses the whole batch (InvalidInput on "summary", naming tracking_no).
    """
    clean_note = clean_field("note", note, max_length=MAX_NOTE, multiline=True)
    ids = _ids(complaint_ids)
    edited = dict(summaries or {})
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.SIGN_OFF)
        office = session.get(Office, actor.office_id)
        targets = _awaiting(session, actor, ids, Status.CLOSED, expected_statuses)
        # Under the parents' locks their duplicates cannot change; move() locks them.
        followers = {c.id: _duplicates_of(session, c) for c in targets}
        worded = {c.id: _summary(session, c, edited.get(c.id)) for c in targets
                  if any(map(_gets_letter, (c, *followers[c.id])))}
        letters, problems = [], []
        for complaint in targets:
            _decide(session, actor, complaint, APPROVED, Status.CLOSED, clean_note,
                    history_notes.SIGNOFF_APPROVED)
            if _gets_letter(complaint):
                letters.append(_write_letter(session, actor, office, complaint,
                                             worded[complaint.id], problems))
            # Every named complainant of a duplicate is told the outcome of the parent's work
            # in a letter of their own, answering their own receipt (DESIGN "Duplicates").
            for child in followers[complaint.id]:
                if _gets_letter(child):
                    letters.append(_write_letter(session, actor, office, child,
                                                 worded[complaint.id], problems,
                                                 work=complaint))
        session.flush()
        return Decision([complaint_view(c) for c in targets], letters, problems)


def return_to_crew(db: Database, actor_id: int, complaint_ids: Sequence[int], reason: str, *,
                   expected_statuses: Mapping[int, str] | None = None) -> Decision:
    """Not done yet (a "fake fix" is caught here): back to the crew, with the reason."""
    clean_reason = clean_field("reason", reason, max_length=MAX_NOTE, multiline=True)
    if not clean_reason:
        raise InvalidInput([FieldError("reason", "reason.required_for_return")])
    ids = _ids(complaint_ids)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.SIGN_OFF)
        targets = _awaiting(session, actor, ids, Status.IN_PROGRESS, expected_statuses)
        for complaint in targets:
            _decide(session, actor, complaint, RETURNED, Status.IN_PROGRESS, clean_reason,
                    history_notes.SIGNOFF_RETURNED)
        session.flush()
        return Decision([complaint_view(c) for c in targets], [])


def _awaiting(session: Session, actor: User, ids: list[int], target: Status,
              seen: Mapping[int, str] | None) -> list[Complaint]:
    # Locked before the status is read: of two desks deciding at once, the second waits and
    # then finds the work already decided.
    targets = locked_complaints(session, actor, ids)
    check_seen(session, targets, seen)
    # A duplicate is signed off with its parent (and gets its letter then).
    refuse_children(session, targets)
    for complaint in targets:
        if complaint.status != Status.AWAITING_SIGNOFF:
            raise Conflict("signoff.not_awaiting", tracking_no=complaint.tracking_no,
                           status=complaint.status)
        check_transition(complaint.status, target.value, "-")
    return targets


def _decide(session: Session, actor: User, complaint: Complaint, decision: str, target: Status,
            note: str, history_code: str) -> None:
    """The decision keeps the executive's own words; the history says what happened (a code,
    domain.history_notes) with the same words as its note."""
    session.add(SignOff(complaint_id=complaint.id, decision=decision, by_user_id=actor.id,
                        at=now_thai(), note=note))
    move(session, complaint, target.value, actor.id, note, note_code=history_code)


def _duplicates_of(session: Session, parent: Complaint) -> list[Complaint]:
    return list(session.scalars(select(Complaint).where(Complaint.parent_id == parent.id)
                                .order_by(Complaint.id)).all())


def _gets_letter(complaint: Complaint) -> bool:
    return not complaint.anonymous and bool(complaint.complainant_name.strip())


def _latest_result(session: Session, complaint: Complaint) -> JobResult | None:
    return session.scalars(select(JobResult).where(JobResult.complaint_id == complaint.id)
                           .order_by(JobResult.recorded_at.desc(), JobResult.id.desc())
                           .limit(1)).first()


def _summary(session: Session, complaint: Complaint, edited: str | None) -> str:
    """The edited words, checked; else the suggestion from the crew's latest notes."""
    if edited is not None:
        return checked_summary(edited, tracking_no=complaint.tracking_no)
    result = _latest_result(session, complaint)
    return suggested_summary(result.notes if result else "", OUTCOME_LABELS_TH[Outcome.DONE])


def _write_letter(session: Session, actor: User, office: Office, complaint: Complaint,
                  summary: str, problems: list[PrintProblem], *,
                  work: Complaint | None = None) -> LetterSummary:
    """`work`: the complaint whose crew and result the letter reports (a duplicate's parent);
    the complaint's own receipt, place and complainant are the letter's."""
    today = now_thai().date()
    year = be_year(today.year)  # the outgoing register runs by calendar year
    seq = allocate(session, office_id=office.id, register=LETTER_REGISTER, year=year)
    received = to_thai(complaint.received_at).date()
    subject, body = _words(session, office, complaint, summary, problems, work=work)
    letter = OutgoingLetter(
        office_id=office.id, year=year, seq=seq,
        document_no=document_no(office.document_code, seq), complaint_id=complaint.id,
        letter_date=today, recipient=complaint.complainant_name, subject=subject,
        reference=f"ใบรับเรื่องร้องเรียนเลขที่ {complaint.tracking_no} "
                  f"ลงวันที่ {thai_date(received)}",
        body=body, result_summary=summary,
        signatory_name=office.signatory_name or actor.full_name,
        signatory_position=office.signatory_position or actor.position,
        created_by_id=actor.id, created_at=now_thai())
    session.add(letter)
    session.flush()
    return LetterSummary(letter.id, letter.document_no, complaint.id, complaint.tracking_no,
                         letter.recipient, letter.letter_date)


def _words(session: Session, office: Office, complaint: Complaint, summary: str,
           problems: list[PrintProblem] | None = None, *,
           work: Complaint | None = None) -> tuple[str, str]:
    work = work or complaint
    result = _latest_result(session, work)
    village = complaint.village
    place = " ".join(p for p in (complaint.location_text,
                                 village_label(village.number, village.name) if village else "")
                     if p) or "ที่ท่านแจ้ง"
    done_on: date | datetime = (result.worked_on if result and result.worked_on
                                else now_thai().date())
    return letter_texts(session, complaint, {
        "name": complaint.complainant_name, "tracking_no": complaint.tracking_no,
        "received_date": thai_date(complaint.received_at),
        "category": complaint.category.name_th, "location": place,
        "description": complaint.description,
        "crew": work.crew.name if work.crew else "เจ้าหน้าที่",
        "result": summary, "completed_date": thai_date(done_on), "office": office.name,
        "office_phone": office.phone}, problems=problems)


def _ids(complaint_ids: Sequence[int]) -> list[int]:
    ids = list(dict.fromkeys(complaint_ids))
    if not ids:
        raise InvalidInput([FieldError("complaints", "complaints.none_selected")])
    if len(ids) > MAX_BATCH:
        raise InvalidInput([FieldError("complaints", "complaints.too_many")])
    return ids

