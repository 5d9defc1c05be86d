from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from itertools import pairwise

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw
from pypdf import PdfReader
from pypdf.generic import ContentStream
from pythainlp.tokenize import word_tokenize
from reportlab.pdfbase.pdfmetrics import stringWidth

from fondue_desk.documents import closure_letter
from fondue_desk.documents.closure_letter import (
    ClosureLetterData,
    render_closure_letter,
    render_closure_letters,
)
from fondue_desk.documents.fonts import register_fonts
from fondue_desk.documents.line_breaking import FIT_SLACK, break_lines
from tests.pdf_text import Line, contains, lines, normalise_extracted, pdf_text, skeleton

MM = 72 / 25.4
A4_WIDTH, A4_HEIGHT = 595.28, 841.89
LEFT = 30 * MM
RIGHT_EDGE = A4_WIDTH - 20 * MM
TEXT_CENTRE = (LEFT + RIGHT_EDGE) / 2
RECIPIENT = "นางสาวผู้ใหญ่ น้ำใจดี"
SIGNATORY = "นายสมชาย ทองดี"
BODY = (
    "ตามที่ท่านได้ยื่นเรื่องร้องเรียนต่อเทศบาลตำบลแม่เหียะ กรณีไฟฟ้าส่องสว่างบริเวณหน้าวัดป่าจี้ "
    "หมู่ที่ 4 ชำรุด นั้น\n\n"
    "เทศบาลได้ดำเนินการเปลี่ยนหลอดไฟฟ้าจำนวน 3 ดวง แล้วเสร็จเมื่อวันที่ 12 พฤศจิกายน 2569\n\n"
    "จึงเรียนมาเพื่อโปรดทราบ"
)
FILLER = (
    "ผลการตรวจสอบพื้นที่พบว่า ถนนในหมู่บ้านเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก "
    "ผู้สูงอายุสัญจรลำบาก เทศบาลได้ประสานกับผู้ใหญ่บ้านเพื่อวางแผนการซ่อมแซมร่วมกัน "
)
ENDING = "ขอให้ท่านแจ้งศูนย์รับเรื่องร้องเรียนหากยังพบปัญหาเดิมในพื้นที่"
LONG_BODY = (FILLER * 20)[:2400] + "\n\n" + (FILLER * 4)[:600] + "\n\n" + ENDING
FOOTER = ("กองช่าง", "โทร. 053-123-456 ต่อ 12", "ไปรษณีย์อิเล็กทรอนิกส์ saraban@maehia.go.th")


def png(size: tuple[int, int], draw) -> bytes:
    image = PILImage.new("RGBA", size, (255, 255, 255, 0))
    draw(ImageDraw.Draw(image))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def seal() -> bytes:
    return png((300, 300), lambda d: d.ellipse((10, 10, 290, 290), outline=(160, 20, 20), width=14))


def signature() -> bytes:
    return png((400, 120), lambda d: d.line([(10, 100), (120, 20), (250, 90), (390, 30)],
                                            fill=(20, 30, 120), width=6))


def make(**overrides) -> ClosureLetterData:
    letter = ClosureLetterData(
        emblem_png=seal(),
        document_no="ชม 52101/125",
        office_name="เทศบาลตำบลแม่เหียะ",
        office_address=("เทศบาลตำบลแม่เหียะ", "ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่",
                        "จังหวัดเชียงใหม่ 50100"),
        letter_date=date(2026, 11, 25),
        subject="แจ้งผลการดำเนินการตามเรื่องร้องเรียน",
        recipient=RECIPIENT,
        reference="ใบรับเรื่องร้องเรียนเลขที่ 2570-000123 ลงวันที่ 3 พฤศจิกายน 2569",
        enclosures=(),
        body=BODY,
        closing="ขอแสดงความนับถือ",
        signature_png=None,
        signatory_name=SIGNATORY,
        signatory_position=("นายกเทศมนตรีตำบลแม่เหียะ",),
        footer=FOOTER,
    )
    return dataclasses.replace(letter, **overrides)


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def line_with(page, start: str) -> Line:
    """The first line that begins with `start`."""
    matches = [line for line in lines(page) if skeleton(line.text).startswith(skeleton(start))]
    assert matches, f"no line starts with {start!r}"
    return matches[0]


