"""The dashboard's period: a fiscal year (BE), the last twelve months, or a range of days.

One combo holds every choice, so the whole filter is reachable with the keyboard; the two
dates are enabled only for a range. A range that ends before it starts is refused with a
message and the figures stay as they were.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from fondue_desk.domain.calendar import fiscal_year_be
from fondue_desk.domain.dashboard import Period, fiscal_year_period, last_twelve_months

from ..dates import shown_fiscal_year
from ..style import FIELD_ERROR
from ..widgets.thai_date_edit import ThaiDateEdit

YEARS_BACK = 5
LAST_12 = "last12"
RANGE = "range"


class PeriodChooser(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Period"))
        current = fiscal_year_be(today)
        for year in range(current, current - YEARS_BACK, -1):
            self.combo.addItem(self.tr("Fiscal year %1").replace("%1", shown_fiscal_year(year)),
                               year)
        self.combo.addItem(self.tr("Last 12 months"), LAST_12)
        self.combo.addItem(self.tr("Date range"), RANGE)
        start = last_twelve_months(today).start
        self.date_from = ThaiDateEdit(QDate(start), self)
        self.date_to = ThaiDateEdit(QDate(today), self)
        self.error = QLabel(self)
        self.error.setObjectName(FIELD_ERROR)
        self.error.hide()
        label = QLabel(self.tr("&Period:"), self)
        label.setBuddy(self.combo)
        dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (label, self.combo, self.date_from, dash, self.date_to, self.error):
            layout.addWidget(widget)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(self.tr("From") if edit is self.date_from else self.tr("To"))
            edit.dateChanged.connect(self._dates_changed)
        self.combo.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

    def set_today(self, today: date) -> None:
        """A desk left open overnight: "last 12 months" moves on, and on 1 October the new
        fiscal year joins the list (whatever was chosen stays chosen)."""
        self._today = today
        newest = fiscal_year_be(today)
        if newest > self.combo.itemData(0):
            self.combo.blockSignals(True)
            self.combo.insertItem(0, self.tr("Fiscal year %1").replace(
                "%1", shown_fiscal_year(newest)), newest)
            self.combo.blockSignals(False)

    def _choice_changed(self, *_args) -> None:
        ranged = self.combo.currentData() == RANGE
        self.date_from.setEnabled(ranged)
        self.date_to.setEnabled(ranged)
        if not ranged:
            period = self.period()
            for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        self._check_and_emit()

    def _dates_changed(self, *_args) -> None:
        if self.combo.currentData() == RANGE:
            self._check_and_emit()

    def _check_and_emit(self) -> None:
        if self.combo.currentData() == RANGE and \
                self.date_from.date() > self.date_to.date():
            self.error.setText(self.tr("The first day is after the last day"))
            self.error.show()
            return
        self.error.hide()
        self.changed.emit()

    def choose_fiscal_year(self, year_be: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(year_be))

    def choose_last_twelve_months(self) -> None:
        self.combo.setCurrentIndex(self.combo.findData(LAST_12))

    def choose_range(self, start: date, end: date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        if self.combo.currentData() == RANGE:
            self._check_and_emit()
        else:
            self.combo.setCurrentIndex(self.combo.findData(RANGE))

    def is_valid(self) -> bool:
        return not self.error.isVisible() and not (
            self.combo.currentData() == RANGE and self.date_from.date() > self.date_to.date())

    def period(self) -> Period:
        """The days the figures count; the monthly chart spans the same months."""
        choice = self.combo.currentData()
        if choice == LAST_12:
            return last_twelve_months(self._today)
        if choice == RANGE:
            return Period(self.date_from.date().toPython(), self.date_to.date().toPython())
        return fiscal_year_period(int(choice))
