"""The demo office generator, checked against a real SQLite file."""
from __future__ import annotations

import math
import re
from collections import Counter as Tally
from collections import defaultdict
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Counter, Office, StatusEvent, User, Village
from fondue_desk.domain.calendar import THAI_TZ, fiscal_year_be, to_thai
from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound
from fondue_desk.domain.numbering import format_number
from fondue_desk.domain.phone import normalise_phone
from fondue_desk.services import demo

# Late November: the past year spans two fiscal years (2569 and 2570) and a whole rainy season.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=THAI_TZ)
COUNT = 1000
NEXT_STEP = {  # the only moves the generator may make, and where they start from
    None: {"received"},
    "received": {"assigned", "forwarded", "rejected"},
    "assigned": {"in_progress"},
    "in_progress": {"awaiting_signoff"},
    "awaiting_signoff": {"closed"},
}


def _rows(db: Database, table, *order_by):
    with db.read() as session:
        return [r._asdict() for r in session.execute(select(table).order_by(*order_by))]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One demo office with COUNT complaints, shared by the read-only checks below."""
    database = Database.open(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    summary = demo.create_demo_office(database, complaints=COUNT, now=NOW)
    yield database, summary
    database.close()


@pytest.fixture(scope="module")
def complaints(built):
    return _rows(built[0], Complaint.__table__, Complaint.id)


@pytest.fixture(scope="module")
def events(built):
    by_complaint = defaultdict(list)
    for event in _rows(built[0], StatusEvent.__table__, StatusEvent.id):
        by_complaint[event["complaint_id"]].append(event)
    return by_complaint


def test_office_reference_data_and_counts(built, complaints):
    db, summary = built
    assert summary.complaints == COUNT == len(complaints)
    assert summary.users == ("clerk1", "clerk2", "crew1", "mayor", "admin")
    assert summary.seconds > 0
    with db.read() as session:
        office = session.get(Office, summary.office_id)
        assert office.is_demo and office.name == summary.office_name == "เทศบาลตำบลแม่เหียะ"
        assert office.kind == "municipality" and office.postal_code == "50100"
        assert re.fullmatch(r"[ก-ฮ]{2} \d{5}", office.document_code)
        assert office.tracking_format == "{fy}-{seq:06d}"
        villages = session.scalars(select(Village).where(Village.office_id == office.id)).all()
        assert 8 <= len(villages) <= 10
        assert sorted(v.number for v in villages) == list(range(1, len(villages) + 1))
        assert all(_km(office.lat, office.lon, v.lat, v.lon) < 3 for v in villages)
        categories = session.scalars(select(Category).where(Category.office_id == office.id)).all()
        assert 10 <= len(categories) <= 12
        assert len({c.colour.lower() for c in categories}) == len(categories)
        assert all(re.fullmatch(r"#[0-9a-fA-F]{6}", c.colour) and c.name_en for c in categories)
        assert {c.name_th: c.sla_days for c in categories}["ขยะ/ความสะอาด"] == 2
        roles = {u.username: (u.role, u.position) for u in session.scalars(select(User))}
    assert roles["clerk1"][0] == roles["clerk2"][0] == "clerk"
    assert roles["crew1"][0] == "crew_leader" and roles["admin"][0] == "admin"
    assert roles["mayor"] == ("mayor", "นายกเทศมนตรีตำบลแม่เหียะ")


def test_every_history_is_consistent_and_in_time_order(built, complaints, events):
    db, summary = built
    with db.read() as session:
        users = {u.role: u.id for u in session.scalars(select(User))}
        clerks = set(session.scalars(select(User.id).where(User.role == "clerk")))
    for c in complaints:
        history = events[c["id"]]
        assert history, c["tracking_no"]
        first = history[0]
        assert (first["from_status"], first["to_status"]) == (None, "received")
        assert first["at"] == c["received_at"] and first["by_user_id"] == c["clerk_id"]
        previous = None
        for event in history:
            assert event["from_status"] == previous
            assert event["to_status"] in NEXT_STEP[previous]
            assert event["note"]
            previous = event["to_status"]
        assert history[-1]["to_status"] == c["status"]
        times = [e["at"] for e in history]
        assert all(a < b for a, b in zip(times, times[1:])), c["tracking_no"]
        assert times[-1] <= NOW
        for event in history:
            expected = {"in_progress": users["crew_leader"], "closed": users["mayor"],
                        "awaiting_signoff": users["crew_leader"]}.get(event["to_status"])
            assert event["by_user_id"] == expected if expected else event["by_user_id"] in clerks


def test_tracking_numbers_are_gapless_per_fiscal_year_and_match_the_counter(built, complaints):
    db, summary = built
    per_year = defaultdict(list)
    for c in complaints:
        assert c["fiscal_year"] == fiscal_year_be(c["received_at"])
        assert c["tracking_no"] == format_number("{fy}-{seq:06d}", year=c["fiscal_year"],
                                                 seq=c["seq"])
        per_year[c["fiscal_year"]].append(c)
    assert set(per_year) == {2569, 2570}
    assert len({c["tracking_no"] for c in complaints}) == len(complaints)
    with db.read() as session:
        counters = {r.year: r.last_value for r in session.scalars(
            select(Counter).where(Counter.office_id == summary.office_id,
                                  Counter.register == "complaint"))}
    for year, rows in per_year.items():
        in_time_order = sorted(rows, key=lambda c: (c["received_at"], c["id"]))
        assert [c["seq"] for c in in_time_order] == list(range(1, len(rows) + 1))
        assert counters[year] == len(rows)
    assert set(counters) == set(per_year)


def test_places_contacts_and_dates_are_believable(built, complaints):
    db, summary = built
    with db.read() as session:
        office = session.get(Office, summary.office_id)
        centre = (office.lat, office.lon)
        sla = dict(session.execute(select(Category.id, Category.sla_days)).all())
    located = [c for c in complaints if c["lat"] is not None]
    assert 0.65 <= len(located) / len(complaints) <= 0.95
    assert all((c["lon"] is None) == (c["lat"] is None) for c in complaints)
    assert max(_km(*centre, c["lat"], c["lon"]) for c in located) <= 5
    anonymous = [c for c in complaints if c["anonymous"]]
    assert 0.03 <= len(anonymous) / len(complaints) <= 0.2
    assert all(c["complainant_name"] == "" and c["phone"] == "" for c in anonymous)
    for c in complaints:
        if not c["anonymous"]:
            assert re.fullmatch(r"(นาย|นางสาว|นาง)\S+ \S+", c["complainant_name"])
            assert re.fullmatch(r"0[689]\d{8}", c["phone"])
            assert normalise_phone(c["phone"]) == c["phone"]
        if c["address_line"]:
            assert re.fullmatch(r"\d+(/\d+)? หมู่ที่ \d+", c["address_line"])
            assert (c["tambon"], c["postal_code"]) == ("แม่เหียะ", "50100")
        assert NOW - timedelta(days=366) < c["received_at"] < NOW
        local_day = to_thai(c["received_at"]).date()
        assert c["due_date"] == local_day + timedelta(days=sla[c["category_id"]])
        assert c["description"] and c["clerk_id"]
    channels = Tally(c["channel"] for c in complaints)
    assert channels.most_common(1)[0][0] == "counter"
    assert set(channels) <= {"counter", "phone", "letter", "traffy", "other"}


def test_old_complaints_are_mostly_closed_and_recent_ones_open(complaints):
    old = [c for c in complaints if c["received_at"] < NOW - timedelta(days=90)]
    recent = [c for c in complaints if c["received_at"] > NOW - timedelta(days=14)]
    assert sum(c["status"] == "closed" for c in old) / len(old) > 0.75
    assert {c["status"] for c in old} >= {"closed", "forwarded", "rejected"}
    assert sum(c["status"] in ("received", "assigned", "in_progress", "awaiting_signoff")
               for c in recent) / len(recent) > 0.3
    rainy = sum(to_thai(c["received_at"]).month in (6, 7, 8, 9) for c in complaints)
    dry = sum(to_thai(c["received_at"]).month in (12, 1, 2, 3) for c in complaints)
    assert rainy > dry * 1.3


def test_same_seed_and_now_give_the_same_register(tmp_path):
    dumps = []
    for name in ("a", "b", "c"):
        database = Database.open(f"sqlite:///{tmp_path / name}.sqlite3")
        demo.create_demo_office(database, complaints=120, seed=7 if name != "c" else 8, now=NOW)
        dumps.append((_rows(database, Complaint.__table__, Complaint.id),
                      _rows(database, StatusEvent.__table__, StatusEvent.id)))
        database.close()
    assert dumps[0] == dumps[1]
    assert dumps[0][0] != dumps[2][0]


def test_adding_more_continues_the_numbering_without_gaps(db):
    summary = demo.create_demo_office(db, complaints=150, now=NOW)
    # The same seed and size again, as a repeated `fondue-desk demo` does: new complaints.
    added = demo.add_demo_complaints(db, summary.office_id, 150, now=NOW)
    assert added == 150
    rows = _rows(db, Complaint.__table__, Complaint.id)
    assert len(rows) == 300
    assert len({r["id"] for r in rows}) == 300
    per_year = defaultdict(list)
    for r in rows:
        per_year[r["fiscal_year"]].append(r["seq"])
    with db.read() as session:
        counters = dict(session.execute(select(Counter.year, Counter.last_value)).all())
        orphans = session.scalar(select(func.count()).select_from(Complaint).where(
            ~Complaint.id.in_(select(StatusEvent.complaint_id))))
    assert orphans == 0
    for year, seqs in per_year.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
        assert counters[year] == len(seqs)
    first_times = {r["received_at"] for r in rows[:150]}
    assert len(first_times & {r["received_at"] for r in rows[150:]}) < 5
    second = sorted(rows[150:], key=lambda r: (r["received_at"], r["id"]))
    for year in per_year:
        batch = [r["seq"] for r in second if r["fiscal_year"] == year]
        assert batch == sorted(batch) and (not batch or batch[0] > min(per_year[year]))


def test_a_real_intake_after_the_demo_takes_the_next_number(db):
    from fondue_desk.services.intake import ComplaintInput, log_complaint

    summary = demo.create_demo_office(db, complaints=60, now=NOW, passwords_must_change=False)
    with db.read() as session:
        clerk_id = session.scalar(select(User.id).where(User.username == "clerk1"))
        category_id = session.scalar(select(Category.id).order_by(Category.id))
        last = session.scalar(select(func.max(Complaint.seq)).where(Complaint.fiscal_year == 2570))
    view = log_complaint(
        db, clerk_id,
        ComplaintInput(category_id=category_id, description="ไฟฟ้าส่องสว่างดับ 2 ต้น",
                       complainant_name="นางสมศรี ใจดี", phone="0812345678"),
        received_at=NOW + timedelta(minutes=5),
    )
    assert view.tracking_no == f"2570-{last + 1:06d}"
    assert summary.complaints == 60


def test_refuses_an_office_that_is_not_a_demo(db):
    with db.write() as session:
        real = Office(name="เทศบาลตำบลจริง", kind="municipality", is_demo=False)
        session.add(real)
        session.flush()
        real_id = real.id
    with pytest.raises(Conflict) as refused:
        demo.add_demo_complaints(db, real_id, 10, now=NOW)
    assert refused.value.code == "demo.not_demo_office"
    with pytest.raises(NotFound):
        demo.add_demo_complaints(db, real_id + 1000, 10, now=NOW)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0


def test_zero_negative_and_a_second_demo_office(db):
    first = demo.create_demo_office(db, complaints=0, now=NOW)
    assert first.complaints == 0
    assert demo.add_demo_complaints(db, first.office_id, 0, now=NOW) == 0
    with pytest.raises(InvalidInput):
        demo.add_demo_complaints(db, first.office_id, -1, now=NOW)
    # Usernames are unique database-wide, so a second demo office gets its own.
    second = demo.create_demo_office(db, complaints=20, now=NOW)
    assert second.users == tuple(f"{u}-demo{second.office_id}" for u in first.users)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Complaint).where(
            Complaint.office_id == second.office_id)) == 20


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
