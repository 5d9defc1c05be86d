"""Write a planned Traffy import: all of it in one transaction, or nothing.

A cancel (or any failure) before the commit rolls the one transaction back, so nothing is
half written. New tickets become complaints through bulk inserts with one block of tracking
numbers per fiscal year; known tickets whose row changed on Traffy's side update their link,
and move the complaint's status only when nobody worked on it here since the last import.
On PostgreSQL a transaction-scoped advisory lock per office lines up two desks importing at
once: the second sees the first's tickets and finds them unchanged (SQLite's write lock does
the same by itself), so each ticket is added exactly once.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import bindparam, select, text, update

from fondue_desk.db.bulk import bulk_insert
from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Category,
    Complaint,
    ComplaintEdit,
    Office,
    StatusEvent,
    TraffyTicket,
    Village,
)
from fondue_desk.db.search_index import bulk_insert_complaints
from fondue_desk.domain import history_notes as notes
from fondue_desk.domain.calendar import add_days, fiscal_year_be, now_thai, to_thai
from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.numbering import format_number
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.statuses import Channel, Status
from fondue_desk.services import numbering
from fondue_desk.services.access import acting_user

from .plan import (
    BadRow,
    Cancelled,
    ImportCancelled,
    ImportMapping,
    Progress,
    Row,
    category_of,
    meaning_of,
    prepare,
)

STATUS_OF = {"waiting": Status.RECEIVED, "in_progress": Status.IN_PROGRESS,
             "finished": Status.CLOSED, "forwarded": Status.FORWARDED,
             "rejected": Status.REJECTED}
CHUNK = 5000
_VILLAGE = re.compile(r"(?:หมู่\s*ที่|หมู่|ม\s*\.)\s*(\d{1,2})(?!\d)")


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    bad_rows: tuple[BadRow, ...]
    report_path: str | None = None


def apply_import(db: Database, actor_id: int, path: str | Path, *,
                 mapping: ImportMapping | None, date_order: str | None = None,
                 progress: Progress | None = None, is_cancelled: Cancelled | None = None,
                 now: datetime | None = None) -> ImportResult:
    """Raises RuleViolation traffy.unmapped_types / traffy.unknown_states /
    traffy.ambiguous_dates before writing anything, ImportCancelled on a cancel."""
    with db.read() as session:
        office_id = acting_user(session, actor_id, Action.LOG_COMPLAINT).office_id
    prepared = prepare(db, office_id, path, mapping=mapping, date_order=date_order,
                       progress=progress, is_cancelled=is_cancelled)
    plan = prepared.plan
    if plan.date_order_ambiguous and date_order is None:
        raise RuleViolation("traffy.ambiguous_dates")
    if plan.unmapped_types:
        raise RuleViolation("traffy.unmapped_types", count=len(plan.unmapped_types),
                            types=", ".join(t or "{}" for t, _n in plan.unmapped_types[:10]))
    if plan.unknown_states:
        raise RuleViolation("traffy.unknown_states", count=len(plan.unknown_states),
                            states=", ".join(s for s, _n in plan.unknown_states[:10]))
    moment = to_thai(now) if now is not None else now_thai()
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.LOG_COMPLAINT)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                            {"k": 0x7472_0000 + office_id})
        known = {row.ticket_id: row for row in session.execute(
            select(TraffyTicket.ticket_id, TraffyTicket.id, TraffyTicket.complaint_id,
                   TraffyTicket.row_hash, TraffyTicket.synced_at, TraffyTicket.state_name)
            .where(TraffyTicket.office_id == office_id))}
        new = [r for r in prepared.rows if r.ticket_id not in known]
        changed = [r for r in prepared.rows
                   if r.ticket_id in known and known[r.ticket_id].row_hash != r.row_hash]
        _check(is_cancelled)
        writer = _Writer(session, actor.id, office_id, prepared.types, prepared.states, moment,
                         progress, is_cancelled, len(new) + len(changed))
        writer.add(new)
        writer.update(changed, known)
        _check(is_cancelled)   # the last chance: after this the transaction commits
    return ImportResult(added=len(new), updated=len(changed),
                        unchanged=len(prepared.rows) - len(new) - len(changed),
                        bad_rows=plan.bad_rows)


def _check(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled()


class _Writer:
    def __init__(self, session, actor_id, office_id, types, states, moment, progress,
                 is_cancelled, total) -> None:
        self.session, self.actor_id, self.office_id = session, actor_id, office_id
        self.types, self.states, self.moment = types, states, moment
        self.progress, self.is_cancelled, self.total, self.done = progress, is_cancelled, total, 0

    def _tick(self, count: int) -> None:
        self.done += count
        _check(self.is_cancelled)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def add(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        session = self.session
        office = session.get(Office, self.office_id)
        sla = dict(session.execute(select(Category.id, Category.sla_days)
                                   .where(Category.office_id == self.office_id)).all())
        # The office's active villages by number: "หมู่ที่ 3" in an address is village 3.
        villages = {v.number: v.id for v in session.scalars(
            select(Village).where(Village.office_id == self.office_id, Village.active))}
        by_year: dict[int, list[Row]] = defaultdict(list)
        for row in sorted(rows, key=lambda r: (r.received_at, r.line)):
            by_year[fiscal_year_be(row.received_at)].append(row)
        connection = session.connection()
        first_id = (session.scalar(select(Complaint.id).order_by(Complaint.id.desc()).limit(1))
                    or 0) + 1
        with bulk_insert_complaints(connection, first_id):
            for year, year_rows in sorted(by_year.items()):
                first = numbering.allocate_block(
                    session, office_id=self.office_id, register=numbering.COMPLAINT_REGISTER,
                    year=year, count=len(year_rows))
                for start in range(0, len(year_rows), CHUNK):
                    chunk = year_rows[start:start + CHUNK]
                    seqs = range(first + start, first + start + len(chunk))
                    bulk_insert(connection, Complaint.__table__, [
                        self._complaint(r, year, seq, office.tracking_format, sla, villages)
                        for r, seq in zip(chunk, seqs)])
                    ids = dict(session.execute(
                        select(Complaint.seq, Complaint.id).where(
                            Complaint.office_id == self.office_id,
                            Complaint.fiscal_year == year,
                            Complaint.seq.between(seqs[0], seqs[-1]))).all())
                    self._history(chunk, [ids[s] for s in seqs])
                    self._tick(len(chunk))

    def _complaint(self, row: Row, year, seq, fmt, sla, villages) -> dict:
        category = category_of(row.types, self.types)
        meaning = meaning_of(row.state, self.states)
        received = to_thai(row.received_at)
        village = None
        found = _VILLAGE.search(row.address) if villages else None
        if found:
            number = int(found.group(1))
            village = villages.get(number)
        description = row.comment or ", ".join(row.types) or "-"
        return {
            "office_id": self.office_id, "fiscal_year": year, "seq": seq,
            "tracking_no": format_number(fmt, year=year, seq=seq, checked=False),
            "received_at": row.received_at, "channel": Channel.TRAFFY.value,
            "anonymous": True, "complainant_name": "", "phone": "", "national_id": "",
            "address_line": "", "tambon": "", "amphoe": "", "province": "", "postal_code": "",
            "village_id": village, "location_text": row.address[:300], "lat": row.lat,
            "lon": row.lon, "category_id": category, "description": description,
            "status": STATUS_OF[meaning].value,
            "due_date": add_days(received.date(), sla.get(category) or 0),
            "clerk_id": self.actor_id, "crew_id": None, "reopen_count": 0,
            "planned_date": None, "instruction": "",
            "closed_at": (max(row.last_activity or row.received_at, row.received_at)
                          if STATUS_OF[meaning] is Status.CLOSED else None),
        }

    def _history(self, rows: Sequence[Row], ids: Sequence[int]) -> None:
        events, tickets = [], []
        for row, cid in zip(rows, ids):
            events.append(self._event(cid, None, Status.RECEIVED, row.received_at,
                                      notes.TRAFFY_IMPORTED, ticket_id=row.ticket_id))
            meaning = meaning_of(row.state, self.states)
            status = STATUS_OF[meaning]
            if status is not Status.RECEIVED:
                at = max(row.last_activity or row.received_at, row.received_at)
                events.append(self._event(cid, Status.RECEIVED, status, at,
                                          notes.TRAFFY_STATE_CHANGED, ticket_id=row.ticket_id,
                                          state=row.state))
            tickets.append(self._ticket(row, meaning) | {
                "office_id": self.office_id, "complaint_id": cid, "ticket_id": row.ticket_id,
                "password": "", "source": "import"})
        bulk_insert(self.session.connection(), StatusEvent.__table__, events)
        bulk_insert(self.session.connection(), TraffyTicket.__table__, tickets)

    def _event(self, cid, from_status, to_status, at, code, **params) -> dict:
        return {"complaint_id": cid, "from_status": None if from_status is None
                else from_status.value, "to_status": to_status.value,
                "by_user_id": self.actor_id, "at": at, "note": "", "note_code": code,
                "note_params": notes.encode(code, **params)}

    def _ticket(self, row: Row, meaning: str) -> dict:
        return {"state_name": row.state[:80], "state_kind": meaning,
                "last_activity": row.last_activity, "row_hash": row.row_hash,
                "synced_at": self.moment}

    def update(self, rows: Sequence[Row], known: dict) -> None:
        session = self.session
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            links = [known[r.ticket_id] for r in chunk]
            worked = self._worked_locally(links)
            statuses = dict(session.execute(select(Complaint.id, Complaint.status).where(
                Complaint.id.in_([link.complaint_id for link in links]))).all())
            events, moves, tickets = [], [], []
            for row, link in zip(chunk, links):
                meaning = meaning_of(row.state, self.states)
                tickets.append(self._ticket(row, meaning) | {"link_id": link.id})
                current = Status(statuses[link.complaint_id])
                target = STATUS_OF[meaning]
                move = target is not current and link.complaint_id not in worked
                if not move and (target is current or row.state == link.state_name):
                    continue   # a star or a photo changed: nothing for the history
                events.append(self._event(link.complaint_id, current,
                                          target if move else current, self.moment,
                                          notes.TRAFFY_STATE_CHANGED, ticket_id=row.ticket_id,
                                          state=row.state))
                if move:
                    moves.append({"cid": link.complaint_id, "new_status": target.value,
                                  "new_closed_at": self.moment
                                  if target is Status.CLOSED else None})
            if tickets:
                session.execute(
                    update(TraffyTicket.__table__).where(
                        TraffyTicket.__table__.c.id == bindparam("link_id")),
                    tickets)
            if moves:
                session.execute(
                    update(Complaint.__table__).where(Complaint.__table__.c.id == bindparam("cid"))
                    .values(status=bindparam("new_status"),
                            closed_at=bindparam("new_closed_at")), moves)
            bulk_insert(session.connection(), StatusEvent.__table__, events)
            self._tick(len(chunk))

    def _worked_locally(self, links) -> set[int]:
        """Complaints someone changed here after their last import: a status event or an edit
        not written by an import."""
        out: set[int] = set()
        synced = {link.complaint_id: link.synced_at for link in links}
        ids = list(synced)
        for at, cid in self.session.execute(
                select(StatusEvent.at, StatusEvent.complaint_id).where(
                    StatusEvent.complaint_id.in_(ids), ~StatusEvent.note_code.like("traffy.%"))):
            if synced[cid] is None or at > synced[cid]:
                out.add(cid)
        for at, cid in self.session.execute(select(ComplaintEdit.at, ComplaintEdit.complaint_id)
                                            .where(ComplaintEdit.complaint_id.in_(ids))):
            if synced[cid] is None or at > synced[cid]:
                out.add(cid)
        # A duplicate moves only with its parent, and a parent only with its duplicates
        # (workflow.move): Traffy's state goes into their history, never their status.
        out.update(self.session.scalars(select(Complaint.id).where(
            Complaint.id.in_(ids), Complaint.parent_id.is_not(None))))
        out.update(self.session.scalars(select(Complaint.parent_id).where(
            Complaint.parent_id.in_(ids)).distinct()))
        return out
