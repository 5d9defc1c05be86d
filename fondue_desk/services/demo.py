"""Demo office: เทศบาลตำบลแม่เหียะ with a year of believable complaints, generated fast.

Everything is drawn from one random.Random seeded by the seed, the office and the keys already
in use, plus the given `now`: the same database, seed and `now` reproduce the same register.
Complaints and events go in as Core bulk inserts with primary keys computed here: ORM objects
for 300,000 complaints and their histories would take minutes, and explicit keys let events
point at their complaint without a round trip per row.
"""
from __future__ import annotations

import math
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from itertools import accumulate

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Counter, Office, StatusEvent, User, Village
from fondue_desk.db.search_index import bulk_insert_complaints
from fondue_desk.domain.calendar import THAI_TZ, fiscal_year_be, now_thai, to_thai
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound
from fondue_desk.domain.numbering import check_format, format_number
from fondue_desk.domain.statuses import Channel, Role, Status

from .demo_data import (
    CHANNELS_WEEKDAY,
    CHANNELS_WEEKEND,
    CLOSE_NOTES,
    KIND_BY_NAME,
    KINDS,
    KM_LAT,
    LANDMARKS,
    MEN,
    MOBILE_PREFIXES,
    MONTH_WEIGHT,
    OFFICE,
    OFFICE_HOURS_CHANNELS,
    RECEIVED_NOTES,
    REJECT_NOTES,
    SHOPS,
    START_NOTES,
    SURNAMES,
    TOWN_PLACES,
    USERS,
    VILLAGES,
    WOMEN,
    Kind,
)
from .numbering import COMPLAINT_REGISTER

# ---- time: Thai local time has no daylight saving, so plain epoch arithmetic is exact ----
CHUNK = 10_000  # rows per executemany: big enough to amortise, small enough to bound memory
_SHIFT = int(THAI_TZ.utcoffset(None).total_seconds())
_OPEN, _CLOSE = 8 * 3600 + 1800, 16 * 3600 + 1800  # office hours 08:30–16:30
_WINDOW = _CLOSE - _OPEN
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_REJECT_P = 0.03
# Plain strings: a StrEnum member lookup per row is measurable at 300,000 rows.
_RECEIVED, _ASSIGNED = Status.RECEIVED.value, Status.ASSIGNED.value
_IN_PROGRESS = Status.IN_PROGRESS.value
_AWAITING, _CLOSED = Status.AWAITING_SIGNOFF.value, Status.CLOSED.value
_REJECTED, _FORWARDED = Status.REJECTED.value, Status.FORWARDED.value
_LETTER, _TRAFFY = Channel.LETTER.value, Channel.TRAFFY.value
_MIN_STEP = 120  # office seconds between two events, so a history never has a tie


@dataclass(frozen=True)
class DemoSummary:
    office_id: int
    office_name: str
    complaints: int
    users: tuple[str, ...]
    seconds: float


