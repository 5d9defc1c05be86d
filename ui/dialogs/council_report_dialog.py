"""The monthly council report: choose a month (Buddhist Era), preview, print, save or export.

The report adds up a fiscal year month by month, which takes a moment on a large register,
so every preview is made off the GUI thread; choosing another month while one is being made
supersedes it (a late result of an earlier month is dropped). The Excel workbook is written
off the GUI thread too.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from fondue_desk.domain.calendar import BE_OFFSET, today_thai
from fondue_desk.domain.errors import FondueError
from fondue_desk.services import council_report
from fondue_desk.services.views import OfficeView

from ..dates import shown_month
from ..messages import error_text
from ..style import HINT
from ..tasks import BackgroundTask
from ..widgets.pdf_saving import documents_path
from ..widgets.screen_fit import resize_within_screen
from .pdf_job_dialog import PdfJobDialog

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

MONTHS_OFFERED = 24

_running: set[BackgroundTask] = set()  # tasks outliving a closed dialog


def month_text(year: int, month: int) -> str:
    """"พฤศจิกายน 2569" on a Thai desk, "November 2026" on an English one (ui.dates)."""
    return shown_month(year, month)


class CouncilReportDialog(PdfJobDialog):
    def __init__(self, db: Database, office: OfficeView, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office_id = office.id
        self._today = today or today_thai()
        self._generation = 0
        self.setWindowTitle(self.tr("Monthly council report"))
        resize_within_screen(self, 860, 920)

        self.month = QComboBox(self)
        for year, month in council_report.recent_months(self._today, MONTHS_OFFERED):
            # A string, not a tuple: QVariant keeps a Python tuple only as an opaque object.
            self.month.addItem(month_text(year, month), f"{year:04d}-{month:02d}")
        self.choose_month(*council_report.previous_month(self._today))
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        self.as_of = QLabel(self.tr("Open and overdue complaints are counted as of today."),
                            self)
        self.as_of.setObjectName(HINT)
        self.excel_button = QPushButton(self.tr("Export to &Excel…"), self)
        self.excel_button.setToolTip(self.tr("The figures and the complaints behind them, "
                                             "as an Excel workbook (Ctrl+E)"))
        self.excel_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addSpacing(12)
        top.addWidget(self.as_of, 1)
        top.addWidget(self.excel_button)
        self.layout().insertLayout(0, top)

        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.excel_button.clicked.connect(self.export_excel)
        self.refresh()
        self.month.setFocus()

    def chosen_month(self) -> tuple[int, int]:
        year, month = self.month.currentData().split("-")
        return int(year), int(month)

    def choose_month(self, year: int, month: int) -> None:
        """Select (year, month) if offered; choosing another month makes its report."""
        index = self.month.findData(f"{year:04d}-{month:02d}")
        if index >= 0:
            self.month.setCurrentIndex(index)

    # ----------------------------------------------------------------- preview
    def refresh(self) -> None:
        """Make the chosen month's report off the GUI thread; an older one still running is
        superseded."""
        self._generation += 1
        generation = self._generation
        self._pdf = b""
        self._set_ready(False)
        self.excel_button.setEnabled(False)
        self.summary.clear()
        self.print_status.clear()
        self.error_label.hide()
        self.busy_bar.show()
        self.busy_label.setText(self.tr("Preparing the report for %1…").replace(
            "%1", self.month.currentText()))
        self.stack.setCurrentIndex(0)
        db, office_id, today = self._db, self._office_id, self._today
        year, month = self.chosen_month()
        task = BackgroundTask(lambda _progress, _cancelled: council_report.report_pdf(
            db, office_id, year, month, today=today))
        task.succeeded.connect(lambda pdf: self._arrived(generation, pdf))
        task.failed.connect(lambda error: self._went_wrong(generation, error))
        task.finished.connect(lambda: _running.discard(task))
        _running.add(task)
        self.task = task
        task.start()

    def _arrived(self, generation: int, pdf: bytes) -> None:
        if isValid(self) and generation == self._generation:
            self._rendered(pdf)
            self.excel_button.setEnabled(True)

    def _went_wrong(self, generation: int, error: object) -> None:
        if isValid(self) and generation == self._generation:
            self._failed(error)

    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def default_file_name(self) -> str:
        year, month = self.chosen_month()
        return self.tr("council-report-%1.pdf").replace(
            "%1", f"{year + BE_OFFSET}-{month:02d}")

    # ----------------------------------------------------------------- Excel
    def export_excel(self) -> None:
        year, month = self.chosen_month()
        name = self.tr("council-report-%1.xlsx").replace("%1", f"{year + BE_OFFSET}-{month:02d}")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), documents_path(name),
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> BackgroundTask:
        """Write the chosen month's workbook to `path` off the GUI thread; the result is said
        in the status line."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        year, month = self.chosen_month()
        db, office_id, today = self._db, self._office_id, self._today
        self.excel_button.setEnabled(False)
        self.print_status.setText(self.tr("Writing the workbook…"))
        task = BackgroundTask(lambda _progress, _cancelled: council_report.report_xlsx(
            db, office_id, year, month, path, today=today))
        task.succeeded.connect(lambda written: self._exported(written))
        task.failed.connect(self._export_failed)
        task.finished.connect(lambda: _running.discard(task))
        _running.add(task)
        self.export_task = task
        task.start()
        return task

    def _exported(self, path: Path) -> None:
        if isValid(self):
            self.excel_button.setEnabled(True)
            self.print_status.setText(self.tr("Saved %1").replace("%1", path.name))
            self.print_status.setToolTip(str(path))

    def _export_failed(self, error: object) -> None:
        if not isValid(self):
            return
        self.excel_button.setEnabled(True)
        reason = error_text(error) if isinstance(error, FondueError) else str(error)
        self.print_status.setText(self.tr("The workbook could not be written: %1").replace(
            "%1", reason))

    def keyPressEvent(self, event) -> None:  # Qt override
        if event.key() == Qt.Key.Key_E and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.excel_button.isEnabled():
                self.export_excel()
            return
        super().keyPressEvent(event)
