from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from datetime import date, datetime, timezone
from itertools import pairwise

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from pythainlp.tokenize import word_tokenize

from fondue_desk.documents import line_breaking, receipt
from fondue_desk.documents.line_breaking import break_lines
from fondue_desk.documents.receipt import ReceiptData, render_receipt
from tests.pdf_text import normalise_extracted, pdf_text, skeleton

MM = 72 / 25.4
DESCRIPTION = (
    "ไฟฟ้าส่องสว่างหน้าวัดชำรุดมาแล้วสองสัปดาห์ ผู้สูงอายุที่มาวัดตอนเย็นเดินลำบาก\n"
    "น้ำท่วมขังบริเวณทางเข้า ไม้กั้นหัก <script>alert('x')</script> & \"ด่วน\" 'มาก'"
)


def make(**overrides) -> ReceiptData:
    values = dict(
        office_name="เทศบาลตำบลแม่เหียะ",
        office_address="เลขที่ 99 หมู่ที่ 3 ถนนเชียงใหม่-ฮอด ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ "
        "จังหวัดเชียงใหม่ 50100",
        office_phone="053-123-456",
        office_logo_png=None,
        tracking_no="2570-000123",
        received_at=datetime(2026, 11, 25, 2, 41, tzinfo=timezone.utc),
        channel_label="ยื่นที่เคาน์เตอร์",
        complainant_name="นางสาวมาลี ใจดี",
        anonymous=False,
        complainant_phone="081-234-5678",
        category_name="ไฟฟ้าสาธารณะ",
        village_label="หมู่ที่ 4 บ้านป่าจี้",
        village_name="บ้านป่าจี้",
        location_text="หน้าวัดป่าจี้ ซอย 5",
        lat=18.7452101,
        lon=98.9530215,
        description=DESCRIPTION,
        due_date=date(2026, 12, 10),
        sla_days=15,
        clerk_name="นายสมชาย ทองดี",
        status_label="รับเรื่องแล้ว",
    )
    values.update(overrides)
    return ReceiptData(**values)


def png_logo() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 90), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def contains(haystack: str, needle: str) -> bool:
    return skeleton(needle) in skeleton(haystack)


def test_receipt_data_has_exactly_the_agreed_fields():
    assert [f.name for f in dataclasses.fields(ReceiptData)] == [
        "office_name", "office_address", "office_phone", "office_logo_png", "tracking_no",
        "received_at", "channel_label", "complainant_name", "anonymous", "complainant_phone",
        "category_name", "village_label", "location_text", "lat", "lon", "description",
        "due_date", "sla_days", "clerk_name", "demo", "village_name", "header_note",
        "footer_note", "field_rows", "status_label", "traffy", "language", "office_name_en",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        make().tracking_no = "x"  # type: ignore[misc]


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_receipt_content(variant):
    pdf = render_receipt(make(office_logo_png=png_logo()), variant=variant)
    pages = reader(pdf).pages
    assert len(pages) == 1
    text = pdf_text(pdf)
    assert "2570-000123" in text
    for expected in (
        "ใบรับเรื่องร้องเรียน", "เทศบาลตำบลแม่เหียะ", "นางสาวมาลี ใจดี", "081-234-5678",
        "ยื่นที่เคาน์เตอร์", "ไฟฟ้าสาธารณะ", "หมู่ที่ 4 บ้านป่าจี้", "หน้าวัดป่าจี้ ซอย 5",
        "25 พฤศจิกายน 2569 เวลา 09:41 น.", "10 ธันวาคม 2569", "ภายใน 15 วัน",
        "นายสมชาย ทองดี", "เจ้าหน้าที่ผู้รับเรื่อง", "กำหนดแล้วเสร็จโดยประมาณ",
        "โปรดเก็บใบรับเรื่องนี้ไว้เป็นหลักฐาน และแจ้งเลขที่รับเรื่องเมื่อติดตามเรื่อง",
        "ผู้สูงอายุที่มาวัดตอนเย็นเดินลำบาก", "น้ำท่วมขังบริเวณทางเข้า ไม้กั้นหัก",
        "สถานะ: รับเรื่องแล้ว",
    ):
        assert contains(text, expected), expected
    assert "18.745210, 98.953022" in text or "18.745210, 98.953021" in text
    # User text is shown literally, never interpreted as markup.
    flat = normalise_extracted(text)
    assert "<script>alert('x')</script> &" in flat and "\"ด่วน\" 'มาก'" in flat


def test_a5_page_size():
    box = reader(render_receipt(make())).pages[0].mediabox
    assert float(box.width) == pytest.approx(420, abs=1)
    assert float(box.height) == pytest.approx(595, abs=1)


def test_thermal_is_one_slip_as_tall_as_its_content():
    short = reader(render_receipt(make(description="ไฟดับ"), variant="thermal")).pages
    longer = reader(render_receipt(make(description=DESCRIPTION * 8), variant="thermal")).pages
    assert len(short) == len(longer) == 1
    assert float(short[0].mediabox.width) == pytest.approx(80 * MM, abs=1)
    assert float(short[0].mediabox.height) >= 100 * MM - 1
    assert float(longer[0].mediabox.height) > float(short[0].mediabox.height) + 100


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_anonymous_complainant_is_not_named(variant):
    data = make(anonymous=True, complainant_name="นางสาวมาลี ใจดี")
    text = pdf_text(render_receipt(data, variant=variant))
    assert contains(text, "ไม่ประสงค์ออกนาม")
    assert not contains(text, "มาลี")


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_sarabun_is_embedded(variant):
    page = reader(render_receipt(make(), variant=variant)).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    embedded = [
        f for f in fonts
        if "Sarabun" in str(f.get("/BaseFont"))
        and "/FontFile2" in f.get("/FontDescriptor", {}).get_object()
    ]
    assert {str(f["/BaseFont"]).split("+")[-1] for f in embedded} >= {"Sarabun-Regular",
                                                                       "Sarabun-Bold"}


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_qr_code_encodes_exactly_the_tracking_number(variant, monkeypatch):
    payloads: list[str] = []

    class SpyQr(receipt.QrCodeWidget):
        def __init__(self, value, *args, **kwargs):
            payloads.append(value)
            super().__init__(value, *args, **kwargs)

    monkeypatch.setattr(receipt, "QrCodeWidget", SpyQr)
    page = reader(render_receipt(make(), variant=variant)).pages[0]
    assert payloads == ["2570-000123"]
    # The modules are drawn as filled rectangles: a QR has dozens of them.
    assert page.get_contents().get_data().count(b" re") > 50


def test_metadata():
    meta = reader(render_receipt(make())).metadata
    assert meta.title == "ใบรับเรื่องร้องเรียน 2570-000123"
    assert meta.author == "เทศบาลตำบลแม่เหียะ"
    assert "2570-000123" in meta.subject


def zbar(pdf: bytes, tmp_path) -> list[str]:
    """What a scanner reads from the printed page (rasterised at 150 dpi)."""
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "page")],
                   check=True)
    out = subprocess.run(["zbarimg", "--raw", "-q", *map(str, sorted(tmp_path.glob("page*.png")))],
                         capture_output=True, text=True, check=False)
    return out.stdout.split()


