"""Settings → Users (admins): who may sign in, in which role; resets, unlocks, deactivation.

Nobody is ever deleted: a user's name stays on the complaints and work orders they handled,
so leaving the office means "Deactivate".
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, FondueError
from fondue_desk.services import accounts
from fondue_desk.services.accounts import UserAccountView
from fondue_desk.services.changes import ChangeSet

from ...dates import shown_time
from ...dialogs.user_edit_dialog import ResetPasswordDialog, UserEditDialog
from ...labels import role_label
from ...messages import error_text
from ...style import ERROR, HINT, MUTED
from ...widgets.history_timeline import short_datetime
from ..idle_lock_box import IdleLockBox
from ..page import SettingsContext, SettingsPage, settings_page

COLUMNS = 6  # name, user name, role, account, password, last sign-in
CELL_PADDING = 24


@settings_page
class UsersPage(SettingsPage):
    """Every action on a user is saved at once (through its own small dialog); OK saves only
    the office's idle-lock rule below the table."""

    NAME = "users"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Users")
    SORT_ORDER = 60
    KEYWORDS = ("password", "รหัสผ่าน", "role", "unlock", "idle", "lock", "ล็อกหน้าจอ")

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._accounts: list[UserAccountView] = []
        hint = QLabel(self.tr("Who can sign in at this office, and what each role may do. "
                              "Users are never deleted: deactivate those who have left."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Account"),
            self.tr("Password"), self.tr("Last sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 14)  # Thai marks above and below need room
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_user())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        actions = QVBoxLayout()
        for button, slot in ((self.add_button, self.add_user), (self.edit_button, self.edit_user),
                             (self.reset_button, self.reset_password),
                             (self.unlock_button, self.unlock),
                             (self.active_button, self.toggle_active)):
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.add_button, self.edit_button, self.reset_button,
                       self.unlock_button, self.active_button):
            button.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # The one thing on this page that waits for OK: the office's idle-lock rule.
        self.idle_lock = IdleLockBox(self._db, self._office, self._user, self)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.idle_lock)

    def load(self) -> None:
        self.refresh()
        self.idle_lock.load()

    def validate(self) -> list[FieldError]:
        return self.idle_lock.validate()

    def save(self) -> ChangeSet | None:
        return self.idle_lock.save()

    # ---- the table ----

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else getattr(self.selected(), "id", None)
        self._accounts = accounts.list_users(self._db, self._user.id)
        self.table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            for column, (text, colour) in enumerate(self._cells(account)):
                item = QTableWidgetItem(text)
                if colour:
                    item.setForeground(QColor(colour))
                self.table.setItem(row, column, item)
            if account.id == keep:
                self.table.selectRow(row)
        if self.selected() is None and self._accounts:
            self.table.selectRow(0)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Every column as wide as its text plus some air, and the table never narrower."""
        self.table.resizeColumnsToContents()
        widths = [self.table.columnWidth(c) + CELL_PADDING for c in range(COLUMNS)]
        for column, width in enumerate(widths[:-1]):  # the last one stretches
            self.table.setColumnWidth(column, width)
        self.table.setMinimumWidth(sum(widths) + 2 * self.table.frameWidth()
                                   + self.table.verticalScrollBar().sizeHint().width())

    def _cells(self, account: UserAccountView) -> list[tuple[str, str]]:
        inactive = "" if account.active else MUTED  # a greyed row: nobody signs in with it
        password, colour = self._password_state(account)
        return [(account.full_name, inactive), (account.username, inactive),
                (role_label(account.role), inactive),
                (self.tr("Active") if account.active else self.tr("Inactive"), inactive),
                (password, colour or inactive),
                (short_datetime(account.last_login_at) if account.last_login_at
                 else self.tr("Never"), inactive)]

    def _password_state(self, account: UserAccountView) -> tuple[str, str]:
        if account.locked and account.locked_until is not None:
            until = shown_time(account.locked_until)
            return self.tr("Locked until %1").replace("%1", until), ERROR
        if not account.has_password:
            return self.tr("Not set"), ERROR
        if account.must_change_password:
            return self.tr("Must change at next sign-in"), MUTED
        return self.tr("Set"), ""

    def selected(self) -> UserAccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._accounts[rows[0].row()] if rows else None

    def row_of(self, username: str) -> int:
        return next(i for i, a in enumerate(self._accounts) if a.username == username)

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(account is not None)
        self.unlock_button.setEnabled(account is not None and account.locked)
        if account is not None:
            self.active_button.setText(
                self.tr("Deactivate") if account.active else self.tr("Activate"))
            # Your own account stays: otherwise the office could lose its last administrator.
            self.active_button.setEnabled(account.id != self._user.id)

    # ---- actions ----

    def add_user(self) -> None:
        dialog = UserEditDialog(self._db, self._user, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh(dialog.saved)
            self._say(self.tr("%1 was added. They choose their own password at the first "
                              "sign-in.").replace("%1", dialog.username.text().strip()))

    def edit_user(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = UserEditDialog(self._db, self._user, account, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(account.id)
            self._say(self.tr("Saved the changes to %1.").replace("%1", account.username))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = ResetPasswordDialog(self._db, self._user, account, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(account.id)
            self._say(self.tr("New password set for %1. Give it to them in person; they must "
                              "change it at the next sign-in.").replace("%1", account.username))

    def unlock(self) -> None:
        account = self.selected()
        if account is not None and self._run(accounts.unlock_user, self._db, self._user.id,
                                             account.id):
            self.refresh(account.id)
            self._say(self.tr("%1 can sign in again.").replace("%1", account.username))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active and QMessageBox.question(
                self, self.tr("Deactivate user"),
                self.tr("Deactivate %1? They can no longer sign in; their name stays on the "
                        "work they did.").replace("%1", account.full_name),
        ) != QMessageBox.StandardButton.Yes:
            return
        if self._run(accounts.update_user, self._db, self._user.id, account.id,
                     full_name=account.full_name, position=account.position,
                     role=account.role, active=not account.active):
            self.refresh(account.id)
            text = (self.tr("%1 can no longer sign in.") if account.active
                    else self.tr("%1 can sign in again."))
            self._say(text.replace("%1", account.username))

    def _run(self, call, *args, **kwargs) -> bool:
        try:
            call(*args, **kwargs)
        except FondueError as exc:
            self._say(error_text(exc), error=True)
            return False
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR if error else MUTED};")
