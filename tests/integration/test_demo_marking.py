"""A demo office's printed pages all say ตัวอย่าง / DEMO; a real office's pages never do."""
from __future__ import annotations

import dataclasses
import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from fondue_desk.documents.closure_letter import render_closure_letter
from fondue_desk.documents.demo_mark import DEMO_MARK
from fondue_desk.documents.outgoing_register import render_outgoing_register
from fondue_desk.documents.receipt import render_receipt
from fondue_desk.documents.work_order import render_work_order
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.services import receipts, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.integration import test_closure_letter_pdf as letters_sample
from tests.integration import test_outgoing_register_pdf as register_sample
from tests.integration import test_receipt_pdf as receipt_sample
from tests.integration import test_work_order_pdf as order_sample
from tests.pdf_text import contains

PRINTED_AT = datetime(2026, 12, 6, 10, 0, tzinfo=THAI_TZ)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def marked(text: str) -> bool:
    return "DEMO" in text and contains(text, "ตัวอย่าง")


def render_all(demo: bool) -> dict[str, bytes]:
    return {
        "receipt a5": render_receipt(receipt_sample.make(demo=demo), variant="a5"),
        "receipt slip": render_receipt(receipt_sample.make(demo=demo), variant="thermal"),
        "work order": render_work_order(order_sample.make_order(
            jobs=order_sample.twelve_jobs(), demo=demo)),
        "closure letter": render_closure_letter(letters_sample.make(
            body=letters_sample.LONG_BODY, demo=demo)),
        "outgoing register": render_outgoing_register(
            "เทศบาลตำบลแม่เหียะ", 2570, [register_sample.row(i) for i in range(1, 61)],
            printed_at=PRINTED_AT, demo=demo),
    }


def test_every_page_of_every_demo_document_carries_the_mark():
    for name, pdf in render_all(demo=True).items():
        pages = page_texts(pdf)
        assert len(pages) >= (1 if "receipt" in name else 2), name  # several pages are checked
        for number, text in enumerate(pages, 1):
            assert marked(text), f"{name}, page {number}: {text[:200]!r}"
            # Once as the watermark, once as the small mark in the top margin.
            assert text.count("DEMO") == 2, f"{name}, page {number}"


def test_a_real_office_documents_carry_no_mark():
    for name, pdf in render_all(demo=False).items():
        for number, text in enumerate(page_texts(pdf), 1):
            assert "DEMO" not in text and not contains(text, "ตัวอย่าง"), f"{name}, page {number}"


def test_the_mark_is_a_demo_only_default():
    assert receipt_sample.make().demo is False
    assert letters_sample.make().demo is False
    assert order_sample.make_order().demo is False
    assert DEMO_MARK == "ตัวอย่าง / DEMO"


@pytest.fixture
def logged(db, clerk, demo_office):
    category = reference.active_categories(db, demo_office.id)[0]
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟฟ้าส่องสว่างดับ 3 ต้น หน้าวัด",
        complainant_name="นางสมศรี ใจดี", phone="081-234-5678"), received_at=PRINTED_AT)


def test_the_demo_office_receipt_is_marked_by_the_service(db, demo_office, logged):
    assert demo_office.is_demo
    for variant in ("a5", "thermal"):
        text = "\n".join(page_texts(receipts.receipt_pdf(db, logged.id, variant=variant)))
        assert marked(text) and contains(text, demo_office.name)


def test_the_same_receipt_from_a_real_office_is_not(db, demo_office, logged):
    # The flag alone decides: the service passes the office's is_demo through.
    real = dataclasses.replace(demo_office, is_demo=False)
    data = receipts.receipt_data(real, logged)
    text = "\n".join(page_texts(render_receipt(data)))
    assert not marked(text) and "DEMO" not in text and contains(text, real.name)


def test_a_real_office_made_by_set_up_prints_its_own_header_and_no_mark(db):
    from fondue_desk.config import load_preset
    from fondue_desk.domain.office_config import AdminAccount
    from fondue_desk.services.office_setup import create_office

    preset = load_preset("tessaban-tambon")
    office_profile = dataclasses.replace(
        preset.office, name="เทศบาลตำบลอาจสามารถ", tambon="อาจสามารถ",
        address="เลขที่ 99 หมู่ที่ 1 ตำบลอาจสามารถ อำเภออาจสามารถ จังหวัดร้อยเอ็ด 45160",
        phone="043-511-234")
    created = create_office(db, dataclasses.replace(preset, office=office_profile),
                            AdminAccount("somchai.k", "ฝนตกหนัก สะพานขาด", "นายสมชาย ใจดี"),
                            now=PRINTED_AT)
    office = reference.office(db, created.office_id)
    assert not office.is_demo
    category = reference.active_categories(db, office.id)[0]
    logged = log_complaint(db, created.admin_user_id, ComplaintInput(
        category_id=category.id, description="ถนนชำรุดเป็นหลุมลึก",
        complainant_name="นางสมศรี ใจดี", phone="081-234-5678"), received_at=PRINTED_AT)
    for variant in ("a5", "thermal"):
        text = "\n".join(page_texts(receipts.receipt_pdf(db, logged.id, variant=variant)))
        assert contains(text, "เทศบาลตำบลอาจสามารถ") and contains(text, "จังหวัดร้อยเอ็ด 45160")
        assert not marked(text) and "DEMO" not in text


def test_the_demo_office_outgoing_register_is_marked_by_the_service(db, demo_office):
    from fondue_desk.services import letters

    text = "\n".join(page_texts(letters.register_pdf(db, demo_office.id, 2570)))
    assert marked(text) and contains(text, demo_office.name)
