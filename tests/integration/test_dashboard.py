"""The dashboard's figures against a small register counted by hand, on SQLite and PostgreSQL;
and every figure's register filter lists exactly that many complaints.

The register holds edges on purpose: receipts and closings a few minutes either side of
midnight in Thai time (a UTC month or date would put them on the other side), a closing
the day after its due date by Thai time but on it by UTC, duplicates (children) that must
count nowhere, and complaints outside the period.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.domain.dashboard import Period, last_twelve_months, month_period
from fondue_desk.services import dashboard, demo, reference, register
from fondue_desk.services.dashboard import register_filter_for

NOVEMBER = month_period(2026, 11)
TODAY = date(2026, 12, 6)
NOW = datetime(2026, 12, 6, 10, 0, tzinfo=THAI_TZ)


def thai(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=THAI_TZ)


# no, received (Thai), category, village, channel, status, crew, due, closed (Thai),
# reopen count, parent (no)
ROWS = [
    (1, "2026-11-01 00:30", "A", 1, "counter", "closed", 1, "2026-11-05", "2026-11-03 12:30", 0,
     None),
    (2, "2026-11-02 08:00", "A", 1, "counter", "closed", 1, "2026-11-09", "2026-11-12 08:00", 1,
     None),
    (3, "2026-11-05 09:00", "A", 2, "traffy", "in_progress", 1, "2026-11-20", None, 0, None),
    (4, "2026-11-10 10:00", "B", None, "phone", "received", None, "2026-12-10", None, 0, None),
    (5, "2026-11-15 10:00", "B", 2, "traffy", "forwarded", None, None, None, 0, None),
    (6, "2026-11-20 10:00", "B", 1, "counter", "rejected", None, None, None, 0, None),
    (7, "2026-11-30 23:59", "A", None, "counter", "assigned", 2, "2026-12-01", None, 2, None),
    (8, "2026-12-01 00:30", "A", 1, "counter", "received", None, "2026-12-03", None, 0, None),
    # received in October, closed in November a day late by Thai time (on time by UTC date)
    (9, "2026-10-31 21:00", "B", 1, "counter", "closed", None, "2026-11-20", "2026-11-21 03:00",
     0, None),
    (10, "2026-11-03 10:00", "A", 1, "counter", "closed", 1, "2026-11-05", "2026-11-03 12:00",
     0, 1),
    (11, "2026-11-25 08:00", "A", 2, "letter", "closed", None, None, "2026-11-26 08:00", 0, None),
    (12, "2026-11-28 08:00", "B", 2, "counter", "closed", None, "2026-12-05", "2026-12-01 05:00",
     0, None),
    (13, "2026-11-04 10:00", "A", 2, "counter", "in_progress", 1, "2026-11-20", None, 1, 3),
]


def load(db: Database) -> dict:
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    clerk = reference.default_counter_user(db, office.id)
    categories = reference.active_categories(db, office.id)[:2]
    villages = sorted(reference.villages(db, office.id), key=lambda v: v.number)[:2]
    crews = reference.active_crews(db, office.id)[:2]
    ids = {"office": office.id, "A": categories[0].id, "B": categories[1].id,
           "village": {1: villages[0].id, 2: villages[1].id, None: None},
           "crew": {1: crews[0].id, 2: crews[1].id, None: None}, "complaint": {}}
    with db.write() as session:
        for (no, received, cat, village, channel, status, crew, due, closed, reopened,
             parent) in ROWS:
            complaint = Complaint(
                office_id=office.id, tracking_no=f"T-{no}", fiscal_year=2570, seq=no,
                received_at=thai(received), channel=channel, category_id=ids[cat],
                village_id=ids["village"][village], description=f"เรื่องที่ {no}",
                status=status, clerk_id=clerk.id, crew_id=ids["crew"][crew],
                due_date=date.fromisoformat(due) if due else None,
                closed_at=thai(closed) if closed else None, reopen_count=reopened,
                parent_id=ids["complaint"][parent] if parent else None)
            session.add(complaint)
            session.flush()
            ids["complaint"][no] = complaint.id
    return ids


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def loaded(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('dashboard') / 'desk.sqlite3'}"
    else:
        from tests.postgres import fresh_database

        base = request.getfixturevalue("postgres_base_url")
        if base is None:
            pytest.skip("no PostgreSQL server or binaries on this machine")
        url = fresh_database(base)
    db = Database.open(url)
    ids = load(db)
    yield db, ids
    db.close()


def test_november_by_hand(loaded):
    db, ids = loaded
    got = dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY)
    assert got.period == NOVEMBER and got.today == TODAY
    # 1 2 3 4 5 6 7 11 12: 9 and 10 are not November's receipts by Thai time, 10 is a child
    assert (got.received, got.closed, got.open) == (9, 4, 3)
    assert {s.status: s.count for s in got.by_status} == {
        "received": 1, "assigned": 1, "in_progress": 1, "awaiting_signoff": 0, "closed": 4,
        "forwarded": 1, "rejected": 1}
    assert [(c.category_id, c.received, c.open, c.closed) for c in got.by_category] == [
        (ids["A"], 5, 2, 3), (ids["B"], 4, 1, 1)]
    village = ids["village"]
    assert [(v.village_id, v.received, v.open, v.closed) for v in got.by_village] == [
        (village[1], 3, 0, 2), (village[2], 4, 1, 2), (None, 2, 2, 0)]
    assert got.by_village[-1].number is None and got.by_village[0].number is not None
    assert {c.channel: c.count for c in got.by_channel} == {
        "counter": 5, "traffy": 2, "phone": 1, "letter": 1, "other": 0}
    assert got.reopened == 2
    # closed in November: 1 (2.5 days), 2 (10), 9 (20.25), 11 (1); 12 closed on 1 December
    assert got.closed_in_period == 4
    assert got.close_days_median == pytest.approx(6.25)   # h = 1.5: 2.5 + 0.5 × 7.5
    assert got.close_days_p90 == pytest.approx(17.175)    # h = 2.7: 10 + 0.7 × 10.25
    # 1 on time, 2 late, 9 late by Thai date, 11 had no due date
    assert got.closed_within_sla == 2 and got.sla_share == pytest.approx(0.5)
    # overdue on 6 December, whenever received: 3 (crew 1), 7 (crew 2), 8 (no crew); 13 a child
    crew = ids["crew"]
    assert got.overdue == 3
    assert sorted((c.crew_id or 0, c.overdue) for c in got.overdue_by_crew) == sorted(
        [(crew[1], 1), (crew[2], 1), (0, 1)])
    assert got.overdue_by_crew[-1].crew_id is None  # "no crew" last among equals
    assert all(c.crew_name for c in got.overdue_by_crew if c.crew_id is not None)
    # by_month spans the period by default
    assert [(m.year, m.month, m.received, m.closed) for m in got.by_month] == [
        (2026, 11, 9, 4)]


def test_months_in_thai_time_every_month_listed(loaded):
    db, ids = loaded
    year = last_twelve_months(TODAY)
    got = dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY, months=year)
    months = {(m.year, m.month): (m.received, m.closed) for m in got.by_month}
    assert list(months) == [(2026, m) for m in range(1, 13)]
    assert months[(2026, 10)] == (1, 0)     # 9; 1 is 31 October by UTC, November in Thailand
    assert months[(2026, 11)] == (9, 4)
    assert months[(2026, 12)] == (1, 1)     # 8 received, 12 closed (30 November by UTC)
    assert all(months[(2026, m)] == (0, 0) for m in range(1, 10))


def test_a_month_cut_by_the_span_counts_its_days_inside(loaded):
    db, ids = loaded
    span = Period(date(2026, 11, 15), date(2026, 12, 31))
    got = dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY, months=span)
    assert [(m.month, m.received, m.closed) for m in got.by_month] == [(11, 5, 2), (12, 1, 1)]


def test_an_empty_period(loaded):
    db, ids = loaded
    got = dashboard.figures(db, ids["office"], month_period(2026, 3), today=TODAY)
    assert (got.received, got.closed, got.open, got.closed_in_period, got.reopened) == (
        0, 0, 0, 0, 0)
    assert got.close_days_median is None and got.close_days_p90 is None
    assert got.sla_share is None
    assert got.by_category == () and got.by_village == ()
    assert all(s.count == 0 for s in got.by_status)
    assert got.overdue == 3  # "now" does not depend on the period


def test_one_closing_is_its_own_median_and_p90(loaded):
    db, ids = loaded
    got = dashboard.figures(db, ids["office"], Period(date(2026, 11, 26), date(2026, 11, 26)),
                            today=TODAY)
    assert got.closed_in_period == 1
    assert got.close_days_median == got.close_days_p90 == pytest.approx(1.0)


def figure_pairs(got, ids) -> list[tuple[str, object, int]]:
    """Every clickable figure: (kind, key, the number shown)."""
    pairs = [("received", None, got.received), ("open", None, got.open),
             ("closed", None, got.closed), ("reopened", None, got.reopened),
             ("overdue", None, got.overdue)]
    pairs += [("status", s.status, s.count) for s in got.by_status]
    pairs += [("channel", c.channel, c.count) for c in got.by_channel]
    for c in got.by_category:
        pairs += [("category", c.category_id, c.received),
                  ("category", (c.category_id, "open"), c.open),
                  ("category", (c.category_id, "closed"), c.closed)]
    for v in got.by_village:
        pairs += [("village", v.village_id, v.received),
                  ("village", (v.village_id, "open"), v.open),
                  ("village", (v.village_id, "closed"), v.closed)]
    pairs += [("month", (m.year, m.month), m.received) for m in got.by_month]
    pairs += [("crew_overdue", c.crew_id, c.overdue) for c in got.overdue_by_crew]
    return pairs


@pytest.mark.parametrize("months", [None, last_twelve_months(TODAY),
                                    Period(date(2026, 11, 15), date(2026, 12, 31))])
def test_every_figure_opens_a_register_of_that_many(loaded, months):
    db, ids = loaded
    got = dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY, months=months)
    pairs = figure_pairs(got, ids)
    assert {kind for kind, _, _ in pairs} == dashboard.KINDS
    for kind, key, shown in pairs:
        span = (months or NOVEMBER) if kind == "month" else NOVEMBER
        flt = register_filter_for(kind, key, span)
        assert flt.parents_only
        assert register.count(db, ids["office"], flt, now=NOW) == shown, (kind, key)


def test_the_register_lists_the_crews_overdue_complaints(loaded):
    db, ids = loaded
    flt = register_filter_for("crew_overdue", ids["crew"][1], NOVEMBER)
    rows = register.fetch(db, ids["office"], flt, now=NOW)
    assert [r.tracking_no for r in rows] == ["T-3"]     # T-13 is its duplicate
    no_crew = register.fetch(db, ids["office"], register_filter_for("crew_overdue", None,
                                                                    NOVEMBER), now=NOW)
    assert [r.tracking_no for r in no_crew] == ["T-8"]


def test_children_are_in_the_register_unless_parents_only(loaded):
    db, ids = loaded
    flt = register_filter_for("category", ids["A"], NOVEMBER)
    everything = register.count(db, ids["office"], flt.__class__(
        category_ids=flt.category_ids, received_from=flt.received_from,
        received_to=flt.received_to), now=NOW)
    assert everything == register.count(db, ids["office"], flt, now=NOW) + 2  # 10 and 13


def test_unknown_figure_is_refused():
    with pytest.raises(ValueError):
        register_filter_for("weather", None, NOVEMBER)


@pytest.mark.parametrize("share", [0.0, 1e9])
def test_a_table_pass_and_the_index_give_the_same_figures(loaded, monkeypatch, share):
    """SQLite reads many closings in one pass over the table, few through the index: both
    ways (forced here) count alike."""
    from fondue_desk.services import dashboard_counts

    db, ids = loaded
    usual = dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY)
    monkeypatch.setattr(dashboard_counts, "_SCAN_SHARE", share)
    assert dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY) == usual


def test_no_village_and_no_crew_add_to_the_chosen_ids(loaded):
    from fondue_desk.domain.register_filter import RegisterFilter

    db, ids = loaded
    village, crew = ids["village"][1], ids["crew"][1]

    def count(**chosen) -> int:
        return register.count(db, ids["office"], RegisterFilter(**chosen), now=NOW)

    assert count(village_ids=frozenset({village}), no_village=True) == (
        count(village_ids=frozenset({village})) + count(no_village=True))
    assert count(no_village=True) == 2          # 4 and 7
    assert count(crew_ids=frozenset({crew}), no_crew=True) == (
        count(crew_ids=frozenset({crew})) + count(no_crew=True))
    assert count(no_crew=True) == 7             # 4 5 6 8 9 11 12
    assert count(parents_only=True) == len(ROWS) - 2   # not 10 and 13


def test_a_long_span_lists_every_month(loaded):
    db, ids = loaded
    span = Period(date(2014, 1, 1), date(2027, 1, 31))    # 157 months: counted in parts
    got = dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY, months=span)
    assert len(got.by_month) == 157
    assert (got.by_month[0].year, got.by_month[0].month) == (2014, 1)
    assert sum(m.received for m in got.by_month) == 11    # every parent
    assert sum(m.closed for m in got.by_month) == 5       # 1 2 9 11 12


def test_one_month_span(loaded):
    db, ids = loaded
    got = dashboard.figures(db, ids["office"], NOVEMBER, today=TODAY,
                            months=Period(date(2026, 12, 1), date(2026, 12, 1)))
    assert [(m.month, m.received, m.closed) for m in got.by_month] == [(12, 1, 1)]  # 8; 12
