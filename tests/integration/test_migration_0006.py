"""0006 on a database with letters: the column comes and goes, nothing else moves."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import alembic_config, current_revision, upgrade_to_head
from fondue_desk.services import demo


def _columns(db) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("outgoing_letter")}


def _snapshot(db):
    with db.read() as session:
        return (session.execute(text(
            "select id, document_no, complaint_id, body from outgoing_letter order by id")).all(),
            session.execute(text("select count(*) from complaint")).scalar())


def _to(db, revision: str) -> None:
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_result_summary_down_and_up_keeps_every_letter(db_url):
    db = Database.open(db_url)
    demo.create_demo_office(db, complaints=400)
    before = _snapshot(db)
    assert before[0], "the demo closes some complaints with letters"
    with db.write() as session:
        session.execute(text("update outgoing_letter set result_summary = 'ซ่อมแล้ว'"))

    _to(db, "0005")
    assert current_revision(db.engine) == "0005"
    assert "result_summary" not in _columns(db)
    assert _snapshot(db) == before
    with db.engine.connect() as connection:  # no table was copied: references still hold
        assert connection.exec_driver_sql("pragma foreign_key_check").all() == []

    upgrade_to_head(db.engine)
    assert "result_summary" in _columns(db)
    assert _snapshot(db) == before
    with db.read() as session:  # letters from before the revision: no summary, body as sent
        assert set(session.execute(text(
            "select distinct result_summary from outgoing_letter")).scalars()) == {""}
    db.close()


def test_result_summary_down_and_up_on_postgresql(pg_url):
    db = Database.open(pg_url)
    demo.create_demo_office(db, complaints=200)
    before = _snapshot(db)
    _to(db, "0005")
    assert "result_summary" not in _columns(db) and _snapshot(db) == before
    upgrade_to_head(db.engine)
    assert "result_summary" in _columns(db) and _snapshot(db) == before
    db.close()