def pdfinfo_pages(pdf: bytes, tmp_path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))


FULL_TEXT = "รายละเอียดฉบับเต็มอยู่ในทะเบียนเรื่องร้องเรียน เลขที่รับเรื่อง 2570-000123"
FILLER_LONG = "ถนนในหมู่บ้านเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก ผู้ร้องขอให้ติดตามเรื่อง " * 80
DESCRIPTIONS = {
    "1 character": "ก",
    "500 characters": FILLER_LONG[:500],
    "5,000 characters": (FILLER_LONG * 2)[:5000],
    "many line breaks": "ไฟดับ\n" * 200,
    "blank lines": "\n\n\n".join(["น้ำท่วม"] * 120),
}


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")
                         and shutil.which("pdfinfo")), reason="needs poppler-utils and zbar-tools")
@pytest.mark.parametrize("variant", ["a5", "thermal"])
@pytest.mark.parametrize("case", DESCRIPTIONS)
def test_any_description_fits_one_page_with_its_number_and_qr(variant, case, tmp_path):
    description = DESCRIPTIONS[case]
    pdf = render_receipt(make(description=description), variant=variant)
    assert len(reader(pdf).pages) == 1 == pdfinfo_pages(pdf, tmp_path)
    text = pdf_text(pdf)
    assert "2570-000123" in text
    assert zbar(pdf, tmp_path) == ["2570-000123"]
    start = description.split("\n")[0][:20]
    assert contains(text, start)  # the description starts as written...
    # 500 characters fit a slip (about 20 lines of description before it reaches 297 mm).
    shortened = case != "1 character" and (case, variant) != ("500 characters", "thermal")
    # ...and, when cut, ends with "…" at a word boundary and says where the full text is.
    assert contains(text, FULL_TEXT) is shortened
    assert ("…" in normalise_extracted(text)) is shortened
    if variant == "thermal":  # a slip, not a scroll
        assert float(reader(pdf).pages[0].mediabox.height) <= 297 * MM + 1


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_shortened_description_ends_at_a_word_boundary(variant):
    # The breaker's words: newmm's, with the desk's own words (ติดตาม) taken first.
    words = [w if isinstance(w, str) else w.text for w in line_breaking._tokens(FILLER_LONG)]
    look = receipt._LOOKS[variant]
    st = receipt._styles(variant)
    width = (receipt._THERMAL_WIDTH if look.thermal else receipt.A5[0]) - 2 * look.margins[0]
    story = receipt._fitted_story(make(description=FILLER_LONG), look, width, 400)
    kept = [f.text for f in story if getattr(f, "style", None) is st["value"]
            and f.text.endswith("…")]
    assert len(kept) == 1
    head = kept[0].removesuffix("…").rstrip()
    assert FILLER_LONG.startswith(head) and len(head) < len(FILLER_LONG) / 2
    boundaries = {len("".join(words[:i])) for i in range(len(words) + 1)}
    assert len(head) in boundaries or FILLER_LONG[len(head)].isspace()


