"""Send finished work back to the crew: the executive says what is still wrong (required), and
the complaints go back to "in progress" with that reason in their history."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.statuses import Status
from fondue_desk.services import signoff
from fondue_desk.services.signoff import Decision
from fondue_desk.services.signoff_queue import SignOffItem
from fondue_desk.services.views import UserView

from ..messages import error_text
from ..style import HINT
from ..widgets.field_feedback import FieldFeedback, error_label

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

RETURN_BUTTON = "returnButton"
REASON_LINES = 4


class ReturnDialog(QDialog):
    def __init__(self, db: Database, user: UserView, items: Sequence[SignOffItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._items = list(items)
        self.decision: Decision | None = None
        self.setWindowTitle(self.tr("Send back to the crew"))
        # A fixed width lets the wrapped texts say how tall the dialog must be (adjustSize).
        self.setFixedWidth(560)

        heading = QLabel(self.tr("Send %n complaint(s) back to the crew", "", len(self._items)),
                         self)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        numbers = QLabel(", ".join(i.tracking_no for i in self._items), self)
        numbers.setObjectName(HINT)
        numbers.setWordWrap(True)
        caption = QLabel(self.tr("What must the crew put right?"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. the lamp at the temple still does not "
                                               "light at night"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * REASON_LINES + 16)
        self.reason_error = error_label(self)
        explain = QLabel(self.tr("The reason is written in the complaint's history; the work "
                                 "goes back to \"in progress\" with the same crew."), self)
        explain.setObjectName(HINT)
        explain.setWordWrap(True)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        self.feedback.add("reason", self.reason, self.reason_error,
                          [self.reason.textChanged])
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.ok_button = QPushButton(self.tr("Send back"), self)
        self.ok_button.setObjectName(RETURN_BUTTON)
        self.ok_button.setStyleSheet(
            f"QPushButton#{RETURN_BUTTON} {{ background: #f2a900; color: #2b1d00; border: none;"
            " font-weight: bold; padding: 9px 22px; }"
            f"QPushButton#{RETURN_BUTTON}:hover {{ background: #d99700; }}")

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(numbers)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(explain)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.send_back)
        self.reason.setFocus()
        self.adjustSize()

    def reason_message(self) -> str:
        return self.feedback.message("reason")

    def general_message(self) -> str:
        return self.general_error.text() if not self.general_error.isHidden() else ""

    def send_back(self) -> Decision | None:
        try:
            # Every item the queue showed awaits sign-off; one decided since is refused by name.
            ids = [i.id for i in self._items]
            decision = signoff.return_to_crew(self._db, self._user.id, ids,
                                              self.reason.toPlainText(),
                                              expected_statuses=dict.fromkeys(
                                                  ids, Status.AWAITING_SIGNOFF.value))
        except InvalidInput as exc:
            first = self.feedback.show_errors(list(exc.errors))
            self.adjustSize()  # grow for the message rather than squeeze it under the box
            (first or self.reason).setFocus()
            return None
        except (Conflict, NotFound, PermissionDenied) as exc:
            self.feedback.clear_all()
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            self.adjustSize()
            return None
        self.decision = decision
        self.accept()
        return decision
