"""Signing in at the desk: the login dialog, the forced password change and the start-up flow."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from fondue_desk.domain.errors import FieldError, PermissionDenied
from fondue_desk.domain.passwords import LOCKOUT_MINUTES, LOCKOUT_THRESHOLD
from fondue_desk.services import accounts, reference
from fondue_desk.services.demo_data import DEMO_PASSWORD
from ui import app as app_module
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.login_dialog import LAST_USERNAME_SETTING, LoginDialog
from ui.main_window import MainWindow
from ui.messages import field_error_text

from .keyboard import type_text

FIRST_PASSWORD = "เริ่มต้น-2569"
OWN_PASSWORD = "ฝนตกหนัก สะพานขาด"


def message(code: str, **params) -> str:
    return field_error_text(FieldError("password", code, params))


@pytest.fixture
def login(qtbot, db, demo_office):
    def make(**kwargs) -> LoginDialog:
        dialog = LoginDialog(db, demo_office, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog
    return make


@pytest.fixture
def newcomer(db, demo_office):
    """A clerk the admin has just created: the first password must be replaced."""
    admin = reference.find_user(db, "admin")
    return accounts.create_user(db, admin.id, "pim.s", "นางสาวพิมพ์ใจ สายสุข",
                                "เจ้าพนักงานธุรการ", "clerk", FIRST_PASSWORD)


def sign_in_by_keyboard(qtbot, dialog: LoginDialog, username: str | None, password: str) -> None:
    if username is not None:
        dialog.username.clear()
        type_text(dialog.username, username)
        QTest.keyClick(dialog.username, Qt.Key.Key_Tab)
    type_text(dialog.password, password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)


def test_enter_signs_in_with_the_typed_user_name_and_password(qtbot, login):
    dialog = login()
    assert dialog.username.text() == "" and dialog.username.hasFocus()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    sign_in_by_keyboard(qtbot, dialog, "clerk2", DEMO_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_user.username == "clerk2"
    assert dialog.must_change_password is False


def test_the_office_name_heads_the_dialog(login, demo_office):
    assert login().office_name.text() == demo_office.name == "เทศบาลตำบลแม่เหียะ"


def test_a_wrong_password_is_said_and_cleared(qtbot, db, login):
    dialog = login()
    sign_in_by_keyboard(qtbot, dialog, "clerk1", "demo12345")
    assert dialog.isVisible() and dialog.result_user is None
    assert dialog.error_text() == message("auth.failed")
    assert dialog.password.text() == "" and dialog.password.hasFocus()
    assert dialog.username.text() == "clerk1"
    # Typing again takes the message away; the right password then gets in.
    type_text(dialog.password, DEMO_PASSWORD)
    assert dialog.error_text() == ""
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_unknown_user_gets_the_very_same_message(qtbot, login):
    dialog = login()
    sign_in_by_keyboard(qtbot, dialog, "nobody", DEMO_PASSWORD)
    assert dialog.error_text() == message("auth.failed")


def test_empty_fields_are_asked_for_without_counting_a_failure(qtbot, db, login):
    dialog = login()
    QTest.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.error_text() and dialog.username.hasFocus()
    type_text(dialog.username, "clerk1")
    QTest.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.error_text() and dialog.password.hasFocus()
    assert dialog.isVisible()
    accounts.sign_in(db, "clerk1", DEMO_PASSWORD)  # still fine, and nothing was counted


def test_a_locked_account_says_how_long_to_wait(qtbot, db, login):
    for _ in range(LOCKOUT_THRESHOLD):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(db, "clerk1", "wrong")
    dialog = login()
    sign_in_by_keyboard(qtbot, dialog, "clerk1", DEMO_PASSWORD)
    assert dialog.result_user is None
    assert dialog.error_text() == message("auth.locked", minutes=LOCKOUT_MINUTES)
    assert str(LOCKOUT_MINUTES) in dialog.error_text()


def test_the_last_user_name_is_remembered_and_the_password_gets_focus(qtbot, login):
    first = login()
    sign_in_by_keyboard(qtbot, first, "mayor", DEMO_PASSWORD)
    assert QSettings().value(LAST_USERNAME_SETTING) == "mayor"
    second = login()
    assert second.username.text() == "mayor"
    assert second.password.hasFocus()
    sign_in_by_keyboard(qtbot, second, None, DEMO_PASSWORD)
    assert second.result_user.username == "mayor"


def test_a_failed_sign_in_does_not_replace_the_remembered_name(qtbot, login):
    sign_in_by_keyboard(qtbot, login(), "clerk2", DEMO_PASSWORD)
    sign_in_by_keyboard(qtbot, login(), "nobody", DEMO_PASSWORD)
    assert QSettings().value(LAST_USERNAME_SETTING) == "clerk2"


def test_a_given_user_name_is_filled_in_but_the_password_is_still_asked(qtbot, login):
    dialog = login(username="crew1")
    assert dialog.username.text() == "crew1" and dialog.password.hasFocus()
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result_user is None and dialog.isVisible()


def test_a_new_user_must_replace_the_first_password_and_the_rules_hold(qtbot, db, login,
                                                                      newcomer):
    dialog = login()
    sign_in_by_keyboard(qtbot, dialog, "pim.s", FIRST_PASSWORD)
    assert dialog.result_user.id == newcomer.id and dialog.must_change_password

    change = ChangePasswordDialog(db, dialog.result_user, forced=True)
    qtbot.addWidget(change)
    change.show()
    qtbot.waitExposed(change)
    change.activateWindow()
    qtbot.waitUntil(change.isActiveWindow)
    assert change.explanation.isVisible() and change.current.hasFocus()

    def attempt(current: str, new: str, again: str) -> None:
        for field, text in ((change.current, current), (change.new, new),
                            (change.confirmation, again)):
            field.clear()
            type_text(field, text)
        QTest.keyClick(change.confirmation, Qt.Key.Key_Return)

    attempt(FIRST_PASSWORD, "สั้นไป", "สั้นไป")
    assert change.message("new_password") == field_error_text(
        FieldError("new_password", "password.too_short", {"min": 8}))
    assert change.new.hasFocus() and change.isVisible()
    attempt(FIRST_PASSWORD, "pim.s-2569", "pim.s-2569")
    assert change.message("new_password") == message("password.contains_username")
    attempt(FIRST_PASSWORD, FIRST_PASSWORD, FIRST_PASSWORD)
    assert change.message("new_password") == message("password.unchanged")
    attempt("wrong", OWN_PASSWORD, OWN_PASSWORD + "!")
    assert change.message("current_password") == message("password.wrong_current")
    assert change.message("confirmation") == message("password.mismatch")
    assert change.message("new_password") == ""
    assert change.current.hasFocus()

    attempt(FIRST_PASSWORD, OWN_PASSWORD, OWN_PASSWORD)
    assert change.result() == QDialog.DialogCode.Accepted
    assert accounts.sign_in(db, "pim.s", OWN_PASSWORD).must_change_password is False


def test_the_forced_change_offers_quitting_instead_of_cancel(qtbot, db, demo_office, clerk):
    forced = ChangePasswordDialog(db, clerk, forced=True)
    optional = ChangePasswordDialog(db, clerk)
    for dialog in (forced, optional):
        qtbot.addWidget(dialog)
    assert forced.cancel_button.text() != optional.cancel_button.text()
    assert not optional.explanation.isVisibleTo(optional)


# ---- the start-up flow ----

@pytest.fixture
def started(monkeypatch):
    """run_app with the dialogs answered by `answers` and the event loop replaced."""
    seen: dict[str, object] = {}
    answers: dict[str, object] = {"password": DEMO_PASSWORD, "change": None}

    def login_exec(dialog: LoginDialog) -> int:
        seen["prefilled"] = dialog.username.text()
        if answers.get("cancel_login"):
            return QDialog.DialogCode.Rejected
        if not dialog.username.text():
            dialog.username.setText(str(answers["username"]))
        dialog.password.setText(str(answers["password"]))
        dialog.try_sign_in()
        return dialog.result()

    def change_exec(dialog: ChangePasswordDialog) -> int:
        seen["forced"] = dialog.forced
        if answers["change"] is None:
            return QDialog.DialogCode.Rejected
        current, new = answers["change"]
        dialog.current.setText(current)
        dialog.new.setText(new)
        dialog.confirmation.setText(new)
        dialog.save()
        return dialog.result()

    def app_exec(_app) -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        seen["user"] = windows[0].user.username
        for window in windows:
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    monkeypatch.setattr(ChangePasswordDialog, "exec", change_exec)
    monkeypatch.setattr(QApplication, "exec", app_exec)
    return seen, answers


def test_run_app_signs_in_before_the_window_opens(db_url, demo_office, started):
    seen, answers = started
    answers["username"] = "clerk2"
    assert app_module.run_app(db_url=db_url, username=None, language="th") == 0
    assert seen["user"] == "clerk2"
    assert "forced" not in seen


def test_the_user_option_only_fills_in_the_name(db_url, demo_office, started):
    seen, answers = started
    answers["password"] = "not the password"
    assert app_module.run_app(db_url=db_url, username="mayor", language="th") == 0
    assert seen["prefilled"] == "mayor"
    assert "user" not in seen  # the window never opened on a wrong password


def test_cancelling_the_sign_in_leaves_quietly(db_url, demo_office, started):
    seen, answers = started
    answers["cancel_login"] = True
    assert app_module.run_app(db_url=db_url, username=None, language="th") == 0
    assert "user" not in seen


def test_a_forced_change_comes_first_and_quitting_it_leaves(db, db_url, newcomer, started):
    seen, answers = started
    answers.update(username="pim.s", password=FIRST_PASSWORD)
    assert app_module.run_app(db_url=db_url, username=None, language="th") == 0
    assert seen["forced"] is True and "user" not in seen

    answers["change"] = (FIRST_PASSWORD, OWN_PASSWORD)
    assert app_module.run_app(db_url=db_url, username=None, language="th") == 0
    assert seen["user"] == "pim.s"
    assert accounts.sign_in(db, "pim.s", OWN_PASSWORD).must_change_password is False
