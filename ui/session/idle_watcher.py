"""Notices when nobody has touched the keyboard or mouse for a while.

An event filter on each top-level window records the moment of the last input; one
single-shot timer wakes up when the limit could have passed and checks. Restarting a timer on
every mouse move would cost a timer call per event; this costs one clock read.

Not an application-wide filter: PySide makes a Python wrapper for every object an application
filter sees, including objects still inside their constructor (QtWebEngine creates one per
map request), and that crashes the process. Real keyboard and mouse input always reaches the
window first, so watching windows sees all of it; a window shown later (a dialog) is watched
when it takes the focus.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

# What counts as someone at the desk. Not Enter/Leave, focus or paint: those happen on their
# own (a tooltip, a window raised by another program).
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod, QEvent.Type.Shortcut,
})
# The rule is read again at least this often, so a change made at another desk applies here
# within a minute (one tiny read per minute).
RECHECK_MS = 60_000


class IdleWatcher(QObject):
    """Emits `idle` once after `limit_ms()` milliseconds without input, while running.

    `limit_ms` is asked again whenever the watcher (re)starts and when the timer fires, so a
    rule changed in Settings applies without restarting the desk; 0 means never.
    """

    idle = Signal()

    def __init__(self, limit_ms: Callable[[], int], parent: QObject | None = None, *,
                 recheck_ms: int = RECHECK_MS) -> None:
        super().__init__(parent)
        self._limit_ms = limit_ms
        self._recheck_ms = recheck_ms
        self._limit = 0
        self._last_input = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._running = False
        self._windows: set[QWindow] = set()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def limit(self) -> int:
        return self._limit

    def start(self) -> None:
        """Count from now; the filter is installed once and only listens while running."""
        if not self._running:
            for window in QGuiApplication.topLevelWindows():
                self._watch(window)
            QGuiApplication.instance().focusWindowChanged.connect(self._watch)
        self._running = True
        self._last_input.start()
        self._arm(self._read_limit())

    def stop(self) -> None:
        if self._running:
            QGuiApplication.instance().focusWindowChanged.disconnect(self._watch)
            for window in self._windows:
                # A dialog's window can be gone before its destroyed() reached _watch's
                # discard (deleted with its dialog while the desk stayed signed in).
                if shiboken6.isValid(window):
                    window.removeEventFilter(self)
            self._windows.clear()
        self._running = False
        self._timer.stop()

    def policy_changed(self) -> None:
        """The rule may have changed: apply it to the current idle stretch."""
        if self._running:
            self._check()

    def _watch(self, window: QWindow | None) -> None:
        if window is None or window in self._windows:
            return
        self._windows.add(window)
        window.installEventFilter(self)
        window.destroyed.connect(lambda _obj=None, w=window: self._windows.discard(w))

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() in INPUT_EVENTS:
            self._last_input.restart()
        return False

    def _read_limit(self) -> int:
        self._limit = max(0, int(self._limit_ms()))
        return self._limit

    def _arm(self, wait_ms: int) -> None:
        # With 0 (never) the rule is still read again: an admin may switch the lock on.
        wait = min(wait_ms, self._recheck_ms) if self._limit > 0 else self._recheck_ms
        self._timer.start(max(1, wait))

    def _check(self) -> None:
        if not self._running:
            return
        limit = self._read_limit()
        if limit == 0:
            self._arm(0)
            return
        quiet = self._last_input.elapsed()
        if quiet >= limit:
            self.stop()
            self.idle.emit()
        else:
            self._arm(limit - quiet)
