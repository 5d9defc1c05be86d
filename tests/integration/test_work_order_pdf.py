from __future__ import annotations

import dataclasses
import io
import math
import random
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta, timezone

import numpy as np
import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil

from fondue_desk.documents import work_order, work_order_blocks, work_order_qr
from fondue_desk.documents.locator_sketch import LocatorSketch
from fondue_desk.documents.work_order import (
    WorkOrderData,
    WorkOrderJob,
    maps_link,
    render_work_order,
    render_work_orders,
)
from tests.pdf_text import normalise_extracted, pdf_text, skeleton

MM = 72 / 25.4
THAI = timezone(timedelta(hours=7))
LONG_DESCRIPTION = (
    "ไฟฟ้าส่องสว่างหน้าวัดชำรุดมาแล้วสองสัปดาห์ ผู้สูงอายุที่มาวัดตอนเย็นเดินลำบาก "
    "น้ำท่วมขังบริเวณทางเข้า ขอให้เทศบาลส่งช่างมาเปลี่ยนหลอดไฟและตรวจสอบสายไฟที่ห้อยต่ำ"
    "ลงมาจากเสาไฟฟ้าต้นที่สามนับจากปากซอย <b>ด่วน</b> & \"มาก\""
)
NATIONAL_ID = "1101700203451"  # valid check digit; must never reach a work order


def ring(lat: float, lon: float, radius_m: float, n: int = 24) -> tuple[tuple[float, float], ...]:
    k = 111_195 * math.cos(math.radians(lat))
    return tuple((lat + radius_m * math.sin(2 * math.pi * i / n) / 111_195,
                  lon + radius_m * math.cos(2 * math.pi * i / n) / k) for i in range(n))


def sketch(point: tuple[float, float] | None) -> LocatorSketch:
    return LocatorSketch(
        area=(ring(18.7505, 98.9500, 650),),
        area_label="หมู่ที่ 3 บ้านใหม่",
        surroundings=(ring(18.7630, 98.9555, 650), ring(18.7398, 98.9410, 650)),
        landmarks=(("ม.2", 18.7630, 98.9555), ("ม.3", 18.7505, 98.9500)),
        point=point,
    )


def make_job(**overrides) -> WorkOrderJob:
    values = {
        "tracking_no": "2570-000123",
        "received_at": datetime(2026, 11, 25, 2, 41, tzinfo=UTC),
        "category_name": "ไฟฟ้าสาธารณะ",
        "description": LONG_DESCRIPTION,
        "village_label": "หมู่ที่ 3 บ้านใหม่",
        "village_name": "บ้านใหม่",
        "location_text": "หน้าวัดใหม่ ซอย 5",
        "lat": 18.7509,
        "lon": 98.9488,
        "complainant_name": "นางสาวผู้ใหญ่ น้ำใจดี",
        "complainant_phone": "081-234-5678",
        "due_date": date(2026, 12, 10),
        "instruction": "นำหลอดแอลอีดีและบันไดยืดไปด้วย",
        "sketch": sketch((18.7509, 98.9488)),
    }
    values.update(overrides)
    return WorkOrderJob(**values)


def make_order(jobs: tuple[WorkOrderJob, ...] | None = None, **overrides) -> WorkOrderData:
    values = {
        "number": "12/2570",
        "issued_at": datetime(2026, 11, 25, 9, 0, tzinfo=THAI),
        "work_date": date(2026, 11, 26),
        "office_name": "เทศบาลตำบลแม่เหียะ",
        "office_address": "เลขที่ 99 หมู่ที่ 3 ถนนเชียงใหม่-ฮอด ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ "
        "จังหวัดเชียงใหม่ 50100",
        "office_phone": "053-123-456",
        "office_logo_png": None,
        "crew_name": "ชุดซ่อมบำรุงไฟฟ้า 1",
        "crew_leader": "นายประสิทธิ์ ช่างไฟ",
        "crew_members": ("นายวิชัย แสงทอง", "นายสุรเชษฐ์ คำมูล"),
        "crew_phone": "086-111-2222",
        "issued_by_name": "นายสมศักดิ์ ใจกล้า",
        "issued_by_position": "ผู้อำนวยการกองช่าง",
        "jobs": (make_job(),) if jobs is None else jobs,
    }
    values.update(overrides)
    return WorkOrderData(**values)


