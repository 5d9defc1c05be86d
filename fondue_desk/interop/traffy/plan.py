"""Read and check a whole Traffy export, write nothing: what an import would do.

Everything is read into memory first (300,000 rows are ~150 MB of Python objects at most),
so the import itself is set-based: one look-up of the office's known tickets, then bulk
inserts (apply.py). `plan_import` is that first half, safe to run off the GUI thread.
"""
from __future__ import annotations

import hashlib
from collections import Counter as Tally
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import TraffyStateMapping, TraffyTicket, TraffyTypeMapping
from fondue_desk.domain.errors import RuleViolation

from . import values
from .columns import match_columns, shape_of
from .reader import read
from .texts import reason_text

Progress = Callable[[int, int], None]   # (done, total); total 0 while reading
Cancelled = Callable[[], bool]
NO_TYPE = ""   # the type key of a row whose type set is empty ("{}")


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class ImportMapping:
    """Traffy type → category id, and state name → meaning (values.MEANINGS)."""
    types: dict[str, int] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BadRow:
    line: int
    code: str
    params: dict[str, str]
    text: str   # Thai; write_report words it again in the language asked for


@dataclass(frozen=True)
class ImportPlan:
    total_rows: int
    new: int
    changed: int
    unchanged: int
    bad_rows: tuple[BadRow, ...]
    unmapped_types: tuple[tuple[str, int], ...]
    unknown_states: tuple[tuple[str, int], ...]
    date_order: str | None
    date_order_ambiguous: bool
    shape: str
    columns: dict[str, str]


@dataclass
class Row:
    line: int
    ticket_id: str
    types: tuple[str, ...]
    comment: str
    address: str
    lat: float | None
    lon: float | None
    received_at: datetime
    state: str
    last_activity: datetime | None
    row_hash: str


@dataclass
class Prepared:
    plan: ImportPlan
    rows: list[Row]                      # good rows, file order
    existing: dict[str, str]             # ticket id → stored row hash
    types: dict[str, int]                # effective type mapping
    states: dict[str, str]               # effective state mapping (keys: values.state_key)


def stored_mapping(session, office_id: int) -> ImportMapping:
    types = dict(session.execute(select(TraffyTypeMapping.traffy_type, TraffyTypeMapping.category_id)
                                 .where(TraffyTypeMapping.office_id == office_id)).all())
    states = dict(session.execute(select(TraffyStateMapping.state_name, TraffyStateMapping.meaning)
                                  .where(TraffyStateMapping.office_id == office_id)).all())
    return ImportMapping(types, states)


def effective(stored: ImportMapping, given: ImportMapping | None) -> tuple[dict, dict]:
    types = dict(stored.types)
    states = {values.state_key(k): v for k, v in values.DEFAULT_STATES.items()}
    states.update({values.state_key(k): v for k, v in stored.states.items()})
    if given is not None:
        types.update(given.types)
        states.update({values.state_key(k): v for k, v in given.states.items()})
    return types, states


def meaning_of(state: str, states: dict[str, str]) -> str | None:
    return states.get(values.state_key(state)) if state.strip() else "waiting"


def category_of(row_types: tuple[str, ...], types: dict[str, int]) -> int | None:
    for name in row_types or (NO_TYPE,):
        if name in types:
            return types[name]
    return None


def plan_import(db: Database, office_id: int, path: str | Path, *,
                mapping: ImportMapping | None = None, date_order: str | None = None,
                progress: Progress | None = None, is_cancelled: Cancelled | None = None
                ) -> ImportPlan:
    return prepare(db, office_id, path, mapping=mapping, date_order=date_order,
                   progress=progress, is_cancelled=is_cancelled).plan


