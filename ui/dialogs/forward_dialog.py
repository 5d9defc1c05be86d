"""ส่งต่อ…: hand a complaint to another office on this server, or to an agency outside it with a
numbered forwarding letter (previewed for printing once saved)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.services import forwarding
from fondue_desk.services.views import ComplaintView, OfficeView, UserView

from ..style import HINT, mark_primary
from ..widgets.field_feedback import FieldFeedback, error_label
from .letter_preview_dialog import show_letters

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

NOTE_LINES = 4


class ForwardDialog(QDialog):
    """Office on this server first when there is one: the receiver then works it at once."""

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 complaint: ComplaintView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._office, self._user, self._complaint = db, office, user, complaint
        self.forwarded: forwarding.ForwardView | None = None
        self.setWindowTitle(self.tr("Forward %1").replace("%1", complaint.tracking_no))

        self.to_office = QRadioButton(self.tr("To an office on this server"), self)
        self.offices = QComboBox(self)
        for choice in forwarding.destinations(db, office.id):
            self.offices.addItem(choice.name, choice.id)
        self.to_agency = QRadioButton(
            self.tr("To an agency outside (prints a forwarding letter)"), self)
        self.agency = QLineEdit(self)
        self.agency.setPlaceholderText(self.tr("Addressed to, e.g. the district electricity "
                                               "office's manager"))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why is it theirs? This goes into both "
                                               "histories and the letter."))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * NOTE_LINES + 14)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        office_error, agency_error, reason_error = (error_label(self) for _ in range(3))
        self.feedback.add("to_office_id", self.offices, office_error,
                          (self.offices.currentIndexChanged,))
        self.feedback.add("agency", self.agency, agency_error, (self.agency.textChanged,))
        self.feedback.add("note", self.reason, reason_error, (self.reason.textChanged,))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Forward"))
        mark_primary(self.ok_button)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        hint = QLabel(self.tr("The complaint becomes “forwarded” here; its number still "
                              "finds it and says where it went."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        for widget in (hint, self.to_office, self.offices, office_error, self.to_agency,
                       self.agency, agency_error, QLabel(self.tr("Reason (required):"), self),
                       self.reason, reason_error, self.general_error, self.buttons):
            layout.addWidget(widget)
        self.resize(480, self.sizeHint().height())

        has_offices = self.offices.count() > 0
        self.to_office.setEnabled(has_offices)
        (self.to_office if has_offices else self.to_agency).setChecked(True)
        self.to_office.toggled.connect(self._choice_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._choice_changed()

    def _choice_changed(self) -> None:
        inside = self.to_office.isChecked()
        self.offices.setEnabled(inside)
        self.agency.setEnabled(not inside)
        (self.offices if inside else self.agency).setFocus()

    def save(self) -> forwarding.ForwardView | None:
        reason = self.reason.toPlainText()
        try:
            if self.to_office.isChecked():
                self.forwarded = forwarding.forward_to_office(
                    self._db, self._user.id, self._complaint.id, self.offices.currentData(),
                    reason)
            else:
                self.forwarded = forwarding.forward_to_agency(
                    self._db, self._user.id, self._complaint.id, self.agency.text(), reason)
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        except RuleViolation as exc:
            self._show([FieldError("note", exc.code, exc.params)])
            return None
        except (Conflict, NotFound) as exc:  # moved or forwarded meanwhile by another desk
            self._show([FieldError("form", exc.code, exc.params)])
            return None
        if self.forwarded.letter_id is not None:
            show_letters(self._db, self._office, [self.forwarded.letter_id], self.parentWidget(),
                         numbers=[self.forwarded.letter_document_no])
        self.accept()
        return self.forwarded

    def error_text(self) -> str:
        for name in ("to_office_id", "agency", "note"):
            if self.feedback.message(name):
                return self.feedback.message(name)
        return self.general_error.text() if not self.general_error.isHidden() else ""

    def _show(self, errors: list[FieldError]) -> None:
        first = self.feedback.show_errors(errors)
        if first is not None:
            first.setFocus()