def twelve_jobs() -> tuple[WorkOrderJob, ...]:
    jobs = []
    for i in range(12):
        lat, lon = 18.74 + i * 0.002, 98.94 + i * 0.0015
        jobs.append(make_job(
            tracking_no=f"2570-{200 + i:06d}",
            lat=None if i == 5 else lat, lon=None if i == 5 else lon,
            complainant_name="" if i == 7 else "นางสาวผู้ใหญ่ น้ำใจดี",
            sketch=sketch(None if i == 5 else (lat, lon)),
            description=LONG_DESCRIPTION if i % 3 == 0 else "ท่อประปาแตก น้ำไหลนองถนน",
        ))
    return tuple(jobs)


def png_logo() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 90), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def contains(haystack: str, needle: str) -> bool:
    return skeleton(needle) in skeleton(haystack)


def page_texts(pdf: bytes) -> list[str]:
    return [normalise_extracted(page.extract_text() or "") for page in reader(pdf).pages]


FOOTER = re.compile(r"ใบส\S*งานเลขท\S*\s*(\S+)\s*·\s*หน้า\s*(\d+)/(\d+)")


def footers(pdf: bytes) -> list[tuple[str, int, int]]:
    """(order number, page, pages) from the footer of every page, in page order."""
    out = []
    for text in page_texts(pdf):
        found = FOOTER.findall(text)
        assert len(found) == 1, text[-300:]
        number, page, total = found[0]
        out.append((number, int(page), int(total)))
    return out


def spy_qr(monkeypatch) -> list[str]:
    payloads: list[str] = []

    class SpyQr(work_order.QrCodeWidget):
        def __init__(self, value, *args, **kwargs):
            payloads.append(value)
            super().__init__(value, *args, **kwargs)

    monkeypatch.setattr(work_order, "QrCodeWidget", SpyQr)
    return payloads


# --- the contract ----------------------------------------------------------------------------

