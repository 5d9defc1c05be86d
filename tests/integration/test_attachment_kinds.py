"""The core decides a photo's kind and refuses photos on another crew's job (real SQLite)."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from fondue_desk.db.models import Attachment
from fondue_desk.domain.errors import PermissionDenied
from fondue_desk.services import crews, dispatch, reference
from fondue_desk.services.attachments import add_attachment, list_attachments
from fondue_desk.services.crew_board import crew_board
from fondue_desk.services.intake import ComplaintInput, log_complaint

LIGHTS = "ไฟฟ้าส่องสว่างชำรุด"   # the demo's light crew is led by the crew1 account
ROADS = "ถนน/ทางเท้าชำรุด"       # the road crew has no leader account


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 120, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def office(db, demo_office, today):
    clerk = reference.find_user(db, "clerk1")
    leader = reference.find_user(db, "crew1")

    def job(category_name: str, *, started: bool = False):
        category = next(c for c in reference.active_categories(db, demo_office.id)
                        if c.name_th == category_name)
        made = log_complaint(db, clerk.id, ComplaintInput(
            category_id=category.id, description="งานทดสอบ", anonymous=True))
        crew = crews.suggest_crew(db, demo_office.id, category.id)
        dispatch.assign(db, clerk.id, [made.id], crew.id, today)
        if started:
            dispatch.start_work(db, clerk.id, made.id)
        return made

    return clerk, leader, job


def _count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Attachment))


def test_the_crews_photos_during_the_work_are_after_photos(db, office):
    clerk, leader, job = office
    own = job(LIGHTS, started=True)
    assert add_attachment(db, leader.id, own.id, "หลัง.png", _png()).kind == "after"
    # The clerk typing in a photo meanwhile does not speak for the crew.
    assert add_attachment(db, clerk.id, own.id, "x.png", _png()).kind == "photo"
    before = job(LIGHTS)
    assert add_attachment(db, leader.id, before.id, "ก่อน.png", _png()).kind == "before"


@pytest.mark.parametrize("started", [False, True])
def test_a_crew_leader_cannot_add_photos_to_another_crews_job(db, office, started):
    _clerk, leader, job = office
    other = job(ROADS, started=started)
    before = _count(db)
    with pytest.raises(PermissionDenied) as refused:
        add_attachment(db, leader.id, other.id, "หลัง.png", _png())
    assert refused.value.code == "attachment.not_your_crew"
    assert refused.value.params["tracking_no"] == other.tracking_no
    assert _count(db) == before
    assert list_attachments(db, other.id) == []


def test_the_crew_leaders_own_crew_comes_first(db, demo_office, office):
    _clerk, leader, _job = office
    names = [c.crew.name for c in crew_board(db, demo_office.id).columns]
    assert names == sorted(names)
    mine = crew_board(db, demo_office.id, viewer_id=leader.id).columns
    assert mine[0].crew.name == "ทีมไฟฟ้าส่องสว่าง กองช่าง"
    assert mine[0].leader_user_id == leader.id
    # The rest keep their order.
    assert [c.crew.name for c in mine[1:]] == [n for n in names if n != mine[0].crew.name]


def test_rights_for_one_complaint_follow_its_crew(db, office):
    from fondue_desk.domain.permissions import JobAction
    from fondue_desk.services.crew_board import rights_for_complaint

    clerk, leader, job = office
    own, other = job(LIGHTS), job(ROADS, started=True)
    mine = rights_for_complaint(db, leader.id, own.id)
    assert mine.allows(JobAction.START_WORK) and mine.allows(JobAction.ADD_PHOTO)
    theirs = rights_for_complaint(db, leader.id, other.id)
    assert theirs.reason(JobAction.RECORD_RESULT) == "job.not_your_crew"
    assert theirs.reason(JobAction.ADD_PHOTO) == "job.not_your_crew"
    office_staff = rights_for_complaint(db, clerk.id, other.id)
    assert office_staff.allows(JobAction.RECORD_RESULT)
    assert office_staff.reason(JobAction.START_WORK) == "job.wrong_status"
