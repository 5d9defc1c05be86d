"""What a bar chart draws: rows (a label and one value per series) and the series themselves."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class ChartSeries:
    name: str
    colour: str | None = None   # None: each row's own colour (a category's, a status's)
    pale: bool = False          # the same hue, lighter: "closed" beside "open" of one colour
    clickable: bool = True      # False when no register filter matches the bar's count


@dataclass(frozen=True)
class ChartRow:
    key: object                 # handed back when the row's bar is chosen
    label: str
    values: tuple[int, ...]     # one per series
    colour: str | None = None

    @property
    def total(self) -> int:
        return sum(self.values)


PALE_MIX = 0.62  # share of white mixed into a pale series: still the hue, clearly lighter


def bar_colour(row: ChartRow, series: ChartSeries, fallback: str) -> QColor:
    colour = QColor(series.colour or row.colour or fallback)
    if not colour.isValid():
        colour = QColor(fallback)
    if series.pale:
        colour = QColor(round(colour.red() + (255 - colour.red()) * PALE_MIX),
                        round(colour.green() + (255 - colour.green()) * PALE_MIX),
                        round(colour.blue() + (255 - colour.blue()) * PALE_MIX))
    return colour
