"""Settings → Users: after how many idle minutes every desk of the office locks itself.

The rule is the core's (services.session_policy: whole minutes, 0 = never, at most a working
day); desks read it again within a minute, so no restart is needed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.services import session_policy
from fondue_desk.services.changes import NOTHING, ChangeSet
from fondue_desk.services.views import OfficeView, UserView

from ..messages import field_error_text
from ..style import HINT
from ..widgets.field_feedback import error_label

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


class IdleLockBox(QGroupBox):
    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shared counter PC"), parent)
        self._db = db
        self._office = office
        self._user = user
        self._stored: int | None = None
        self.minutes = QSpinBox(self)
        self.minutes.setRange(session_policy.NEVER, session_policy.MAX_IDLE_LOCK_MINUTES)
        self.minutes.setSpecialValueText(self.tr("never"))  # shown for 0
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Lock the desk after (minutes)"))
        hint = QLabel(self.tr("A desk nobody has touched for this long locks itself: its user "
                              "unlocks it with their password, or another user signs in. "
                              "0 means never. Every desk of the office follows it."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        self.error = error_label(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lock the desk after"), self))
        row.addWidget(self.minutes)
        row.addWidget(QLabel(self.tr("without keyboard or mouse"), self))
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(hint)
        column.addWidget(self.error)
        self.minutes.valueChanged.connect(lambda _value: self._show([]))

    def load(self) -> None:
        self._stored = session_policy.idle_lock_minutes(self._db, self._office.id)
        self.minutes.setValue(self._stored)
        self._show([])

    def validate(self) -> list[FieldError]:
        try:
            session_policy.checked_idle_lock_minutes(self.minutes.value())
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return list(exc.errors)
        self._show([])
        return []

    def save(self) -> ChangeSet | None:
        if self.minutes.value() == self._stored:
            return NOTHING
        try:
            self._stored = session_policy.save_idle_lock_minutes(self._db, self._user.id,
                                                                 self.minutes.value())
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        return NOTHING  # no page shows it; the desks' idle watchers read it again

    def _show(self, errors: list[FieldError]) -> None:
        self.error.setText(field_error_text(errors[0]) if errors else "")
        self.error.setVisible(bool(errors))
