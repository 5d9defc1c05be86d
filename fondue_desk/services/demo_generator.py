"""The demo complaints themselves: who, what, where and when, drawn from one seeded random
stream so that the same seed and `now` always give the same register."""
from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta, timezone
from itertools import accumulate

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Category, Office, User, Village
from fondue_desk.domain.calendar import THAI_TZ, fiscal_year_be, now_thai, to_thai
from fondue_desk.domain.errors import Conflict
from fondue_desk.domain.numbering import format_number
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
    OFFICE_HOURS_CHANNELS,
    RECEIVED_NOTES,
    REJECT_NOTES,
    SHOPS,
    START_NOTES,
    SURNAMES,
    TOWN_PLACES,
    VILLAGES,
    WOMEN,
    Kind,
)

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


def to_datetime(ts: int) -> datetime:
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


class ComplaintGenerator:
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
    def load(cls, session: Session, office: Office, seed: str, now: datetime | None) -> ComplaintGenerator:
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
            "received_at": to_datetime(ts), "channel": channel, "anonymous": anonymous,
            "complainant_name": name, "phone": phone, "national_id": "", "address_line": address,
            "tambon": tambon, "amphoe": amphoe, "province": province, "postal_code": postal_code,
            "village_id": village[0] if village else None, "location_text": location,
            "lat": lat, "lon": lon, "category_id": cat_id, "description": description,
            "status": history[-1][1], "clerk_id": clerk,
            "due_date": date.fromordinal(_EPOCH_ORDINAL + local_day + sla),
            "closed_at": to_datetime(history[-1][3]) if history[-1][1] == _CLOSED else None,
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
