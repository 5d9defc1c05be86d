"""The demo office: what it is, who signs in, and that each account must choose its password.

Finish creates it in one transaction; its users then sign in at the usual login dialog.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from fondue_desk.domain.errors import FondueError
from fondue_desk.domain.labels import office_name
from fondue_desk.services import reference
from fondue_desk.services.demo import create_demo_office
from fondue_desk.services.demo_data import DEMO_PASSWORD, OFFICE, USERS

from ..labels import role_label, ui_language
from ..messages import error_text
from ..widgets.field_feedback import error_label
from .pages import SetupOutcome, SetupPage, hint


class SetupDemoPage(SetupPage):
    def __init__(self, setup) -> None:
        super().__init__(setup)
        self.setTitle(self.tr("Try the demo office"))
        self.setSubTitle(self.tr("%1: invented people, villages and complaints.")
                         .replace("%1", office_name(str(OFFICE["name"]),
                                                    str(OFFICE["name_en"]), ui_language())))
        self.setFinalPage(True)
        self.users = QTableWidget(len(USERS), 3, self)
        self.users.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role")])
        for row, (username, full_name, _position, role) in enumerate(USERS):
            for column, text in enumerate((username, full_name, role_label(role.value))):
                self.users.setItem(row, column, QTableWidgetItem(text))
        self.users.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.users.verticalHeader().hide()
        self.users.horizontalHeader().setStretchLastSection(True)
        self.users.resizeColumnsToContents()
        self.users.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter goes straight to Finish
        self.password = QLabel(self.tr("Password of every demo account: %1")
                               .replace("%1", DEMO_PASSWORD), self)
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.users, 1)
        layout.addWidget(self.password)
        layout.addWidget(hint(self.tr(
            "The password is published, so each account must choose its own password at its "
            "first sign-in. Every page the demo prints says ตัวอย่าง / DEMO, and the window "
            "title and status bar say so too."), self))
        layout.addWidget(self.error)

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        """Finish: the demo office, in one transaction; its accounts must change passwords."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            create_demo_office(self.setup.db, complaints=self.setup.demo_complaints,
                               only_into_empty=True, passwords_must_change=True)
            office = reference.first_office(self.setup.db)
        except FondueError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        # Another desk may have set up the office meanwhile: whichever it is, it opens.
        self.setup.finish_with(SetupOutcome(office, None))
        return True
