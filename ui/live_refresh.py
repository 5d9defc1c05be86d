"""What other desks save shows here within a second or two: the core's change feed (a thread
woken by PostgreSQL NOTIFY or SQLite's data_version) becomes a signal on the GUI thread, and
the window reads again only what it shows: the register's query (answered from the search
index, which re-reads just the changed rows), the detail pane's complaint, and the board, the
queue and the map when they are in sight (a hidden one reads itself when next shown). Statuses
renamed on another desk go round this window's ReferenceBus as if renamed here."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from fondue_desk.documents.thai_text import unbreakable
from fondue_desk.services.change_feed import ChangeFeed, FeedChanges
from fondue_desk.services.changes import ChangeSet

from .dates import core_moment, shown_datetime

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

    from .main_window import MainWindow


class LiveRefresh(QObject):
    """Owns one ChangeFeed for a window. Runs while the window is shown: a sign-out hides the
    window and a close ends the desk, and either stops the thread and its connection."""

    changed = Signal(object)  # FeedChanges, delivered on the GUI thread

    def __init__(self, db: Database, office_id: int, window: QWidget) -> None:
        super().__init__(window)
        # Emitted from the feed's thread; Qt queues it to this object's (the GUI) thread.
        feed = ChangeFeed(db, self.changed.emit, office_id=office_id)
        self._feed = feed
        window.installEventFilter(self)
        # Should the window go without a close or hide, the thread still ends with it.
        window.destroyed.connect(lambda *_: feed.stop())

    @property
    def running(self) -> bool:
        return self._feed.running

    def start(self) -> None:
        self._feed.start()

    def stop(self) -> None:
        self._feed.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Show and not event.spontaneous():
            self.start()
        elif kind == QEvent.Type.Close or (kind == QEvent.Type.Hide
                                           and not event.spontaneous()):
            self.stop()
        return False


def live_refresh_of(widget: QWidget | None) -> LiveRefresh | None:
    """The LiveRefresh of the window a widget or dialog belongs to, if it has one."""
    while widget is not None:
        live = getattr(widget, "live_refresh", None)
        if isinstance(live, LiveRefresh):
            return live
        widget = widget.parentWidget()
    return None


def changed_by_text(by_name: str, at) -> str:
    """ "Changed by X at <date time>": the same words for the edit dialog and the status bar."""
    # A datetime from the feed, or the core refusal's words for it ("06/12/2569 10:05").
    when = unbreakable(shown_datetime(at) if isinstance(at, datetime)
                       else core_moment(str(at or "")))
    name = by_name or QCoreApplication.translate("LiveRefresh", "another desk")
    return QCoreApplication.translate(
        "LiveRefresh", "This complaint was changed by %1 on %2").replace(
        "%1", name).replace("%2", when)


def follow_live_changes(window: MainWindow) -> LiveRefresh:
    """Wire the window's pages to other desks' saves and start listening."""
    live = LiveRefresh(window._db, window.office.id, window)

    def changed(changes: FeedChanges) -> None:
        if changes.labels:  # the book reloads first (ui.labels), then every page redraws
            window.reference_bus.publish(ChangeSet(labels=True))
        if not changes.changes:
            return
        window.data_changed(None)  # the register, and the board, queue and map when in sight
        detail = window.register_page.detail
        shown = detail.complaint()
        if shown is None or shown.id not in changes.ids:
            return
        detail.show_complaint(shown.id)  # the pane shows what is saved now
        change = changes.by_id[shown.id]
        if change.by_user_id != window.user.id:  # this desk's own save needs no news
            window.statusBar().showMessage(
                changed_by_text(change.by_name, change.at), 10_000)

    live.changed.connect(changed)
    if window.isVisible():
        live.start()
    return live