def prepare(db: Database, office_id: int, path: str | Path, *,
            mapping: ImportMapping | None, date_order: str | None,
            progress: Progress | None = None, is_cancelled: Cancelled | None = None
            ) -> Prepared:
    headers, records = _opened(path)
    found = match_columns(headers)
    if "ticket_id" not in found:
        raise RuleViolation("traffy.no_ticket_column")
    cells_of = _getter(found)
    raw: list[tuple[int, list[str]]] = []
    try:
        for line, cells in records:
            raw.append((line, cells))
            if len(raw) % 5000 == 0:
                _tick(progress, is_cancelled, len(raw), 0)
    except ValueError:
        raise RuleViolation("traffy.not_utf8") from None
    total = len(raw)
    order, ambiguous = (date_order, False) if date_order else values.slashed_order(
        cells_of(c, "timestamp") for _l, c in raw)
    with db.read() as session:
        stored = stored_mapping(session, office_id)
        existing = dict(session.execute(
            select(TraffyTicket.ticket_id, TraffyTicket.row_hash)
            .where(TraffyTicket.office_id == office_id)).all())
    types, states = effective(stored, mapping)
    rows: list[Row] = []
    bad: list[BadRow] = []
    first_line: dict[str, int] = {}
    for done, (line, cells) in enumerate(raw, 1):
        if done % 5000 == 0:
            _tick(progress, is_cancelled, done, total)
        try:
            row = _parse(line, cells, len(headers), cells_of, order or "dmy")
        except _Bad as exc:
            bad.append(_bad(line, exc.code, exc.params))
            continue
        if row.ticket_id in first_line:
            bad.append(_bad(line, "traffy.duplicate_ticket",
                            {"value": row.ticket_id, "first_line": str(first_line[row.ticket_id])}))
            continue
        first_line[row.ticket_id] = line
        rows.append(row)
    _tick(progress, is_cancelled, total, total)
    new = [r for r in rows if r.ticket_id not in existing]
    changed = sum(1 for r in rows if r.ticket_id in existing and existing[r.ticket_id] != r.row_hash)
    unmapped: Tally[str] = Tally()
    for r in new:
        if category_of(r.types, types) is None:
            unmapped.update(r.types or (NO_TYPE,))
    unknown = Tally(r.state.strip() for r in rows if meaning_of(r.state, states) is None)
    plan = ImportPlan(
        total_rows=total, new=len(new), changed=changed,
        unchanged=len(rows) - len(new) - changed, bad_rows=tuple(bad),
        unmapped_types=tuple(sorted(unmapped.items(), key=lambda kv: (-kv[1], kv[0]))),
        unknown_states=tuple(sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0]))),
        date_order=order, date_order_ambiguous=ambiguous, shape=shape_of(found),
        columns={f: headers[i].replace("\ufeff", "") for f, i in found.items()})
    return Prepared(plan, rows, existing, types, states)


def _opened(path: str | Path):
    try:
        return read(path)
    except ValueError as exc:
        if str(exc) == "traffy.empty":
            raise RuleViolation("traffy.empty") from None
        raise RuleViolation("traffy.not_utf8") from None


def _tick(progress: Progress | None, is_cancelled: Cancelled | None, done: int, total: int):
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total)


class _Bad(Exception):
    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def _bad(line: int, code: str, params: dict[str, str]) -> BadRow:
    return BadRow(line, code, params, reason_text(code, params, "th"))


def _getter(found: dict[str, int]):
    def cell(cells: list[str], name: str) -> str:
        index = found.get(name)
        return cells[index] if index is not None and index < len(cells) else ""
    return cell


def _parse(line: int, cells: list[str], width: int, cell, order: str) -> Row:
    if len(cells) > width:
        raise _Bad("traffy.column_count", count=str(len(cells)), expected=str(width))
    raw_id = cell(cells, "ticket_id").strip()
    if not raw_id:
        raise _Bad("traffy.no_ticket_id")
    try:
        ticket = values.ticket_id(raw_id)
    except ValueError as exc:
        raise _Bad(str(exc), value=raw_id[:60]) from None
    lat = lon = None
    source = cell(cells, "coords")
    try:
        if source.strip():
            lat, lon = values.coords(source) or (None, None)
        else:
            source = f"{cell(cells, 'latitude')},{cell(cells, 'longitude')}"
            lat, lon = values.coord_pair(cell(cells, "latitude"), cell(cells, "longitude")) \
                or (None, None)
    except ValueError as exc:
        raise _Bad(str(exc), value=source.strip()[:60]) from None
    stamp_text = cell(cells, "timestamp") or cell(cells, "last_activity")
    try:
        received = values.timestamp(stamp_text, order)
        last = values.timestamp(cell(cells, "last_activity"), order)
    except ValueError as exc:
        raise _Bad(str(exc), value=stamp_text.strip()[:60]) from None
    if received is None:
        raise _Bad("traffy.no_date")
    digest = hashlib.sha256("\x1f".join(cells).encode("utf-8")).hexdigest()
    return Row(line=line, ticket_id=ticket, types=values.types(cell(cells, "type")),
               comment=cell(cells, "comment").strip(), address=cell(cells, "address").strip(),
               lat=lat, lon=lon, received_at=received, state=cell(cells, "state").strip(),
               last_activity=last, row_hash=digest)
