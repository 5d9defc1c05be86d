"""The mark every printed page of a demo office carries: "ตัวอย่าง / DEMO".

A demo register is full of invented people and numbers; a receipt or letter printed from it
must never pass for an official paper. Each page gets a large, pale diagonal watermark under
the content and a small boxed mark in its top margin. A real office's pages get neither.

Both are drawn through shaped Paragraphs (never canvas.drawString): the Thai word carries a
tone mark that HarfBuzz must place.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .fonts import FONT_BOLD, register_fonts
from .line_breaking import text_width
from .paragraphs import shaped_paragraph_style

DEMO_MARK = "ตัวอย่าง / DEMO"

# Solid pale colours rather than transparency: every PDF viewer and office printer renders
# them alike, and the watermark is drawn before the content, so the content stays on top.
_WATERMARK_COLOUR = colors.HexColor("#fae9cc")
_MARK_COLOUR = colors.HexColor("#b26a00")
_MARK_SIZE = 8.0
# What the top-margin mark needs above the content; pages with a thin margin add it.
HEADER_ROOM = 6 * mm
_WATERMARK_MAX_SIZE = 96.0

PageCallback = Callable[[Canvas, object], None]


@cache
def _mark_style() -> ParagraphStyle:
    return shaped_paragraph_style("demo-mark", _MARK_SIZE, bold=True, textColor=_MARK_COLOUR,
                                  alignment=TA_CENTER, leading=_MARK_SIZE * 1.3)


@cache
def _watermark_style(size: float) -> ParagraphStyle:
    return shaped_paragraph_style(f"demo-watermark-{size:.1f}", size, bold=True,
                                  textColor=_WATERMARK_COLOUR, alignment=TA_CENTER,
                                  leading=size * 1.3)


def draw_demo_marks(canvas: Canvas, page_width: float, page_height: float) -> None:
    """The diagonal watermark and the top-margin mark on the current page."""
    _draw_watermark(canvas, page_width, page_height)
    _draw_header_mark(canvas, page_width, page_height)


def demo_page_callback(demo: bool, then: PageCallback | None = None) -> PageCallback | None:
    """An onPage callback drawing the demo marks (when `demo`) and then `then`, if any."""
    if not demo:
        return then

    def draw(canvas: Canvas, doc: object) -> None:
        width, height = canvas._pagesize  # the page being drawn, whatever its template
        draw_demo_marks(canvas, width, height)
        if then is not None:
            then(canvas, doc)

    return draw


def _draw_watermark(canvas: Canvas, page_width: float, page_height: float) -> None:
    register_fonts()  # measured before any style is made
    diagonal = math.hypot(page_width, page_height)
    # As large as fits comfortably along the diagonal: 60 % of it, never a poster.
    unit = text_width(DEMO_MARK, FONT_BOLD, 10)
    size = min(_WATERMARK_MAX_SIZE, 10 * 0.6 * diagonal / unit)
    para = Paragraph(DEMO_MARK, _watermark_style(round(size, 1)))
    width, height = para.wrap(diagonal, page_height)
    canvas.saveState()
    canvas.translate(page_width / 2, page_height / 2)
    # Along the page's own diagonal: a tall till slip gets a steep mark that stays on it.
    canvas.rotate(math.degrees(math.atan2(page_height, page_width)))
    para.drawOn(canvas, -width / 2, -height / 2)
    canvas.restoreState()


def _draw_header_mark(canvas: Canvas, page_width: float, page_height: float) -> None:
    para = Paragraph(DEMO_MARK, _mark_style())
    text = text_width(DEMO_MARK, FONT_BOLD, _MARK_SIZE)
    box_width = text + 4 * mm
    _, height = para.wrap(box_width, page_height)
    inset = min(4 * mm, page_width * 0.04)
    x = page_width - inset - box_width
    y = page_height - 2.5 * mm - height
    canvas.saveState()
    canvas.setStrokeColor(_MARK_COLOUR)
    canvas.setFillColor(colors.white)
    canvas.setLineWidth(0.6)
    canvas.roundRect(x, y - 0.6 * mm, box_width, height + 0.6 * mm, 1.2 * mm, stroke=1, fill=1)
    para.drawOn(canvas, x, y)
    canvas.restoreState()
