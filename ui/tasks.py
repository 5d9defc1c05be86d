"""Long work off the GUI thread: run a function in a QThread, report progress, allow cancel.

The function receives `progress(done, total)` and `is_cancelled()` callbacks and must not touch
widgets; its result or exception comes back on the GUI thread through signals.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except Exception as exc:  # the GUI decides how to word it; the thread must not die
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One background job. Keep a reference until `finished` fires."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Callable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        # Bound slots of this GUI-thread object: Qt queues the worker's signals to them, so the
        # thread is joined from the GUI thread (a plain function would run in the worker).
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        # An owner closed mid-work (a Settings page, a dialog) deletes this task and with it
        # the QThread; Qt aborts the process if that thread still runs. Its end is awaited
        # first (the work is told to stop), from the destroyed signal that precedes it.
        thread, cancel = self._thread, self._cancel

        def stop_before_deletion(*_args: object) -> None:
            cancel.set()
            thread.quit()
            thread.wait()

        self.destroyed.connect(stop_before_deletion)

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        self._finish()
        self.succeeded.emit(value)
        self.finished.emit()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish()
        self.failed.emit(error)
        self.finished.emit()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Block until the work has returned; its result is dropped (used when quitting)."""
        self._thread.quit()  # takes effect once the work returns: exec() then ends at once
        self._thread.wait()

    def is_running(self) -> bool:
        return self._thread.isRunning()
