"""A date field in the desk's language and era.

The Thai desk reads and writes dd/MM/yyyy with a Buddhist-Era year (25/11/2569): Qt has no
Thai calendar, so the year is shifted by 543. The English desk writes "25 Nov 2026" (day,
English month, year: no day/month order to misread) in the era ui.dates shows, and reads that,
"25/11/2026" (day first) or "2026-11-25". The value is always a Gregorian QDate.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from .. import dates

_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$")
_NAMED = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\s*(?:BE)?\s*$", re.IGNORECASE)
_MONTHS = {name.lower(): number
           for names in (dates.ENGLISH_MONTHS, dates.ENGLISH_MONTHS_SHORT)
           for number, name in enumerate(names, start=1)}
_MONTHS["sept"] = 9  # as en_GB abbreviates it


class ThaiDateEdit(QDateEdit):
    """A QDate shown as 25/11/2569 on the Thai desk, 25 Nov 2026 (or 2569) on the English."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._english = not dates.thai_desk()
        if self._english:
            # Qt steps the sections of its own rendering of the format: in the US locale its
            # "MMM" is the same "Sep" ui.dates writes (en_GB would say "Sept").
            self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            self.setDisplayFormat("dd MMM yyyy")
        else:
            self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        if date is not None:
            self.setDate(date)

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802  (Qt override)
        day = value.date()
        year = dates.era_year(day.year())
        if self._english:
            return f"{day.day():02d} {dates.ENGLISH_MONTHS_SHORT[day.month() - 1]} {year}"
        return f"{day.day():02d}/{day.month():02d}/{year}"

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802  (Qt override)
        parsed = self._parse(text)
        return QDateTime(parsed if parsed is not None else self.date(), self.time())

    def validate(self, text: str, pos: int) -> object:
        if self._parse(text) is not None:
            return QValidator.State.Acceptable, text, pos
        allowed = r"[\w/\s.-]*" if self._english else r"[\d/\s]*"
        if re.fullmatch(allowed, text, re.ASCII):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def _parse(self, text: str) -> QDate | None:
        day = month = year = None
        if match := _DAY_FIRST.match(text):
            day, month, year = (int(part) for part in match.groups())
        elif self._english and (match := _ISO.match(text)):
            year, month, day = (int(part) for part in match.groups())
        elif self._english and (match := _NAMED.match(text)):
            month = _MONTHS.get(match.group(2).lower())
            day, year = int(match.group(1)), int(match.group(3))
        if month is None:
            return None
        # The year is typed in the era the field shows (2569 on the Thai desk).
        shift = dates.era_year(2000) - 2000
        candidate = QDate(year - shift, month, day)
        return candidate if candidate.isValid() else None
