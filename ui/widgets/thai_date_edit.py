"""A date field in the Buddhist Era: Qt has no Thai calendar, so the year is shifted by 543."""
from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from fondue_desk.domain.calendar import BE_OFFSET

_TYPED = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$")


class ThaiDateEdit(QDateEdit):
    """Shows and reads dd/MM/yyyy with a BE year (25/11/2569); the value stays a QDate."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        if date is not None:
            self.setDate(date)

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802  (Qt override)
        day = value.date()
        return f"{day.day():02d}/{day.month():02d}/{day.year() + BE_OFFSET}"

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802  (Qt override)
        parsed = self._parse(text)
        return QDateTime(parsed if parsed is not None else self.date(), self.time())

    def validate(self, text: str, pos: int) -> object:
        if self._parse(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"[\d/\s]*", text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    @staticmethod
    def _parse(text: str) -> QDate | None:
        match = _TYPED.match(text)
        if not match:
            return None
        day, month, year = (int(part) for part in match.groups())
        candidate = QDate(year - BE_OFFSET, month, day)
        return candidate if candidate.isValid() else None
