"""What the desk shows between two users: the office, and the way back in (or out).

Nothing of the previous user's work is on it; the login dialog opens over it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fondue_desk.services.views import OfficeView

from ..dialogs.login_dialog import EMBLEM_SIZE, office_emblem
from ..labels import office_name
from ..style import HINT, PAGE_TITLE, mark_primary

SCREEN = "signedOutScreen"


class SignedOutScreen(QWidget):
    """`closing` as it closes (Exit or the window's close button): the desk is leaving."""

    sign_in_requested = Signal()
    closing = Signal()

    def __init__(self, office: OfficeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(SCREEN)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#{SCREEN} {{ background: #eef2f6; }}")
        self.setWindowTitle(self.tr("%1 — Fondue Desk").replace("%1", office_name(office)))
        emblem = QLabel(self)
        emblem.setPixmap(office_emblem(office, EMBLEM_SIZE * 2))
        emblem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel(office_name(office), self)
        name.setObjectName(PAGE_TITLE)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        said = QLabel(self.tr("Signed out. The next user signs in to start work."), self)
        said.setObjectName(HINT)
        said.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sign_in_button = QPushButton(self.tr("Sign in…"), self)
        mark_primary(self.sign_in_button)
        self.exit_button = QPushButton(self.tr("Exit"), self)
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.exit_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.exit_button)
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addWidget(emblem)
        column.addWidget(name)
        column.addWidget(said)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(3)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sign_in_requested.emit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.closing.emit()
        super().closeEvent(event)
