"""`db check` on real SQLite files and a real PostgreSQL server: each problem a desk can meet
is named, nothing is created or changed, and a healthy database reports what it holds."""
from __future__ import annotations

import os
import socket
import sqlite3

import pytest
import sqlalchemy as sa
from alembic import command

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import alembic_config, head_revision
from fondue_desk.services import db_check
from fondue_desk.services.db_check import (
    AUTH_FAILED,
    HOST_UNKNOWN,
    NETWORK_SHARE,
    NO_DATABASE,
    NO_FILE,
    NO_PG_TRGM,
    NOT_A_DATABASE,
    NOT_WRITABLE,
    REFUSED,
    SCHEMA_NEWER,
    SCHEMA_OLDER,
    check_database,
)


def test_a_healthy_sqlite_database(db_url, demo_office):
    report = check_database(db_url)
    assert report.ok, report.problems
    assert (report.dialect, report.revision, report.head) == ("sqlite", head_revision(),
                                                             head_revision())
    assert report.offices == 1
    assert report.server_version == sqlite3.sqlite_version


def test_no_file_is_said_and_not_created(tmp_path):
    path = tmp_path / "nothing-here.sqlite3"
    report = check_database(f"sqlite:///{path}")
    assert report.codes == (NO_FILE,)
    assert report.problems[0].detail == str(path)
    assert not path.exists()


def test_a_file_that_is_no_database(tmp_path):
    path = tmp_path / "letter.sqlite3"
    path.write_bytes(b"%PDF-1.7 this is a letter, not a database" * 100)
    report = check_database(f"sqlite:///{path}")
    assert report.codes == (NOT_A_DATABASE,)
    assert "not a database" in report.problems[0].detail


