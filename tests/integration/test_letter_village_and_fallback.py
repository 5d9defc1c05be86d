"""The closure letter at approval and in print: a template that cannot be used is reported to the
approving desk in the approval's answer, and the complaint's village reaches the letter as a
name kept whole (real SQLite)."""
from __future__ import annotations

from sqlalchemy import update

from fondue_desk.db.models import Category
from fondue_desk.domain.templates import Kind
from fondue_desk.services import crews, dispatch, document_templates, letters, reference, signoff
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.pdf_text import contains, pdf_text


def _awaiting(db, office, clerk, today, *, village_number: int | None):
    category = next(c for c in reference.active_categories(db, office.id)
                    if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    village = next((v for v in reference.villages(db, office.id)
                    if v.number == village_number), None)
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟฟ้าส่องสว่างดับ 3 ต้น",
        complainant_name="นางสาวมาลี ใจดี", phone="0812345678",
        village_id=village.id if village else None, location_text="หน้าวัด"))
    dispatch.assign(db, clerk.id, [made.id],
                    crews.suggest_crew(db, office.id, category.id).id, today)
    dispatch.record_result(db, clerk.id, made.id, dispatch.ResultInput(
        outcome="done", notes="เปลี่ยนหลอดแล้ว", minutes_spent=30))
    return made, category, village


def _mayor(db):
    return reference.find_user(db, "mayor")


def test_an_approval_says_which_letters_took_the_standard_words(db, demo_office, clerk, today):
    broken, category, _ = _awaiting(db, demo_office, clerk, today, village_number=1)
    with db.write() as session:  # edited by hand: Settings would have refused it
        session.execute(update(Category).where(Category.id == category.id)
                        .values(letter_template="{{ 10 ** (10 ** 10) }}"))
    decision = signoff.approve(db, _mayor(db).id, [broken.id])
    [problem] = decision.template_problems
    assert (problem.kind, problem.category_id, problem.document) == (
        Kind.LETTER_BODY, category.id, broken.tracking_no)
    assert problem.error.code == "template.output_too_long"
    # the same problem is kept for the Templates page, and the letter was still written
    assert [p.code for p in document_templates.problems(db, demo_office.id)] == [
        "template.output_too_long"]
    [letter] = decision.letters
    assert contains(pdf_text(letters.letters_pdf(db, demo_office.id, [letter.id])),
                    "จึงเรียนมาเพื่อโปรดทราบ")


def test_an_approval_with_usable_templates_reports_nothing(db, demo_office, clerk, today):
    made, _, _ = _awaiting(db, demo_office, clerk, today, village_number=1)
    decision = signoff.approve(db, _mayor(db).id, [made.id])
    assert decision.letters and decision.template_problems == []
    returned = signoff.return_to_crew(db, _mayor(db).id, [
        _awaiting(db, demo_office, clerk, today, village_number=None)[0].id], "ยังไม่เสร็จ")
    assert returned.template_problems == []


def test_the_printed_letter_keeps_the_complaint_village_whole(
        db, demo_office, clerk, today, monkeypatch):
    with_village, _, village = _awaiting(db, demo_office, clerk, today, village_number=1)
    without, _, _ = _awaiting(db, demo_office, clerk, today, village_number=None)
    decision = signoff.approve(db, _mayor(db).id, [with_village.id, without.id])
    numbered = {x.complaint_id: x.id for x in decision.letters}
    printed = []
    real = letters.render_closure_letters
    monkeypatch.setattr(letters, "render_closure_letters",
                        lambda data: printed.extend(data) or real(data))
    letters.letters_pdf(db, demo_office.id, [numbered[without.id], numbered[with_village.id]])
    assert [d.village_name for d in printed] == ["", village.name]