def create_demo_office(
    db: Database, *, complaints: int = 400, seed: int = 2569, now: datetime | None = None,
    only_into_empty: bool = False,
) -> DemoSummary | None:
    """The demo office, its villages, categories, users and complaints, all in one transaction.

    With only_into_empty, nothing is created (None) when the database already has an office:
    checked inside the write transaction, so two desks starting at once make one demo office.
    """
    started = time.perf_counter()
    with db.write() as session:
        if only_into_empty and session.scalar(select(Office.id).limit(1)) is not None:
            return None
        office = Office(is_demo=True, **OFFICE)
        session.add(office)
        session.flush()
        km_lon = 1 / (111.32 * math.cos(math.radians(office.lat)))
        session.add_all(
            Village(office_id=office.id, number=n, name=name,
                    lat=round(office.lat + dn * KM_LAT, 6), lon=round(office.lon + de * km_lon, 6))
            for n, (name, _temple, dn, de, _share) in enumerate(VILLAGES, start=1)
        )
        session.add_all(
            Category(office_id=office.id, name_th=k.th, name_en=k.en, colour=k.colour,
                     sla_days=k.sla, active=True, sort_order=10 * i)
            for i, k in enumerate(KINDS, start=1)
        )
        usernames = _free_usernames(session, office.id)
        session.add_all(
            User(office_id=office.id, username=usernames[i], full_name=full, position=position,
                 role=role.value, active=True)
            for i, (_name, full, position, role) in enumerate(USERS)
        )
        session.flush()
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
    gen = _Generator.load(session, office, f"{seed}:{office.id}:{next_cid}", now)
    received = gen.received_times(count)
    last_seq = _last_seqs(session, office.id, {fy for _ts, _channel, fy in received})
    next_eid = (session.scalar(select(func.max(StatusEvent.id))) or 0) + 1
    with _large_page_cache(session), bulk_insert_complaints(session.connection(), next_cid):
        for start in range(0, count, CHUNK):
            complaints, events = [], []
            for ts, channel, fy in received[start:start + CHUNK]:
                last_seq[fy] += 1
                row, history = gen.complaint(next_cid, ts, channel, fy, last_seq[fy])
                complaints.append(row)
                for from_status, to_status, by, at, note in history:
                    events.append({"id": next_eid, "complaint_id": next_cid, "at": _dt(at),
                                   "from_status": from_status, "to_status": to_status,
                                   "by_user_id": by, "note": note})
                    next_eid += 1
                next_cid += 1
            session.execute(insert(Complaint.__table__), complaints)
            session.execute(insert(StatusEvent.__table__), events)
    for fy, value in last_seq.items():
        counter = session.get(Counter, (office.id, COMPLAINT_REGISTER, fy))
        if counter is None:
            session.add(Counter(office_id=office.id, register=COMPLAINT_REGISTER, year=fy,
                                last_value=value))
        else:
            counter.last_value = value
    if session.get_bind().dialect.name == "postgresql":
        # Explicit keys bypass the serial sequences; move them past the keys used here.
        for table in ("complaint", "status_event"):
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


def _dt(ts: int) -> datetime:
    return _EPOCH + timedelta(seconds=ts)


def _after_office_hours(start: int, business: float) -> int:
    """The wall-clock moment `business` seconds of office hours after `start`, always later.

    Crews and the mayor act in office hours; counting work in office seconds keeps a history from
    showing a sign-off at 02:13, and the mapping is monotonic so the steps stay in order.
    """
    local = start + _SHIFT
    midnight = local - local % 86400
    into = min(max(local - midnight - _OPEN, 0), _WINDOW)
    days, offset = divmod(into + business, _WINDOW)
    return int(midnight + days * 86400 + _OPEN + offset - _SHIFT)


