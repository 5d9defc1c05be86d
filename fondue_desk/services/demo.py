"""Demo office: เทศบาลตำบลแม่เหียะ with a year of believable complaints, generated fast.

Everything is drawn from one random.Random seeded by the seed, the office and the keys already
in use, plus the given `now`: the same database, seed and `now` reproduce the same register.
Complaints and events go in as Core bulk inserts with primary keys computed here: ORM objects
for 300,000 complaints and their histories would take minutes, and explicit keys let events
point at their complaint without a round trip per row.
"""
from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from fondue_desk.db.bulk import bulk_insert
from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Counter, Office, StatusEvent, User, Village
from fondue_desk.db.search_index import bulk_insert_complaints
from fondue_desk.domain.codes import slug, village_code
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound
from fondue_desk.domain.numbering import check_format
from fondue_desk.domain.statuses import Role

from .accounts import hash_password
from .demo_data import (
    DEMO_PASSWORD,
    KINDS,
    KM_LAT,
    OFFICE,
    USERS,
    VILLAGE_NAMES_EN,
    VILLAGES,
)
from .demo_dispatch import DemoDispatch, add_crews, add_village_outlines
from .demo_emblem import demo_emblem_png

# ---- time: Thai local time has no daylight saving, so plain epoch arithmetic is exact ----
from .demo_generator import CHUNK, ComplaintGenerator, to_datetime
from .numbering import COMPLAINT_REGISTER


@dataclass(frozen=True)
class DemoSummary:
    office_id: int
    office_name: str
    complaints: int
    users: tuple[str, ...]
    seconds: float


def create_demo_office(
    db: Database, *, complaints: int = 400, seed: int = 2569, now: datetime | None = None,
    only_into_empty: bool = False, passwords_must_change: bool = True,
) -> DemoSummary | None:
    """The demo office, its villages, categories, users and complaints, all in one transaction.

    With only_into_empty, nothing is created (None) when the database already has an office:
    checked inside the write transaction, so two desks starting at once make one demo office.
    The demo password is published in the README, so by default each account must replace it
    at first sign-in; only `fondue-desk demo` (a developer's or trainer's database) passes
    passwords_must_change=False.
    """
    started = time.perf_counter()
    with db.write() as session:
        if only_into_empty and session.scalar(select(Office.id).limit(1)) is not None:
            return None
        office = Office(is_demo=True, logo_png=demo_emblem_png(), **OFFICE)
        session.add(office)
        session.flush()
        km_lon = 1 / (111.32 * math.cos(math.radians(office.lat)))
        session.add_all(
            Village(office_id=office.id, number=n, name=name, code=village_code(n),
                    name_en=VILLAGE_NAMES_EN[n - 1],
                    lat=round(office.lat + dn * KM_LAT, 6), lon=round(office.lon + de * km_lon, 6))
            for n, (name, _temple, dn, de, _share) in enumerate(VILLAGES, start=1)
        )
        session.add_all(
            Category(office_id=office.id, code=slug(k.en, fallback=f"category-{i}"),
                     name_th=k.th, name_en=k.en, colour=k.colour,
                     sla_days=k.sla, active=True, sort_order=10 * i)
            for i, k in enumerate(KINDS, start=1)
        )
        usernames = _free_usernames(session, office.id)
        password_hash = hash_password(DEMO_PASSWORD)  # once: argon2 is slow on purpose
        session.add_all(
            User(office_id=office.id, username=usernames[i], full_name=full, position=position,
                 role=role.value, active=True, password_hash=password_hash,
                 must_change_password=passwords_must_change)
            for i, (_name, full, position, role) in enumerate(USERS)
        )
        session.flush()
        crew_leader = session.scalar(select(User.id).where(
            User.office_id == office.id, User.role == Role.CREW_LEADER.value).limit(1))
        add_crews(session, office, crew_leader)
        add_village_outlines(session, office)
        added = _add_complaints(session, office, complaints, seed, now)
        return DemoSummary(office.id, office.name, added, tuple(usernames),
                           time.perf_counter() - started)


