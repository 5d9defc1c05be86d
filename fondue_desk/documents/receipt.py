"""The complaint receipt handed to the citizen at the counter: A5 sheet or 80 mm thermal slip.

The citizen keeps it as proof of filing, so the tracking number dominates and is repeated
as a QR code the office scanner reads back when the citizen follows up.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from fondue_desk.documents.demo_mark import HEADER_ROOM, demo_page_callback
from fondue_desk.documents.fonts import FONT_BOLD, FONT_REGULAR
from fondue_desk.documents.line_breaking import text_width
from fondue_desk.documents.paragraphs import (
    ELLIPSIS,
    ThaiParagraph,
    shaped_paragraph_style,
    shortened,
)
from fondue_desk.documents.thai_text import thai_date, thai_datetime

log = logging.getLogger(__name__)

TITLE = "ใบรับเรื่องร้องเรียน"
NOTE = "โปรดเก็บใบรับเรื่องนี้ไว้เป็นหลักฐาน และแจ้งเลขที่รับเรื่องเมื่อติดตามเรื่อง"
# Printed under a description shortened to keep the receipt on one page.
FULL_TEXT_NOTE = "รายละเอียดฉบับเต็มอยู่ในทะเบียนเรื่องร้องเรียน เลขที่รับเรื่อง {tracking_no}"
# In place of the answers that do not fit once the description is down to one line.
MORE_ANSWERS_NOTE = "คำตอบอื่นอีก {count} ข้อ อยู่ในทะเบียนเรื่องร้องเรียน"
TRAFFY_CAPTION = "ติดตามเรื่องนี้ทาง Traffy Fondue"

_INK = colors.HexColor("#1a1a1a")
_MUTED = colors.HexColor("#555555")
_RULE = colors.HexColor("#9a9a9a")
_TINT = colors.HexColor("#f1f3f5")
_HAIRLINE = colors.HexColor("#d5d8dc")
_THERMAL_WIDTH = 80 * mm
_MAX_PAGE_HEIGHT = 14400.0  # PDF viewers' limit (200 in); only for measuring
_MAX_SLIP_HEIGHT = 297 * mm  # a receipt, not a scroll: longer text is shortened to fit
_FLUSH = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]

Styles = dict[str, ParagraphStyle]
Phrases = tuple[str, ...]


@dataclass(frozen=True)
class TraffyTicketPrint:
    """The complaint's ticket on Traffy Fondue, so the citizen can follow it there too."""

    ticket_id: str
    password: str  # the tracking password Traffy issued ("" when it gave none)
    url: str  # the ticket's public page, printed as a QR code


@dataclass(frozen=True)
class ReceiptData:
    office_name: str
    office_address: str
    office_phone: str
    office_logo_png: bytes | None
    tracking_no: str
    received_at: datetime
    channel_label: str
    complainant_name: str
    anonymous: bool
    complainant_phone: str
    category_name: str
    village_label: str
    location_text: str
    lat: float | None
    lon: float | None
    description: str
    due_date: date | None
    sla_days: int
    clerk_name: str
    demo: bool = False  # a demo office's receipt says so on every page
    village_name: str = ""  # the name alone ("บ้านป่าจี้"), kept whole wherever it occurs
    # The office's own words (document templates, already filled in): a note under the
    # letterhead ("" = none) and the boxed note at the foot.
    header_note: str = ""
    footer_note: str = NOTE
    # Answers to the category's own fields: (label, text) rows of the details table.
    field_rows: tuple[tuple[str, str], ...] = ()
    # The complaint's status when printed, in the office's own words (domain.labels); "" = none.
    status_label: str = ""
    # Set when the complaint went to Traffy Fondue and came back with a ticket.
    traffy: TraffyTicketPrint | None = None


@dataclass(frozen=True)
class _Look:
    """Everything that differs between the sheet and the slip (lengths in pt)."""

    thermal: bool
    margins: tuple[float, float, float]  # side, top, bottom
    body: float
    small: float
    title: float
    number: float
    label_width: float
    qr_size: float
    traffy_qr_size: float
    logo_size: float
    # At most this many lines for the office name and each field of the details table (the
    # place gets one more), so that no field can push the receipt off its one page.
    value_lines: int


