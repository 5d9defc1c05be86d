"""Settings: one window, a page list on the left (with a search box), the page on the right.

OK validates every page that was opened, jumps to the first page with a problem, and only
then saves them one after another; Apply does the same and stays; Cancel writes nothing (what
a page saved at once, such as a picture, it says so itself). What was saved is published once
on the window's ReferenceBus, so open screens follow without a restart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.services.changes import NOTHING, ChangeSet
from fondue_desk.services.views import OfficeView, UserView

from ..bus import ReferenceBus
from ..style import ERROR, HINT, PAGE_TITLE, mark_primary
from ..widgets.screen_fit import resize_within_screen
from ..widgets.vertical_scroll import VerticalScrollArea
from .page import SettingsContext, SettingsPage, page_classes

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

LIST_WIDTH = 210
_NAME = Qt.ItemDataRole.UserRole


class SettingsDialog(QDialog):
    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 bus: ReferenceBus | None = None, parent: QWidget | None = None, *,
                 page: str | None = None) -> None:
        super().__init__(parent)
        self.context = SettingsContext(db, office, user)
        self._bus = bus
        self._classes = {c.NAME: c for c in page_classes(self.context)}
        self._pages: dict[str, SettingsPage] = {}
        # Everything written so far (Apply, or at once by a page), published as it happens.
        self.saved_changes: ChangeSet = NOTHING
        self.setWindowTitle(self.tr("Settings"))
        resize_within_screen(self, 1240, 720)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search settings"))
        self.search.setClearButtonEnabled(True)
        self.page_list = QListWidget(self)
        self.page_list.setFixedWidth(LIST_WIDTH)
        self.page_list.setIconSize(QSize(16, 16))
        for cls in self._classes.values():
            item = QListWidgetItem(cls.title(), self.page_list)
            item.setData(_NAME, cls.NAME)
            item.setSizeHint(QSize(LIST_WIDTH - 8, 34))
        self.stack = QStackedWidget(self)
        self.page_title = QLabel(self)
        self.page_title.setObjectName(PAGE_TITLE)
        self.no_match = QLabel(self.tr("No settings page matches."), self)
        self.no_match.setObjectName(HINT)
        self.no_match.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("OK"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button = self.buttons.addButton(self.tr("Apply"),
                                                   QDialogButtonBox.ButtonRole.ApplyRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        mark_primary(self.ok_button)
        self.ok_button.clicked.connect(self.accept_settings)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        for button in (self.export_button, self.import_button, self.apply_button,
                       self.cancel_button):
            button.setAutoDefault(False)
        self._build_layout()

        self.page_list.currentItemChanged.connect(self._page_chosen)
        self.search.textChanged.connect(self.filter_pages)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self,
                  activated=self.search.setFocus)
        if not self.context.is_admin:  # a clerk only looks at the crews: nothing to save
            for button in (self.ok_button, self.apply_button, self.export_button,
                           self.import_button):
                button.hide()
            self.cancel_button.setText(self.tr("Close"))
        else:
            from .config_transfer import ConfigTransfer
            self.transfer = ConfigTransfer(self)
        self.show_page(page if page in self._classes else next(iter(self._classes), None))

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.page_list, 1)
        left.addWidget(self.no_match)
        right = QVBoxLayout()
        right.addWidget(self.page_title)
        # A page taller than the window (a 720 px laptop) scrolls instead of being squeezed.
        pages = VerticalScrollArea(self)
        pages.setWidget(self.stack)
        right.addWidget(pages, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addSpacing(8)
        body.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------------ pages
    def page_names(self) -> list[str]:
        return list(self._classes)

    def page(self, name: str) -> SettingsPage:
        """The page, built and loaded the first time it is asked for."""
        if name not in self._pages:
            page = self._classes[name](self.context, self.stack)
            page.load()
            page.changed_now.connect(self._written_at_once)
            self._pages[name] = page
            self.stack.addWidget(page)
        return self._pages[name]

    def opened_pages(self) -> list[SettingsPage]:
        return [self._pages[n] for n in self._classes if n in self._pages]

    def current_page(self) -> SettingsPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, SettingsPage) else None

    def show_page(self, name: str | None) -> SettingsPage | None:
        if name is None:
            return None
        for row in range(self.page_list.count()):
            if self.page_list.item(row).data(_NAME) == name:
                self.page_list.setCurrentRow(row)
        return self._pages.get(name)

    def _page_chosen(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            return
        page = self.page(item.data(_NAME))
        self.stack.setCurrentWidget(page)
        self.page_title.setText(page.title())

    def filter_pages(self, text: str) -> list[str]:
        """Show the pages whose title or texts contain `text`; returns their names."""
        needle = text.strip().casefold()
        shown = []
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            name = item.data(_NAME)
            hit = not needle or any(needle in t.casefold() for t in self.page(name).keywords())
            item.setHidden(not hit)
            if hit:
                shown.append(name)
        self.no_match.setVisible(not shown)
        current = self.page_list.currentItem()
        if shown and (current is None or current.isHidden()):
            self.show_page(shown[0])
        return shown

    # ------------------------------------------------------------------ OK / Apply
    def validate(self) -> SettingsPage | None:
        """Every opened page shows its problems; the first page with any is brought up."""
        failed = [page for page in self.opened_pages() if page.validate()]
        for row in range(self.page_list.count()):  # the pages to go back to, in red
            item = self.page_list.item(row)
            bad = any(page.NAME == item.data(_NAME) for page in failed)
            item.setForeground(QBrush(QColor(ERROR)) if bad else QBrush())
        if failed:
            self._bring_up(failed[0])
            return failed[0]
        return None

    def apply(self) -> bool:
        if not self.context.is_admin or self.validate() is not None:
            return False
        changes = NOTHING
        for page in self.opened_pages():
            saved = page.save()
            if saved is None:  # a service refused: the page says why, later pages wait
                self._publish(changes)
                self._bring_up(page)
                return False
            changes = changes | saved
        self._publish(changes)
        if changes:  # one page's save may show on another (a renamed category on Crews)
            for page in self.opened_pages():
                page.load()
        return True

    def accept_settings(self) -> None:
        if self.apply():
            self.accept()

    def _bring_up(self, page: SettingsPage) -> None:
        self.search.clear()
        self.show_page(page.NAME)
        widget = page.first_error_widget()
        if widget is not None:
            widget.setFocus()

    def _written_at_once(self, changes: ChangeSet) -> None:
        self._publish(changes)

    def _publish(self, changes: ChangeSet) -> None:
        if not changes:
            return
        self.saved_changes = self.saved_changes | changes
        if self._bus is not None:
            self._bus.publish(changes)
