"""The English courtesy translation printed with a closure letter to a complainant who reads
English.

The official letter stays Thai: an external letter (หนังสือภายนอก) is written in Thai under the
ระเบียบงานสารบรรณ, and only it carries the signature. This page travels with it so a foreign
resident can read what it says: it repeats the letter's facts (number, date, the complaint it
answers, the result, who signed) in English words, and states plainly that the Thai letter is
the official document. What people wrote in Thai (the subject, the approved result, names and
positions) prints as written, labelled, since a machine translation of an official's words
would put words in the office's mouth.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from fondue_desk.documents.fonts import FONT_REGULAR
from fondue_desk.documents.paragraphs import ThaiParagraph, shaped_paragraph_style
from fondue_desk.documents.receipt_words import english_date

HEADING = "Courtesy translation"
OFFICIAL = ("Courtesy translation — the Thai letter is the official document. This page only "
            "helps you read it; where the two differ, the Thai letter applies.")
FONT_SIZE = 13.0
_LABEL_WIDTH = 4.2 * cm
_RULE = colors.HexColor("#9a9a9a")
_TINT = colors.HexColor("#f1f3f5")
_FLUSH = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]


@dataclass(frozen=True)
class CourtesyData:
    """The facts of one closure letter, for its English page."""

    office_name: str  # Thai, the official name
    office_name_en: str  # "" = the office gave none
    document_no: str  # as printed on the letter ("ที่ ชม 52101/123")
    letter_date: date
    recipient: str  # the complainant, as the letter names them
    tracking_no: str
    received_on: date | None
    category_name: str  # in English where the office gave an English name
    subject: str  # the Thai letter's subject, as sent
    result: str  # the approved result, as the Thai letter states it
    signatory_name: str
    signatory_position: tuple[str, ...] = ()
    contact: tuple[str, ...] = ()  # "Tel. …", "E-mail …"


@cache
def _styles() -> dict[str, object]:
    def style(key: str, size: float = FONT_SIZE, **kw: object):
        return shaped_paragraph_style(f"courtesy-{key}", size, **kw)

    return {
        "heading": style("heading", 16, bold=True, alignment=1),
        "official": style("official", 11, alignment=1),
        "office": style("office", 15, bold=True),
        "office_th": style("office-th", FONT_SIZE),
        "label": style("label", bold=True, textColor=colors.HexColor("#555555")),
        "value": style("value"),
        "body": style("body", spaceBefore=8),
        "small": style("small", 11, textColor=colors.HexColor("#555555")),
    }


def _names(data: CourtesyData) -> tuple[str, ...]:
    names = [data.office_name, data.recipient, data.signatory_name, data.category_name]
    for person in (data.recipient, data.signatory_name):
        names.extend(person.split())
    return tuple(n for n in (n.strip() for n in names) if len(n) > 1)


def _notice() -> Table:
    st = _styles()
    box = Table([[[ThaiParagraph(HEADING.upper(), st["heading"]),
                   ThaiParagraph(OFFICIAL, st["official"])]]])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, _RULE), ("BACKGROUND", (0, 0), (-1, -1), _TINT),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
    ]))
    return box


def _facts(data: CourtesyData, width: float, names: tuple[str, ...]) -> Table:
    st = _styles()
    received = (f", received on {english_date(data.received_on)}"
                if data.received_on is not None else "")
    rows = [
        ("Letter no.", data.document_no),
        ("Date", english_date(data.letter_date)),
        ("To", data.recipient),
        ("Subject", f"Result of your complaint no. {data.tracking_no}"),
        ("Your complaint", f"No. {data.tracking_no}{received}"),
        ("Category", data.category_name),
        ("Subject in Thai", data.subject),
        ("Result", data.result or "-"),
    ]
    cells = [[ThaiParagraph(label, st["label"]),
              ThaiParagraph(value.strip() or "-", st["value"], keep_together=names)]
             for label, value in rows]
    table = Table(cells, colWidths=[_LABEL_WIDTH, width - _LABEL_WIDTH])
    table.setStyle(TableStyle([
        *_FLUSH, ("FONT", (0, 0), (-1, -1), FONT_REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#d5d8dc")),
    ]))
    return table


def courtesy_story(data: CourtesyData, width: float) -> list[Flowable]:
    """The page's flowables, `width` points wide (the letter's text width)."""
    st = _styles()
    names = _names(data)
    english = data.office_name_en.strip()
    office = [ThaiParagraph(english, st["office"], keep_together=names)] if english else []
    office.append(ThaiParagraph(data.office_name, st["office"] if not english
                                else st["office_th"], keep_together=names))
    dear = data.recipient.strip() or "Sir or Madam"
    body = [
        f"Dear {dear},",
        (f"The office has completed its action on your complaint no. {data.tracking_no} "
         f"({data.category_name}). The enclosed Thai letter informs you of the result, "
         "which is given above in the words of that letter."),
        "If you have any question, please contact the office and quote your complaint number.",
    ]
    story: list[Flowable] = [_notice(), Spacer(1, 14), *office, Spacer(1, 10),
                             _facts(data, width, names)]
    story += [ThaiParagraph(text, st["body"], keep_together=names) for text in body]
    story += [Spacer(1, 14), ThaiParagraph("Yours sincerely,", st["value"]), Spacer(1, 6),
              ThaiParagraph(f"({data.signatory_name})", st["value"], keep_together=names)]
    story += [ThaiParagraph(line, st["value"], keep_together=names)
              for line in data.signatory_position if line.strip()]
    story += [ThaiParagraph("(signed on the official Thai letter)", st["small"])]
    if data.contact:
        story += [Spacer(1, 14), *(ThaiParagraph(line, st["small"]) for line in data.contact)]
    return story