def test_dataclasses_have_exactly_the_agreed_fields():
    assert [f.name for f in dataclasses.fields(WorkOrderJob)] == [
        "tracking_no", "received_at", "category_name", "description", "village_label",
        "location_text", "lat", "lon", "complainant_name", "complainant_phone", "due_date",
        "instruction", "sketch", "village_name", "field_values", "status_label",
    ]
    assert [f.name for f in dataclasses.fields(WorkOrderData)] == [
        "number", "issued_at", "work_date", "office_name", "office_address", "office_phone",
        "office_logo_png", "crew_name", "crew_leader", "crew_members", "crew_phone",
        "issued_by_name", "issued_by_position", "jobs", "demo",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        make_job().tracking_no = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        make_order().number = "x"  # type: ignore[misc]


def test_maps_link_opens_the_spot_on_any_phone():
    assert maps_link(18.7509, 98.9488) == (
        "https://www.google.com/maps/search/?api=1&query=18.750900,98.948800")
    assert maps_link(-0.1234567, -70.0000004) == (
        "https://www.google.com/maps/search/?api=1&query=-0.123457,-70.000000")


# --- content ---------------------------------------------------------------------------------

def test_one_job_order_content():
    pdf = render_work_order(make_order(office_logo_png=png_logo()))
    pages = reader(pdf).pages
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) == pytest.approx(595.28, abs=1)
    assert float(pages[0].mediabox.height) == pytest.approx(841.89, abs=1)
    text = pdf_text(pdf)
    assert "12/2570" in text and "2570-000123" in text
    for expected in (
        "ใบสั่งงาน", "เลขที่ 12/2570", "เทศบาลตำบลแม่เหียะ", "โทร. 053-123-456",
        "วันที่สั่งงาน", "25 พฤศจิกายน 2569", "วันที่ปฏิบัติงาน", "26 พฤศจิกายน 2569",
        "ชุดซ่อมบำรุงไฟฟ้า 1", "นายประสิทธิ์ ช่างไฟ", "นายวิชัย แสงทอง", "นายสุรเชษฐ์ คำมูล",
        "086-111-2222", "นายสมศักดิ์ ใจกล้า", "ผู้อำนวยการกองช่าง", "จำนวนงาน", "1 รายการ",
        "งานที่ 1/1", "เลขที่รับเรื่อง 2570-000123", "ไฟฟ้าสาธารณะ",
        "รับ 25 พ.ย. 2569 09:41 น.", "กำหนดเสร็จ 10 ธ.ค. 2569",
        "หมู่ที่ 3 บ้านใหม่", "หน้าวัดใหม่ ซอย 5", "18.75090, 98.94880",
        "นางสาวผู้ใหญ่ น้ำใจดี", "โทร. 081-234-5678", "คำสั่ง/ข้อสั่งการ",
        "นำหลอดแอลอีดีและบันไดยืดไปด้วย", "สแกนเพื่อเปิดแผนที่",
        "ผลการปฏิบัติงาน", "ดำเนินการแล้วเสร็จ", "ดำเนินการบางส่วน",
        "ดำเนินการไม่ได้ เนื่องจาก", "บันทึกการปฏิบัติงาน", "วัสดุ/อุปกรณ์ที่ใช้",
        "เวลาที่ใช้", "ชั่วโมง", "วันที่ปฏิบัติ", "หัวหน้าชุดปฏิบัติงาน", "ผู้ตรวจสอบ",
        "( นายประสิทธิ์ ช่างไฟ )", "ใบสั่งงานเลขที่ 12/2570 · หน้า 1/1",
    ):
        assert contains(text, expected), expected
    assert not contains(text, "เกินกำหนด")
    # User text is printed literally, never read as markup.
    assert "<b>ด่วน</b> &" in normalise_extracted(text)


def test_each_job_block_shows_its_status_in_the_office_words():
    jobs = (make_job(status_label="มอบหมายช่างแล้ว"),
            make_job(tracking_no="2570-000124", status_label="กำลังซ่อม"), make_job(
                tracking_no="2570-000125"))
    text = pdf_text(render_work_order(make_order(jobs=jobs)))
    assert contains(text, "สถานะ มอบหมายช่างแล้ว") and contains(text, "สถานะ กำลังซ่อม")
    assert normalise_extracted(text).count("สถานะ") == 2  # no empty row for the third


def test_long_description_wraps_between_thai_words():
    pdf = render_work_order(make_order())
    text = normalise_extracted(pdf_text(pdf))
    assert contains(text, LONG_DESCRIPTION)
    lines = [skeleton(line) for line in text.splitlines()]
    holding = [line for line in lines if line and line in skeleton(LONG_DESCRIPTION)]
    assert len(holding) >= 3, holding  # wrapped over several lines...
    assert skeleton(LONG_DESCRIPTION) not in lines  # ...and never as one overflowing line
    # Lines end between words: "สัปดาห์" or "ผู้สูงอายุ" is never cut.
    for word in ("สัปดาห์", "ผู้สูงอายุ", "ส่องสว่าง", "ท่วมขัง"):
        assert any(skeleton(word) in line for line in lines), word


def test_anonymous_complainant():
    job = make_job(complainant_name="", complainant_phone="")
    text = pdf_text(render_work_order(make_order((job,))))
    assert contains(text, "ผู้แจ้ง") and contains(text, "ไม่ประสงค์ออกนาม")
    assert not contains(text, "น้ำใจดี") and not contains(text, "081-234-5678")


def test_overdue_job_is_marked():
    late = make_job(tracking_no="2570-000001", due_date=date(2026, 11, 25))
    on_time = make_job(tracking_no="2570-000002", due_date=date(2026, 11, 26))
    undated = make_job(tracking_no="2570-000003", due_date=None)
    pages = page_texts(render_work_order(make_order((late, on_time, undated))))
    blocks = re.split(r"(?=งานท\S* \d/3)", "\n".join(pages))[1:]
    assert [contains(block, "เกินกำหนด") for block in blocks] == [True, False, False]
    assert contains(blocks[2], "กำหนดเสร็จ -")