_LOOKS = {
    "a5": _Look(False, (14 * mm, 11 * mm, 15 * mm), 11, 9, 16, 26, 34 * mm, 30 * mm, 22 * mm,
                17 * mm, 1),
    "thermal": _Look(True, (4 * mm, 4 * mm, 5 * mm), 9, 7.5, 12, 19, 23 * mm, 28 * mm, 26 * mm,
                     12 * mm, 2),
}


@lru_cache(maxsize=None)
def _styles(variant: str) -> Styles:
    look = _LOOKS[variant]
    # The slip is read as a centred column; the sheet reads like a form, left-aligned.
    centred = TA_CENTER if look.thermal else TA_LEFT
    specs: dict[str, tuple[float, dict[str, Any]]] = {
        "office": (look.title - 2, {"bold": True, "alignment": centred}),
        "address": (look.small, {"textColor": _MUTED, "alignment": centred}),
        "title": (look.title, {"bold": True, "alignment": TA_CENTER}),
        "caption": (look.small, {"textColor": _MUTED, "alignment": centred}),
        "number": (look.number, {"bold": True, "alignment": centred, "leading": look.number * 1.2}),
        "stamp": (look.body, {"textColor": _INK, "alignment": centred}),
        "label": (look.body, {"bold": True, "textColor": _MUTED}),
        "value": (look.body, {"textColor": _INK}),
        "due": (look.body + 2, {"bold": True, "alignment": centred}),
        "status": (look.body, {"bold": True, "alignment": centred}),
        "stamp_small": (look.small, {"bold": True, "alignment": TA_CENTER}),
        "traffy_caption": (look.small, {"textColor": _MUTED, "alignment": TA_CENTER}),
        "note": (look.small, {"textColor": _INK, "alignment": TA_CENTER}),
        "sign": (look.body, {"alignment": TA_CENTER}),
        "footer": (7.5, {"textColor": _MUTED}),
        "footer-right": (7.5, {"textColor": _MUTED, "alignment": TA_RIGHT}),
    }
    return {
        key: shaped_paragraph_style(f"receipt-{variant}-{key}", size, **kw)
        for key, (size, kw) in specs.items()
    }


def _qr(payload: str, size: float) -> Drawing:
    # QrCodeWidget is looked up at call time so tests can observe the exact payload. Sizing it
    # through barWidth/barHeight (not getBounds + transform) avoids encoding the code twice.
    widget = QrCodeWidget(payload, barLevel="M", barBorder=2, barWidth=size, barHeight=size)
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing


def _logo(png: bytes | None, size: float) -> Image | None:
    if not png:
        return None
    try:
        width, height = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # Pillow raises many types; a bad logo must not block the receipt
        log.warning("office logo is not a readable image; receipt printed without it")
        return None
    scale = size / max(width, height)
    return Image(io.BytesIO(png), width * scale, height * scale)


def _rule(thermal: bool) -> HRFlowable:
    # Dashed on the slip, where it reads as a tear line between sections.
    return HRFlowable(width="100%", thickness=0.5, color=_RULE, dash=(2, 2) if thermal else None,
                      spaceBefore=2 * mm, spaceAfter=2 * mm)


def _names(data: ReceiptData) -> Phrases:
    """Names on the receipt that newmm does not know and must not be broken across lines.

    Each is protected wherever it occurs, e.g. the village in the description. A name wider
    than a line still wraps inside (at a space before anywhere else).
    """
    names = [data.office_name, data.category_name, data.village_label]
    people = [data.clerk_name] if data.anonymous else [data.clerk_name, data.complainant_name]
    for person in people:
        names.append(person)
        names.extend(person.split())  # "นางสาวมาลี" and "ใจดี" also stand alone
    name = data.village_name.strip()
    if name:
        names.append(name)
        bare = name.removeprefix("บ้าน").strip()  # "วัดป่าจี้" mentions "ป่าจี้" only
        if bare != name:
            names.append(bare)
    return tuple(n for n in (n.strip() for n in names) if len(n) > 1)


def _fit(text: str, style: ParagraphStyle, width: float, lines: int, names: Phrases) -> str:
    """At most `lines` lines of `text`, so no one field can push the receipt off its page."""
    return shortened(text, style, width, lines, names) or text


