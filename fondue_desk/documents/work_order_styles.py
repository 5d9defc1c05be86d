"""Styles, colours and the drawn form parts (tick boxes, dotted write-in lines) of the work order.

The write-in parts are drawn, not typed: a dotted line made of "....." never ends where the
next label starts, and Sarabun has no ballot-box glyph.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from fondue_desk.documents.fonts import FONT_REGULAR
from fondue_desk.documents.line_breaking import text_width
from fondue_desk.documents.paragraphs import ThaiParagraph, shaped_paragraph_style

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#6f6f6f")
HAIRLINE = colors.HexColor("#d3d6da")
TINT = colors.HexColor("#eef1f5")
BAND = colors.HexColor("#dfe6ee")
BADGE = colors.HexColor("#2c3e50")
ALERT = colors.HexColor("#c0392b")

Styles = dict[str, ParagraphStyle]
# Every table cell says which font it uses, even with only flowables in it; left to the
# default, ReportLab would put Helvetica (no Thai glyphs) into the PDF.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR)


@lru_cache(maxsize=1)
def styles() -> Styles:
    specs: dict[str, tuple[float, dict[str, Any]]] = {
        "office": (14, {"bold": True}),
        "address": (9, {"textColor": MUTED, "leading": 12}),
        "title": (22, {"bold": True, "alignment": TA_CENTER, "leading": 28}),
        "number": (15, {"bold": True, "alignment": TA_CENTER, "leading": 20}),
        "label": (9.5, {"bold": True, "textColor": MUTED, "leading": 14}),
        "value": (10.5, {"textColor": INK, "leading": 14.5}),
        "strong": (10.5, {"bold": True, "textColor": INK, "leading": 14.5}),
        "badge": (10.5, {"bold": True, "textColor": colors.white, "alignment": TA_CENTER}),
        "band": (10.5, {"bold": True, "textColor": INK}),
        "band-right": (10.5, {"bold": True, "textColor": INK, "alignment": TA_RIGHT}),
        "caption": (8, {"textColor": MUTED, "alignment": TA_CENTER, "leading": 10.5}),
        "form": (10, {"textColor": INK}),
        "form-head": (9.5, {"bold": True, "textColor": MUTED}),
        "note": (9, {"textColor": MUTED}),
        "footer": (8, {"textColor": MUTED}),
        "footer-right": (8, {"textColor": MUTED, "alignment": TA_RIGHT}),
    }
    return {
        key: shaped_paragraph_style(f"work-order-{key}", size, **kw)
        for key, (size, kw) in specs.items()
    }


class _WrapOnce:
    """Remembers the size for the last width: nested tables wrap each cell many times over."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            self.width, self.height = self._wrapped[1]
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)  # type: ignore[misc]
        self._wrapped = (availWidth, size)
        return size


class Para(_WrapOnce, ThaiParagraph):
    """Plain (user) text broken between Thai words."""


class Markup(_WrapOnce, Paragraph):
    """Trusted markup on one line (escape any user text in it)."""


