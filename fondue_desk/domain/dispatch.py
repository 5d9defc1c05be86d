"""Rules for handing work to crews and taking their results back."""
from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from .errors import Conflict, FieldError, InvalidInput
from .statuses import Status

MAX_PLAN_AHEAD = timedelta(days=366)
MAX_MINUTES = 7 * 24 * 60  # one result covers at most a week of work


class Outcome(StrEnum):
    DONE = "done"            # ดำเนินการแล้วเสร็จ
    PARTLY = "partly"        # ดำเนินการบางส่วน
    NOT_DONE = "not_done"    # ดำเนินการไม่ได้


OUTCOME_LABELS_TH = {
    Outcome.DONE: "ดำเนินการแล้วเสร็จ",
    Outcome.PARTLY: "ดำเนินการบางส่วน",
    Outcome.NOT_DONE: "ดำเนินการไม่ได้",
}

# Done work waits for the executive; partly done stays with the crew; work the crew could not
# do goes back to the office, which reassigns or forwards it.
OUTCOME_STATUS: dict[Outcome, Status] = {
    Outcome.DONE: Status.AWAITING_SIGNOFF,
    Outcome.PARTLY: Status.IN_PROGRESS,
    Outcome.NOT_DONE: Status.RECEIVED,
}
ASSIGNABLE = frozenset({Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS})
WITH_CREW = frozenset({Status.ASSIGNED, Status.IN_PROGRESS})


def check_assignment(status: str, current_crew_id: int | None, crew_id: int, planned: date,
                     today: date, reason: str) -> bool:
    """Whether this is a reassignment (the work leaves another crew); raises when refused.

    Conflict "assign.not_assignable" for finished, forwarded or rejected work; InvalidInput for
    a planned date in the past or over a year ahead, and for a reassignment without a reason.
    """
    if Status(status) not in ASSIGNABLE:
        raise Conflict("assign.not_assignable", status=status)
    errors = []
    if planned < today:
        errors.append(FieldError("planned_date", "planned_date.past"))
    elif planned > today + MAX_PLAN_AHEAD:
        errors.append(FieldError("planned_date", "planned_date.too_far"))
    reassigning = (Status(status) in WITH_CREW and current_crew_id is not None
                   and current_crew_id != crew_id)
    if reassigning and not reason.strip():
        errors.append(FieldError("reason", "reason.required_for_reassign"))
    if errors:
        raise InvalidInput(errors)
    return reassigning


def check_result(status: str, outcome: str, reason: str, minutes: int | None) -> Status:
    """The status the result moves the complaint to; raises when the result is refused."""
    if Status(status) not in WITH_CREW:
        raise Conflict("result.not_with_crew", status=status)
    try:
        chosen = Outcome(outcome)
    except ValueError:
        raise InvalidInput([FieldError("outcome", "outcome.required")]) from None
    errors = []
    if chosen is not Outcome.DONE and not reason.strip():
        # "Partly" and "could not" are what the office must act on: it needs the why.
        errors.append(FieldError("reason", "reason.required_for_outcome"))
    if minutes is not None and not 0 <= minutes <= MAX_MINUTES:
        errors.append(FieldError("minutes_spent", "minutes.out_of_range"))
    if errors:
        raise InvalidInput(errors)
    return OUTCOME_STATUS[chosen]
