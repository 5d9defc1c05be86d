"""Shaped Thai paragraphs for platypus: lines broken by line_breaking, marks stacked by HarfBuzz."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from html import unescape
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from fondue_desk.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

from .line_breaking import (
    FIT_SLACK,
    last_break,
    layout_lines,
    normalise_text,
    protected_phrases,
    text_width,
)

ELLIPSIS = "…"


def shaped_paragraph_style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    leading: float | None = None,
    alignment: int = TA_LEFT,
    **kw: object,
) -> ParagraphStyle:
    """A Sarabun style with HarfBuzz shaping, without which tone marks collide (ที่ ผู้ น้ำ)."""
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT_REGULAR,
        fontSize=size,
        # Stacked marks (ผู้, ปั้น) need more room above the x-height than Latin text.
        leading=leading if leading is not None else round(size * 1.4, 1),
        alignment=alignment,
        shaping=1,
        **kw,
    )


def _plain_width(markup: str, style: ParagraphStyle) -> float:
    """Width of trusted markup as plain text; the bold face bounds it whatever the tags say."""
    plain = unescape(re.sub(r"<[^>]*>", "", markup))
    return max(text_width(plain, face, style.fontSize) for face in (style.fontName, FONT_BOLD))


class ThaiParagraph(Flowable):
    """A platypus Paragraph for plain user text, broken between Thai words.

    `markup_prefix` is trusted markup (e.g. "<b>เรื่อง</b> ") put before the first line;
    `keep_together` lists phrases not to break inside, as for `break_lines`.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        markup_prefix: str = "",
        keep_together: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.keep_together = protected_phrases(keep_together)
        # Trailing blank lines render as nothing in ReportLab but would skew our line count.
        self.text = normalise_text(text).rstrip()
        self.style = style
        self.markup_prefix = markup_prefix
        self._avail_width: float | None = None
        self._spans: list[tuple[int, int]] = []
        self._para: Paragraph | None = None

    def _markup(self, spans: list[tuple[int, int]], prefix: str) -> str:
        return prefix + "<br/>".join(escape(self.text[s:e]) for s, e in spans)

    def _layout(self, avail_width: float) -> None:
        if self._avail_width == avail_width and self._para is not None:
            return
        style = self.style
        inner = avail_width - style.leftIndent - style.rightIndent - FIT_SLACK
        first = inner - style.firstLineIndent
        if self.markup_prefix:
            first -= _plain_width(self.markup_prefix, style)
        self._spans = layout_lines(
            self.text, style.fontName, style.fontSize, inner, first, self.keep_together
        )
        self._para = Paragraph(self._markup(self._spans, self.markup_prefix), style)
        self._avail_width = avail_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout(availWidth)
        assert self._para is not None
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits >= len(self._spans):
            return [self]
        if fits < 1:
            return []
        # The head keeps exactly the lines already measured; the tail is laid out afresh for
        # whatever frame it lands in, without the first-line indent or the label.
        head_style = ParagraphStyle(f"{self.style.name}-head", parent=self.style, spaceAfter=0)
        head = Paragraph(self._markup(self._spans[:fits], self.markup_prefix), head_style)
        head.plain_text = self.text[:self._spans[fits - 1][1]]  # type: ignore[attr-defined]
        tail_style = ParagraphStyle(
            f"{self.style.name}-cont", parent=self.style, firstLineIndent=0, spaceBefore=0
        )
        tail = self.text[self._spans[fits][0]:]
        return [head, ThaiParagraph(tail, tail_style, keep_together=self.keep_together)]

    @property
    def plain_text(self) -> str:
        """The text as drawn, without markup: what a page that starts here starts with."""
        return self.text

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter


def shortened(
    text: str, style: ParagraphStyle, width: float, max_lines: int,
    keep_together: Iterable[str] = (),
) -> str | None:
    """`text` cut to `max_lines` lines of a ThaiParagraph `width` wide, at a word boundary and
    ending in "…"; None when it fits as it is."""
    def lines(candidate: str) -> int:
        para = ThaiParagraph(candidate, style, keep_together=keep_together)
        para.wrap(width, 1e9)
        return len(para._spans)

    text = normalise_text(text).rstrip()
    if lines(text) <= max_lines:
        return None
    para = ThaiParagraph(text, style, keep_together=keep_together)
    para.wrap(width, 1e9)
    head = text[:para._spans[max(max_lines, 1) - 1][1]].rstrip()
    while head and lines(head + ELLIPSIS) > max_lines:
        cut = last_break(head)
        if cut == 0:  # one word wider than the lines (a URL): drop its last letter and marks
            cut = len(head) - 1
            while cut > 0 and unicodedata.category(head[cut]) == "Mn":
                cut -= 1
        head = head[:cut].rstrip()
    return head + ELLIPSIS
