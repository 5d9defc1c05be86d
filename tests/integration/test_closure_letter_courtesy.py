"""A complainant who reads English: the official Thai closure letter, unchanged, then an
English courtesy page with the same facts (read back from the PDF); a Thai complainant and an
agency's forwarding letter get no such page."""
from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader
from sqlalchemy import update

from fondue_desk.db.models import Office, OutgoingLetter
from fondue_desk.documents.receipt_words import english_date
from fondue_desk.services import crews, dispatch, forwarding, letters, reference, signoff
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.pdf_text import contains, normalise_extracted, pdf_text


def _closed(db, office, clerk, today, *, language: str, name: str):
    category = next(c for c in reference.active_categories(db, office.id)
                    if c.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="Street light out in front of the temple",
        complainant_name=name, phone="0812345678", location_text="Soi 5", language=language))
    dispatch.assign(db, clerk.id, [made.id],
                    crews.suggest_crew(db, office.id, category.id).id, today)
    dispatch.record_result(db, clerk.id, made.id, dispatch.ResultInput(
        outcome="done", notes="เปลี่ยนหลอดไฟใหม่ 3 ดวง", minutes_spent=30))
    [letter] = signoff.approve(db, reference.find_user(db, "mayor").id, [made.id]).letters
    return made, category, letter


def _pages(pdf: bytes) -> list[str]:
    return [unicodedata.normalize("NFKC", normalise_extracted(p.extract_text() or ""))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def test_an_english_reader_gets_the_thai_letter_and_an_english_page(db, demo_office, clerk,
                                                                     today):
    with db.write() as session:
        session.execute(update(Office).values(name_en="Mae Hia Subdistrict Municipality"))
    _thai, _, thai_letter = _closed(db, demo_office, clerk, today, language="th",
                                   name="นางสาวมาลี ใจดี")
    made, category, letter = _closed(db, demo_office, clerk, today, language="en",
                                     name="John Smith")
    official = _pages(letters.letters_pdf(db, demo_office.id, [thai_letter.id]))
    pages = _pages(letters.letters_pdf(db, demo_office.id, [letter.id]))
    # The Thai letter is first, as long as a Thai reader's, and all Thai; then one page.
    assert len(pages) == len(official) + 1
    assert all(contains(page, "เรื่อง") for page in pages[:-1])
    assert "Courtesy" not in " ".join(pages[:-1])
    page = " ".join(pages[-1].split())
    for words in ("COURTESY TRANSLATION", "the Thai letter is the official document",
                  "Mae Hia Subdistrict Municipality", "Letter no.",
                  english_date(letter.letter_date),
                  f"Result of your complaint no. {made.tracking_no}",
                  f"received on {english_date(made.received_at)}",
                  category.name_en, "Dear John Smith", "Yours sincerely"):
        assert words in page, words
    with db.read() as session:
        stored = session.get(OutgoingLetter, letter.id)
        facts = (stored.document_no, stored.signatory_name, stored.result_summary,
                 demo_office.name)
    for thai_fact in facts:  # Thai words as data, as written on the official letter
        assert contains(pages[-1], thai_fact), thai_fact
    # A batch: each letter followed by its own page only where the reader needs it.
    batch = _pages(letters.letters_pdf(db, demo_office.id, [letter.id, thai_letter.id]))
    assert len(batch) == len(pages) + len(official)
    assert sum("COURTESY TRANSLATION" in p for p in batch) == 1


def test_a_forwarding_letter_to_an_agency_has_no_courtesy_page(db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="Power line down", complainant_name="John Smith",
        phone="0812345678", language="en"))
    view = forwarding.forward_to_agency(db, clerk.id, made.id, "การไฟฟ้าส่วนภูมิภาคอำเภอสารภี",
                                        "สายไฟเป็นของการไฟฟ้า")
    text = pdf_text(letters.letters_pdf(db, demo_office.id, [view.letter_id]))
    assert "Courtesy" not in text and "COURTESY" not in text


def test_a_long_letter_keeps_its_own_numbering_and_continuation_words():
    """The courtesy page is not a page of the letter: the letter's last page points at no
    next page, and the English page carries no letter page number."""
    from datetime import date

    from fondue_desk.documents.closure_letter import ClosureLetterData, render_closure_letters
    from fondue_desk.documents.closure_letter_courtesy import CourtesyData

    courtesy = CourtesyData(
        office_name="เทศบาลตำบลแม่เหียะ", office_name_en="Mae Hia Subdistrict Municipality",
        document_no="ชม 52101/12", letter_date=date(2026, 12, 6), recipient="John Smith",
        tracking_no="2570-000012", received_on=date(2026, 11, 25),
        category_name="Street lights out", subject="แจ้งผลการดำเนินการ",
        result="เปลี่ยนหลอดไฟแล้ว", signatory_name="นายประเสริฐ กันทะวงศ์")
    letter = ClosureLetterData(
        emblem_png=None, document_no="ชม 52101/12", office_name="เทศบาลตำบลแม่เหียะ",
        office_address=("เทศบาลตำบลแม่เหียะ",), letter_date=date(2026, 12, 6),
        subject="แจ้งผลการดำเนินการ", recipient="John Smith", reference="", enclosures=(),
        body="\n\n".join(["ตามที่ท่านได้แจ้งเรื่องไฟฟ้าส่องสว่างชำรุด " * 12] * 6),
        closing="ขอแสดงความนับถือ", signature_png=None, signatory_name="นายประเสริฐ กันทะวงศ์",
        signatory_position=("นายกเทศมนตรีตำบลแม่เหียะ",), footer=("กองช่าง",),
        courtesy=courtesy)
    pages = _pages(render_closure_letters([letter, letter]))
    starts = [i for i, p in enumerate(pages) if "COURTESY TRANSLATION" in p]
    assert len(starts) == 2 and starts[0] >= 2  # a letter of two pages or more, then its page
    assert "/" in pages[0].replace("52101/12", "")  # the letter's own continuation word
    last_of_letter = pages[starts[0] - 1]
    assert "/" not in last_of_letter.replace("52101/12", "")
    assert "- 2 -" in pages[1] and "- " not in pages[starts[0]].split("COURTESY")[0]
    # The second letter numbers its pages from 1 again and ends with its own English page.
    assert starts[1] == len(pages) - 1
    assert "- 2 -" in pages[starts[0] + 2]
