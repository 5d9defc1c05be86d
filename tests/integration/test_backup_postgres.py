"""PostgreSQL: pg_dump into the same verified file, restored in one transaction."""
from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import head_revision
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.services import demo, reference
from fondue_desk.services.backup import BackupError, create_backup, restore_backup, verify_backup
from tests.integration.backup_helpers import log_some

NOW = datetime(2026, 12, 6, 17, 30, tzinfo=THAI_TZ)


def _state(url: str) -> tuple[list[str], int, int]:
    db = Database.open(url, migrate=False)
    try:
        with db.read() as session:
            numbers = sorted(session.scalars(sa.text("SELECT tracking_no FROM complaint")))
            events = session.scalar(sa.text("SELECT count(*) FROM status_event"))
            counter = session.scalar(sa.text(
                "SELECT last_value FROM counter WHERE register = 'complaint'"))
        return numbers, events, counter
    finally:
        db.close()


@pytest.fixture
def pg_office(pg_url):
    db = Database.open(pg_url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    clerk = reference.default_counter_user(db, office.id)
    category = reference.active_categories(db, office.id)[0]
    log_some(db, clerk.id, category.id, 6)
    yield db, clerk, category
    db.close()


def test_postgresql_round_trip_with_a_safety_backup(pg_office, pg_url, tmp_path):
    db, clerk, category = pg_office
    info = create_backup(db, tmp_path / "pg.fdbackup", now=NOW)
    assert (info.dialect, info.schema_revision) == ("postgresql", head_revision())
    assert info.members == ("database.pgdump",)
    at_backup = _state(pg_url)
    later = log_some(db, clerk.id, category.id, 2)
    with db.write() as session:  # a table that was not in the backup must not survive either
        session.execute(sa.text("CREATE TABLE stray (x int)"))
    db.close()

    result = restore_backup(pg_url, info.path, now=NOW, safety_folder=tmp_path / "safety")

    assert _state(pg_url) == at_backup
    assert result.schema_revision == head_revision()
    engine = sa.create_engine(pg_url)
    with engine.connect() as connection:
        assert not sa.inspect(connection).has_table("stray")
    engine.dispose()
    # Search still works: the trigram index and its triggers came back with the data.
    restored = Database.open(pg_url)
    from fondue_desk.domain.register_filter import RegisterFilter
    from fondue_desk.services import register

    office = reference.first_office(restored)
    assert register.count(restored, office.id, RegisterFilter(text="ไฟกิ่งดับ")) == 6
    restored.close()
    assert result.safety_backup is not None
    assert verify_backup(result.safety_backup.path).dialect == "postgresql"
    assert set(later) <= set(_safety_numbers(result.safety_backup.path, pg_url, tmp_path))


def _safety_numbers(path, pg_url, tmp_path):
    from tests.postgres import fresh_database

    base = sa.engine.make_url(pg_url).set(database="postgres").render_as_string(
        hide_password=False)
    other = fresh_database(base)
    restore_backup(other, path, now=NOW, safety_folder=tmp_path / "unused")
    return _state(other)[0]


def test_postgresql_refuses_a_damaged_dump_and_changes_nothing(pg_office, pg_url, tmp_path):
    db = pg_office[0]
    create_backup(db, tmp_path / "pg.fdbackup", now=NOW)
    db.close()
    before = _state(pg_url)
    data = bytearray((tmp_path / "pg.fdbackup").read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.fdbackup"
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError) as refused:
        restore_backup(pg_url, bad, now=NOW, safety_folder=tmp_path / "safety")
    assert refused.value.code == "backup.corrupted"
    assert _state(pg_url) == before
    assert not (tmp_path / "safety").exists()
