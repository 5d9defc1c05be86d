"""Signing in at the desk: the office's name and emblem, user name, password, Enter.

Whatever was wrong (no such user, wrong password, no password set yet), the dialog says the
same sentence: it must not tell a passer-by which user names exist.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, PermissionDenied
from fondue_desk.services.accounts import sign_in
from fondue_desk.services.views import OfficeView, UserView

from ..labels import office_name
from ..messages import field_error_text
from ..style import HINT, PAGE_TITLE, PRIMARY
from ..widgets.field_feedback import error_label
from .change_password_dialog import mark_primary

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

LAST_USERNAME_SETTING = "login/last_username"
EMBLEM_SIZE = 72
CARD = "loginCard"


def office_emblem(office: OfficeView, size: int = EMBLEM_SIZE) -> QPixmap:
    """The office's logo, or a plain round seal in the desk's colour when it has none."""
    logo = QPixmap()
    if office.logo_png and logo.loadFromData(office.logo_png):
        return logo.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    seal = QPixmap(size, size)
    seal.fill(Qt.GlobalColor.transparent)
    painter = QPainter(seal)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PRIMARY))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.setPen(QColor("white"))
    painter.drawEllipse(QRectF(6, 6, size - 12, size - 12))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(size // 3)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "FD")
    painter.end()
    return seal


class LoginDialog(QDialog):
    """After exec(): `result_user` is who signed in, `must_change_password` whether the
    password they used has to be replaced before work starts."""

    def __init__(self, db: Database, office: OfficeView, parent: QWidget | None = None, *,
                 username: str | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self.result_user: UserView | None = None
        self.must_change_password = False
        self.setWindowTitle(self.tr("Sign in — Fondue Desk"))

        self.username = QLineEdit(self)
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("e.g. clerk1"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        mark_primary(self.sign_in_button)  # the default button: Enter in either field signs in
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_card())
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.username.textEdited.connect(self._clear_error)
        self.password.textEdited.connect(self._clear_error)
        self._prefill(username)

    def _build_header(self) -> QHBoxLayout:
        emblem = QLabel(self)
        emblem.setPixmap(office_emblem(self._office))
        emblem.setFixedSize(EMBLEM_SIZE, EMBLEM_SIZE)
        self.office_name = QLabel(office_name(self._office), self)
        self.office_name.setObjectName(PAGE_TITLE)
        self.office_name.setWordWrap(True)
        subtitle = QLabel(self.tr("Complaint desk — sign in to continue"), self)
        subtitle.setObjectName(HINT)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addStretch(1)
        titles.addWidget(self.office_name)
        titles.addWidget(subtitle)
        titles.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(emblem, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)
        return header

    def _build_card(self) -> QFrame:
        card = QFrame(self)
        card.setObjectName(CARD)
        card.setStyleSheet(f"QFrame#{CARD} {{ background: white; border: 1px solid #dde3ea;"
                           " border-radius: 8px; }")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 16, 18, 14)
        inner.setSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.error)
        return card

    def _prefill(self, username: str | None) -> None:
        remembered = username or QSettings().value(LAST_USERNAME_SETTING, "") or ""
        self.username.setText(str(remembered))
        # Whoever sat here last is usually who sits here now: straight to the password.
        (self.password if remembered else self.username).setFocus()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def try_sign_in(self) -> UserView | None:
        username = self.username.text().strip()
        if not username:
            self._refuse(self.tr("Enter your user name."), self.username)
            return None
        if not self.password.text():  # not sent: an empty try would count as a failure
            self._refuse(self.tr("Enter your password."), self.password)
            return None
        try:
            result = sign_in(self._db, username, self.password.text())
        except PermissionDenied as exc:
            self.password.clear()
            self._refuse(field_error_text(FieldError("password", exc.code, exc.params)),
                         self.password)
            return None
        QSettings().setValue(LAST_USERNAME_SETTING, result.user.username)
        self.result_user = result.user
        self.must_change_password = result.must_change_password
        self.accept()
        return result.user

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        focus.setFocus()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
