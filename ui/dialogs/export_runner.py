"""Exporting the register's current view: file choice, a progress dialog with cancel, result."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.interop.register_export import ExportResult, export_register

from ..labels import ui_language
from ..task_progress import TaskProgress
from ..tasks import BackgroundTask

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

LAST_FOLDER_KEY = "export/last_folder"


class RegisterExporter(QObject):
    """Runs one export at a time for a page; `finished(ExportResult | None)` when it ends."""

    finished = Signal(object)

    def __init__(self, db: Database, office_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._office_id = office_id
        self._parent = parent
        self.task: BackgroundTask | None = None
        self.progress: TaskProgress | None = None

    def choose_file(self) -> tuple[Path, str] | None:
        folder = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for any spreadsheet (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the register"),
            str(Path(folder) / self.tr("complaint-register.xlsx")), f"{excel};;{csv}")
        if not name:
            return None
        fmt = "csv" if chosen == csv or name.lower().endswith(".csv") else "xlsx"
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_suffix(f".{fmt}")
        QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))
        return path, fmt

    def start(self, flt: RegisterFilter, sort: Sort, path: Path, fmt: str) -> BackgroundTask:
        lang = ui_language()  # the export reads as the desk does; read here, not in the worker

        def work(progress, is_cancelled) -> ExportResult:
            return export_register(self._db, self._office_id, flt, sort, path, fmt,
                                   progress=progress, is_cancelled=is_cancelled, lang=lang)

        self.task = BackgroundTask(work, self)
        self.progress = TaskProgress(self.task, self.tr("Exporting the register…"),
                                     self._parent, cancel_text=self.tr("Cancel"))
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.start()
        return self.task

    def _succeeded(self, result: ExportResult) -> None:
        self.progress.close()
        self.finished.emit(result)

    def _failed(self, error: object) -> None:
        self.progress.close()
        QMessageBox.warning(self._parent, self.tr("Export failed"),
                            self.tr("The file could not be written:\n%1").replace("%1", str(error)))
        self.finished.emit(None)
