"""The permission matrix: every role × every action, through the real services.

Each action is called the way the desk calls it. A role the matrix allows must get through; a
role it does not must get PermissionDenied, and the database must be left as it was.
"""
from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import text

from fondue_desk.domain.errors import PermissionDenied
from fondue_desk.domain.permissions import PERMISSIONS, Action, can
from fondue_desk.domain.statuses import Role
from fondue_desk.services import (
    accounts,
    attachments,
    crews,
    dispatch,
    editing,
    intake,
    map_settings,
    reference,
    signoff,
)
from fondue_desk.services.workflow import change_status

USERNAMES = {Role.CLERK: "clerk1", Role.CREW_LEADER: "crew1", Role.MAYOR: "mayor",
             Role.ADMIN: "admin"}
TABLES = ("complaint", "status_event", "attachment", "crew", "app_user", "office_setting",
          "sign_off", "outgoing_letter", "job_result", "assignment", "complaint_edit")


class Office:
    """Complaints in the state each action needs, made by the office's clerk and admin."""

    def __init__(self, db, office, today):
        self.db, self.office, self.today = db, office, today
        self.clerk = reference.find_user(db, "clerk1")
        self.category = next(c for c in reference.active_categories(db, office.id)
                             if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
        self.crew = crews.suggest_crew(db, office.id, self.category.id)

    def received(self):
        return intake.log_complaint(self.db, self.clerk.id, intake.ComplaintInput(
            category_id=self.category.id, description="ไฟฟ้าส่องสว่างดับ",
            complainant_name="นายบุญมี ใจคำ", phone="0812345678"))

    def assigned(self):
        made = self.received()
        dispatch.assign(self.db, self.clerk.id, [made.id], self.crew.id, self.today)
        return made

    def awaiting(self):
        made = self.assigned()
        dispatch.record_result(self.db, self.clerk.id, made.id,
                               dispatch.ResultInput(outcome="done"))
        return made

    def closed(self):
        made = self.awaiting()
        signoff.approve(self.db, reference.find_user(self.db, "mayor").id, [made.id])
        return made


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def _log(o, actor):
    intake.log_complaint(o.db, actor.id, intake.ComplaintInput(
        category_id=o.category.id, description="ถนนเป็นหลุม", anonymous=True))


def _edit(o, actor, made):
    data = editing.input_of(made)
    editing.edit_complaint(o.db, actor.id, made.id,
                           intake.ComplaintInput(**{**data.__dict__, "location_text": "ซอย 9"}))


ACTIONS = {
    Action.LOG_COMPLAINT: lambda o, actor: (lambda: _log(o, actor)),
    Action.EDIT_COMPLAINT: lambda o, actor: (lambda made=o.received(): _edit(o, actor, made)),
    Action.CHANGE_STATUS: lambda o, actor: (
        lambda made=o.received(): change_status(o.db, actor.id, made.id, "in_progress")),
    # On a job of the crew the crew leader leads: theirs is the only work they add photos to.
    Action.ADD_PHOTO: lambda o, actor: (
        lambda made=o.assigned(): attachments.add_attachment(o.db, actor.id, made.id, "a.png",
                                                             _photo())),
    Action.MANAGE_CREWS: lambda o, actor: (
        lambda: crews.save_crew(o.db, actor.id, crews.CrewInput(name="ทีมตัดหญ้า"))),
    Action.ASSIGN: lambda o, actor: (
        lambda made=o.received(): dispatch.assign(o.db, actor.id, [made.id], o.crew.id,
                                                  o.today)),
    Action.RECORD_RESULT: lambda o, actor: (
        lambda made=o.assigned(): dispatch.record_result(o.db, actor.id, made.id,
                                                         dispatch.ResultInput(outcome="done"))),
    Action.SIGN_OFF: lambda o, actor: (
        lambda made=o.awaiting(): signoff.approve(o.db, actor.id, [made.id])),
    Action.REOPEN: lambda o, actor: (
        lambda made=o.closed(): change_status(o.db, actor.id, made.id, "in_progress",
                                              note="ไฟดับอีก")),
    Action.MANAGE_USERS: lambda o, actor: (
        lambda: accounts.create_user(o.db, actor.id, "newclerk", "นางสาวใหม่ ใจดี",
                                     "เจ้าพนักงานธุรการ", "clerk", "Maehia-2569")),
    Action.MANAGE_SETTINGS: lambda o, actor: (
        lambda: map_settings.set_hotspot_rule(o.db, actor.id, 4, 150)),
}


def test_every_action_is_in_the_matrix_test():
    assert set(ACTIONS) == set(Action)
    assert set(PERMISSIONS) == set(Role)


def snapshot(db):
    with db.read() as session:
        return {t: session.execute(text(f"select count(*) from {t}")).scalar() for t in TABLES}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_role_may_or_may_not(db, demo_office, role, action, today):
    office = Office(db, demo_office, today)
    actor = reference.find_user(db, USERNAMES[role])
    call = ACTIONS[action](office, actor)  # the complaint it needs is prepared first
    before = snapshot(db)
    if can(role, action):
        call()
        assert snapshot(db) != before
    else:
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.params["action"] == action.value
        assert snapshot(db) == before
