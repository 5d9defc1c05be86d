"""Document templates in the core: saved checked, printed on every document, and a broken one
never stops printing (the default prints and the admin is told)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from fondue_desk.db.models import Category, OfficeSetting
from fondue_desk.documents.receipt import render_receipt
from fondue_desk.domain.custom_fields import FieldDefinition, FieldKind
from fondue_desk.domain.errors import InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.templates import Kind
from fondue_desk.services import (
    crews,
    dispatch,
    document_templates,
    letters,
    receipts,
    reference,
    signoff,
    work_orders,
)
from fondue_desk.services import template_preview as preview
from fondue_desk.services.category_fields import save_field
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.integration import test_receipt_pdf as receipt_sample
from tests.pdf_text import pdf_text, skeleton

PLATE = FieldDefinition("plate", FieldKind.SHORT_TEXT, "ทะเบียนรถ", "Plate")


def has(pdf: bytes, words: str) -> bool:
    return skeleton(words) in skeleton(pdf_text(pdf))


@pytest.fixture
def lights(db, demo_office):
    return next(c for c in reference.active_categories(db, demo_office.id)
                if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")


@pytest.fixture
def logged(db, demo_office, admin, clerk, lights):
    save_field(db, admin.id, lights.id, PLATE)
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=lights.id, description="ไฟดับหน้าวัด", complainant_name="นางสาวมาลี ใจดี",
        phone="0812345678", location_text="หน้าวัดป่าจี้", field_values={"plate": "กข 1234"}))


def test_saving_is_for_the_admin_checked_with_the_line_and_reset_goes_back(db, demo_office,
                                                                         admin, clerk, lights):
    with pytest.raises(PermissionDenied):
        document_templates.save_template(db, clerk.id, Kind.RECEIPT_FOOTER, "x")
    with pytest.raises(InvalidInput) as bad:
        document_templates.save_template(db, admin.id, Kind.LETTER_BODY,
                                         "เรียน {{ name }}\n{{ name:>2000000 }}",
                                         category_id=lights.id)
    assert bad.value.errors[0].field == "template"
    assert (bad.value.errors[0].code, bad.value.errors[0].params["line"]) == (
        "template.syntax", 2)
    with pytest.raises(InvalidInput) as bad:
        document_templates.save_template(db, admin.id, Kind.RECEIPT_HEADER,
                                         "{{ description * 100 }}")
    assert bad.value.errors[0].code == "template.output_too_long"
    with pytest.raises(InvalidInput) as bad:  # another category's field is not this one's
        document_templates.save_template(db, admin.id, Kind.LETTER_SUBJECT,
                                         "{{ fields.plate }}", category_id=lights.id)
    assert bad.value.errors[0].params == {"line": 1, "field": "fields.plate"}
    save_field(db, admin.id, lights.id, PLATE)
    saved = document_templates.save_template(db, admin.id, Kind.LETTER_SUBJECT,
                                             "เรื่อง {{ fields.plate }}", category_id=lights.id)
    assert saved.source == "เรื่อง {{ fields.plate }}"
    assert "fields.plate" in [f.name for f in saved.fields]
    assert document_templates.template(db, demo_office.id, Kind.LETTER_SUBJECT,
                                       lights.id).source == saved.source
    footer = document_templates.save_template(db, admin.id, Kind.RECEIPT_FOOTER, "ขอบคุณ")
    assert footer.source == "ขอบคุณ" and footer.default.startswith("โปรดเก็บ")
    assert document_templates.reset_template(db, admin.id, Kind.RECEIPT_FOOTER).source == ""


def test_receipt_prints_the_notes_and_the_custom_answers(db, demo_office, admin, logged):
    document_templates.save_template(
        db, admin.id, Kind.RECEIPT_HEADER, "ติดต่อ {{ office_phone }} ทะเบียน {{ fields.plate }}")
    document_templates.save_template(db, admin.id, Kind.RECEIPT_FOOTER,
                                     "เก็บใบนี้ไว้ เลขที่ {{ tracking_no }}")
    pdf, found = receipts.receipt_pdf_checked(db, logged.id)
    assert found == []
    assert has(pdf, "ทะเบียน กข 1234") and has(pdf, f"เก็บใบนี้ไว้ เลขที่ {logged.tracking_no}")
    assert has(pdf, "ทะเบียนรถ") and has(pdf, "กข 1234")


def test_work_order_prints_the_instruction_template_and_the_answers(db, demo_office, admin,
                                                                    clerk, logged, lights, today):
    document_templates.save_template(db, admin.id, Kind.WORK_ORDER,
                                     "{{ instruction }} ถ่ายภาพก่อนและหลัง ({{ fields.plate }})")
    crew = crews.suggest_crew(db, demo_office.id, lights.id)
    dispatch.assign(db, clerk.id, [logged.id], crew.id, today, instruction="ตรวจสายไฟ")
    [order] = work_orders.issue_work_orders(db, clerk.id, [logged.id])
    pdf = work_orders.work_orders_pdf(db, demo_office.id, [order.id])
    assert has(pdf, "ตรวจสายไฟ ถ่ายภาพก่อนและหลัง (กข 1234)")
    assert has(pdf, "ทะเบียนรถ")


def test_a_template_broken_by_hand_prints_the_default_and_tells_the_admin(
        db, demo_office, admin, logged):
    with db.write() as session:  # as if edited in the database, past the save-time check
        session.add(OfficeSetting(office_id=demo_office.id, key="template.receipt_footer",
                                  value="{{ ''.__class__ }}"))
    pdf, found = receipts.receipt_pdf_checked(db, logged.id)
    assert [(p.kind, p.error.code) for p in found] == [(Kind.RECEIPT_FOOTER, "template.unsafe")]
    assert has(pdf, "โปรดเก็บใบรับเรื่องนี้ไว้เป็นหลักฐาน")
    [problem] = document_templates.problems(db, demo_office.id)
    assert (problem.kind, problem.code, problem.document) == (
        "receipt_footer", "template.unsafe", logged.tracking_no)
    view = document_templates.template(db, demo_office.id, Kind.RECEIPT_FOOTER)
    assert view.problem == problem
    document_templates.save_template(db, admin.id, Kind.RECEIPT_FOOTER, "")
    assert document_templates.problems(db, demo_office.id) == []


def test_the_letter_takes_its_category_subject_and_a_broken_body_falls_back(
        db, demo_office, admin, clerk, lights, today):
    from tests.integration.test_signoff import finished

    document_templates.save_template(db, admin.id, Kind.LETTER_SUBJECT,
                                     "แจ้งผลเรื่อง {{ tracking_no }}", category_id=lights.id)
    with db.write() as session:
        session.execute(update(Category).where(Category.id == lights.id)
                        .values(letter_template="{{ 10 ** (10 ** 10) }}"))
    made = finished(db, demo_office, clerk, today)
    [letter] = signoff.approve(db, reference.find_user(db, "mayor").id, [made.id]).letters
    pdf = letters.letters_pdf(db, demo_office.id, [letter.id])
    assert has(pdf, f"แจ้งผลเรื่อง {made.tracking_no}")
    assert has(pdf, "จึงเรียนมาเพื่อโปรดทราบ")  # the default body
    [problem] = document_templates.problems(db, demo_office.id)
    assert (problem.kind, problem.category_id, problem.code) == (
        "letter_body", lights.id, "template.output_too_long")


def test_preview_of_a_real_and_a_sample_complaint(db, demo_office, logged, lights):
    real = preview.preview_context(db, demo_office.id, Kind.RECEIPT_HEADER,
                                   tracking_no=logged.tracking_no)
    assert not real.sample and real.complaint.tracking_no == logged.tracking_no
    shown = preview.preview_pdf(real, "ทะเบียน {{ fields.plate }}")
    assert shown.error is None and has(shown.pdf, "ทะเบียน กข 1234")
    sample = preview.preview_context(db, demo_office.id, Kind.LETTER_BODY,
                                     category_id=lights.id)
    assert sample.sample and sample.complaint.category_name == lights.name_th
    shown = preview.preview_pdf(sample, "เรียน {{ name }} ({{ fields.plate }})")
    assert has(shown.pdf, "เรียน นางสาวมาลี ใจดี (")
    broken = preview.preview_pdf(sample, "เรียน\n{{ nope }}")
    assert broken.pdf is None
    assert (broken.error.code, broken.error.params) == (
        "template.unknown_field", {"line": 2, "field": "nope"})
    with pytest.raises(NotFound):
        preview.preview_context(db, demo_office.id, Kind.WORK_ORDER, tracking_no="9999-999999")


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_long_answers_and_notes_keep_the_receipt_on_one_page(variant):
    long = "น้ำประปาไม่ไหลมาสามวัน ท่อแตกบริเวณหน้าบ้านเลขที่ 12 " * 12
    data = receipt_sample.make(
        description=long, header_note=long, footer_note=long,
        field_rows=tuple((f"คำถามที่ {i} ของประเภทเรื่องนี้ซึ่งยาวมาก", long) for i in range(8)))
    pdf = render_receipt(data, variant=variant)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = skeleton(pdf_text(pdf))
    # what does not fit is counted, and the register has it
    assert skeleton("อยู่ในทะเบียนเรื่องร้องเรียน") in text and skeleton("น้ำประปาไม่ไหล") in text
    # answers as short as real ones (a plate, a choice) all print beside a counter's usual
    # description (the sample's own is long enough to fill the sheet by itself)
    data = receipt_sample.make(description="รถจอดขวางทางเข้าซอยทุกเย็น", lat=None, lon=None,
                               field_rows=(("ทะเบียนรถ", "1กข 1234 เชียงใหม่"),
                                           ("ประเภทรถ", "รถยนต์"), ("เวลาที่พบ", "14:30")))
    pdf = render_receipt(data, variant=variant)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = skeleton(pdf_text(pdf))
    assert all(skeleton(w) in text for w in ("1กข 1234 เชียงใหม่", "ประเภทรถ", "14:30"))
    assert skeleton("อยู่ในทะเบียน") not in text
