"""The register's in-memory search on SQLite and PostgreSQL: cleaned queries, words in any
order, category names, and freshness when another process (another desk) writes."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import update

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint
from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey
from fondue_desk.search.engine import Cancelled
from fondue_desk.services import demo, reference, register
from fondue_desk.services.intake import ComplaintInput, log_complaint

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    ("ไฟดับทั้งซอย", "นางสมศรี ใจดี", "0812345678"),
    ("ดับไฟป่าข้างทาง ไฟลุกอีกแล้ว", "นายสมชาย ทองคำ", "0898765432"),
    ("ถนนพัง Road BROKEN", "นายบุญมี ใจคำ", "0611112222"),
    ("ขยะล้นถัง", "", ""),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, db_url):
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else db_url
    database = Database.open(url)
    yield database
    database.close()


@pytest.fixture
def office(database):
    demo.create_demo_office(database, complaints=0, passwords_must_change=False)
    return reference.first_office(database)


@pytest.fixture
def logged(database, office):
    clerk = reference.default_counter_user(database, office.id)
    categories = reference.active_categories(database, office.id)
    lights = next(c for c in categories if "ไฟฟ้า" in c.name_th)
    roads = next(c for c in categories if "ถนน" in c.name_th)
    views = []
    for i, (text, name, phone) in enumerate(TEXTS):
        views.append(log_complaint(database, clerk.id, ComplaintInput(
            category_id=(lights if i < 2 else roads).id, description=text, anonymous=not name,
            complainant_name=name, phone=phone, location_text=f"จุด {i}")))
    return views


def found(database, office, text, **kw) -> list[str]:
    page = register.first_page(database, office.id, RegisterFilter(text=text, **kw))
    assert page.total == len(page.ids)
    return sorted(r.tracking_no for r in page.rows)


def numbers(logged, *which) -> list[str]:
    return sorted(logged[i].tracking_no for i in which)


@pytest.mark.parametrize(("query", "which"), [
    ("ไฟ ดับ", (0, 1)),
    ("ดับ  ไฟ", (0, 1)),
    ("ไฟ\u200b ดับ\ufeff", (0, 1)),            # pasted zero-width space and BOM
    ("\u202aไฟ\u202c \u2066ดับ\u2069", (0, 1)),  # direction marks
    ("ไฟ\x00ดับ", (0,)),                       # a NUL: dropped, not an error
    ("ไฟ\ud800ดับ", (0,)),                     # a lone surrogate: dropped, not an error
    ("road broken", (2,)),                      # Latin case does not matter
    ("ทางเท้า", (2, 3)),                      # the category's name (ถนน/ทางเท้าชำรุด)
    ("ขยะ ถนน", (3,)),                         # one word in the text, one in the category
    ("089-876", (1,)),
    ("ไม่มีคำนี้", ()),
])
def test_queries_are_cleaned_and_words_match_in_any_order(database, office, logged, query,
                                                          which):
    assert found(database, office, query) == numbers(logged, *which)


def test_search_order_and_filters_are_the_registers(database, office, logged):
    flt = RegisterFilter(text="ไฟ", category_ids=frozenset({logged[0].category_id}))
    for sort in (Sort(), Sort(SortKey.TRACKING, False), Sort(SortKey.CATEGORY, True)):
        rows = register.fetch(database, office.id, flt, sort, limit=100)
        plain = [r for r in register.fetch(database, office.id, RegisterFilter(
            category_ids=flt.category_ids), sort, limit=100) if r.id in {v.id for v in logged[:2]}]
        assert [r.id for r in rows] == [r.id for r in plain]
        assert register.row_position(database, office.id, flt, sort, rows[-1].id) == 1
    assert [r.id for r in register.iter_rows(database, office.id, flt)] == [
        r.id for r in register.fetch(database, office.id, flt)]


def test_a_superseded_query_is_cancelled(database, office, logged):
    with pytest.raises(Cancelled):
        register.first_page(database, office.id, RegisterFilter(text="ไฟ"),
                            cancelled=lambda: True)


def in_another_process(url: str, code: str) -> None:
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from fondue_desk.db.database import Database
        from fondue_desk.services import reference
        db = Database.open({url!r})
        office = reference.first_office(db)
        clerk = reference.default_counter_user(db, office.id)
    """) + textwrap.dedent(code)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_writes_by_another_desk_are_seen_at_the_next_query(database, office, logged):
    assert found(database, office, "ไฟดับ") == numbers(logged, 0)  # the index is built now
    assert found(database, office, "ขยะ", open_only=True) == numbers(logged, 3)
    in_another_process(database.url, f"""
        from fondue_desk.services.editing import edit_complaint, input_of
        from fondue_desk.services import complaints
        from fondue_desk.services.intake import ComplaintInput, log_complaint
        from fondue_desk.services.workflow import change_status
        import dataclasses
        view = complaints.get(db, {logged[0].id})
        edit_complaint(db, clerk.id, view.id, dataclasses.replace(
            input_of(view), description="น้ำประปาไม่ไหล"))
        log_complaint(db, clerk.id, ComplaintInput(
            category_id={logged[0].category_id}, description="ไฟดับอีกซอยหนึ่ง",
            complainant_name="นายใหม่ มาทีหลัง", phone="0811111111"))
        change_status(db, clerk.id, {logged[3].id}, "rejected", note="ซ้ำ")
    """)
    assert found(database, office, "ไฟดับ") == [
        r.tracking_no for r in register.fetch(database, office.id, RegisterFilter(
            text="มาทีหลัง"))]  # only the new complaint: the edited one lost the words
    assert found(database, office, "ประปา") == numbers(logged, 0)
    assert found(database, office, "ขยะ", open_only=True) == []  # the status change counts


