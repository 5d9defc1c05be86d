"""The register's "Export Open311 (GeoReport v2)…": the complaints shown, as Open311 files.

The clerk picks a folder; services.fondue_desk.open311_export writes the services, their
definitions and the requests of the register's current filter and order, JSON and XML, on a
worker thread with progress and cancel. The files are in Thai whatever the desk's language:
they are the office's published data (`fondue-desk export open311 --lang en` writes English). The page only places the button: everything else is
here, so the register page keeps one line for it.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from fondue_desk.domain.numbers import format_count
from fondue_desk.services.open311_export import Open311ExportResult, export_open311

from ..task_progress import TaskProgress
from ..tasks import BackgroundTask

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

    from ..pages.register_page import RegisterPage

LAST_FOLDER_KEY = "export/open311_folder"


class Open311Exporter(QObject):
    """Owns the action and its button for a register page; one export at a time.
    `finished(Open311ExportResult | None)` when an export ends (None: it failed)."""

    finished = Signal(object)

    def __init__(self, db: Database, office_id: int, page: RegisterPage) -> None:
        super().__init__(page)
        self._db = db
        self._office_id = office_id
        self._page = page
        self.task: BackgroundTask | None = None
        self.progress: TaskProgress | None = None
        self.action = QAction(self.tr("Export Open311 (GeoReport v2)…"), page)
        self.action.setToolTip(self.tr("Save the complaints shown, with the categories, as "
                                       "Open311 GeoReport v2 files (JSON and XML) for other "
                                       "systems"))
        self.action.triggered.connect(lambda _checked=False: self.export())
        page.addAction(self.action)
        self.button = QPushButton(self.tr("Open311…"), page)
        self.button.setToolTip(self.action.toolTip())
        self.button.setAccessibleName(self.action.text())
        self.button.clicked.connect(self.action.trigger)

    def choose_folder(self) -> Path | None:
        start = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
        chosen = QFileDialog.getExistingDirectory(
            self._page, self.tr("Export Open311 (GeoReport v2): choose a folder"), str(start))
        if not chosen:
            return None
        QSettings().setValue(LAST_FOLDER_KEY, chosen)
        return Path(chosen)

    def export(self) -> BackgroundTask | None:
        """The register's current view into a chosen folder, off the GUI thread."""
        if self.task is not None and self.task.is_running():
            return None
        folder = self.choose_folder()
        if folder is None:
            return None
        return self.start(folder)

    def start(self, folder: Path) -> BackgroundTask:
        page = self._page
        db, office_id = self._db, self._office_id
        flt, sort = page.current_filter(), page.model.sort_order

        def work(progress, is_cancelled) -> Open311ExportResult:
            return export_open311(db, office_id, flt, folder, sort=sort,
                                  progress=progress, is_cancelled=is_cancelled)

        self.task = BackgroundTask(work, self)
        self.progress = TaskProgress(self.task, self.tr("Exporting Open311 files…"), page,
                                     cancel_text=self.tr("Cancel"))
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.button.setEnabled(False)
        self.action.setEnabled(False)
        self.task.start()
        return self.task

    def _done(self) -> None:
        self.progress.close()
        self.button.setEnabled(True)
        self.action.setEnabled(True)

    def _succeeded(self, result: Open311ExportResult) -> None:
        self._done()
        if result.cancelled:
            self._page.message.emit(self.tr("Open311 export cancelled; the folder is as it was"))
        else:
            self._page.message.emit(
                self.tr("Exported %1 complaints and %2 categories as Open311 files to %3")
                .replace("%1", format_count(result.requests))
                .replace("%2", format_count(result.services))
                .replace("%3", str(result.folder)))
        self.finished.emit(result)

    def _failed(self, error: object) -> None:
        self._done()
        QMessageBox.warning(self._page, self.tr("Open311 export failed"),
                            self.tr("The files could not be written:\n%1").replace("%1",
                                                                                str(error)))
        self.finished.emit(None)

