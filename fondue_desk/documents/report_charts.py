"""Bar charts drawn straight on the ReportLab canvas for printed reports.

Every label is a single line drawn with canvas.drawString, which ReportLab does not shape
(its `shaping=True` needs rlbidi, not on PyPI): each one goes through `shapeStr` first, or
the tone marks of ที่, ผู้, น้ำ collide. Shaped and unshaped widths are equal, so widths are
measured on the plain text. A label too long for its room is cut with "…", never before a
mark. Charts are flowables of a fixed height: they never split across pages.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import Flowable

from .fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from .line_breaking import fitted, text_width

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#d5dbe1")
LABEL_SIZE = 11.0
VALUE_SIZE = 10.0
TITLE_SIZE = 12.0
BAR_HEIGHT = 11.0
BAR_GAP = 5.0
LEGEND_HEIGHT = 16.0
TITLE_HEIGHT = 20.0
MAX_LABEL_SHARE = 0.42  # of the chart's width, for the names left of horizontal bars

Digits = Callable[[str], str]


@dataclass(frozen=True)
class Series:
    name: str
    colour: str   # "#rrggbb"


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[int, ...]  # one per series; stacked left to right / bottom to top


def draw_text(canvas, text: str, x: float, y: float, *, size: float = LABEL_SIZE,
              bold: bool = False, anchor: str = "start", colour=INK) -> None:
    """One shaped line; `anchor` "start", "middle" or "end" as in SVG."""
    font = FONT_BOLD if bold else FONT_REGULAR
    width = text_width(text, font, size)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    canvas.drawString(x, y, shapeStr(text, font, size))


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5 × 10^k) so that about `ticks` steps reach `top`."""
    if top <= ticks:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(int(m * power) for m in (1, 2, 5, 10) if m * power >= raw)


class _Chart(Flowable):
    def __init__(self, title: str, series: Sequence[Series], bars: Sequence[Bar],
                 digits: Digits = str) -> None:
        super().__init__()
        register_fonts()
        # Every word drawn goes through `digits`: a name holds numbers too ("หมู่ที่ 3").
        self.title = digits(title)
        self.series = tuple(Series(digits(s.name), s.colour) for s in series)
        self.bars = tuple(Bar(digits(b.label), b.values) for b in bars)
        self.digits = digits

    def _title_and_legend(self, top: float) -> float:
        """Draws both from `top` down; returns the y under them."""
        canvas = self.canv
        draw_text(canvas, self.title, 0, top - TITLE_SIZE, size=TITLE_SIZE, bold=True)
        y = top - TITLE_HEIGHT
        if len(self.series) > 1:
            x = 0.0
            for s in self.series:
                canvas.setFillColor(colors.HexColor(s.colour))
                canvas.rect(x, y - 9, 9, 9, stroke=0, fill=1)
                draw_text(canvas, s.name, x + 13, y - 8.5, size=VALUE_SIZE, colour=MUTED)
                x += 13 + text_width(s.name, FONT_REGULAR, VALUE_SIZE) + 16
            y -= LEGEND_HEIGHT
        return y

    def _head_height(self) -> float:
        return TITLE_HEIGHT + (LEGEND_HEIGHT if len(self.series) > 1 else 0)

    def _empty(self, y: float) -> None:
        draw_text(self.canv, self.digits("ไม่มีข้อมูลในช่วงเวลานี้"), 0, y - LABEL_SIZE,
                  colour=MUTED)


class HorizontalBars(_Chart):
    """One row per bar: its name at the left, the bar, the total at its end. For long Thai
    names (categories, villages, channels)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        rows = max(len(self.bars), 1)
        self.width = availWidth
        self.height = self._head_height() + rows * (BAR_HEIGHT + BAR_GAP) + 4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self._title_and_legend(self.height)
        if not self.bars:
            self._empty(y)
            return
        widest = max(text_width(b.label, FONT_REGULAR, LABEL_SIZE) for b in self.bars)
        label_width = min(widest, self.width * MAX_LABEL_SHARE)
        top = max(sum(b.values) for b in self.bars) or 1
        total_room = text_width(self.digits(f"{top:,}"), FONT_REGULAR, VALUE_SIZE) + 6
        x0 = label_width + 8
        scale = (self.width - x0 - total_room) / top
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(x0, y, x0, y - len(self.bars) * (BAR_HEIGHT + BAR_GAP))
        for bar in self.bars:
            y -= BAR_HEIGHT + BAR_GAP
            label = fitted(bar.label, FONT_REGULAR, LABEL_SIZE, label_width)
            draw_text(canvas, label, label_width, y + 2, anchor="end")
            x = x0
            for value, s in zip(bar.values, self.series):
                if value:
                    canvas.setFillColor(colors.HexColor(s.colour))
                    canvas.rect(x, y, value * scale, BAR_HEIGHT, stroke=0, fill=1)
                    x += value * scale
            draw_text(canvas, self.digits(f"{sum(bar.values):,}"), x + 4, y + 2,
                      size=VALUE_SIZE, colour=MUTED)


class MonthColumns(_Chart):
    """Side-by-side columns per month (e.g. received and closed), a light scale behind them."""

    PLOT_HEIGHT = 130.0
    AXIS_ROOM = 30.0  # the month names under the columns

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._head_height() + self.PLOT_HEIGHT + self.AXIS_ROOM
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y_top = self._title_and_legend(self.height) - 6
        base = self.AXIS_ROOM
        if not self.bars:
            self._empty(y_top)
            return
        top = max((max(b.values, default=0) for b in self.bars), default=0)
        step = nice_step(max(top, 1))
        scale_top = step * math.ceil(max(top, 1) / step)
        scale = (y_top - base - VALUE_SIZE - 2) / scale_top
        axis_width = text_width(self.digits(f"{scale_top:,}"), FONT_REGULAR, VALUE_SIZE) + 6
        canvas.setLineWidth(0.5)
        for tick in range(0, scale_top + 1, step):
            y = base + tick * scale
            canvas.setStrokeColor(RULE)
            canvas.line(axis_width, y, self.width, y)
            draw_text(canvas, self.digits(f"{tick:,}"), axis_width - 4, y - 3,
                      size=VALUE_SIZE, anchor="end", colour=MUTED)
        slot = (self.width - axis_width) / len(self.bars)
        column = min(18.0, slot * 0.8 / max(len(self.series), 1))
        for index, bar in enumerate(self.bars):
            centre = axis_width + slot * (index + 0.5)
            left = centre - column * len(self.series) / 2
            for k, (value, s) in enumerate(zip(bar.values, self.series)):
                x = left + k * column
                canvas.setFillColor(colors.HexColor(s.colour))
                canvas.rect(x + 0.5, base, column - 1, value * scale, stroke=0, fill=1)
                if value and column >= 9:
                    draw_text(canvas, self.digits(f"{value:,}"), x + column / 2,
                              base + value * scale + 2, size=VALUE_SIZE - 2, anchor="middle",
                              colour=MUTED)
            label = fitted(bar.label, FONT_REGULAR, VALUE_SIZE, slot - 2)
            draw_text(canvas, label, centre, base - 13, size=VALUE_SIZE, anchor="middle")