def national_id_in(text: str) -> bool:
    flat = normalise_extracted(text)
    return bool(re.search(r"(?<!\d)\d{13}(?!\d)", flat)
                or re.search(r"\d-\d{4}-\d{5}-\d{2}-\d", flat)
                or re.search(r"(?<!\d)\d{13}(?!\d)", re.sub(r"[\s-]", "", flat)))


def test_never_a_national_id(monkeypatch):
    payloads = spy_qr(monkeypatch)
    pdf = render_work_orders([make_order(twelve_jobs()), make_order(number="13/2570")])
    assert not national_id_in(pdf_text(pdf))
    assert not any(national_id_in(p) for p in payloads)
    assert not any(re.search("national|citizen|id_card|pin", f.name)
                   for cls in (WorkOrderJob, WorkOrderData) for f in dataclasses.fields(cls))
    # The check itself does find an ID that slips into printed text.
    leaked = make_order((make_job(location_text=f"บ้านเลขที่ 5 ({NATIONAL_ID})"),))
    assert national_id_in(pdf_text(render_work_order(leaked)))


def test_job_without_coordinates_has_no_qr_code(monkeypatch):
    payloads = spy_qr(monkeypatch)
    job = make_job(lat=None, lon=None, sketch=sketch(None))
    pdf = render_work_order(make_order((job,)))
    assert payloads == []
    text = pdf_text(pdf)
    assert not contains(text, "สแกนเพื่อเปิดแผนที่")
    assert contains(text, "ไม่มีพิกัด")
    assert "98.9" not in text


def test_qr_codes_open_each_spot_in_a_map_app(monkeypatch):
    payloads = spy_qr(monkeypatch)
    jobs = (make_job(lat=18.7509, lon=98.9488),
            make_job(tracking_no="2570-000124", lat=None, lon=None, sketch=None),
            make_job(tracking_no="2570-000125", lat=18.76123456, lon=98.95, sketch=None))
    page = reader(render_work_order(make_order(jobs))).pages[0]
    assert payloads == [
        "https://www.google.com/maps/search/?api=1&query=18.750900,98.948800",
        "https://www.google.com/maps/search/?api=1&query=18.761235,98.950000",
    ]
    # The modules are drawn as filled rectangles: a QR has dozens of them.
    assert page.get_contents().get_data().count(b" re") > 100


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs poppler's pdftoppm and zbar's zbarimg")
def test_printed_qr_codes_scan(tmp_path):
    """What a phone sees: the page rasterised at a modest 100 dpi, then read by a decoder."""
    jobs = (make_job(lat=18.7509, lon=98.9488),
            make_job(tracking_no="2570-000125", lat=13.7563309, lon=100.5017651, sketch=None))
    (tmp_path / "order.pdf").write_bytes(render_work_order(make_order(jobs)))
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(tmp_path / "order.pdf"),
                    str(tmp_path / "page")], check=True)
    pages = sorted(str(p) for p in tmp_path.glob("page*.png"))
    # zbarimg exits non-zero when some page has no code at all; what it read is what counts.
    scanned = subprocess.run(["zbarimg", "-q", "--raw", *pages], check=False,
                             capture_output=True, text=True)
    assert sorted(scanned.stdout.split()) == [
        "https://www.google.com/maps/search/?api=1&query=13.756331,100.501765",
        "https://www.google.com/maps/search/?api=1&query=18.750900,98.948800",
    ]


def fonts_in(resources, seen: set[int]) -> list:
    """Font dictionaries used from `resources`, looking inside form XObjects too."""
    fonts = [ref.get_object() for ref in resources.get("/Font", {}).values()]
    for ref in resources.get("/XObject", {}).values():
        xobject = ref.get_object()
        if xobject["/Subtype"] == "/Form" and ref.idnum not in seen:
            seen.add(ref.idnum)
            fonts += fonts_in(xobject.get("/Resources", {}), seen)
    return fonts


