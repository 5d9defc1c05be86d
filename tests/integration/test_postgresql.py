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
    summary = demo.create_demo_office(pg, complaints=60)
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
        last = session.scalar(select(Counter.last_value).where(Counter.year == fiscal_year))
    assert summary.complaints == 60
    assert last == year_count == int(view.tracking_no[-6:])
    assert complaints.get_by_tracking(pg, view.tracking_no).complainant_name == "นายทดสอบ"


def test_rejected_intake_rolls_back_on_postgresql(pg):
    demo.create_demo_office(pg, complaints=0)
    office = reference.first_office(pg)
    clerk = reference.default_counter_user(pg, office.id)
    with pytest.raises(InvalidInput):
        log_complaint(pg, clerk.id, ComplaintInput(category_id=None, description=""))
    with pg.read() as session:
        assert session.scalar(select(func.count(Complaint.id))) == 0
