"""The crew board: every crew's open work side by side, the most urgent job on top.

A row of columns, one per crew, each scrolling on its own, so six crews of forty jobs fit a
screen and the board still reads left to right like the whiteboard it replaces. Jobs are
selected within one crew (a work order belongs to one crew); the buttons act on them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.permissions import Action, JobAction, JobRights, can, job_rights
from fondue_desk.services import dispatch, work_orders
from fondue_desk.services.crew_board import Board, BoardJob, crew_board
from fondue_desk.services.views import OfficeView, UserView

from ..dialogs.assign_dialog import AssignDialog
from ..dialogs.result_dialog import ResultDialog
from ..dialogs.work_order_dialog import WorkOrderDialog, show_work_orders
from ..messages import error_text, field_error_text
from ..style import BADGE, HINT, PAGE_TITLE, PRIMARY_BUTTON
from ..widgets.crew_column import CrewColumnWidget

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

TOGGLE_STYLE = """
QPushButton:checked { background: #1d5fa8; color: white; border-color: #1d5fa8; }
"""


class CrewBoardPage(QWidget):
    message = Signal(str)
    complaint_requested = Signal(int)  # open this complaint in the register
    complaint_changed = Signal(int)

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self.board: Board | None = None
        self.columns: list[CrewColumnWidget] = []
        self._dialog = None
        self.work_order_dialog: WorkOrderDialog | None = None

        self.unassigned = QLabel(self)
        self.unassigned.setObjectName(BADGE)
        self.today_toggle = self._toggle(self.tr("Today's plan"),
                                         self.tr("Only jobs planned for today"))
        self.overdue_toggle = self._toggle(self.tr("Overdue only"),
                                           self.tr("Only jobs past their due date"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the board again (F5)"))
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName(HINT)
        self.selection_label.setWordWrap(True)  # beside four buttons: English needs two lines
        self.print_button = QPushButton(self.tr("Print work orders"), self)
        self.print_button.setObjectName(PRIMARY_BUTTON)
        self.result_button = QPushButton(self.tr("Record result…"), self)
        self.move_button = QPushButton(self.tr("Move to another crew…"), self)
        self.start_button = QPushButton(self.tr("Start work"), self)
        self.empty = QLabel(self.tr(
            "No crews yet. An administrator sets them up in Settings → Crews…"), self)
        self.empty.setObjectName(HINT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.strip = QWidget(self)
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(12)
        # The strip may not shrink below its columns: more crews than fit scroll sideways.
        self.strip_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.strip)
        self._build_layout()

        self.today_toggle.toggled.connect(lambda _on: self._show_jobs())
        self.overdue_toggle.toggled.connect(lambda _on: self._show_jobs())
        self.refresh_button.clicked.connect(self.reload)
        self.print_button.clicked.connect(self.print_work_orders)
        self.result_button.clicked.connect(self.open_result_dialog)
        self.move_button.clicked.connect(self.open_move_dialog)
        self.start_button.clicked.connect(self.start_work)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._apply_role()
        self.reload()

    # ----------------------------------------------------------------- building
    def _toggle(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setToolTip(tip)
        button.setStyleSheet(TOGGLE_STYLE)
        return button

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Crew board"), self)
        title.setObjectName(PAGE_TITLE)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.unassigned)
        header.addStretch(1)
        header.addWidget(self.today_toggle)
        header.addWidget(self.overdue_toggle)
        header.addSpacing(8)
        header.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.selection_label, 1)
        for button in (self.start_button, self.result_button, self.move_button,
                       self.print_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(actions)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll, 1)

    def _apply_role(self) -> None:
        role = self._user.role
        self.print_button.setVisible(can(role, Action.ASSIGN))
        self.move_button.setVisible(can(role, Action.ASSIGN))
        self.result_button.setVisible(can(role, Action.RECORD_RESULT))
        self.start_button.setVisible(can(role, Action.RECORD_RESULT))

    # ----------------------------------------------------------------- showing
    def reload(self) -> None:
        """Read the board again, keeping the jobs that were selected."""
        keep = [job.id for job in self.selected_jobs()]
        self.board = crew_board(self._db, self._office.id, viewer_id=self._user.id)
        for column in self.columns:
            column.hide()
            column.deleteLater()
        self.columns = []
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for crew_column in self.board.columns:
            widget = CrewColumnWidget(crew_column, self.strip,
                                      own=crew_column.leader_user_id == self._user.id)
            widget.selection_changed.connect(lambda w=widget: self._column_selected(w))
            widget.job_activated.connect(self.complaint_requested)
            self.strip_layout.addWidget(widget, 1)
            self.columns.append(widget)
        self.strip_layout.addStretch(0)
        self.unassigned.setText(self.tr("%n complaint(s) waiting for a crew", "",
                                        self.board.unassigned))
        self.empty.setVisible(not self.columns)
        self.scroll.setVisible(bool(self.columns))
        self._show_jobs()
        if keep:
            for column in self.columns:
                if set(keep) & set(column.job_ids()):
                    column.select_jobs(keep)
                    break
        self._update_actions()

    def _show_jobs(self) -> None:
        today_only = self.today_toggle.isChecked()
        overdue_only = self.overdue_toggle.isChecked()
        today = self.board.today if self.board else None
        for column in self.columns:
            jobs = [j for j in column.column.jobs
                    if (not today_only or j.planned_date == today)
                    and (not overdue_only or j.days_overdue > 0)]
            column.show_jobs(jobs, today_only or overdue_only)
        self._update_actions()

    def showEvent(self, event) -> None:  # Qt override
        # Other desks and pages change the work all day; the board is cheap to read (one
        # query), so it is read again whenever it comes into view.
        if self.board is not None and not event.spontaneous():
            self.reload()
        super().showEvent(event)

    def column_for(self, crew_id: int) -> CrewColumnWidget | None:
        return next((c for c in self.columns if c.crew_id == crew_id), None)

    # ----------------------------------------------------------------- selection
    def _column_selected(self, widget: CrewColumnWidget) -> None:
        # One crew at a time: a work order, a move or a result is about one crew's jobs.
        if widget.selected_jobs():
            for other in self.columns:
                if other is not widget:
                    other.list.selectionModel().blockSignals(True)
                    other.clear_selection()
                    other.list.selectionModel().blockSignals(False)
                    other.list.viewport().update()
        self._update_actions()

    def selected_jobs(self) -> list[BoardJob]:
        for column in self.columns:
            jobs = column.selected_jobs()
            if jobs:
                return jobs
        return []

    def selected_ids(self) -> list[int]:
        return [job.id for job in self.selected_jobs()]

    def select_jobs(self, crew_id: int, job_ids: list[int]) -> None:
        column = self.column_for(crew_id)
        if column is not None:
            column.select_jobs(job_ids)

    def job_rights(self, job: BoardJob) -> JobRights:
        """What the signed-in user may do to this job (the core's rule, asked per job)."""
        leader = next((c.column.leader_user_id for c in self.columns if job.id in c.job_ids()),
                      None)
        return job_rights(self._user.role, self._user.id, job.status, leader)

    def _update_actions(self) -> None:
        jobs = self.selected_jobs()
        rights = [self.job_rights(job) for job in jobs]
        # Start acts on the assigned jobs among the selection; the others need all of them.
        self._offer(self.start_button, JobAction.START_WORK, rights, need_all=False)
        self._offer(self.result_button, JobAction.RECORD_RESULT, rights if len(jobs) == 1 else [])
        self._offer(self.move_button, JobAction.MOVE, rights)
        self._offer(self.print_button, JobAction.PRINT_WORK_ORDER, rights)
        if jobs:
            crew = next(c.column.crew.name for c in self.columns if c.selected_jobs())
            self.selection_label.setText(self.tr("%n job(s) selected · %1", "", len(jobs))
                                         .replace("%1", crew))
        else:
            self.selection_label.setText(self.tr(
                "Select jobs in one crew (Ctrl+click for several); double-click opens the "
                "complaint in the register."))

    def _offer(self, button: QPushButton, action: JobAction, rights: list[JobRights], *,
               need_all: bool = True) -> None:
        """Enable the button when the selection allows it, else grey it and say why."""
        allowed = [r.allows(action) for r in rights]
        enabled = bool(rights) and (all(allowed) if need_all else any(allowed))
        button.setEnabled(enabled)
        if enabled:
            button.setToolTip("")
        elif not rights:
            button.setToolTip(self.tr("Select one job first.") if action is JobAction.RECORD_RESULT
                              else self.tr("Select jobs first."))
        else:
            reason = next(r.reason(action) for r in rights if not r.allows(action))
            button.setToolTip(self._refusal_text(action, reason))

    def _refusal_text(self, action: JobAction, reason: str | None) -> str:
        if reason == "job.not_your_crew":
            return self.tr("This is another crew's job: you can act only on the jobs of the "
                           "crew you lead.")
        if reason == "job.wrong_status":
            if action is JobAction.START_WORK:
                return self.tr("Only jobs that have not started yet can be started.")
            return self.tr("Not possible for a job in this status.")
        return self.tr("Your role does not allow this.")

    # ----------------------------------------------------------------- actions
    def print_work_orders(self) -> WorkOrderDialog | None:
        """Number new orders for the selected jobs (one per day of plan) and preview them."""
        ids = self.selected_ids()
        if not ids:
            return None
        try:
            orders = work_orders.issue_work_orders(self._db, self._user.id, ids,
                                                   grouping="crew_day")
        except InvalidInput as exc:
            self.message.emit(field_error_text(exc.errors[0]))
            return None
        except (Conflict, NotFound, PermissionDenied) as exc:
            self.message.emit(error_text(exc))
            return None
        self.work_order_dialog = show_work_orders(self._db, self._office, orders, self)
        self._changed(ids)
        return self.work_order_dialog

    def open_result_dialog(self) -> ResultDialog | None:
        jobs = self.selected_jobs()
        if len(jobs) != 1:
            return None
        dialog = ResultDialog(self._db, self._office, self._user, jobs[0].id, self)
        return self._open(dialog, [jobs[0].id])

    def open_move_dialog(self) -> AssignDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = AssignDialog(self._db, self._office, self._user, ids, self)
        return self._open(dialog, ids)

    def start_work(self) -> int:
        """Mark the selected assigned jobs as started; returns how many were."""
        started = []
        for job in self.selected_jobs():
            if not self.job_rights(job).allows(JobAction.START_WORK):
                continue
            try:
                dispatch.start_work(self._db, self._user.id, job.id)
            except (Conflict, NotFound, PermissionDenied) as exc:
                self.message.emit(error_text(exc))
                continue
            started.append(job.id)
        if started:
            self.message.emit(self.tr("%n job(s) started", "", len(started)))
            self._changed(started)
        return len(started)

    def _open(self, dialog, ids: list[int]):
        if self._dialog is not None:
            self._dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._changed(ids))
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self):
        return self._dialog

    def _forget(self, dialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    def _changed(self, ids: list[int]) -> None:
        self.reload()
        for complaint_id in ids:
            self.complaint_changed.emit(complaint_id)
