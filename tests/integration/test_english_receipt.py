"""The receipt in the complainant's language, read back from the PDF: a foreign resident's in
English (labels, Gregorian dates, English names through the label layer, both office names),
a Thai complainant's as it has always been."""
from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from sqlalchemy import update

from fondue_desk.db.models import Category, Office, Village
from fondue_desk.documents.receipt_words import ENGLISH_WORDS, THAI_WORDS, english_date
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.services import receipts, reference
from fondue_desk.services.editing import edit_complaint, input_of
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.pdf_text import contains, normalise_extracted, pdf_text

AT = datetime(2026, 11, 25, 9, 41, tzinfo=THAI_TZ)
THAI_ONLY = [THAI_WORDS.title, THAI_WORDS.tracking_no, THAI_WORDS.received_at,
             THAI_WORDS.due, THAI_WORDS.clerk, "ผู้ร้องเรียน", "ประเภทเรื่อง", "หมู่บ้าน",
             "สถานที่", "รายละเอียด", "ภายใน", "2569", "พฤศจิกายน", "รับเรื่องแล้ว",
             "ยื่นที่เคาน์เตอร์", "โปรดเก็บ"]


@pytest.fixture
def named(db, demo_office):
    """The office, the first category and village with English names the test knows."""
    category = reference.active_categories(db, demo_office.id)[0]
    village = reference.villages(db, demo_office.id)[0]
    with db.write() as session:
        session.execute(update(Office).where(Office.id == demo_office.id)
                        .values(name_en="Mae Hia Subdistrict Municipality"))
        session.execute(update(Category).where(Category.id == category.id)
                        .values(name_en="Street lighting"))
        session.execute(update(Village).where(Village.id == village.id)
                        .values(name_en="Ban Pa Chi"))
    return demo_office, category, village


def logged(db, clerk, named, **overrides):
    _office, category, village = named
    values = {"category_id": category.id, "village_id": village.id,
              "description": "The street light in front of the temple is out.",
              "complainant_name": "John Smith", "phone": "081-234-5678",
              "location_text": "Soi 5, opposite the 7-Eleven", "language": "en"}
    values.update(overrides)
    return log_complaint(db, clerk.id, ComplaintInput(**values), received_at=AT)


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_an_english_complainants_receipt_is_in_english(db, clerk, named, variant):
    office, category, village = named
    complaint = logged(db, clerk, named)
    text = normalise_extracted(pdf_text(receipts.receipt_pdf(db, complaint.id,
                                                             variant=variant)))
    # HarfBuzz sets "fi" as a ligature (Oﬃcer): compare letters, not glyphs.
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))
    for words in ("Complaint Receipt", "Tracking number", complaint.tracking_no, "Received on",
                  "25 November 2026, 09:41", "Status: Received", "Received via",
                  "At the counter", "Complainant", "John Smith", "Telephone", "Category",
                  "Street lighting", "Village", f"Moo {village.number} Ban Pa Chi", "Location",
                  "Details", "Expected completion",
                  english_date(complaint.due_date), f"within {category.sla_days} days",
                  "Officer receiving the complaint", "Mae Hia Subdistrict Municipality",
                  "Please keep this receipt"):
        assert words in flat, words
    # The office's Thai name heads it too: the official name, for whoever helps the reader.
    assert contains(text, office.name)
    for thai in THAI_ONLY:
        assert not contains(text, thai), thai
    if variant == "a5":
        assert "Signed" in flat and "Page 1" in flat


def test_without_an_english_office_name_the_thai_one_heads_it_alone(db, clerk, named):
    office, _category, _village = named
    with db.write() as session:
        session.execute(update(Office).where(Office.id == office.id).values(name_en=""))
    text = normalise_extracted(pdf_text(receipts.receipt_pdf(db, logged(db, clerk, named).id)))
    assert contains(text, office.name)
    assert "Complaint Receipt" in text and "Subdistrict" not in text


def test_a_thai_complainants_receipt_is_unchanged(db, clerk, named):
    office, category, village = named
    complaint = logged(db, clerk, named, complainant_name="นางสมศรี ใจดี", language="th",
                       description="ไฟฟ้าส่องสว่างดับ", location_text="หน้าวัด")
    text = normalise_extracted(pdf_text(receipts.receipt_pdf(db, complaint.id)))
    for thai in (THAI_WORDS.title, THAI_WORDS.tracking_no, "25 พฤศจิกายน 2569 เวลา 09:41 น.",
                 "สถานะ: รับเรื่องแล้ว", "ยื่นที่เคาน์เตอร์", category.name_th,
                 f"หมู่ที่ {village.number} {village.name}", office.name, "โปรดเก็บ"):
        assert contains(text, thai), thai
    for english in ("Complaint Receipt", "Tracking", "Street lighting", "Ban Pa Chi",
                    "Mae Hia Subdistrict", "November", "Received"):
        assert english not in text, english


def test_a_reprint_follows_a_corrected_language(db, clerk, named):
    """The receipt reprinted later is the complainant's status notice: in their language."""
    complaint = logged(db, clerk, named, language="th")
    assert contains(pdf_text(receipts.receipt_pdf(db, complaint.id)), THAI_WORDS.title)
    edit_complaint(db, clerk.id, complaint.id,
                   ComplaintInput(**{**input_of(complaint).__dict__, "language": "en"}))
    text = pdf_text(receipts.receipt_pdf_by_tracking(db, complaint.tracking_no))
    assert ENGLISH_WORDS.title in text and "Status: Received" in " ".join(text.split())


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_the_traffy_block_keeps_its_place_and_reads_english(db, clerk, named, variant):
    from fondue_desk.documents.receipt import TraffyTicketPrint, render_receipt

    office = reference.office(db, named[0].id)
    complaint = logged(db, clerk, named)
    ticket = TraffyTicketPrint("2025-ABCD12", "7x9k", receipts.traffy_ticket_url("2025-ABCD12"))
    data = receipts.receipt_data(office, complaint, traffy=ticket)
    text = normalise_extracted(pdf_text(render_receipt(data, variant=variant)))
    flat = " ".join(text.split())
    for words in ("Follow this complaint on Traffy Fondue", "Traffy ticket: 2025-ABCD12",
                  "Password: 7x9k"):
        assert words in flat, words
    assert not contains(text, THAI_WORDS.traffy_caption)


def test_the_categorys_own_answers_print_in_english(db, clerk, admin, named):
    from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind
    from fondue_desk.services.category_fields import save_field

    _office, category, _village = named
    save_field(db, admin.id, category.id, FieldDefinition(
        "vehicle", FieldKind.SINGLE_CHOICE, "ประเภทรถ", "Vehicle", choices=(
            Choice("car", "รถยนต์", "Car"), Choice("bike", "จักรยานยนต์", "Motorcycle"))))
    complaint = logged(db, clerk, named, field_values={"vehicle": "bike"})
    flat = " ".join(pdf_text(receipts.receipt_pdf(db, complaint.id)).split())
    assert "Vehicle Motorcycle" in flat
    assert not contains(flat, "จักรยานยนต์") and not contains(flat, "ประเภทรถ")
