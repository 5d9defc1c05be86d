"""Every complaint's searchable text in memory, kept fresh from the database, matched by words.

Rows are held in id order: `ids` (sorted), `texts` (search-key bytes, see keys.py),
`categories` and `villages` (each row's category and village id, 0 for none; their names,
Thai and English, are matched once per word, not copied into 300,000 rows, so a renamed
category or village is found by its new name at once). A row's position is its place in that
order; callers keep positions, never row objects.

Freshness (`refresh`): new complaints are those above the highest id seen; changed text is
named by `complaint_edit` rows above the highest edit id seen (every change of a complaint's
fields after intake writes one, on every desk). Ids a concurrent transaction took but had
not committed when we looked are kept as "pending" and asked for again, so a PostgreSQL
commit that lands out of id order is not lost.
"""
from __future__ import annotations

import functools
import json
import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import contains

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.models import (
    Category,
    CategoryField,
    Complaint,
    ComplaintEdit,
    ComplaintFieldValue,
    Village,
)
from fondue_desk.domain.custom_fields import FieldDefinition, from_open311
from fondue_desk.domain.field_answers import search_text
from fondue_desk.domain.text import search_key, word_variants

from .byte_sets import ByteSets
from .keys import SEPARATOR, needle, row_key

SEARCHED_COLUMNS = ("tracking_no", "description", "location_text", "complainant_name", "phone")
LOAD_BATCH = 2_000  # small batches: the load's transient rows do not bloat the heap for good
SCAN_CHUNK = 50_000  # rows between two looks at the cancel flag
PENDING_LIMIT = 2_000  # ids awaited from uncommitted transactions (rolled back ones never come)
PENDING_PROBES = 50  # probes an awaited id is asked for before it is given up


class Cancelled(Exception):
    """A newer query took this one's place; its result would never be shown."""


