"""The detail pane's duplicate line: "Duplicate of 2570-000123" on a child (with "Split off"),
"Duplicates: 2570-000124, 2570-000125" on a parent; each number opens that complaint."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fondue_desk.domain.errors import Conflict, FondueError
from fondue_desk.domain.permissions import Action, can
from fondue_desk.services import duplicates
from fondue_desk.services.duplicates import DuplicateLink
from fondue_desk.services.views import OfficeView, UserView

from ..labels import status_label
from ..messages import error_text
from ..style import PRIMARY

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


class DuplicateLinksWidget(QWidget):
    open_requested = Signal(int)     # the complaint a number names
    complaint_changed = Signal(int)  # split off: the child's id (its former parent changed too)
    message = Signal(str)

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._complaint_id: int | None = None
        self._tracking_no = ""
        self._parent: DuplicateLink | None = None
        self._children: tuple[DuplicateLink, ...] = ()
        self._held: list[QPushButton] = []  # greyed while a duplicate is shown
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(lambda link: self.open_requested.emit(int(link)))
        self.split_button = QPushButton(self.tr("Split off"), self)
        self.split_button.setToolTip(self.tr(
            "Make this a complaint of its own again; its history stays (Ctrl+Shift+U in the "
            "register)"))
        self.split_button.clicked.connect(self.split_off)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_complaint(self, complaint_id: int | None, tracking_no: str = "") -> None:
        self._complaint_id = complaint_id
        self._tracking_no = tracking_no
        if complaint_id is None:
            self._parent, self._children = None, ()
        else:
            self._parent, self._children = duplicates.links(
                self._db, complaint_id, office_id=self._office.id)
        self._show()

    def hold_for_parent(self, buttons: list[QPushButton]) -> None:
        """A duplicate moves only with its parent: grey these actions with the reason (the
        core refuses them too), so nobody fills a dialog only to be refused. Call after the
        pane has set them up for the complaint shown."""
        for button in self._held:
            button.setEnabled(True)
            button.setToolTip("")
        self._held = []
        if self._parent is None:
            return
        reason = error_text(Conflict("duplicate.follows_parent", tracking_no=self._tracking_no,
                                     parent_tracking_no=self._parent.tracking_no))
        for button in buttons:
            button.setEnabled(False)
            button.setToolTip(reason)
            self._held.append(button)

    def parent_link(self) -> DuplicateLink | None:
        return self._parent

    def child_links(self) -> tuple[DuplicateLink, ...]:
        return self._children

    def text(self) -> str:
        """What the line says, without its markup (tests, copying)."""
        return self.label.text() and _plain(self.label.text())

    def _show(self) -> None:
        if self._parent is not None:
            self.label.setText(self.tr("Duplicate of %1: follows its status").replace(
                "%1", _link(self._parent)))
        elif self._children:
            numbers = ", ".join(_link(c) for c in self._children)
            self.label.setText(self.tr("Duplicates (%n): %1", "", len(self._children))
                               .replace("%1", numbers))
        else:
            self.label.clear()
        self.split_button.setVisible(self._parent is not None
                                     and can(self._user.role, Action.EDIT_COMPLAINT))
        self.setVisible(self._parent is not None or bool(self._children))

    def split_off(self) -> bool:
        if self._complaint_id is None or self._parent is None:
            return False
        complaint_id, parent = self._complaint_id, self._parent
        try:
            duplicates.split(self._db, self._user.id, [complaint_id])
        except FondueError as exc:
            self.message.emit(error_text(exc))
            return False
        self.message.emit(self.tr("Split off from %1: a complaint of its own again")
                          .replace("%1", parent.tracking_no))
        self.complaint_changed.emit(complaint_id)
        self.complaint_changed.emit(parent.complaint_id)
        return True


def _link(target: DuplicateLink) -> str:
    title = html.escape(status_label(target.status))
    return (f'<a href="{target.complaint_id}" style="color: {PRIMARY}; font-weight: bold;" '
            f'title="{title}">{html.escape(target.tracking_no)}</a>')


def _plain(rich: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(rich).toPlainText()
