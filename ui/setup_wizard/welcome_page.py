"""First page: try the demo office, or set up our own. Arrow keys choose, Enter goes on."""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout

from .pages import Page, SetupPage, hint

BIG = "QRadioButton { font-size: 13pt; font-weight: 600; padding: 6px 0; }"


class SetupWelcomePage(SetupPage):
    def __init__(self, setup) -> None:
        super().__init__(setup)
        self.setTitle(self.tr("Welcome to Fondue Desk"))
        self.setSubTitle(self.tr("This database is empty. How would you like to start?"))
        self.own = QRadioButton(self.tr("Set up our office"), self)
        self.try_demo = QRadioButton(self.tr("Try the demo office"), self)
        for button in (self.own, self.try_demo):
            button.setStyleSheet(BIG)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.own)
        self.choice.addButton(self.try_demo)
        self.own.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addWidget(hint(self.tr(
            "Enter your office's details, villages, complaint categories with their deadlines, "
            "and the first administrator's account. It takes a few minutes; everything can be "
            "changed later in Settings."), self))
        layout.addSpacing(18)
        layout.addWidget(self.try_demo)
        layout.addWidget(hint(self.tr(
            "An invented municipality with a year of complaints, to look around and train "
            "staff. Everything it prints is marked as a demo. Do not use it for real "
            "complaints."), self))
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.own.setFocus()

    def nextId(self) -> int:
        return Page.DEMO if self.try_demo.isChecked() else Page.OFFICE
