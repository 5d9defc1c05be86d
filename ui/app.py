"""Starting the desktop app, in small steps that tests and the screenshot script reuse."""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from fondue_desk.documents.fonts import FONT_FAMILY, font_files
from fondue_desk.documents.line_breaking import warm_up as warm_up_thai_words
from fondue_desk.domain.errors import FondueError, NotFound
from fondue_desk.services import bootstrap, reference
from fondue_desk.services.views import OfficeView, UserView

from .dialogs.change_password_dialog import ChangePasswordDialog
from .dialogs.login_dialog import LoginDialog
from .main_window import MainWindow, database_location
from .map.scheme import register_app_scheme
from .messages import error_text
from .session.desk_session import DeskSession
from .session.startup_progress import prepare_database
from .setup_wizard import SetupOutcome, SetupWizard
from .style import apply_style
from .translations import choose_language, install_translators, remove_translators

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

ORGANIZATION = "Fondue Desk"
APPLICATION = "fondue-desk"
FONT_POINT_SIZE = 10.5
_fonts_registered = False


class StartupError(Exception):
    """The desk cannot open; the message is already translated for the clerk."""


@dataclass(frozen=True)
class Desk:
    db: Database
    office: OfficeView
    user: UserView


def prepare_environment() -> None:
    # Chromium refuses to start as root without this; offices do run kiosks as root, and the
    # map view (QtWebEngine) must not take the whole app down with it.
    geteuid = getattr(os, "geteuid", None)
    if geteuid is not None and geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), fonts and style; reuses an existing one."""
    if QApplication.instance() is None:
        register_app_scheme()  # Chromium only learns of app:// before the application exists
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Fondue Desk")
    register_fonts(app)
    apply_style(app)


def register_fonts(app: QApplication) -> str:
    """Bundle Sarabun: office PCs may have no Thai font at all, and Qt would draw boxes."""
    global _fonts_registered
    if not _fonts_registered:  # Qt would add the same faces again on every call
        for path in font_files():
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                raise FileNotFoundError(f"bundled font missing or unreadable: {path}")
        _fonts_registered = True
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FONT_POINT_SIZE)
    app.setFont(font)
    return FONT_FAMILY


def open_office(db_url: str | None) -> tuple[Database, OfficeView | None]:
    """Open (and migrate) the database and find its office (None: empty), or StartupError.

    An empty database stays empty here: the set-up assistant fills it, never start-up itself.
    """
    url = bootstrap.resolve_database_url(db_url)
    try:
        db = bootstrap.open_database(url)
        office = bootstrap.find_office(db)
    except Exception as exc:  # any driver, file or migration failure means the same to a clerk
        raise _cannot_open(url, exc) from exc
    return db, office


def open_office_with_progress(db_url: str | None) -> tuple[Database, OfficeView | None]:
    """open_office behind a progress window: creating or upgrading a database off the GUI
    thread, saying what it does, so a first start never looks frozen."""
    url = bootstrap.resolve_database_url(db_url)
    try:
        return prepare_database(url, database_location(url))
    except Exception as exc:
        raise _cannot_open(url, exc) from exc


def _cannot_open(url: str, exc: Exception) -> StartupError:
    # A coded refusal (a newer program's database) is worded; a driver's failure is quoted.
    detail = error_text(exc) if isinstance(exc, FondueError) else str(exc)
    return StartupError(
        QCoreApplication.translate("Startup", "Cannot open the database:\n%1\n\n%2")
        .replace("%1", database_location(url)).replace("%2", detail))


def open_desk(db_url: str | None, username: str | None) -> Desk:
    """The office and a user without signing in: for tests and scripts, never for run_app."""
    db, office = open_office(db_url)
    if office is None:
        raise StartupError(QCoreApplication.translate(
            "Startup", "The database has no office yet. Start Fondue Desk to set one up."))
    user = _acting_user(db, office, username)
    return Desk(db, office, user)


def set_up_office(db: Database) -> SetupOutcome | None:
    """The set-up assistant on an empty database; None when it is left without finishing."""
    wizard = SetupWizard(db)
    try:
        return wizard.outcome if wizard.exec() == QDialog.DialogCode.Accepted else None
    finally:
        # Now, not at some later garbage collection (its pages' slots refer back to it): a
        # wizard left alive crashed Qt when the app style was set again (tests start the app
        # several times in one process).
        shiboken6.delete(wizard)


def start_desk(db: Database, office: OfficeView | None, username: str | None = None
               ) -> Desk | None:
    """Who works at this desk: the assistant's new admin, or whoever signs in; None to leave."""
    user: UserView | None = None
    if office is None:
        outcome = set_up_office(db)
        if outcome is None:  # cancelled: the database stays empty
            return None
        office, user = outcome.office, outcome.user
    if user is None:  # an existing office, or the demo: its users sign in as usual
        user = sign_in_at_desk(db, office, username)
    return None if user is None else Desk(db, office, user)


def sign_in_at_desk(db: Database, office: OfficeView, username: str | None = None
                    ) -> UserView | None:
    """The login dialog, then the forced password change if owed; None when either is left.

    `username` (from --user) only fills in the name: the password is asked all the same.
    """
    login = LoginDialog(db, office, username=username)
    if login.exec() != QDialog.DialogCode.Accepted or login.result_user is None:
        return None
    user = login.result_user
    if login.must_change_password:
        change = ChangePasswordDialog(db, user, forced=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return user


def _acting_user(db: Database, office: OfficeView, username: str | None) -> UserView:
    if username:
        try:
            return reference.find_user(db, username)
        except NotFound:
            raise StartupError(
                QCoreApplication.translate("Startup", "There is no active user named \"%1\".")
                .replace("%1", username)
            ) from None
    user = reference.default_counter_user(db, office.id)
    if user is None:
        raise StartupError(QCoreApplication.translate(
            "Startup", "The office has no active counter clerk. Start with --user NAME."))
    return user


def build_main_window(desk: Desk) -> MainWindow:
    return MainWindow(desk.db, desk.office, desk.user)


def run_app(db_url: str | None, username: str | None, language: str | None) -> int:
    prepare_environment()
    app = create_application()
    translators = install_translators(choose_language(language))
    try:
        try:
            db, office = open_office_with_progress(db_url)
        except StartupError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("Startup", "Fondue Desk cannot start"), str(exc))
            return 1
        # The Thai word dictionary takes ~0.5 s to load; do it while the clerk signs in,
        # not when the first citizen's receipt is printing.
        threading.Thread(target=warm_up_thai_words, name="thai-words", daemon=True).start()
        try:
            desk = start_desk(db, office, username)
            if desk is None:  # cancelled: leaving is not an error
                return 0
            # The session owns the window: signing out, switching user and the idle lock
            # replace it without leaving the program.
            session = DeskSession(db, desk.office)
            session.start(desk.user)
            return app.exec()
        finally:
            db.close()
    finally:
        remove_translators(translators)
