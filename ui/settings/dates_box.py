"""Settings → Office: whether the English desk shows Buddhist-Era years.

The rule and its default are the core's (services.date_settings); the box shows it, saves it
with the page's OK / Apply and puts it in force on this desk at once (ui.dates).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from fondue_desk.domain.errors import FondueError
from fondue_desk.services import date_settings
from fondue_desk.services.changes import NOTHING, ChangeSet
from fondue_desk.services.views import OfficeView, UserView

from ..dates import use_english_be
from ..style import HINT
from ..widgets.field_feedback import error_label
from .texts import settings_refusal_text

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

# Dates are drawn wherever names are (registers, details, boards, dashboard): the pages that
# redraw for renamed labels redraw the dates too, and `office` makes other desks reload it.
REDRAW = ChangeSet(office=True, labels=True)


class DatesBox(QGroupBox):
    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dates"), parent)
        self._db = db
        self._office = office
        self._user = user
        self._stored: bool | None = None
        self.english_be = QCheckBox(
            self.tr("Show Buddhist-Era years in English (6 December 2569 BE)"), self)
        hint = QLabel(self.tr(
            "The English screens show Western years (6 Dec 2026) unless this is ticked. The "
            "Thai screens always show Buddhist-Era years, and documents keep their own dates."),
            self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        self.error = error_label(self)
        column = QVBoxLayout(self)
        column.addWidget(self.english_be)
        column.addWidget(hint)
        column.addWidget(self.error)

    def load(self) -> None:
        self._stored = date_settings.english_be_dates(self._db, self._office.id)
        self.english_be.setChecked(self._stored)
        self.error.hide()

    def save(self) -> ChangeSet | None:
        wanted = self.english_be.isChecked()
        if wanted == self._stored:
            return NOTHING
        try:
            self._stored = date_settings.set_english_be_dates(self._db, self._user.id, wanted)
        except FondueError as exc:
            self.error.setText(settings_refusal_text(exc))
            self.error.show()
            return None
        self.error.hide()
        use_english_be(self._stored)  # before the dialog publishes: open pages redraw with it
        return REDRAW