def image_placements(page) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of every image XObject drawn on the page."""
    xobjects = page["/Resources"].get("/XObject", {})
    placements = []
    stack: list[list[float]] = []
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = map(float, operands)
            ctm = [a * ctm[0] + b * ctm[2], a * ctm[1] + b * ctm[3],
                   c * ctm[0] + d * ctm[2], c * ctm[1] + d * ctm[3],
                   e * ctm[0] + f * ctm[2] + ctm[4], e * ctm[1] + f * ctm[3] + ctm[5]]
        elif operator == b"Do" and is_image(xobjects[operands[0]].get_object()):
            placements.append((ctm[4], ctm[5], ctm[0], ctm[3]))
    return placements


def is_image(xobject) -> bool:
    if xobject.get("/Subtype") == "/Image":
        return True
    inner = xobject.get("/Resources", {}).get("/XObject", {})  # ReportLab wraps images in forms
    return any(is_image(x.get_object()) for x in inner.values())


def test_closure_letter_data_has_exactly_the_agreed_fields():
    assert [f.name for f in dataclasses.fields(ClosureLetterData)] == [
        "emblem_png", "document_no", "office_name", "office_address", "letter_date", "subject",
        "recipient", "reference", "enclosures", "body", "closing", "signature_png",
        "signatory_name", "signatory_position", "footer", "thai_digits", "demo",
        "village_name", "courtesy",
    ]
    assert make().thai_digits is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        make().subject = "x"  # type: ignore[misc]


def test_content_and_page_size():
    pdf = render_closure_letter(make())
    pages = reader(pdf).pages
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) == pytest.approx(A4_WIDTH, abs=1)
    assert float(pages[0].mediabox.height) == pytest.approx(A4_HEIGHT, abs=1)
    text = pdf_text(pdf)
    for expected in (
        "ที่ ชม 52101/125", "25 พฤศจิกายน 2569", "เรื่อง", "แจ้งผลการดำเนินการตามเรื่องร้องเรียน",
        f"เรียน {RECIPIENT}", "อ้างถึง", "ใบรับเรื่องร้องเรียนเลขที่ 2570-000123",
        "ลงวันที่ 3 พฤศจิกายน 2569", "ขอแสดงความนับถือ", f"({SIGNATORY})",
        "นายกเทศมนตรีตำบลแม่เหียะ", "เปลี่ยนหลอดไฟฟ้าจำนวน 3 ดวง", "จึงเรียนมาเพื่อโปรดทราบ",
        "ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่", "จังหวัดเชียงใหม่ 50100", *FOOTER,
    ):
        assert contains(text, expected), expected
    assert "2570-000123" in text and "saraban@maehia.go.th" in text
    assert "สิ่งที่ส่งมาด้วย" not in normalise_extracted(text)  # no enclosures, no line
    assert "- 1 -" not in text  # the first page carries no number


def test_enclosures_are_listed_and_numbered_when_given():
    one = pdf_text(render_closure_letter(make(enclosures=("แผนที่ตั้ง",))))
    assert contains(one, "สิ่งที่ส่งมาด้วย แผนที่ตั้ง")
    two = pdf_text(render_closure_letter(make(enclosures=("สำเนาภาพถ่าย", "แผนที่ตั้ง"))))
    assert contains(two, "สิ่งที่ส่งมาด้วย 1. สำเนาภาพถ่าย") and contains(two, "2. แผนที่ตั้ง")


def test_user_text_is_not_markup():
    text = pdf_text(render_closure_letter(make(subject="ซ่อมไฟ <b>ด่วน</b> & ประปา")))
    assert "<b>ด่วน</b> & ประปา" in normalise_extracted(text)


def test_margins_and_the_first_page_layout():
    page = reader(render_closure_letter(make())).pages[0]
    drawn = lines(page)
    assert min(line.x for line in drawn) == pytest.approx(LEFT, abs=3 * MM)
    assert max(line.right for line in drawn) <= RIGHT_EDGE + 1 * MM
    number = line_with(page, "ที่ ชม 52101/125")
    address = [line_with(page, text) for text in make().office_address]
    assert number.x == pytest.approx(LEFT, abs=0.5)
    # The address block sits at the right on the same band as "ที่", one column, its widest
    # line ending at the right margin.
    assert address[0].y == pytest.approx(number.y, abs=1)
    assert all(line.x > A4_WIDTH / 2 for line in address)
    assert len({round(line.x, 1) for line in address}) == 1
    assert max(line.right for line in address) == pytest.approx(RIGHT_EDGE, abs=2 * MM)
    assert [a.y > b.y for a, b in pairwise(address)] == [True, True]
    # The date starts on the 7.5 cm axis below the address; the closing starts there too.
    date_line = line_with(page, "25 พฤศจิกายน 2569")
    assert date_line.x == pytest.approx(LEFT + 75 * MM, abs=1)
    assert date_line.y < address[-1].y
    closing = line_with(page, "ขอแสดงความนับถือ")
    assert closing.x == pytest.approx(LEFT + 75 * MM, abs=1)
    # เรื่อง, เรียน, อ้างถึง at the left margin, in that order, above the body.
    labels = [line_with(page, label) for label in ("เรื่อง", "เรียน", "อ้างถึง")]
    assert all(line.x == pytest.approx(LEFT, abs=0.5) for line in labels)
    assert labels[0].y < date_line.y and labels[0].y > labels[1].y > labels[2].y
    # Body paragraphs: first line indented 2.5 cm, the next lines at the margin.
    first = line_with(page, "ตามที่ท่านได้ยื่นเรื่องร้องเรียน")
    assert first.x == pytest.approx(LEFT + 25 * MM, abs=1)
    assert first.y < labels[2].y
    # Name and position centred under the closing, below the room for the signature.
    name = line_with(page, f"({SIGNATORY})")
    position = line_with(page, "นายกเทศมนตรีตำบลแม่เหียะ")
    for line in (name, position):
        assert (line.x + line.right) / 2 == pytest.approx((closing.x + closing.right) / 2,
                                                          abs=2 * MM)
    assert closing.y - name.y > 3 * 16  # about four blank lines for a wet signature
    assert name.y > position.y


def test_wrapped_reference_hangs_under_its_value():
    reference = "ใบรับเรื่องร้องเรียนเลขที่ 2570-000123 " * 4
    page = reader(render_closure_letter(make(reference=reference))).pages[0]
    label = line_with(page, "อ้างถึง")
    below = [line for line in lines(page) if label.y - 30 < line.y < label.y - 10]
    assert below, "the reference should wrap onto a second line"
    value_x = label.x + stringWidth("อ้างถึง\xa0\xa0", "Sarabun", 16)
    assert below[0].x == pytest.approx(value_x, abs=1)


def test_emblem_is_3_cm_high_centred_at_the_top():
    page = reader(render_closure_letter(make())).pages[0]
    (x, y, width, height), = image_placements(page)
    assert height == pytest.approx(30 * MM, abs=1 * MM)
    assert x + width / 2 == pytest.approx(TEXT_CENTRE, abs=1 * MM)
    assert A4_HEIGHT - (y + height) == pytest.approx(15 * MM, abs=3 * MM)
    assert y > line_with(page, "ที่ ชม").y


def test_without_emblem_the_space_is_kept():
    with_emblem = line_with(reader(render_closure_letter(make())).pages[0], "ที่ ชม")
    page = reader(render_closure_letter(make(emblem_png=None))).pages[0]
    assert image_placements(page) == []
    assert line_with(page, "ที่ ชม").y == pytest.approx(with_emblem.y, abs=0.5)


def test_wide_emblem_keeps_its_proportions():
    wide = png((600, 200), lambda d: d.rectangle((5, 5, 595, 195), outline=(0, 0, 0), width=8))
    page = reader(render_closure_letter(make(emblem_png=wide))).pages[0]
    (x, _, width, height), = image_placements(page)
    assert width / height == pytest.approx(3, rel=0.02)
    assert height <= 30 * MM + 1 and x + width / 2 == pytest.approx(TEXT_CENTRE, abs=1 * MM)


def test_signature_image_is_drawn_above_the_name_when_given():
    page = reader(render_closure_letter(make(signature_png=signature()))).pages[0]
    placements = image_placements(page)
    assert len(placements) == 2  # the emblem and the signature
    x, y, width, height = min(placements, key=lambda p: p[1])
    name = line_with(page, f"({SIGNATORY})")
    closing = line_with(page, "ขอแสดงความนับถือ")
    assert height <= 20 * MM + 1
    assert name.y < y and y + height < closing.y
    assert x + width / 2 == pytest.approx((name.x + name.right) / 2, abs=2 * MM)


def test_footer_is_at_the_bottom_left_of_the_last_page_only():
    pdf = render_closure_letter(make(body=LONG_BODY))
    pages = reader(pdf).pages
    assert len(pages) >= 2
    assert not contains(pages[0].extract_text(), "กองช่าง")
    last = pages[-1]
    footer = [line_with(last, text) for text in FOOTER]
    assert all(line.x == pytest.approx(LEFT, abs=0.5) for line in footer)
    assert footer[-1].y < 35 * MM  # at the bottom: the last line just above the 2 cm margin
    assert footer[-1].y > 15 * MM
    assert footer[0].y < line_with(last, "นายกเทศมนตรีตำบลแม่เหียะ").y - 16


def test_long_body_flows_to_page_two_with_a_page_number():
    assert len(LONG_BODY) >= 3000
    pdf = render_closure_letter(make(body=LONG_BODY))
    pages = reader(pdf).pages
    assert len(pages) >= 2
    text = pdf_text(pdf)
    for word in word_tokenize(ENDING, engine="newmm"):
        assert contains(text, word), word
    assert contains(text, ENDING)
    number = line_with(pages[1], "- 2 -")
    assert number.text == "- 2 -"
    assert (number.x + number.right) / 2 == pytest.approx(TEXT_CENTRE, abs=1 * MM)
    assert number.y > A4_HEIGHT - 30 * MM
    assert all(line.y < number.y for line in lines(pages[1]) if line != number)
    assert "- 1 -" not in text
    for index, page in enumerate(pages[1:], 2):
        assert line_with(page, f"- {index} -").y == pytest.approx(number.y)
    for page in pages:
        drawn = lines(page)
        assert min(line.x for line in drawn) == pytest.approx(LEFT, abs=3 * MM)
        assert max(line.right for line in drawn) <= RIGHT_EDGE + 1 * MM
        assert min(line.y for line in drawn) > 15 * MM  # nothing in the bottom margin


@pytest.mark.parametrize("paragraphs", [4, 5, 6, 7, 8, 13, 14, 15])
def test_the_closing_never_starts_a_page_alone(paragraphs):
    body = "\n\n".join([FILLER.strip()] * paragraphs)
    pages = list(reader(render_closure_letter(make(body=body))).pages)
    on = [i for i, page in enumerate(pages) if contains(page.extract_text(), "ขอแสดงความนับถือ")]
    assert len(on) == 1 and on[0] > 0  # these bodies all push it past the first page
    body_lines = [line for line in lines(pages[on[0]]) if contains(FILLER, line.text)]
    assert body_lines, "at least the last lines of the body go with the closing"


def test_thai_digits_leave_no_arabic_digit():
    data = make(body=LONG_BODY + " เบอร์ 0812345678", thai_digits=True,
                enclosures=("ภาพถ่าย 2 แผ่น", "แผนที่"))
    pdf = render_closure_letter(data)
    text = normalise_extracted(pdf_text(pdf))
    assert len(reader(pdf).pages) >= 2
    assert re.search("[0-9]", text) is None, re.findall(".{5}[0-9].{5}", text)
    for expected in ("ที่ ชม ๕๒๑๐๑/๑๒๕", "๒๕ พฤศจิกายน ๒๕๖๙", "๒๕๗๐-๐๐๐๑๒๓", "- ๒ -",
                     "จังหวัดเชียงใหม่ ๕๐๑๐๐", "โทร. ๐๕๓-๑๒๓-๔๕๖ ต่อ ๑๒", "๑. ภาพถ่าย ๒ แผ่น"):
        assert contains(text, expected), expected


def test_sarabun_is_the_only_font_and_is_embedded():
    pages = reader(render_closure_letter(make(body=LONG_BODY))).pages
    for page in pages:
        fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
        assert fonts
        for font in fonts:
            assert "Sarabun" in str(font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_batch_restarts_page_numbers_and_starts_each_letter_on_a_new_page():
    letters = [
        make(document_no="ชม 52101/125", body=LONG_BODY, recipient="นายปู่ ฟ้าใส"),
        make(document_no="ชม 52101/126", recipient="นางน้ำฝน ใจดี", thai_digits=True),
        make(document_no="ชม 52101/127", body=LONG_BODY, recipient=RECIPIENT),
    ]
    pages = reader(render_closure_letters(letters)).pages
    singles = [len(reader(render_closure_letter(letter)).pages) for letter in letters]
    long_pages, short_pages, _ = singles
    assert short_pages == 1 and long_pages >= 2 and len(pages) == sum(singles)
    texts = [normalise_extracted(page.extract_text()) for page in pages]
    firsts = [0, long_pages, long_pages + 1]
    for start, number in zip(firsts, ("ชม 52101/125", "ชม ๕๒๑๐๑/๑๒๖", "ชม 52101/127")):
        assert contains(texts[start], f"ที่ {number}")
    # Page numbers restart with each letter, in that letter's digits.
    expected = ["", *(f"- {n} -" for n in range(2, long_pages + 1))]
    expected = [*expected, "", *expected]
    numbers = [next((line.text for line in lines(page) if line.text.startswith("- ")), "")
               for page in pages]
    assert numbers == expected
    # The footer closes each letter: on its last page and nowhere else.
    last_pages = {long_pages - 1, long_pages, len(pages) - 1}
    assert [contains(t, "กองช่าง") for t in texts] == [i in last_pages for i in range(len(pages))]
    assert [len(image_placements(page)) for page in pages] == [int(i in firsts)
                                                               for i in range(len(pages))]


def test_batch_of_none_is_an_error():
    with pytest.raises(ValueError):
        render_closure_letters([])


def test_bad_images_do_not_stop_the_letter():
    pdf = render_closure_letter(make(emblem_png=b"\x89PNG not really", signature_png=b"junk"))
    assert image_placements(reader(pdf).pages[0]) == []
    assert contains(pdf_text(pdf), f"({SIGNATORY})")


def test_absurdly_long_fields_flow_instead_of_failing():
    data = make(subject="ซ่อมถนน " * 400, reference="อ้างอิง " * 300, body="ไฟดับ " * 2000)
    assert len(reader(render_closure_letter(data)).pages) > 2


def straddles(text_lines: list[str], name: str) -> bool:
    return any(first.endswith(name[:k]) and second.startswith(name[k:])
               for first, second in pairwise(text_lines) for k in range(1, len(name)))


def body_breaking_inside(name: str) -> str:
    """A one-paragraph body whose layout by newmm words alone would cut `name`."""
    register_fonts()
    width = closure_letter.TEXT_WIDTH - FIT_SLACK
    first = width - 25 * MM
    words = word_tokenize(FILLER * 2, engine="newmm")
    for k in range(len(words), 0, -1):
        body = f"{''.join(words[:k])}แจ้ง{RECIPIENT}ทราบแล้ว"
        if straddles(break_lines(body, "Sarabun", 16, width, first_line_width=first), name):
            return body
    raise AssertionError("no filler length puts a line break inside the name")


def extracted_lines(pdf: bytes) -> list[str]:
    return [skeleton(line) for line in normalise_extracted(pdf_text(pdf)).splitlines()]


def test_names_are_not_broken_across_lines(monkeypatch):
    name = "น้ำใจดี"  # newmm: น้ำใจ|ดี
    data = make(body=body_breaking_inside(name))
    assert not straddles(extracted_lines(render_closure_letter(data)), skeleton(name))
    # Without the letter's names the same body is cut inside the name.
    monkeypatch.setattr(closure_letter, "_names", lambda data: ())
    assert straddles(extracted_lines(render_closure_letter(data)), skeleton(name))


def body_breaking_inside_the_village(name: str) -> str:
    """A body naming the village's temple ("วัดป่าจี้") whose layout by newmm words alone
    would cut `name`."""
    register_fonts()
    width = closure_letter.TEXT_WIDTH - FIT_SLACK
    first = width - 25 * MM
    words = word_tokenize(FILLER * 2, engine="newmm")
    for k in range(len(words), 0, -1):
        body = f"{''.join(words[:k])}หน้าวัด{name}หมู่ที่ 4 ชำรุด"
        if straddles(break_lines(body, "Sarabun", 16, width, first_line_width=first), name):
            return body
    raise AssertionError("no filler length puts a line break inside the village name")


@pytest.mark.parametrize("thai_digits", [False, True])
def test_the_village_name_is_not_broken_across_lines(thai_digits):
    name = "ป่าจี้"  # newmm: ป่า|จี้; the village is "บ้านป่าจี้", its temple "วัดป่าจี้"
    body = body_breaking_inside_the_village(name)
    data = make(body=body, village_name="บ้านป่าจี้", thai_digits=thai_digits)
    assert not straddles(extracted_lines(render_closure_letter(data)), skeleton(name))
    # The same body without the village's name is cut inside it (ป่า|จี้).
    data = make(body=body, village_name="", thai_digits=thai_digits)
    assert straddles(extracted_lines(render_closure_letter(data)), skeleton(name))


def test_the_village_is_among_the_words_kept_together():
    names = closure_letter._names(make(village_name=" บ้านป่าจี้ "))
    assert "บ้านป่าจี้" in names and "ป่าจี้" in names
    assert "" not in closure_letter._names(make(village_name="บ้าน"))


# --- the continuation word (คำต่อ) -------------------------------------------------------------

CONTINUED = re.compile(r"^/(\S+)…$")


def page_lines(page) -> list[str]:
    return [line for line in normalise_extracted(page.extract_text() or "").splitlines()
            if line.strip()]


def continuation(page) -> Line | None:
    found = [line for line in lines(page) if CONTINUED.match(line.text)]
    assert len(found) <= 1
    return found[0] if found else None


def body_start(page) -> str:
    """The text of a later page after its page number ("- 2 -")."""
    texts = page_lines(page)
    assert re.fullmatch(r"-\s*\d+\s*-", texts[0].strip()), texts[0]
    return "".join(texts[1:])


@pytest.mark.parametrize("paragraphs", [1, 3])
def test_every_page_but_the_last_ends_with_the_first_word_of_the_next(paragraphs):
    body = "\n\n".join([LONG_BODY] * paragraphs)
    pages = list(reader(render_closure_letter(make(body=body))).pages)
    assert len(pages) >= 2 * paragraphs
    for page, following in pairwise(pages):
        # The page's text ends with "/" and the first word of the next page's body, then "…".
        last = page_lines(page)[-1].strip()
        word = CONTINUED.match(last)
        assert word, last
        assert skeleton(body_start(following)).startswith(skeleton(word.group(1)))
        assert len(skeleton(word.group(1))) >= 2
        # At the bottom right: ending at the right margin, under the last line of text.
        line = continuation(page)
        assert line is not None and line.right == pytest.approx(RIGHT_EDGE, abs=1 * MM)
        assert 15 * MM < line.y < min(other.y for other in lines(page) if other != line) - 12
    assert continuation(pages[-1]) is None
    assert "…" not in normalise_extracted(pages[-1].extract_text())


def test_a_one_page_letter_has_no_continuation_word():
    pages = reader(render_closure_letter(make())).pages
    assert len(pages) == 1
    assert continuation(pages[0]) is None
    assert "…" not in normalise_extracted(pages[0].extract_text())


def test_a_desk_word_is_the_continuation_word_whole():
    # The next page starting with "ผลการดำเนินงาน" (newmm: ผล|การ|ดำเนินงาน) says it whole.
    start = "ผลการดำเนินงานของทีมช่างเป็นไปด้วยความเรียบร้อย"
    for filler_length in range(1100, 1500, 16):
        body = (FILLER * 20)[:filler_length].rstrip() + "\n\n" + start + FILLER * 3
        pages = list(reader(render_closure_letter(make(body=body))).pages)
        if len(pages) > 1 and skeleton(body_start(pages[1])).startswith(skeleton(start)):
            assert page_lines(pages[0])[-1].strip() == "/ผลการดำเนินงาน…"
            return
    raise AssertionError("no body length starts page 2 with the paragraph")


def test_batch_words_stay_within_each_letter():
    letters = [make(body=LONG_BODY), make(document_no="ชม 52101/126"), make(body=LONG_BODY)]
    pdf = render_closure_letters(letters)
    alone = [len(reader(render_closure_letter(letter)).pages) for letter in letters]
    pages = list(reader(pdf).pages)
    assert len(pages) == sum(alone)
    last_pages = {sum(alone[:i + 1]) - 1 for i in range(len(alone))}
    for index, page in enumerate(pages):
        assert (continuation(page) is None) is (index in last_pages), index
