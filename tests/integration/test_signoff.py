"""The executive's sign-off, the closure letters and the outgoing register, on a real SQLite file."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fondue_desk.db.models import OutgoingLetter, SignOff
from fondue_desk.domain.calendar import be_year
from fondue_desk.domain.errors import Conflict, InvalidInput, PermissionDenied
from fondue_desk.services import complaints, crews, dispatch, letters, reference, signoff
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.signoff_queue import decisions, signoff_queue
from fondue_desk.services.workflow import change_status
from tests.pdf_text import pdf_text, skeleton


@pytest.fixture
def users(db, demo_office):
    return {u: reference.find_user(db, u) for u in ("clerk1", "crew1", "mayor", "admin")}


def finished(db, office, clerk, today, *, anonymous=False, name="นางสาวผู้ใหญ่ น้ำใจดี"):
    category = next(c for c in reference.active_categories(db, office.id)
                    if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    crew = crews.suggest_crew(db, office.id, category.id)
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟฟ้าส่องสว่างดับ 3 ต้น", anonymous=anonymous,
        complainant_name="" if anonymous else name, phone="" if anonymous else "0812345678",
        location_text="หน้าวัดป่าจี้"))
    dispatch.assign(db, clerk.id, [made.id], crew.id, today)
    dispatch.record_result(db, clerk.id, made.id, dispatch.ResultInput(
        outcome="done", notes="เปลี่ยนหลอด LED 3 หลอดเรียบร้อย", minutes_spent=60))
    return made


def letter_rows(db, complaint_ids):
    with db.read() as session:
        return session.execute(select(OutgoingLetter.year, OutgoingLetter.document_no,
                                      OutgoingLetter.reference, OutgoingLetter.body).where(
            OutgoingLetter.complaint_id.in_(complaint_ids)).order_by(OutgoingLetter.seq)).all()


def test_the_queue_shows_the_evidence(db, demo_office, users, today):
    made = finished(db, demo_office, users["clerk1"], today)
    item = next(i for i in signoff_queue(db, demo_office.id) if i.id == made.id)
    assert item.crew_name == "ทีมไฟฟ้าส่องสว่าง กองช่าง"
    assert item.result_notes == "เปลี่ยนหลอด LED 3 หลอดเรียบร้อย" and item.minutes_spent == 60
    assert item.days_taken == 0 and item.returned_before == 0


def test_approving_two_closes_them_and_numbers_two_letters_in_order(db, demo_office, users,
                                                                     today):
    made = [finished(db, demo_office, users["clerk1"], today) for _ in range(2)]
    anonymous = finished(db, demo_office, users["clerk1"], today, anonymous=True)
    decision = signoff.approve(db, users["mayor"].id, [m.id for m in made] + [anonymous.id])
    assert [c.status for c in decision.complaints] == ["closed"] * 3
    assert len(decision.letters) == 2  # nobody to write to for the anonymous one
    seqs = [int(letter.document_no.rsplit("/", 1)[1]) for letter in decision.letters]
    assert seqs[1] == seqs[0] + 1
    rows = letter_rows(db, [m.id for m in made])
    assert [r.year for r in rows] == [be_year(today.year)] * 2
    assert rows[0].document_no.startswith(demo_office.document_code + "/")
    assert made[0].tracking_no in rows[0].reference and "ทีมไฟฟ้าส่องสว่าง" in rows[0].body
    assert [d.decision for d in decisions(db, made[0].id)] == ["approved"]
    assert decisions(db, made[0].id)[0].by_name == users["mayor"].full_name


def test_a_clerk_cannot_sign_off(db, demo_office, users, today):
    made = finished(db, demo_office, users["clerk1"], today)
    for role in ("clerk1", "crew1", "admin"):
        with pytest.raises(PermissionDenied):
            signoff.approve(db, users[role].id, [made.id])
    assert complaints.get(db, made.id).status == "awaiting_signoff"


def test_returning_needs_a_reason_and_goes_back_to_the_crew(db, demo_office, users, today):
    made = finished(db, demo_office, users["clerk1"], today)
    with pytest.raises(InvalidInput):
        signoff.return_to_crew(db, users["mayor"].id, [made.id], " ")
    back = signoff.return_to_crew(db, users["mayor"].id, [made.id], "ไฟยังดับอยู่ 1 ต้น")
    assert back.complaints[0].status == "in_progress"
    assert back.complaints[0].crew_name == "ทีมไฟฟ้าส่องสว่าง กองช่าง"
    assert [d.note for d in decisions(db, made.id)] == ["ไฟยังดับอยู่ 1 ต้น"]
    assert not letter_rows(db, [made.id])


def test_only_awaiting_work_is_signed_and_a_bad_one_changes_nothing(db, demo_office, users,
                                                                     today):
    ready = finished(db, demo_office, users["clerk1"], today)
    category = reference.active_categories(db, demo_office.id)[0]
    fresh = log_complaint(db, users["clerk1"].id, ComplaintInput(
        category_id=category.id, description="ถนนเป็นหลุม", anonymous=True))
    with pytest.raises(Conflict) as refused:
        signoff.approve(db, users["mayor"].id, [ready.id, fresh.id])
    assert refused.value.params["tracking_no"] == fresh.tracking_no
    assert complaints.get(db, ready.id).status == "awaiting_signoff"
    with db.read() as session:
        assert session.scalars(select(SignOff).where(SignOff.complaint_id == ready.id)).all() == []


def test_a_closed_complaint_reopens_with_a_reason_and_is_counted(db, demo_office, users, today):
    made = finished(db, demo_office, users["clerk1"], today)
    signoff.approve(db, users["mayor"].id, [made.id])
    with pytest.raises(InvalidInput):
        change_status(db, users["mayor"].id, made.id, "in_progress", note="")
    with pytest.raises(PermissionDenied):
        change_status(db, users["crew1"].id, made.id, "in_progress", note="ไฟดับอีกแล้ว")
    reopened = change_status(db, users["mayor"].id, made.id, "in_progress", note="ไฟดับอีกแล้ว")
    assert reopened.status == "in_progress" and reopened.reopen_count == 1


def test_the_letter_reads_back_with_number_dates_names_and_reference(db, demo_office, users,
                                                                     today):
    made = finished(db, demo_office, users["clerk1"], today)
    [letter] = signoff.approve(db, users["mayor"].id, [made.id]).letters
    pdf = letters.letter_pdf_by_tracking(db, made.tracking_no)
    # The default template is short enough for one page, footer included.
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = skeleton(pdf_text(pdf))
    for expected in (letter.document_no, made.tracking_no, "นางสาวผู้ใหญ่ น้ำใจดี",
                     "นายประเสริฐ กันทะวงศ์", "นายกเทศมนตรีตำบลแม่เหียะ", "ขอแสดงความนับถือ",
                     f"{today.day} ", str(be_year(today.year))):
        assert skeleton(expected) in text, expected


def test_the_outgoing_register_is_gapless_and_printable(db, demo_office, users, today):
    made = [finished(db, demo_office, users["clerk1"], today, name=f"นายสมชาย ใจดี{i}")
            for i in range(3)]
    signoff.approve(db, users["mayor"].id, [m.id for m in made])
    year = be_year(today.year)
    rows = letters.register(db, demo_office.id, year)
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert {m.tracking_no for m in made} <= {r.tracking_no for r in rows}
    text = pdf_text(letters.register_pdf(db, demo_office.id, year))
    assert all(r.document_no.split("/")[-1] in text for r in rows)
    of_today = letters.letters_of_day(db, demo_office.id)
    assert len(of_today) >= 3
    batch = pdf_text(letters.letters_pdf(db, demo_office.id, of_today))
    assert all(m.tracking_no in batch for m in made)
