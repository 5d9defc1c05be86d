"""Move a complaint to its next status, with the note the workflow asks for on some moves."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, RuleViolation
from fondue_desk.domain.statuses import Status
from fondue_desk.domain.workflow import NOTE_REQUIRED
from fondue_desk.services.views import ComplaintView, UserView
from fondue_desk.services.workflow import change_status, next_statuses

from ..labels import status_label
from ..style import HINT, mark_primary
from ..widgets.field_feedback import FieldFeedback, error_label

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

NOTE_LINES = 4


def note_required(from_status: str, to_status: str) -> bool:
    """Asked of the domain's own table, so the dialog can never disagree with the service."""
    return (Status(from_status), Status(to_status)) in NOTE_REQUIRED


class StatusChangeDialog(QDialog):
    """Radio buttons rather than a combo: there are at most four moves, all visible at once."""

    def __init__(self, db: Database, user: UserView, complaint: ComplaintView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._complaint = complaint
        self.changed: ComplaintView | None = None
        self.setWindowTitle(self.tr("Change status of %1").replace("%1", complaint.tracking_no))

        current = QLabel(self.tr("Now: %1").replace("%1", status_label(complaint.status)), self)
        current.setObjectName(HINT)
        self.choices = QButtonGroup(self)
        self._buttons: dict[str, QRadioButton] = {}
        for status in next_statuses(complaint.status, user.role):
            button = QRadioButton(status_label(status), self)
            self.choices.addButton(button)
            self._buttons[status] = button
        self.note_label = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * NOTE_LINES + 14)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        note_error = error_label(self)
        self.feedback.add("note", self.note, note_error, (self.note.textChanged,))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change status"))
        mark_primary(self.ok_button)
        # Spelled out: Qt's own Thai translation of "Cancel" is not on every office PC.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(current)
        layout.addWidget(QLabel(self.tr("New status:"), self))
        for button in self._buttons.values():
            layout.addWidget(button)
        layout.addSpacing(6)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(note_error)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

        self.choices.buttonToggled.connect(lambda *_: self._choice_changed())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._choice_changed()

    def button_for(self, status: str) -> QRadioButton:
        return self._buttons[status]

    def chosen(self) -> str | None:
        return next((s for s, b in self._buttons.items() if b.isChecked()), None)

    def note_is_required(self) -> bool:
        chosen = self.chosen()
        return chosen is not None and note_required(self._complaint.status, chosen)

    def error_text(self) -> str:
        return self.feedback.message("note") or (
            self.general_error.text() if not self.general_error.isHidden() else "")

    def _choice_changed(self) -> None:
        # Say a note is owed before the clerk presses the button, not only after.
        if self.note_is_required():
            self.note_label.setText(self.tr("Note (required for this change):"))
            self.note.setPlaceholderText(self.tr("Why? The citizen or the mayor will ask."))
        else:
            self.note_label.setText(self.tr("Note (optional):"))
            self.note.setPlaceholderText("")
        self.ok_button.setEnabled(self.chosen() is not None)

    def save(self) -> ComplaintView | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        try:
            # The status this dialog showed: a move by another desk since is refused by name.
            self.changed = change_status(self._db, self._user.id, self._complaint.id, chosen,
                                         self.note.toPlainText(),
                                         expected_status=self._complaint.status)
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        except RuleViolation as exc:  # the note is the only free text here: too long
            self._show([FieldError("note", exc.code, exc.params)])
            return None
        except Conflict as exc:  # another desk moved the complaint since this one opened
            self._show([FieldError("form", exc.code, dict(exc.params))])
            return None
        self.accept()
        return self.changed

    def _show(self, errors: list[FieldError]) -> None:
        first = self.feedback.show_errors(errors)
        if first is not None:
            first.setFocus()
