"""Adding or editing one user, and an admin's password reset: the Users dialog's two forms."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.domain.statuses import Role
from fondue_desk.services import accounts
from fondue_desk.services.accounts import UserAccountView
from fondue_desk.services.views import UserView

from ..labels import roles
from ..style import HINT, mark_primary
from ..widgets.field_feedback import FieldFeedback, error_label
from .change_password_dialog import password_field, password_rules_text

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


class UserEditDialog(QDialog):
    """Add (account None: user name and a first password too) or edit one user."""

    def __init__(self, db: Database, actor: UserView, account: UserAccountView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._account = account
        self.saved: int | None = None
        adding = account is None
        self.setWindowTitle(self.tr("Add user") if adding else self.tr("Edit user"))
        self.username = QLineEdit(account.username if account else "", self)
        self.username.setReadOnly(not adding)  # on every work order and in the history
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("lower-case English, e.g. somsri.k"))
        self.full_name = QLineEdit(account.full_name if account else "", self)
        self.position = QLineEdit(account.position if account else "", self)
        self.role = QComboBox(self)
        for value, label in roles():
            self.role.addItem(label, value)
        self.role.setCurrentIndex(self.role.findData(account.role if account else Role.CLERK))
        self.active = QCheckBox(self.tr("May sign in (active)"), self)
        self.active.setChecked(account.active if account else True)
        self_edit = account is not None and account.id == actor.id
        self.role.setEnabled(not self_edit)
        self.active.setEnabled(not self_edit)
        self.password = password_field(self)
        self.confirmation = password_field(self)
        # Only what the form lays out may show: a first password when adding, "active" when
        # editing; the others stay hidden children rather than stray widgets in a corner.
        for widget, shown in ((self.password, adding), (self.confirmation, adding),
                              (self.active, not adding)):
            widget.setVisible(shown)

        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        rows = [("username", self.tr("User name"), self.username),
                ("full_name", self.tr("Full name"), self.full_name),
                ("position", self.tr("Position"), self.position),
                ("role", self.tr("Role"), self.role)]
        if adding:
            rows += [("password", self.tr("First password"), self.password),
                     ("confirmation", self.tr("First password again"), self.confirmation)]
        for name, label, editor in rows:
            message = error_label(self)
            signal = editor.currentIndexChanged if editor is self.role else editor.textEdited
            self.feedback.add(name, editor, message, (signal,))
            form.addRow(label, editor)
            form.addRow("", message)
        if adding:
            form.addRow("", _hint(self.tr("Give it to the user in person; they must choose "
                                          "their own at the first sign-in. ")
                                  + password_rules_text(), self))
        else:
            form.addRow("", self.active)
        if self_edit:
            form.addRow("", _hint(self.tr("Your own role and account stay as they are: another "
                                          "administrator can change them."), self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(_ok_cancel(self, self.tr("Add user") if adding else self.tr("Save"),
                                    self.save))
        self.setMinimumWidth(580)
        (self.username if adding else self.full_name).setFocus()

    def save(self) -> bool:
        try:
            if self._account is None:
                self.saved = accounts.create_user(
                    self._db, self._actor.id, self.username.text(), self.full_name.text(),
                    self.position.text(), self.role.currentData(), self.password.text(),
                    confirmation=self.confirmation.text()).id
            else:
                self.saved = accounts.update_user(
                    self._db, self._actor.id, self._account.id, full_name=self.full_name.text(),
                    position=self.position.text(), role=self.role.currentData(),
                    active=self.active.isChecked()).id
        except InvalidInput as exc:
            _show(self.feedback, exc.errors)
            return False
        except FondueError as exc:
            _show(self.feedback, [FieldError("form", exc.code, exc.params)])
            return False
        self.accept()
        return True


class ResetPasswordDialog(QDialog):
    """The admin types a temporary password; the user must replace it at the next sign-in."""

    def __init__(self, db: Database, actor: UserView, account: UserAccountView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._account = account
        self.setWindowTitle(self.tr("Reset password"))
        intro = QLabel(self.tr("A temporary password for %1 (%2). They must change it at the "
                               "next sign-in; this also lifts a lock.")
                       .replace("%1", account.full_name).replace("%2", account.username), self)
        intro.setWordWrap(True)
        self.password = password_field(self)
        self.confirmation = password_field(self)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        for name, label, editor in (
                ("new_password", self.tr("Temporary password"), self.password),
                ("confirmation", self.tr("Temporary password again"), self.confirmation)):
            message = error_label(self)
            self.feedback.add(name, editor, message, (editor.textEdited,))
            form.addRow(label, editor)
            form.addRow("", message)
        form.addRow("", _hint(password_rules_text(), self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(_ok_cancel(self, self.tr("Set password"), self.save))
        self.setMinimumWidth(580)
        self.password.setFocus()

    def save(self) -> bool:
        try:
            accounts.set_password(self._db, self._actor.id, self._account.id,
                                  self.password.text(), must_change=True,
                                  confirmation=self.confirmation.text())
        except InvalidInput as exc:
            _show(self.feedback, exc.errors)
            return False
        except FondueError as exc:
            _show(self.feedback, [FieldError("form", exc.code, exc.params)])
            return False
        self.accept()
        return True


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(HINT)
    label.setWordWrap(True)
    return label


def _ok_cancel(dialog: QDialog, ok_text: str, save) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    mark_primary(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("UserEditDialog", "Cancel"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _show(feedback: FieldFeedback, errors) -> None:
    first = feedback.show_errors(errors)
    if first is not None:
        first.setFocus()