def _header(
    data: ReceiptData, look: _Look, st: Styles, width: float, names: Phrases
) -> list[Flowable]:
    logo = _logo(data.office_logo_png, look.logo_size)
    beside = look.logo_size + 3 * mm
    room = width - beside if logo is not None and not look.thermal else width
    lines: list[Flowable] = [
        ThaiParagraph(_fit(data.office_name, st["office"], room, look.value_lines, names),
                      st["office"], keep_together=names)]
    if data.office_address:
        address = _fit(data.office_address, st["address"], room, 2, names)
        lines.append(ThaiParagraph(address, st["address"], keep_together=names))
    if data.office_phone:
        lines.append(ThaiParagraph(_fit(f"โทร. {data.office_phone}", st["address"], room, 1, ()),
                                   st["address"]))
    if logo is None:
        return lines
    if look.thermal:
        logo.hAlign = "CENTER"
        return [logo, Spacer(1, 1 * mm), *lines]
    table = Table([[logo, lines]], colWidths=[beside, width - beside], splitInRow=1)
    table.setStyle(TableStyle([*_FLUSH, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [table]


def _header_note(data: ReceiptData, st: Styles, width: float, names: Phrases
                 ) -> list[Flowable]:
    """The office's own line under the letterhead; three lines at most, so one page holds."""
    words = data.header_note.strip()
    if not words:
        return []
    return [Spacer(1, 1 * mm),
            ThaiParagraph(_fit(words, st["note"], width, 3, names), st["note"],
                          keep_together=names)]


_STATUS_CAPTION = "สถานะ:"


def _status_room(data: ReceiptData, look: _Look, width: float) -> float:
    """Room for the status's words, the caption taking part of the first line."""
    room = width if look.thermal else width - look.qr_size - 12 * mm  # beside the QR cell
    size = _styles("thermal" if look.thermal else "a5")["status"].fontSize
    return room - text_width(_STATUS_CAPTION + " ", FONT_BOLD, size)


def _status_line(data: ReceiptData, look: _Look, st: Styles, width: float) -> list[Flowable]:
    """"สถานะ: รับเรื่องแล้ว" under the date, so a citizen who follows up can say where the
    complaint stood when it was printed. The office names its statuses (up to 40 letters): two
    lines at most, one when the page is tight (see _fitted_notes)."""
    words = data.status_label.strip()
    if not words:
        return []
    fitted = _fit(words, st["status"], _status_room(data, look, width), 2, (words,))
    prefix = f'<font name="{FONT_REGULAR}" color="#555555">{_STATUS_CAPTION}</font> '
    return [Spacer(1, 1 * mm),
            ThaiParagraph(fitted, st["status"], markup_prefix=prefix, keep_together=(words,))]


def _tracking_block(data: ReceiptData, look: _Look, st: Styles, width: float) -> list[Flowable]:
    status = _status_line(data, look, st, width)
    # With the status the number column would outgrow the QR code's cell and push a full
    # receipt onto a second page: tighter spacing keeps the box as tall as without it.
    tight = bool(status) and not look.thermal
    number = [
        ThaiParagraph("เลขที่รับเรื่อง", st["caption"]),
        Paragraph(escape(data.tracking_no), st["number"]),
        Spacer(1, (0.5 if tight else 1.5) * mm),
        ThaiParagraph("วันที่รับเรื่อง", st["caption"]),
        ThaiParagraph(thai_datetime(data.received_at), st["stamp"]),
        *(status[1:] if tight else status),  # its spacer too
    ]
    qr = _qr(data.tracking_no, look.qr_size)
    if look.thermal:
        qr.hAlign = "CENTER"
        return [*number, Spacer(1, 1.5 * mm), qr]
    pad = 3 * mm
    pad_y = 2.2 * mm if tight else pad
    qr_cell = look.qr_size + 2 * pad
    table = Table([[number, qr]], colWidths=[width - qr_cell, qr_cell])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, _RULE),
        ("BACKGROUND", (0, 0), (0, 0), _TINT),  # the QR keeps a white quiet zone
        ("LEFTPADDING", (0, 0), (0, 0), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), pad_y), ("BOTTOMPADDING", (0, 0), (-1, -1), pad_y),
        ("LEFTPADDING", (1, 0), (1, 0), pad), ("RIGHTPADDING", (1, 0), (1, 0), pad),
    ]))
    return [table]


