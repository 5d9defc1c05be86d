"""Which status may follow which, and when a note is owed. The one place this is decided."""
from __future__ import annotations

from .errors import Conflict, FieldError, InvalidInput
from .statuses import Status

S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.RECEIVED: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.FORWARDED, S.REJECTED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.RECEIVED, S.FORWARDED}),
    S.IN_PROGRESS: frozenset({S.AWAITING_SIGNOFF, S.ASSIGNED}),
    S.AWAITING_SIGNOFF: frozenset({S.CLOSED, S.IN_PROGRESS}),
    S.CLOSED: frozenset({S.IN_PROGRESS}),          # reopened: counted
    S.FORWARDED: frozenset({S.RECEIVED}),          # the other agency sent it back
    S.REJECTED: frozenset({S.RECEIVED}),           # reconsidered
}
# Moves a citizen or the mayor will ask "why?" about must say why.
NOTE_REQUIRED: frozenset[tuple[Status, Status]] = frozenset({
    (S.RECEIVED, S.REJECTED), (S.RECEIVED, S.FORWARDED), (S.ASSIGNED, S.FORWARDED),
    (S.AWAITING_SIGNOFF, S.IN_PROGRESS), (S.CLOSED, S.IN_PROGRESS), (S.ASSIGNED, S.RECEIVED),
    (S.FORWARDED, S.RECEIVED), (S.REJECTED, S.RECEIVED),
})


def allowed_next(status: str) -> list[Status]:
    return sorted(TRANSITIONS.get(Status(status), frozenset()), key=list(Status).index)


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
