"""The set-up assistant an empty database opens with: try the demo office, or set up ours.

Nothing is written until Finish: the demo office, or the office with its villages, categories
and first admin, is then created in one transaction, so cancelling leaves the database empty.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from fondue_desk.domain.office_config import AdminAccount, OfficeConfig
from fondue_desk.services.bootstrap import DEMO_COMPLAINTS

from .admin_page import SetupAdminPage
from .categories_page import SetupCategoriesPage
from .demo_page import SetupDemoPage
from .office_page import SetupOfficePage
from .pages import Page, SetupOutcome
from .summary_page import SetupSummaryPage
from .villages_page import SetupVillagesPage
from .welcome_page import SetupWelcomePage

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

DEFAULT_SIZE = QSize(960, 680)


class SetupWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 demo_complaints: int = DEMO_COMPLAINTS) -> None:
        super().__init__(parent)
        self.db = db
        self.demo_complaints = demo_complaints
        self.outcome: SetupOutcome | None = None
        # Off where the caller closes the assistant on purpose (the app quitting, tests).
        self.ask_before_leaving = True
        self.setWindowTitle(self.tr("Fondue Desk — set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # Spelled out: Qt's own Thai translation of the standard buttons is not on every PC.
        for which, text in ((QWizard.WizardButton.NextButton, self.tr("Next >")),
                            (QWizard.WizardButton.BackButton, self.tr("< Back")),
                            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(which, text)
        self.welcome = SetupWelcomePage(self)
        self.demo = SetupDemoPage(self)
        self.office = SetupOfficePage(self)
        self.villages = SetupVillagesPage(self)
        self.categories = SetupCategoriesPage(self)
        self.admin = SetupAdminPage(self)
        self.summary = SetupSummaryPage(self)
        for page_id, page in ((Page.WELCOME, self.welcome), (Page.DEMO, self.demo),
                              (Page.OFFICE, self.office), (Page.VILLAGES, self.villages),
                              (Page.CATEGORIES, self.categories), (Page.ADMIN, self.admin),
                              (Page.SUMMARY, self.summary)):
            self.setPage(page_id, page)
        self.setStartId(Page.WELCOME)
        self.resize(DEFAULT_SIZE)

    # ------------------------------------------------------------------ what was entered
    def config(self) -> OfficeConfig:
        """The office as the pages now describe it (checked by the core at Finish)."""
        base = self.categories.source_config()
        profile = self.office.form.values(base.office if base else None)
        profile = replace(profile, signatory_name=self.admin.signatory_name.text(),
                          signatory_position=self.admin.signatory_position.text())
        config = OfficeConfig(office=profile, villages=self.villages.specs(),
                              categories=self.categories.specs())
        if base is not None:  # crews, numbering and map settings come with a preset or file
            codes = {c.code for c in config.categories}
            # A category taken out of the table takes its crews' links with it.
            crews = tuple(replace(crew, categories=tuple(c for c in crew.categories if c in codes))
                          for crew in base.crews)
            config = replace(config, crews=crews, numbering=base.numbering, map=base.map)
        return config

    def admin_account(self) -> AdminAccount:
        return self.admin.account()

    def finish_with(self, outcome: SetupOutcome) -> None:
        self.outcome = outcome

    def reject(self) -> None:
        # Esc or Cancel: one stray key must not throw away a page of typing; the welcome
        # page holds nothing yet, so leaving from there needs no question.
        if (self.ask_before_leaving and self.currentId() not in (Page.WELCOME, -1)
                and not self._leave_confirmed()):
            return
        super().reject()

    def _leave_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Leave the set-up?"),
            self.tr("What you have entered is not saved, and the database stays empty. "
                    "Leave the set-up?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
