"""The main window's menus: each entry shown only to the roles that may use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from fondue_desk import __version__
from fondue_desk.domain.permissions import Action, can
from fondue_desk.services import reference

from .backup.menu import add_backup_actions
from .dialogs.change_password_dialog import ChangePasswordDialog
from .dialogs.crews_dialog import CrewsDialog
from .dialogs.letter_settings_dialog import LetterSettingsDialog
from .dialogs.map_settings_dialog import MapSettingsDialog
from .dialogs.outgoing_register_dialog import OutgoingRegisterDialog
from .dialogs.users_dialog import UsersDialog

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
    add_backup_actions(window, file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.password_action)
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

    settings_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    window.crews_action = _action(
        window, QCoreApplication.translate("MainWindow", "Crews…"), lambda: open_crews(window)
    )
    settings_menu.addAction(window.crews_action)  # read-only for those who may not change it
    window.map_settings_action = _action(
        window, QCoreApplication.translate("MainWindow", "Map…"), lambda: open_map_settings(window)
    )
    window.map_settings_action.setVisible(can(role, Action.MANAGE_SETTINGS))
    settings_menu.addAction(window.map_settings_action)
    window.letters_settings_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Letters…"),
        lambda: open_letter_settings(window),
    )
    window.letters_settings_action.setVisible(can(role, Action.MANAGE_SETTINGS))
    settings_menu.addAction(window.letters_settings_action)
    window.users_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Users…"),
        lambda: UsersDialog(window._db, window.office, window.user, window).exec(),
    )
    window.users_action.setVisible(can(role, Action.MANAGE_USERS))
    settings_menu.addAction(window.users_action)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&About Fondue Desk"),
            lambda: show_about(window),
        )
    )
    window.show_about = lambda: show_about(window)
    window.open_map_settings = lambda: open_map_settings(window)


def open_outgoing_register(window: MainWindow) -> OutgoingRegisterDialog:
    dialog = OutgoingRegisterDialog(window._db, window.office, window.user, window)
    dialog.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    dialog.open()
    return dialog


def open_crews(window: MainWindow) -> None:
    CrewsDialog(window._db, window.office, window.user, window).exec()
    window.crew_board_page.reload()  # names, leaders or phones may have changed


def open_letter_settings(window: MainWindow) -> None:
    dialog = LetterSettingsDialog(window._db, window.office, window.user, window)
    dialog.exec()
    if dialog.changed:  # the letterhead and receipts read the office again
        window.office = reference.office(window._db, window.office.id)


def open_map_settings(window: MainWindow) -> None:
    dialog = MapSettingsDialog(window._db, window.office, window.user, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    # A boundary import is saved at once, so even a cancelled dialog may have changed the map.
    if accepted or dialog.changed:
        window.map_page.reload_page()


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
