"""The locked desk: who is signed in, their password to go on, or another user's to take over.

It covers the main window (and any dialog open on it) and is application-modal, so nothing
underneath can be read or reached. Whoever signs in decides what happens to the work there:
the same user finds it as they left it; another user starts afresh (the controller discards it).
Esc and the window's close button do nothing: only a password opens the desk again.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, PermissionDenied
from fondue_desk.services.accounts import sign_in
from fondue_desk.services.views import OfficeView, UserView

from ..dialogs.login_dialog import EMBLEM_SIZE, office_emblem
from ..labels import office_name as office_name_of
from ..messages import field_error_text
from ..style import HINT, PAGE_TITLE, mark_primary
from ..widgets.field_feedback import error_label

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

LOCK_SCREEN = "lockScreen"
CARD_STYLE = (f"QWidget#{LOCK_SCREEN} {{ background: #eef2f6; }}"
              " QFrame#lockCard { background: white; border: 1px solid #dde3ea;"
              " border-radius: 10px; }")
CARD_WIDTH = 520


def covered_area(window: QWidget) -> QRect:
    """The window and every visible window it owns (a dialog may stick out of it)."""
    area = window.frameGeometry()
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and owned_by(window, widget):
            area = area.united(widget.frameGeometry())
    return area


def owned_by(window: QWidget, widget: QWidget) -> bool:
    """Whether the widget's parents lead to the window (QWidget.isAncestorOf stops at a
    window's edge, and a dialog is a window of its own)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


class LockScreen(QDialog):
    """`unlocked`: the same user again. `switched(user, must_change_password)`: another one."""

    unlocked = Signal()
    switched = Signal(object, bool)

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 window: QWidget) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self._db = db
        self._user = user
        self._done = False
        self.setObjectName(LOCK_SCREEN)
        self.setStyleSheet(CARD_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Locked — Fondue Desk"))

        self.title = QLabel(self.tr("This desk is locked"), self)
        self.title.setObjectName(PAGE_TITLE)
        self.who = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", user.full_name)
                          .replace("%2", user.username), self)
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.explain = QLabel(self.tr("Enter your password to go on with your work. Someone "
                                      "else signs in with their own name; the work left "
                                      "open here is then closed without saving."), self)
        self.explain.setObjectName(HINT)
        self.explain.setWordWrap(True)
        self.username = QLineEdit(user.username, self)
        self.username.setMaxLength(60)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.error = error_label(self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        mark_primary(self.unlock_button)
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Switch user"), self)
        self.switch_button.setAutoDefault(False)
        self._build(office)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_user)
        self.username.textEdited.connect(self._name_edited)
        self.password.textEdited.connect(self._clear_error)
        self.password.setFocus()

    def _build(self, office: OfficeView) -> None:
        emblem = QLabel(self)
        emblem.setPixmap(office_emblem(office))
        emblem.setFixedSize(EMBLEM_SIZE, EMBLEM_SIZE)
        office_name = QLabel(office_name_of(office), self)
        office_name.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(office_name)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(emblem, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(CARD_WIDTH)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(12)
        inner.addLayout(top)
        inner.addWidget(self.who)
        inner.addWidget(self.explain)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def cover(self, window: QWidget) -> None:
        """Lie over the window and its dialogs, and take the keyboard."""
        self.setGeometry(covered_area(window))
        self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def switch_user(self) -> None:
        self.username.clear()
        self.password.clear()
        self._clear_error()
        self.username.setFocus()

    def try_unlock(self) -> UserView | None:
        name = self.username.text().strip()
        if not name:
            return self._refuse(self.tr("Enter your user name."), self.username)
        if not self.password.text():
            return self._refuse(self.tr("Enter your password."), self.password)
        try:
            result = sign_in(self._db, name, self.password.text())
        except PermissionDenied as exc:
            self.password.clear()
            return self._refuse(field_error_text(FieldError("password", exc.code, exc.params)),
                                self.password)
        self._done = True
        self.accept()
        if result.user.id == self._user.id:
            self.unlocked.emit()
        else:
            self.switched.emit(result.user, result.must_change_password)
        return result.user

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        focus.setFocus()

    def _name_edited(self) -> None:
        self._clear_error()
        is_owner = self.username.text().strip().casefold() == self._user.username.casefold()
        self.unlock_button.setText(self.tr("Unlock") if is_owner else self.tr("Sign in"))

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def reject(self) -> None:
        """Esc: stays locked."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_unlock()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        if not self._done:
            event.ignore()
            return
        super().closeEvent(event)
