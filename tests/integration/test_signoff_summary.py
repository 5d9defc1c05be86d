"""The closure letter states the result summary the office approved, not the crew's raw notes."""
from __future__ import annotations

import multiprocessing as mp

import pytest
from sqlalchemy import func, select

from fondue_desk.db.models import Complaint, OutgoingLetter, SignOff
from fondue_desk.domain.errors import Conflict, InvalidInput
from fondue_desk.domain.result_summary import MAX_SUMMARY
from fondue_desk.services import crews, dispatch, letters, reference, signoff
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.pdf_text import pdf_text, skeleton

RAW_NOTES = "เปลี่ยนหลอด LED 3 หลอด\nเบิกหลอดจากคลัง 3 ดวง\n#OT ทีมงาน 2 ชม."
EDITED = "ได้เปลี่ยนหลอดไฟฟ้าส่องสว่างใหม่จำนวน 3 ดวง ใช้งานได้ตามปกติแล้ว"


@pytest.fixture
def users(db, demo_office):
    return {u: reference.find_user(db, u) for u in ("clerk1", "mayor")}


def finished(db, office, clerk, today, *, anonymous=False):
    category = next(c for c in reference.active_categories(db, office.id)
                    if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟฟ้าส่องสว่างดับ 3 ต้น", anonymous=anonymous,
        complainant_name="" if anonymous else "นางสาวผู้ใหญ่ น้ำใจดี",
        phone="" if anonymous else "0812345678", location_text="หน้าวัดป่าจี้"))
    dispatch.assign(db, clerk.id, [made.id], crews.suggest_crew(db, office.id, category.id).id,
                    today)
    dispatch.record_result(db, clerk.id, made.id, dispatch.ResultInput(
        outcome="done", notes=RAW_NOTES, minutes_spent=60))
    return made


def stored(db, complaint_id):
    with db.read() as session:
        return session.execute(select(OutgoingLetter.result_summary, OutgoingLetter.body).where(
            OutgoingLetter.complaint_id == complaint_id)).one()


def counts(db):
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(OutgoingLetter)),
                session.scalar(select(func.count()).select_from(SignOff)),
                session.scalar(select(func.count()).where(Complaint.status == "closed")))


def test_the_edited_summary_is_stored_and_printed_instead_of_the_notes(db, demo_office, users,
                                                                       today):
    made = finished(db, demo_office, users["clerk1"], today)
    signoff.approve(db, users["mayor"].id, [made.id], summaries={made.id: EDITED + "\n"})
    summary, body = stored(db, made.id)
    assert summary == EDITED and EDITED in body and "เบิก" not in body and "OT" not in body
    text = skeleton(pdf_text(letters.letter_pdf_by_tracking(db, made.tracking_no)))
    assert skeleton(EDITED) in text
    for raw in ("เบิกหลอดจากคลัง", "ทีมงาน 2 ชม"):
        assert skeleton(raw) not in text


def test_without_an_edit_the_letter_takes_the_cleaned_notes(db, demo_office, users, today):
    made = finished(db, demo_office, users["clerk1"], today)
    signoff.approve(db, users["mayor"].id, [made.id])
    summary, body = stored(db, made.id)
    assert summary == "เปลี่ยนหลอด LED 3 หลอด" and "(เปลี่ยนหลอด LED 3 หลอด)" in body


@pytest.mark.parametrize(("text", "code"), [
    ("   ", "summary.required"), ("ก" * (MAX_SUMMARY + 1), "text.too_long")])
def test_a_bad_summary_refuses_the_whole_batch_and_changes_nothing(db, demo_office, users,
                                                                   today, text, code):
    good, bad = (finished(db, demo_office, users["clerk1"], today) for _ in range(2))
    before = counts(db)
    with pytest.raises(InvalidInput) as refused:
        signoff.approve(db, users["mayor"].id, [good.id, bad.id],
                        summaries={good.id: EDITED, bad.id: text})
    [error] = refused.value.errors
    assert (error.field, error.code) == ("summary", code)
    assert error.params["tracking_no"] == bad.tracking_no
    assert counts(db) == before


def test_an_anonymous_complaint_needs_no_summary(db, demo_office, users, today):
    made = finished(db, demo_office, users["clerk1"], today, anonymous=True)
    decision = signoff.approve(db, users["mayor"].id, [made.id], summaries={made.id: ""})
    assert decision.letters == [] and decision.complaints[0].status == "closed"


def _approve(url, mayor_id, complaint_id, summary, barrier, results, now) -> None:
    from fondue_desk.db.database import Database
    from fondue_desk.domain.calendar import fixed_clock, set_clock
    from fondue_desk.services import signoff as signing

    set_clock(fixed_clock(now, tick=True))
    db = Database.open(url, migrate=False)
    barrier.wait()
    try:
        decision = signing.approve(db, mayor_id, [complaint_id], summaries={complaint_id: summary})
        results.put(("won", summary, decision.letters[0].document_no))
    except Conflict as exc:
        results.put(("refused", summary, exc.code))
    finally:
        db.close()


def test_two_desks_approving_at_once_write_exactly_one_letter(db, db_url, demo_office, users,
                                                             today, now):
    made = finished(db, demo_office, users["clerk1"], today)
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_approve, args=(db_url, users["mayor"].id, made.id,
                                                f"{EDITED} (โต๊ะที่ {n})", barrier, results, now))
             for n in (1, 2)]
    for desk in desks:
        desk.start()
    outcomes = sorted([results.get(timeout=240), results.get(timeout=240)])
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert [o[0] for o in outcomes] == ["refused", "won"]
    assert outcomes[0][2] == "signoff.not_awaiting"
    with db.read() as session:
        rows = session.execute(select(OutgoingLetter.result_summary).where(
            OutgoingLetter.complaint_id == made.id)).scalars().all()
        approvals = session.scalar(select(func.count()).select_from(SignOff).where(
            SignOff.complaint_id == made.id))
    assert rows == [outcomes[1][1]] and approvals == 1
