"""The receipt's letterhead and its foot: the office's name, logo and note at the top; the due
date, the clerk's signature and the boxed note at the bottom.

They frame every receipt the same way whatever the complaint says, so they live apart from
the complaint's own blocks in receipt.py.
"""
from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from fondue_desk.documents.paragraphs import ThaiParagraph
from fondue_desk.documents.receipt_fitting import fit as _fit
from fondue_desk.documents.receipt_look import FLUSH as _FLUSH
from fondue_desk.documents.receipt_look import RULE as _RULE
from fondue_desk.documents.receipt_look import TINT as _TINT
from fondue_desk.documents.receipt_look import Look as _Look
from fondue_desk.documents.receipt_look import Phrases, Styles

if TYPE_CHECKING:
    from fondue_desk.documents.receipt import ReceiptData

# Still logged as the receipt's: the warning is about the printed receipt.
log = logging.getLogger("fondue_desk.documents.receipt")


def _logo(png: bytes | None, size: float) -> Image | None:
    if not png:
        return None
    try:
        width, height = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # noqa: BLE001 - Pillow raises many types; a bad logo must not block the receipt
        log.warning("office logo is not a readable image; receipt printed without it")
        return None
    scale = size / max(width, height)
    return Image(io.BytesIO(png), width * scale, height * scale)



def header(
    data: ReceiptData, look: _Look, st: Styles, width: float, names: Phrases
) -> list[Flowable]:
    logo = _logo(data.office_logo_png, look.logo_size)
    beside = look.logo_size + 3 * mm
    room = width - beside if logo is not None and not look.thermal else width
    lines: list[Flowable] = [
        ThaiParagraph(_fit(data.office_name, st["office"], room, look.value_lines, names),
                      st["office"], keep_together=names)]
    english = data.office_name_en.strip()
    if data.language == "en" and english and english != data.office_name.strip():
        # Both names: the Thai one is what the office is officially called (and what a
        # Thai speaker helping the complainant reads), the English one what they can read.
        lines.append(ThaiParagraph(_fit(english, st["office"], room, look.value_lines, names),
                                   st["office"], keep_together=names))
    if data.office_address:
        address = _fit(data.office_address, st["address"], room, 2, names)
        lines.append(ThaiParagraph(address, st["address"], keep_together=names))
    if data.office_phone:
        phone = data.words.office_phone.format(phone=data.office_phone)
        lines.append(ThaiParagraph(_fit(phone, st["address"], room, 1, ()), st["address"]))
    if logo is None:
        return lines
    if look.thermal:
        logo.hAlign = "CENTER"
        return [logo, Spacer(1, 1 * mm), *lines]
    table = Table([[logo, lines]], colWidths=[beside, width - beside], splitInRow=1)
    table.setStyle(TableStyle([*_FLUSH, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [table]


def header_note(data: ReceiptData, st: Styles, width: float, names: Phrases
                 ) -> list[Flowable]:
    """The office's own line under the letterhead; three lines at most, so one page holds."""
    words = data.header_note.strip()
    if not words:
        return []
    return [Spacer(1, 1 * mm),
            ThaiParagraph(_fit(words, st["note"], width, 3, names), st["note"],
                          keep_together=names)]


def _due_block(data: ReceiptData, st: Styles) -> list[Flowable]:
    words = data.words
    within = words.within(data.sla_days) if data.sla_days > 0 else ""
    block = [ThaiParagraph(words.due, st["caption"])]
    if data.due_date is None:  # no date to promise: the SLA alone is still worth printing
        return [*block, ThaiParagraph(within or "-", st["due"])]
    block.append(ThaiParagraph(words.date(data.due_date), st["due"]))
    return [*block, ThaiParagraph(f"({within})", st["caption"])] if within else block


def closing(
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
                ThaiParagraph(data.words.clerk, st["caption"]),
                ThaiParagraph(clerk or "-", st["stamp"], keep_together=names),
                Spacer(1, 3 * mm), note]
    dots = "." * 46
    signature = [
        Spacer(1, 5 * mm),
        ThaiParagraph(f"{data.words.sign} {dots}", st["sign"]),
        ThaiParagraph(f"({clerk or dots})", st["sign"], keep_together=names),
        ThaiParagraph(data.words.clerk, st["sign"]),
    ]
    block = Table([[_due_block(data, st), signature]], colWidths=[width / 2, width / 2])
    block.setStyle(TableStyle([*_FLUSH, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    # The due date, signature and note belong together: never leave one alone on a page.
    return [KeepTogether([block, Spacer(1, 3 * mm), note])]
