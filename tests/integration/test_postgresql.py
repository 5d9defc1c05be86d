"""The same core on PostgreSQL: migrations, demo load, intake and its rollback."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Base, Complaint, Counter
from fondue_desk.db.search_index import include_in_autogenerate
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import complaints, demo, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint

AUTOGENERATE_OPTS = {"include_name": include_in_autogenerate}


@pytest.fixture
def pg(pg_url):
    db = Database.open(pg_url)
    yield db
    db.close()


def test_migrated_schema_matches_the_models(pg):
    assert pg.dialect == "postgresql"
    with pg.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection, opts=AUTOGENERATE_OPTS), Base.metadata) == []


def test_demo_then_intake_continue_the_same_numbering(pg):
    summary = demo.create_demo_office(pg, complaints=60, passwords_must_change=False)
    office = reference.first_office(pg)
    clerk = reference.default_counter_user(pg, office.id)
    category = reference.active_categories(pg, office.id)[0]
    view = log_complaint(pg, clerk.id, ComplaintInput(
        category_id=category.id, description="น้ำท่วมขัง", complainant_name="นายทดสอบ",
        phone="0812345678"))
    fiscal_year = int(view.tracking_no[:4])
    with pg.read() as session:
        year_count = session.scalar(
            select(func.count(Complaint.id)).where(Complaint.fiscal_year == fiscal_year))
        last = session.scalar(select(Counter.last_value).where(
            Counter.year == fiscal_year, Counter.register == "complaint"))
    assert summary.complaints == 60
    assert last == year_count == int(view.tracking_no[-6:])
    assert complaints.get_by_tracking(pg, view.tracking_no).complainant_name == "นายทดสอบ"


def test_rejected_intake_rolls_back_on_postgresql(pg):
    demo.create_demo_office(pg, complaints=0, passwords_must_change=False)
    office = reference.first_office(pg)
    clerk = reference.default_counter_user(pg, office.id)
    with pytest.raises(InvalidInput):
        log_complaint(pg, clerk.id, ComplaintInput(category_id=None, description=""))
    with pg.read() as session:
        assert session.scalar(select(func.count(Complaint.id))) == 0


def test_register_search_filter_sort_on_postgresql(pg):
    from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey
    from fondue_desk.services import register

    demo.create_demo_office(pg, complaints=80, passwords_must_change=False)
    office = reference.first_office(pg)
    clerk = reference.default_counter_user(pg, office.id)
    category = reference.active_categories(pg, office.id)[0]
    view = log_complaint(pg, clerk.id, ComplaintInput(
        category_id=category.id, description='ไฟฟ้าส่องสว่างดับ "ซอย 5" OR 100%',
        complainant_name="นางทดสอบ พีจี", phone="081-999-1234"))
    for query in ("ส่องสว่างดับ", "081-999", '"ซอย', "100%", "ทดสอบ พีจี"):
        rows = register.fetch(pg, office.id, RegisterFilter(text=query))
        assert view.tracking_no in {r.tracking_no for r in rows}, query
        assert register.count(pg, office.id, RegisterFilter(text=query)) == len(rows)
    rows = register.fetch(pg, office.id, RegisterFilter(), Sort(SortKey.VILLAGE, False), limit=500)
    numbers = [int(r.village_label.split()[1]) if r.village_label else None for r in rows]
    present = [n for n in numbers if n is not None]
    assert present == sorted(present)
    assert numbers == present + [None] * (len(numbers) - len(present))  # no village: last
