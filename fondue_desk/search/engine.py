"""Text queries over the register in display order, answered from memory.

One `RegisterSearch` per Database (`for_database`). A query is: the ordered ids of the
register's other filters and sort (asked of the database once, then kept until the filter,
the sort or the data changes), the rows of the text index where every word appears, and the
first in that order. A query that only lengthens the last one's words ("ไฟ" → "ไฟด") scans
only the rows that matched before.

"The data changed" is a cheap probe each query: the highest id of complaints, their edits,
status events and assignments, and the names the sorts use. Every desk writes those rows, so
a change made on another PC is seen by the next keystroke here.
"""
from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Assignment, Complaint, ComplaintEdit, Crew, StatusEvent, Village
from fondue_desk.domain.text import word_variants

from .text_index import Cancelled, TextIndex

ORDERS_KEPT = 4
RESULTS_KEPT = 6

__all__ = ["Cancelled", "RegisterSearch", "for_database"]


@dataclass
class _Order:
    positions: np.ndarray  # index positions in display order


@dataclass
class _State:
    marker: tuple = ()
    orders: OrderedDict[Hashable, _Order] = field(default_factory=OrderedDict)
    # words → sorted index positions where they all appear (any filter, any order)
    results: OrderedDict[tuple[str, ...], np.ndarray] = field(default_factory=OrderedDict)


class RegisterSearch:
    def __init__(self) -> None:
        self.index = TextIndex()
        self._lock = threading.RLock()
        self._state = _State()

    def forget(self) -> None:
        """Drop everything read (the database may be replaced: a restore closes it first)."""
        with self._lock:
            self.index.reset()
            self._state = _State()

    def prepare(self, session: Session) -> None:
        """Read the index now (ahead of the first query)."""
        with self._lock:
            self.index.refresh(session)

    def ordered_ids(self, session: Session, words: Sequence[str], order_key: Hashable,
                    order_ids: Callable[[Session], Sequence[int]],
                    cancelled: Callable[[], bool] = lambda: False) -> np.ndarray:
        """Ids of the rows in `order_ids`' order whose text holds every word.

        `order_key` names the filter and sort `order_ids` stands for (it reads the ids of the
        register's other filters, in display order). Raises Cancelled when `cancelled()`.
        """
        with self._lock:
            changed = self.index.refresh(session)
            self._check_marker(session, force=changed)
            order = self._order(session, order_key, order_ids)
            if cancelled():
                raise Cancelled
            matched = self._matched(tuple(words), cancelled)
            mask = np.zeros(len(self.index), dtype=bool)
            mask[matched] = True
            shown = order.positions[mask[order.positions]]
            return self.index.id_array()[shown]

    def _check_marker(self, session: Session, *, force: bool = False) -> None:
        marker = (
            *session.execute(select(
                select(func.max(Complaint.id)).scalar_subquery(),
                select(func.max(ComplaintEdit.id)).scalar_subquery(),
                select(func.max(StatusEvent.id)).scalar_subquery(),
                select(func.max(Assignment.id)).scalar_subquery(),
            )).one(),
            tuple(session.execute(select(Village.id, Village.number).order_by(Village.id))),
            tuple(session.execute(select(Crew.id, Crew.name).order_by(Crew.id))),
            tuple(sorted(self.index.category_keys.items())),
            tuple(sorted(self.index.village_keys.items())),
            self.index.generation,
        )
        if force or marker != self._state.marker:
            self._state = _State(marker)

    def _order(self, session: Session, key: Hashable,
               order_ids: Callable[[Session], Sequence[int]]) -> _Order:
        orders = self._state.orders
        order = orders.get(key)
        if order is not None:
            orders.move_to_end(key)
            return order
        ids = np.fromiter(order_ids(session), dtype=np.int64)
        positions = self.index.positions_of(ids)
        if (positions < 0).any():
            # Committed between the index refresh and this read: take them in, then look again.
            self._check_marker(session, force=self.index.refresh(session))
            positions = self.index.positions_of(ids)
        if (positions < 0).any():
            # Rows the index can never reach by ids and edits (the database was replaced
            # under it): read it all again rather than leave them unsearchable.
            self.index.reset()
            self.index.refresh(session)
            self._check_marker(session, force=True)
            positions = self.index.positions_of(ids)
        order = _Order(positions[positions >= 0].astype(np.int64))
        orders = self._state.orders  # a fresh state if the look again found changes
        orders[key] = order
        while len(orders) > ORDERS_KEPT:
            orders.popitem(last=False)
        return order

    def _matched(self, words: tuple[str, ...], cancelled: Callable[[], bool]) -> np.ndarray:
        results = self._state.results
        if words in results:
            results.move_to_end(words)
            return results[words]
        candidates = None
        for before, positions in reversed(results.items()):
            if _narrows(words, before):
                candidates = positions
                break
        # int32 positions: half the memory of the few results kept.
        matched = self.index.match(words, candidates, cancelled).astype(np.int32)
        results[words] = matched
        while len(results) > RESULTS_KEPT:
            results.popitem(last=False)
        return matched


def _narrows(words: tuple[str, ...], before: tuple[str, ...]) -> bool:
    """True when every row matching `words` also matched `before`: each earlier word is held
    (every variant of it contains a variant of the earlier word) by some new word."""
    def holds(new: str, old: str) -> bool:
        old_keys = word_variants(old)
        return all(any(o in n for o in old_keys) for n in word_variants(new))
    return all(any(holds(new, old) for new in words) for old in before)


_registry: dict[int, tuple[weakref.ref, RegisterSearch]] = {}
_registry_lock = threading.Lock()


def for_database(db: object) -> RegisterSearch:
    """The search of one Database handle, made on first use and dropped with the handle."""
    with _registry_lock:
        entry = _registry.get(id(db))
        if entry is not None and entry[0]() is db:
            return entry[1]
        search = RegisterSearch()
        key = id(db)
        _registry[key] = (weakref.ref(db, lambda _ref: _registry.pop(key, None)), search)
        engine = getattr(db, "engine", None)
        if engine is not None:
            # Database.close() disposes the engine: a restore does so before it writes the
            # backup into the file, and the same handle may be used again afterwards.
            event.listen(engine, "engine_disposed", lambda _engine: search.forget())
        return search
