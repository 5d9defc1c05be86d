"""Who may do what: one matrix of roles × actions, checked by every service that writes.

The UI asks the same matrix which actions to show, so a button a role may not use is never
offered; the services still check, because a hidden button is not a rule. Reading and printing
what the office holds (register, receipts, work orders, letters, exports) is open to every
signed-in user: the desk is one office's shared register.
"""
from __future__ import annotations

from enum import StrEnum

from .errors import PermissionDenied
from .statuses import Role


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
