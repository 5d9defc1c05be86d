"""Which status may follow which, and when a note is owed. The one place this is decided."""
from __future__ import annotations

from .errors import Conflict, FieldError, InvalidInput
from .permissions import Action
from .statuses import Status

S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.RECEIVED: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.FORWARDED, S.REJECTED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.RECEIVED, S.FORWARDED, S.AWAITING_SIGNOFF}),
    S.IN_PROGRESS: frozenset({S.AWAITING_SIGNOFF, S.ASSIGNED, S.RECEIVED}),
    S.AWAITING_SIGNOFF: frozenset({S.CLOSED, S.IN_PROGRESS}),
    S.CLOSED: frozenset({S.IN_PROGRESS}),          # reopened: counted
    S.FORWARDED: frozenset({S.RECEIVED}),          # the other agency sent it back
    S.REJECTED: frozenset({S.RECEIVED}),           # reconsidered
}
# Moves a citizen or the mayor will ask "why?" about must say why.
NOTE_REQUIRED: frozenset[tuple[Status, Status]] = frozenset({
    (S.RECEIVED, S.REJECTED), (S.RECEIVED, S.FORWARDED), (S.ASSIGNED, S.FORWARDED),
    (S.AWAITING_SIGNOFF, S.IN_PROGRESS), (S.CLOSED, S.IN_PROGRESS), (S.ASSIGNED, S.RECEIVED),
    (S.FORWARDED, S.RECEIVED), (S.REJECTED, S.RECEIVED), (S.IN_PROGRESS, S.RECEIVED),
})
# Moves that carry more than a status and so have their own action: assigning needs a crew and a
# date, "done" needs the crew's result, and only the executive signs work off (or returns it).
DEDICATED: dict[tuple[Status, Status], Action] = {
    **{(source, S.ASSIGNED): Action.ASSIGN for source in (S.RECEIVED, S.IN_PROGRESS)},
    **{(source, S.AWAITING_SIGNOFF): Action.RECORD_RESULT
       for source in (S.ASSIGNED, S.IN_PROGRESS)},
    (S.AWAITING_SIGNOFF, S.CLOSED): Action.SIGN_OFF,
    (S.AWAITING_SIGNOFF, S.IN_PROGRESS): Action.SIGN_OFF,
}


def allowed_next(status: str) -> list[Status]:
    return sorted(TRANSITIONS.get(Status(status), frozenset()), key=list(Status).index)


def general_next(status: str) -> list[Status]:
    """The moves the plain "change status" action may make: all but the dedicated ones."""
    source = Status(status)
    return [target for target in allowed_next(source) if (source, target) not in DEDICATED]


def status_action(from_status: str, to_status: str) -> Action:
    """The permission a general status move needs: reopening is its own right."""
    return Action.REOPEN if is_reopening(from_status, to_status) else Action.CHANGE_STATUS


def check_general_move(from_status: str, to_status: str, note: str) -> None:
    """check_transition, and refuse a move that belongs to a dedicated action."""
    check_transition(from_status, to_status, note)
    dedicated = DEDICATED.get((Status(from_status), Status(to_status)))
    if dedicated is not None:
        raise Conflict("status.needs_action", action=dedicated.value,
                       from_status=from_status, to_status=to_status)


def is_reopening(from_status: str, to_status: str) -> bool:
    return Status(from_status) is S.CLOSED and Status(to_status) is not S.CLOSED


def check_transition(from_status: str, to_status: str, note: str) -> None:
    """Raise Conflict for a move the workflow does not have, InvalidInput for a missing note."""
    try:
        source, target = Status(from_status), Status(to_status)
    except ValueError:
        raise Conflict("status.unknown", status=to_status) from None
    if target not in TRANSITIONS.get(source, frozenset()):
        raise Conflict("status.transition_not_allowed", from_status=source, to_status=target)
    if (source, target) in NOTE_REQUIRED and not note.strip():
        raise InvalidInput([FieldError("note", "note.required")])
