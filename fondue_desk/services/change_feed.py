"""What the other desks saved, as it happens: a thread woken by the database (`db.notify`)
asks which complaints gained rows since it last looked and hands them to a callback.

Every change to a complaint leaves a new row with a growing id (the complaint itself, a status
event, an edit, an assignment, an attachment), so "what changed since" is five index seeks
above the last ids seen and needs no change-log table. The office's own names and colours of
the statuses (services.labels) are one more primary-key read: a new label stamp means another
desk renamed something. Plain data in, plain data out; the UI turns the callback into a signal
on its own thread.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Assignment,
    Attachment,
    Complaint,
    ComplaintEdit,
    StatusEvent,
    User,
)
from fondue_desk.db.notify import Waker, open_waker
from fondue_desk.services.labels import read_stamp

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5

# kind → (table, its user column, its time column); "new" is the complaint row itself.
_SOURCES = {
    "new": (Complaint, Complaint.clerk_id, Complaint.received_at),
    "status": (StatusEvent, StatusEvent.by_user_id, StatusEvent.at),
    "edit": (ComplaintEdit, ComplaintEdit.by_user_id, ComplaintEdit.at),
    "assignment": (Assignment, Assignment.by_user_id, Assignment.at),
    "attachment": (Attachment, Attachment.added_by_id, Attachment.added_at),
}
KINDS = tuple(_SOURCES)


# On PostgreSQL ids are taken when a row is inserted but seen when its transaction commits, so
# a lower id can appear after a higher one was read. The last ids below each mark are asked
# again and those not yet seen are reported late rather than never.
LOOKBACK = 200


@dataclass(frozen=True)
class FeedMark:
    """The highest id of each source table seen so far, and the ids seen just below it."""

    last_ids: tuple[int, ...] = (0,) * len(_SOURCES)
    recent: tuple[frozenset[int], ...] = (frozenset(),) * len(_SOURCES)
    labels: str = ""  # the label stamp seen (services.labels.read_stamp)


@dataclass(frozen=True)
class ComplaintChange:
    complaint_id: int
    kinds: frozenset[str]
    by_user_id: int
    by_name: str
    at: datetime  # naive UTC, as stored


@dataclass(frozen=True)
class FeedChanges:
    changes: tuple[ComplaintChange, ...] = ()
    by_id: dict[int, ComplaintChange] = field(default_factory=dict, compare=False, repr=False)
    labels: bool = False  # another desk renamed or recoloured statuses: reload the book

    def __post_init__(self) -> None:
        self.by_id.update({c.complaint_id: c for c in self.changes})

    @property
    def ids(self) -> frozenset[int]:
        return frozenset(self.by_id)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(k for c in self.changes for k in c.kinds)

    def __bool__(self) -> bool:
        return bool(self.changes) or self.labels


def current_mark(db: Database, office_id: int | None = None) -> FeedMark:
    tops, recent = [], []
    with db.read() as session:
        for table, _, _ in _SOURCES.values():
            top = session.scalar(select(func.max(table.id))) or 0
            tops.append(top)
            recent.append(frozenset(session.scalars(
                select(table.id).where(table.id > top - LOOKBACK))))
        labels = read_stamp(session, office_id)
    return FeedMark(tuple(tops), tuple(recent), labels)


def changes_since(db: Database, mark: FeedMark,
                  office_id: int | None = None) -> tuple[FeedChanges, FeedMark]:
    """Complaints (of `office_id`, or all) that gained a row since `mark`, whether the
    statuses' labels changed, and the new mark."""
    found: dict[int, tuple[set[str], int, datetime]] = {}
    tops: list[int] = []
    recents: list[frozenset[int]] = []
    with db.read() as session:
        for (kind, (table, user_col, at_col)), last, recent in zip(
                _SOURCES.items(), mark.last_ids, mark.recent, strict=True):
            complaint_col = table.id if table is Complaint else table.complaint_id
            query = select(table.id, complaint_col, user_col, at_col).where(
                table.id > last - LOOKBACK)
            if office_id is not None:
                if table is Complaint:
                    query = query.where(Complaint.office_id == office_id)
                else:
                    query = query.join(Complaint, Complaint.id == complaint_col).where(
                        Complaint.office_id == office_id)
            seen = set(recent)
            for row_id, complaint_id, user_id, at in session.execute(query):
                if row_id in seen:
                    continue
                seen.add(row_id)
                kinds, by, when = found.get(complaint_id, (set(), user_id, at))
                kinds.add(kind)
                found[complaint_id] = (kinds, *((user_id, at) if at >= when else (by, when)))
            # Rows of other offices move the mark too: they are not this desk's to show.
            top = max(last, max(seen, default=0),
                      session.scalar(select(func.max(table.id))) or 0)
            tops.append(top)
            recents.append(frozenset(i for i in seen if i > top - LOOKBACK))
        names = _names(session, {by for _, by, _ in found.values()})
        labels = read_stamp(session, office_id)
    changes = tuple(ComplaintChange(cid, frozenset(kinds), by, names.get(by, ""), at)
                    for cid, (kinds, by, at) in sorted(found.items()))
    return (FeedChanges(changes, labels=labels != mark.labels),
            FeedMark(tuple(tops), tuple(recents), labels))


def _names(session: Session, user_ids: set[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    rows = session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids)))
    return {user_id: name for user_id, name in rows}


class ChangeFeed:
    """A background thread reporting other desks' saves to `on_change` (called on that
    thread). `start()` takes the mark first, so every commit after it is reported."""

    def __init__(self, db: Database, on_change: Callable[[FeedChanges], None], *,
                 office_id: int | None = None, interval: float = POLL_SECONDS) -> None:
        self._db = db
        self._on_change = on_change
        self._office_id = office_id
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._waker: Waker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()  # started again after a stop (a window shown again)
        self._waker = open_waker(self._db.url)
        self._mark = current_mark(self._db, self._office_id)
        self._thread = threading.Thread(target=self._run, name="fondue-change-feed",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ends the thread and its connection; safe to call twice."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join(timeout)
        if self._waker is not None:
            self._waker.close()
            self._waker = None

    def _run(self) -> None:
        retry = False
        while not self._stop.is_set():
            try:
                woken = self._waker.wait(self._interval)
                if not (woken or retry) or self._stop.is_set():
                    continue
                changes, self._mark = changes_since(self._db, self._mark, self._office_id)
                retry = False
            except Exception:  # a dropped connection must not end live refresh for good
                log.exception("change feed: probe failed")
                retry = True  # the wake-up was used up: ask again until the probe answers
                self._stop.wait(self._interval)
                self._reopen_waker()
                continue
            if changes:
                self._on_change(changes)

    def _reopen_waker(self) -> None:
        """A server restart drops the LISTEN connection: listen again on a new one."""
        try:
            self._waker.close()
        except Exception:  # already broken: nothing left to close
            log.debug("change feed: closing a broken waker", exc_info=True)
        try:
            self._waker = open_waker(self._db.url)
        except Exception:
            log.exception("change feed: cannot listen again yet")