class Shared:
    """What a document lays out or draws once and reuses: labels, paragraphs, form XObjects.

    Every job repeats the same form labels and every order of a batch the office header;
    shaping and drawing them once keeps a batch of hundreds of jobs fast. One per document,
    so two threads never draw the same object.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[Paragraph, float]] = {}
        self._cells: dict[tuple[str, str], Markup] = {}
        self._paras: dict[tuple[str, str, tuple[str, ...]], Para] = {}
        self.forms: dict[tuple[object, ...], str] = {}  # drawn parts -> PDF form XObject name

    def para(self, text: str, style_key: str, names: Sequence[str] = ()) -> Para:
        """One shared paragraph per distinct (user) text: a batch repeats dates, crews, the
        office. Only the `names` found in `text` matter, so they are part of the key."""
        found = tuple(sorted({n for n in names if n in text}))
        key = (text, style_key, found)
        if key not in self._paras:
            self._paras[key] = Para(text, styles()[style_key], keep_together=found)
        return self._paras[key]

    def cell(self, text: str, style_key: str) -> Markup:
        """One shared paragraph for a fixed label that recurs in table cells."""
        key = (text, style_key)
        if key not in self._cells:
            self._cells[key] = Markup(escape(text), styles()[style_key])
        return self._cells[key]

    def get(self, text: str, style_key: str) -> tuple[Paragraph, float]:
        key = (text, style_key)
        if key not in self._cache:
            style = styles()[style_key]
            width = text_width(text, style.fontName, style.fontSize)
            para = Paragraph(escape(text), style)
            para.wrap(width + 1, style.leading * 2)
            self._cache[key] = (para, width)
        return self._cache[key]

    def draw(self, canv: Any, text: str, style_key: str, x: float, baseline: float) -> float:
        """Draw `text` with its baseline at `baseline`; returns its width."""
        para, width = self.get(text, style_key)
        style = para.style
        para.drawOn(canv, x, baseline - style.leading + style.fontSize)
        return width

    def place(self, canv: Any, key: tuple[object, ...], size: tuple[float, float],
              draw: Callable[[], None]) -> None:
        """Draw with `draw` into a form XObject the first time `key` is seen, then place it."""
        name = self.forms.get(key)
        if name is None:
            name = self.forms[key] = f"WorkOrderForm{len(self.forms)}"
            canv.beginForm(name, 0, 0, *size)
            draw()
            canv.endForm()
        canv.doForm(name)


class Stamp(Flowable):
    """`inner`, drawn once per document as a PDF form XObject and placed wherever it recurs.

    `key` must identify what `inner` draws (its texts and images): every order of a batch
    repeats the office header, and a crew's one-job orders repeat the whole crew block.
    """

    def __init__(self, shared: Shared, key: tuple[object, ...], inner: Flowable) -> None:
        super().__init__()
        self.shared = shared
        self.key = key
        self.inner = inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self.inner.split(availWidth, availHeight)  # too tall for a page: draw it plainly

    def draw(self) -> None:
        key = ("stamp", *self.key, round(self.width, 3), round(self.height, 3))
        self.shared.place(self.canv, key, (self.width, self.height),
                          lambda: self.inner.drawOn(self.canv, 0, 0))


@dataclass(frozen=True)
class Part:
    """One piece of a form row: a label, a tick box with its label, a write-in line or a gap.

    `kind` is "text", "box", "dots", "gap" or "centre" (text centred over `width`); a "dots"
    part without a width takes whatever the row leaves over.
    """

    kind: str
    text: str = ""
    width: float | None = None
    style: str = "form"


def text(value: str, style: str = "form") -> Part:
    return Part("text", value, style=style)


def box(value: str) -> Part:
    return Part("box", value)


def dots(width: float | None = None) -> Part:
    return Part("dots", width=width)


def gap(width: float) -> Part:
    return Part("gap", width=width)


def centre(value: str, width: float) -> Part:
    return Part("centre", value, width=width)


_BOX = 3.4 * mm
_GAP = 1.6 * mm  # between a label and its write-in line or tick box


class FormLines(Flowable):
    """Rows of labels, tick boxes and dotted write-in lines, `pitch` apart for handwriting.

    Identical rows are drawn once per document as a PDF form XObject and each further use
    only places it: the result form is the same for every job of a batch.
    """

    def __init__(self, shared: Shared, rows: Sequence[Sequence[Part]], *, pitch: float = 7 * mm,
                 first: float | None = None) -> None:
        super().__init__()
        self.shared = shared
        self.rows = tuple(tuple(row) for row in rows)
        self.pitch = pitch
        self.first = pitch if first is None else first  # the first baseline, from the top

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.first + self.pitch * (len(self.rows) - 1) + 3 * mm
        return self.width, self.height

    def _part_width(self, part: Part) -> float:
        if part.kind in ("text", "box"):
            width = self.shared.get(part.text, part.style)[1]
            return width + (_BOX + _GAP if part.kind == "box" else 0) + _GAP
        return part.width or 0.0

    def draw(self) -> None:
        key = ("lines", self.rows, self.pitch, self.first, round(self.width, 3))
        self.shared.place(self.canv, key, (self.width, self.height), self._draw_rows)

    def _draw_rows(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(MUTED)
        canv.setLineCap(1)
        for i, row in enumerate(self.rows):
            baseline = self.height - self.first - i * self.pitch
            fixed = sum(self._part_width(p) for p in row)
            x = 0.0
            for part in row:
                width = self._part_width(part)
                if part.kind == "dots" and part.width is None:
                    width = max(self.width - fixed, 6 * mm)
                self._draw_part(part, x, baseline, width)
                x += width
        canv.restoreState()

    def _draw_part(self, part: Part, x: float, baseline: float, width: float) -> None:
        canv = self.canv
        if part.kind == "text":
            self.shared.draw(canv, part.text, part.style, x, baseline)
        elif part.kind == "box":
            canv.setLineWidth(0.8)
            canv.setDash()
            canv.rect(x, baseline - 0.6, _BOX, _BOX, stroke=1, fill=0)
            self.shared.draw(canv, part.text, part.style, x + _BOX + _GAP, baseline)
        elif part.kind == "dots":
            canv.setLineWidth(0.9)
            canv.setDash(0.1, 2.2)  # round caps turn the dashes into dots
            canv.line(x + 1, baseline - 1.5, x + width - 2, baseline - 1.5)
            canv.setDash()
        elif part.kind == "centre":
            label_width = self.shared.get(part.text, part.style)[1]
            self.shared.draw(canv, part.text, part.style,
                             x + max(0.0, (width - label_width) / 2), baseline)

