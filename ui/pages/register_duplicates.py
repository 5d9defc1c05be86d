"""The register's duplicate actions: merge the selected complaints into one (Ctrl+Shift+M) and
split duplicates off again (Ctrl+Shift+U), from the table's context menu (right click, or the
Menu key) or by their keys; and the detail pane's duplicate numbers, which select that
complaint. (No header button: the register's header is full at 1280 px.)"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from fondue_desk.domain.errors import FondueError
from fondue_desk.domain.permissions import Action, can
from fondue_desk.services import duplicates

from ..dialogs.merge_dialog import MergeDialog
from ..messages import error_text

if TYPE_CHECKING:
    from fondue_desk.services.register import RegisterRow

    from .register_page import RegisterPage

MERGE_KEYS = "Ctrl+Shift+M"
SPLIT_KEYS = "Ctrl+Shift+U"


class RegisterDuplicates(QObject):
    def __init__(self, page: RegisterPage) -> None:
        super().__init__(page)
        self._page = page
        self._dialog: MergeDialog | None = None
        self._allowed = can(page._user.role, Action.EDIT_COMPLAINT)
        self.merge_action = self._action(self.tr("Merge as duplicates…"), MERGE_KEYS,
                                         self.open_merge_dialog)
        self.split_action = self._action(self.tr("Split off from its complaint"), SPLIT_KEYS,
                                         self.split_selected)
        table = page.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.merge_action, self.split_action):
            table.addAction(action)
            page.addAction(action)  # the keys work anywhere on the page, not only the table
        table.selectionModel().selectionChanged.connect(lambda *_: self.update())
        page.model.modelReset.connect(self.update)
        page.detail.duplicate_links.open_requested.connect(self.show_complaint)
        self.update()

    def _action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self._page)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setVisible(self._allowed)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update(self) -> None:
        count = self._page.selected_row_count()
        self.merge_action.setEnabled(self._allowed and 2 <= count <= duplicates.MAX_BATCH)
        self.split_action.setEnabled(self._allowed and 1 <= count <= duplicates.MAX_BATCH)

    def _selected_rows(self) -> list[RegisterRow]:
        table, model = self._page.table, self._page.model
        rows = sorted(i.row() for i in table.selectionModel().selectedRows())
        return [r for r in (model.row_at(row) for row in rows) if r is not None]

    # ----------------------------------------------------------------- merge
    def open_merge_dialog(self) -> MergeDialog | None:
        """Non-blocking; None when fewer than two complaints are selected."""
        if not self.merge_action.isEnabled():
            if self._allowed:
                self._page.message.emit(self.tr("Select two or more complaints to merge."))
            return None
        rows = self._selected_rows()
        if len(rows) < 2:
            return None
        if self._dialog is not None:
            self._dialog.close()
        dialog = MergeDialog(self._page._db, self._page._user, rows, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialog = dialog
        dialog.open()
        return dialog

    def merge_dialog(self) -> MergeDialog | None:
        return self._dialog

    def _forget(self, dialog: MergeDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    def _merged(self, dialog: MergeDialog) -> None:
        parent_id, children = dialog.parent_id, dialog.child_ids
        if parent_id is None:
            return
        tracking = next((r.tracking_no for r in dialog.rows() if r.id == parent_id), "")
        self._page.refresh()
        self.show_complaint(parent_id)
        self._page.message.emit(self.tr("%n complaint(s) merged into %1", "", len(children))
                                .replace("%1", tracking))
        for complaint_id in (parent_id, *children):
            self._page.complaint_changed.emit(complaint_id)

    # ----------------------------------------------------------------- split
    def split_selected(self) -> bool:
        """The selected duplicates become complaints of their own again; a selected complaint
        that is no duplicate refuses the lot, by name."""
        rows = self._selected_rows() if self.split_action.isEnabled() else []
        if not rows:
            return False
        try:
            duplicates.split(self._page._db, self._page._user.id, [r.id for r in rows],
                             expected_statuses={r.id: r.status for r in rows})
        except FondueError as exc:
            self._page.message.emit(error_text(exc))
            return False
        self._page.refresh()
        shown = self._page.detail.complaint()
        if shown is not None and shown.id in {r.id for r in rows}:
            self._page.detail.show_complaint(shown.id)
        self._page.message.emit(self.tr("%n complaint(s) split off: each is its own again",
                                        "", len(rows)))
        for row in rows:
            self._page.complaint_changed.emit(row.id)
        return True

    # ----------------------------------------------------------------- links
    def show_complaint(self, complaint_id: int) -> None:
        """A duplicate's number in the detail pane: its row, else the pane shows it anyway."""
        detail = self._page.detail
        listed = self._page.select_complaint(complaint_id)
        shown = detail.complaint()
        if shown is None or shown.id != complaint_id:  # its row may already be the current one
            detail.show_complaint(complaint_id)
        detail.set_outside_list(not listed)
