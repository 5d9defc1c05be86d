"""The closure letter (หนังสือแจ้งผลการดำเนินการ) sent to the complainant once a case is signed off.

It is an external letter (หนังสือภายนอก) of the ระเบียบงานสารบรรณ, so its layout is regulated:
emblem 3 cm high top centre, "ที่" at the left and the office address at the right on one band,
the date from the 7.5 cm axis, เรื่อง/เรียน/อ้างถึง/สิ่งที่ส่งมาด้วย, indented body, the closing
and signature block on the 7.5 cm axis, the owning division at the bottom left of the last page.
"""
from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache, lru_cache
from typing import ClassVar

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fondue_desk.documents.closure_letter_courtesy import CourtesyData, courtesy_story
from fondue_desk.documents.demo_mark import demo_page_callback
from fondue_desk.documents.fonts import FONT_REGULAR, register_fonts
from fondue_desk.documents.line_breaking import leading_words, text_width
from fondue_desk.documents.paragraphs import ThaiParagraph, shaped_paragraph_style
from fondue_desk.documents.thai_text import (
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    thai_date,
    to_thai_digits,
)
from fondue_desk.domain.numbers import format_count

log = logging.getLogger(__name__)

TITLE = "หนังสือแจ้งผลการดำเนินการ"

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, BOTTOM = 3 * cm, 2 * cm, 2 * cm
TOP_FIRST = 1.5 * cm  # the emblem's top edge
TOP_NUMBER = 1.5 * cm  # the page number's box on later pages
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT  # 16 cm
FONT_SIZE = 16.0
# "Single spacing" as a word processor sets it: Sarabun's ascent + descent (1068 + 232 units).
LEADING = FONT_SIZE * 1.3
AXIS = 7.5 * cm  # date and closing start here, measured from the left text edge
EMBLEM_HEIGHT = 3 * cm
EMBLEM_MAX_WIDTH = 6 * cm
SIGNATURE_HEIGHT = 2 * cm
SIGNATURE_LINES = 4  # blank lines left for a wet signature
LATER_TOP = TOP_NUMBER + 2 * LEADING  # body top on pages after the first
_MONTHS = "|".join(THAI_MONTHS + tuple(re.escape(m) for m in THAI_MONTHS_SHORT))
_DATE = re.compile(rf"[0-9๐-๙]{{1,2}} (?:{_MONTHS}) [0-9๐-๙]{{2,4}}")
_NUMBER = re.compile(r"[0-9๐-๙]+(?:[-/.:,][0-9๐-๙]+)+")
_FLUSH = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]
_FLUSH.append(("FONT", (0, 0), (-1, -1), FONT_REGULAR))  # tables default to Helvetica


@dataclass(frozen=True)
class ClosureLetterData:
    emblem_png: bytes | None
    document_no: str
    office_name: str
    office_address: tuple[str, ...]
    letter_date: date
    subject: str
    recipient: str
    reference: str
    enclosures: tuple[str, ...]
    body: str
    closing: str
    signature_png: bytes | None
    signatory_name: str
    signatory_position: tuple[str, ...]
    footer: tuple[str, ...]
    thai_digits: bool = False
    demo: bool = False  # a demo office's letter says so on every page
    # The complaint's village ("บ้านป่าจี้"): newmm cuts it (ป่า|จี้) where the body names it.
    village_name: str = ""
    # A complainant who reads English gets an English page after the letter
    # (closure_letter_courtesy); the letter itself stays Thai, the official document.
    courtesy: CourtesyData | None = None


@cache
def _styles() -> dict[str, ParagraphStyle]:
    def style(key: str, **kw: object) -> ParagraphStyle:
        return shaped_paragraph_style(f"closure-{key}", FONT_SIZE, leading=LEADING, **kw)

    return {
        "text": style("text"),
        "date": style("date", leftIndent=AXIS, spaceBefore=6),
        "body": style("body", firstLineIndent=2.5 * cm, spaceBefore=6),
        "closing": style("closing", leftIndent=AXIS, spaceBefore=12),
        "number": style("number", alignment=TA_CENTER),
        "continued": style("continued", alignment=TA_RIGHT),
    }


@lru_cache(maxsize=16)
def _hanging(indent: float, labelled: bool) -> ParagraphStyle:
    """เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย: 6 pt before, lines hanging under the value;
    further values (a second enclosure) start under the first."""
    if not labelled:
        return ParagraphStyle(f"closure-field-{indent:.1f}-more", parent=_styles()["text"],
                              leftIndent=indent)
    return ParagraphStyle(f"closure-field-{indent:.1f}", parent=_styles()["text"],
                          leftIndent=indent, firstLineIndent=-indent, spaceBefore=6)


