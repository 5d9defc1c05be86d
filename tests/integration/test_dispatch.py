"""Assignment, results and work orders against a real SQLite file, through the services."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from fondue_desk.db.models import Assignment, Attachment, JobResult, StatusEvent, WorkOrder
from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain import history_notes
from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from fondue_desk.services import complaints, crews, dispatch, reference, work_orders
from fondue_desk.services.dispatch import ResultInput
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.workflow import change_status, next_statuses
from tests.pdf_text import pdf_text


@pytest.fixture
def users(db, demo_office):
    return {u: reference.find_user(db, u) for u in ("clerk1", "crew1", "mayor", "admin")}


@pytest.fixture
def lights(db, demo_office):
    return next(c for c in reference.active_categories(db, demo_office.id)
                if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")


@pytest.fixture
def crew_list(db, demo_office):
    return {c.name: c for c in crews.list_crews(db, demo_office.id)}


@pytest.fixture
def light_crew(crew_list):
    return crew_list["ทีมไฟฟ้าส่องสว่าง กองช่าง"]


@pytest.fixture
def road_crew(crew_list):
    return crew_list["ทีมโยธา กองช่าง"]


def new_complaint(db, clerk, category, **kw):
    values = {"category_id": category.id, "description": "ไฟฟ้าส่องสว่างดับ 3 ต้น หน้าวัดป่าจี้",
              "complainant_name": "นางสาวผู้ใหญ่ น้ำใจดี", "phone": "0812345678",
              "national_id": "1101700230708", "lat": 18.7441, "lon": 98.9562, **kw}
    return log_complaint(db, clerk.id, ComplaintInput(**values))


def status_of(db, complaint_id):
    return complaints.get(db, complaint_id).status


def count(db, model):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (40, 160, 90)).save(out, "JPEG")
    return out.getvalue()


def test_assigning_three_records_everything_and_numbers_one_work_order(db, users, lights,
                                                                      light_crew, today):
    made = [new_complaint(db, users["clerk1"], lights) for _ in range(3)]
    before_orders = count(db, WorkOrder)
    result = dispatch.assign(db, users["clerk1"].id, [c.id for c in made], light_crew.id, today,
                             instruction="นำบันไดยาวไปด้วย", work_orders="crew_day")
    assert [c.status for c in result.complaints] == ["assigned"] * 3
    assert {c.crew_name for c in result.complaints} == {light_crew.name}
    assert all(c.planned_date == today and c.instruction == "นำบันไดยาวไปด้วย"
               for c in result.complaints)
    assert result.reassigned == ()
    [order] = result.work_orders
    assert order.job_count == 3 and order.crew_id == light_crew.id
    assert count(db, WorkOrder) == before_orders + 1
    with db.read() as session:
        notes = session.execute(select(StatusEvent.note_code, StatusEvent.note_params).where(
            StatusEvent.complaint_id == made[0].id, StatusEvent.to_status == "assigned")).all()
        assert session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.complaint_id.in_([c.id for c in made]))) == 3
    [(code, params)] = notes  # the desk's own words are a code (domain.history_notes)
    assert code == history_notes.ASSIGNED
    assert history_notes.words(code, history_notes.decode(params)) == (
        f"มอบหมาย{light_crew.name} กำหนดปฏิบัติงาน {thai_date(today, short=True)}\n"
        "ข้อสั่งการ: นำบันไดยาวไปด้วย")


def test_work_order_numbers_are_gapless_per_fiscal_year(db, users, lights, light_crew, today):
    made = [new_complaint(db, users["clerk1"], lights) for _ in range(4)]
    result = dispatch.assign(db, users["clerk1"].id, [c.id for c in made], light_crew.id, today,
                             work_orders="job")
    numbers = [o.number for o in result.work_orders]
    seqs = [int(n.split("/")[0]) for n in numbers]
    assert seqs == list(range(seqs[0], seqs[0] + 4))
    assert all(n.endswith(f"/{result.work_orders[0].number.split('/')[1]}") for n in numbers)
    again = work_orders.issue_work_orders(db, users["clerk1"].id, [made[0].id])
    assert int(again[0].number.split("/")[0]) == seqs[-1] + 1
    found = work_orders.find_work_order(db, users["clerk1"].office_id,
                                        "๐" + numbers[1].translate(str.maketrans(
                                            "0123456789", "๐๑๒๓๔๕๖๗๘๙")))
    assert found.number == numbers[1]


def test_a_refused_complaint_in_a_batch_changes_nothing(db, users, lights, light_crew, today):
    fine = new_complaint(db, users["clerk1"], lights)
    rejected = new_complaint(db, users["clerk1"], lights)
    change_status(db, users["clerk1"].id, rejected.id, "rejected", note="เรื่องซ้ำ")
    events = count(db, StatusEvent)
    with pytest.raises(Conflict) as refused:
        dispatch.assign(db, users["clerk1"].id, [fine.id, rejected.id], light_crew.id, today,
                        work_orders="crew_day")
    assert refused.value.code == "assign.not_assignable"
    assert refused.value.params["tracking_no"] == rejected.tracking_no
    assert status_of(db, fine.id) == "received" and count(db, StatusEvent) == events


@pytest.mark.parametrize(("days", "code"), [(-1, "planned_date.past"),
                                            (400, "planned_date.too_far")])
def test_planned_date_must_be_sensible(db, users, lights, light_crew, days, code, today):
    made = new_complaint(db, users["clerk1"], lights)
    with pytest.raises(InvalidInput) as bad:
        dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id,
                        today + timedelta(days=days))
    assert bad.value.for_field("planned_date").code == code
    assert status_of(db, made.id) == "received"


def test_reassigning_needs_a_reason_and_keeps_the_trail(db, users, lights, light_crew,
                                                        road_crew, today):
    made = new_complaint(db, users["clerk1"], lights)
    dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id, today)
    with pytest.raises(InvalidInput) as no_reason:
        dispatch.assign(db, users["clerk1"].id, [made.id], road_crew.id, today)
    assert no_reason.value.fields == ("reason",)
    # Same crew, new date: a reschedule, no reason needed.
    dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id, today + timedelta(days=1))
    moved = dispatch.assign(db, users["clerk1"].id, [made.id], road_crew.id, today,
                            reason="ต้องใช้รถกระเช้าของทีมโยธา")
    assert moved.reassigned == (made.id,) and moved.complaints[0].crew_name == road_crew.name
    with db.read() as session:
        trail = session.execute(select(Assignment.crew_id, Assignment.previous_crew_id,
                                       Assignment.reason)
                                .where(Assignment.complaint_id == made.id)
                                .order_by(Assignment.id)).all()
    assert [tuple(t) for t in trail] == [
        (light_crew.id, None, ""), (light_crew.id, light_crew.id, ""),
        (road_crew.id, light_crew.id, "ต้องใช้รถกระเช้าของทีมโยธา")]


def test_assignment_is_a_dedicated_action(db, users, lights):
    made = new_complaint(db, users["clerk1"], lights)
    assert "assigned" not in next_statuses("received")
    with pytest.raises(Conflict) as refused:
        change_status(db, users["clerk1"].id, made.id, "assigned")
    assert refused.value.code == "status.needs_action"


@pytest.mark.parametrize("role_user", ["mayor", "crew1"])
def test_only_office_staff_assign(db, users, lights, light_crew, role_user, today):
    made = new_complaint(db, users["clerk1"], lights)
    with pytest.raises(PermissionDenied):
        dispatch.assign(db, users[role_user].id, [made.id], light_crew.id, today)
    assert status_of(db, made.id) == "received"


def test_an_inactive_crew_cannot_take_work(db, users, lights, light_crew, today):
    made = new_complaint(db, users["clerk1"], lights)
    detail = crews.get_crew(db, users["admin"].office_id, light_crew.id)
    crews.save_crew(db, users["admin"].id, crews.CrewInput(
        name=detail.name, leader_name=detail.leader_name, members=detail.members,
        phone=detail.phone, category_ids=detail.category_ids,
        leader_user_id=detail.leader_user_id, active=False), crew_id=light_crew.id)
    with pytest.raises(NotFound):
        dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id, today)


def test_done_goes_to_the_mayor_with_the_result_and_after_photos(db, users, lights,
                                                                 light_crew, today):
    made = new_complaint(db, users["clerk1"], lights)
    assigned = dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id, today,
                               work_orders="job")
    # crew1 leads the lights crew in the demo office: the crew leader reports for it.
    dispatch.start_work(db, users["crew1"].id, made.id)
    done = dispatch.record_result(db, users["crew1"].id, made.id, ResultInput(
        outcome="done", notes="เปลี่ยนหลอด LED 3 หลอด", minutes_spent=90,
        materials="หลอด LED 36 วัตต์ 3 หลอด", after_photos=[("after.jpg", photo())]))
    assert done.status == "awaiting_signoff"
    with db.read() as session:
        result = session.scalars(select(JobResult).where(JobResult.complaint_id == made.id)).one()
        assert (result.outcome, result.minutes_spent, result.worked_on) == ("done", 90, today)
        assert result.work_order_id == assigned.work_orders[0].id
        kinds = session.scalars(select(Attachment.kind).where(
            Attachment.complaint_id == made.id)).all()
    assert kinds == ["after"]


def test_partly_and_not_done_need_a_reason_and_route_the_work(db, users, lights, light_crew, today):
    made = new_complaint(db, users["clerk1"], lights)
    dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id, today)
    events = count(db, StatusEvent)
    with pytest.raises(InvalidInput) as no_reason:
        dispatch.record_result(db, users["clerk1"].id, made.id, ResultInput(outcome="partly"))
    assert no_reason.value.fields == ("reason",) and count(db, StatusEvent) == events
    partly = dispatch.record_result(db, users["clerk1"].id, made.id, ResultInput(
        outcome="partly", reason="รออะไหล่บัลลาสต์"))
    assert partly.status == "in_progress" and partly.crew_id == light_crew.id
    back = dispatch.record_result(db, users["clerk1"].id, made.id, ResultInput(
        outcome="not_done", reason="เสาไฟเป็นของ กฟภ."))
    assert back.status == "received" and back.crew_id is None and back.planned_date is None
    with pytest.raises(Conflict):
        dispatch.record_result(db, users["clerk1"].id, made.id, ResultInput(outcome="done"))


def test_a_bad_after_photo_refuses_the_whole_result(db, users, lights, light_crew, today):
    made = new_complaint(db, users["clerk1"], lights)
    dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id, today)
    with pytest.raises(InvalidInput):
        dispatch.record_result(db, users["clerk1"].id, made.id, ResultInput(
            outcome="done", after_photos=[("x.jpg", b"not a picture")]))
    assert status_of(db, made.id) == "assigned" and count(db, JobResult) == 0


def test_a_crew_leader_reports_only_for_their_own_crew(db, users, lights, road_crew, today):
    made = new_complaint(db, users["clerk1"], lights)
    dispatch.assign(db, users["clerk1"].id, [made.id], road_crew.id, today)
    with pytest.raises(PermissionDenied) as refused:
        dispatch.record_result(db, users["crew1"].id, made.id, ResultInput(outcome="done"))
    assert refused.value.code == "result.not_your_crew"


def test_suggested_crew_serves_the_category(db, demo_office, lights, light_crew):
    assert crews.suggest_crew(db, demo_office.id, lights.id).id == light_crew.id


def test_crew_registry_validates_and_is_for_admins(db, users, lights, light_crew):
    with pytest.raises(PermissionDenied):
        crews.save_crew(db, users["clerk1"].id, crews.CrewInput(name="ทีมใหม่"))
    with pytest.raises(InvalidInput) as bad:
        crews.save_crew(db, users["admin"].id, crews.CrewInput(
            name=light_crew.name, phone="12", leader_user_id=users["clerk1"].id))
    assert set(bad.value.fields) == {"name", "phone", "leader_user_id"}
    made = crews.save_crew(db, users["admin"].id, crews.CrewInput(
        name="ทีมตัดหญ้า", leader_name="นายอุดม ปินตา", members=["นายสมชาย คำมา", " "],
        phone="081-234-5678", category_ids=[lights.id]))
    assert (made.members, made.phone, made.category_names) == (
        ("นายสมชาย คำมา",), "0812345678", (lights.name_th,))


def test_the_printed_order_has_every_job_and_never_a_national_id(db, users, lights,
                                                                 light_crew, today):
    made = [new_complaint(db, users["clerk1"], lights) for _ in range(3)]
    made.append(new_complaint(db, users["clerk1"], lights, anonymous=True, complainant_name="",
                              phone="", national_id="", lat=None, lon=None))
    result = dispatch.assign(db, users["clerk1"].id, [c.id for c in made], light_crew.id, today,
                             work_orders="crew_day")
    [order] = result.work_orders
    text = pdf_text(work_orders.work_orders_pdf(db, users["clerk1"].office_id, [order.id]))
    assert order.number in text
    assert all(c.tracking_no in text for c in made)
    assert "1101700230708" not in text.replace(" ", "").replace("-", "")
    assert "081-234-5678" in text  # the crew calls the complainant


def test_the_board_lists_open_jobs_most_urgent_first(db, users, lights, light_crew, today):
    from fondue_desk.services.crew_board import crew_board

    made = [new_complaint(db, users["clerk1"], lights) for _ in range(3)]
    dispatch.assign(db, users["clerk1"].id, [c.id for c in made], light_crew.id, today)
    board = crew_board(db, users["clerk1"].office_id, today=today + timedelta(days=5))
    column = next(c for c in board.columns if c.crew.id == light_crew.id)
    mine = [j for j in column.jobs if j.id in {c.id for c in made}]
    assert len(mine) == 3 and all(j.days_overdue == 2 for j in mine)  # lights SLA: 3 days
    keys = [(-j.days_overdue, j.due_date) for j in column.jobs]
    assert keys == sorted(keys)
    assert column.overdue >= 3


def test_a_result_needs_a_crew_to_report_for(db, users, lights):
    made = new_complaint(db, users["clerk1"], lights)
    change_status(db, users["clerk1"].id, made.id, "in_progress")
    with pytest.raises(Conflict) as refused:
        dispatch.record_result(db, users["clerk1"].id, made.id, ResultInput(outcome="done"))
    assert refused.value.code == "result.not_with_crew"
    assert count(db, JobResult) == 0


def test_work_sent_back_to_the_office_leaves_the_crew(db, users, lights, light_crew, today):
    made = new_complaint(db, users["clerk1"], lights)
    dispatch.assign(db, users["clerk1"].id, [made.id], light_crew.id, today)
    back = change_status(db, users["clerk1"].id, made.id, "forwarded", note="เสาไฟของ กฟภ.")
    assert back.status == "forwarded" and back.crew_id is None and back.planned_date is None
