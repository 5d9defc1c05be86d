"""Settings → Users: the admin's list, adding, editing, resetting, unlocking, deactivating."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from fondue_desk.domain.errors import FieldError, PermissionDenied
from fondue_desk.domain.passwords import LOCKOUT_THRESHOLD
from fondue_desk.services import accounts, reference
from fondue_desk.services.demo_data import DEMO_PASSWORD, USERS
from ui.dialogs.user_edit_dialog import ResetPasswordDialog, UserEditDialog
from ui.labels import role_label
from ui.messages import error_text, field_error_text
from ui.settings.pages.users import UsersPage

from .keyboard import type_text
from .settings_helpers import open_settings

TEMPORARY = "ชั่วคราว-2569"


@pytest.fixture
def admin(db, demo_office):
    return reference.find_user(db, "admin")


@pytest.fixture
def users(qtbot, db, demo_office, admin):
    return open_settings(qtbot, db, demo_office, admin, "users").current_page()


def cell(dialog: UsersPage, username: str, column: int) -> str:
    return dialog.table.item(dialog.row_of(username), column).text()


def select(dialog: UsersPage, username: str) -> None:
    dialog.table.selectRow(dialog.row_of(username))


def answer(monkeypatch, dialog_class, fill) -> None:
    """Replace the sub-dialog's exec: fill its fields, press its OK, report what it did."""
    def exec_(dialog):
        fill(dialog)
        dialog.save()
        return dialog.result() or QDialog.DialogCode.Rejected
    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_lists_every_user_of_the_office_with_role_labels(users):
    assert users.table.rowCount() == len(USERS)
    for username, full_name, _position, role in USERS:
        assert cell(users, username, 0) == full_name
        assert cell(users, username, 2) == role_label(role)
    assert role_label("admin") != "admin"


def test_adding_a_user_checks_the_form_then_saves(qtbot, db, users, monkeypatch):
    dialog = UserEditDialog(db, users._user, None, users)
    qtbot.addWidget(dialog)
    type_text(dialog.username, "clerk1")
    type_text(dialog.full_name, "นางสาวพิมพ์ใจ สายสุข")
    type_text(dialog.password, "สั้น")
    type_text(dialog.confirmation, "สั้นๆ")
    assert dialog.save() is False
    assert dialog.feedback.message("username") == field_error_text(
        FieldError("username", "username.taken"))
    assert dialog.feedback.message("password") == field_error_text(
        FieldError("password", "password.too_short", {"min": 8}))
    assert dialog.feedback.message("confirmation") == field_error_text(
        FieldError("confirmation", "password.mismatch"))

    def fill(new: UserEditDialog) -> None:
        type_text(new.username, "pim.s")
        type_text(new.full_name, "นางสาวพิมพ์ใจ สายสุข")
        type_text(new.position, "เจ้าพนักงานธุรการ")
        new.role.setCurrentIndex(new.role.findData("crew_leader"))
        type_text(new.password, TEMPORARY)
        type_text(new.confirmation, TEMPORARY)

    answer(monkeypatch, UserEditDialog, fill)
    users.add_button.click()
    assert cell(users, "pim.s", 2) == role_label("crew_leader")
    assert users.selected().username == "pim.s"
    assert users.selected().must_change_password
    assert accounts.sign_in(db, "pim.s", TEMPORARY).must_change_password


def test_editing_changes_name_and_role(db, users, monkeypatch):
    def fill(dialog: UserEditDialog) -> None:
        assert dialog.username.isReadOnly()
        dialog.full_name.clear()
        type_text(dialog.full_name, "นายณัฐพล ศรีวิชัย (หัวหน้า)")
        dialog.role.setCurrentIndex(dialog.role.findData("mayor"))

    select(users, "clerk2")
    answer(monkeypatch, UserEditDialog, fill)
    users.edit_button.click()
    assert cell(users, "clerk2", 0) == "นายณัฐพล ศรีวิชัย (หัวหน้า)"
    assert reference.find_user(db, "clerk2").role == "mayor"


def test_resetting_a_password_forces_a_change_and_lifts_a_lock(db, users, monkeypatch):
    for _ in range(LOCKOUT_THRESHOLD):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(db, "clerk1", "wrong")
    users.refresh()
    select(users, "clerk1")
    assert users.unlock_button.isEnabled()

    def fill(dialog: ResetPasswordDialog) -> None:
        type_text(dialog.password, TEMPORARY)
        type_text(dialog.confirmation, TEMPORARY)

    answer(monkeypatch, ResetPasswordDialog, fill)
    users.reset_button.click()
    assert not users.selected().locked and users.selected().must_change_password
    assert not users.unlock_button.isEnabled()
    assert accounts.sign_in(db, "clerk1", TEMPORARY).must_change_password


def test_unlock_lets_a_locked_user_in_again(db, users):
    select(users, "crew1")
    assert not users.unlock_button.isEnabled()
    for _ in range(LOCKOUT_THRESHOLD):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(db, "crew1", "wrong")
    users.refresh()
    assert users.selected().username == "crew1" and users.selected().locked
    assert cell(users, "crew1", 4) != cell(users, "clerk1", 4)
    users.unlock_button.click()
    assert not users.selected().locked
    assert accounts.sign_in(db, "crew1", DEMO_PASSWORD).user.username == "crew1"


def test_deactivating_asks_first_and_the_admin_cannot_deactivate_themself(db, users,
                                                                          monkeypatch):
    select(users, "admin")
    assert not users.active_button.isEnabled()
    select(users, "clerk2")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    users.active_button.click()
    assert users.selected().active
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    users.active_button.click()
    assert not users.selected().active
    with pytest.raises(PermissionDenied):
        accounts.sign_in(db, "clerk2", DEMO_PASSWORD)
    users.active_button.click()  # now "Activate", no question asked
    assert users.selected().active


def test_the_admins_own_role_cannot_be_changed_here(qtbot, db, users, admin):
    dialog = UserEditDialog(db, admin, users._accounts[users.row_of("admin")], users)
    qtbot.addWidget(dialog)
    assert not dialog.role.isEnabled() and not dialog.active.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))  # were it forced anyway
    assert dialog.save() is False
    assert dialog.general_error.text() == error_text(
        accounts.Conflict("user.cannot_demote_self"))