def _traffy_lines(ticket: TraffyTicketPrint, st: Styles, style: str) -> list[Flowable]:
    def line(caption: str, value: str) -> ThaiParagraph:
        prefix = f'<font name="{FONT_REGULAR}" color="#555555">{caption}</font> '
        return ThaiParagraph(value, st[style], markup_prefix=prefix)

    lines = [line("เลขเรื่อง Traffy:", ticket.ticket_id)]
    if ticket.password:
        lines.append(line("รหัสผ่าน:", ticket.password))
    return lines


def _traffy_slip(data: ReceiptData, look: _Look, st: Styles) -> list[Flowable]:
    """On the slip: Traffy's ticket id and tracking password above a QR code to the ticket's
    public page; the password is what lets the citizen follow the ticket there."""
    if data.traffy is None or not look.thermal:
        return []
    qr = _qr(data.traffy.url, look.traffy_qr_size)
    qr.hAlign = "CENTER"
    return [_rule(True), ThaiParagraph(TRAFFY_CAPTION, st["caption"]),
            *_traffy_lines(data.traffy, st, "status"), Spacer(1, 1 * mm), qr]


def _details_block(data: ReceiptData, look: _Look, st: Styles, width: float, names: Phrases
                   ) -> Flowable:
    """The details table; on the sheet a Traffy ticket sits in a column beside it, where the
    rows leave room anyway, so the receipt keeps its one page."""
    if data.traffy is None or look.thermal:
        return _rows_table(_details(data, look, st, width, names), look, st, width, names)
    side = look.traffy_qr_size + 8 * mm
    rows = _rows_table(_details(data, look, st, width - side, names), look, st, width - side,
                       names)
    qr = _qr(data.traffy.url, look.traffy_qr_size)
    qr.hAlign = "CENTER"
    column = [ThaiParagraph(TRAFFY_CAPTION, st["traffy_caption"]), qr,
              *_traffy_lines(data.traffy, st, "stamp_small")]
    table = Table([[rows, column]], colWidths=[width - side, side])
    table.setStyle(TableStyle([
        *_FLUSH, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
        ("LINEBEFORE", (1, 0), (1, 0), 0.4, _HAIRLINE),
    ]))
    return table


def _rows_table(
    rows: list[tuple[str, str]], look: _Look, st: Styles, width: float, names: Phrases
) -> Table:
    cells = [[ThaiParagraph(label, st["label"]),
              ThaiParagraph(value, st["value"], keep_together=names)]
             for label, value in rows]
    table = Table(cells, colWidths=[look.label_width, width - look.label_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, _HAIRLINE),
    ]))
    return table


def _details(
    data: ReceiptData, look: _Look, st: Styles, width: float, names: Phrases
) -> list[tuple[str, str]]:
    room = width - look.label_width - 2 * mm  # the label column's right padding

    def fit(text: str, more: int = 0) -> str:
        return _fit(text, st["value"], room, look.value_lines + more, names)

    complainant = "ไม่ประสงค์ออกนาม" if data.anonymous else (data.complainant_name.strip() or "-")
    rows = [("ช่องทาง", fit(data.channel_label)), ("ผู้ร้องเรียน", fit(complainant))]
    if data.complainant_phone:
        rows.append(("โทรศัพท์", fit(data.complainant_phone)))
    place = fit(data.location_text.strip() or "-", 1)
    if data.lat is not None and data.lon is not None:
        place += f"\nพิกัด {data.lat:.6f}, {data.lon:.6f}"
    rows = [*rows, ("ประเภทเรื่อง", fit(data.category_name))]
    # Custom answers sit under the category they belong to, each held to its line budget.
    label_room = look.label_width - 2 * mm
    rows.extend((_fit(label, st["label"], label_room, 2, names), fit(text or "-"))
                for label, text in data.field_rows)
    return [*rows, ("หมู่บ้าน", fit(data.village_label or "-")), ("สถานที่", place)]


