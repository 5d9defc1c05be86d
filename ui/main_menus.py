"""The main window's menus: each entry shown only to the roles that may use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from fondue_desk import __version__
from fondue_desk.domain.permissions import Action, can

from .backup.menu import add_backup_actions
from .dialogs.change_password_dialog import ChangePasswordDialog
from .dialogs.council_report_dialog import CouncilReportDialog
from .dialogs.outgoing_register_dialog import OutgoingRegisterDialog
from .language_switch import add_language_menu
from .settings.dialog import SettingsDialog
from .traffy.menu import add_traffy_import_action
from .traffy.sync_wiring import add_traffy_sync_action

if TYPE_CHECKING:
    from .main_window import MainWindow


def _action(
    window: MainWindow, text: str, slot, shortcut: QKeySequence | str | None = None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> None:
    role = window.user.role
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.letters_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Outgoing letters register…"),
        lambda: open_outgoing_register(window),
    )
    window.password_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Change password…"),
        lambda: ChangePasswordDialog(window._db, window.user, window).exec(),
    )
    file_menu.addAction(window.letters_action)
    add_traffy_import_action(window, file_menu)
    add_backup_actions(window, file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.password_action)
    # The shared counter PC: the next clerk signs in without closing the program; the desk's
    # session (ui/session/desk_session.py) connects it.
    window.sign_out_action = QAction(
        QCoreApplication.translate("MainWindow", "Sign out / switch user…"), window)
    window.sign_out_action.setShortcut(QKeySequence("Ctrl+L"))
    window.sign_out_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    file_menu.addAction(window.sign_out_action)
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "E&xit"),
            window.close,
            QKeySequence.StandardKey.Quit,
        )
    )

    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for row in range(window.navigation.count()):
        action = _action(
            window,
            window.navigation.item(row).text(),
            lambda r=row: window.show_page(r),
            f"Ctrl+{row + 1}",
        )
        # Window-wide, so Ctrl+2 works while the cursor sits in any form field.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        view_menu.addAction(action)
    view_menu.addSeparator()
    add_traffy_sync_action(window, view_menu)
    add_language_menu(window, view_menu)  # the session (language_switch.attach) connects it

    # Reading and printing are open to every role: the mayor takes the report to the council.
    reports_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Reports"))
    window.council_report_action = _action(
        window, QCoreApplication.translate("MainWindow", "Monthly council report…"),
        lambda: open_council_report(window))
    reports_menu.addAction(window.council_report_action)

    settings_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    # One Settings window; the entries below open it at their page. A clerk gets the crews
    # only, read-only.
    admin = can(role, Action.MANAGE_SETTINGS)
    window.settings_action = _action(
        window, QCoreApplication.translate("MainWindow", "Settings…"),
        lambda: open_settings(window), "Ctrl+,")
    window.settings_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    settings_menu.addAction(window.settings_action)
    settings_menu.addSeparator()
    for name, attribute, text, visible in (
            ("crews", "crews_action", QCoreApplication.translate("MainWindow", "Crews…"), True),
            ("users", "users_action", QCoreApplication.translate("MainWindow", "Users…"),
             can(role, Action.MANAGE_USERS) and admin),
            ("letters", "letters_settings_action",
             QCoreApplication.translate("MainWindow", "Letters…"), admin),
            ("map", "map_settings_action", QCoreApplication.translate("MainWindow", "Map…"),
             admin)):
        action = _action(window, text, lambda n=name: open_settings(window, n))
        action.setVisible(visible)
        setattr(window, attribute, action)
        settings_menu.addAction(action)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&About Fondue Desk"),
            lambda: show_about(window),
        )
    )
    window.show_about = lambda: show_about(window)


def open_outgoing_register(window: MainWindow) -> OutgoingRegisterDialog:
    dialog = OutgoingRegisterDialog(window._db, window.office, window.user, window)
    dialog.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    dialog.open()
    return dialog


def open_council_report(window: MainWindow) -> CouncilReportDialog:
    dialog = CouncilReportDialog(window._db, window.office, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_settings(window: MainWindow, page: str | None = None) -> SettingsDialog:
    """The Settings window at `page` (or its first); what it saves reaches every open page
    through the window's ReferenceBus."""
    dialog = SettingsDialog(window._db, window.office, window.user, window.reference_bus,
                            window, page=page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh read each time
    dialog.open()
    return dialog


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Fondue Desk"),
        QCoreApplication.translate(
            "MainWindow",
            "<b>Fondue Desk</b> %1<br>Complaint desk for Thai sub-district offices.<br>"
            "Thai font: Sarabun (SIL Open Font License).<br>"
            "Sub-district list: GeoThai (CC BY 4.0).",
        ).replace("%1", __version__),
    )
