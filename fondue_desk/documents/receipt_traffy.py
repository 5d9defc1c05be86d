"""The Traffy Fondue ticket on the receipt: its id, tracking password and a QR code to the
ticket's public page, so the citizen can follow the complaint there too.

The QR drawings come from the receipt (one QR maker for both codes); this module only places
them: under the details on the slip, in a column beside them on the sheet.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from fondue_desk.documents.fonts import FONT_REGULAR
from fondue_desk.documents.paragraphs import ThaiParagraph
from fondue_desk.documents.receipt_look import FLUSH, HAIRLINE, Look, Styles
from fondue_desk.documents.receipt_words import THAI_WORDS, ReceiptWords

TRAFFY_CAPTION = THAI_WORDS.traffy_caption


@dataclass(frozen=True)
class TraffyTicketPrint:
    """The complaint's ticket on Traffy Fondue, so the citizen can follow it there too."""

    ticket_id: str
    password: str  # the tracking password Traffy issued ("" when it gave none)
    url: str  # the ticket's public page, printed as a QR code


def traffy_lines(ticket: TraffyTicketPrint, st: Styles, style: str,
                 words: ReceiptWords = THAI_WORDS) -> list[Flowable]:
    def line(caption: str, value: str) -> ThaiParagraph:
        prefix = f'<font name="{FONT_REGULAR}" color="#555555">{caption}</font> '
        return ThaiParagraph(value, st[style], markup_prefix=prefix)

    lines = [line(words.traffy_ticket, ticket.ticket_id)]
    if ticket.password:
        lines.append(line(words.traffy_password, ticket.password))
    return lines


def traffy_slip(ticket: TraffyTicketPrint, st: Styles, qr: Drawing, rule: Flowable,
                words: ReceiptWords = THAI_WORDS) -> list[Flowable]:
    """On the slip: Traffy's ticket id and tracking password above a QR code to the ticket's
    public page; the password is what lets the citizen follow the ticket there."""
    qr.hAlign = "CENTER"
    return [rule, ThaiParagraph(words.traffy_caption, st["caption"]),
            *traffy_lines(ticket, st, "status", words), Spacer(1, 1 * mm), qr]


def traffy_side_width(look: Look) -> float:
    """The column the ticket takes beside the sheet's details table."""
    return look.traffy_qr_size + 8 * mm


def beside_details(rows: Flowable, ticket: TraffyTicketPrint, look: Look, st: Styles,
                   qr: Drawing, width: float, words: ReceiptWords = THAI_WORDS) -> Table:
    """The details table with the ticket in a column beside it, where the rows leave room
    anyway, so the sheet keeps its one page."""
    side = traffy_side_width(look)
    qr.hAlign = "CENTER"
    column = [ThaiParagraph(words.traffy_caption, st["traffy_caption"]), qr,
              *traffy_lines(ticket, st, "stamp_small", words)]
    table = Table([[rows, column]], colWidths=[width - side, side])
    table.setStyle(TableStyle([
        *FLUSH, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
        ("LINEBEFORE", (1, 0), (1, 0), 0.4, HAIRLINE),
    ]))
    return table