def add_demo_complaints(
    db: Database, office_id: int, count: int, *, seed: int = 2569, now: datetime | None = None
) -> int:
    """Grow a demo office's register by `count` complaints; numbering continues gaplessly."""
    with db.write() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFound("office.not_found", office_id=office_id)
        if not office.is_demo:
            # Invented complaints must never enter a real office's official register.
            raise Conflict("demo.not_demo_office", office=office.name)
        return _add_complaints(session, office, count, seed, now)


def _free_usernames(session: Session, office_id: int) -> list[str]:
    # Usernames are unique across the whole database, and a real office may already own "admin".
    wanted = [u for u, *_ in USERS]
    taken = session.scalars(select(User.username).where(User.username.in_(wanted))).first()
    return [f"{u}-demo{office_id}" for u in wanted] if taken else wanted


def _add_complaints(
    session: Session, office: Office, count: int, seed: int, now: datetime | None
) -> int:
    if count < 0:
        raise InvalidInput([FieldError("count", "count.negative")])
    if count == 0:
        return 0
    check_format(office.tracking_format)  # once here, so each number below can skip the check
    next_cid = (session.scalar(select(func.max(Complaint.id))) or 0) + 1
    # The keys already used join the seed: a second `demo --complaints N` with the default seed
    # must not repeat the first batch's people, words and minutes under new numbers.
    gen = ComplaintGenerator.load(session, office, f"{seed}:{office.id}:{next_cid}", now)
    received = gen.received_times(count)
    last_seq = _last_seqs(session, office.id, {fy for _ts, _channel, fy in received})
    next_eid = (session.scalar(select(func.max(StatusEvent.id))) or 0) + 1
    dispatch = DemoDispatch.load(session, office, f"{seed}:{office.id}:{next_cid}")
    with _large_page_cache(session), bulk_insert_complaints(session.connection(), next_cid):
        for start in range(0, count, CHUNK):
            complaints, events = [], []
            for ts, channel, fy in received[start:start + CHUNK]:
                last_seq[fy] += 1
                row, history = gen.complaint(next_cid, ts, channel, fy, last_seq[fy])
                history = dispatch.follow(row, history)
                complaints.append(row)
                for from_status, to_status, by, at, note in history:
                    events.append({"id": next_eid, "complaint_id": next_cid, "at": to_datetime(at),
                                   "from_status": from_status, "to_status": to_status,
                                   "by_user_id": by, "note": note})
                    next_eid += 1
                next_cid += 1
            bulk_insert(session.connection(), Complaint.__table__, complaints)
            bulk_insert(session.connection(), StatusEvent.__table__, events)
    dispatch.write(session, issued_by=gen.clerks[0])
    for fy, value in last_seq.items():
        counter = session.get(Counter, (office.id, COMPLAINT_REGISTER, fy))
        if counter is None:
            session.add(Counter(office_id=office.id, register=COMPLAINT_REGISTER, year=fy,
                                last_value=value))
        else:
            counter.last_value = value
    if session.get_bind().dialect.name == "postgresql":
        # Explicit keys bypass the serial sequences; move them past the keys used here.
        for table in ("complaint", "status_event", "work_order"):
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT max(id) FROM {table}))"))
    session.flush()
    return count


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    """A 64 MB SQLite page cache for the bulk load, then the connection's own size again.

    With the default 2 MB the six complaint indexes keep evicting each other's pages, which
    measured ~30 % slower at 300,000 complaints; the connection goes back to the pool after.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar())
    connection.exec_driver_sql("PRAGMA cache_size = -65536")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def _last_seqs(session: Session, office_id: int, years: set[int]) -> dict[int, int]:
    """Per fiscal year, the last number handed out: the counter, or the rows if they are ahead."""
    out: dict[int, int] = {}
    for fy in sorted(years):
        # FOR UPDATE: on PostgreSQL a desk logging a walk-in now queues until we commit.
        counter = session.get(Counter, (office_id, COMPLAINT_REGISTER, fy), with_for_update=True)
        used = session.scalar(select(func.max(Complaint.seq)).where(
            Complaint.office_id == office_id, Complaint.fiscal_year == fy))
        out[fy] = max(counter.last_value if counter else 0, used or 0)
    return out


