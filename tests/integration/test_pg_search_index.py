"""PostgreSQL's trigram index serves Thai substring search on the cluster the tests start.

pg_trgm builds trigrams only from characters the database's LC_CTYPE calls alphanumeric: under
LC_CTYPE=C every Thai letter is a separator, `show_trgm('ไฟฟ้า')` is empty and the GIN index can
only answer "every row". tests/postgres.py starts its cluster with a UTF-8 ctype (C.UTF-8), as a
real office server must have; these tests fail loudly if that ever changes.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint
from fondue_desk.db.search import text_condition
from fondue_desk.db.search_index import PG_INDEX, pg_trgm_handles_thai

pytestmark = pytest.mark.slow

COMPLAINTS = 3000
# Thai words of three characters or more that the demo office's complaints contain, from the
# description, the place, the citizen's name and a category name.
TERMS = ["ไฟฟ้า", "ท่อระบายน้ำ", "ขยะล้น", "น้ำท่วม", "สมศรี", "ต้นไม้", "หน้าวัด", "ลำเหมือง"]


@pytest.fixture(scope="module")
def pg_demo(postgres_base_url):
    if postgres_base_url is None:
        pytest.skip("no PostgreSQL server or binaries on this machine (.ci/run installs them)")
    from fondue_desk.services import demo, reference
    from tests.postgres import fresh_database

    db = Database.open(fresh_database(postgres_base_url))
    demo.create_demo_office(db, complaints=COMPLAINTS, seed=12, passwords_must_change=False)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE complaint")
        connection.exec_driver_sql("ANALYZE category")
    yield db, reference.first_office(db).id
    db.close()


def _statement(term: str):
    # The text condition alone, unordered: with the office's condition too, a few thousand
    # rows are cheaper to read through the office index (at 300,000 the planner picks the
    # trigram index by itself, see DESIGN.md "PostgreSQL at scale").
    return select(Complaint.id).where(text_condition("postgresql", term))


def _run(connection, statement, prefix: str = ""):
    compiled = statement.compile(dialect=connection.dialect)
    return connection.exec_driver_sql(prefix + str(compiled), compiled.params).fetchall()


def test_the_cluster_ctype_makes_thai_trigrams(pg_demo):
    db, _office = pg_demo
    with db.engine.connect() as connection:
        assert pg_trgm_handles_thai(connection)
        # Every Thai character counts, the tone mark and the vowel signs included.
        count = connection.exec_driver_sql("SELECT array_length(show_trgm('ไฟฟ้า'), 1)").scalar()
    assert count == 6


@pytest.mark.parametrize("term", TERMS)
def test_thai_substring_search_uses_the_trigram_index(pg_demo, term):
    db, _office = pg_demo
    statement = _statement(term)
    with db.engine.connect() as connection:
        # A few thousand rows fit in a handful of pages, where a scan is the planner's right
        # choice; forbidding it shows what the index can do (the category arm of each word
        # must be an index scan too, or the OR could not use the index at all). Whether the trigrams narrow
        # anything is read from the recheck count below: with useless trigrams (a C ctype) the
        # index hands back every row and the recheck throws nearly all of them away.
        connection.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(row[0] for row in _run(
            connection, statement, "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) "))
        found = sorted(row[0] for row in _run(connection, statement))
        # The same rows from a plain scan: the index changes the speed, never the answer.
        connection.exec_driver_sql("SET enable_bitmapscan = off")
        connection.exec_driver_sql("SET enable_indexscan = off")
        scanned = sorted(row[0] for row in _run(connection, statement))
        scan_plan = "\n".join(row[0] for row in _run(connection, statement, "EXPLAIN "))
    assert f"Bitmap Index Scan on {PG_INDEX}" in plan, plan
    assert PG_INDEX not in scan_plan, scan_plan
    assert found == scanned
    assert found, f"the demo office has no complaint with {term!r}"
    # Useful trigrams: the index hands back few rows that are not matches, not the whole table.
    removed = _recheck_removed(plan)
    assert removed < COMPLAINTS / 10, plan


def _recheck_removed(plan: str) -> int:
    for line in plan.splitlines():
        if "Rows Removed by Index Recheck:" in line:
            return int(line.split(":")[1])
    return 0
