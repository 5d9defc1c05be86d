"""`complaint.closed_at` (the dashboard's days-to-close and within-SLA read it): the moment of
the last move to "closed", NULL whenever the complaint is not closed, whoever moves it: the
mayor's approval, a reopening, the Traffy import (new and changed tickets), the demo; and
migration 0012 fills it in for a database at 0011 from the history."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import func, select, text

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import alembic_config, current_revision, upgrade_to_head
from fondue_desk.db.models import Category, Complaint, StatusEvent, TraffyTicket
from fondue_desk.interop.traffy.apply import apply_import
from fondue_desk.interop.traffy.plan import ImportMapping
from fondue_desk.services import crews, demo, dispatch, reference, signoff
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.workflow import change_status

from .traffy_files import PUBLIC_HEADER, public_row, write


def closed_at(db, complaint_id: int):
    with db.read() as session:
        return session.scalar(select(Complaint.closed_at).where(Complaint.id == complaint_id))


def last_move_to_closed(session, complaint_id: int):
    return session.scalar(select(func.max(StatusEvent.at)).where(
        StatusEvent.complaint_id == complaint_id, StatusEvent.to_status == "closed"))


def assert_closed_at_follows_history(db) -> int:
    """Every complaint: closed_at is its last move to closed when closed, else NULL."""
    with db.read() as session:
        rows = session.execute(select(Complaint.id, Complaint.status, Complaint.closed_at)).all()
        for cid, status, moment in rows:
            if status == "closed":
                assert moment == last_move_to_closed(session, cid), cid
            else:
                assert moment is None, (cid, status)
    return sum(status == "closed" for _cid, status, _m in rows)


def finish(db, office, clerk, today, complaint_id=None) -> int:
    """A complaint the crew has done: awaiting the mayor's sign-off."""
    category = reference.active_categories(db, office.id)[0]
    if complaint_id is None:
        complaint_id = log_complaint(db, clerk.id, ComplaintInput(
            category_id=category.id, description="ไฟดับหน้าวัด", complainant_name="นายทดสอบ ใจดี",
            phone="0812345678")).id
        crew = crews.suggest_crew(db, office.id, category.id) or reference.active_crews(
            db, office.id)[0]
        dispatch.assign(db, clerk.id, [complaint_id], crew.id, today)
    dispatch.record_result(db, clerk.id, complaint_id, dispatch.ResultInput(
        outcome="done", notes="เปลี่ยนหลอดแล้ว", minutes_spent=30))
    return complaint_id


def test_approval_sets_it_a_reopening_clears_it_a_second_approval_moves_it(
        db, demo_office, clerk, today):
    mayor = reference.find_user(db, "mayor")
    cid = finish(db, demo_office, clerk, today)
    assert closed_at(db, cid) is None   # awaiting sign-off is not closed
    signoff.approve(db, mayor.id, [cid])
    first = closed_at(db, cid)
    with db.read() as session:
        assert first is not None and first == last_move_to_closed(session, cid)

    change_status(db, mayor.id, cid, "in_progress", note="ไฟดับอีกแล้ว")
    assert closed_at(db, cid) is None

    finish(db, demo_office, clerk, today, cid)
    signoff.approve(db, mayor.id, [cid])
    second = closed_at(db, cid)
    assert second is not None and second > first
    assert_closed_at_follows_history(db)


