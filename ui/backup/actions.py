"""File → Back up… and File → Restore…: choose a file, work off the GUI thread, say what happened.

After a restore this window closes the app: every open page, cached list and the signed-in
user belong to the data that was replaced (the user may not even exist in the backup), and
reopening is the one way that is certainly right. The clerk is told so before it happens.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.services import backup
from fondue_desk.services.backup_settings import backup_settings

from ..task_progress import TaskProgress
from ..tasks import BackgroundTask
from .restore_dialog import RestoreDialog
from .texts import error_text, size_text, when_text

if TYPE_CHECKING:
    from ..main_window import MainWindow

LAST_FOLDER_KEY = "backup/last_folder"
SUFFIX = ".fdbackup"


def _location(url: str) -> str:
    from ..main_window import database_location

    return database_location(url)


class BackupActions(QObject):
    """One backup or restore at a time for the main window."""

    backup_done = Signal(object)  # BackupInfo
    restore_done = Signal(object)  # RestoreResult

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.task: BackgroundTask | None = None
        self.progress: TaskProgress | None = None
        self.restore_dialog: RestoreDialog | None = None

    # Back up ----------------------------------------------------------------------------
    def choose_backup_file(self) -> Path | None:
        folder = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
        suggested = Path(folder) / f"fondue-desk-{to_thai(now_thai()):%Y%m%d-%H%M}{SUFFIX}"
        name, _chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Back up the data"), str(suggested),
            self.tr("Fondue Desk backups (*.fdbackup)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))
        return path

    def back_up(self) -> BackgroundTask | None:
        path = self.choose_backup_file()
        if path is None or self._busy():
            return None
        db = self._window._db

        def work(progress, _cancelled):
            return backup.create_backup(db, path, progress=progress)

        return self._start(work, self.tr("Backing up the data…"), self._backed_up,
                           self.tr("Backup failed"))

    def _backed_up(self, info: backup.BackupInfo) -> None:
        self.backup_done.emit(info)
        QMessageBox.information(self._window, self.tr("Backup saved"), self.tr(
            "The backup was saved and checked:\n%1 (%2)\n\nKeep a copy away from this "
            "computer: a USB drive, another building.").replace("%1", info.path)
            .replace("%2", size_text(info.size_bytes)))

    # Restore ----------------------------------------------------------------------------
    def restore(self) -> BackgroundTask | None:
        folder = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
        name, _chosen = QFileDialog.getOpenFileName(
            self._window, self.tr("Restore a backup"), str(folder),
            self.tr("Fondue Desk backups (*.fdbackup);;All files (*)"))
        if not name or self._busy():
            return None
        path = Path(name)
        return self._start(lambda _p, _c: backup.verify_backup(path),
                           self.tr("Checking the backup…"), self._checked,
                           self.tr("Cannot restore this file"))

    def _checked(self, info: backup.BackupInfo) -> None:
        window = self._window
        safety = backup_settings(window._db, window.office.id).folder
        self.restore_dialog = RestoreDialog(
            info, current_office=window.office.name, database=_location(window._db.url),
            safety_folder=safety, parent=window)
        self.restore_dialog.accepted.connect(lambda: self._confirmed(info, safety))
        self.restore_dialog.open()

    def _confirmed(self, info: backup.BackupInfo, safety: str) -> None:
        window = self._window
        url = window._db.url
        window.backup_controller.enabled = False  # what is on disk is about to change
        window._db.close()  # our pooled connections; the restore opens its own

        def work(progress, _cancelled):
            return backup.restore_backup(url, info.path, safety_folder=safety,
                                         progress=progress)

        self._start(work, self.tr("Restoring the backup…"), self._restored,
                    self.tr("Restore failed"), on_failure=self._restore_failed)

    def _restore_failed(self, error: object) -> bool:
        """True when the failure is already said (the data did change: the window closes)."""
        if getattr(error, "code", "") != "backup.upgrade_failed":
            self._window.backup_controller.enabled = True  # nothing was changed
            return False
        QMessageBox.critical(self._window, self.tr("Restore failed"), error_text(error))
        self._window.close()
        return True

    def _restored(self, result: backup.RestoreResult) -> None:
        self.restore_done.emit(result)
        safety = (self.tr("The data as it was before is saved in:\n%1")
                  .replace("%1", result.safety_backup.path)
                  if result.safety_backup is not None else "")
        QMessageBox.information(self._window, self.tr("Backup restored"), self.tr(
            "The backup of %1 from %2 has been restored.\n\n%3\n\nFondue Desk will now "
            "close. Open it again and sign in.")
            .replace("%1", result.restored.office_name).replace("%2",
                                                                 when_text(result.restored.created_at))
            .replace("%3", safety))
        # The last window closing ends the app (QApplication quits on it), with no backup:
        # the data on disk is no longer what this window was showing.
        self._window.close()

    # Shared -----------------------------------------------------------------------------
    def _busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def _start(self, work, label: str, on_success, failure_title: str, *,
               on_failure=None) -> BackgroundTask:
        self.task = BackgroundTask(work, self)
        # No Cancel: a half-made backup or restore is never kept.
        self.progress = TaskProgress(self.task, label, self._window)

        def succeeded(value) -> None:
            self.progress.close()
            on_success(value)

        def failed(error) -> None:
            self.progress.close()
            if on_failure is not None and on_failure(error):
                return
            QMessageBox.warning(self._window, failure_title, self.tr(
                "%1\n\nNothing was changed.").replace("%1", error_text(error)))

        self.task.succeeded.connect(succeeded)
        self.task.failed.connect(failed)
        self.task.start()
        return self.task