@lru_cache(maxsize=64)
def _centred(left: float, right: float) -> ParagraphStyle:
    """Centred between two indents: the signatory lines sit on the closing's axis."""
    return ParagraphStyle(
        f"closure-centred-{left:.1f}-{right:.1f}", parent=_styles()["text"],
        alignment=TA_CENTER, leftIndent=left, rightIndent=right,
    )


def _digits(data: ClosureLetterData) -> ClosureLetterData:
    """Every string of the letter with Thai digits, when the office prints them."""
    if not data.thai_digits:
        return data
    changes: dict[str, object] = {}
    for f in fields(data):
        value = getattr(data, f.name)
        if isinstance(value, str):
            changes[f.name] = to_thai_digits(value)
        elif isinstance(value, tuple):
            changes[f.name] = tuple(to_thai_digits(v) for v in value)
    return replace(data, **changes)


def _names(data: ClosureLetterData) -> tuple[str, ...]:
    """Names, numbers and dates that must not be cut at a line end.

    newmm does not know most names; and a number in Thai digits is Thai text to the line
    breaker, so "๐๕๓-๑๒๓-๔๕๖" or "๓ พฤศจิกายน ๒๕๖๙" would otherwise break inside.
    """
    names = [data.office_name, data.recipient, data.signatory_name]
    for person in (data.recipient, data.signatory_name):
        names.extend(person.split())  # "นางสาวมาลี" and "ใจดี" also occur alone
    village = data.village_name.strip()
    if village:
        names += [village, village.removeprefix("บ้าน").strip()]  # "หน้าวัดป่าจี้" says "ป่าจี้"
    texts = (data.subject, data.reference, data.body, *data.enclosures, *data.office_address)
    for text in texts:
        names.extend(m.group() for m in _DATE.finditer(text))
        names.extend(m.group() for m in _NUMBER.finditer(text))
    return tuple(n for n in (n.strip() for n in names) if len(n) > 1)


def _image(png: bytes | None, max_width: float, max_height: float, what: str) -> Image | None:
    if not png:
        return None
    try:
        width, height = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # noqa: BLE001 - Pillow raises many types; a bad image must not stop a letter
        log.warning("%s is not a readable image; letter printed without it", what)
        return None
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(png), width * scale, height * scale)


def _para(text: str, style: ParagraphStyle, names: tuple[str, ...]) -> ThaiParagraph:
    return ThaiParagraph(text, style, keep_together=names)


