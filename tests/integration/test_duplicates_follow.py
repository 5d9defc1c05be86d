"""A duplicate follows its parent: saved at intake in the parent's status, moved with every move
of the parent (closed_at too), refused any move of its own, and its named complainant gets a
closure letter of their own when the parent is approved (DESIGN "Duplicates")."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from fondue_desk.db.models import Complaint, OutgoingLetter, StatusEvent
from fondue_desk.domain import history_notes
from fondue_desk.domain.errors import Conflict, InvalidInput
from fondue_desk.services import (
    complaint_detail,
    crews,
    dispatch,
    duplicates,
    forwarding,
    reference,
    signoff,
    workflow,
)
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.signoff_queue import signoff_queue


@pytest.fixture
def users(db, demo_office):
    return {u: reference.find_user(db, u) for u in ("clerk1", "mayor")}


@pytest.fixture
def lights(db, demo_office):
    return next(c for c in reference.active_categories(db, demo_office.id)
                if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")


def report(db, clerk, category, *, name="นางสาวผู้ใหญ่ น้ำใจดี", duplicate_of=None,
           anonymous=False, place="หน้าวัดป่าจี้"):
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟฟ้าส่องสว่างดับ", anonymous=anonymous,
        complainant_name="" if anonymous else name, phone="" if anonymous else "0812345678",
        location_text=place, duplicate_of=duplicate_of))


def state(db, complaint_id):
    with db.read() as session:
        c = session.get(Complaint, complaint_id)
        return c.status, c.closed_at, c.parent_id, c.crew_id


def last_event(db, complaint_id):
    with db.read() as session:
        return session.execute(select(StatusEvent.from_status, StatusEvent.to_status,
                                      StatusEvent.note_code, StatusEvent.note_params)
                               .where(StatusEvent.complaint_id == complaint_id)
                               .order_by(StatusEvent.id.desc()).limit(1)).one()


def to_awaiting(db, office, clerk, category, complaint_id, today):
    crew = crews.suggest_crew(db, office.id, category.id)
    dispatch.assign(db, clerk.id, [complaint_id], crew.id, today)
    dispatch.record_result(db, clerk.id, complaint_id, dispatch.ResultInput(
        outcome="done", notes="เปลี่ยนหลอด LED 3 หลอดเรียบร้อย", minutes_spent=60))
    return crew


def test_intake_saves_a_duplicate_in_its_parents_status(db, demo_office, users, lights, today):
    clerk = users["clerk1"]
    parent = report(db, clerk, lights)
    crew = crews.suggest_crew(db, demo_office.id, lights.id)
    dispatch.assign(db, clerk.id, [parent.id], crew.id, today)
    child = report(db, clerk, lights, name="นายสมชาย ใจดี", duplicate_of=parent.id)
    assert child.status == "assigned"
    status, closed_at, parent_id, crew_id = state(db, child.id)
    assert (status, closed_at, parent_id, crew_id) == ("assigned", None, parent.id, None)
    first = last_event(db, child.id)
    assert (first.from_status, first.to_status, first.note_code) == (
        None, "assigned", history_notes.DUPLICATE_LINKED)
    assert history_notes.decode(first.note_params) == {"tracking_no": parent.tracking_no}
    assert last_event(db, parent.id).note_code == history_notes.DUPLICATE_ADDED
    detail = complaint_detail.complaint_detail(db, child.id)
    assert detail.parent.tracking_no == parent.tracking_no and detail.children == ()
    assert [c.tracking_no for c in complaint_detail.complaint_detail(db, parent.id).children] \
        == [child.tracking_no]


def test_intake_refuses_a_parent_that_cannot_take_duplicates(db, users, lights):
    clerk = users["clerk1"]
    parent = report(db, clerk, lights)
    child = report(db, clerk, lights, duplicate_of=parent.id)
    rejected = report(db, clerk, lights)
    workflow.change_status(db, clerk.id, rejected.id, "rejected", note="ไม่ใช่งานของเรา")
    with db.read() as session:
        before = session.query(Complaint).count()
    for target, code in ((child.id, "duplicate.chain"), (rejected.id, "duplicate.not_open"),
                         (999_999, "complaint.not_found")):
        with pytest.raises(InvalidInput) as refused:
            report(db, clerk, lights, duplicate_of=target)
        assert [(e.field, e.code) for e in refused.value.errors] == [("duplicate_of", code)]
    with db.read() as session:
        assert session.query(Complaint).count() == before


def test_a_child_follows_every_move_of_its_parent_to_closed_and_back(db, demo_office, users,
                                                                    lights, today):
    clerk, mayor = users["clerk1"], users["mayor"]
    parent = report(db, clerk, lights)
    child = report(db, clerk, lights, name="นายสมชาย ใจดี")
    duplicates.link_duplicate(db, clerk.id, child.id, parent.id)
    to_awaiting(db, demo_office, clerk, lights, parent.id, today)
    assert state(db, child.id)[0] == "awaiting_signoff"
    followed = last_event(db, child.id)
    assert (followed.from_status, followed.to_status, followed.note_code) == (
        "assigned", "awaiting_signoff",
        history_notes.DUPLICATE_FOLLOWED)
    # The mayor's queue holds the parent only: the duplicate is signed off with it.
    assert [i.id for i in signoff_queue(db, demo_office.id)] == [parent.id]
    signoff.approve(db, mayor.id, [parent.id])
    parent_state, child_state = state(db, parent.id), state(db, child.id)
    assert parent_state[0] == child_state[0] == "closed"
    assert child_state[1] is not None and child_state[1] == parent_state[1]
    workflow.change_status(db, mayor.id, parent.id, "in_progress", note="ไฟดับอีกแล้ว")
    assert state(db, child.id)[:2] == ("in_progress", None)
    with db.read() as session:
        assert session.get(Complaint, child.id).reopen_count == 1


def test_a_child_is_refused_every_move_of_its_own(db, demo_office, users, lights, today):
    clerk, mayor = users["clerk1"], users["mayor"]
    parent = report(db, clerk, lights)
    child = report(db, clerk, lights)
    duplicates.link_duplicate(db, clerk.id, child.id, parent.id)
    crew = crews.suggest_crew(db, demo_office.id, lights.id)
    attempts = [
        lambda: workflow.change_status(db, clerk.id, child.id, "in_progress"),
        lambda: dispatch.assign(db, clerk.id, [child.id], crew.id, today),
        lambda: forwarding.forward_to_agency(db, clerk.id, child.id, "การไฟฟ้าส่วนภูมิภาค",
                                             "สายไฟแรงสูง"),
    ]
    to_awaiting(db, demo_office, clerk, lights, parent.id, today)
    attempts += [
        lambda: dispatch.record_result(db, clerk.id, child.id, dispatch.ResultInput(
            outcome="done", notes="ซ่อมแล้ว", minutes_spent=10)),
        lambda: signoff.approve(db, mayor.id, [child.id]),
        lambda: signoff.return_to_crew(db, mayor.id, [child.id], "ยังไม่เรียบร้อย"),
    ]
    for attempt in attempts:
        with pytest.raises(Conflict) as refused:
            attempt()
        assert refused.value.code == "duplicate.follows_parent"
        assert refused.value.params == {"tracking_no": child.tracking_no,
                                        "parent_tracking_no": parent.tracking_no}
    assert state(db, child.id)[0] == "awaiting_signoff"


def test_forwarding_a_parent_forwards_its_duplicates(db, users, lights):
    clerk = users["clerk1"]
    parent = report(db, clerk, lights)
    child = report(db, clerk, lights)
    duplicates.link_duplicate(db, clerk.id, child.id, parent.id)
    forwarding.forward_to_agency(db, clerk.id, parent.id, "การไฟฟ้าส่วนภูมิภาค", "สายไฟแรงสูง")
    assert state(db, child.id)[0] == "forwarded"
    assert last_event(db, child.id).note_code == history_notes.DUPLICATE_FOLLOWED


def test_approving_a_parent_writes_a_letter_to_every_named_complainant(db, demo_office, users,
                                                                      lights, today):
    clerk, mayor = users["clerk1"], users["mayor"]
    parent = report(db, clerk, lights, anonymous=True)
    named = report(db, clerk, lights, name="นายสมชาย ใจดี", place="ซอย 5")
    again = report(db, clerk, lights, name="นางบัวผัน คำมา")
    nameless = report(db, clerk, lights, anonymous=True)
    duplicates.merge(db, clerk.id, parent.id, [named.id, again.id, nameless.id])
    crew = to_awaiting(db, demo_office, clerk, lights, parent.id, today)
    decision = signoff.approve(db, mayor.id, [parent.id],
                               summaries={parent.id: "เปลี่ยนหลอดไฟใหม่ 3 ดวง ใช้งานได้แล้ว"})
    # The anonymous parent and the anonymous duplicate: nobody to write to.
    assert [(letter.complaint_id, letter.recipient) for letter in decision.letters] == [
        (named.id, "นายสมชาย ใจดี"), (again.id, "นางบัวผัน คำมา")]
    with db.read() as session:
        rows = {r.complaint_id: r for r in session.execute(
            select(OutgoingLetter.complaint_id, OutgoingLetter.reference, OutgoingLetter.body,
                   OutgoingLetter.result_summary, OutgoingLetter.document_no))}
    assert set(rows) == {named.id, again.id}
    letter = rows[named.id]
    # Their own receipt and place; the parent's crew and result.
    assert named.tracking_no in letter.reference
    assert letter.result_summary == "เปลี่ยนหลอดไฟใหม่ 3 ดวง ใช้งานได้แล้ว"
    assert "ซอย 5" in letter.body and crew.name in letter.body
    assert rows[named.id].document_no != rows[again.id].document_no


def test_a_traffy_import_never_moves_a_duplicate_or_its_parent_alone(db, demo_office, clerk,
                                                                    tmp_path, now):
    from datetime import timedelta

    from fondue_desk.db.models import TraffyTicket
    from fondue_desk.interop.traffy.apply import apply_import
    from fondue_desk.interop.traffy.plan import ImportMapping

    from .traffy_files import PUBLIC_HEADER, public_row, write

    category = reference.active_categories(db, demo_office.id)[0]
    mapping = ImportMapping({"ถนน": category.id}, {})
    path = tmp_path / "traffy.csv"
    tickets = ("2023-DUP000", "2023-DUP001")
    write(path, PUBLIC_HEADER, [public_row(t) for t in tickets])
    apply_import(db, clerk.id, path, mapping=mapping, now=now - timedelta(hours=1))
    with db.read() as session:
        ids = dict(session.execute(select(TraffyTicket.ticket_id,
                                            TraffyTicket.complaint_id)).all())
    parent, child = ids[tickets[0]], ids[tickets[1]]
    duplicates.link_duplicate(db, clerk.id, child, parent)
    # Two later imports: the second no longer sees the link as work done after the last one.
    for hours, said in ((1, "กำลังดำเนินการ"), (2, "เสร็จสิ้น")):
        write(path, PUBLIC_HEADER, [
            public_row(t, state=said, last=f"2023-05-13 0{hours}:00:00+00") for t in tickets])
        apply_import(db, clerk.id, path, mapping=mapping, now=now + timedelta(hours=hours))
    assert state(db, parent)[0] == state(db, child)[0] == "received"
    assert last_event(db, child).note_code == "traffy.state_changed"
