"""The one question a file whose dates read both ways asks: is 03/04 the 3rd of April or
March the 4th? Shown with a value from the file read both ways, so the clerk decides by
something she recognises rather than by a format code."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from ..dates import shown_date
from ..style import HINT

# When the plan brings no value of its own: both numbers at most 12, so it reads both ways.
FALLBACK_EXAMPLE = "05/04/2023"


def _read(example: str, order: str) -> str:
    """"05/04/2023" read day-first or month-first, as the desk writes dates (ui.dates)."""
    found = re.match(r"\s*(\d{1,2})\D(\d{1,2})\D(\d{2,4})", example)
    if not found:
        return example
    first, second, year = (int(part) for part in found.groups())
    day, month = (first, second) if order == "dmy" else (second, first)
    if year < 100:
        year += 2000
    if year > 2400:  # already a Buddhist-era year
        year -= 543
    try:
        return shown_date(date(year, month, day))
    except ValueError:
        return example


class DateOrderBox(QGroupBox):
    answered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dates in this file"), parent)
        self.explanation = QLabel(self.tr(
            "Every date in this file reads both ways. How should they be read?"))
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName(HINT)
        self.day_first = QRadioButton()
        self.month_first = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.day_first)
        self.group.addButton(self.month_first)
        self.group.buttonToggled.connect(lambda *_: self.answered.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.day_first)
        layout.addWidget(self.month_first)

    def ask(self, example: str | None) -> None:
        example = example or FALLBACK_EXAMPLE
        self.day_first.setText(self.tr("&Day first (e.g. %1 is %2)").replace(
            "%1", example).replace("%2", _read(example, "dmy")))
        self.month_first.setText(self.tr("&Month first (e.g. %1 is %2)").replace(
            "%1", example).replace("%2", _read(example, "mdy")))
        # Nothing preselected: a guess here would import every date of the file wrongly.
        self.group.setExclusive(False)
        self.day_first.setChecked(False)
        self.month_first.setChecked(False)
        self.group.setExclusive(True)

    def date_order(self) -> str | None:
        if self.day_first.isChecked():
            return "dmy"
        if self.month_first.isChecked():
            return "mdy"
        return None
