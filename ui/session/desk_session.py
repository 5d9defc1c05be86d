"""Who works at this desk now, on a PC the whole counter shares.

The session owns the main window of the signed-in user. Signing out (Ctrl+L) tears that window
down (its dialogs closed, the window hidden at once and deleted as soon as its background work
has stopped) and puts the signed-out screen with the login dialog in its place; whoever signs in
gets a new window built for their role. After the office's idle time the window locks: the
work stays under the lock screen for the same user and is discarded for anyone else.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSettings, QThread, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from fondue_desk.services import session_policy
from fondue_desk.services.views import OfficeView, UserView

from ..backup.auto_backup import AutoBackup
from ..dialogs.change_password_dialog import ChangePasswordDialog
from ..dialogs.login_dialog import LoginDialog
from ..language_switch import apply_desk_language, apply_user_language, attach
from ..main_window import GEOMETRY_SETTING, MainWindow
from ..widgets.signoff_table import ask
from .idle_watcher import IdleWatcher
from .lock_screen import LockScreen, owned_by
from .signed_out import SignedOutScreen

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

DELETE_RETRY_MS = 200


def has_unsaved_typing(window: MainWindow) -> bool:
    page = window.intake_page
    return page is not None and not page.form.is_blank()


class DeskSession(QObject):
    """`window` is the signed-in user's main window; None while signed out."""

    window_changed = Signal(object)  # the new MainWindow, or None when signed out
    locked = Signal()

    def __init__(self, db: Database, office: OfficeView, *,
                 idle_ms: Callable[[], int] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self.window: MainWindow | None = None
        self.lock_screen: LockScreen | None = None
        self.signed_out: SignedOutScreen | None = None
        self.login: LoginDialog | None = None
        self.password_change: ChangePasswordDialog | None = None
        self._veiled: list[QAction] = []
        self._closed = False
        self.watcher = IdleWatcher(idle_ms or self._office_idle_ms, self)
        self.watcher.idle.connect(self.lock)

    def _office_idle_ms(self) -> int:
        try:
            minutes = session_policy.idle_lock_minutes(self._db, self._office.id)
        except Exception:  # noqa: BLE001  (a busy or vanished database: keep the last rule)
            return self.watcher.limit
        return minutes * 60_000

    # ----------------------------------------------------------------- a user's window
    def start(self, user: UserView) -> MainWindow:
        """The user's window, where the previous one was; the previous one is torn down."""
        old = self.window
        if old is not None:
            QSettings().setValue(GEOMETRY_SETTING, old.saveGeometry())
        apply_user_language(user)  # their own language, else the desk's: before any widget
        window = MainWindow(self._db, self._office, user)
        window.destroyed.connect(lambda _obj=None, gone=window: self._forget(gone))
        attach(self, window)  # View → Language rebuilds the window through start()
        action = getattr(window, "sign_out_action", None)
        if action is not None:
            action.triggered.connect(lambda _checked=False: self.sign_out())
        window.show()  # before the old one goes: the desk is never without a window
        self.window = window
        self._retire(old)
        self._close_screen()
        self.watcher.start()
        self.window_changed.emit(window)
        return window

    def sign_out(self) -> bool:
        """Ctrl+L: False when the clerk chose to stay (unsaved typing) or nobody is in."""
        window = self.window
        if window is None or self.lock_screen is not None:
            return False
        if has_unsaved_typing(window) and not ask(
                window, self.tr("Sign out"),
                self.tr("The new complaint form holds typing that is not saved. Sign out "
                        "and throw it away?"), self.tr("Sign out")):
            return False
        self._leave(window)
        self.open_login()
        return True

    def _leave(self, window: MainWindow) -> None:
        """Nobody signed in: the signed-out screen where the window was, the window gone."""
        apply_desk_language()  # the next user signs in on the desk's language, not the last's
        self.show_signed_out(window.geometry(), login=False)
        self.watcher.stop()
        self.window = None
        self._retire(window)
        self.window_changed.emit(None)

    def _retire(self, window: MainWindow | None) -> None:
        """Tear the window down: nothing of its user's work stays visible or reachable."""
        if window is None:
            return
        QSettings().setValue(GEOMETRY_SETTING, window.saveGeometry())
        close_owned_windows(window)
        window.hide()
        # Not close(): closing is leaving the desk (the automatic backup); this is a change
        # of clerk. Deleted once its background work (a search, a backup) has stopped.
        self._delete_when_idle(window)

    def _delete_when_idle(self, window: QWidget) -> None:
        if any(thread.isRunning() for thread in window.findChildren(QThread)):
            QTimer.singleShot(DELETE_RETRY_MS, lambda: self._delete_when_idle(window))
            return
        window.deleteLater()

    # ----------------------------------------------------------------- signed out
    def show_signed_out(self, area: QRect | None = None, *, login: bool = True
                        ) -> LoginDialog | None:
        if self.signed_out is None:
            self.signed_out = SignedOutScreen(self._office)
            self.signed_out.sign_in_requested.connect(self.open_login)
            self.signed_out.closing.connect(self._leaving)
            if area is not None and area.isValid():
                self.signed_out.setGeometry(area)
            else:
                self.signed_out.resize(1280, 720)
            self.signed_out.show()
        return self.open_login() if login else None

    def _leaving(self) -> None:
        """The desk closes from the signed-out screen: the backup a closing window makes."""
        screen = self.signed_out
        if screen is None or self._closed:
            return
        self._closed = True
        if self.login is not None:
            self.login.done(QDialog.DialogCode.Rejected)
        AutoBackup(self._db, self._office, screen).run_on_close()

    def open_login(self) -> LoginDialog:
        if self.login is not None:
            self.login.raise_()
            return self.login
        login = LoginDialog(self._db, self._office, self.signed_out)
        login.username.clear()  # the next person is rarely the one who just left
        login.username.setFocus()
        login.accepted.connect(lambda: self._signed_in(login.result_user,
                                                       login.must_change_password))
        login.finished.connect(lambda _result: self._forget_login(login))
        self.login = login
        login.open()
        return login

    def _forget_login(self, login: LoginDialog) -> None:
        if self.login is login:
            self.login = None
        login.deleteLater()

    def _signed_in(self, user: UserView | None, must_change: bool) -> None:
        if user is None:
            return
        if not must_change:
            self.start(user)
            return
        change = ChangePasswordDialog(self._db, user, self.signed_out, forced=True)
        change.accepted.connect(lambda: self.start(user))
        change.finished.connect(lambda _result: change.deleteLater())
        self.password_change = change
        change.open()

    def _close_screen(self) -> None:
        screen, self.signed_out = self.signed_out, None
        if screen is not None:
            screen.hide()
            screen.deleteLater()

    def _forget(self, window: MainWindow) -> None:
        # Deleted from outside (the application quitting, a test closing it): the idle timer
        # must not lock a window that is gone.
        if self.window is window:
            self.window = None
            self.watcher.stop()

    # ----------------------------------------------------------------- locking
    def lock(self) -> LockScreen | None:
        window = self.window
        if window is None or self.lock_screen is not None:
            return self.lock_screen
        self.watcher.stop()
        self._veil(window, True)
        screen = LockScreen(self._db, self._office, window.user, window)
        screen.unlocked.connect(self._unlocked)
        screen.switched.connect(self._switched)
        self.lock_screen = screen
        screen.cover(window)
        self.locked.emit()
        return screen

    def _unlocked(self) -> None:
        self._drop_lock_screen()
        if self.window is not None:
            self._veil(self.window, False)
            self.window.activateWindow()
            self.watcher.start()

    def _switched(self, user: UserView, must_change: bool) -> None:
        self._drop_lock_screen()
        if not must_change:
            self.start(user)
            return
        if self.window is not None:  # their own password first, over the signed-out screen
            self._leave(self.window)
        self._signed_in(user, True)

    def _drop_lock_screen(self) -> None:
        screen, self.lock_screen = self.lock_screen, None
        if screen is not None:
            screen.hide()
            screen.deleteLater()

    def _veil(self, window: MainWindow, on: bool) -> None:
        """Hide the work (and switch its shortcuts off) while the lock screen is up."""
        for part in (window.centralWidget(), window.menuBar(), window.statusBar()):
            if part is not None:
                part.setVisible(not on)
        if on:
            self._veiled = [a for a in window.findChildren(QAction) if a.isEnabled()]
            for action in self._veiled:
                action.setEnabled(False)
        else:
            for action in self._veiled:
                action.setEnabled(True)
            self._veiled = []


def close_owned_windows(window: QWidget) -> None:
    """Every dialog or tool window the window owns, closed without asking (done(), not
    reject(): a dialog that asks before discarding must not hold the sign-out up)."""
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or not owned_by(window, widget):
            continue
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
        else:
            widget.close()