def test_fonts_embedded_are_sarabun():
    pdf = render_work_orders([make_order(twelve_jobs(), office_logo_png=png_logo()),
                              make_order()])
    seen = set()
    for page in reader(pdf).pages:
        for font in fonts_in(page["/Resources"], set()):
            name = str(font["/BaseFont"]).split("+")[-1]
            assert name.startswith("Sarabun"), name  # never Helvetica: it has no Thai
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
            seen.add(name)
    assert seen >= {"Sarabun-Regular", "Sarabun-Bold"}


# --- pages -----------------------------------------------------------------------------------

def test_twelve_job_order_spans_pages_and_keeps_each_job_whole():
    pdf = render_work_order(make_order(twelve_jobs()))
    texts = page_texts(pdf)
    assert len(texts) >= 4
    assert footers(pdf) == [("12/2570", n, len(texts)) for n in range(1, len(texts) + 1)]
    whole = "\n".join(texts)
    assert contains(whole, "12 รายการ")
    for i, job in enumerate(twelve_jobs(), 1):
        assert job.tracking_no in whole
        assert contains(whole, f"งานที่ {i}/12")
    for text in texts:
        # Every job block on a page carries its band and its result form on that same page.
        # (The signatures' note asks to "บันทึกผลการปฏิบัติงาน" too.)
        assert len(re.findall(r"งานท\S* \d+/12", text)) == skeleton(text).count(
            skeleton("ผลการปฏิบัติงาน")) - skeleton(text).count(skeleton("บันทึกผลการปฏิบัติงาน"))
    assert contains(texts[-1], "ผู้ตรวจสอบ")


def short_jobs(count: int) -> tuple[WorkOrderJob, ...]:
    """A crew's ordinary day: short descriptions, each job with its spot, QR and sketch."""
    jobs = []
    for i in range(count):
        lat, lon = 18.74 + i * 0.002, 98.94 + i * 0.0015
        jobs.append(make_job(tracking_no=f"2570-{300 + i:06d}", lat=lat, lon=lon,
                             sketch=sketch((lat, lon)), instruction="" if i % 2 else "ด่วน",
                             description=f"ท่อประปาแตก น้ำไหลนองถนน จุดที่ {i + 1}"))
    return tuple(jobs)


