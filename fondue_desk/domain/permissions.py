"""Who may do what: one matrix of roles × actions, checked by every service that writes.

The UI asks the same matrix which actions to show, so a button a role may not use is never
offered; the services still check, because a hidden button is not a rule. Reading and printing
what the office holds (register, receipts, work orders, letters, exports) is open to every
signed-in user: the desk is one office's shared register.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import PermissionDenied
from .statuses import Role, Status


class Action(StrEnum):
    LOG_COMPLAINT = "log_complaint"
    EDIT_COMPLAINT = "edit_complaint"
    CHANGE_STATUS = "change_status"          # the general moves: start, forward, reject, …
    ADD_PHOTO = "add_photo"
    MANAGE_CREWS = "manage_crews"
    ASSIGN = "assign"                        # assign, reassign, issue work orders
    RECORD_RESULT = "record_result"
    SIGN_OFF = "sign_off"                    # approve or return finished work
    REOPEN = "reopen"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"      # map, office profile, letters, categories


_CLERK = frozenset({
    Action.LOG_COMPLAINT, Action.EDIT_COMPLAINT, Action.CHANGE_STATUS, Action.ADD_PHOTO,
    Action.ASSIGN,
    # Crews hand their paper work order back at the counter; the clerk types the result in.
    Action.RECORD_RESULT, Action.REOPEN,
})
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CLERK: _CLERK,
    Role.CREW_LEADER: frozenset({Action.ADD_PHOTO, Action.RECORD_RESULT}),
    # The executive confirms the work and answers the citizen; the mayor does not run the
    # counter, so cannot log or edit complaints, nor assign crews.
    Role.MAYOR: frozenset({Action.SIGN_OFF, Action.REOPEN}),
    # The admin runs the office's set-up and can stand in at the counter, but signing off
    # work stays with the executive.
    Role.ADMIN: _CLERK | {Action.MANAGE_CREWS, Action.MANAGE_USERS, Action.MANAGE_SETTINGS},
}


def can(role: str, action: Action) -> bool:
    try:
        return action in PERMISSIONS[Role(role)]
    except ValueError:
        return False  # an unknown role may do nothing


def require(role: str, action: Action) -> None:
    if not can(role, action):
        raise PermissionDenied("permission.denied", action=action.value, role=role)


# ----------------------------------------------------------------- one job, one user
class JobAction(StrEnum):
    """What can be done to one job on the crew board (or its detail)."""

    START_WORK = "start_work"
    RECORD_RESULT = "record_result"
    ADD_PHOTO = "add_photo"
    MOVE = "move"                            # to another crew, or another date
    PRINT_WORK_ORDER = "print_work_order"


_JOB_ACTION_RIGHT = {
    JobAction.START_WORK: Action.RECORD_RESULT,
    JobAction.RECORD_RESULT: Action.RECORD_RESULT,
    JobAction.ADD_PHOTO: Action.ADD_PHOTO,
    JobAction.MOVE: Action.ASSIGN,
    JobAction.PRINT_WORK_ORDER: Action.ASSIGN,
}
_ANY_STATUS = frozenset(Status)
# Statuses a job must be in for the action to make sense (no entry: any status).
_JOB_ACTION_STATUSES = {
    JobAction.START_WORK: frozenset({Status.ASSIGNED}),
    JobAction.RECORD_RESULT: frozenset({Status.ASSIGNED, Status.IN_PROGRESS}),
    JobAction.MOVE: frozenset({Status.ASSIGNED, Status.IN_PROGRESS}),
    JobAction.PRINT_WORK_ORDER: frozenset({Status.ASSIGNED, Status.IN_PROGRESS}),
}


@dataclass(frozen=True)
class JobRights:
    """Per action: None when the user may take it, else the refusal's code (why not)."""

    refusals: dict[JobAction, str | None]

    def allows(self, action: JobAction) -> bool:
        return self.refusals[action] is None

    def reason(self, action: JobAction) -> str | None:
        return self.refusals[action]


def is_own_crew_job(role: str, user_id: int, crew_leader_id: int | None) -> bool:
    """A crew leader acts only on the jobs of the crew they lead; office staff on any crew's."""
    return role != Role.CREW_LEADER or (crew_leader_id is not None and crew_leader_id == user_id)


def job_rights(role: str, user_id: int, status: str, crew_leader_id: int | None) -> JobRights:
    """Which of the job's actions this user may take now, and the reason for each one not.

    Reasons, checked in this order: "permission.denied" (the role never may),
    "job.not_your_crew" (another crew's job), "job.wrong_status" (not now, in this status).
    """
    refusals: dict[JobAction, str | None] = {}
    for action in JobAction:
        if not can(role, _JOB_ACTION_RIGHT[action]):
            refusals[action] = "permission.denied"
        elif not is_own_crew_job(role, user_id, crew_leader_id):
            refusals[action] = "job.not_your_crew"
        elif status not in _JOB_ACTION_STATUSES.get(action, _ANY_STATUS):
            refusals[action] = "job.wrong_status"
        else:
            refusals[action] = None
    return JobRights(refusals)


def photo_kind(role: str, user_id: int, status: str, crew_leader_id: int | None,
               tracking_no: str = "") -> str:
    """The kind of a photo this user adds to this complaint now, decided here, not by the caller.

    Photos the job's own crew adds while the work is in progress show the result ("after");
    before the work starts they show the problem ("before"); anything else is a plain "photo".
    A crew leader adds nothing to another crew's job (PermissionDenied).
    """
    if not is_own_crew_job(role, user_id, crew_leader_id):
        raise PermissionDenied("attachment.not_your_crew", tracking_no=tracking_no)
    if status == Status.IN_PROGRESS and crew_leader_id == user_id:
        return "after"
    if status in (Status.RECEIVED, Status.ASSIGNED):
        return "before"
    return "photo"
