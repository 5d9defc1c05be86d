"""Summary, then Finish: the office, its villages, categories and admin in one transaction."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout

from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.domain.labels import category_name, village_name
from fondue_desk.domain.office_config import OfficeConfig
from fondue_desk.domain.office_naming import kind_label
from fondue_desk.services import reference
from fondue_desk.services.office_setup import create_office

from ..labels import ui_language
from ..messages import error_text, field_error_text
from ..style import FIELD_ERROR
from .pages import SetupOutcome, SetupPage, hint

SHOWN_VILLAGES = 12


class SetupSummaryPage(SetupPage):
    def __init__(self, setup) -> None:
        super().__init__(setup)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check the details. Finish creates the office and signs you "
                                 "in as its administrator."))
        self.setFinalPage(True)
        self.text = QTextBrowser(self)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter finishes, Back goes back
        self.error = QLabel(self)
        self.error.setObjectName(FIELD_ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint(self.tr("Everything here can be changed later in Settings."),
                              self))

    def nextId(self) -> int:
        return -1

    def initializePage(self) -> None:
        self.error.hide()
        self.text.setHtml(self._html(self.setup.config(), self.setup.admin_account().username))

    def validatePage(self) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = create_office(self.setup.db, self.setup.config(),
                                   self.setup.admin_account())
            office = reference.office(self.setup.db, result.office_id)
            user = reference.user(self.setup.db, result.admin_user_id)
        except InvalidInput as exc:
            self._show([f"{self._where(e)}: {field_error_text(e)}" for e in exc.errors])
            return False
        except FondueError as exc:
            self._show([error_text(exc)])
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.setup.finish_with(SetupOutcome(office, user))
        return True

    def _show(self, lines: list[str]) -> None:
        self.error.setText("\n".join(lines))
        self.error.show()

    def _where(self, error: FieldError) -> str:
        """Which page to go back to for a field the core refused at the last moment."""
        if error.field.startswith("villages"):
            return self.tr("Villages")
        if error.field.startswith(("categories", "crews")):
            return self.tr("Categories")
        if error.field.startswith("admin") or "signatory" in error.field:
            return self.tr("Administrator")
        return self.tr("Office")

    def _html(self, config: OfficeConfig, username: str) -> str:
        office = config.office
        rows = [
            (self.tr("Office"), office.name),
            (self.tr("Kind"), kind_label(office.kind, ui_language())),
            (self.tr("Address"), office.address),
            (self.tr("Phone"), office.phone),
            (self.tr("E-mail"), office.email),
            (self.tr("Document code"), office.document_code),
            (self.tr("Location"), "" if office.lat is None else f"{office.lat:.6f}, "
                                                              f"{office.lon:.6f}"),
            (self.tr("Emblem"), self.tr("chosen") if office.emblem_png else self.tr("none")),
            (self.tr("Administrator"), username.strip().lower()),
            (self.tr("Letters signed by"), " · ".join(
                p for p in (office.signatory_name, office.signatory_position) if p.strip())),
        ]
        lang = ui_language()  # the names as the desk will show them
        villages = ", ".join(f"{v.number} {village_name(v.name, v.name_en, lang)}"
                             for v in config.villages[:SHOWN_VILLAGES])
        if len(config.villages) > SHOWN_VILLAGES:
            villages += " …"
        rows.append((self.tr("Villages (%1)").replace("%1", str(len(config.villages))),
                     villages))
        active = [c for c in config.categories if c.active]
        rows.append((self.tr("Categories (%1)").replace("%1", str(len(active))), ", ".join(
            self.tr("%1 (%n day(s))", "", c.sla_days)
            .replace("%1", category_name(c.name_th, c.name_en, lang)) for c in active)))
        cells = "".join(
            f"<tr><td style='padding:3px 14px 3px 0; color:#5f6b7a'>{escape(label)}</td>"
            f"<td style='padding:3px 0'>{escape(value.strip()) or '—'}</td></tr>"
            for label, value in rows)
        return f"<table>{cells}</table>"
