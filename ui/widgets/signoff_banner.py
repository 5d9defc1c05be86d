"""The line that tells the executive what the last decision did, and offers its letters.

A banner rather than another message box: approving is already confirmed once, and the offer
to print stays there until the next decision, for when the printer is busy just now.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from fondue_desk.services.signoff import Decision

from ..template_problems import letter_problems_text

APPROVED_STYLE = """
QFrame#signoffBanner { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 8px; }
QFrame#signoffBanner QLabel { color: #1b5e20; font-size: 12pt; }
"""
RETURNED_STYLE = """
QFrame#signoffBanner { background: #fff4e0; border: 1px solid #f2c879; border-radius: 8px; }
QFrame#signoffBanner QLabel { color: #6b4500; font-size: 12pt; }
"""


def letter_numbers(numbers: list[str]) -> str:
    """"ชม 52101/7" or "ชม 52101/7 – ชม 52101/9": one approval numbers its letters in a row."""
    if len(numbers) <= 2:
        return ", ".join(numbers)
    return f"{numbers[0]} – {numbers[-1]}"


class SignOffBanner(QFrame):
    letters_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signoffBanner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.letters_button = QPushButton(self.tr("Preview and print letters…"), self)
        self.letters_button.setStyleSheet(
            "QPushButton { background: #2e7d32; color: white; border: none; font-weight: bold;"
            " padding: 8px 18px; font-size: 12pt; } QPushButton:hover { background: #1b5e20; }")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 8, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.letters_button)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.letters_button.clicked.connect(self.letters_requested)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_approval(self, decision: Decision) -> None:
        text = self.tr("Approved and closed %n complaint(s).", "", len(decision.complaints))
        if decision.letters:
            text += " " + self.tr("Closure letters numbered: %1").replace(
                "%1", letter_numbers([letter.document_no for letter in decision.letters]))
        else:
            text += " " + self.tr("No letters: the complaints were anonymous.")
        problems = letter_problems_text(decision.template_problems)
        if problems:  # now, while the letters can still be looked at before they go out
            text += " " + problems
        self._show(text, APPROVED_STYLE, bool(decision.letters))

    def show_return(self, decision: Decision) -> None:
        text = self.tr("Sent %n complaint(s) back to the crew.", "", len(decision.complaints))
        self._show(text, RETURNED_STYLE, False)

    def _show(self, text: str, style: str, offer_letters: bool) -> None:
        self.setStyleSheet(style)
        self.label.setText(text)
        self.letters_button.setVisible(offer_letters)
        self.show()

    def text(self) -> str:
        return self.label.text()
