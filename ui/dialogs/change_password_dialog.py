"""Changing one's own password: the current one, the new one twice, the rules said up front.

`forced=True` is the first sign-in with a password someone else chose (a new account or an
admin's reset): work cannot start before it is replaced, so Cancel quits instead.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.passwords import MIN_LENGTH
from fondue_desk.services.accounts import change_password
from fondue_desk.services.views import UserView

from ..style import HINT, PAGE_TITLE, mark_primary
from ..widgets.field_feedback import FieldFeedback, error_label

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


NOTICE_STYLE = ("background: #fff4dc; border: 1px solid #f0c36d; border-radius: 6px; "
                "padding: 8px 10px; color: #4a3b00;")


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    field.setMinimumWidth(260)
    return field


def password_rules_text() -> str:
    """The rules in one line, shown before anyone types: cheaper than an error afterwards."""
    return QCoreApplication.translate(
        "ChangePasswordDialog", "At least %1 characters, without the user name. A short "
        "phrase is easy to remember and hard to guess.").replace("%1", str(MIN_LENGTH))


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, user: UserView, parent: QWidget | None = None, *,
                 forced: bool = False) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self.forced = forced
        self.setWindowTitle(self.tr("Change password"))

        title = QLabel(self.tr("Change password"), self)
        title.setObjectName(PAGE_TITLE)
        who = QLabel(self.tr("%1 (user name %2)").replace("%1", user.full_name)
                     .replace("%2", user.username), self)
        who.setObjectName(HINT)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(NOTICE_STYLE)
        if forced:
            self.explanation.setText(self.tr(
                "You must change your initial password before you start. Choose one that "
                "only you know."))
        self.explanation.setVisible(forced)

        self.current = password_field(self)
        self.new = password_field(self)
        self.confirmation = password_field(self)
        rules = QLabel(password_rules_text(), self)
        rules.setObjectName(HINT)
        rules.setWordWrap(True)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        for name, label, editor in (
                ("current_password", self.tr("Current password"), self.current),
                ("new_password", self.tr("New password"), self.new),
                ("confirmation", self.tr("New password again"), self.confirmation)):
            message = error_label(self)
            self.feedback.add(name, editor, message, (editor.textEdited,))
            form.addRow(label, editor)
            form.addRow("", message)
            if editor is self.new:
                form.addRow("", rules)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        mark_primary(self.ok_button)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Quit Fondue Desk") if forced else self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.current.setFocus()

    def message(self, field: str) -> str:
        return self.feedback.message(field)

    def save(self) -> bool:
        try:
            change_password(self._db, self._user.id, self.current.text(), self.new.text(),
                            self.confirmation.text())
        except InvalidInput as exc:
            first = self.feedback.show_errors(exc.errors)
            if first is not None:
                first.setFocus()
                if isinstance(first, QLineEdit):
                    first.selectAll()
            return False
        self.accept()
        return True
