"""The Traffy Fondue sync window: what waits in the outbox, what went and what failed, with
the reason in plain words; Retry for a failed item, Send now and Fetch now (both run by the
scheduler, off the GUI thread), the month's remaining credit and the last successful contact.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FondueError
from fondue_desk.services import traffy_sync
from fondue_desk.services.traffy_sync import OutboxItemView, SyncReport
from fondue_desk.services.views import OfficeView, UserView

from ..dates import short_datetime
from ..messages import error_text
from ..style import HINT, PAGE_TITLE
from ..traffy_sync_texts import traffy_sync_text
from ..widgets.screen_fit import resize_within_screen
from .scheduler import TraffyScheduler

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

COLUMNS = 6
_ID = Qt.ItemDataRole.UserRole


def _when(moment: datetime | None) -> str:
    return short_datetime(moment) if moment is not None else "—"


class TraffySyncDialog(QDialog):
    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 scheduler: TraffyScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self.scheduler = scheduler
        self._items: list[OutboxItemView] = []
        self.setWindowTitle(self.tr("Traffy Fondue sync"))
        resize_within_screen(self, 1100, 620)

        title = QLabel(self.tr("Traffy Fondue sync"), self)
        title.setObjectName(PAGE_TITLE)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName(HINT)
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Complaint"), self.tr("Action"), self.tr("State"), self.tr("Attempts"),
            self.tr("Next try"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing has been sent to Traffy Fondue yet."), self)
        self.empty.setObjectName(HINT)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setToolTip(self.tr("Try the chosen failed item again (Ctrl+R)"))
        self.send_button = QPushButton(self.tr("Send now"), self)
        self.fetch_button = QPushButton(self.tr("Fetch now"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.fetch_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.retry_button.clicked.connect(self.retry_selected)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.retry_selected)
        self.send_button.clicked.connect(lambda: self.scheduler.run(pull=False))
        self.fetch_button.clicked.connect(lambda: self.scheduler.run(pull=True))
        self.close_button.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._enable)
        scheduler.changed.connect(self.reload)
        scheduler.started.connect(self._enable)
        scheduler.finished.connect(self._finished)
        self.reload()
        self.table.setFocus()

    # ------------------------------------------------------------------ contents
    def reload(self) -> None:
        chosen = self.selected_item()
        self._items = traffy_sync.queue_view(self._db, self._office.id)
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            reason = self.reason(item)
            cells = [item.tracking_no or "—", self.action_text(item.action),
                     self.state_text(item.state), str(item.attempts),
                     _when(item.next_attempt_at) if item.state != "sent" else _when(item.sent_at),
                     reason]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, item.id)
                if column == COLUMNS - 1 and item.error_detail:
                    cell.setToolTip(item.error_detail)  # what Traffy said, as it said it
                self.table.setItem(row, column, cell)
            if chosen is not None and item.id == chosen.id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self._items)
        self._show_summary()
        self._enable()

    def _show_summary(self) -> None:
        counts = {state: sum(1 for i in self._items if i.state == state)
                  for state in ("queued", "sent", "failed")}
        report = self.scheduler.last_report
        credit = report.credit_remaining if report is not None else None
        credit_text = (self.tr("unlimited") if report is not None and credit is None
                       and not report.error_code else
                       self.tr("not known yet") if credit is None else f"{credit:,}")
        self.summary.setText(
            self.tr("Waiting: %1 · Sent: %2 · Failed: %3 · Credit left this month: %4 · "
                    "Last contact: %5")
            .replace("%1", str(counts["queued"])).replace("%2", str(counts["sent"]))
            .replace("%3", str(counts["failed"])).replace("%4", credit_text)
            .replace("%5", _when(self.scheduler.last_contact)))
        if not self.scheduler.setup.enabled:
            self.state.setText(self.tr("Sync is off: turn it on in Settings → Traffy Fondue."))
        elif self.scheduler.is_running():
            self.state.setText(self.tr("Talking to Traffy Fondue…"))
        elif self.scheduler.offline:
            self.state.setText(self.tr("Offline: everything waits here and goes when the line "
                                       "is back."))
        elif report is not None and report.error_code:
            self.state.setText(self.reason_text(report.error_code))
        else:
            self.state.clear()

    def action_text(self, action: str) -> str:
        return {"new_issue": self.tr("New ticket"), "update_issue": self.tr("Status update"),
                "join_forward": self.tr("Forward")}.get(action, action)

    def state_text(self, state: str) -> str:
        return {"queued": self.tr("Waiting"), "sent": self.tr("Sent"),
                "failed": self.tr("Failed")}.get(state, state)

    @staticmethod
    def reason_text(code: str) -> str:
        return traffy_sync_text(code, {}) if code else ""

    def reason(self, item: OutboxItemView) -> str:
        if item.state == "sent":
            return ""
        return self.reason_text(item.error_code)

    def selected_item(self) -> OutboxItemView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        wanted = self.table.item(rows[0].row(), 0).data(_ID)
        return next((i for i in self._items if i.id == wanted), None)

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)

    def _enable(self) -> None:
        chosen = self.selected_item()
        running = self.scheduler.is_running()
        on = self.scheduler.setup.enabled
        self.retry_button.setEnabled(chosen is not None and chosen.state == "failed")
        self.send_button.setEnabled(on and not running)
        self.fetch_button.setEnabled(on and not running)

    # ------------------------------------------------------------------ actions
    def retry_selected(self) -> bool:
        chosen = self.selected_item()
        if chosen is None or chosen.state != "failed":
            return False
        try:
            traffy_sync.retry(self._db, self._user.id, chosen.id)
        except FondueError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        self.reload()
        self.scheduler.run(pull=False)
        return True

    def _finished(self, outcome: object) -> None:
        if isinstance(outcome, SyncReport):
            self.error.clear()
        elif isinstance(outcome, Exception):
            self.error.setText(error_text(outcome))
        self.reload()
