from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import current_revision, head_revision
from fondue_desk.db.models import Base
from fondue_desk.db.search_index import include_in_autogenerate
from fondue_desk.domain.errors import PermissionDenied

AUTOGENERATE_OPTS = {"include_name": include_in_autogenerate}


def test_empty_file_is_migrated_to_head(db_url):
    db = Database.open(db_url)
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert {"office", "village", "category", "complaint", "status_event", "app_user", "counter"} <= tables


def test_models_and_migrations_agree(db):
    # A model change without a migration would silently not exist on users' databases.
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts=AUTOGENERATE_OPTS), Base.metadata)
    assert diff == []


def test_reopening_keeps_data_and_does_not_recreate(db_url, demo_office):
    again = Database.open(db_url)
    with again.read() as session:
        assert session.execute(text("select count(*) from office")).scalar() == 1


def test_sqlite_pragmas(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("pragma busy_timeout").scalar() >= 5000


def test_every_migration_downgrades_and_upgrades_again(db_url, demo_office):
    from alembic import command

    from fondue_desk.db.migrate import alembic_config, upgrade_to_head

    db = Database.open(db_url)
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert current_revision(db.engine) == "0001"
    upgrade_to_head(db.engine)
    assert current_revision(db.engine) == head_revision()
    with db.read() as session:  # the office survived the round trip, and search works again
        assert session.execute(text("select count(*) from office")).scalar() == 1
        session.execute(text("select count(*) from complaint_fts where complaint_fts match 'abc'"))


def test_an_older_demo_office_keeps_working_after_sign_in_arrives(db_url):
    """Users of a demo made before 0004 had no password; they get the documented one."""
    from alembic import command

    from fondue_desk.db.engine import make_engine
    from fondue_desk.db.migrate import alembic_config, upgrade_to_head
    from fondue_desk.services import accounts
    from fondue_desk.services.demo_data import DEMO_PASSWORD

    engine = make_engine(db_url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    with engine.begin() as connection:
        for is_demo, office_id, username in ((True, 1, "clerk1"), (False, 2, "somsri")):
            connection.execute(text(
                "INSERT INTO office (id, name, kind, address, tambon, amphoe, province, "
                "postal_code, phone, email, document_code, tracking_format, is_demo) VALUES "
                "(:id, 'o', 'sao', '', '', '', '', '', '', '', '', '{fy}-{seq:06d}', :demo)"),
                {"id": office_id, "demo": is_demo})
            connection.execute(text(
                "INSERT INTO app_user (office_id, username, full_name, position, role, active) "
                "VALUES (:office, :name, 'U', '', 'clerk', 1)"),
                {"office": office_id, "name": username})
    upgrade_to_head(engine)
    db = Database.open(db_url)
    signed = accounts.sign_in(db, "clerk1", DEMO_PASSWORD)
    assert signed.user.username == "clerk1" and not signed.must_change_password
    with pytest.raises(PermissionDenied):  # a real office's users wait for their admin
        accounts.sign_in(db, "somsri", DEMO_PASSWORD)


def test_office_setup_migration_keeps_a_used_register_and_gives_every_row_a_code(db_url):
    """0005 runs on an office with complaints: nothing is copied or dropped, codes appear."""
    from alembic import command

    from fondue_desk.db.migrate import alembic_config, upgrade_to_head
    from fondue_desk.services import demo

    db = Database.open(db_url)
    demo.create_demo_office(db, complaints=30)
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    upgrade_to_head(db.engine)
    with db.read() as session:
        assert session.execute(text("select count(*) from complaint")).scalar() == 30
        codes = session.execute(text("select code from village order by number")).scalars().all()
        assert codes[:2] == ["moo-1", "moo-2"]
        assert session.execute(text("select count(*) from category where code = ''")).scalar() == 0
        assert session.execute(text("select count(*) from village where not active")).scalar() == 0
