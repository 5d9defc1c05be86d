"""The parts of a work order around its jobs: header, crew block, result form and signatures."""
from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Spacer, Table, TableStyle

from fondue_desk.documents.thai_text import thai_date
from fondue_desk.documents.work_order_styles import (
    CELL_FONT,
    HAIRLINE,
    RULE,
    TINT,
    FormLines,
    Para,
    Shared,
    Stamp,
    box,
    centre,
    dots,
    gap,
    styles,
    text,
)
from fondue_desk.domain.numbers import format_count

if TYPE_CHECKING:
    from fondue_desk.documents.work_order import WorkOrderData

log = logging.getLogger(__name__)

_FLUSH = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]


class OrderStart(Flowable):
    """Invisible mark at the top of an order: tells the canvas whose pages follow."""

    def __init__(self, index: int, title: str) -> None:
        super().__init__()
        self.index = index
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv.order_index = self.index
        key = f"order-{self.index}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, level=0)


def names(data: WorkOrderData) -> tuple[str, ...]:
    """Names newmm does not know and that must not break across lines (see receipt._names)."""
    found = [data.office_name, data.crew_name, data.issued_by_position]
    people = [data.crew_leader, *data.crew_members, data.issued_by_name]
    for job in data.jobs:
        people.append(job.complainant_name)
        found += [job.category_name, job.village_label, job.status_label]
        name = job.village_name.strip()
        if name:
            found += [name, name.removeprefix("บ้าน").strip()]  # "วัดป่าจี้" says "ป่าจี้"
    for person in people:
        found.append(person)
        found.extend(person.split())  # "นางสาวมาลี" and "ใจดี" also stand alone
    return tuple(sorted({n for n in (n.strip() for n in found) if len(n) > 1}))


class Logo(Flowable):
    """The office logo, decoded once per document and embedded once however often it is drawn.

    A platypus Image read from bytes gets a new PDF object on every page it is drawn on.
    """

    def __init__(self, reader: ImageReader, size: float) -> None:
        super().__init__()
        width, height = reader.getSize()
        scale = size / max(width, height)
        self.reader = reader
        self.width, self.height = width * scale, height * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


def logo_reader(png: bytes | None) -> ImageReader | None:
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        reader.getRGBData()  # decode now: a truncated file fails here, not while drawing
    except Exception:  # noqa: BLE001 - Pillow raises many types; a bad logo must not stop the paper
        log.warning("office logo is not a readable image; work order printed without it")
        return None
    return reader


def _title_box(data: WorkOrderData, width: float, shared: Shared) -> Table:
    st = styles()
    table = Table([[shared.para("ใบสั่งงาน", "title")],
                   [Para(f"เลขที่ {data.number}", st["number"])]], colWidths=[width])
    table.setStyle(TableStyle([
        CELL_FONT,
        ("BOX", (0, 0), (-1, -1), 1.2, RULE), ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, HAIRLINE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]))
    return table


def _office(data: WorkOrderData, shared: Shared, names: tuple[str, ...]) -> list[Flowable]:
    lines: list[Flowable] = [shared.para(data.office_name, "office", names)]
    if data.office_address.strip():
        lines.append(shared.para(data.office_address, "address", names))
    if data.office_phone.strip():
        lines.append(shared.para(f"โทร. {data.office_phone}", "address"))
    return lines