def _band(data: ClosureLetterData, names: tuple[str, ...]) -> Table:
    """"ที่ …" at the left margin, the address block ending at the right margin, same line."""
    text = _styles()["text"]
    lines = [line for line in data.office_address if line.strip()]
    widest = max((text_width(line, FONT_REGULAR, FONT_SIZE) for line in lines), default=0.0)
    address_width = min(widest + 1, TEXT_WIDTH / 2)
    address = [_para(line, text, names) for line in lines] or [Spacer(1, 1)]
    table = Table([[_para(f"ที่ {data.document_no}", text, names), address]],
                  colWidths=[TEXT_WIDTH - address_width, address_width])
    table.setStyle(TableStyle([*_FLUSH, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _field(label: str, values: Sequence[str], names: tuple[str, ...]) -> list[Flowable]:
    """A label and its value; wrapped value lines hang under the value, not the label.

    The label is two no-break spaces wide more than its text, so the value's first line and
    the hanging lines start at the same x. A plain paragraph, not a table: an absurdly long
    subject still flows on to the next page.
    """
    indent = text_width(label + "\xa0\xa0", FONT_REGULAR, FONT_SIZE)
    first, *more = values
    story: list[Flowable] = [ThaiParagraph(first, _hanging(indent, True), keep_together=names,
                                           markup_prefix=f"{label}&nbsp;&nbsp;")]
    story.extend(_para(value, _hanging(indent, False), names) for value in more)
    return story


def _heading(data: ClosureLetterData, names: tuple[str, ...]) -> list[Flowable]:
    st = _styles()
    emblem = _image(data.emblem_png, EMBLEM_MAX_WIDTH, EMBLEM_HEIGHT, "emblem")
    if emblem is None:
        top: Flowable = Spacer(1, EMBLEM_HEIGHT)  # the space stays: letters look alike
    else:
        emblem.hAlign = "CENTER"
        top = Table([[emblem]], colWidths=[TEXT_WIDTH], rowHeights=[EMBLEM_HEIGHT])
        top.setStyle(TableStyle([*_FLUSH, ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                 ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story: list[Flowable] = [top, Spacer(1, 6), _band(data, names),
                             _para(thai_date(data.letter_date, thai_digits=data.thai_digits),
                                   st["date"], ())]
    story += _field("เรื่อง", [data.subject], names)
    story += _field("เรียน", [data.recipient], names)
    if data.reference.strip():
        story += _field("อ้างถึง", [data.reference], names)
    enclosures = [e for e in data.enclosures if e.strip()]
    if len(enclosures) > 1:
        enclosures = [f"{i}. {e}" for i, e in enumerate(enclosures, 1)]
        enclosures = [to_thai_digits(e) if data.thai_digits else e for e in enclosures]
    if enclosures:
        story += _field("สิ่งที่ส่งมาด้วย", enclosures, names)
    return story


class _SignatureSpace(Flowable):
    """Room for the wet signature, or the scanned one standing on the name line."""

    def __init__(self, image: Image | None, centre: float) -> None:
        super().__init__()
        self.image = image
        self.centre = centre

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, SIGNATURE_LINES * LEADING

    def draw(self) -> None:
        if self.image is not None:
            self.image.drawOn(self.canv, self.centre - self.image.drawWidth / 2, 2)


class _FooterMark(Flowable):
    """Zero-sized: tells the page it lands on to draw the footer on its bottom edge.

    The footer is drawn by the page (onPageEnd), not as a flowable: the closing block keeps its
    room with a spacer, and a flowable footer after that spacer would no longer fit.
    """

    def __init__(self, paragraphs: list[Flowable]) -> None:
        super().__init__()
        self.paragraphs = paragraphs

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def _closing(data: ClosureLetterData, names: tuple[str, ...]) -> list[Flowable]:
    st = _styles()
    axis = AXIS + text_width(data.closing, FONT_REGULAR, FONT_SIZE) / 2
    half = min(axis, TEXT_WIDTH - axis)
    centred = _centred(axis - half, TEXT_WIDTH - axis - half)
    signature = _image(data.signature_png, 2 * half, SIGNATURE_HEIGHT, "signature")
    block: list[Flowable] = [
        _para(data.closing, st["closing"], ()),
        _SignatureSpace(signature, axis),
        _para(f"({data.signatory_name})", centred, names),
        *(_para(line, centred, names) for line in data.signatory_position if line.strip()),
    ]
    return block


def _footer(data: ClosureLetterData) -> list[Flowable]:
    return [_para(line, _styles()["text"], ()) for line in data.footer if line.strip()]


def _body(data: ClosureLetterData, names: tuple[str, ...]) -> tuple[list[Flowable], Flowable]:
    """The body paragraphs and, apart, its last two lines to keep with the closing."""
    style = _styles()["body"]
    texts = [p.strip() for p in re.split(r"\n[ \t]*\n", data.body.strip()) if p.strip()]
    paras = [_para(text, style, names) for text in texts] or [Spacer(1, 0)]
    last = paras.pop()
    _, height = last.wrap(TEXT_WIDTH, PAGE_HEIGHT)
    lines = round(height / LEADING)
    if isinstance(last, ThaiParagraph) and lines > 2:
        head, tail = last.split(TEXT_WIDTH, (lines - 2) * LEADING + 1)
        paras.append(head)
        last = tail
    return paras, last


def _letter(data: ClosureLetterData) -> list[Flowable]:
    data = _digits(data)
    names = _names(data)
    paras, last = _body(data, names)
    footer = _footer(data)
    reserve = sum(p.wrap(TEXT_WIDTH, PAGE_HEIGHT)[1] for p in footer)
    # Never leave the closing alone at the top of a page, nor the footer alone on one.
    tail = KeepTogether([last, *_closing(data, names), Spacer(1, reserve + 12)])
    return [_LetterStart(data.thai_digits), *_heading(data, names), *paras, tail,
            _FooterMark(footer)]


class _LetterStart(Flowable):
    """Marks where a letter begins, so page numbers restart and use its digits."""

    def __init__(self, thai_digits: bool) -> None:
        super().__init__()
        self.thai_digits = thai_digits

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _LetterDoc(BaseDocTemplate):
    letter_start = 1
    thai_digits = False
    footer: list[Flowable] | None = None
    letters = 0
    # page -> (letter, the text that starts the page); filled while laying out, read by
    # _LetterCanvas once every page is known
    starts: dict[int, tuple[int, str]]

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _LetterStart):
            self.letter_start = self.page
            self.thai_digits = flowable.thai_digits
            self.letters += 1
        elif isinstance(flowable, _FooterMark):
            self.footer = flowable.paragraphs
        text = getattr(flowable, "plain_text", "").strip()
        if text and self.page not in self.starts:
            self.starts[self.page] = (self.letters, text)


class _LetterCanvas(Canvas):
    """Holds pages back until the end, so that each page but a letter's last can carry the
    continuation word (คำต่อ): "/" and the first word of the next page, at the bottom right,
    as the ระเบียบงานสารบรรณ asks. Only then is it known what starts the next page."""

    starts: ClassVar[dict[int, tuple[int, str]]] = {}  # the document's, set per build

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._held: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for page, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            this, following = self.starts.get(page), self.starts.get(page + 1)
            if this and following and this[0] == following[0]:
                self._continuation(following[1])
            super().showPage()
        super().save()

    def _continuation(self, next_text: str) -> None:
        word = leading_words(next_text)
        para = ThaiParagraph(f"/{word}…", _styles()["continued"])
        para.wrap(TEXT_WIDTH, LEADING * 2)
        # On the line under the last one of the page, as high as it goes without touching it.
        para.drawOn(self, LEFT, BOTTOM - LEADING + 3)


def _draw_footer(canvas: Canvas, doc: _LetterDoc) -> None:
    if not doc.footer:
        return
    y = BOTTOM
    for para in reversed(doc.footer):
        _, height = para.wrap(TEXT_WIDTH, PAGE_HEIGHT)
        para.drawOn(canvas, LEFT, y)
        y += height
    doc.footer = None


def _page_number(canvas: Canvas, doc: _LetterDoc) -> None:
    number = f"- {doc.page - doc.letter_start + 1} -"
    para = ThaiParagraph(to_thai_digits(number) if doc.thai_digits else number,
                         _styles()["number"])
    _, height = para.wrap(TEXT_WIDTH, LEADING * 2)
    para.drawOn(canvas, LEFT, PAGE_HEIGHT - TOP_NUMBER - height)


def _build(letters: Sequence[ClosureLetterData], title: str) -> bytes:
    if not letters:
        raise ValueError("no letters to render")
    register_fonts()  # measuring (text_width) comes before any style is made
    buffer = io.BytesIO()
    doc = _LetterDoc(
        buffer, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP_FIRST,
        bottomMargin=BOTTOM, title=title, author=letters[0].office_name, subject=TITLE,
        creator="Fondue Desk", invariant=1,
        initialFontName=FONT_REGULAR,  # else every page names Helvetica, which has no Thai
    )

    def frame(top: float) -> Frame:
        return Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - top - BOTTOM,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    # One office prints a batch, so the first letter says whether it is a demo.
    demo = letters[0].demo
    first_page = demo_page_callback(demo)
    doc.addPageTemplates([
        PageTemplate("first", frames=[frame(TOP_FIRST)], onPageEnd=_draw_footer,
                     **({} if first_page is None else {"onPage": first_page})),
        PageTemplate("later", frames=[frame(LATER_TOP)],
                     onPage=demo_page_callback(demo, _page_number), onPageEnd=_draw_footer),
        # Unnumbered: the translation is not a page of the official letter.
        PageTemplate("courtesy", frames=[frame(TOP_FIRST)],
                     **({} if first_page is None else {"onPage": first_page})),
    ])
    story: list[Flowable] = []
    for index, data in enumerate(letters):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story += [NextPageTemplate("later"), *_letter(data)]
        if data.courtesy is not None:
            # A letter of its own to the canvas: the official letter's last page carries no
            # continuation word pointing at it.
            story += [NextPageTemplate("courtesy"), PageBreak(), _LetterStart(False),
                      *courtesy_story(data.courtesy, TEXT_WIDTH)]
    doc.starts = {}
    doc.build(story, canvasmaker=type("_Canvas", (_LetterCanvas,), {"starts": doc.starts}))
    return buffer.getvalue()


def render_closure_letter(data: ClosureLetterData) -> bytes:
    """One closure letter as PDF bytes (A4, one or more pages)."""
    return _build([data], f"{TITLE} ที่ {data.document_no}")


def render_closure_letters(letters: Sequence[ClosureLetterData]) -> bytes:
    """Many letters in one PDF for batch printing: each starts a page and numbers its own."""
    return _build(list(letters), f"{TITLE} {format_count(len(letters))} ฉบับ")
