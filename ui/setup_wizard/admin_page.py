"""The first administrator (their own password, checked by the core) and who signs letters."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout

from fondue_desk.config.rules import checked_config
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.office_config import OFFICE_KINDS, AdminAccount, OfficeConfig, OfficeProfile
from fondue_desk.domain.office_naming import suggested_signatory_position
from fondue_desk.domain.passwords import password_problems
from fondue_desk.services.office_setup import checked_admin

from ..widgets.field_feedback import FieldFeedback, error_label
from .pages import SetupPage, hint, tab_order


class SetupAdminPage(SetupPage):
    def __init__(self, setup) -> None:
        super().__init__(setup)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account sets up users, categories and everything else. "
                                 "There is no default password: choose one now."))
        self._touched: set[str] = set()
        self._suggested_position = ""
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("e.g. somchai.k"))
        self.full_name = QLineEdit(self)
        self.position = QLineEdit(self)
        self.password = QLineEdit(self)
        self.confirmation = QLineEdit(self)
        for field in (self.password, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.signatory_name = QLineEdit(self)
        self.signatory_name.setPlaceholderText(self.tr("e.g. นายสมชาย ใจดี"))
        self.signatory_position = QLineEdit(self)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        self._layout()
        tab_order(self.username, self.full_name, self.position, self.password,
                  self.confirmation, self.signatory_name, self.signatory_position)

    def _layout(self) -> None:
        account = QGroupBox(self.tr("Administrator account"), self)
        account_form = QFormLayout(account)
        letters = QGroupBox(self.tr("Letters are signed by"), self)
        letters_form = QFormLayout(letters)
        rows = (
            (account_form, "admin.username", self.tr("User name"), self.username),
            (account_form, "admin.full_name", self.tr("Full name"), self.full_name),
            (account_form, "admin.position", self.tr("Position"), self.position),
            (account_form, "admin.password", self.tr("Password"), self.password),
            (account_form, "admin.confirmation", self.tr("Password again"), self.confirmation),
            (letters_form, "office.signatory_name", self.tr("Name"), self.signatory_name),
            (letters_form, "office.signatory_position", self.tr("Position"),
             self.signatory_position),
        )
        for form, field, label, editor in rows:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(editor)
            message = error_label(self)
            box.addWidget(message)
            form.addRow(label, box)
            self.feedback.add(field, editor, message)
            editor.textEdited.connect(lambda _t, f=field: self._edited(f))
        layout = QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(hint(self.tr(
            "At least 8 characters; a short phrase is easier to remember than symbols. User "
            "names are lower-case English letters, digits, dot, hyphen or underscore."), self))
        layout.addWidget(letters)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        suggestion = suggested_signatory_position(self.setup.office.form.values().name)
        if self.signatory_position.text().strip() in ("", self._suggested_position):
            self.signatory_position.setText(suggestion)
        self._suggested_position = suggestion
        self.username.setFocus()

    def account(self) -> AdminAccount:
        return AdminAccount(username=self.username.text(), password=self.password.text(),
                            full_name=self.full_name.text(), position=self.position.text())

    def problems(self) -> list[FieldError]:
        """The core's verdict on the account, and whether the password was typed twice alike."""
        errors: list[FieldError] = []
        try:
            checked_admin(self.account())
        except InvalidInput as exc:
            errors += exc.errors
        errors += [e for e in password_problems(
            self.password.text(), username=self.username.text(),
            confirmation=self.confirmation.text(), field="admin.password",
            confirmation_field="admin.confirmation") if e.field == "admin.confirmation"]
        signatory = OfficeProfile(kind=OFFICE_KINDS[2], name="-",
                                  signatory_name=self.signatory_name.text(),
                                  signatory_position=self.signatory_position.text())
        try:
            checked_config(OfficeConfig(office=signatory))
        except InvalidInput as exc:
            errors += [e for e in exc.errors if "signatory" in e.field]
        return errors

    def isComplete(self) -> bool:
        return not self.problems()

    def validatePage(self) -> bool:
        problems = self.problems()
        self._touched.update(e.field for e in problems)
        first = self.feedback.show_errors(problems)
        if first is not None:
            first.setFocus()
        return not problems

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        if field == "admin.password" and self.confirmation.text():
            self._touched.add("admin.confirmation")
        self.feedback.show_errors([e for e in self.problems() if e.field in self._touched])
        self.completeChanged.emit()