def _due_block(data: ReceiptData, st: Styles) -> list[Flowable]:
    within = f"ภายใน {data.sla_days} วัน" if data.sla_days > 0 else ""
    block = [ThaiParagraph("กำหนดแล้วเสร็จโดยประมาณ", st["caption"])]
    if data.due_date is None:  # no date to promise: the SLA alone is still worth printing
        return [*block, ThaiParagraph(within or "-", st["due"])]
    block.append(ThaiParagraph(thai_date(data.due_date), st["due"]))
    return [*block, ThaiParagraph(f"({within})", st["caption"])] if within else block


def _closing(
    data: ReceiptData, look: _Look, st: Styles, width: float, names: Phrases
) -> list[Flowable]:
    words = data.footer_note.strip()
    note = Table([[ThaiParagraph(_fit(words, st["note"], width - 12, 3, names), st["note"],
                                 keep_together=names)]], colWidths=[width])
    note.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), _TINT), ("BOX", (0, 0), (-1, -1), 0.4, _RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]))
    clerk = data.clerk_name.strip()
    if look.thermal:  # nobody signs a till slip
        return [*_due_block(data, st), Spacer(1, 2 * mm),
                ThaiParagraph("เจ้าหน้าที่ผู้รับเรื่อง", st["caption"]),
                ThaiParagraph(clerk or "-", st["stamp"], keep_together=names),
                Spacer(1, 3 * mm), note]
    dots = "." * 46
    signature = [
        Spacer(1, 5 * mm),
        ThaiParagraph(f"ลงชื่อ {dots}", st["sign"]),
        ThaiParagraph(f"({clerk or dots})", st["sign"], keep_together=names),
        ThaiParagraph("เจ้าหน้าที่ผู้รับเรื่อง", st["sign"]),
    ]
    block = Table([[_due_block(data, st), signature]], colWidths=[width / 2, width / 2])
    block.setStyle(TableStyle([*_FLUSH, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    # The due date, signature and note belong together: never leave one alone on a page.
    return [KeepTogether([block, Spacer(1, 3 * mm), note])]


def _description(
    data: ReceiptData, st: Styles, names: Phrases, text: str | None
) -> list[Flowable]:
    """The description, or `text` (its shortened start) and where the full text is kept."""
    if text is None:
        return [ThaiParagraph(data.description.strip() or "-", st["value"], keep_together=names)]
    where = FULL_TEXT_NOTE.format(tracking_no=data.tracking_no)
    return [ThaiParagraph(text, st["value"], keep_together=names), Spacer(1, 1 * mm),
            ThaiParagraph(where, st["caption"], keep_together=names)]


def _story(
    data: ReceiptData, look: _Look, width: float, description: str | None = None
) -> list[Flowable]:
    st = _styles("thermal" if look.thermal else "a5")
    names = _names(data)
    return [
        *_header(data, look, st, width, names),
        *_header_note(data, st, width, names),
        _rule(look.thermal),
        ThaiParagraph(TITLE, st["title"]),
        Spacer(1, 1.5 * mm),
        *_tracking_block(data, look, st, width),
        _rule(True) if look.thermal else Spacer(1, 3 * mm),
        _details_block(data, look, st, width, names),
        *_traffy_slip(data, look, st),
        Spacer(1, 2 * mm),
        ThaiParagraph("รายละเอียด", st["label"]),
        *_description(data, st, names, description),
        _rule(look.thermal),
        *_closing(data, look, st, width, names),
    ]


def _footer(data: ReceiptData, look: _Look) -> Callable[[Canvas, BaseDocTemplate], None]:
    st = _styles("a5")

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Thai on the canvas must go through Paragraph too, or its marks are not shaped.
        y = look.margins[2] - 8 * mm
        left = Paragraph(f"{TITLE} เลขที่ {escape(data.tracking_no)}", st["footer"])
        right = Paragraph(f"หน้า {doc.page}", st["footer-right"])
        for para in (left, right):
            para.wrapOn(canvas, doc.width, 20)
            para.drawOn(canvas, doc.leftMargin, y)

    return draw


def _measure(story: list[Flowable], width: float) -> float:
    """Height the flowables take stacked in one frame (a slight overestimate by design)."""
    total = 0.0
    canvas = Canvas(io.BytesIO())  # KeepTogether measures its content on one
    for flowable in story:
        _, height = flowable.wrapOn(canvas, width, _MAX_PAGE_HEIGHT)
        if isinstance(flowable, KeepTogether):  # its wrap answers "too tall" to force a split
            height = flowable._H
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _fitted_story(data: ReceiptData, look: _Look, width: float, room: float) -> list[Flowable]:
    """The story, with the description shortened to what fits `room` points (one page): a
    receipt of three pages is not a receipt, and the register keeps the full text."""
    story = _story(data, look, width)
    if _measure(story, width) <= room:
        return story
    data = _fitted_answers(_fitted_notes(data, look, width, room), look, width, room)
    st = _styles("thermal" if look.thermal else "a5")
    one_line = _measure(_story(data, look, width, ELLIPSIS), width)
    lines = 1 + max(0, int((room - one_line) // st["value"].leading))
    while True:
        text = shortened(data.description, st["value"], width, lines, _names(data)) or ELLIPSIS
        story = _story(data, look, width, text)
        if lines == 1 or _measure(story, width) <= room:
            return story
        lines -= 1


def _fitted_notes(data: ReceiptData, look: _Look, width: float, room: float) -> ReceiptData:
    """The office's notes (and its name for the status) down to one line each when even a
    one-line description does not fit: the citizen's answers matter more than the office's
    words."""
    if _measure(_story(data, look, width, ELLIPSIS), width) <= room:
        return data
    st = _styles("thermal" if look.thermal else "a5")
    names = _names(data)
    status = data.status_label.strip()
    return replace(data, status_label=shortened(status, st["status"],
                                                _status_room(data, look, width), 1,
                                                (status,)) or data.status_label, **{
        key: shortened(getattr(data, key), st["note"], width - 12, 1, names) or getattr(data, key)
        for key in ("header_note", "footer_note")})


def _fitted_answers(data: ReceiptData, look: _Look, width: float, room: float) -> ReceiptData:
    """The answers that fit beside a one-line description; the rest become one row saying
    how many more the register keeps (a category may ask many long questions)."""
    rows = data.field_rows

    def folded(keep: int) -> ReceiptData:
        if keep >= len(rows):
            return data
        more = ("…", MORE_ANSWERS_NOTE.format(count=len(rows) - keep))
        return replace(data, field_rows=(*rows[:keep], more))

    keep = len(rows)
    while keep > 0 and _measure(_story(folded(keep), look, width, ELLIPSIS), width) > room:
        keep -= 1
    return folded(keep)


def render_receipt(data: ReceiptData, *, variant: str = "a5") -> bytes:
    """The receipt as PDF bytes; `variant` is "a5" (sheet) or "thermal" (80 mm roll)."""
    if variant not in _LOOKS:
        raise ValueError(f"unknown receipt variant {variant!r}; expected one of {list(_LOOKS)}")
    look = _LOOKS[variant]
    side, top, bottom = look.margins
    if data.demo and look.thermal:  # the slip's 4 mm top margin cannot hold the mark
        top += HEADER_ROOM
    page_width, page_height = (_THERMAL_WIDTH, 0.0) if look.thermal else A5
    width = page_width - 2 * side
    if look.thermal:
        # One continuous slip: the paper is cut where the content ends.
        story = _fitted_story(data, look, width, _MAX_SLIP_HEIGHT - 3 * mm - top - bottom)
        content = _measure(story, width) + 3 * mm + top + bottom
        page_height = min(max(100 * mm, content), _MAX_SLIP_HEIGHT)
    else:
        story = _fitted_story(data, look, width, page_height - top - bottom)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page_width, page_height),
        leftMargin=side, rightMargin=side, topMargin=top, bottomMargin=bottom,
        title=f"{TITLE} {data.tracking_no}",
        author=data.office_name,
        subject=f"{TITLE} เลขที่ {data.tracking_no}",
        creator="Fondue Desk",
        invariant=1,
    )
    frame = Frame(side, bottom, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # The slip is sized to be one page, so only the sheet needs the number on every page.
    on_page = demo_page_callback(data.demo, None if look.thermal else _footer(data, look))
    extra = {} if on_page is None else {"onPage": on_page}
    doc.addPageTemplates([PageTemplate("receipt", frames=[frame], **extra)])
    doc.build(story)
    return buffer.getvalue()
