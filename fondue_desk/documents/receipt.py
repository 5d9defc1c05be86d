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
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
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
    shortened,
)
from fondue_desk.documents.receipt_fitting import MORE_ANSWERS_NOTE, fitted_story
from fondue_desk.documents.receipt_fitting import fit as _fit
from fondue_desk.documents.receipt_fitting import measure as _measure
from fondue_desk.documents.receipt_frame import closing as _closing
from fondue_desk.documents.receipt_frame import header as _header
from fondue_desk.documents.receipt_frame import header_note as _header_note
from fondue_desk.documents.receipt_look import HAIRLINE as _HAIRLINE
from fondue_desk.documents.receipt_look import LOOKS as _LOOKS
from fondue_desk.documents.receipt_look import RULE as _RULE
from fondue_desk.documents.receipt_look import TINT as _TINT
from fondue_desk.documents.receipt_look import Look as _Look
from fondue_desk.documents.receipt_look import Phrases, Styles
from fondue_desk.documents.receipt_look import styles as _styles
from fondue_desk.documents.receipt_traffy import (
    TRAFFY_CAPTION,
    TraffyTicketPrint,
    beside_details,
    traffy_side_width,
    traffy_slip,
)
from fondue_desk.documents.receipt_words import (
    ENGLISH_WORDS,
    THAI_WORDS,
    ReceiptWords,
    receipt_words,
)

# Importable from here as before: services, tests and the other documents use these names.
__all__ = ["FULL_TEXT_NOTE", "MORE_ANSWERS_NOTE", "NOTE", "TITLE", "TRAFFY_CAPTION",
           "ReceiptData", "TraffyTicketPrint", "render_receipt"]

log = logging.getLogger(__name__)

TITLE = THAI_WORDS.title
NOTE = THAI_WORDS.note
# Printed under a description shortened to keep the receipt on one page.
FULL_TEXT_NOTE = THAI_WORDS.full_text_note
_THERMAL_WIDTH = 80 * mm
_MAX_SLIP_HEIGHT = 297 * mm  # a receipt, not a scroll: longer text is shortened to fit


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
    # The language the complainant reads (receipt_words): "en" prints every label in English
    # with Gregorian dates, and the office's English name under its Thai one.
    language: str = "th"
    office_name_en: str = ""

    @property
    def words(self) -> ReceiptWords:
        return receipt_words(self.language)



def _qr(payload: str, size: float) -> Drawing:
    # QrCodeWidget is looked up at call time so tests can observe the exact payload. Sizing it
    # through barWidth/barHeight (not getBounds + transform) avoids encoding the code twice.
    widget = QrCodeWidget(payload, barLevel="M", barBorder=2, barWidth=size, barHeight=size)
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing


def _rule(thermal: bool) -> HRFlowable:
    # Dashed on the slip, where it reads as a tear line between sections.
    return HRFlowable(width="100%", thickness=0.5, color=_RULE, dash=(2, 2) if thermal else None,
                      spaceBefore=2 * mm, spaceAfter=2 * mm)


def _names(data: ReceiptData) -> Phrases:
    """Names on the receipt that newmm does not know and must not be broken across lines.

    Each is protected wherever it occurs, e.g. the village in the description. A name wider
    than a line still wraps inside (at a space before anywhere else).
    """
    names = [data.office_name, data.office_name_en, data.category_name, data.village_label]
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


def _status_room(data: ReceiptData, look: _Look, width: float) -> float:
    """Room for the status's words, the caption taking part of the first line."""
    room = width if look.thermal else width - look.qr_size - 12 * mm  # beside the QR cell
    size = _styles("thermal" if look.thermal else "a5")["status"].fontSize
    return room - text_width(data.words.status + " ", FONT_BOLD, size)


def _status_line(data: ReceiptData, look: _Look, st: Styles, width: float) -> list[Flowable]:
    """"สถานะ: รับเรื่องแล้ว" under the date, so a citizen who follows up can say where the
    complaint stood when it was printed. The office names its statuses (up to 40 letters): two
    lines at most, one when the page is tight (see _fitted_notes)."""
    words = data.status_label.strip()
    if not words:
        return []
    fitted = _fit(words, st["status"], _status_room(data, look, width), 2, (words,))
    prefix = f'<font name="{FONT_REGULAR}" color="#555555">{data.words.status}</font> '
    return [Spacer(1, 1 * mm),
            ThaiParagraph(fitted, st["status"], markup_prefix=prefix, keep_together=(words,))]


