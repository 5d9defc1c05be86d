"""Hand one or many complaints to a crew for a day, and print their work orders at once."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.dispatch import ASSIGNABLE, WITH_CREW
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.phone import format_phone
from fondue_desk.services import complaints, crews, dispatch
from fondue_desk.services.dispatch import AssignResult
from fondue_desk.services.views import ComplaintView, CrewDetail, OfficeView, UserView

from ..dates import short_date
from ..icons import colour_chip
from ..labels import category_of, status_label, village_of
from ..messages import error_text
from ..style import ERROR, HINT, PAGE_TITLE, mark_primary
from ..urgency import complaint_urgency
from ..widgets.field_feedback import FieldFeedback, error_label
from ..widgets.thai_date_edit import ThaiDateEdit
from .work_order_dialog import WorkOrderDialog, show_work_orders

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

PRINT_NONE, PRINT_CREW_DAY, PRINT_JOB = "", "crew_day", "job"
LIST_ROWS = 6  # rows the complaint list shows before it scrolls


class AssignDialog(QDialog):
    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 complaint_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._complaints: list[ComplaintView] = [
            complaints.get(db, cid) for cid in dict.fromkeys(complaint_ids)]
        self._crews: list[CrewDetail] = crews.list_crews(db, office.id)
        self.result: AssignResult | None = None
        self.work_order_dialog: WorkOrderDialog | None = None
        self.suggested_crew_id = self._suggest()
        count = len(self._complaints)
        self.setWindowTitle(self.tr("Assign to a crew"))

        self.heading = QLabel(self.tr("Assign %n complaint(s)", "", count), self)
        self.heading.setObjectName(PAGE_TITLE)
        self.table = self._complaint_table()
        self.crew = QComboBox(self)
        self.crew_hint = QLabel(self)
        self.crew_hint.setObjectName(HINT)
        today = today_thai()
        self.planned_date = ThaiDateEdit(QDate(today.year, today.month, today.day), self)
        self.planned_date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.planned_date.setFixedWidth(170)
        self.instruction = QLineEdit(self)
        self.instruction.setPlaceholderText(self.tr("e.g. take the long ladder; call first"))
        self.reason_label = QLabel(self.tr("Reason for moving:"), self)
        self.reason = QLineEdit(self)
        self.reason_hint = QLabel(self)
        self.reason_hint.setObjectName(HINT)
        self.reason_hint.setWordWrap(True)
        self.print_none = QRadioButton(self.tr("Don't print now"), self)
        self.print_crew_day = QRadioButton(self.tr("One work order per crew per day"), self)
        self.print_job = QRadioButton(self.tr("One work order per job"), self)
        self.print_choice = QButtonGroup(self)
        for button in (self.print_none, self.print_crew_day, self.print_job):
            self.print_choice.addButton(button)
        self.print_crew_day.setChecked(True)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Assign"))
        mark_primary(self.ok_button)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill_crews()
        self._build_layout()

        self.crew.currentIndexChanged.connect(lambda _i: self._crew_changed())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._crew_changed()
        self._check_assignable()
        self.crew.setFocus()

    # ----------------------------------------------------------------- building
    def _complaint_table(self) -> QTableWidget:
        headers = (self.tr("Tracking no."), self.tr("Category"), self.tr("Village"),
                   self.tr("Status"), self.tr("Due"))
        table = QTableWidget(len(self._complaints), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        today = today_thai()
        for row, c in enumerate(self._complaints):
            urgency = complaint_urgency(c.due_date, c.status, today)
            due = urgency[0] if urgency else (short_date(c.due_date)
                                              if c.due_date else "")
            status = status_label(c.status)
            if c.crew_name and c.status in WITH_CREW:
                status = f"{status} · {c.crew_name}"
            cells = (c.tracking_no, category_of(c), village_of(c), status, due)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(c.description if column < 3 else text)
                table.setItem(row, column, item)
            table.item(row, 1).setIcon(colour_chip(c.category_colour))
            if urgency:
                table.item(row, 4).setForeground(QBrush(QColor(urgency[1])))
            if c.status not in ASSIGNABLE:
                table.item(row, 3).setForeground(QBrush(QColor(ERROR)))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        rows = min(max(len(self._complaints), 1), LIST_ROWS)
        row_height = table.rowHeight(0) if self._complaints else 28
        table.setFixedHeight(header.sizeHint().height() + rows * row_height + 4)
        return table

    def _fill_crews(self) -> None:
        for crew in self._crews:
            text = crew.name
            if crew.id == self.suggested_crew_id:
                text = self.tr("%1 (suggested)").replace("%1", crew.name)
            self.crew.addItem(text, crew.id)
        index = self.crew.findData(self.suggested_crew_id)
        self.crew.setCurrentIndex(max(index, 0))
        if not self._crews:
            self.crew.addItem(self.tr("No crews yet"), None)
            self.crew.setEnabled(False)
            self.general_error.setText(self.tr(
                "The office has no active crews. An administrator sets them up in "
                "Settings → Crews…"))
            self.general_error.show()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        crew_error, date_error = error_label(self), error_label(self)
        instruction_error, reason_error = error_label(self), error_label(self)
        form.addRow(self.tr("Crew:"), self._stacked(self.crew, self.crew_hint, crew_error))
        form.addRow(self.tr("Planned date:"), self._stacked(self.planned_date, date_error))
        form.addRow(self.tr("Instruction:"), self._stacked(self.instruction, instruction_error))
        self.reason_box = self._stacked(self.reason, self.reason_hint, reason_error)
        form.addRow(self.reason_label, self.reason_box)
        prints = QVBoxLayout()
        prints.setSpacing(4)
        for button in (self.print_none, self.print_crew_day, self.print_job):
            prints.addWidget(button)
        form.addRow(self.tr("Work orders:"), prints)
        self.feedback.add("crew_id", self.crew, crew_error, (self.crew.currentIndexChanged,))
        self.feedback.add("planned_date", self.planned_date, date_error,
                          (self.planned_date.dateChanged,))
        self.feedback.add("instruction", self.instruction, instruction_error,
                          (self.instruction.textEdited,))
        self.feedback.add("reason", self.reason, reason_error, (self.reason.textEdited,))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(780, self.sizeHint().height())

    def _stacked(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in widgets:
            column.addWidget(widget)
        return box

    # ----------------------------------------------------------------- state
    def _suggest(self) -> int | None:
        """The crew for the most common category among the selected complaints."""
        counts = Counter(c.category_id for c in self._complaints)
        for category_id, _count in counts.most_common():
            found = crews.suggest_crew(self._db, self._office.id, category_id)
            if found is not None:
                return found.id
        return None

    def complaint_count(self) -> int:
        return len(self._complaints)

    def chosen_crew_id(self) -> int | None:
        return self.crew.currentData()

    def select_crew(self, crew_id: int) -> None:
        self.crew.setCurrentIndex(self.crew.findData(crew_id))

    def print_grouping(self) -> str | None:
        if self.print_crew_day.isChecked():
            return PRINT_CREW_DAY
        return PRINT_JOB if self.print_job.isChecked() else None

    def moving(self) -> list[ComplaintView]:
        """The selected complaints that would leave another crew for the chosen one."""
        chosen = self.chosen_crew_id()
        return [c for c in self._complaints if c.status in WITH_CREW
                and c.crew_id is not None and c.crew_id != chosen]

    def reason_required(self) -> bool:
        return bool(self.moving())

    def _crew_changed(self) -> None:
        crew = next((c for c in self._crews if c.id == self.chosen_crew_id()), None)
        if crew is None:
            self.crew_hint.setText("")
        else:
            parts = [p for p in (crew.leader_name, format_phone(crew.phone)) if p]
            parts.append(self.tr("%n open job(s)", "", crew.open_jobs))
            self.crew_hint.setText(" · ".join(parts))
        moving = self.moving()
        # Asked for only when it applies: a first assignment needs no justification.
        self.reason_label.setVisible(bool(moving))
        self.reason_box.setVisible(bool(moving))
        if moving:
            names = sorted({c.crew_name for c in moving})
            self.reason_hint.setText(self.tr(
                "%n complaint(s) are now with %1; say why they move.", "", len(moving))
                .replace("%1", ", ".join(names)))
        else:
            self.feedback.clear("reason")

    def _check_assignable(self) -> None:
        refused = [c.tracking_no for c in self._complaints if c.status not in ASSIGNABLE]
        if refused:
            self.general_error.setText(self.tr(
                "Cannot be assigned (finished, waiting for sign-off, forwarded or rejected): "
                "%1. Leave them out of the selection.").replace("%1", ", ".join(refused)))
            self.general_error.show()
        self.ok_button.setEnabled(not refused and bool(self._crews) and bool(self._complaints))

    def error_text(self, field: str = "") -> str:
        if field:
            return self.feedback.message(field)
        return self.general_error.text() if not self.general_error.isHidden() else ""

    # ----------------------------------------------------------------- saving
    def save(self) -> AssignResult | None:
        crew_id = self.chosen_crew_id()
        if crew_id is None or not self.ok_button.isEnabled():
            return None
        picked = self.planned_date.date()
        try:
            self.result = dispatch.assign(
                self._db, self._user.id, [c.id for c in self._complaints], crew_id,
                picked.toPython(), instruction=self.instruction.text(),
                reason=self.reason.text() if self.reason_required() else "",
                work_orders=self.print_grouping(),
                expected_statuses={c.id: c.status for c in self._complaints})
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        except (Conflict, NotFound, PermissionDenied) as exc:
            self.feedback.clear_all()
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return None
        self.accept()
        if self.result.work_orders:
            self.work_order_dialog = show_work_orders(
                self._db, self._office, self.result.work_orders, self.parentWidget())
        return self.result

    def _show(self, errors: list[FieldError]) -> None:
        first = self.feedback.show_errors(errors)
        if first is not None:
            first.setFocus()
