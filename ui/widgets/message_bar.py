"""An inline message bar (like KDE's KMessageWidget): one line of news with an action button,
shown in the page instead of a dialog that would take the clerk's focus away."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ..style import PRIMARY, PRIMARY_DARK

BAR = "messageBar"
BAR_STYLE = f"""
QFrame#{BAR} {{
    background: #e3eefb; border: 1px solid #9fc0e8; border-left: 4px solid {PRIMARY};
    border-radius: 6px;
}}
QFrame#{BAR} QLabel {{ color: {PRIMARY_DARK}; background: transparent; border: none; }}
QFrame#{BAR} QToolButton {{
    border: none; background: transparent; color: {PRIMARY_DARK}; padding: 2px 6px;
    font-size: 12pt;
}}
QFrame#{BAR} QToolButton:hover {{ background: #cfe0f5; border-radius: 4px; }}
"""


class MessageBarWidget(QFrame):
    closed = Signal()  # hidden by its close button or by the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(BAR)
        self.setStyleSheet(BAR_STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.action_button = QPushButton(self)
        # Clicked with the mouse only: the keyboard has its own shortcut (e.g. Ctrl+Z), and
        # Tab must keep going round the form, not stop on a bar that comes and goes.
        self.action_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], object] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_message(self, text: str, action_text: str, action: Callable[[], object],
                     action_tip: str = "") -> None:
        self.text.setText(text)
        self.action_button.setText(action_text)
        self.action_button.setToolTip(action_tip)
        self._action = action
        self.show()

    def dismiss(self) -> None:
        if self.isVisible() or self._action is not None:
            self._action = None
            self.hide()
            self.closed.emit()

    def _run_action(self) -> None:
        action = self._action
        if action is not None:
            action()
