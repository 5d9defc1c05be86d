"""Asking for possible duplicates while the clerk types: debounced, off the GUI thread.

The form's question (a category and a place) is asked once it has been still for DEBOUNCE_MS,
on a worker thread (`services.duplicates.find_candidates` in its own session); one search runs
at a time, and an answer to a question the form no longer asks is dropped.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from fondue_desk.services import duplicates

from ..tasks import BackgroundTask

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database
    from fondue_desk.services.duplicates import DuplicateCandidate

DEBOUNCE_MS = 400


@dataclass(frozen=True)
class CandidateQuery:
    """What the form asks about: a category and a place (a point, else a village)."""
    category_id: int
    lat: float | None
    lon: float | None
    village_id: int | None


Finder = Callable[[CandidateQuery], "list[DuplicateCandidate]"]


def service_finder(db: Database, actor_id: int) -> Finder:
    def find(query: CandidateQuery) -> list[DuplicateCandidate]:
        return duplicates.find_candidates(
            db, actor_id, category_id=query.category_id, lat=query.lat, lon=query.lon,
            village_id=query.village_id)

    return find


class CandidateSearch(QObject):
    """Asks the finder on a worker thread once the question has been still for a moment; one
    search runs at a time, and only the answer to the latest question is passed on."""

    answered = Signal(object)  # list[DuplicateCandidate], for the question still asked
    failed = Signal(object)    # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finder: Finder | None = None
        self._wanted: CandidateQuery | None = None
        self._answered: CandidateQuery | None = None
        self._task: BackgroundTask | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def set_finder(self, finder: Finder | None) -> None:
        self._finder = finder

    def ask(self, query: CandidateQuery | None) -> None:
        if query == self._wanted and (self.is_busy() or query == self._answered):
            return
        self._wanted = query
        if query is None or self._finder is None:
            self._timer.stop()
            self._answered = None
            self.answered.emit([])
            return
        self._timer.start()  # restarted by every change: typing a point asks once

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._task is not None

    def _start(self) -> None:
        if self._task is not None or self._wanted is None or self._finder is None:
            return  # a running search starts the next one when it ends
        query, finder = self._wanted, self._finder
        task = BackgroundTask(lambda _progress, _cancelled: finder(query), self)
        task.succeeded.connect(lambda found: self._found(query, found))
        task.failed.connect(lambda error: self._failed(query, error))
        task.finished.connect(self._finished)
        self._task = task
        task.start()

    def _found(self, query: CandidateQuery, found: list) -> None:
        if query == self._wanted:
            self._answered = query
            self.answered.emit(list(found))

    def _failed(self, query: CandidateQuery, error: Exception) -> None:
        if query == self._wanted:
            self._answered = query
            self.failed.emit(error)

    def _finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        if self._wanted is not None and self._wanted != self._answered \
                and not self._timer.isActive():
            self._start()
