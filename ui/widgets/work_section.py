"""The detail pane's "Work / crew" box: who has the job, for when, on which work order, and
what the crew reported; with the assign, start and result actions the status and role allow.

Start and Record result follow the core's `job_rights`, as on the crew board: a crew leader sees
them on another crew's job greyed, with the reason as tooltip, rather than refused afterwards."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.dispatch import ASSIGNABLE, WITH_CREW
from fondue_desk.domain.errors import Conflict, NotFound, PermissionDenied
from fondue_desk.domain.permissions import Action, JobAction, JobRights, can
from fondue_desk.domain.phone import format_phone
from fondue_desk.domain.statuses import Status
from fondue_desk.services import crews, dispatch, work_orders
from fondue_desk.services.crew_board import rights_for_complaint
from fondue_desk.services.job_results import JobResultView, results_for_complaint
from fondue_desk.services.views import ComplaintView, OfficeView, UserView
from fondue_desk.services.work_orders import WorkOrderSummary

from ..dates import short_date, shown_date
from ..dialogs.assign_dialog import AssignDialog
from ..dialogs.result_dialog import ResultDialog
from ..dialogs.work_order_dialog import WorkOrderDialog, show_work_orders
from ..labels import outcome_colour, outcome_label
from ..messages import error_text
from ..style import HINT

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

NONE = "—"


def time_spent(minutes: int | None) -> str:
    """"1 h 30 min"; the result dialog takes hours and minutes, so it is read back that way."""
    if minutes is None:
        return NONE
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        text = QCoreApplication.translate("WorkSectionWidget", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        return QCoreApplication.translate("WorkSectionWidget", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("WorkSectionWidget", "%1 min").replace("%1", str(rest))


class WorkSectionWidget(QGroupBox):
    changed = Signal(int)  # complaint id: assigned, started or given a result here
    message = Signal(str)
    dialog_opened = Signal(object)  # the pane tracks one dialog at a time

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Work / crew"))
        self._db = db
        self._office = office
        self._user = user
        self._complaint: ComplaintView | None = None
        self.rights: JobRights | None = None
        self.orders: list[WorkOrderSummary] = []
        self.results: list[JobResultView] = []
        self.work_order_dialog: WorkOrderDialog | None = None
        self._values: dict[str, QLabel] = {}

        self.unassigned = QLabel(self.tr("Not with a crew."), self)
        self.unassigned.setObjectName(HINT)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        for key, caption in (("crew", self.tr("Crew")), ("planned", self.tr("Planned for")),
                             ("instruction", self.tr("Instruction"))):
            self._row(key, caption)
        # One wrapping rich-text label, a link per order: a layout of wrapped labels in a form
        # row overlaps its neighbours, and the pane is narrow.
        self.orders_label = QLabel(self)
        self.orders_label.setWordWrap(True)
        self.orders_label.setTextFormat(Qt.TextFormat.RichText)
        self.orders_label.setToolTip(self.tr("Show a work order again to print it"))
        self.orders_label.linkActivated.connect(lambda href: self.open_work_order(int(href)))
        self.orders_caption = QLabel(self.tr("Work orders:"), self)
        self.form.addRow(self.orders_caption, self.orders_label)
        self.result_title = QLabel(self)
        self.result_title.setStyleSheet("font-weight: bold;")
        for key, caption in (("outcome", self.tr("Result")), ("reason", self.tr("Reason")),
                             ("notes", self.tr("Notes")), ("time", self.tr("Time spent")),
                             ("materials", self.tr("Materials")),
                             ("worked_on", self.tr("Reported by"))):
            self._row(key, caption)
        self.assign_button = QPushButton(self.tr("Assign…"), self)
        self.start_button = QPushButton(self.tr("Start work"), self)
        self.result_button = QPushButton(self.tr("Record result…"), self)
        buttons = QHBoxLayout()
        for button in (self.assign_button, self.start_button, self.result_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unassigned)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

        self.assign_button.clicked.connect(self.open_assign_dialog)
        self.start_button.clicked.connect(self.start_work)
        self.result_button.clicked.connect(self.open_result_dialog)

    def _row(self, key: str, caption: str) -> None:
        value = QLabel(self)
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label = QLabel(f"{caption}:", self)
        self._values[key] = value
        self.form.addRow(label, value)

    def align_captions(self, width: int) -> None:
        """The pane's other boxes start their values at `width`: line this one up with them."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setMinimumWidth(width)
                item.widget().setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    # ----------------------------------------------------------------- showing
    def show_complaint(self, c: ComplaintView) -> None:
        self._complaint = c
        try:
            self.rights = rights_for_complaint(self._db, self._user.id, c.id)
        except (NotFound, PermissionDenied):
            # The account was closed meanwhile: show the job; an action is refused with words.
            self.rights = None
        self.orders = work_orders.orders_for_complaint(self._db, c.id)
        self.results = results_for_complaint(self._db, c.id)
        with_crew = c.crew_id is not None
        crew_text = NONE
        if with_crew:
            crew_text = c.crew_name
            try:
                detail = crews.get_crew(self._db, self._office.id, c.crew_id)
                contact = " · ".join(p for p in (detail.leader_name,
                                                 format_phone(detail.phone)) if p)
                crew_text = f"{c.crew_name}\n{contact}" if contact else c.crew_name
            except NotFound:
                pass
        values = {
            "crew": crew_text,
            "planned": shown_date(c.planned_date) if c.planned_date else NONE,
            "instruction": c.instruction or NONE,
        }
        for key, text in values.items():
            self._set(key, text, visible=with_crew and (key != "instruction"
                                                        or bool(c.instruction)))
        self.unassigned.setVisible(not with_crew)
        self._show_orders()
        self._show_result(self.results[-1] if self.results else None)
        self._show_actions(c)

    def _set(self, key: str, text: str, *, visible: bool) -> None:
        value = self._values[key]
        value.setText(text)
        self.form.setRowVisible(value, visible)

    def _show_orders(self) -> None:
        crew = self._complaint.crew_id if self._complaint else None
        lines = []
        # Outside the f-string: lupdate does not look inside one, and the link stayed English.
        reprint = escape(self.tr("Reprint"))
        for order in reversed(self.orders):  # newest first, like the history
            parts = [self.tr("No. %1").replace("%1", order.number),
                     short_date(order.work_date)]
            if order.crew_id != crew:  # an order of the crew that had the job before
                parts.append(order.crew_name)
            lines.append(f"{escape(' · '.join(parts))} · "
                         f"<a href=\"{order.id}\">{reprint}</a>")
        self.orders_label.setText("<br>".join(lines))
        self.form.setRowVisible(self.orders_caption, bool(self.orders))

    def _show_result(self, result: JobResultView | None) -> None:
        for key in ("outcome", "reason", "notes", "time", "materials", "worked_on"):
            self.form.setRowVisible(self._values[key], False)
        if result is None:
            return
        outcome = self._values["outcome"]
        outcome.setText(outcome_label(result.outcome))
        outcome.setStyleSheet(f"color: {outcome_colour(result.outcome)}; font-weight: bold;")
        recorded = f"{result.crew_name} · {short_date(result.worked_on)}" \
            if result.worked_on else result.crew_name
        values = {"outcome": outcome_label(result.outcome), "reason": result.reason,
                  "notes": result.notes, "materials": result.materials,
                  "time": time_spent(result.minutes_spent) if result.minutes_spent else "",
                  "worked_on": recorded}
        for key, text in values.items():
            self._set(key, text, visible=bool(text))

    def _show_actions(self, c: ComplaintView) -> None:
        role = self._user.role
        self.assign_button.setVisible(can(role, Action.ASSIGN) and c.status in ASSIGNABLE)
        self.assign_button.setText(self.tr("Move to another crew…")
                                   if c.status in WITH_CREW and c.crew_id is not None
                                   else self.tr("Assign…"))
        self.start_button.setVisible(can(role, Action.RECORD_RESULT)
                                     and c.status == Status.ASSIGNED)
        # A result is the crew's: work moved on by hand without a crew has nobody to report.
        self.result_button.setVisible(can(role, Action.RECORD_RESULT)
                                      and c.status in WITH_CREW and c.crew_id is not None)
        for button, action in ((self.start_button, JobAction.START_WORK),
                               (self.result_button, JobAction.RECORD_RESULT)):
            refusal = self.refusal_text(action)
            button.setEnabled(not refusal)
            button.setToolTip(refusal)

    def refusal_text(self, action: JobAction) -> str:
        """Why the signed-in user may not take this action on the shown job; "" when they may."""
        if self.rights is None or self.rights.allows(action):
            return ""
        return error_text(PermissionDenied(self.rights.reason(action)))

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def shows(self, key: str) -> bool:
        return self._values[key].isVisibleTo(self)

    # ----------------------------------------------------------------- actions
    def open_assign_dialog(self) -> AssignDialog | None:
        if self._complaint is None:
            return None
        dialog = AssignDialog(self._db, self._office, self._user, [self._complaint.id],
                              self.window())
        self.dialog_opened.emit(dialog)
        return dialog

    def open_result_dialog(self) -> ResultDialog | None:
        if self._complaint is None or self._refused(JobAction.RECORD_RESULT):
            return None
        dialog = ResultDialog(self._db, self._office, self._user, self._complaint.id,
                              self.window())
        self.dialog_opened.emit(dialog)
        return dialog

    def start_work(self) -> bool:
        if self._complaint is None or self._refused(JobAction.START_WORK):
            return False
        try:
            dispatch.start_work(self._db, self._user.id, self._complaint.id)
        except (Conflict, NotFound, PermissionDenied) as exc:
            self.message.emit(error_text(exc))
            return False
        self.changed.emit(self._complaint.id)
        return True

    def _refused(self, action: JobAction) -> bool:
        refusal = self.refusal_text(action)
        if refusal:
            self.message.emit(refusal)
        return bool(refusal)

    def open_work_order(self, work_order_id: int) -> WorkOrderDialog:
        if self.work_order_dialog is not None:
            self.work_order_dialog.close()
        order = next(o for o in self.orders if o.id == work_order_id)
        dialog = show_work_orders(self._db, self._office, [order], self.window())
        dialog.destroyed.connect(lambda *_: self._forget_preview(dialog))
        self.work_order_dialog = dialog
        return dialog

    def _forget_preview(self, dialog: WorkOrderDialog) -> None:
        if self.work_order_dialog is dialog:
            self.work_order_dialog = None