def test_an_older_schema_is_named_and_left_as_it_is(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = sa.create_engine(url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    report = check_database(url)
    assert report.codes == (SCHEMA_OLDER,)
    assert report.problems[0].detail == "0005" and report.revision == "0005"
    with engine.connect() as connection:  # the check upgraded nothing
        assert connection.exec_driver_sql(
            "SELECT version_num FROM alembic_version").scalar_one() == "0005"
    engine.dispose()


def test_a_newer_schema_tells_this_desk_to_update(db_url, demo_office):
    engine = sa.create_engine(db_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
    engine.dispose()
    report = check_database(db_url)
    assert report.codes == (SCHEMA_NEWER,)
    assert report.problems[0].detail == "0099_future"
    assert report.offices == 1  # what can be read is still read


def test_not_writable_names_the_place(db_url, demo_office, monkeypatch, tmp_path):
    real_access = os.access
    monkeypatch.setattr(db_check.os, "access", lambda path, mode: (
        str(path) != str(tmp_path) and real_access(path, mode)))
    report = check_database(db_url)
    assert report.codes == (NOT_WRITABLE,)
    assert report.problems[0].detail == str(tmp_path)


def test_a_network_share_comes_with_the_other_findings(tmp_path, monkeypatch):
    monkeypatch.setattr(db_check, "network_share_reason",
                        lambda path: f"cifs //nas/office on {tmp_path}")
    path = tmp_path / "desk.sqlite3"
    report = check_database(f"sqlite:///{path}")
    assert report.codes == (NETWORK_SHARE, NO_FILE)
    assert report.problems[0].detail == f"cifs //nas/office on {tmp_path}"
    assert db_check.network_share_of(f"sqlite:///{path}") == report.problems[0].detail
    assert db_check.network_share_of("postgresql+psycopg://desk@server/fondue") is None


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nobody listens once the probe is closed


def test_a_closed_port_is_a_refused_connection():
    report = check_database(f"postgresql+psycopg://desk:secret@127.0.0.1:{_closed_port()}/fondue")
    assert report.codes == (REFUSED,)
    assert "secret" not in report.location
    assert "refused" in report.problems[0].detail.lower()


def test_a_name_no_one_knows():
    report = check_database("postgresql+psycopg://desk@no-such-server.invalid/fondue")
    assert report.codes == (HOST_UNKNOWN,)


@pytest.mark.parametrize(("message", "sqlstate", "code"), [
    (('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
     'password authentication failed for user "desk"'), None, AUTH_FAILED),
    ("password authentication failed", "28P01", AUTH_FAILED),
    (('connection failed: FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "desk", '
     'database "fondue", no encryption'), None, db_check.NOT_ALLOWED),
    ("connection failed: fe_sendauth: no password supplied", None, AUTH_FAILED),
    (('connection failed: connection to server at "10.0.0.5", port 5432 failed: timeout '
     'expired'), None, db_check.TIMEOUT),
    (('connection failed: connection to server at "10.0.0.5", port 5432 failed: Connection '
     'refused (0x0000274D/10061)\n\tIs the server running on that host?'), None, REFUSED),
    ("could not translate host name \"srv\" to address: No such host is known.", None,
     HOST_UNKNOWN),
    ("server closed the connection unexpectedly", None, db_check.CANNOT_CONNECT),
])
def test_libpq_words_are_mapped(message, sqlstate, code):
    error = Exception(message)
    error.sqlstate = sqlstate
    problem = db_check.connection_problem(error)
    assert problem.code == code
    assert problem.detail == message.splitlines()[0]


def test_a_healthy_postgresql_database(pg_url):
    report = check_database(pg_url)
    assert report.ok, report.problems  # empty: the first desk will build it
    assert report.revision is None and report.offices is None
    db = Database.open(pg_url)
    db.close()
    report = check_database(pg_url)
    assert report.ok, report.problems
    assert (report.dialect, report.revision, report.offices) == ("postgresql", head_revision(), 0)
    assert report.server_version and report.server_version[0].isdigit()


def test_a_database_the_server_does_not_have(pg_url):
    missing = sa.engine.make_url(pg_url).set(database="no_such_office")
    report = check_database(missing.render_as_string(hide_password=False))
    assert report.codes == (NO_DATABASE,)
    assert "no_such_office" in report.problems[0].detail


def _as_role(pg_url: str, role: str) -> str:
    return sa.engine.make_url(pg_url).set(username=role, password="wrong") \
        .render_as_string(hide_password=False)


def test_a_role_the_server_does_not_have(pg_url):
    report = check_database(_as_role(pg_url, "nobody_here"))
    assert report.codes == (AUTH_FAILED,)


def _admin(pg_url: str) -> sa.Engine:
    return sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")


def test_pg_trgm_missing_for_a_role_that_cannot_create_it(pg_url):
    admin = _admin(pg_url)
    role = f"clerk_{sa.engine.make_url(pg_url).database[-12:]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER')
    try:
        report = check_database(_as_role(pg_url, role))
        assert report.codes == (NO_PG_TRGM,)
        with admin.connect() as connection:
            connection.exec_driver_sql("CREATE EXTENSION pg_trgm")  # the superuser, once
        assert check_database(_as_role(pg_url, role)).ok
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


def test_pg_trgm_dropped_from_a_built_database(pg_url):
    Database.open(pg_url).close()
    admin = _admin(pg_url)
    with admin.connect() as connection:
        connection.exec_driver_sql("DROP EXTENSION pg_trgm CASCADE")
    admin.dispose()
    assert check_database(pg_url).codes == (NO_PG_TRGM,)


def test_a_ctype_that_hides_thai_letters_from_pg_trgm(pg_url):
    url = sa.engine.make_url(pg_url)
    name = f"{url.database}_c"
    admin = _admin(pg_url)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' "
                                   "LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    admin.dispose()
    c_url = url.set(database=name).render_as_string(hide_password=False)
    assert check_database(c_url).ok  # no pg_trgm yet: the first start would add it
    Database.open(c_url).close()
    report = check_database(c_url)
    assert report.codes == (db_check.THAI_TRIGRAMS,)
    assert report.problems[0].detail == "C"


def test_a_damaged_file_is_named_as_damaged(db_url, demo_office, tmp_path):
    path = tmp_path / "fondue-desk.sqlite3"
    engine = sa.create_engine(db_url)
    with engine.connect() as connection:  # fold the WAL in, so the file alone is the database
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the second page: the schema's pages no longer parse
    path.write_bytes(bytes(data))
    report = check_database(db_url)
    assert report.codes == (NOT_A_DATABASE,), report.problems
    assert "malformed" in report.problems[0].detail


def test_a_folder_given_as_the_file_cannot_be_opened(tmp_path):
    report = check_database(f"sqlite:///{tmp_path}")
    assert report.codes == (db_check.CANNOT_CONNECT,)
    assert report.problems[0].detail  # the driver's own words, whatever this platform says