def test_absurdly_long_fields_and_bad_logo_still_make_one_page():
    data = make(
        complainant_name="นางสาวมาลี ใจดีมากมายหลายนามสกุล " * 7,
        location_text="ซอยข้างตลาดสดเทศบาล " * 15,
        office_address="ที่ทำการชั่วคราว " * 150,
        office_name="เทศบาลตำบลแม่เหียะ " * 12,
        category_name="ไฟฟ้าส่องสว่างชำรุด " * 6,
        office_logo_png=b"\x89PNG not really",
        description="x" * 5000,
        status_label="รอตรวจสอบพื้นที่โดยกองช่างและผู้อำนวยการ",  # 40 letters, the cap
    )
    for variant in ("a5", "thermal"):
        pdf = render_receipt(data, variant=variant)
        assert len(reader(pdf).pages) == 1, variant
        text = pdf_text(pdf)
        assert "2570-000123" in text and contains(text, FULL_TEXT)


def test_missing_optional_values():
    data = make(
        office_phone="", complainant_phone="", village_label="", lat=None, lon=None,
        due_date=None, description="", clerk_name="",
    )
    text = pdf_text(render_receipt(data))
    assert not contains(text, "พิกัด") and not contains(text, "โทรศัพท์")
    assert contains(text, "ช่องทาง")  # the helper does find row labels that are there
    assert contains(text, "ภายใน 15 วัน")
    assert contains(text, "สถานะ: รับเรื่องแล้ว")
    # a receipt made without a status (an older caller) prints no empty "สถานะ:" line
    assert not contains(pdf_text(render_receipt(make(status_label=""))), "สถานะ")


def test_unknown_variant_is_rejected():
    with pytest.raises(ValueError, match="letter"):
        render_receipt(make(), variant="letter")


VILLAGE_NAME = "บ้านป่าจี้"  # from village_label "หมู่ที่ 4 บ้านป่าจี้"; newmm: บ้าน|ป่า|จี้
FILLER = (
    "ไฟฟ้าส่องสว่างริมถนนสายหลักชำรุดมาแล้วสองสัปดาห์ ผู้สูงอายุเดินลำบากตอนกลางคืน "
    "เด็กนักเรียนที่ปั่นจักรยานกลับบ้านต้องใช้ไฟฉายส่องทาง ขอให้เทศบาลส่งช่างมาตรวจสอบ"
)


def straddles(lines: list[str], name: str) -> bool:
    """Whether `name` starts at the end of one line and continues on the next."""
    return any(
        first.endswith(name[:k]) and second.startswith(name[k:])
        for first, second in pairwise(lines)
        for k in range(1, len(name))
    )


def description_wrapping_inside_the_village() -> str:
    """A description whose a5 layout, by newmm words alone, would cut the village name."""
    style = receipt._styles("a5")["value"]
    width = receipt.A5[0] - 2 * receipt._LOOKS["a5"].margins[0] - 0.01  # ThaiParagraph slack
    words = word_tokenize(FILLER, engine="newmm")
    for k in range(len(words), 0, -1):
        text = f"{''.join(words[:k])}ที่{VILLAGE_NAME}ชำรุดหลายจุด"
        if straddles(break_lines(text, style.fontName, style.fontSize, width), VILLAGE_NAME):
            return text
    raise AssertionError("no filler length puts a line break inside the village name")


def extracted_description_lines(pdf: bytes) -> list[str]:
    lines = [skeleton(line) for line in normalise_extracted(pdf_text(pdf)).splitlines()]
    return lines[lines.index(skeleton("รายละเอียด")) + 1:]


def test_village_name_in_the_description_is_not_broken_across_lines(monkeypatch):
    description = description_wrapping_inside_the_village()
    data = make(description=description)
    name = skeleton(VILLAGE_NAME)
    lines = extracted_description_lines(render_receipt(data))
    assert len(lines) > 2 and any(name in line for line in lines), lines
    assert not straddles(lines, name), lines
    # Without the receipt's names the same description is cut inside the village name.
    monkeypatch.setattr(receipt, "_names", lambda data: ())
    assert straddles(extracted_description_lines(render_receipt(data)), name)


def test_receipt_names_to_keep_together():
    names = receipt._names(make())
    for expected in (
        "นางสาวมาลี ใจดี", "นางสาวมาลี", "ใจดี", "หมู่ที่ 4 บ้านป่าจี้", "บ้านป่าจี้", "ป่าจี้",
        "เทศบาลตำบลแม่เหียะ", "ไฟฟ้าสาธารณะ", "นายสมชาย ทองดี",
    ):
        assert expected in names, expected
    anonymous = receipt._names(make(anonymous=True))
    assert "มาลี" not in "".join(anonymous)
    assert "" not in receipt._names(make(village_label="", village_name="", clerk_name="",
                                                category_name=""))
