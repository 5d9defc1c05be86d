"""The Traffy Fondue sync in the main window: the background scheduler, the status-bar
indicator ("Traffy: 3 waiting" / offline), View → Traffy Fondue sync…, and the screens that
follow Settings → Traffy Fondue without a restart."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton

from fondue_desk.services import traffy_sync
from fondue_desk.services.changes import ChangeSet

from .scheduler import TraffyScheduler
from .sync_page import TraffySyncDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

CONTEXT = "MainWindow"


def add_traffy_sync_action(window: MainWindow, menu: QMenu) -> None:
    action = QAction(QCoreApplication.translate("MainWindow", "Traffy Fondue sync…"), window)
    action.setShortcut("Ctrl+Shift+Y")
    action.triggered.connect(lambda _checked=False: open_traffy_sync(window))
    window.traffy_sync_action = action
    menu.addAction(action)


def open_traffy_sync(window: MainWindow) -> TraffySyncDialog:
    shown = getattr(window, "traffy_sync_dialog", None)
    if shown is not None and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return shown
    dialog = TraffySyncDialog(window._db, window.office, window.user,
                              window.traffy_scheduler, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: setattr(window, "traffy_sync_dialog", None))
    window.traffy_sync_dialog = dialog
    dialog.show()
    return dialog


class TraffyIndicator(QToolButton):
    """Quiet while nothing waits; says how many wait or failed, or that the line is down.
    A click opens the sync window."""

    def __init__(self, window: MainWindow, scheduler: TraffyScheduler) -> None:
        super().__init__(window)
        self._window = window
        self._scheduler = scheduler
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the menu entry is the keyboard's way
        self.clicked.connect(lambda: open_traffy_sync(window))
        scheduler.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if not self._scheduler.setup.enabled:
            self.hide()
            return
        counts = traffy_sync.counts(self._window._db, self._window.office.id)
        waiting, failed = counts.get("queued", 0), counts.get("failed", 0)
        if self._scheduler.offline:
            text = QCoreApplication.translate("TraffyIndicator", "Traffy: offline")
        elif failed:
            text = QCoreApplication.translate("TraffyIndicator", "Traffy: %1 failed").replace("%1", str(failed))
        elif waiting:
            text = QCoreApplication.translate("TraffyIndicator", "Traffy: %1 waiting").replace("%1", str(waiting))
        else:
            text = QCoreApplication.translate("TraffyIndicator", "Traffy: up to date")
        if self._scheduler.offline and waiting:
            text += " · " + QCoreApplication.translate("TraffyIndicator", "%1 waiting").replace("%1", str(waiting))
        self.setText(text)
        self.setToolTip(QCoreApplication.translate("TraffyIndicator", "Traffy Fondue sync (Ctrl+Shift+Y)"))
        self.show()


class _StopOnClose(QObject):
    def __init__(self, window: MainWindow, scheduler: TraffyScheduler) -> None:
        super().__init__(window)
        self._scheduler = scheduler
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._scheduler.stop()
        return False


def install_traffy_sync(window: MainWindow) -> TraffyScheduler:
    scheduler = TraffyScheduler(window._db, window.office.id, window)
    window.traffy_scheduler = scheduler
    window.traffy_indicator = TraffyIndicator(window, scheduler)
    window.statusBar().addPermanentWidget(window.traffy_indicator)
    _StopOnClose(window, scheduler)
    intake = window.intake_page
    if intake is not None:
        intake.complaint_logged.connect(lambda _complaint: scheduler.queued_something())
        announced: set[int] = set()

        def ticket_arrived(_outcome: object) -> None:
            # The receipt went to the printer as the clerk saved, before Traffy answered:
            # once the ticket is here, say so, since Ctrl+P prints it with the ticket.
            last = intake.last_complaint()
            if last is None or last.id in announced:
                return
            ticket = traffy_sync.ticket_of(window._db, last.id)
            if ticket is not None:
                announced.add(last.id)
                window.statusBar().showMessage(QCoreApplication.translate(
                    "MainWindow", "Traffy ticket %1 for %2: Ctrl+P reprints the receipt with it")
                    .replace("%1", ticket.ticket_id).replace("%2", last.tracking_no), 15000)

        scheduler.finished.connect(ticket_arrived)

    def settings_saved(changes: ChangeSet) -> None:
        if changes.touches("traffy"):
            scheduler.reconfigure()
            if intake is not None:
                intake.refresh_traffy(window.office.id)

    window.reference_bus.reference_changed.connect(settings_saved)
    return scheduler