def _info(data: WorkOrderData, width: float, shared: Shared, names: tuple[str, ...]) -> Flowable:
    issued_by = data.issued_by_name.strip() or "-"
    if data.issued_by_position.strip():
        issued_by += f"\n{data.issued_by_position.strip()}"
    left = [
        ("วันที่สั่งงาน", thai_date(data.issued_at), "value"),
        ("วันที่ปฏิบัติงาน", thai_date(data.work_date), "strong"),
        ("จำนวนงาน", f"{format_count(len(data.jobs))} รายการ", "strong"),
        ("ผู้สั่งงาน", issued_by, "value"),
    ]
    right = [
        ("ชุดปฏิบัติงาน", data.crew_name.strip() or "-", "strong"),
        ("หัวหน้าชุด", data.crew_leader.strip() or "-", "value"),
        ("สมาชิก", ", ".join(m.strip() for m in data.crew_members if m.strip()) or "-", "value"),
        ("โทรศัพท์ชุด", data.crew_phone.strip() or "-", "value"),
    ]

    def cell(label: str, value: str, key: str) -> list[Flowable]:
        return [shared.cell(label, "label"), shared.para(value, key, names)]

    rows = [[*cell(*a), "", *cell(*b)] for a, b in zip(left, right, strict=True)]
    # Shared paragraphs are one object per text and line breaks in a document.
    key = ("info", *(id(cell) for row in rows for cell in row))
    half = (width - 4 * mm) / 2
    label = 29 * mm
    table = Table(rows, colWidths=[label, half - label, 4 * mm, label - 4 * mm,
                                   half - label + 4 * mm], splitInRow=1)
    table.setStyle(TableStyle([
        CELL_FONT,
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LINEBELOW", (0, 0), (1, -2), 0.3, HAIRLINE),
        ("LINEBELOW", (3, 0), (4, -2), 0.3, HAIRLINE),
        ("LINEAFTER", (1, 0), (1, -1), 0.4, HAIRLINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LEFTPADDING", (0, 0), (0, -1), 2.5 * mm), ("LEFTPADDING", (3, 0), (3, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("TOPPADDING", (0, 0), (-1, 0), 1.6 * mm), ("BOTTOMPADDING", (0, -1), (-1, -1), 1.6 * mm),
    ]))
    return Stamp(shared, key, table)


def header(
    data: WorkOrderData, width: float, logo: Logo | None, shared: Shared, names: tuple[str, ...]
) -> list[Flowable]:
    title_width = 58 * mm
    office_width = width - title_width - 4 * mm
    lines = _office(data, shared, names)
    if logo is None:
        office = Table([[lines]], colWidths=[office_width])
    else:
        beside = logo.width + 3 * mm
        office = Table([[logo, lines]], colWidths=[beside, office_width - beside])
    office.setStyle(TableStyle([CELL_FONT, *_FLUSH, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    key = ("office", *map(id, lines), data.office_logo_png if logo is not None else None)
    top = Table([[Stamp(shared, key, office), "", _title_box(data, title_width, shared)]],
                colWidths=[office_width, 4 * mm, title_width], splitInRow=1)
    top.setStyle(TableStyle([CELL_FONT, *_FLUSH, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [top, Spacer(1, 4 * mm), _info(data, width, shared, names), Spacer(1, 5 * mm)]


def result_form(shared: Shared) -> FormLines:
    """What the crew fills in for each job: three lines, 6.5 mm apart for handwriting."""
    return FormLines(shared, [
        [text("ผลการปฏิบัติงาน", "form-head"), gap(3 * mm), box("ดำเนินการแล้วเสร็จ"),
         gap(5 * mm), box("ดำเนินการบางส่วน"), gap(5 * mm), box("ดำเนินการไม่ได้ เนื่องจาก"),
         dots()],
        [text("บันทึกการปฏิบัติงาน"), dots()],
        [text("วัสดุ/อุปกรณ์ที่ใช้"), dots(), text("เวลาที่ใช้"), dots(14 * mm), text("ชั่วโมง"),
         gap(4 * mm), text("วันที่ปฏิบัติ"), dots(9 * mm), text("/"), dots(9 * mm), text("/"),
         dots(13 * mm)],
    ], pitch=6.5 * mm, first=5 * mm)


class JobBlock(Flowable):
    """One job's parts, kept on one page: several jobs share a page, none is split.

    Only a job taller than a whole page is split; each page it goes on to starts with
    `continued()` (its band marked "(ต่อ)"), so a loose sheet still says whose job it is.
    """

    def __init__(self, parts: list[Flowable], *, space_after: float,
                 continued: Callable[[], Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self.space_after = space_after
        self.continued = continued
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self.parts]
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        page = frame._height if frame is not None else availHeight
        fresh = availHeight >= page - 1e-6  # at the top of a page
        self.wrap(availWidth, availHeight)
        if self.height <= page and not fresh:
            return []  # fits a fresh page: go there whole
        head: list[Flowable] = []
        rest = list(self.parts)
        used = 0.0
        while rest:
            height = rest[0].wrap(availWidth, availHeight - used)[1]
            if used + height <= availHeight:
                head.append(rest.pop(0))
                used += height
                continue
            pieces = rest[0].split(availWidth, availHeight - used)
            if len(pieces) > 1:
                head.append(pieces[0])
                rest[:1] = pieces[1:]
            break
        if not head or not rest or (len(head) < 2 and not fresh):
            return []  # not even the start of its details fits here: start on the next page
        # The rest starts the next page, whatever room this one has left below the head.
        return [JobBlock(head, space_after=0, continued=self.continued), FrameBreak(),
                JobBlock([self.continued(), *rest], space_after=self.space_after,
                         continued=self.continued)]


def _signature(shared: Shared, role: str, name: str, width: float) -> FormLines:
    """"ลงชื่อ ….. role", the printed name in brackets and a date, centred in `width`."""
    line = 42 * mm
    sign = shared.get("ลงชื่อ", "form")[1] + 1.6 * mm  # text parts end with a 1.6 mm gap
    indent = max(0.0, (width - sign - line - shared.get(role, "form")[1]) / 2)
    if name:
        printed = [gap(indent + sign), centre(f"( {name} )", line)]
    else:  # to be written in by hand
        paren = shared.get("(", "form")[1] + 1.6 * mm
        printed = [gap(indent + sign), text("("), dots(line - 2 * paren), text(")")]
    return FormLines(shared, [
        [gap(indent), text("ลงชื่อ"), dots(line), text(role)],
        printed,
        [gap(indent + sign), text("วันที่"), dots(10 * mm), text("/"), dots(10 * mm), text("/"),
         dots(14 * mm)],
    ], pitch=8 * mm, first=10 * mm)


def signatures(data: WorkOrderData, shared: Shared, width: float) -> Flowable:
    note = shared.para("หัวหน้าชุดโปรดบันทึกผลการปฏิบัติงานให้ครบทุกรายการ "
                       "แล้วส่งใบสั่งงานนี้คืนผู้สั่งงาน", "note")
    half = width / 2
    pair = Table([[_signature(shared, "หัวหน้าชุดปฏิบัติงาน", data.crew_leader.strip(), half),
                   _signature(shared, "ผู้ตรวจสอบ", "", half)]],
                 colWidths=[half, half])
    pair.setStyle(TableStyle([CELL_FONT, *_FLUSH, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 2 * mm), note, Spacer(1, 2 * mm), pair])