def _person(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return f"นาย{rng.choice(MEN)} {rng.choice(SURNAMES)}"
    return f"{'นาง' if rng.random() < 0.55 else 'นางสาว'}{rng.choice(WOMEN)} {rng.choice(SURNAMES)}"


def _mobile(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"


def _house(rng: random.Random, moo: int) -> str:
    number = rng.randint(1, 350)
    if rng.random() < 0.4:
        return f"{number}/{rng.randint(1, 30)} หมู่ที่ {moo}"
    return f"{number} หมู่ที่ {moo}"


class _Generator:
    """The office's reference data, as plain values, and one random stream for every row.

    ORM attribute reads and enum lookups cost more than the row itself at this volume, so the
    rows the generator needs are copied into tuples once.
    """

    def __init__(self, office: Office, cats: list[Category], villages: list[Village],
                 users: dict[str, list[int]], rng: random.Random, now: datetime) -> None:
        self.rng, self.now_ts, self.today = rng, int(now.timestamp()), to_thai(now).date()
        self.office_id, self.fmt, self.centre = office.id, office.tracking_format, (office.lat,
                                                                                    office.lon)
        self.place = (office.tambon, office.amphoe, office.province, office.postal_code)
        self.cats = [(c.id, c.sla_days, KIND_BY_NAME.get(c.name_th, KINDS[-1])) for c in cats]
        self.month_cw = {
            m: list(accumulate(k.weight * k.months.get(m, 1.0) for *_c, k in self.cats))
            for m in range(1, 13)}
        # Villages an admin added after the demo was made get a made-up temple and equal share.
        known = {n: v for n, v in enumerate(VILLAGES, start=1)}
        self.villages = [
            (v.id, v.number, v.name, known[v.number][1] if v.number in known
             else f"วัด{v.name.removeprefix('บ้าน')}", v.lat or office.lat, v.lon or office.lon)
            for v in villages]
        self.village_cw = list(accumulate(known[v.number][4] if v.number in known else 1.0
                                          for v in villages))
        self.clerks = users[Role.CLERK.value]
        self.crew = (users.get(Role.CREW_LEADER.value) or self.clerks)[0]
        self.mayor = (users.get(Role.MAYOR.value) or users.get(Role.ADMIN.value) or self.clerks)[0]
        self.km_lon = 1 / (111.32 * math.cos(math.radians(office.lat)))

    @classmethod
    def load(cls, session: Session, office: Office, seed: str, now: datetime | None) -> _Generator:
        cats = list(session.scalars(select(Category).where(
            Category.office_id == office.id, Category.active).order_by(Category.id)))
        villages = list(session.scalars(
            select(Village).where(Village.office_id == office.id).order_by(Village.number)))
        users: dict[str, list[int]] = {}
        for uid, role in session.execute(select(User.id, User.role).where(
                User.office_id == office.id, User.active).order_by(User.id)):
            users.setdefault(role, []).append(uid)
        if not cats or not users.get(Role.CLERK.value) or office.lat is None or office.lon is None:
            raise Conflict("demo.office_incomplete", office=office.name)
        # A str seed is hashed deterministically (a tuple is not), so runs repeat exactly.
        rng = random.Random(f"fondue-demo:{seed}")
        return cls(office, cats, villages, users, rng, to_thai(now) if now else now_thai())

    def received_times(self, count: int) -> list[tuple[int, str, int]]:
        """(epoch seconds, channel, fiscal year) for `count` complaints, oldest first."""
        rng, today = self.rng, self.today
        midnight0 = int(datetime(today.year, today.month, today.day, tzinfo=THAI_TZ).timestamp())
        days = [today - timedelta(days=d) for d in range(366)]
        years = [fiscal_year_be(d) for d in days]
        weights = [MONTH_WEIGHT[d.month] * (1.0 if d.weekday() < 5 else 0.35) for d in days[:365]]
        out = []
        for d in rng.choices(range(365), cum_weights=list(accumulate(weights)), k=count):
            chans, cw = CHANNELS_WEEKEND if days[d].weekday() >= 5 else CHANNELS_WEEKDAY
            channel = rng.choices(chans, cum_weights=cw)[0]
            if channel in OFFICE_HOURS_CHANNELS or rng.random() < 0.8:
                second = rng.triangular(_OPEN, _CLOSE, 10 * 3600)  # the morning rush
            else:
                second = rng.uniform(6 * 3600, 22 * 3600)
            ts = midnight0 - d * 86400 + int(second)
            if ts > self.now_ts - 600:  # "today, later than now" becomes the day before
                ts, d = ts - 86400, d + 1
            out.append((ts, channel, years[d]))
        out.sort()
        return out

    def complaint(self, cid: int, ts: int, channel: str, fy: int, seq: int):
        rng = self.rng
        local_day = (ts + _SHIFT) // 86400
        month = date.fromordinal(_EPOCH_ORDINAL + local_day).month
        cat_id, sla, kind = rng.choices(self.cats, cum_weights=self.month_cw[month])[0]
        village = None
        if self.villages and not kind.no_place and rng.random() < 0.95:
            village = rng.choices(self.villages, cum_weights=self.village_cw)[0]
        location, lat, lon = self._place(village, channel, kind)
        anonymous = rng.random() < 0.10
        name = phone = address = ""
        if not anonymous:
            name, phone = _person(rng), _mobile(rng)
            if channel == _LETTER or rng.random() < 0.5:
                address = _house(rng, village[1] if village else rng.randint(1, 10))
        tambon, amphoe, province, postal_code = self.place if address else ("", "", "", "")
        # Traffy reports are imported by one clerk; walk-ins go to whoever is at the counter.
        clerk = self.clerks[-1] if channel == _TRAFFY else rng.choice(self.clerks)
        problem = rng.choice(kind.problems).format(n=rng.randint(2, 5), loc=location)
        description = " ".join(p for p in (problem, rng.choice(kind.since),
                                           rng.choice(kind.asks)) if p)
        history = self._history(ts, kind, sla, clerk, channel)
        return {
            "id": cid, "office_id": self.office_id, "fiscal_year": fy, "seq": seq,
            "tracking_no": format_number(self.fmt, year=fy, seq=seq, checked=False),
            "received_at": _dt(ts), "channel": channel, "anonymous": anonymous,
            "complainant_name": name, "phone": phone, "national_id": "", "address_line": address,
            "tambon": tambon, "amphoe": amphoe, "province": province, "postal_code": postal_code,
            "village_id": village[0] if village else None, "location_text": location,
            "lat": lat, "lon": lon, "category_id": cat_id, "description": description,
            "status": history[-1][1], "clerk_id": clerk,
            "due_date": date.fromordinal(_EPOCH_ORDINAL + local_day + sla),
        }, history

    def _place(self, village: tuple | None, channel: str, kind: Kind):
        rng = self.rng
        if village is None:
            location = "" if kind.no_place else rng.choice(TOWN_PLACES)
            centre, spread = self.centre, 0.6
        else:
            _id, moo, name, temple, *centre = village
            location = rng.choice(LANDMARKS).format(
                t=temple, v=name, moo=moo, n=rng.randint(1, 12), shop=rng.choice(SHOPS),
                h=f"{rng.randint(1, 250)}/{rng.randint(1, 20)}")
            spread = 0.35
        if kind.no_place or (channel != _TRAFFY and rng.random() < 0.22):
            return location, None, None  # Traffy always carries GPS; walk-ins often do not
        lat = centre[0] + rng.gauss(0, spread) * KM_LAT
        lon = centre[1] + rng.gauss(0, spread) * self.km_lon
        if math.hypot((lat - self.centre[0]) / KM_LAT, (lon - self.centre[1]) / self.km_lon) > 3:
            lat, lon = centre  # a stray draw outside the tambon goes back to the village
        return location, round(lat, 6), round(lon, 6)

    def _history(self, ts: int, kind: Kind, sla: int, clerk: int, channel: str):
        rng = self.rng
        events = [(None, _RECEIVED, clerk, ts, RECEIVED_NOTES[channel])]
        decide = rng.random()
        if decide < _REJECT_P + kind.forward_p:
            at = _after_office_hours(ts, rng.uniform(0.05, 1.5) * _WINDOW)
            if at <= self.now_ts:
                if decide < _REJECT_P:
                    events.append((_RECEIVED, _REJECTED, clerk, at, rng.choice(REJECT_NOTES)))
                else:
                    events.append((_RECEIVED, _FORWARDED, clerk, at, kind.forward))
            return events
        # How long the work takes in office days: mostly inside the SLA, a tail overdue and a
        # few stuck for weeks, so the overdue list has something on it. The mayor signs in
        # batches, so the sign-off lag does not follow the category's SLA.
        work = max(sla, 1) * _WINDOW * rng.lognormvariate(-0.4, 0.7)
        if rng.random() < 0.06:
            work *= 6
        gaps = [w * (rng.expovariate(1.0) + 0.01) for w in (0.15, 0.3, 0.55)]
        scale, business, previous = work / sum(gaps), 0.0, _RECEIVED
        gaps = [g * scale for g in gaps] + [rng.uniform(0.3, 4.0) * _WINDOW]
        steps = ((_ASSIGNED, clerk, f"มอบหมาย{kind.unit}ดำเนินการ"),
                 (_IN_PROGRESS, self.crew, rng.choice(START_NOTES)),
                 (_AWAITING, self.crew, kind.done),
                 (_CLOSED, self.mayor, rng.choice(CLOSE_NOTES)))
        for (status, by, note), gap in zip(steps, gaps):
            business += max(_MIN_STEP, gap)
            at = _after_office_hours(ts, business)
            if at > self.now_ts:
                break
            events.append((previous, status, by, at, note))
            previous = status
        return events
