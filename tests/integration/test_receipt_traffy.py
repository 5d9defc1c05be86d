"""The receipt of a complaint sent to Traffy Fondue: ticket id, tracking password and a QR code
to the ticket's public page, on one page in both variants."""
from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from fondue_desk.db.models import TraffyTicket
from fondue_desk.documents import receipt
from fondue_desk.documents.receipt import TraffyTicketPrint, render_receipt
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.services import receipts, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.integration.test_receipt_pdf import (
    DESCRIPTIONS,
    make,
    pdfinfo_pages,
    reader,
    zbar,
)
from tests.pdf_text import contains, pdf_text

TICKET = TraffyTicketPrint("2026-B9WGC7", "483920",
                           "https://share.traffy.in.th/teamchadchart/2026-B9WGC7")
RECEIVED_AT = datetime(2026, 11, 25, 9, 41, tzinfo=THAI_TZ)
needs_tools = pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm") and shutil.which("pdfinfo")),
    reason="needs poppler-utils and zbar-tools")


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_ticket_id_and_password_are_printed(variant):
    text = pdf_text(render_receipt(make(traffy=TICKET), variant=variant))
    assert "2026-B9WGC7" in text and "483920" in text
    assert contains(text, "Traffy Fondue") and contains(text, "รหัสผ่าน")


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_without_a_ticket_nothing_of_traffy_is_printed(variant):
    text = pdf_text(render_receipt(make(), variant=variant))
    assert "Traffy" not in text


def test_a_ticket_without_a_password_prints_no_password_line():
    text = pdf_text(render_receipt(make(traffy=TraffyTicketPrint("2026-X", "", "https://x/2026-X"))))
    assert "2026-X" in text and not contains(text, "รหัสผ่าน")


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_second_qr_encodes_the_ticket_page(variant, monkeypatch):
    payloads: list[str] = []

    class SpyQr(receipt.QrCodeWidget):
        def __init__(self, value, *args, **kwargs):
            payloads.append(value)
            super().__init__(value, *args, **kwargs)

    monkeypatch.setattr(receipt, "QrCodeWidget", SpyQr)
    render_receipt(make(traffy=TICKET), variant=variant)
    # The fitting pass may build the story more than once: each build draws both codes.
    assert set(payloads) == {"2570-000123", TICKET.url}


@needs_tools
@pytest.mark.parametrize("variant", ["a5", "thermal"])
@pytest.mark.parametrize("case", ["1 character", "5,000 characters", "many line breaks"])
def test_one_page_and_both_codes_scan(variant, case, tmp_path):
    pdf = render_receipt(make(traffy=TICKET, description=DESCRIPTIONS[case],
                              header_note="ติดต่อสอบถาม 053-123-456 ในเวลาราชการ"),
                         variant=variant)
    assert len(reader(pdf).pages) == 1 == pdfinfo_pages(pdf, tmp_path)
    assert sorted(zbar(pdf, tmp_path)) == sorted(["2570-000123", TICKET.url])


def test_ticket_url_is_the_share_link_of_the_ticket():
    assert receipts.traffy_ticket_url("2026-B9WGC7") == TICKET.url
    assert receipts.traffy_ticket_url("a/b c").endswith("/a%2Fb%20c")


@pytest.fixture
def logged(db, clerk, demo_office):
    category = reference.active_categories(db, demo_office.id)[0]
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ถนนชำรุดเป็นหลุมลึก หน้าโรงเรียน",
        complainant_name="นางสมศรี ใจดี", phone="081-234-5678"), received_at=RECEIVED_AT)


def test_the_service_prints_the_ticket_linked_to_the_complaint(db, demo_office, logged,
                                                               tmp_path):
    assert receipts.traffy_print(db, logged.id) is None
    with db.write() as session:
        session.add(TraffyTicket(office_id=demo_office.id, complaint_id=logged.id,
                                 ticket_id="2026-GYDHMT", password="771204", source="push"))
    assert receipts.traffy_print(db, logged.id) == TraffyTicketPrint(
        "2026-GYDHMT", "771204", "https://share.traffy.in.th/teamchadchart/2026-GYDHMT")
    for variant in ("a5", "thermal"):
        pdf = receipts.receipt_pdf(db, logged.id, variant=variant)
        text = pdf_text(pdf)
        assert len(reader(pdf).pages) == 1
        assert "2026-GYDHMT" in text and "771204" in text and logged.tracking_no in text
        if shutil.which("zbarimg") and shutil.which("pdftoppm"):
            out = tmp_path / variant
            out.mkdir()
            assert receipts.traffy_ticket_url("2026-GYDHMT") in zbar(pdf, out)
