"""Handing complaints to crews and taking the crews' results back; each call one transaction."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from fondue_desk.db.database import Database
from fondue_desk.db.models import Assignment, Complaint, JobResult, User
from fondue_desk.domain import history_notes
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.dispatch import (
    Outcome,
    check_assignment,
    check_result,
)
from fondue_desk.domain.errors import (
    Conflict,
    FieldError,
    InvalidInput,
    PermissionDenied,
)
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.statuses import Role, Status
from fondue_desk.domain.text import clean_field

from .access import acting_user
from .attachments import attach, checked_picture
from .complaints import complaint_view
from .crews import office_crew
from .duplicate_follow import refuse_children
from .locking import check_seen, locked_complaint, locked_complaints
from .views import ComplaintView
from .work_orders import WorkOrderSummary, create_work_orders, latest_work_order_id
from .workflow import _seen, move

MAX_INSTRUCTION = 1000
MAX_NOTE = 2000
MAX_BATCH = 500  # complaints in one assignment: a day's plan, not the whole register


@dataclass(frozen=True)
class AssignResult:
    complaints: list[ComplaintView]
    reassigned: tuple[int, ...]       # ids that moved from another crew
    work_orders: list[WorkOrderSummary]


@dataclass(frozen=True)
class ResultInput:
    outcome: str
    reason: str = ""
    notes: str = ""
    minutes_spent: int | None = None
    materials: str = ""
    worked_on: date | None = None
    after_photos: Sequence[tuple[str, bytes]] = ()   # (file name, bytes)


def assign(db: Database, actor_id: int, complaint_ids: Sequence[int], crew_id: int,
           planned_date: date, *, instruction: str = "", reason: str = "",
           work_orders: str | None = None,
           expected_statuses: Mapping[int, str] | None = None) -> AssignResult:
    """Give the complaints to the crew for the planned date; all or nothing.

    `expected_statuses` (complaint id → the status the desk showed): a complaint another desk
    changed since is refused with who and when, before anything is written.

    With work_orders "crew_day" (one order listing the jobs) or "job" (one order each), the
    orders are numbered in the same transaction, so a printed order always matches the register.
    """
    ids = list(dict.fromkeys(complaint_ids))
    if not ids:
        raise InvalidInput([FieldError("complaints", "complaints.none_selected")])
    if len(ids) > MAX_BATCH:
        raise InvalidInput([FieldError("complaints", "complaints.too_many")])
    clean_instruction = clean_field("instruction", instruction, max_length=MAX_INSTRUCTION,
                                    multiline=True)
    clean_reason = clean_field("reason", reason, max_length=MAX_NOTE, multiline=True)
    today = now_thai().date()
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.ASSIGN)
        crew = office_crew(session, actor.office_id, crew_id, active=True)
        targets = locked_complaints(session, actor, ids)
        check_seen(session, targets, expected_statuses)
        refuse_children(session, targets)
        reassigned = []
        for complaint in targets:
            try:
                moving = check_assignment(complaint.status, complaint.crew_id, crew.id,
                                          planned_date, today, clean_reason)
            except Conflict as exc:
                raise Conflict(exc.code, tracking_no=complaint.tracking_no, **exc.params) from None
            previous = complaint.crew
            code, params = _assignment_note(crew.name, planned_date, clean_instruction,
                                            previous.name if moving else "")
            session.add(Assignment(
                complaint_id=complaint.id, crew_id=crew.id,
                previous_crew_id=previous.id if previous else None, planned_date=planned_date,
                instruction=clean_instruction, reason=clean_reason, by_user_id=actor.id,
                at=now_thai()))
            move(session, complaint, Status.ASSIGNED.value, actor.id, clean_reason,
                 note_code=code, note_params=params)
            complaint.crew = crew
            complaint.planned_date = planned_date
            complaint.instruction = clean_instruction
            if moving:
                reassigned.append(complaint.id)
        session.flush()
        orders = (create_work_orders(session, actor, targets, grouping=work_orders)
                  if work_orders else [])
        return AssignResult([complaint_view(c) for c in targets], tuple(reassigned), orders)


def start_work(db: Database, actor_id: int, complaint_id: int, note: str = "", *,
               expected_status: str | None = None) -> ComplaintView:
    """The crew has begun (มอบหมายแล้ว → กำลังดำเนินการ)."""
    clean_note = clean_field("note", note, max_length=MAX_NOTE, multiline=True)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.RECORD_RESULT)
        complaint = locked_complaint(session, actor, complaint_id)
        check_seen(session, [complaint], _seen(complaint_id, expected_status))
        refuse_children(session, [complaint])
        _check_own_crew(actor, complaint)
        if complaint.status != Status.ASSIGNED:
            raise Conflict("status.transition_not_allowed", from_status=complaint.status,
                           to_status=Status.IN_PROGRESS.value)
        move(session, complaint, Status.IN_PROGRESS.value, actor.id, clean_note)
        session.flush()
        return complaint_view(complaint)


def record_result(db: Database, actor_id: int, complaint_id: int, result: ResultInput, *,
                  expected_status: str | None = None) -> ComplaintView:
    """What the crew did. Done → awaiting the executive's sign-off; partly → still in
    progress; could not → back to the office (no crew) to reassign or forward."""
    values = {name: clean_field(name, getattr(result, name), max_length=MAX_NOTE, multiline=True)
              for name in ("reason", "notes", "materials")}
    today = now_thai().date()
    if result.worked_on is not None and result.worked_on > today:
        raise InvalidInput([FieldError("worked_on", "worked_on.future")])
    photos = [checked_picture(name, data, "after") for name, data in result.after_photos]
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.RECORD_RESULT)
        complaint = locked_complaint(session, actor, complaint_id)
        check_seen(session, [complaint], _seen(complaint_id, expected_status))
        refuse_children(session, [complaint])
        _check_own_crew(actor, complaint)
        if complaint.crew_id is None:
            # Started by a plain status change, never given to a crew: nobody to report for.
            raise Conflict("result.not_with_crew", status=complaint.status)
        target = check_result(complaint.status, result.outcome, values["reason"],
                              result.minutes_spent)
        outcome = Outcome(result.outcome)
        session.add(JobResult(
            complaint_id=complaint.id, crew_id=complaint.crew_id,
            work_order_id=latest_work_order_id(session, complaint.id, complaint.crew_id),
            outcome=outcome.value,
            minutes_spent=result.minutes_spent, worked_on=result.worked_on or today,
            recorded_by_id=actor.id, recorded_at=now_thai(), **values))
        for photo in photos:
            attach(session, actor, complaint.id, photo)
        move(session, complaint, target.value, actor.id, values["notes"],
             note_code=history_notes.RESULT_RECORDED,
             note_params=history_notes.encode(history_notes.RESULT_RECORDED,
                                              outcome=outcome.value, reason=values["reason"]))
        if target is Status.RECEIVED:
            complaint.crew_id = None
            complaint.planned_date = None
        session.flush()
        return complaint_view(complaint)


def _check_own_crew(actor: User, complaint: Complaint) -> None:
    # A crew leader reports for the crew they lead; the office staff for any crew.
    if actor.role == Role.CREW_LEADER and (
            complaint.crew is None or complaint.crew.leader_user_id != actor.id):
        raise PermissionDenied("result.not_your_crew", tracking_no=complaint.tracking_no)



def _assignment_note(crew: str, planned: date, instruction: str, previous: str
                     ) -> tuple[str, str]:
    """(note_code, note_params): the history says who got the job and when, in the reader's
    language when shown; the typed reason for a move is the event's own `note`."""
    if previous:
        return history_notes.REASSIGNED, history_notes.encode(
            history_notes.REASSIGNED, previous_crew=previous, crew=crew, planned_date=planned,
            instruction=instruction)
    return history_notes.ASSIGNED, history_notes.encode(
        history_notes.ASSIGNED, crew=crew, planned_date=planned, instruction=instruction)
