"""Sync with Traffy Fondue in the background: a QTimer looks every minute whether something
waits in the outbox or the office's fetch interval has passed, and a save that queued
something asks at once. traffy_sync.sync_once runs in a BackgroundTask, one at a time; while
the line is down the runs stay quiet (the queue keeps everything, the indicator says offline).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from fondue_desk.domain.calendar import now_thai
from fondue_desk.services import traffy_sync
from fondue_desk.services.traffy_sync import SyncReport, TraffySettings

from ..tasks import BackgroundTask

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

TICK_MS = 60_000


class TraffyScheduler(QObject):
    started = Signal()
    finished = Signal(object)  # SyncReport, or the exception the run raised
    changed = Signal()  # the queue or the state may look different: the indicator reads again

    def __init__(self, db: Database, office_id: int, parent: QObject | None = None, *,
                 client_factory: Callable | None = None,
                 clock: Callable[[], datetime] = now_thai) -> None:
        super().__init__(parent)
        self._db = db
        self._office_id = office_id
        self._client_factory = client_factory  # tests point it at the fake server
        self._clock = clock
        self._task: BackgroundTask | None = None
        self._again: bool | None = None  # a run asked for while one was going (pull or not)
        self._outcome: object = None
        self.last_report: SyncReport | None = None
        self.last_contact: datetime | None = None  # the last run Traffy answered
        self.offline = False
        self.setup: TraffySettings = traffy_sync.settings(db, office_id)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.reconfigure()

    def reconfigure(self) -> None:
        """Read the office's settings again (Settings → Traffy Fondue was saved)."""
        self.setup = traffy_sync.settings(self._db, self._office_id)
        if self.setup.enabled:
            self._timer.start()
        else:
            self._timer.stop()
        self.changed.emit()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def is_running(self) -> bool:
        return self._task is not None

    def tick(self) -> BackgroundTask | None:
        """The timer's look: run when something waits or the fetch is due."""
        if not self.setup.enabled:
            return None
        pull = traffy_sync.pull_due(self._db, self._office_id, self._clock())
        if pull or traffy_sync.counts(self._db, self._office_id).get("queued", 0):
            return self.run(pull=pull)
        return None

    def queued_something(self) -> BackgroundTask | None:
        """After a save: send what it queued now rather than at the next tick."""
        self.changed.emit()
        if not self.setup.enabled:
            return None
        if traffy_sync.counts(self._db, self._office_id).get("queued", 0):
            return self.run(pull=False)
        return None

    def run(self, *, pull: bool = True) -> BackgroundTask | None:
        """One sync run off the GUI thread; while one runs, one more is remembered."""
        if self._task is not None:
            self._again = bool(self._again) or pull
            return None
        db, office_id, factory, now = self._db, self._office_id, self._client_factory, \
            self._clock()
        task = BackgroundTask(lambda _progress, _cancelled: traffy_sync.sync_once(
            db, office_id, client_factory=factory, now=now, pull=pull), self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._done)
        task.finished.connect(self._next)
        self._task = task
        task.start()
        self.started.emit()
        return task

    def _done(self, outcome: object) -> None:
        if isinstance(outcome, SyncReport):
            self.last_report = outcome
            self.offline = outcome.offline
            if not outcome.error_code:
                self.last_contact = self._clock()
        self._outcome = outcome

    def _next(self) -> None:
        # Said once the run is over, so whoever listens sees the scheduler idle.
        self._task = None
        outcome, self._outcome = self._outcome, None
        self.finished.emit(outcome)
        self.changed.emit()
        again, self._again = self._again, None
        if again is not None:
            self.run(pull=again)

    def stop(self) -> None:
        """On close: no more runs, and a run under way is waited for (its thread must end
        before the window goes)."""
        self._timer.stop()
        self._again = None
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