def _tracking_block(data: ReceiptData, look: _Look, st: Styles, width: float) -> list[Flowable]:
    status = _status_line(data, look, st, width)
    # With the status the number column would outgrow the QR code's cell and push a full
    # receipt onto a second page: tighter spacing keeps the box as tall as without it.
    tight = bool(status) and not look.thermal
    number = [
        ThaiParagraph(data.words.tracking_no, st["caption"]),
        Paragraph(escape(data.tracking_no), st["number"]),
        Spacer(1, (0.5 if tight else 1.5) * mm),
        ThaiParagraph(data.words.received_at, st["caption"]),
        ThaiParagraph(data.words.datetime(data.received_at), st["stamp"]),
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


def _details_block(data: ReceiptData, look: _Look, st: Styles, width: float, names: Phrases
                   ) -> Flowable:
    """The details table; on the sheet a Traffy ticket sits in a column beside it."""
    if data.traffy is None or look.thermal:
        return _rows_table(_details(data, look, st, width, names), look, st, width, names)
    side = traffy_side_width(look)
    rows = _rows_table(_details(data, look, st, width - side, names), look, st, width - side,
                       names)
    return beside_details(rows, data.traffy, look, st, _qr(data.traffy.url, look.traffy_qr_size),
                          width, data.words)


def _traffy_slip(data: ReceiptData, look: _Look, st: Styles) -> list[Flowable]:
    if data.traffy is None or not look.thermal:
        return []
    return traffy_slip(data.traffy, st, _qr(data.traffy.url, look.traffy_qr_size), _rule(True),
                       data.words)


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

    w = data.words
    complainant = w.anonymous if data.anonymous else (data.complainant_name.strip() or "-")
    rows = [(w.channel, fit(data.channel_label)), (w.complainant, fit(complainant))]
    if data.complainant_phone:
        rows.append((w.phone, fit(data.complainant_phone)))
    place = fit(data.location_text.strip() or "-", 1)
    if data.lat is not None and data.lon is not None:
        place += "\n" + w.coordinates.format(lat=f"{data.lat:.6f}", lon=f"{data.lon:.6f}")
    rows = [*rows, (w.category, fit(data.category_name))]
    # Custom answers sit under the category they belong to, each held to its line budget.
    label_room = look.label_width - 2 * mm
    rows.extend((_fit(label, st["label"], label_room, 2, names), fit(text or "-"))
                for label, text in data.field_rows)
    return [*rows, (w.village, fit(data.village_label or "-")), (w.place, place)]


def _description(
    data: ReceiptData, st: Styles, names: Phrases, text: str | None
) -> list[Flowable]:
    """The description, or `text` (its shortened start) and where the full text is kept."""
    if text is None:
        return [ThaiParagraph(data.description.strip() or "-", st["value"], keep_together=names)]
    where = data.words.full_text_note.format(tracking_no=data.tracking_no)
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
        ThaiParagraph(data.words.title, st["title"]),
        Spacer(1, 1.5 * mm),
        *_tracking_block(data, look, st, width),
        _rule(True) if look.thermal else Spacer(1, 3 * mm),
        _details_block(data, look, st, width, names),
        *_traffy_slip(data, look, st),
        Spacer(1, 2 * mm),
        ThaiParagraph(data.words.details, st["label"]),
        *_description(data, st, names, description),
        _rule(look.thermal),
        *_closing(data, look, st, width, names),
    ]


def _footer(data: ReceiptData, look: _Look) -> Callable[[Canvas, BaseDocTemplate], None]:
    st = _styles("a5")

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Thai on the canvas must go through Paragraph too, or its marks are not shaped.
        y = look.margins[2] - 8 * mm
        w = data.words
        left = Paragraph(w.page_footer.format(title=w.title, tracking_no=escape(data.tracking_no)),
                         st["footer"])
        right = Paragraph(w.page.format(page=doc.page), st["footer-right"])
        for para in (left, right):
            para.wrapOn(canvas, doc.width, 20)
            para.drawOn(canvas, doc.leftMargin, y)

    return draw


def _fitted_story(data: ReceiptData, look: _Look, width: float, room: float) -> list[Flowable]:
    """The story shortened to one page (see receipt_fitting)."""
    st = _styles("thermal" if look.thermal else "a5")
    return fitted_story(data, lambda d, text: _story(d, look, width, text),
                        lambda d: _fitted_notes(d, look, width, room), width, room,
                        st["value"], _names)


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


def render_receipt(data: ReceiptData, *, variant: str = "a5") -> bytes:
    """The receipt as PDF bytes; `variant` is "a5" (sheet) or "thermal" (80 mm roll)."""
    if variant not in _LOOKS:
        raise ValueError(f"unknown receipt variant {variant!r}; expected one of {list(_LOOKS)}")
    look = _LOOKS[variant]
    if data.language == "en" and data.footer_note == NOTE:  # the Thai default, not the office's
        data = replace(data, footer_note=ENGLISH_WORDS.note)
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
        title=f"{data.words.title} {data.tracking_no}",
        author=data.office_name,
        subject=data.words.page_footer.format(title=data.words.title,
                                              tracking_no=data.tracking_no),
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