"""Keeping the receipt on one page: a receipt of three pages is not a receipt, and the
register keeps every word, so the receipt gives way in order of what matters least to the
citizen: the description down to what fits, then the office's notes (the receipt decides how,
through `shorten_notes`), then the answers that still do not fit fold into one row counting
them.

The story is built by the receipt (`build(data, description)`, description None = in full);
this module only measures and decides what to shorten.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether

from fondue_desk.documents.paragraphs import ELLIPSIS, shortened
from fondue_desk.documents.receipt_look import Phrases
from fondue_desk.documents.receipt_words import THAI_WORDS, receipt_words

if TYPE_CHECKING:
    from fondue_desk.documents.receipt import ReceiptData

# In place of the answers that do not fit once the description is down to one line.
MORE_ANSWERS_NOTE = THAI_WORDS.more_answers_note
MAX_PAGE_HEIGHT = 14400.0  # PDF viewers' limit (200 in); only for measuring

Build = Callable[["ReceiptData", "str | None"], list[Flowable]]


def fit(text: str, style: ParagraphStyle, width: float, lines: int, names: Phrases) -> str:
    """At most `lines` lines of `text`, so no one field can push the receipt off its page."""
    return shortened(text, style, width, lines, names) or text


def measure(story: list[Flowable], width: float) -> float:
    """Height the flowables take stacked in one frame (a slight overestimate by design)."""
    total = 0.0
    canvas = Canvas(io.BytesIO())  # KeepTogether measures its content on one
    for flowable in story:
        _, height = flowable.wrapOn(canvas, width, MAX_PAGE_HEIGHT)
        if isinstance(flowable, KeepTogether):  # its wrap answers "too tall" to force a split
            height = flowable._H
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def fitted_story(data: ReceiptData, build: Build,
                 shorten_notes: Callable[[ReceiptData], ReceiptData], width: float,
                 room: float, value_style: ParagraphStyle,
                 names: Callable[[ReceiptData], Phrases]) -> list[Flowable]:
    """The story, with the description shortened to what fits `room` points (one page)."""
    story = build(data, None)
    if measure(story, width) <= room:
        return story
    data = fitted_answers(shorten_notes(data), build, width, room)
    one_line = measure(build(data, ELLIPSIS), width)
    lines = 1 + max(0, int((room - one_line) // value_style.leading))
    while True:
        text = shortened(data.description, value_style, width, lines, names(data)) or ELLIPSIS
        story = build(data, text)
        if lines == 1 or measure(story, width) <= room:
            return story
        lines -= 1


def fitted_answers(data: ReceiptData, build: Build, width: float, room: float) -> ReceiptData:
    """The answers that fit beside a one-line description; the rest become one row saying
    how many more the register keeps (a category may ask many long questions)."""
    rows = data.field_rows

    def folded(keep: int) -> ReceiptData:
        if keep >= len(rows):
            return data
        more = ("…", receipt_words(data.language).more_answers(len(rows) - keep))
        return replace(data, field_rows=(*rows[:keep], more))

    keep = len(rows)
    while keep > 0 and measure(build(folded(keep), ELLIPSIS), width) > room:
        keep -= 1
    return folded(keep)
