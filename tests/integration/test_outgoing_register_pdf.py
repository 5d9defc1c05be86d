from __future__ import annotations

import dataclasses
import io
import re
import time
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from fondue_desk.documents.outgoing_register import (
    OutgoingLetterRow,
    render_outgoing_register,
    running_number,
)
from fondue_desk.domain.calendar import THAI_TZ
from tests.pdf_text import Line, contains, lines, normalise_extracted, pdf_text, skeleton

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 841.89, 595.28
OFFICE = "เทศบาลตำบลแม่เหียะ"
PRINTED_AT = datetime(2026, 11, 25, 9, 41, tzinfo=THAI_TZ)
RECIPIENTS = ("นางสาวผู้ใหญ่ น้ำใจดี", "นายปู่ ฟ้าใส", "ผู้อำนวยการโรงเรียนบ้านป่าจี้")
SUBJECTS = (
    "แจ้งผลการดำเนินการตามเรื่องร้องเรียน",
    "แจ้งผลการซ่อมแซมไฟฟ้าส่องสว่างบริเวณหน้าวัดป่าจี้ หมู่ที่ 4 และถนนสายหลักภายในหมู่บ้าน",
    "ขอความอนุเคราะห์ตรวจสอบน้ำประปาที่ไหลอ่อน",
)
HEADINGS = ("เลขทะเบียน", "ที่", "ลงวันที่", "จาก", "ถึง", "เรื่อง", "การปฏิบัติ/")


def row(i: int, **overrides) -> OutgoingLetterRow:
    values = OutgoingLetterRow(
        number=f"ชม 52101/{i}",
        letter_date=date(2026, 10, 1) + timedelta(days=i % 365),
        recipient=RECIPIENTS[i % 3],
        subject=SUBJECTS[i % 3],
        reference=f"2570-{i:06d}",
        signed_by="นายกเทศมนตรีตำบลแม่เหียะ" if i % 2 else "นายสมชาย ทองดี",
    )
    return dataclasses.replace(values, **overrides)


def render(rows, **kw) -> bytes:
    pdf = render_outgoing_register(OFFICE, 2570, rows, printed_at=PRINTED_AT, **kw)
    assert pdf.startswith(b"%PDF-")
    return pdf


def pages_of(pdf: bytes):
    return list(PdfReader(io.BytesIO(pdf)).pages)


def starting(page, start: str) -> list[Line]:
    return [line for line in lines(page) if skeleton(line.text).startswith(skeleton(start))]


@pytest.fixture(scope="module")
def sixty() -> bytes:
    return render([row(i) for i in range(1, 61)])


