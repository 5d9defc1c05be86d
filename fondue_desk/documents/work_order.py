"""The printed work order (ใบสั่งงาน): A4 paper a crew takes out, fills in and signs.

One order carries one job or a crew's whole day. Each job is a bordered block that never splits
across pages (unless it is taller than a page): what to do and where, a QR code that opens the
spot in a phone's map app, a locator sketch, and boxes and lines for the crew to report back.
A batch of orders prints as one PDF; every order starts a page and numbers its own pages.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fondue_desk.documents import work_order_blocks as blocks
from fondue_desk.documents.demo_mark import demo_page_callback
from fondue_desk.documents.fonts import FONT_REGULAR
from fondue_desk.documents.locator_sketch import LocatorSketch, sketch_drawing
from fondue_desk.documents.thai_text import thai_date
from fondue_desk.documents.work_order_qr import QrCode
from fondue_desk.documents.work_order_styles import (
    ALERT,
    BADGE,
    BAND,
    CELL_FONT,
    HAIRLINE,
    RULE,
    Markup,
    Para,
    Shared,
    styles,
)
from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.custom_fields import FieldValue
from fondue_desk.domain.numbers import format_count

TITLE = "ใบสั่งงาน"
ANONYMOUS = "ไม่ประสงค์ออกนาม"
QR_CAPTION = "สแกนเพื่อเปิดแผนที่"

PAGE = A4
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 15 * mm, 15 * mm, 24 * mm
FOOTER_Y = 15 * mm  # the footer's lowest point; the frame ends above it
WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
# A job is about 62 mm tall, so four go on a page and ten on three: the sketch and the code
# are as small as stays legible (the code still scans at 100 dpi).
SKETCH_SIZE = 29 * mm
QR_SIZE = 22 * mm
LOGO_SIZE = 18 * mm
_PAD = 2.2 * mm
_PAD_Y = 1.5 * mm
CONTINUED = "(ต่อ)"


@dataclass(frozen=True)
class WorkOrderJob:
    tracking_no: str
    received_at: datetime  # aware (Thai time) or naive UTC
    category_name: str
    description: str
    village_label: str  # "" when none
    location_text: str
    lat: float | None
    lon: float | None
    complainant_name: str  # "" when anonymous
    complainant_phone: str  # already formatted, "" when none
    due_date: date | None
    instruction: str  # the office's instruction for this job, may be ""
    sketch: LocatorSketch | None
    village_name: str = ""  # the name alone, kept whole on the page (village_label has both)
    field_values: tuple[FieldValue, ...] = ()  # answers to the category's own fields
    status_label: str = ""  # its status when printed, in the office's words; "" = none


@dataclass(frozen=True)
class WorkOrderData:
    number: str  # e.g. "12/2570"
    issued_at: datetime
    work_date: date  # planned date of the work
    office_name: str
    office_address: str
    office_phone: str
    office_logo_png: bytes | None
    crew_name: str
    crew_leader: str
    crew_members: tuple[str, ...]
    crew_phone: str
    issued_by_name: str
    issued_by_position: str
    jobs: tuple[WorkOrderJob, ...]  # one job, or one crew's day
    demo: bool = False  # a demo office's order says so on every page


def maps_link(lat: float, lon: float) -> str:
    """A link both Android and iPhone cameras open in a map app (a geo: URI fails on iPhone)."""
    return f"https://www.google.com/maps/search/?api=1&query={lat:.6f},{lon:.6f}"


def _qr(payload: str, size: float) -> Flowable:
    # QrCodeWidget is looked up at call time so tests can observe the payload. Level M: the
    # paper goes out in the field and may come back smudged.
    widget = QrCodeWidget(payload, barLevel="M", barBorder=2, barWidth=size, barHeight=size)
    return QrCode(widget, size)


def _has_spot(job: WorkOrderJob) -> bool:
    return job.lat is not None and job.lon is not None


def _details(job: WorkOrderJob) -> list[tuple[str, str, str]]:
    """(label, value, style) rows of one job. The complainant's national ID is never here.

    When it was received is in the band and the coordinates under the QR code."""
    complainant = job.complainant_name.strip() or ANONYMOUS
    if job.complainant_phone.strip():
        complainant += f"  โทร. {job.complainant_phone.strip()}"
    place = "  ".join(p for p in (job.village_label.strip(), job.location_text.strip()) if p)
    rows = [
        ("ประเภทเรื่อง", job.category_name.strip() or "-", "strong"),
        *((("สถานะ", job.status_label.strip(), "value"),) if job.status_label.strip() else ()),
        ("รายละเอียด", job.description.strip() or "-", "value"),
        # The category's own questions (a plate, a water source): what the crew looks for.
        *((v.label, v.text.strip() or "-", "value") for v in job.field_values),
        ("สถานที่", place or "-", "value"),
        ("ผู้แจ้ง", complainant, "value"),
    ]
    if job.instruction.strip():
        rows.append(("คำสั่ง/ข้อสั่งการ", job.instruction.strip(), "strong"))
    return rows


def _details_table(
    job: WorkOrderJob, width: float, shared: Shared, names: tuple[str, ...]
) -> Table:
    st = styles()
    label_width = 24 * mm
    cells = [[shared.cell(label, "label"), Para(value, st[key], keep_together=names)]
             for label, value, key in _details(job)]
    # In-row first: an over-tall description goes on below the rows before it, not on a new page.
    table = Table(cells, colWidths=[label_width, width - label_width], splitByRow=0,
                  splitInRow=1)
    table.setStyle(TableStyle([
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, HAIRLINE),
    ]))
    return table


def _band(job: WorkOrderJob, index: int, total: int, work_date: date, shared: Shared,
          continued: bool = False) -> Table:
    """"งานที่ 2/10", the tracking number and when it was received, the due date; on a page
    where an over-tall job goes on, the number marked "(ต่อ)"."""
    st = styles()
    due = "-" if job.due_date is None else escape(thai_date(job.due_date, short=True))
    if job.due_date is not None and job.due_date < work_date:
        due += f' <font color="#{ALERT.hexval()[2:]}">เกินกำหนด</font>'
    number = f"เลขที่รับเรื่อง {escape(job.tracking_no)}"
    if continued:
        number += f" {CONTINUED}"
    else:
        when = to_thai(job.received_at)
        received = escape(f"{thai_date(when.date(), short=True)} {when:%H:%M} น.")
        number += f'&nbsp;&nbsp;<font name="{FONT_REGULAR}">รับ {received}</font>'
    cells = [[
        shared.cell(f"งานที่ {index}/{total}", "badge"),
        Markup(number, st["band"]),
        Markup(f"กำหนดเสร็จ {due}", st["band-right"]),
    ]]
    badge, due_width = 24 * mm, 62 * mm
    table = Table(cells, colWidths=[badge, WIDTH - badge - due_width, due_width])
    table.setStyle(TableStyle([
        CELL_FONT,
        ("BOX", (0, 0), (-1, -1), 0.9, RULE),
        ("BACKGROUND", (0, 0), (0, 0), BADGE), ("BACKGROUND", (1, 0), (-1, 0), BAND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 0.9 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.3 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]))
    return table


def _map_cells(job: WorkOrderJob, shared: Shared) -> tuple[list[object], list[float]]:
    """The sketch and the QR code (each only when there is something to show)."""
    cells: list[object] = []
    widths: list[float] = []
    if job.sketch is not None:
        cells.append(sketch_drawing(job.sketch, SKETCH_SIZE, SKETCH_SIZE))
        widths.append(SKETCH_SIZE + 2 * _PAD)
    if _has_spot(job):
        assert job.lat is not None and job.lon is not None
        qr = _qr(maps_link(job.lat, job.lon), QR_SIZE)
        spot = Markup(f"{job.lat:.5f}, {job.lon:.5f}", styles()["caption"])
        cells.append([qr, shared.cell(QR_CAPTION, "caption"), spot])
    else:
        cells.append([shared.cell("ไม่มีพิกัด", "caption")])
    widths.append(QR_SIZE + 2 * _PAD + 4 * mm)  # the coordinates are a little wider
    return cells, widths


def _job_block(
    job: WorkOrderJob, index: int, data: WorkOrderData, shared: Shared, names: tuple[str, ...]
) -> Flowable:
    """Band, body and result form: three tables drawn as one box, so an over-tall job can
    still break between (or inside) them."""
    maps, map_widths = _map_cells(job, shared)
    details_width = WIDTH - sum(map_widths) - 2 * _PAD
    body = Table([[_details_table(job, details_width, shared, names), *maps]],
                 colWidths=[details_width + 2 * _PAD, *map_widths], splitInRow=1)
    body.setStyle(TableStyle([
        CELL_FONT,
        ("LINEBEFORE", (0, 0), (0, -1), 0.9, RULE), ("LINEAFTER", (-1, 0), (-1, -1), 0.9, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_Y),
    ]))
    result = Table([[blocks.result_form(shared)]], colWidths=[WIDTH])
    result.setStyle(TableStyle([
        CELL_FONT,
        ("LINEBEFORE", (0, 0), (0, -1), 0.9, RULE), ("LINEAFTER", (-1, 0), (-1, -1), 0.9, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.4, HAIRLINE),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD + 0.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD + 0.5 * mm),
    ]))
    # A job is read and filled in as one piece; only a job taller than a page may split, and
    # then each page it goes on to starts with its band marked "(ต่อ)".
    total = len(data.jobs)
    band = _band(job, index, total, data.work_date, shared)
    return blocks.JobBlock([band, body, result], space_after=2.5 * mm,
                           continued=lambda: _band(job, index, total, data.work_date, shared,
                                                   continued=True))


def _story(data: WorkOrderData, order_index: int, shared: Shared,
           logos: dict[bytes, ImageReader | None]) -> list[Flowable]:
    names = blocks.names(data)
    png = data.office_logo_png or b""
    if png not in logos:  # a batch prints one office's logo on every order: decode it once
        logos[png] = blocks.logo_reader(png)
    reader = logos[png]
    logo = blocks.Logo(reader, LOGO_SIZE) if reader is not None else None
    story: list[Flowable] = [blocks.OrderStart(order_index, f"{TITLE} {data.number}")]
    story += blocks.header(data, WIDTH, logo, shared, names)
    story += [_job_block(job, i, data, shared, names) for i, job in enumerate(data.jobs, 1)]
    if not data.jobs:
        story.append(Para("ไม่มีรายการงาน", styles()["value"]))
    story.append(blocks.signatures(data, shared, WIDTH))
    return story


class _OrderCanvas(Canvas):
    """Holds pages back until the end, so each footer can say "หน้า 2/3" of its own order."""

    orders: Sequence[WorkOrderData] = ()

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.order_index = 0
        self._held: list[tuple[int, dict[str, object]]] = []

    def showPage(self) -> None:
        self._held.append((self.order_index, dict(self.__dict__)))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for order, _ in self._held:
            totals[order] = totals.get(order, 0) + 1
        seen: dict[int, int] = {}
        offices: dict[str, Paragraph] = {}  # laid out once, drawn on every page
        for order, state in self._held:
            self.__dict__.update(state)
            seen[order] = seen.get(order, 0) + 1
            data = self.orders[order]
            if data.office_name not in offices:
                office = Paragraph(escape(data.office_name), styles()["footer-right"])
                office.wrap(WIDTH, 20)
                offices[data.office_name] = office
            self._footer(data, seen[order], totals[order], offices[data.office_name])
            super().showPage()
        super().save()

    def _footer(self, data: WorkOrderData, page: int, total: int, office: Paragraph) -> None:
        self.saveState()
        self.setStrokeColor(HAIRLINE)
        self.setLineWidth(0.5)
        top = FOOTER_Y + 5.5 * mm
        self.line(MARGIN_LEFT, top, PAGE[0] - MARGIN_RIGHT, top)
        self.restoreState()
        number = Paragraph(f"{TITLE}เลขที่ {escape(data.number)} · หน้า {page}/{total}",
                           styles()["footer"])
        number.wrap(WIDTH, 20)
        for para in (number, office):
            para.drawOn(self, MARGIN_LEFT, FOOTER_Y)


def render_work_orders(orders: Sequence[WorkOrderData]) -> bytes:
    """Many orders as one PDF for batch printing; each starts a page and counts its own pages."""
    if not orders:
        raise ValueError("no work orders to render")
    shared = Shared()
    logos: dict[bytes, ImageReader | None] = {}
    story: list[Flowable] = []
    for i, data in enumerate(orders):
        if i:
            story.append(PageBreakIfNotEmpty())
        story += _story(data, i, shared, logos)
    first, last = orders[0], orders[-1]
    title = f"{TITLE} {first.number}"
    if len(orders) > 1:
        title += f" – {last.number} ({format_count(len(orders))} ฉบับ)"
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author=first.office_name, subject=title, creator="Fondue Desk",
        invariant=1, initialFontName=FONT_REGULAR,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # One office prints a batch, so the first order says whether it is a demo.
    on_page = demo_page_callback(first.demo)
    extra = {} if on_page is None else {"onPage": on_page}
    doc.addPageTemplates([PageTemplate("work-order", frames=[frame], **extra)])
    canvas_class = type("_Canvas", (_OrderCanvas,), {"orders": tuple(orders)})
    doc.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def render_work_order(data: WorkOrderData) -> bytes:
    """One work order as PDF bytes."""
    return render_work_orders([data])
