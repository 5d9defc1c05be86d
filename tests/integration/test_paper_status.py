"""A status the office renamed (Settings → Statuses) is printed in its words on paper: the
receipt near its tracking number, the work order in each job's block (real SQLite, PDFs read
back)."""
from __future__ import annotations

import io
import os

import pytest
from pypdf import PdfReader

from fondue_desk.domain.labels import DEFAULT_STATUSES, StatusOverride
from fondue_desk.services import crews, dispatch, labels, reference, work_orders
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.receipts import RECEIPT_VARIANTS, receipt_pdf
from tests.pdf_text import contains, pdf_text


def _renamed(code: str, name_th: str) -> StatusOverride:
    default = DEFAULT_STATUSES[code]
    return StatusOverride(code, name_th, default.name_en, default.colour)


def _keep(pdf: bytes, name: str) -> None:
    """FONDUE_SHOTS=<dir> keeps the PDFs for a look (pdftoppm -png -r 80)."""
    folder = os.environ.get("FONDUE_SHOTS")
    if folder:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(pdf)


@pytest.fixture
def logged(db, demo_office, clerk):
    village = reference.active_villages(db, demo_office.id)[0]
    category = reference.active_categories(db, demo_office.id)[0]
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟกิ่งดับหน้าวัด ผู้สูงอายุเดินลำบาก",
        complainant_name="นางสาวมาลี ใจดี", phone="0812345678", village_id=village.id,
        location_text="หน้าวัด", lat=18.7883, lon=98.9853))


@pytest.mark.parametrize("variant", RECEIPT_VARIANTS)
def test_the_receipt_prints_the_status_in_the_office_words(db, admin, logged, variant):
    before = pdf_text(receipt_pdf(db, logged.id, variant=variant))
    assert contains(before, "สถานะ: รับเรื่องแล้ว")

    labels.save_status_labels(db, admin.id, [_renamed("received", "รับคำร้องไว้แล้ว")])
    pdf = receipt_pdf(db, logged.id, variant=variant)
    _keep(pdf, f"receipt-renamed-{variant}.pdf")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = pdf_text(pdf)
    assert contains(text, "สถานะ: รับคำร้องไว้แล้ว")
    assert not contains(text, "รับเรื่องแล้ว")

    labels.reset_status_labels(db, admin.id)
    assert contains(pdf_text(receipt_pdf(db, logged.id, variant=variant)),
                    "สถานะ: รับเรื่องแล้ว")


def test_the_work_order_prints_each_job_status_in_the_office_words(
        db, demo_office, admin, clerk, logged, today):
    category = reference.active_categories(db, demo_office.id)[0]
    crew = crews.suggest_crew(db, demo_office.id, category.id)
    dispatch.assign(db, clerk.id, [logged.id], crew.id, today, instruction="ตรวจสายไฟ")
    [order] = work_orders.issue_work_orders(db, clerk.id, [logged.id])
    assert contains(pdf_text(work_orders.work_orders_pdf(db, demo_office.id, [order.id])),
                    "สถานะ มอบหมายแล้ว")

    # Renamed after the order was issued: a reprint shows the words of the day it prints.
    labels.save_status_labels(db, admin.id, [_renamed("assigned", "ส่งช่างออกพื้นที่แล้ว")])
    pdf = work_orders.work_orders_pdf(db, demo_office.id, [order.id])
    _keep(pdf, "work-order-renamed.pdf")
    text = pdf_text(pdf)
    assert contains(text, "สถานะ ส่งช่างออกพื้นที่แล้ว")
    assert not contains(text, "มอบหมายแล้ว")


def test_the_template_previews_use_the_office_words(db, demo_office, admin, logged):
    from fondue_desk.domain.templates import Kind
    from fondue_desk.services import template_preview as preview

    labels.save_status_labels(db, admin.id, [_renamed("received", "รับคำร้องไว้แล้ว"),
                                             _renamed("assigned", "ส่งช่างออกพื้นที่แล้ว")])
    real = preview.preview_context(db, demo_office.id, Kind.RECEIPT_HEADER,
                                   tracking_no=logged.tracking_no)
    assert contains(pdf_text(preview.preview_pdf(real, "").pdf), "สถานะ: รับคำร้องไว้แล้ว")
    sample = preview.preview_context(db, demo_office.id, Kind.WORK_ORDER)
    assert contains(pdf_text(preview.preview_pdf(sample, "").pdf),
                    "สถานะ ส่งช่างออกพื้นที่แล้ว")