def test_row_has_exactly_the_agreed_fields():
    assert [f.name for f in dataclasses.fields(OutgoingLetterRow)] == [
        "number", "letter_date", "recipient", "subject", "reference", "signed_by",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        row(1).number = "x"  # type: ignore[misc]


def test_running_number_is_what_follows_the_slash():
    assert running_number("ชม 52101/125") == "125"
    assert running_number("ชม 52101/ว 7") == "ว 7"
    assert running_number("125") == "125"


def test_a4_landscape_with_title_office_and_page_numbers(sixty):
    pages = pages_of(sixty)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert float(page.mediabox.width) == pytest.approx(PAGE_WIDTH, abs=1)
        assert float(page.mediabox.height) == pytest.approx(PAGE_HEIGHT, abs=1)
        text = page.extract_text()
        assert contains(text, "ทะเบียนหนังสือส่ง ปี 2570") and contains(text, OFFICE)
        assert f"หน้า {number}/{len(pages)}" in normalise_extracted(text)
        assert contains(text, "พิมพ์เมื่อ 25 พฤศจิกายน 2569 เวลา 09:41 น.")


def test_every_row_is_there_in_order(sixty):
    pages = pages_of(sixty)
    text = pdf_text(sixty)
    seen: list[int] = []
    for page in pages:
        drawn = lines(page)
        # The ที่ column: "ชม 52101/17", one per row, top to bottom.
        numbers = sorted((line for line in drawn if line.text.startswith("ชม 52101/")),
                         key=lambda line: -line.y)
        for line in numbers:
            i = int(line.text.rsplit("/", 1)[1])
            seen.append(i)
            # เลขทะเบียนส่ง, the running number, at the left of the same row.
            assert any(other.text == str(i) and abs(other.y - line.y) < 1 and other.x < line.x
                       for other in drawn), i
    assert seen == list(range(1, 61))
    for i in (1, 17, 60):
        assert f"2570-{i:06d}" in text
    assert contains(text, "2 ต.ค. 2569")  # row 1: short Thai date, Buddhist Era
    for expected in (*RECIPIENTS, *SUBJECTS, "นายกเทศมนตรีตำบลแม่เหียะ", "นายสมชาย ทองดี"):
        assert contains(text, expected), expected


def test_column_headings_are_repeated_on_every_page(sixty):
    for page in pages_of(sixty):
        drawn = lines(page)
        rows = [line for line in drawn if line.text.startswith("ชม 52101/")]
        assert rows
        for heading in HEADINGS:
            found = [line for line in drawn if skeleton(line.text).startswith(skeleton(heading))]
            assert found, heading
            assert max(line.y for line in found) > max(line.y for line in rows), heading


def test_text_stays_inside_the_margins(sixty):
    for page in pages_of(sixty):
        drawn = lines(page)
        assert min(line.x for line in drawn) >= 10 * MM - 1
        assert max(line.right for line in drawn) <= PAGE_WIDTH - 10 * MM + 1
        assert min(line.y for line in drawn) > 4 * MM


def test_thai_digits_leave_no_arabic_digit():
    pdf = render([row(i) for i in range(1, 40)], thai_digits=True)
    text = normalise_extracted(pdf_text(pdf))
    assert re.search("[0-9]", text) is None, re.findall(".{5}[0-9].{5}", text)
    for expected in ("ทะเบียนหนังสือส่ง ปี ๒๕๗๐", "ชม ๕๒๑๐๑/๓๙", "๒๕๗๐-๐๐๐๐๓๙", "หน้า ๑/",
                     "พิมพ์เมื่อ ๒๕ พฤศจิกายน ๒๕๖๙ เวลา ๐๙:๔๑ น."):
        assert contains(text, expected), expected


def test_a_year_of_letters_renders_in_seconds():
    rows = [row(i) for i in range(1, 2001)]
    start = time.perf_counter()
    pdf = render(rows)
    elapsed = time.perf_counter() - start
    pages = pages_of(pdf)
    assert len(pages) > 50
    last = pages[-1].extract_text()
    assert "ชม 52101/2000" in last and f"หน้า {len(pages)}/{len(pages)}" in last
    assert elapsed < 30, elapsed  # about 2.5 s on a developer machine; generous for CI


def test_no_rows_prints_an_empty_register():
    pdf = render([])
    assert len(pages_of(pdf)) == 1
    text = pdf_text(pdf)
    assert contains(text, "ไม่มีหนังสือส่งในปีนี้") and contains(text, "เลขทะเบียน")


def test_a_row_taller_than_a_page_flows_on_without_loss():
    ending = "ขอให้ส่งช่างมาตรวจสอบโดยด่วนที่สุด"
    subject = "ถนนในหมู่บ้านเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก " * 120 + ending
    many_lines = "ไฟดับ\n" * 60 + "ซอยสุดท้าย"
    rows = [row(i) for i in range(1, 6)]
    rows += [row(6, subject=subject), row(7, recipient=many_lines), row(8)]
    pdf = render(rows)
    pages = pages_of(pdf)
    assert len(pages) > 3
    text = pdf_text(pdf)
    assert contains(text, ending) and contains(text, "ซอยสุดท้าย") and "ชม 52101/8" in text
    for page in pages:
        drawn = [line for line in lines(page) if not line.text.startswith(("พิมพ์", "หน้า"))]
        assert min(line.y for line in drawn) > 10 * MM - 1  # nothing runs into the footer


def test_user_text_is_not_markup():
    text = pdf_text(render([row(1, subject="ซ่อมไฟ <b>ด่วน</b> & ประปา")]))
    assert "<b>ด่วน</b> & ประปา" in normalise_extracted(text)


def test_sarabun_is_the_only_font_and_is_embedded(sixty):
    for page in pages_of(sixty)[:2]:
        fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
        assert fonts
        for font in fonts:
            assert "Sarabun" in str(font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
