"""The desk's one window: navigation on the left, the pages on the right, context below.

Which pages a user gets follows their role: the counter page only for those who log
complaints; the executive starts on the dashboard, a crew leader on the crew board.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from fondue_desk.documents.demo_mark import DEMO_MARK  # the same words as on paper
from fondue_desk.domain.permissions import Action, can
from fondue_desk.domain.statuses import Role
from fondue_desk.services.views import OfficeView, UserView

from .backup.auto_backup import AutoBackup
from .bus import ReferenceBus
from .dialogs.assign_dialog import AssignDialog
from .labels import office_name
from .live_refresh import follow_live_changes
from .main_menus import build_menus
from .pages.crew_board_page import CrewBoardPage
from .pages.dashboard_page import DashboardPage
from .pages.intake_page import IntakePage
from .pages.map_page import MapPage
from .pages.register_page import RegisterPage
from .pages.signoff_page import SignOffPage
from .settings.refresh import follow_reference_changes
from .style import NAVIGATION
from .traffy.sync_wiring import install_traffy_sync
from .widgets.elided_label import ElidedLabel
from .widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

GEOMETRY_SETTING = "main_window/geometry"
DEFAULT_SIZE = QSize(1280, 800)
NAV_WIDTH = 190
SP = QStyle.StandardPixmap
DEMO_BADGE_STYLE = ("QLabel { background: #ffb300; color: #3e2723; font-weight: 700; "
                    "border-radius: 4px; padding: 1px 10px; margin: 2px 6px; }")


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
        self._changed_by: set[QWidget | None] = set()
        self._refresh_pending = False
        self.setWindowTitle(self.tr("%1 — Fondue Desk").replace("%1", office_name(office))
                            + (f" — {DEMO_MARK}" if office.is_demo else ""))

        self.intake_page = (IntakePage(db, office, user, self)
                            if can(user.role, Action.LOG_COMPLAINT) else None)
        self.dashboard_page = DashboardPage(db, office, user, self)
        self.register_page = RegisterPage(db, office, user, self)
        self.map_page = MapPage(db, office, user, self)
        self.crew_board_page = CrewBoardPage(db, office, user, self)
        self.signoff_page = SignOffPage(db, office, user, self)
        self.pages = QStackedWidget(self)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName(NAVIGATION)
        self.navigation.setFixedWidth(NAV_WIDTH)
        self.navigation.setIconSize(QSize(20, 20))
        self._add_page(self.dashboard_page, self.tr("Dashboard"), SP.SP_FileDialogInfoView)
        if self.intake_page is not None:
            self._add_page(self.intake_page, self.tr("New complaint"), SP.SP_FileDialogNewFolder)
        self._add_page(self.register_page, self.tr("Register"), SP.SP_FileDialogDetailedView)
        self._add_page(self.map_page, self.tr("Map"), SP.SP_DriveNetIcon)
        self._add_page(self.crew_board_page, self.tr("Crews"), SP.SP_FileDialogListView)
        self._add_page(self.signoff_page, self.tr("Sign-off"), SP.SP_DialogApplyButton)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.reference_bus = ReferenceBus(self)  # Settings → every open page, no restart
        build_menus(self)
        self._build_status_bar(db)
        self._connect_pages()
        self._connect_map(db, office)
        follow_reference_changes(self)
        install_traffy_sync(self)  # the scheduler, the status-bar indicator
        self.live_refresh = follow_live_changes(self)  # other desks' saves, within 2 s
        self.show_page(self.pages.indexOf(self._first_page()))
        self._restore_geometry()

    def _first_page(self) -> QWidget:
        if self.user.role == Role.MAYOR:
            return self.dashboard_page
        if self.user.role == Role.CREW_LEADER:
            return self.crew_board_page
        return self.intake_page or self.register_page

    def _connect_pages(self) -> None:
        for page in (self.dashboard_page, self.intake_page, self.register_page,
                     self.crew_board_page, self.signoff_page):
            if page is not None:
                page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.dashboard_page.filter_requested.connect(self.open_filter_in_register)
        if self.intake_page is not None:
            self.intake_page.complaint_logged.connect(
                lambda _c: self.data_changed(self.intake_page))
        for page in (self.register_page, self.crew_board_page, self.signoff_page):
            page.complaint_changed.connect(lambda _id, source=page: self.data_changed(source))
        for page in (self.crew_board_page, self.signoff_page):
            page.complaint_requested.connect(self.open_in_register)

    def data_changed(self, source: QWidget | None = None) -> None:
        """A page changed complaints: the others read again, once per turn of the event loop
        (assigning 300 complaints reports 300 changes)."""
        self._changed_by.add(source)
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._refresh_pages)

    def _refresh_pages(self) -> None:
        sources, self._changed_by, self._refresh_pending = self._changed_by, set(), False
        # The page that made the change has already shown it, unless another one changed too.
        if sources != {self.register_page}:
            self.register_page.refresh()  # keeps its selection: refreshed even when hidden
        # The board and the queue read themselves when shown; a hidden one waits (at 300,000
        # complaints each read costs ~0.2 s, after every save at the counter).
        for page in (self.crew_board_page, self.signoff_page, self.dashboard_page):
            if sources != {page} and page.isVisible():
                page.reload()
        self.map_page.reload()

    def _connect_map(self, db: Database, office: OfficeView) -> None:
        if self.intake_page is not None:
            self.intake_page.form.map_button.enable(db, office)
        self.map_page.set_filter(self.register_page.current_filter())
        self.register_page.filter_changed.connect(self.map_page.set_filter)
        self.map_page.complaint_requested.connect(self.open_in_register)
        self.map_page.assign_requested.connect(self.assign_from_map)

    def assign_from_map(self, complaint_ids: list) -> AssignDialog:
        dialog = AssignDialog(self._db, self.office, self.user, list(complaint_ids), self)

        def assigned() -> None:
            if dialog.result is not None:
                self.map_page.clear_selection()
                self.data_changed()

        dialog.accepted.connect(assigned)
        dialog.open()
        return dialog

    def open_in_register(self, complaint_id: int) -> None:
        """The map's "open in the register": that row selected, or its details if filtered out."""
        if not self.register_page.select_complaint(complaint_id):
            self.register_page.detail.show_complaint(complaint_id)
        self.show_page(self.pages.indexOf(self.register_page))

    def open_filter_in_register(self, flt) -> None:
        """A dashboard figure's complaints: the register with that filter (its bar shows it)."""
        self.register_page.filter_bar.show_filter(flt)
        self.register_page.set_filter(flt)
        self.show_page(self.pages.indexOf(self.register_page))

    def _add_page(self, page: QWidget, title: str, icon: QStyle.StandardPixmap) -> None:
        self.pages.addWidget(page)
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setSizeHint(QSize(NAV_WIDTH - 16, 44))
        self.navigation.addItem(item)

    def _build_status_bar(self, db: Database) -> None:
        bar = self.statusBar()
        self.office_label = QLabel(office_name(self.office), self)
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.user.full_name), self)
        self.database_label = ElidedLabel(  # a path of any length must not widen the window
            self.tr("Database: %1").replace("%1", database_location(db.url)), self)
        for label in (self.office_label, self.user_label, self.database_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        # Age of the last good backup; daily backups while open, one more on close.
        self.backup_controller = AutoBackup(db, self.office, self)
        bar.addPermanentWidget(self.backup_controller.label)
        # A demo's complaints are invented: nobody may mistake its desk for the real one.
        self.demo_label = QLabel(DEMO_MARK, self)
        self.demo_label.setStyleSheet(DEMO_BADGE_STYLE)
        self.demo_label.setToolTip(self.tr("A demo office: invented data, not for real complaints"))
        self.demo_label.setVisible(self.office.is_demo)
        if self.office.is_demo:
            bar.insertPermanentWidget(0, self.demo_label)

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        self.pages.setCurrentIndex(row)
        current = self.pages.currentWidget()
        if current is self.intake_page:
            self.intake_page.form.category.setFocus()
        elif current is self.register_page:
            self.register_page.table.setFocus()

    def _restore_geometry(self) -> None:
        saved = QSettings().value(GEOMETRY_SETTING)
        if saved is None or not self.restoreGeometry(saved):
            resize_within_screen(self, DEFAULT_SIZE.width(), DEFAULT_SIZE.height())

    def closeEvent(self, event) -> None:  # noqa: N802  (Qt override)
        QSettings().setValue(GEOMETRY_SETTING, self.saveGeometry())
        self.backup_controller.run_on_close()
        super().closeEvent(event)