class _Awaited:
    """Ids below the highest seen that had no committed row yet."""

    def __init__(self) -> None:
        self.ids: dict[int, int] = {}  # id → probes left

    def add(self, ids: Iterable[int]) -> None:
        for i in ids:
            if len(self.ids) < PENDING_LIMIT:
                self.ids[i] = PENDING_PROBES

    def take(self) -> list[int]:
        for i in list(self.ids):
            self.ids[i] -= 1
            if self.ids[i] <= 0:
                del self.ids[i]
        return sorted(self.ids)

    def found(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.ids.pop(i, None)


class TextIndex:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        # The categories' own fields, to word their answers (a choice is found by its name).
        self.fields: dict[int, tuple[str, FieldDefinition | None]] = {}
        self.ids = array("q")
        self.texts: list[bytes] = []
        self.categories = array("i")
        self.villages = array("i")  # 0: no village
        self.exotic: dict[int, str] = {}  # position → str key, for rows with exotic text
        self.category_keys: dict[int, str] = {}
        self.village_keys: dict[int, str] = {}
        self.last_id = 0
        self.last_edit_id = 0
        self.generation = 0  # bumped when positions shift (a late id inserted mid-way)
        self.loaded = False
        self.bytesets = ByteSets()
        self._touched: list[int] = []  # positions put since the byte sets were brought up to date
        self._pending_rows = _Awaited()
        self._pending_edits = _Awaited()

    def __len__(self) -> int:
        return len(self.ids)

    def reset(self) -> None:
        """Forget everything: the next refresh reads the whole register again."""
        with self.lock:
            generation = self.generation
            self.__init__()
            self.generation = generation + 1  # every position held elsewhere is void

    # ------------------------------------------------------------------ keeping fresh
    def refresh(self, session: Session) -> bool:
        """Bring the index up to the database; True when any searched text changed."""
        with self.lock:
            changed = self._load_categories(session)
            reworded = self._load_fields(session)
            if not self.loaded:
                self.last_edit_id = session.scalar(select(func.max(ComplaintEdit.id))) or 0
                self._load_rows(session, Complaint.id > 0)
                self.bytesets.build(self.texts)
                self._touched.clear()
                self.loaded = True
                return True
            top = session.scalar(select(func.max(Complaint.id))) or 0
            edit_top = session.scalar(select(func.max(ComplaintEdit.id))) or 0
            if top < self.last_id or edit_top < self.last_edit_id:
                # The database went back (a backup restored into it): read it all again.
                self.reset()
                return self.refresh(session)
            if top > self.last_id:
                changed |= self._load_rows(session, Complaint.id > self.last_id)
            awaited = self._pending_rows.take()
            if awaited:
                changed |= self._load_rows(session, Complaint.id.in_(awaited))
            changed = self._apply_edits(session) or changed
            if reworded:
                changed = self._reload_answers_of(session, reworded) or changed
            self.settle()
            return changed

    def _load_categories(self, session: Session) -> bool:
        """Category and village names in both languages (a word never spans the two)."""
        keys = {cid: search_key(f"{name}{SEPARATOR}{name_en or ''}") for cid, name, name_en
                in session.execute(select(Category.id, Category.name_th, Category.name_en))}
        villages = {vid: search_key(f"{name}{SEPARATOR}{name_en or ''}") for vid, name, name_en
                    in session.execute(select(Village.id, Village.name, Village.name_en))}
        if keys == self.category_keys and villages == self.village_keys:
            return False
        self.category_keys, self.village_keys = keys, villages
        return True

    def _load_fields(self, session: Session) -> list[int]:
        """Read the fields' definitions; the ids of those whose words changed since."""
        rows = {fid: text for fid, text in session.execute(
            select(CategoryField.id, CategoryField.definition))}
        changed = [fid for fid, text in rows.items()
                   if self.fields.get(fid, ("", None))[0] != text]
        for fid in changed:
            try:
                definition = from_open311(json.loads(rows[fid]))
            except (ValueError, KeyError, TypeError):
                definition = None  # a damaged definition: its answers are searched as stored
            self.fields[fid] = (rows[fid], definition)
        return changed

    def _reload_answers_of(self, session: Session, field_ids: list[int]) -> bool:
        """A renamed field or choice: the complaints answering it are read again."""
        if not self.loaded:
            return False
        complaint_ids = sorted(session.scalars(
            select(ComplaintFieldValue.complaint_id).distinct()
            .where(ComplaintFieldValue.field_id.in_(field_ids))))
        for start in range(0, len(complaint_ids), 500):
            self._load_rows(session, Complaint.id.in_(complaint_ids[start:start + 500]))
        return bool(complaint_ids)

    def _answers(self, session: Session, ids: list[int]) -> dict[int, str]:
        """The searchable words of these complaints' answers (ids sorted)."""
        if not ids:
            return {}
        # A dense run of ids (the first load, new rows) reads as one range of the index.
        where = (ComplaintFieldValue.complaint_id.between(ids[0], ids[-1])
                 if ids[-1] - ids[0] < 4 * len(ids)
                 else ComplaintFieldValue.complaint_id.in_(ids))
        raw: dict[int, dict[int, list[str]]] = {}
        for cid, fid, value in session.connection().execute(
                select(ComplaintFieldValue.complaint_id, ComplaintFieldValue.field_id,
                       ComplaintFieldValue.value).where(where)
                .order_by(ComplaintFieldValue.id)):
            raw.setdefault(cid, {}).setdefault(fid, []).append(value)
        texts: dict[int, str] = {}
        for cid, by_field in raw.items():
            words = []
            for fid, values in by_field.items():
                definition = self.fields.get(fid, ("", None))[1]
                words.append(search_text(definition, tuple(values)) if definition is not None
                             else " ".join(values))
            texts[cid] = SEPARATOR.join(words)
        return texts

    def _apply_edits(self, session: Session) -> bool:
        awaited = self._pending_edits.take()
        query = select(ComplaintEdit.id, ComplaintEdit.complaint_id).where(
            ComplaintEdit.id > self.last_edit_id)
        edits = list(session.execute(query))
        if awaited:
            edits += session.execute(select(ComplaintEdit.id, ComplaintEdit.complaint_id)
                                     .where(ComplaintEdit.id.in_(awaited))).all()
        if not edits:
            return False
        seen = [e for e, _ in edits]
        self._pending_edits.found(seen)
        top = max(seen)
        if top > self.last_edit_id:
            self._pending_edits.add(set(range(self.last_edit_id + 1, top)) - set(seen))
            self.last_edit_id = top
        complaint_ids = sorted({c for _, c in edits})
        for start in range(0, len(complaint_ids), 500):
            self._load_rows(session, Complaint.id.in_(complaint_ids[start:start + 500]))
        return True

    def _load_rows(self, session: Session, where) -> bool:
        # The fields joined by the database and read through Core (no ORM rows): at 300,000
        # complaints this halves the time of the first load.
        joined = functools.reduce(lambda a, b: a + SEPARATOR + b, (
            func.coalesce(getattr(Complaint, c), "") for c in SEARCHED_COLUMNS))
        query = (select(Complaint.id, Complaint.category_id, joined,
                        func.coalesce(Complaint.village_id, 0)).where(where)
                 .order_by(Complaint.id).execution_options(yield_per=LOAD_BATCH))
        found: list[int] = []
        for rows in session.connection().execute(query).partitions():
            found.extend(row[0] for row in rows)
            answers = self._answers(session, [row[0] for row in rows])
            if answers:
                rows = [(cid, category, text + SEPARATOR + answers[cid] if cid in answers
                         else text, village) for cid, category, text, village in rows]
            if not self.ids or rows[0][0] > self.ids[-1]:
                self._append(rows)  # ids above all held: the common case, kept tight
            else:
                for cid, category, text, village in rows:
                    self.put(cid, category, text, village)
        self._pending_rows.found(found)
        if found and found[-1] > self.last_id:
            fresh = [i for i in found if i > self.last_id]
            expected = set(range(self.last_id + 1, found[-1])) if self.loaded else set()
            self._pending_rows.add(expected - set(fresh))
            self.last_id = found[-1]
        return bool(found)

    def _append(self, rows) -> None:
        ids, texts, categories, exotic = self.ids, self.texts, self.categories, self.exotic
        villages = self.villages
        for cid, category, text, village in rows:
            data, odd = row_key(text)
            if odd is not None:
                exotic[len(texts)] = odd
            if self.loaded:
                self._touched.append(len(texts))
            ids.append(cid)
            texts.append(data)
            categories.append(category)
            villages.append(village or 0)

    def put(self, cid: int, category: int, text: str, village: int | None = 0) -> None:
        """One row's searchable text (its fields joined by spaces), new or changed."""
        data, exotic = row_key(text)
        if not self.ids or cid > self.ids[-1]:
            position = len(self.ids)
            self.ids.append(cid)
            self.texts.append(data)
            self.categories.append(category)
            self.villages.append(village or 0)
        else:
            position = bisect_left(self.ids, cid)
            if position < len(self.ids) and self.ids[position] == cid:
                self.texts[position] = data
                self.categories[position] = category
                self.villages[position] = village or 0
            else:  # a row committed late, below rows already held: positions shift
                self.ids.insert(position, cid)
                self.texts.insert(position, data)
                self.categories.insert(position, category)
                self.villages.insert(position, village or 0)
                self.exotic = {p + (p >= position): k for p, k in self.exotic.items()}
                self.generation += 1
                self._touched = list(range(position, len(self.ids)))
        if self.loaded:
            self._touched.append(position)
        if exotic is None:
            self.exotic.pop(position, None)
        else:
            self.exotic[position] = exotic

    @classmethod
    def from_rows(cls, rows: Iterable[tuple], categories: dict[int, str] | None = None,
                  villages: dict[int, str] | None = None) -> TextIndex:
        """An index of (id, category id, text[, village id]) rows without a database (tests,
        the bench)."""
        index = cls()
        for cid, category, text, *village in rows:
            index.put(cid, category, text, village[0] if village else 0)
        index.category_keys = {cid: search_key(name) for cid, name in (categories or {}).items()}
        index.village_keys = {vid: search_key(name) for vid, name in (villages or {}).items()}
        index.bytesets.build(index.texts)
        index._touched.clear()
        index.loaded = True
        return index

    def settle(self) -> None:
        """Bring the byte sets up to rows put since (refresh does this itself)."""
        if self._touched:
            self.bytesets.update(self.texts, self._touched)
            self._touched.clear()

    # ------------------------------------------------------------------ matching
    def positions_of(self, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        """Positions of ids the index holds (-1 for an id it does not)."""
        held = np.frombuffer(self.ids, dtype=np.int64) if len(self.ids) else np.zeros(0, np.int64)
        wanted = np.asarray(ids, dtype=np.int64)
        found = np.searchsorted(held, wanted)
        found = np.minimum(found, max(len(held) - 1, 0))
        ok = held[found] == wanted if len(held) else np.zeros(len(wanted), bool)
        return np.where(ok, found, -1)

    def id_array(self) -> np.ndarray:
        return np.frombuffer(self.ids, dtype=np.int64) if len(self.ids) else np.zeros(0, np.int64)

    def match(self, words: Sequence[str], candidates: np.ndarray | None = None,
              cancelled: Callable[[], bool] = lambda: False) -> np.ndarray:
        """Sorted positions (within `candidates`, default all rows) where every word appears in
        the row's text or its category's or village's name."""
        with self.lock:
            if candidates is None:
                candidates = np.arange(len(self.ids), dtype=np.int64)
            # Longest first: it is usually the rarest, so the other words scan fewer rows.
            for word in sorted(words, key=len, reverse=True):
                candidates = self._match_word(word, candidates, cancelled)
                if not len(candidates):
                    break
            return candidates

    def _match_word(self, word: str, candidates: np.ndarray,
                    cancelled: Callable[[], bool]) -> np.ndarray:
        variants = word_variants(word)
        found = np.zeros(len(self.ids), dtype=bool)  # a mask: unions without sorting
        for key in variants:
            data = needle(key)
            if data is not None:
                found[self._scan(data, candidates, cancelled)] = True
            exotic = [p for p, text in self.exotic.items() if key in text]
            if exotic:
                found[exotic] = True
        categories = [cid for cid, name in self.category_keys.items()
                      if any(key in name for key in variants)]
        if categories:
            cats = np.frombuffer(self.categories, dtype=np.int32)[candidates]
            found[candidates[np.isin(cats, categories)]] = True
        villages = [vid for vid, name in self.village_keys.items()
                    if any(key in name for key in variants)]
        if villages:
            held = np.frombuffer(self.villages, dtype=np.int32)[candidates]
            found[candidates[np.isin(held, villages)]] = True
        return candidates[found[candidates]]

    def _scan(self, data: bytes, candidates: np.ndarray,
              cancelled: Callable[[], bool]) -> np.ndarray:
        wanted = self.bytesets.may_hold(data)
        if len(candidates) != len(self.texts):
            within = np.zeros(len(self.texts), dtype=bool)
            within[candidates] = True
            wanted &= within
        if self.bytesets.exact(data):
            return np.flatnonzero(wanted)  # one character or a common pair: its bit says all
        texts = self.texts
        chosen = np.flatnonzero(wanted)
        sparse = len(chosen) < len(texts) // 4
        found: list[np.ndarray] = []
        for start in range(0, len(texts), SCAN_CHUNK):
            if cancelled():
                raise Cancelled
            stop = min(start + SCAN_CHUNK, len(texts))
            # All in C, no Python bytecode per row: pick the wanted rows (by their positions
            # when few, by the mask's bytes as selectors when many), then `data in row`.
            if sparse:
                picked = chosen[np.searchsorted(chosen, start):np.searchsorted(chosen, stop)]
                positions = picked.tolist()
                rows = map(texts.__getitem__, positions)
            else:
                selectors = wanted[start:stop].view(np.uint8).tobytes()
                rows = compress(texts[start:stop], selectors)
                positions = compress(range(start, stop), selectors)
            found.append(np.fromiter(compress(positions, map(contains, rows, repeat(data))),
                                     dtype=np.int64))
        return np.concatenate(found) if found else np.zeros(0, np.int64)

    def memory_bytes(self) -> int:
        """What the index holds, roughly (for the bench and the design note)."""
        import sys

        return (sum(map(sys.getsizeof, self.texts)) + sys.getsizeof(self.texts)
                + self.bytesets.bits.nbytes + self.bytesets.pairs.nbytes
                + self.bytesets.common.nbytes
                + self.ids.itemsize * len(self.ids) + self.categories.itemsize * len(self.ids)
                + self.villages.itemsize * len(self.ids)
                + sum(sys.getsizeof(k) for k in self.exotic.values()))