def pdftotext_pages(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "order.pdf"
    path.write_bytes(pdf)
    count = len(reader(pdf).pages)
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_short_jobs_flow_several_to_a_page_and_none_is_split(tmp_path):
    jobs = short_jobs(10)
    pdf = render_work_order(make_order(jobs))
    pages = pdftotext_pages(pdf, tmp_path)
    assert len(pages) <= 3
    for i, job in enumerate(jobs, 1):
        # Every part of the job is on the one page that has its number.
        on = [n for n, text in enumerate(pages) if job.tracking_no in text]
        assert len(on) == 1, (job.tracking_no, on)
        text = pages[on[0]]
        assert contains(text, job.description) and contains(text, f"งานที่ {i}/10")
        assert contains(text, f"{job.lat:.5f}, {job.lon:.5f}")
    # ...and each page carries as many result forms as job bands: no job's form went on alone.
    for text in pages:
        bands = len(re.findall(r"2570-000[3]\d\d", text))
        assert skeleton(text).count(skeleton("วัสดุ/อุปกรณ์ที่ใช้")) == bands
    assert sum(1 for text in pages[:2] if len(re.findall(r"2570-0003\d\d", text)) >= 3) == 2


def test_a_job_taller_than_a_page_goes_on_marked_continued():
    filler = "ถนนในหมู่บ้านเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก ผู้สูงอายุสัญจรลำบาก " * 60
    ending = "ขอให้เทศบาลส่งช่างมาซ่อมโดยด่วนที่สุด"
    tall = make_job(tracking_no="2570-000500", description=filler[:3000] + ending)
    jobs = (make_job(tracking_no="2570-000499", description="ไฟดับ"), tall,
            make_job(tracking_no="2570-000501", description="ท่อแตก"))
    texts = page_texts(render_work_order(make_order(jobs)))
    with_tall = [n for n, text in enumerate(texts) if "2570-000500" in text]
    assert len(with_tall) >= 2  # it had to split...
    first, *rest = with_tall
    assert not contains(texts[first], "(ต่อ)") and contains(texts[first], "งานที่ 2/3")
    for n in rest:  # ...and every page it goes on to names it, marked continued
        assert contains(texts[n], "งานที่ 2/3") and contains(texts[n], "2570-000500 (ต่อ)")
    assert contains(texts[rest[-1]], ending) and contains(texts[rest[-1]], "ผลการปฏิบัติงาน")
    # The short jobs around it stay whole on their own pages.
    for number in ("2570-000499", "2570-000501"):
        assert sum(number in text for text in texts) == 1


def test_an_over_tall_job_after_short_ones_fills_its_pages():
    filler = "ถนนในหมู่บ้านเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก ผู้สูงอายุสัญจรลำบาก " * 60
    tall = make_job(tracking_no="2570-000500", description=filler[:3000])
    jobs = (*(make_job(tracking_no=f"2570-00040{i}", description="ไฟดับ") for i in range(3)),
            tall)
    texts = page_texts(render_work_order(make_order(jobs)))
    with_tall = [text for text in texts if "2570-000500" in text]
    assert len(with_tall) == 2
    # Its first page is filled with its description, not left with a band or one row alone.
    counts = [skeleton(text).count(skeleton("น้ำท่วมขังทุกครั้งที่ฝนตก")) for text in with_tall]
    assert counts[0] >= 20 and counts[1] >= 1


def test_batch_restarts_page_numbers_for_each_order():
    orders = [
        make_order(number="12/2570"),
        make_order(twelve_jobs(), number="13/2570", crew_name="ชุดงานทาง 2"),
        make_order((make_job(), make_job(tracking_no="2570-000999")), number="14/2570"),
    ]
    alone = [len(reader(render_work_order(order)).pages) for order in orders]
    pdf = render_work_orders(orders)
    expected = [(order.number, n, pages)
                for order, pages in zip(orders, alone, strict=True) for n in range(1, pages + 1)]
    assert footers(pdf) == expected
    assert alone[1] > 1
    # Each order starts on a page of its own, with its header.
    texts = page_texts(pdf)
    starts = [sum(alone[:i]) for i in range(len(orders))]
    for order, start in zip(orders, starts, strict=True):
        assert contains(texts[start], f"เลขที่ {order.number}")
        assert contains(texts[start], "วันที่ปฏิบัติงาน")
    assert reader(pdf).metadata.title == "ใบสั่งงาน 12/2570 – 14/2570 (3 ฉบับ)"


def test_no_orders_is_an_error():
    with pytest.raises(ValueError):
        render_work_orders([])


def test_order_without_jobs_still_prints():
    text = pdf_text(render_work_order(make_order(())))
    assert contains(text, "ไม่มีรายการงาน") and contains(text, "0 รายการ")


def transform(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def text_origins(page) -> list[tuple[float, float, str]]:
    """Where each piece of text starts on the page (pt), including text inside form XObjects."""
    placed: list[list[float]] = []  # matrices of the forms being read, outermost first
    out: list[tuple[float, float, str]] = []

    def before(op, args, cm, tm):
        if op == b"Do":
            placed.append(list(cm))

    def after(op, args, cm, tm):
        if op == b"Do":
            placed.pop()

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        x, y = transform(cm, tm[4], tm[5])
        for matrix in reversed(placed):
            x, y = transform(matrix, x, y)
        out.append((x, y, text))

    page.extract_text(visitor_operand_before=before, visitor_operand_after=after,
                      visitor_text=visit)
    return out


def test_text_stays_inside_the_margins():
    pdf = render_work_orders([make_order(twelve_jobs(), office_logo_png=png_logo()),
                              make_order()])
    for page in reader(pdf).pages:
        origins = text_origins(page)
        assert len(origins) > 20
        xs = [x for x, _, _ in origins]
        ys = [y for _, y, _ in origins]
        assert min(xs) >= 20 * MM - 0.5, min(origins)
        assert max(xs) <= (210 - 15) * MM
        assert min(ys) >= 15 * MM - 0.5  # the footer's baseline sits above the bottom margin
        assert max(ys) <= (297 - 15) * MM
        # The form parts are placed, not lost: their labels are found within the page.
        assert any(skeleton("ผลการปฏิบัติงาน") in skeleton(t) for _, _, t in origins) or \
            not any("งานท" in t for _, _, t in origins)


def images_in(resources, seen: set[int]) -> set[int]:
    """PDF object numbers of the images drawn from `resources`, looking inside forms too."""
    found: set[int] = set()
    for ref in resources.get("/XObject", {}).values():
        xobject = ref.get_object()
        if xobject["/Subtype"] == "/Image":
            found.add(ref.idnum)
        elif ref.idnum not in seen:
            seen.add(ref.idnum)
            found |= images_in(xobject.get("/Resources", {}), seen)
    return found


def test_logo_is_embedded_once_and_a_bad_one_is_skipped(caplog):
    pdf = render_work_orders([make_order(office_logo_png=png_logo(), number=f"{n}/2570")
                              for n in range(1, 4)])
    pages = reader(pdf).pages
    per_page = [images_in(page["/Resources"], set()) for page in pages]
    assert all(len(found) == 1 for found in per_page)  # the logo is on every order...
    assert len(set().union(*per_page)) == 1  # ...and in the file once
    bad = render_work_order(make_order(office_logo_png=b"\x89PNG not really"))
    assert len(reader(bad).pages) == 1
    assert "logo" in caplog.text


def test_over_tall_job_flows_without_loss():
    filler = "ถนนในหมู่บ้านเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก ผู้สูงอายุสัญจรลำบาก " * 60
    ending = "ขอให้เทศบาลส่งช่างมาซ่อมโดยด่วนที่สุด"
    job = make_job(description=filler[:3000] + ending)
    pdf = render_work_order(make_order((job, make_job(tracking_no="2570-000777"))))
    assert len(reader(pdf).pages) >= 3
    text = pdf_text(pdf)
    assert contains(text, ending) and "2570-000777" in text


def test_names_kept_whole():
    names = work_order_blocks.names(make_order())
    for expected in ("นางสาวผู้ใหญ่ น้ำใจดี", "น้ำใจดี", "นายประสิทธิ์ ช่างไฟ", "บ้านใหม่",
                     "เทศบาลตำบลแม่เหียะ", "ชุดซ่อมบำรุงไฟฟ้า 1", "นายสมศักดิ์ ใจกล้า"):
        assert expected in names, expected
    assert "" not in work_order_blocks.names(make_order((make_job(complainant_name=""),)))


# --- QR codes --------------------------------------------------------------------------------

def qr_payloads() -> list[str]:
    rng = random.Random(7)
    links = [maps_link(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(40)]
    return [*links, "x", "ใบสั่งงาน 12/2570", "https://example.org/" + "a" * 300]


@pytest.mark.parametrize("level", ["L", "M", "H"])
def test_fast_mask_choice_scores_exactly_like_reportlab(level):
    for payload in qr_payloads():
        qr = QrCodeWidget(payload, barLevel=level).qr
        qr.version = qr.calculate_version()
        for pattern in range(8):
            qr.makeImpl(True, pattern)
            modules = np.array(qr.modules, dtype=bool)
            assert work_order_qr._score(modules) == QRUtil.getLostPoint(qr), (payload, pattern)
        reference = QrCodeWidget(payload, barLevel=level).qr
        reference.make()
        assert work_order_qr.encode(qr) == reference.modules


def test_sketch_only_when_given():
    with_sketch = reader(render_work_order(make_order())).pages[0]
    without = reader(render_work_order(make_order((make_job(sketch=None),)))).pages[0]
    assert contains(with_sketch.extract_text(), "หมู่ที่ 3 บ้านใหม่")
    assert "N" in with_sketch.extract_text() and "N" not in without.extract_text()
