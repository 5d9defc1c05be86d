"""Automatic backups while the desk runs: once a day in the background, and when it closes.

The status bar label shows how old the last good backup is, red when there is none or it is
older than two days (services.backup.is_stale), so an office notices a backup folder that
stopped working long before it needs a backup.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

from fondue_desk.domain.calendar import now_thai
from fondue_desk.services import backup
from fondue_desk.services.backup_settings import BackupSettings, backup_settings
from fondue_desk.services.views import OfficeView

from ..style import ERROR, MUTED
from ..tasks import BackgroundTask
from .texts import age_text, error_text, when_text

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

# A manual backup (File → Back up…) also counts for the status bar, wherever it was saved.
LAST_MANUAL_KEY = "backup/last_manual"
LAST_ERROR_KEY = "backup/last_error"
DAY_MS = 24 * 60 * 60 * 1000
# The first daily check waits a while: starting the desk should not start a backup at once.
FIRST_CHECK_MS = 10 * 60 * 1000
CHECK_EVERY_MS = 60 * 60 * 1000
LABEL_EVERY_MS = 60 * 1000


class BackupStatusLabel(QLabel):
    def show_state(self, info: backup.BackupInfo | None, failure: str = "") -> None:
        stale = backup.is_stale(info)
        self.setText(age_text(backup.backup_age(info) if info is not None else None))
        tip = [when_text(info.created_at) + "\n" + info.path] if info is not None else []
        if failure:
            tip.append(failure)
        self.setToolTip("\n\n".join(tip))
        colour = ERROR if stale or failure else MUTED
        self.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if stale else ""))
        self.setProperty("stale", stale)


class AutoBackup(QObject):
    """Owned by the main window; `backed_up(BackupInfo)` after each good backup."""

    backed_up = Signal(object)

    def __init__(self, db: Database, office: OfficeView, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._task: BackgroundTask | None = None
        self.enabled = True  # off after a restore: the data on disk is no longer this window's
        self.label = BackupStatusLabel(parent)
        self.label.setContentsMargins(8, 0, 8, 0)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_daily)
        self.timer.start(FIRST_CHECK_MS)
        # "2 hours ago" must become "3 hours ago" (and red after two days) on its own.
        self.label_timer = QTimer(self)
        self.label_timer.timeout.connect(self.refresh_label)
        self.label_timer.start(LABEL_EVERY_MS)
        self.refresh_label()

    def settings(self) -> BackupSettings:
        return backup_settings(self._db, self._office.id)

    def last_good(self) -> backup.BackupInfo | None:
        found = [backup.last_good_backup(self.settings().folder)]
        manual = QSettings().value(LAST_MANUAL_KEY, "")
        if manual and Path(str(manual)).is_file():
            try:
                found.append(backup.backup_info(str(manual)))
            except backup.BackupError:
                pass  # moved, replaced or damaged: it no longer counts
        good = [info for info in found if info is not None]
        return max(good, key=lambda info: info.created_at, default=None)

    def refresh_label(self) -> None:
        failure = str(QSettings().value(LAST_ERROR_KEY, "") or "")
        self.label.show_state(self.last_good(), failure)

    def record_manual(self, info: backup.BackupInfo) -> None:
        QSettings().setValue(LAST_MANUAL_KEY, info.path)
        self._succeeded(info)

    def check_daily(self) -> BackgroundTask | None:
        """Start a background backup when automatic backups are on and the last one is a day
        old; returns the task (None when nothing was due)."""
        self.timer.setInterval(CHECK_EVERY_MS)
        settings = self.settings()
        if not (self.enabled and settings.automatic) or self.is_running():
            return None
        last = backup.last_good_backup(settings.folder)
        if last is not None and backup.backup_age(last).total_seconds() * 1000 < DAY_MS:
            return None
        db, folder, keep = self._db, settings.folder, settings.keep
        self._task = BackgroundTask(
            lambda _progress, _cancelled: backup.auto_backup(db, folder, keep), self)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._task.start()
        return self._task

    def is_running(self) -> bool:
        return self._task is not None and self._task.is_running()

    def run_on_close(self) -> backup.BackupInfo | None:
        """The backup when the window closes, in the GUI thread: the desk is going away, so
        the wait is shown and nothing else can happen meanwhile. A failure is kept for the
        status bar of the next start (no dialog while the office is leaving)."""
        try:
            settings = self.settings()
        except Exception as exc:  # noqa: BLE001  (the database is gone: nothing to back up)
            self._remember_failure(exc)
            return None
        if not (self.enabled and settings.automatic):
            return None
        self._wait_for_running_task()
        parent = self.parent()
        notice = QProgressDialog(self.tr("Backing up the data before closing…"), "", 0, 0,
                                 parent if isinstance(parent, QWidget) else None)
        notice.setCancelButton(None)
        notice.setMinimumDuration(0)
        notice.show()
        QApplication.processEvents()
        try:
            info = backup.auto_backup(self._db, settings.folder, settings.keep, now=now_thai())
        except Exception as exc:  # noqa: BLE001  (any failure: remembered, never a crash)
            self._remember_failure(exc)
            return None
        finally:
            notice.close()
            notice.deleteLater()
        QSettings().remove(LAST_ERROR_KEY)
        return info

    def _succeeded(self, info: backup.BackupInfo) -> None:
        QSettings().remove(LAST_ERROR_KEY)
        self.refresh_label()
        self.backed_up.emit(info)

    def _failed(self, error: object) -> None:
        self._remember_failure(error)
        self.refresh_label()

    def _remember_failure(self, error: object) -> None:
        text = error_text(error) if isinstance(error, BaseException) else str(error)
        QSettings().setValue(LAST_ERROR_KEY, self.tr("Automatic backup failed: %1")
                             .replace("%1", text))

    def _wait_for_running_task(self) -> None:
        # A daily backup still running when the window closes: let it end first (its
        # finished signal is queued to this thread, so connecting before checking is safe).
        if self._task is None:
            return
        loop = QEventLoop()
        self._task.finished.connect(loop.quit)
        if self._task.is_running():
            loop.exec()