def test_traffy_import_sets_it_for_finished_tickets_and_on_a_change(db, demo_office, clerk,
                                                                    tmp_path, now):
    with db.read() as session:
        category = session.scalar(select(Category.id).where(
            Category.office_id == demo_office.id).order_by(Category.id))
    mapping = ImportMapping({"ถนน": category}, {})
    rows = [public_row("2023-CL0001", state="เสร็จสิ้น", last="2023-05-14 02:00:00+00"),
            public_row("2023-CL0002"),
            public_row("2023-CL0003", state="เสร็จสิ้น", last="2023-05-14 02:00:00+00")]
    path = write(tmp_path / "traffy.csv", PUBLIC_HEADER, rows)
    first_import = now - timedelta(hours=2)
    assert apply_import(db, clerk.id, path, mapping=mapping, now=first_import).added == 3
    with db.read() as session:
        ids = dict(session.execute(select(TraffyTicket.ticket_id, TraffyTicket.complaint_id)).all())
    # A finished ticket closed at its last activity on Traffy.
    assert closed_at(db, ids["2023-CL0001"]) == datetime(2023, 5, 14, 2, 0, tzinfo=UTC)
    assert closed_at(db, ids["2023-CL0002"]) is None

    rows[1] = public_row("2023-CL0002", state="เสร็จสิ้น", last="2023-05-15 02:00:00+00")
    rows[2] = public_row("2023-CL0003", state="รอรับเรื่อง", last="2023-05-15 02:00:00+00")
    write(path, PUBLIC_HEADER, rows)
    second_import = now - timedelta(hours=1)
    assert apply_import(db, clerk.id, path, mapping=mapping, now=second_import).updated == 2
    assert closed_at(db, ids["2023-CL0002"]) is not None   # closed by this import
    assert closed_at(db, ids["2023-CL0003"]) is None       # Traffy reopened it
    assert closed_at(db, ids["2023-CL0001"]) == datetime(2023, 5, 14, 2, 0, tzinfo=UTC)
    assert_closed_at_follows_history(db)


def test_the_demo_keeps_it(db):
    demo.create_demo_office(db, complaints=400, passwords_must_change=False)
    assert assert_closed_at_follows_history(db) > 100


# ---- migration 0012 on a database at 0011 -------------------------------------------------

def _down_to(db, revision: str) -> None:
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request, db_url):
    return db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")


def test_migration_0012_fills_it_from_the_history(any_url):
    db = Database.open(any_url)
    demo.create_demo_office(db, complaints=300, passwords_must_change=False)
    _down_to(db, "0011")
    assert current_revision(db.engine) == "0011"
    with db.read() as session:
        closed = session.execute(text(
            "select id from complaint where status = 'closed' order by id")).scalars().all()
        still_open = session.execute(text(
            "select id from complaint where status <> 'closed' and not exists (select 1 from "
            "status_event e where e.complaint_id = complaint.id and e.to_status = 'closed') "
            "order by id")).scalars().all()
    assert len(closed) >= 3 and len(still_open) >= 1
    reclosed, no_history, reopened = closed[0], still_open[0], closed[1]
    later = datetime(2030, 1, 2, 3, 4, 5)   # naive UTC, as stored
    with db.write() as session:
        # closed, reopened, closed again: the last move to closed counts
        session.execute(text(
            "insert into status_event (complaint_id, from_status, to_status, by_user_id, at, "
            "note, note_code, note_params) select id, 'in_progress', 'closed', clerk_id, :at, "
            "'', '', '' from complaint where id = :id"), {"at": later, "id": reclosed})
        # hand-made: closed without any move recorded
        session.execute(text("update complaint set status = 'closed' where id = :id"),
                        {"id": no_history})
        # closed once, now reopened: not closed, so no closed_at
        session.execute(text("update complaint set status = 'in_progress' where id = :id"),
                        {"id": reopened})

    upgrade_to_head(db.engine)
    assert current_revision(db.engine) != "0011"
    assert closed_at(db, reclosed) == later.replace(tzinfo=UTC)
    with db.read() as session:
        received_at = session.scalar(select(Complaint.received_at).where(
            Complaint.id == no_history))
    assert closed_at(db, no_history) == received_at
    assert closed_at(db, reopened) is None
    with db.read() as session:
        for cid in closed[2:]:
            assert closed_at(db, cid) == last_move_to_closed(session, cid)
        assert session.scalar(select(func.count()).select_from(Complaint).where(
            Complaint.status != "closed", Complaint.closed_at.is_not(None))) == 0
    db.close()