def test_stored_text_is_compared_in_the_same_form(database, office, logged):
    # Text written before cleaning existed (an old import): a zero-width space, a tone mark
    # before its vowel, capitals. A desk opened afterwards reads it in the search form.
    with database.write() as session:
        session.execute(update(Complaint).where(Complaint.id == logged[3].id).values(
            description="ขยะ\u200bล้น ป\u0e48\u0e39 SHOUTING"))
    fresh = Database.open(database.url, migrate=False)
    try:
        for query in ("ขยะล้น", "ปู่", "shouting"):
            assert found(fresh, office, query) == numbers(logged, 3)
    finally:
        fresh.close()


def test_the_map_condition_agrees_with_the_index(database, office, logged):
    from sqlalchemy import select

    for query in ("ไฟ ดับ", "ทางเท้า", "road", "089-876", "ไฟ\x00ดับ"):
        flt = RegisterFilter(text=query)
        with database.read() as session:
            sql = set(session.scalars(select(Complaint.id).where(
                register.conditions(database.dialect, office.id, flt))))
        assert sql == {r.id for r in register.iter_rows(database, office.id, flt)}


def test_typing_letter_by_letter_narrows_to_what_a_cold_query_finds(database, office, logged):
    from fondue_desk.search.engine import for_database

    demo.add_demo_complaints(database, office.id, 200)
    for word in ("ไฟดับ", "ถนนพัง", "0812"):
        for end in range(1, len(word) + 1):
            flt = RegisterFilter(text=word[:end])
            narrowed = register.first_page(database, office.id, flt).ids.tolist()
            for_database(database)._state.results.clear()
            assert register.first_page(database, office.id, flt).ids.tolist() == narrowed


# SQLite gives a deleted id again, so there only closing the handle (as a restore does) tells
# the index; PostgreSQL never reuses an id, so its index notices even while open.
@pytest.mark.parametrize(("database", "closed"), [
    ("sqlite", True), ("postgresql", True), ("postgresql", False)], indirect=["database"])
def test_a_database_that_went_back_is_read_again(database, office, logged, closed):
    from sqlalchemy import delete

    from fondue_desk.db.models import Attachment, ComplaintEdit, StatusEvent

    assert found(database, office, "ขยะ") == numbers(logged, 3)
    # As after restoring an older backup into the live file (the desk closes its connections
    # first): the newest complaint is gone and its id may be taken again by other words.
    if closed:
        database.close()
    with database.write() as session:
        for model in (StatusEvent, ComplaintEdit, Attachment):
            session.execute(delete(model).where(model.complaint_id == logged[3].id))
        session.execute(delete(Complaint).where(Complaint.id == logged[3].id))
    clerk = reference.default_counter_user(database, office.id)
    again = log_complaint(database, clerk.id, ComplaintInput(
        category_id=logged[0].category_id, description="งูเข้าบ้าน", anonymous=True))
    assert found(database, office, "ขยะ") == []
    assert found(database, office, "งูเข้าบ้าน") == [again.tracking_no]
