"""The register query on a real SQLite file: Thai substring search, filters, sorting, paging."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.domain.register_filter import (
    RegisterFilter,
    SavedFilter,
    Sort,
    SortKey,
    saved_filter,
)
from fondue_desk.services import reference, register
from fondue_desk.services.intake import ComplaintInput, log_complaint

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=THAI_TZ)
TEXTS = [
    ("ไฟฟ้าส่องสว่างชำรุด หน้าวัดป่าจี้", "นางสมศรี ใจดี", "0812345678", 30),
    ("น้ำท่วมขังซอย 3 ข้างร้าน \"ป้าแดง\" OR ทางเข้า*", "นายสมชาย ทองคำ", "0898765432", 12),
    ("ต้นไม้ล้มขวางถนน", "นายบุญมี ใจคำ", "0611112222", 2),
    ("ไฟฟ้าดับทั้งซอย", "นางบัวผัน ศรีสุข", "021234567", 1),
    ("ขยะไม่ได้เก็บ 5 วัน 100% เต็มถัง_ใหญ่", "นายทดสอบ ร้อยละ", "0633334444", 0),
]


@pytest.fixture
def logged(db, demo_office, clerk):
    categories = reference.active_categories(db, demo_office.id)
    views = []
    for i, (text, name, phone, days_ago) in enumerate(TEXTS):
        views.append(log_complaint(db, clerk.id, ComplaintInput(
            category_id=categories[i % len(categories)].id, description=text,
            complainant_name=name, phone=phone, location_text=f"จุดที่ {i}"),
            received_at=NOW - timedelta(days=days_ago)))
    return views


def tracking(rows) -> set[str]:
    return {r.tracking_no for r in rows}


def search(db, office, text, **kw):
    page = register.first_page(db, office.id, RegisterFilter(text=text, **kw), now=NOW)
    assert page.total == len(register.fetch(db, office.id, RegisterFilter(text=text, **kw),
                                            now=NOW, limit=10_000))
    return page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ไฟฟ้า", {0, 3}),            # inside a word: Thai has no spaces
        ("ส่องสว่าง", {0}),
        ("ไฟ", {0, 3}),              # shorter than a trigram: still found
        ("สมศรี", {0}),              # complainant name
        ("081-234", {0}),            # phone typed with a dash matches stored digits
        ("0898", {1}),
        ("ไฟฟ้า ซอย", {3}),           # terms are ANDed
        ("ซอย 3", {1, 3}),            # each word anywhere: row 3's place is "จุดที่ 3"
        ("3   ซอย", {1, 3}),          # in any order; repeated spaces mean nothing
        ("ไฟ ดับ", {3}),              # "ไฟฟ้าดับ": two short words, both in it
        ("ดับ ไฟ", {3}),
        ('"ป้าแดง"', {1}),            # quotes are text
        ("OR", {1}),
        ("ทางเข้า*", {1}),            # FTS operators are text
        ("100%", {4}),               # LIKE wildcards are text too
        ("ถัง_ใหญ่", {4}),
        ("ไม่มีคำนี้", set()),
    ],
)
def test_text_search(db, demo_office, logged, query, expected):
    page = search(db, demo_office, query)
    assert tracking(page.rows) == {logged[i].tracking_no for i in expected}
    assert page.total == len(expected)


def test_tracking_number_search_and_terms_for_highlighting(db, demo_office, logged):
    page = search(db, demo_office, f"  {logged[2].tracking_no} ")
    assert tracking(page.rows) == {logged[2].tracking_no}
    assert page.terms == [logged[2].tracking_no]


def test_filters_combine(db, demo_office, logged, clerk):
    office = demo_office
    first_category = logged[0].category_id
    rows = register.fetch(db, office.id, RegisterFilter(category_ids=frozenset({first_category})),
                          now=NOW)
    assert {r.category_name for r in rows} == {logged[0].category_name}
    recent = RegisterFilter(received_from=(NOW - timedelta(days=2)).date(), received_to=NOW.date())
    assert tracking(register.fetch(db, office.id, recent, now=NOW)) == {
        logged[i].tracking_no for i in (2, 3, 4)}
    overdue = register.fetch(db, office.id, saved_filter(SavedFilter.OVERDUE, user_id=clerk.id),
                             now=NOW)
    assert overdue and all(r.days_overdue > 0 for r in overdue)
    assert logged[4].tracking_no not in tracking(overdue)
    older = register.fetch(db, office.id,
                           saved_filter(SavedFilter.OPEN_OVER_7_DAYS, user_id=clerk.id), now=NOW)
    assert tracking(older) == {logged[0].tracking_no, logged[1].tracking_no}
    mine = register.count(db, office.id, saved_filter(SavedFilter.MY_OPEN, user_id=clerk.id), now=NOW)
    assert mine == 5
    assert register.count(db, office.id, RegisterFilter(reopened_only=True), now=NOW) == 0
    assert register.count(db, office.id, RegisterFilter(channels=frozenset({"phone"})), now=NOW) == 0


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_in_the_database(db, demo_office, logged, key, descending):
    rows = register.fetch(db, demo_office.id, RegisterFilter(), Sort(key, descending), now=NOW)
    value = {
        SortKey.TRACKING: lambda r: r.tracking_no, SortKey.RECEIVED: lambda r: r.received_at,
        SortKey.CATEGORY: lambda r: r.category_name, SortKey.STATUS: lambda r: r.status,
        SortKey.VILLAGE: lambda r: r.village_label, SortKey.LOCATION: lambda r: r.location_text,
        SortKey.COMPLAINANT: lambda r: r.complainant_name, SortKey.CREW: lambda r: r.crew_name,
        SortKey.DUE: lambda r: r.due_date or date.min,
    }[key]
    keys = [value(r) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_paging_walks_the_whole_register_once(db, demo_office):
    from fondue_desk.services import demo

    demo.add_demo_complaints(db, demo_office.id, 450)
    total = register.count(db, demo_office.id, RegisterFilter())
    seen = []
    for offset in range(0, total, 100):
        seen += [r.id for r in register.fetch(db, demo_office.id, RegisterFilter(), offset=offset,
                                              limit=100)]
    assert len(seen) == total == 450 and len(set(seen)) == 450
    assert [r.id for r in register.iter_rows(db, demo_office.id, RegisterFilter(), batch=64)] == seen
    last = seen[-1]
    assert register.row_position(db, demo_office.id, RegisterFilter(), Sort(), last) == 449
    assert register.row_position(db, demo_office.id, RegisterFilter(text="ไม่มีคำนี้"), Sort(), last) is None


@pytest.mark.parametrize("query", ["หน้า", "ไฟ", "ไฟ ดับ", "ถนน 3", "081", "2570-00"])
def test_the_sql_form_for_the_map_finds_what_the_index_finds(db, demo_office, query):
    from sqlalchemy import select

    from fondue_desk.db.models import Complaint
    from fondue_desk.services import demo

    demo.add_demo_complaints(db, demo_office.id, 300)
    flt = RegisterFilter(text=query)
    shown = {r.id for r in register.iter_rows(db, demo_office.id, flt)}
    for sparse in (False, True):
        where = register.conditions(db.dialect, demo_office.id, flt, sparse=sparse)
        with db.read() as session:
            assert set(session.scalars(select(Complaint.id).where(where))) == shown
    assert register.count(db, demo_office.id, flt) == len(shown)


def test_text_count_is_exact_with_a_second_office(db, demo_office, logged):
    from fondue_desk.services import demo

    other = demo.create_demo_office(db, complaints=40)
    assert register.count(db, demo_office.id, RegisterFilter(text="ไฟฟ้า")) == 2
    own = register.count(db, other.office_id, RegisterFilter(text="ไฟฟ้า"))
    assert own == len(register.fetch(db, other.office_id, RegisterFilter(text="ไฟฟ้า"), limit=999))
    # The index holds every office; the first page counts this office's rows only.
    assert register.first_page(db, demo_office.id, RegisterFilter(text="ไฟฟ้า")).total == 2
    assert register.first_page(db, other.office_id, RegisterFilter(text="ไฟฟ้า")).total == own
