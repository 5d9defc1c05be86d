"""The desk's one window: navigation on the left, the pages on the right, context below."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from fondue_desk import __version__
from fondue_desk.services.views import OfficeView, UserView

from .dialogs.map_settings_dialog import MapSettingsDialog
from .pages.intake_page import IntakePage
from .pages.map_page import MapPage
from .pages.register_page import RegisterPage
from .style import NAVIGATION

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

GEOMETRY_SETTING = "main_window/geometry"
DEFAULT_SIZE = QSize(1280, 800)
NAV_WIDTH = 190


def database_location(url: str) -> str:
    """Where the data lives, for people: a file path for SQLite, the URL without a password."""
    if url.startswith("sqlite"):
        return url.split(":///", 1)[-1] or url
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, office: OfficeView, user: UserView) -> None:
        super().__init__()
        self._db = db
        self.office = office
        self.user = user
        self.setWindowTitle(self.tr("%1 — Fondue Desk").replace("%1", office.name))

        self.intake_page = IntakePage(db, office, user, self)
        self.register_page = RegisterPage(db, office, user, self)
        self.map_page = MapPage(db, office, user, self)
        self.pages = QStackedWidget(self)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName(NAVIGATION)
        self.navigation.setFixedWidth(NAV_WIDTH)
        self.navigation.setIconSize(QSize(20, 20))
        self._add_page(self.intake_page, self.tr("New complaint"),
                       QStyle.StandardPixmap.SP_FileDialogNewFolder)
        self._add_page(self.register_page, self.tr("Register"),
                       QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self._add_page(self.map_page, self.tr("Map"), QStyle.StandardPixmap.SP_DriveNetIcon)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar(db)
        self.intake_page.complaint_logged.connect(lambda _complaint: self.register_page.refresh())
        self.intake_page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.register_page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._connect_map(db, office)
        self.show_page(0)
        self._restore_geometry()

    def _connect_map(self, db: Database, office: OfficeView) -> None:
        self.intake_page.form.map_button.enable(db, office)
        self.map_page.set_filter(self.register_page.current_filter())
        self.register_page.filter_changed.connect(self.map_page.set_filter)
        self.intake_page.complaint_logged.connect(lambda _complaint: self.map_page.reload())
        self.register_page.complaint_changed.connect(lambda _id: self.map_page.reload())
        self.map_page.complaint_requested.connect(self.open_in_register)

    def open_in_register(self, complaint_id: int) -> None:
        """The map's "open in the register": that row selected, or its details if filtered out."""
        if not self.register_page.select_complaint(complaint_id):
            self.register_page.detail.show_complaint(complaint_id)
        self.show_page(self.pages.indexOf(self.register_page))

    def _add_page(self, page: QWidget, title: str, icon: QStyle.StandardPixmap) -> None:
        self.pages.addWidget(page)
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setSizeHint(QSize(NAV_WIDTH - 16, 44))
        self.navigation.addItem(item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            # Window-wide, so Ctrl+2 works while the cursor sits in any form field.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, r=row: self.show_page(r))
            view_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.map_settings_action = QAction(self.tr("Map…"), self)
        self.map_settings_action.triggered.connect(self.open_map_settings)
        settings_menu.addAction(self.map_settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Fondue Desk"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self, db: Database) -> None:
        bar = self.statusBar()
        self.office_label = QLabel(self.office.name, self)
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.user.full_name), self)
        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", database_location(db.url)), self)
        for label in (self.office_label, self.user_label, self.database_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        self.pages.setCurrentIndex(row)
        if self.pages.currentWidget() is self.intake_page:
            self.intake_page.form.category.setFocus()
        elif self.pages.currentWidget() is self.register_page:
            self.register_page.table.setFocus()

    def open_map_settings(self) -> None:
        dialog = MapSettingsDialog(self._db, self.office, self.user, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        # A boundary import is saved at once, so even a cancelled dialog may have changed the map.
        if accepted or dialog.changed:
            self.map_page.reload_page()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Fondue Desk"),
            self.tr("<b>Fondue Desk</b> %1<br>Complaint desk for Thai sub-district offices.<br>"
                    "Thai font: Sarabun (SIL Open Font License).<br>"
                    "Sub-district list: GeoThai (CC BY 4.0).").replace("%1", __version__),
        )

    def _restore_geometry(self) -> None:
        saved = QSettings().value(GEOMETRY_SETTING)
        if saved is None or not self.restoreGeometry(saved):
            self.resize(DEFAULT_SIZE)

    def closeEvent(self, event) -> None:  # noqa: N802  (Qt override)
        QSettings().setValue(GEOMETRY_SETTING, self.saveGeometry())
        super().closeEvent(event)
