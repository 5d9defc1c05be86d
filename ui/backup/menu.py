"""The File menu's backup entries; main_menus calls add_backup_actions once."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from fondue_desk.domain.permissions import Action, can

from .actions import BackupActions

if TYPE_CHECKING:
    from ..main_window import MainWindow


def add_backup_actions(window: MainWindow, file_menu: QMenu) -> None:
    """File → Back up… (anyone: reading the register is open to all) and Restore… (the admin:
    it replaces everyone's data). Settings of the automatic backups live in Settings."""
    window.backup_actions = BackupActions(window)
    window.backup_action = QAction(
        QCoreApplication.translate("MainWindow", "&Back up…"), window)
    window.backup_action.triggered.connect(lambda _checked=False: window.backup_actions.back_up())
    # A backup saved by hand counts for the status bar too (the controller comes later, with
    # the status bar, so it is looked up when a backup is done).
    window.backup_actions.backup_done.connect(
        lambda info: window.backup_controller.record_manual(info))
    window.restore_action = QAction(
        QCoreApplication.translate("MainWindow", "&Restore from a backup…"), window)
    window.restore_action.triggered.connect(
        lambda _checked=False: window.backup_actions.restore())
    window.restore_action.setVisible(can(window.user.role, Action.MANAGE_SETTINGS))
    file_menu.addSeparator()
    file_menu.addAction(window.backup_action)
    file_menu.addAction(window.restore_action)
