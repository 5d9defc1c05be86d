"""File → Import from Traffy Fondue…: for whoever may log complaints (the core's rule for an
import); others see it greyed with the reason, so they know whom to ask."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from fondue_desk.domain.permissions import Action, can

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .import_dialog import TraffyImportDialog


def add_traffy_import_action(window: MainWindow, file_menu: QMenu) -> None:
    action = QAction(QCoreApplication.translate("MainWindow", "Import from Traffy Fondue…"),
                     window)
    action.triggered.connect(lambda _checked=False: open_traffy_import(window))
    allowed = can(window.user.role, Action.LOG_COMPLAINT)
    action.setEnabled(allowed)
    if not allowed:
        action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Only the counter staff and the admin import complaints."))
        file_menu.setToolTipsVisible(True)
    window.traffy_import_action = action
    file_menu.addAction(action)


def open_traffy_import(window: MainWindow) -> TraffyImportDialog:
    # Imported here: the import core is read only when someone imports.
    from .import_dialog import TraffyImportDialog

    dialog = TraffyImportDialog(window._db, window.office, window.user, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The register reads again, as after any other desk's save (MainWindow.data_changed).
    dialog.imported.connect(lambda _result: window.data_changed(None))
    dialog.imported.connect(lambda result: window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Traffy Fondue import: %1 added, %2 updated")
        .replace("%1", str(result.added)).replace("%2", str(result.updated)), 10_000))
    dialog.open()
    return dialog
