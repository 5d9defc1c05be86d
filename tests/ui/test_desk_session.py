"""The shared counter PC: sign out and switch user without closing, lock when idle."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fondue_desk.services import accounts
from fondue_desk.services.demo_data import DEMO_PASSWORD
from ui.backup.auto_backup import AutoBackup
from ui.dialogs.outgoing_register_dialog import OutgoingRegisterDialog
from ui.main_menus import open_outgoing_register
from ui.session import desk_session
from ui.session.desk_session import DeskSession
from ui.session.idle_watcher import IdleWatcher

TYPED = "ถนนชำรุดเป็นหลุมลึก"


@pytest.fixture
def session(qtbot, db, demo_office):
    sessions = []

    def make(idle_ms: int = 0) -> DeskSession:
        made = DeskSession(db, demo_office, idle_ms=lambda: idle_ms)
        sessions.append(made)
        return made

    yield make
    for made in sessions:  # whatever each test left open
        made.watcher.stop()
        for widget in (made.window, made.signed_out, made.lock_screen, made.login):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()


def started(qtbot, session, user, idle_ms: int = 0):
    desk = session(idle_ms)
    window = desk.start(user)
    qtbot.waitExposed(window)
    return desk, window


def sign_in(dialog, username: str, password: str = DEMO_PASSWORD) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    (dialog.try_sign_in if hasattr(dialog, "try_sign_in") else dialog.try_unlock)()


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_ctrl_l_signs_out_and_another_user_gets_their_own_pages(qtbot, session, db,
                                                                demo_office, clerk):
    desk, window = started(qtbot, session, clerk)
    register = OutgoingRegisterDialog(db, demo_office, clerk, window)
    register.show()  # a dialog beside the work, as the pages open their viewers
    qtbot.waitExposed(register)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible())
    # Nothing of the clerk's stays: the window and its dialogs are gone from the screen.
    assert desk.window is None and not window.isVisible() and not register.isVisible()
    assert desk.signed_out.isVisible()
    assert set(visible_windows()) == {desk.signed_out, desk.login}
    assert desk.login.username.text() == ""  # the next person types their own name
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # deleted, not kept around

    sign_in(desk.login, "mayor")
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
    assert desk.window.user.username == "mayor"
    assert desk.window.intake_page is None
    assert desk.window.pages.currentWidget() is desk.window.dashboard_page
    assert desk.signed_out is None and desk.watcher.running


def test_a_wrong_password_after_sign_out_keeps_everyone_out(qtbot, session, clerk):
    desk, _window = started(qtbot, session, clerk)
    assert desk.sign_out()
    sign_in(desk.login, "mayor", "not the password")
    assert desk.window is None and desk.login.isVisible()
    assert not desk.login.error.isHidden()


def test_unsaved_typing_is_asked_about_before_signing_out(qtbot, session, clerk, monkeypatch):
    desk, window = started(qtbot, session, clerk)
    window.intake_page.form.description.setPlainText(TYPED)
    asked = []
    monkeypatch.setattr(desk_session, "ask", lambda *args: asked.append(args[2]) or False)
    assert not desk.sign_out()
    assert desk.window is window and window.isVisible() and asked
    assert window.intake_page.form.description.toPlainText() == TYPED

    monkeypatch.setattr(desk_session, "ask", lambda *_args: True)
    assert desk.sign_out() and desk.window is None


def test_an_idle_desk_locks_and_its_user_finds_the_work_as_left(qtbot, session, clerk):
    desk, window = started(qtbot, session, clerk, idle_ms=300)
    window.intake_page.form.description.setPlainText(TYPED)
    register = open_outgoing_register(window)  # a window-modal dialog: the lock still comes
    qtbot.waitUntil(lambda: desk.lock_screen is not None and desk.lock_screen.isVisible())
    lock = desk.lock_screen
    assert clerk.full_name in lock.who.text() and lock.title.text() == "หน้าจอนี้ถูกล็อก"
    assert window.centralWidget().isHidden() and window.menuBar().isHidden()
    assert not window.sign_out_action.isEnabled()  # no shortcut works under the lock
    assert lock.geometry().contains(window.geometry())

    QTest.keyClick(lock, Qt.Key.Key_Escape)  # Esc does not open the desk
    assert lock.isVisible() and desk.lock_screen is lock
    sign_in(lock, clerk.username, "wrong")
    assert desk.lock_screen is lock and not lock.error.isHidden()

    sign_in(lock, clerk.username)
    assert desk.lock_screen is None and desk.window is window
    assert window.centralWidget().isVisible() and window.sign_out_action.isEnabled()
    assert window.intake_page.form.description.toPlainText() == TYPED
    assert register.isVisible()  # the same user: the dialog waits where it was
    assert desk.watcher.running


def test_another_user_at_the_lock_screen_discards_the_work(qtbot, session, clerk):
    desk, window = started(qtbot, session, clerk, idle_ms=300)
    window.intake_page.form.description.setPlainText(TYPED)
    register = open_outgoing_register(window)
    qtbot.waitUntil(lambda: desk.lock_screen is not None)
    desk.lock_screen.switch_user()
    sign_in(desk.lock_screen, "clerk2")
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
    assert desk.window is not window and desk.window.user.username == "clerk2"
    assert desk.window.intake_page.form.description.toPlainText() == ""
    assert not register.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))


def test_input_keeps_the_desk_open_and_the_lock_counts_from_the_last_input(qtbot, session,
                                                                           clerk):
    desk, window = started(qtbot, session, clerk, idle_ms=600)
    since = QElapsedTimer()
    since.start()
    qtbot.waitUntil(lambda: since.elapsed() > 350)
    # Through the window, as a real key press arrives (the watcher listens to windows).
    window.intake_page.form.description.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)
    typed = QElapsedTimer()
    typed.start()
    assert desk.lock_screen is None
    qtbot.waitUntil(lambda: desk.lock_screen is not None)
    assert typed.elapsed() >= 550  # not 600 ms after the start: after the key


def test_zero_minutes_never_locks_and_a_changed_rule_applies_without_restarting(qtbot):
    rule = [0]
    fired = []
    watcher = IdleWatcher(lambda: rule[0], recheck_ms=50)
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    clock = QElapsedTimer()
    clock.start()
    reads = []
    watcher._limit_ms = lambda: reads.append(clock.elapsed()) or rule[0]
    qtbot.waitUntil(lambda: len(reads) >= 4)  # read again and again, never firing
    assert not fired and watcher.running
    rule[0] = 120  # the admin switches the lock on at another desk
    qtbot.waitUntil(lambda: bool(fired))
    assert not watcher.running


def test_a_new_user_at_the_lock_screen_replaces_their_first_password_first(qtbot, db, session,
                                                                            clerk, admin):
    first, own = "เริ่มต้น-2569", "ฝนตกหนัก สะพานขาด"
    accounts.create_user(db, admin.id, "pim.s", "นางสาวพิมพ์ใจ สายสุข", "เจ้าพนักงานธุรการ",
                         "clerk", first)
    desk, window = started(qtbot, session, clerk, idle_ms=300)
    qtbot.waitUntil(lambda: desk.lock_screen is not None)
    desk.lock_screen.switch_user()
    sign_in(desk.lock_screen, "pim.s", first)
    change = desk.password_change
    assert desk.window is None and change.isVisible() and change.forced
    assert desk.signed_out.isVisible() and not window.isVisible()
    change.current.setText(first)
    change.new.setText(own)
    change.confirmation.setText(own)
    change.save()
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
    assert desk.window.user.username == "pim.s"


def test_exit_from_the_signed_out_screen_makes_the_closing_backup(qtbot, session, clerk,
                                                                  monkeypatch):
    made = []
    monkeypatch.setattr(AutoBackup, "run_on_close", lambda self: made.append(self))
    desk, _window = started(qtbot, session, clerk)
    desk.sign_out()
    qtbot.mouseClick(desk.signed_out.exit_button, Qt.MouseButton.LeftButton)
    assert len(made) == 1 and desk.login is None
