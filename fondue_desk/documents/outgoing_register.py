"""The outgoing letters register (ทะเบียนหนังสือส่ง) of one year, printed for the office's files.

A year can hold thousands of letters, so each row is its own small table: platypus then places
rows one after another in linear time, where one big table would be re-measured at every page
break. The title and the column headings are drawn by the page template, so every page has
them; "หน้า n/N" is drawn when the document is saved and the page count is known.
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from fondue_desk.documents.demo_mark import demo_page_callback
from fondue_desk.documents.fonts import FONT_REGULAR
from fondue_desk.documents.line_breaking import FIT_SLACK, break_lines
from fondue_desk.documents.paragraphs import ThaiParagraph, shaped_paragraph_style
from fondue_desk.documents.thai_text import thai_date, thai_datetime, to_thai_digits

TITLE = "ทะเบียนหนังสือส่ง"
# Heading and width; 277 mm between the margins. Widths fit the longest usual value in Thai
# digits (wider than Arabic ones): "ชม ๕๒๑๐๑/๑๒๓๔", "๓๐ พ.ย. ๒๕๖๙", "นายกเทศมนตรีตำบลแม่เหียะ".
COLUMNS: tuple[tuple[str, float], ...] = (
    ("เลขทะเบียน\nส่ง", 23 * mm),
    ("ที่", 35 * mm),
    ("ลงวันที่", 29 * mm),
    ("จาก", 50 * mm),
    ("ถึง", 50 * mm),
    ("เรื่อง", 58 * mm),
    ("การปฏิบัติ/\nหมายเหตุ", 32 * mm),
)
PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 10 * mm
FOOTER_HEIGHT = 8 * mm
# Thai marks that HarfBuzz must place (above/below vowels, tone marks, sara am).
_MARKS = re.compile("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")
_NUMBER = re.compile(r"[0-9๐-๙]+(?:[-/.:,][0-9๐-๙]+)+")
_HUGE = 400  # characters: a cell that long may need more lines than a page holds (~28)
_GRID = colors.HexColor("#555555")
_HEAD_TINT = colors.HexColor("#e9ecef")
_MUTED = colors.HexColor("#555555")
_WIDTHS = [width for _, width in COLUMNS]
_PAD = 1.5 * mm
_PIECE_LINES = 12
_CELL_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT_REGULAR),  # tables default to Helvetica, which has no Thai
    ("LINEBEFORE", (0, 0), (-1, -1), 0.5, _GRID), ("LINEAFTER", (-1, 0), (-1, -1), 0.5, _GRID),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), _PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


@dataclass(frozen=True)
class OutgoingLetterRow:
    number: str
    letter_date: date
    recipient: str
    subject: str
    reference: str
    signed_by: str


@cache
def _styles() -> dict[str, ParagraphStyle]:
    cell = shaped_paragraph_style("register-cell", 11, leading=15)
    centre = shaped_paragraph_style("register-centre", 11, leading=15, alignment=TA_CENTER)
    return {
        "title": shaped_paragraph_style("register-title", 16, bold=True, alignment=TA_CENTER),
        "office": shaped_paragraph_style("register-office", 13, alignment=TA_CENTER),
        "head": shaped_paragraph_style("register-head", 11, bold=True, alignment=TA_CENTER,
                                       leading=14),
        "cell": cell,
        "centre": centre,
        "cell-plain": ParagraphStyle("register-cell-plain", parent=cell, shaping=0),
        "centre-plain": ParagraphStyle("register-centre-plain", parent=centre, shaping=0),
        "footer": shaped_paragraph_style("register-footer", 9, textColor=_MUTED),
        "page": shaped_paragraph_style("register-page", 9, textColor=_MUTED,
                                       alignment=TA_RIGHT),
    }


class _Cell(ThaiParagraph):
    """A table cell measured once: the table asks again at draw time, at the same width."""

    _size: tuple[float, float, float] | None = None  # width asked, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._size is None or self._size[0] != availWidth:
            self._size = (availWidth, *super().wrap(availWidth, availHeight))
        return self._size[1], self._size[2]


def running_number(number: str) -> str:
    """"ชม 52101/125" -> "125": the register number is what follows the last "/"."""
    return number.rsplit("/", 1)[-1].strip()


def _cell_style(text: str, centred: bool = False) -> ParagraphStyle:
    """Shaped only where it matters: text without Thai marks looks the same unshaped, and
    most cells of the register are numbers and dates, so HarfBuzz is skipped for them."""
    plain = "" if _MARKS.search(text) else "-plain"
    return _styles()[("centre" if centred else "cell") + plain]


def _table(cells: list[_Cell], top: bool = True, bottom: bool = True) -> Table:
    table = Table([cells], colWidths=_WIDTHS)
    rules = [("LINEABOVE", (0, 0), (-1, 0), 0.5, _GRID)] if top else []
    if bottom:
        rules.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, _GRID))
    table.setStyle(TableStyle([*_CELL_STYLE, *rules]))
    return table


def _pieces(texts: list[str], keep: tuple[str, ...]) -> list[list[str]]:
    """A row too tall for a page, cut into pieces of `_PIECE_LINES` lines per cell.

    Platypus would split such a row itself (splitInRow), but it re-wraps our pre-broken
    Thai lines at another width on the way; pieces of whole lines never need re-wrapping.
    """
    style = _styles()["cell"]
    columns = []
    for text, (_, width) in zip(texts, COLUMNS):
        inner = width - 2 * _PAD - FIT_SLACK
        lines = break_lines(text, style.fontName, style.fontSize, inner, keep_together=keep)
        columns.append(["\n".join(lines[i:i + _PIECE_LINES])
                        for i in range(0, len(lines), _PIECE_LINES)])
    count = max(map(len, columns))
    return [[col[k] if k < len(col) else "" for col in columns] for k in range(count)]


def _rows(row: OutgoingLetterRow, digits: Callable[[str], str],
          memo: dict[tuple, _Cell]) -> list[Table]:
    texts = [digits(t) for t in (running_number(row.number), row.number,
                                 thai_date(row.letter_date, short=True), row.signed_by,
                                 row.recipient, row.subject, row.reference)]
    people = texts[3:5]
    # Names, and numbers: in Thai digits a number is Thai text to the line breaker.
    numbers = [m.group() for text in texts for m in _NUMBER.finditer(text)]
    keep = tuple(n for n in (*people, *" ".join(people).split(), *numbers) if len(n) > 1)
    # Only a row that may not fit one page is cut; any other moves to the next page whole.
    if any(len(t) > _HUGE or t.count("\n") >= _PIECE_LINES for t in texts):
        pieces = _pieces(texts, keep)
        return [_table([_Cell(text, _cell_style(text, column == 0), keep_together=keep)
                        for column, text in enumerate(piece)],
                       top=index == 0, bottom=index == len(pieces) - 1)
                for index, piece in enumerate(pieces)]
    cells = []
    for column, text in enumerate(texts):
        key = (text, column == 0, tuple(p for p in keep if p in text))
        cell = memo.get(key)
        if cell is None:
            # A cell measured once is drawn in every row that shows the same text: names,
            # dates and subjects repeat all year.
            cell = memo[key] = _Cell(text, _cell_style(text, column == 0),
                                     keep_together=key[2])
        cells.append(cell)
    return [_table(cells)]


def _heading_table() -> Table:
    cells = [ThaiParagraph(heading, _styles()["head"]) for heading, _ in COLUMNS]
    table = Table([cells], colWidths=_WIDTHS)
    table.setStyle(TableStyle([*_CELL_STYLE, ("BOX", (0, 0), (-1, -1), 0.5, _GRID),
                               ("BACKGROUND", (0, 0), (-1, -1), _HEAD_TINT),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _page_top(office_name: str, title: str) -> tuple[list[tuple[Flowable, float]], float]:
    """Title, office and column headings for the top of every page: each with the y of its
    bottom edge below the top margin, measured once, and their height together."""
    st = _styles()
    width = PAGE_WIDTH - 2 * MARGIN
    parts: list[Flowable] = [ThaiParagraph(title, st["title"]),
                             ThaiParagraph(office_name, st["office"]), _heading_table()]
    placed: list[tuple[Flowable, float]] = []
    depth = 0.0
    for part in parts:
        depth += part.wrap(width, PAGE_HEIGHT)[1] + (2 * mm if part is parts[-1] else 0)
        placed.append((part, depth))  # a little air above the headings
    return placed, depth


class _PageCountCanvas(Canvas):
    """Holds each page back until save(), when "หน้า n/N" can be drawn on it."""

    def __init__(self, *args: Any, digits: Callable[[str], str] = str, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._digits = digits
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            label = ThaiParagraph(self._digits(f"หน้า {number}/{total}"), _styles()["page"])
            label.wrap(PAGE_WIDTH - 2 * MARGIN, FOOTER_HEIGHT)
            label.drawOn(self, MARGIN, MARGIN - FOOTER_HEIGHT + 2 * mm)
            super().showPage()
        super().save()


def render_outgoing_register(
    office_name: str,
    year_be: int,
    rows: Sequence[OutgoingLetterRow],
    *,
    printed_at: datetime,
    thai_digits: bool = False,
    demo: bool = False,
) -> bytes:
    """The register of letters sent in `year_be`, A4 landscape, rows in the order given."""
    digits: Callable[[str], str] = to_thai_digits if thai_digits else str
    title = digits(f"{TITLE} ปี {year_be}")
    top, top_height = _page_top(digits(office_name), title)
    printed = ThaiParagraph(digits(f"พิมพ์เมื่อ {thai_datetime(printed_at)}"), _styles()["footer"])
    width = PAGE_WIDTH - 2 * MARGIN

    printed.wrap(width, FOOTER_HEIGHT)

    def draw_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        for part, depth in top:  # wrapped once above: drawing needs no new measure
            part.drawOn(canvas, MARGIN, PAGE_HEIGHT - MARGIN - depth)
        printed.drawOn(canvas, MARGIN, MARGIN - FOOTER_HEIGHT + 2 * mm)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + top_height, bottomMargin=MARGIN, title=title, author=office_name,
        subject=TITLE, creator="Fondue Desk", invariant=1,
        initialFontName=FONT_REGULAR,  # else every page names Helvetica
    )
    frame = Frame(MARGIN, MARGIN, width, PAGE_HEIGHT - 2 * MARGIN - top_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("register", frames=[frame],
                                       onPage=demo_page_callback(demo, draw_page))])
    memo: dict[tuple, _Cell] = {}
    story: list[Flowable] = [table for row in rows for table in _rows(row, digits, memo)]
    if not story:
        story = [ThaiParagraph("ไม่มีหนังสือส่งในปีนี้", _styles()["centre"])]
    doc.build(story, canvasmaker=lambda *a, **kw: _PageCountCanvas(*a, digits=digits, **kw))
    return buffer.getvalue()
