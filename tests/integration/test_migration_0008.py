"""0008: the sign-in attempt table comes and goes, nothing else moves."""
from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import inspect, text

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import alembic_config, current_revision, upgrade_to_head
from fondue_desk.services import demo
from fondue_desk.services.sign_in_guard import claim_name

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _snapshot(db):
    with db.read() as session:
        return (session.execute(text("select id, username, failed_logins from app_user "
                                     "order by id")).all(),
                session.execute(text("select count(*) from complaint")).scalar())


def _down_and_up(url: str) -> None:
    db = Database.open(url)
    demo.create_demo_office(db, complaints=50)
    with db.write() as session:
        claim_name(session, "ghost", NOW)
    before = _snapshot(db)
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    assert current_revision(db.engine) == "0007"
    assert "sign_in_attempt" not in inspect(db.engine).get_table_names()
    assert _snapshot(db) == before
    upgrade_to_head(db.engine)
    assert "sign_in_attempt" in inspect(db.engine).get_table_names()
    assert _snapshot(db) == before
    with db.write() as session:  # usable again, empty: the old counts went with the table
        assert claim_name(session, "ghost", NOW) is None
        assert session.execute(text("select failed from sign_in_attempt")).scalar() == 1
    db.close()


def test_sign_in_attempts_down_and_up_on_sqlite(db_url):
    _down_and_up(db_url)


def test_sign_in_attempts_down_and_up_on_postgresql(pg_url):
    _down_and_up(pg_url)
