"""Who may act on which job, and the kind a new photo gets: the core's rules, table-driven."""
from __future__ import annotations

import pytest

from fondue_desk.domain.errors import PermissionDenied
from fondue_desk.domain.permissions import JobAction, job_rights, photo_kind
from fondue_desk.domain.statuses import Role, Status

ME, SOMEONE = 7, 8
CREW_ACTIONS = (JobAction.START_WORK, JobAction.RECORD_RESULT, JobAction.ADD_PHOTO)
OFFICE_ACTIONS = (JobAction.MOVE, JobAction.PRINT_WORK_ORDER)


@pytest.mark.parametrize("leader", [SOMEONE, None])
def test_a_crew_leader_may_not_touch_another_crews_job(leader):
    rights = job_rights(Role.CREW_LEADER, ME, Status.ASSIGNED, leader)
    assert {a: rights.reason(a) for a in CREW_ACTIONS} == dict.fromkeys(
        CREW_ACTIONS, "job.not_your_crew")
    # Moving and printing are the office's, whoever's crew it is.
    assert {rights.reason(a) for a in OFFICE_ACTIONS} == {"permission.denied"}


def test_a_crew_leader_works_their_own_crews_jobs():
    assigned = job_rights(Role.CREW_LEADER, ME, Status.ASSIGNED, ME)
    assert [a for a in JobAction if assigned.allows(a)] == list(CREW_ACTIONS)
    started = job_rights(Role.CREW_LEADER, ME, Status.IN_PROGRESS, ME)
    assert started.reason(JobAction.START_WORK) == "job.wrong_status"
    assert started.allows(JobAction.RECORD_RESULT) and started.allows(JobAction.ADD_PHOTO)


@pytest.mark.parametrize("role", [Role.CLERK, Role.ADMIN])
@pytest.mark.parametrize("leader", [ME, SOMEONE, None])
def test_office_staff_act_on_every_crews_jobs(role, leader):
    rights = job_rights(role, ME, Status.ASSIGNED, leader)
    assert all(rights.allows(a) for a in JobAction)


def test_the_mayor_acts_on_no_job():
    rights = job_rights(Role.MAYOR, ME, Status.ASSIGNED, None)
    assert {rights.reason(a) for a in JobAction} == {"permission.denied"}


@pytest.mark.parametrize(("status", "allowed"), [
    (Status.RECEIVED, {JobAction.ADD_PHOTO}),
    (Status.ASSIGNED, set(JobAction)),
    (Status.IN_PROGRESS, set(JobAction) - {JobAction.START_WORK}),
    (Status.AWAITING_SIGNOFF, {JobAction.ADD_PHOTO}),
    (Status.CLOSED, {JobAction.ADD_PHOTO}),
])
def test_what_the_status_allows(status, allowed):
    rights = job_rights(Role.CLERK, ME, status, SOMEONE)
    assert {a for a in JobAction if rights.allows(a)} == allowed
    assert {rights.reason(a) for a in set(JobAction) - allowed} <= {"job.wrong_status"}


def test_an_unknown_role_may_do_nothing():
    rights = job_rights("visitor", ME, Status.ASSIGNED, ME)
    assert not any(rights.allows(a) for a in JobAction)


@pytest.mark.parametrize(("role", "status", "leader", "kind"), [
    (Role.CREW_LEADER, Status.IN_PROGRESS, ME, "after"),     # the crew at work: the result
    (Role.CREW_LEADER, Status.ASSIGNED, ME, "before"),       # not started: the problem
    (Role.CREW_LEADER, Status.AWAITING_SIGNOFF, ME, "photo"),
    (Role.CLERK, Status.RECEIVED, None, "before"),
    (Role.CLERK, Status.ASSIGNED, SOMEONE, "before"),
    (Role.CLERK, Status.IN_PROGRESS, SOMEONE, "photo"),      # not the crew's own word
    (Role.ADMIN, Status.CLOSED, SOMEONE, "photo"),
])
def test_the_core_decides_a_photos_kind(role, status, leader, kind):
    assert photo_kind(role, ME, status, leader) == kind


@pytest.mark.parametrize("leader", [SOMEONE, None])
def test_a_crew_leader_adds_no_photo_to_another_crews_job(leader):
    with pytest.raises(PermissionDenied) as refused:
        photo_kind(Role.CREW_LEADER, ME, Status.IN_PROGRESS, leader, "2570-000012")
    assert refused.value.code == "attachment.not_your_crew"
    assert refused.value.params == {"tracking_no": "2570-000012"}
