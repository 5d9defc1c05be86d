"""Twenty desks starting at the same moment on one database: a new one, an older one that needs
an upgrade, on SQLite and PostgreSQL. One desk migrates, the others wait; every desk opens and
the schema is at head with the data intact. A newer program's database is refused untouched."""
from __future__ import annotations

import hashlib
import multiprocessing as mp
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from fondue_desk.commands.error_texts import describe_error
from fondue_desk.db.database import Database
from fondue_desk.db.migrate import (
    SchemaTooNew,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from fondue_desk.services import bootstrap, demo, startup

pytestmark = pytest.mark.slow

DESKS = 20
OLD_REVISION = "0005"
FUTURE_REVISION = "0999_from_a_newer_desk"


def _desk(url: str, index: int, barrier, results) -> None:
    """Half the desks open as the window does (in steps), half as a command does."""
    try:
        barrier.wait(timeout=120)
        if index % 2:
            db, _office = startup.prepare_database(url)
        else:
            db = bootstrap.open_database(url)
        results.put((index, "ok", current_revision(db.engine)))
        db.close()
    except BaseException as exc:  # noqa: BLE001 - the test counts every kind of failure
        results.put((index, "failed", f"{type(exc).__name__}: {exc}"))


def _start_together(url: str) -> list[tuple[int, str, str]]:
    # spawn, as the other process tests: a fork of a test process holding threads may hang;
    # the barrier lines the desks up once they have all imported the program.
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(DESKS), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, i, barrier, results)) for i in range(DESKS)]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=300) for _ in desks]
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    return outcomes


def _data(url: str):
    db = Database.open(url, migrate=False)
    with db.read() as session:
        facts = (session.execute(text(
            "select id, tracking_no, status, description from complaint order by id")).all(),
            session.execute(text("select id, username, password_hash from app_user "
                                 "order by id")).all(),
            session.execute(text("select count(*) from status_event")).scalar())
    db.close()
    return facts


def _older_database(url: str):
    """A database of an earlier version, with an office and complaints, at OLD_REVISION."""
    db = Database.open(url)
    demo.create_demo_office(db, complaints=40, passwords_must_change=False)
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, OLD_REVISION)
    assert current_revision(db.engine) == OLD_REVISION
    db.close()
    return _data(url)


def _all_opened_at_head(outcomes) -> None:
    failures = [o for o in outcomes if o[1] != "ok"]
    assert failures == []
    assert {o[2] for o in outcomes} == {head_revision()}


def _sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'office' / 'fondue-desk.sqlite3'}"


def test_twenty_desks_create_a_new_sqlite_database_together(tmp_path):
    url = _sqlite_url(tmp_path)
    _all_opened_at_head(_start_together(url))
    db = Database.open(url, migrate=False)
    assert current_revision(db.engine) == head_revision()
    assert bootstrap.find_office(db) is None  # starting never fills a database by itself
    db.close()


def test_twenty_desks_upgrade_an_older_sqlite_database_together(tmp_path):
    url = _sqlite_url(tmp_path)
    (tmp_path / "office").mkdir()
    before = _older_database(url)
    _all_opened_at_head(_start_together(url))
    assert _data(url) == before


def test_twenty_desks_create_a_new_postgresql_database_together(pg_url):
    _all_opened_at_head(_start_together(pg_url))


def test_twenty_desks_upgrade_an_older_postgresql_database_together(pg_url):
    before = _older_database(pg_url)
    _all_opened_at_head(_start_together(pg_url))
    assert _data(pg_url) == before


# ---- a database from a newer Fondue Desk ----

def _stamp_future(url: str) -> None:
    db = Database.open(url)
    demo.create_demo_office(db, complaints=5, passwords_must_change=False)
    with db.write() as session:
        session.execute(text("update alembic_version set version_num = :future"),
                        {"future": FUTURE_REVISION})
    db.close()


def _schema(url: str):
    db = Database.open(url, migrate=False)
    with db.engine.connect() as connection:
        if db.dialect == "sqlite":
            shape = connection.exec_driver_sql(
                "select type, name, sql from sqlite_master order by name").all()
        else:
            shape = connection.exec_driver_sql(
                "select table_name, column_name, data_type from information_schema.columns "
                "where table_schema = 'public' order by 1, 2").all()
        revision = connection.exec_driver_sql("select version_num from alembic_version").all()
    db.close()
    return shape, revision


def _refuses_untouched(url: str) -> None:
    before = (_schema(url), _data(url))
    for opening in (startup.prepare_database, bootstrap.open_database, Database.open):
        with pytest.raises(SchemaTooNew) as refused:
            opening(url)
        assert refused.value.code == "database.newer_schema"
    steps: list[str] = []
    with pytest.raises(SchemaTooNew):
        startup.prepare_database(url, steps.append)
    assert steps == [startup.OPENING]  # never "creating" or "upgrading"
    with pytest.raises(SchemaTooNew):
        upgrade_to_head(Database.open(url, migrate=False).engine)
    assert (_schema(url), _data(url)) == before
    assert "update Fondue Desk" in describe_error("en", refused.value)
    assert "ปรับปรุง Fondue Desk" in describe_error("th", refused.value)


def _file_hash(url: str) -> str:
    return hashlib.sha256(Path(make_url(url).database).read_bytes()).hexdigest()


def test_an_older_program_refuses_a_newer_sqlite_database_and_writes_nothing(tmp_path):
    url = _sqlite_url(tmp_path)
    (tmp_path / "office").mkdir()
    _stamp_future(url)
    _schema(url)  # the last connection to close checkpoints the WAL into the file
    fingerprint = _file_hash(url)
    _refuses_untouched(url)
    assert _file_hash(url) == fingerprint  # not one byte written


def test_an_older_program_refuses_a_newer_postgresql_database_and_writes_nothing(pg_url):
    _stamp_future(pg_url)
    _refuses_untouched(pg_url)


def test_desks_starting_together_on_a_newer_database_all_refuse(tmp_path):
    url = _sqlite_url(tmp_path)
    (tmp_path / "office").mkdir()
    _stamp_future(url)
    outcomes = _start_together(url)
    assert {o[1] for o in outcomes} == {"failed"}
    assert all(o[2].startswith("SchemaTooNew") for o in outcomes)
    assert _schema(url)[1] == [(FUTURE_REVISION,)]
