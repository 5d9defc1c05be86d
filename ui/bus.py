"""One "reference data changed" notification for the whole window (Anki's
operation_did_execute): settings publish a ChangeSet, each open screen decides for itself.

A listener names the flags it reads and how to reload. It reloads at once when its widget is
visible, otherwise when the widget is next shown, so a hidden page costs nothing until then.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from fondue_desk.services.changes import ChangeSet


class ReferenceBus(QObject):
    reference_changed = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.reference_changed.emit(changes)

    def follow(self, widget: QWidget, flags: Iterable[str],
               reload: Callable[[ChangeSet], None]) -> ReferenceListener:
        """Call `reload(changes)` for changes touching `flags`: now if `widget` is visible,
        else on its next show. The listener lives as long as the widget."""
        return ReferenceListener(self, widget, tuple(flags), reload)


class ReferenceListener(QObject):
    def __init__(self, bus: ReferenceBus, widget: QWidget, flags: tuple[str, ...],
                 reload: Callable[[ChangeSet], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._flags = flags
        self._reload = reload
        self._pending: ChangeSet | None = None
        bus.reference_changed.connect(self._changed)
        widget.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def _changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*self._flags):
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if self._widget.isVisible():
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and self._pending is not None:
            self._run()
        return False

    def _run(self) -> None:
        changes, self._pending = self._pending, None
        self._reload(changes)
