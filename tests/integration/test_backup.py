"""Backups of a SQLite office: verified files, safe restores, refusals that change nothing."""
from __future__ import annotations

import json
import sqlite3
import zipfile
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from fondue_desk.db.database import Database
from fondue_desk.db.engine import make_engine
from fondue_desk.db.migrate import alembic_config, head_revision
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.services import reference
from fondue_desk.services.backup import (
    BackupError,
    auto_backup,
    backup_age,
    create_backup,
    is_stale,
    last_good_backup,
    list_auto_backups,
    restore_backup,
    verify_backup,
)
from tests.integration.backup_helpers import (
    assert_consistent,
    log_some,
    rewrite_backup,
    sha,
    tracking_numbers,
)

NOW = datetime(2026, 12, 6, 17, 30, tzinfo=THAI_TZ)


@pytest.fixture
def office_db(db, clerk, demo_office):
    category = reference.active_categories(db, demo_office.id)[0]
    log_some(db, clerk.id, category.id, 5)
    return db, clerk, category


def test_backup_restores_what_was_there_and_keeps_a_safety_copy(office_db, db_url, tmp_path):
    db, clerk, category = office_db
    info = create_backup(db, tmp_path / "office.fdbackup", now=NOW)
    assert (info.dialect, info.schema_revision) == ("sqlite", head_revision())
    assert info.office_name == "เทศบาลตำบลแม่เหียะ"
    assert info.created_at == datetime(2026, 12, 6, 10, 30)  # stored as UTC
    at_backup = tracking_numbers(db_url)
    later = log_some(db, clerk.id, category.id, 3)
    db.close()

    result = restore_backup(db_url, info.path, now=NOW, safety_folder=tmp_path / "safety")

    assert tracking_numbers(db_url) == at_backup
    assert assert_consistent(db_url) == 5
    assert result.schema_revision == head_revision()
    # The work done after the backup is not lost: it is in the safety backup.
    safety = result.safety_backup
    assert safety is not None and safety.path.startswith(str(tmp_path / "safety"))
    assert verify_backup(safety.path).office_name == info.office_name
    elsewhere = f"sqlite:///{tmp_path / 'check.sqlite3'}"
    restore_backup(elsewhere, safety.path, now=NOW, safety_folder=tmp_path / "unused")
    assert set(later) <= set(tracking_numbers(elsewhere))


def test_a_backup_file_is_a_zip_with_a_hashed_manifest(office_db, tmp_path):
    info = create_backup(office_db[0], tmp_path / "office.fdbackup", now=NOW)
    with zipfile.ZipFile(info.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert set(archive.namelist()) == {"manifest.json", "database.sqlite3"}
    assert manifest["format"] == "fondue-desk-backup"
    assert manifest["created_at"] == "2026-12-06T10:30:00Z"
    assert len(manifest["members"]["database.sqlite3"]["sha256"]) == 64
    # No half-written files or work folders are left beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if "fdbackup" in p.name
                  or p.name.startswith(".fondue")) == ["office.fdbackup"]


def test_the_backup_includes_commits_still_in_the_wal(office_db, db_url, tmp_path):
    db, clerk, category = office_db
    # A desk with checkpoints off holds the newest commits only in the -wal file.
    path = db_url.split(":///", 1)[1]
    with closing(sqlite3.connect(path)) as desk:
        desk.execute("PRAGMA wal_autocheckpoint = 0")
        newest = log_some(db, clerk.id, category.id, 2)
        assert (tmp_path / "fondue-desk.sqlite3-wal").stat().st_size > 0
        info = create_backup(db, tmp_path / "b.fdbackup", now=NOW)
    target = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    result = restore_backup(target, info.path, now=NOW, safety_folder=tmp_path / "s")
    assert result.safety_backup is None  # nothing was there to keep
    assert set(newest) <= set(tracking_numbers(target))


def test_restore_is_seen_by_a_desk_still_connected_and_old_wal_pages_never_return(
        office_db, db_url, tmp_path):
    db, clerk, category = office_db
    info = create_backup(db, tmp_path / "b.fdbackup", now=NOW)
    at_backup = tracking_numbers(db_url)
    path = db_url.split(":///", 1)[1]
    desk = sqlite3.connect(path)  # another desk, left open through the restore
    desk.execute("PRAGMA wal_autocheckpoint = 0")
    log_some(db, clerk.id, category.id, 4)  # these pages sit in the -wal file
    assert desk.execute("SELECT count(*) FROM complaint").fetchone() == (9,)
    db.close()

    restore_backup(db_url, info.path, now=NOW, safety_folder=tmp_path / "s")

    assert desk.execute("SELECT count(*) FROM complaint").fetchone() == (5,)
    desk.close()
    # Everyone gone, the file opened afresh: still the restored database.
    assert tracking_numbers(db_url) == at_backup
    assert assert_consistent(db_url) == 5


def _damaged(kind: str, good, tmp_path):
    bad = tmp_path / f"{kind}.fdbackup"
    data = good.read_bytes()
    if kind == "flipped_bytes":
        middle = len(data) // 2
        bad.write_bytes(data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 16])
                        + data[middle + 16:])
    elif kind == "truncated":
        bad.write_bytes(data[: len(data) * 2 // 3])
    elif kind == "wrong_hash":
        rewrite_backup(good, bad, manifest_changes={"members": {"database.sqlite3": {
            "sha256": "0" * 64, "size": 1}}}, rehash=False)
    elif kind == "image_edited_hash_kept":
        rewrite_backup(good, bad, image_sql="DELETE FROM status_event;", rehash=False)
    elif kind == "image_not_sqlite":
        rewrite_backup(good, bad, rehash=True,
                       manifest_changes={})  # rewritten below
        work = tmp_path / "garbage"
        work.write_bytes(b"not a database at all" * 100)
        _replace_member(bad, "database.sqlite3", work)
    elif kind == "not_a_zip":
        bad.write_text("สวัสดี this is a letter, not a backup", encoding="utf-8")
    elif kind == "zip_of_something_else":
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("photo.txt", "holiday")
    elif kind == "empty_file":
        bad.write_bytes(b"")
    return bad


def _replace_member(path, name, content_file):
    import hashlib

    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    data = content_file.read_bytes()
    manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr(name, data)


@pytest.mark.parametrize("kind, code", [
    ("flipped_bytes", "backup.corrupted"),
    ("truncated", "backup.corrupted"),
    ("wrong_hash", "backup.corrupted"),
    ("image_edited_hash_kept", "backup.corrupted"),
    ("image_not_sqlite", "backup.corrupted"),
    ("not_a_zip", "backup.not_a_backup"),
    ("zip_of_something_else", "backup.not_a_backup"),
    ("empty_file", "backup.not_a_backup"),
])
def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(
        office_db, db_url, tmp_path, kind, code):
    db, clerk, category = office_db
    good = create_backup(db, tmp_path / "good.fdbackup", now=NOW)
    log_some(db, clerk.id, category.id, 1)  # the live data differs from the backup
    db.close()
    bad = _damaged(kind, tmp_path / "good.fdbackup", tmp_path)
    live = tmp_path / "fondue-desk.sqlite3"
    before = tracking_numbers(db_url), sha(live)

    with pytest.raises(BackupError) as refused:
        verify_backup(bad)
    assert refused.value.code == code
    with pytest.raises(BackupError) as refused:
        restore_backup(db_url, bad, now=NOW, safety_folder=tmp_path / "safety")
    assert refused.value.code == code

    assert (tracking_numbers(db_url), sha(live)) == before
    assert not (tmp_path / "safety").exists()  # refused before anything was done
    assert verify_backup(good.path).path == good.path


def test_a_backup_from_a_newer_app_is_refused(office_db, db_url, tmp_path):
    db = office_db[0]
    good = create_backup(db, tmp_path / "good.fdbackup", now=NOW)
    db.close()
    newer = tmp_path / "newer.fdbackup"
    rewrite_backup(tmp_path / "good.fdbackup", newer,
                   manifest_changes={"schema_revision": "0042", "app_version": "9.0.0"},
                   image_sql="UPDATE alembic_version SET version_num = '0042';")
    assert verify_backup(newer).schema_revision == "0042"  # whole, just too new
    before = sha(tmp_path / "fondue-desk.sqlite3")
    with pytest.raises(BackupError) as refused:
        restore_backup(db_url, newer, now=NOW, safety_folder=tmp_path / "safety")
    assert refused.value.code == "backup.newer_schema"
    assert refused.value.params["app_version"] == "9.0.0"
    assert sha(tmp_path / "fondue-desk.sqlite3") == before
    assert not (tmp_path / "safety").exists()
    assert good.schema_revision == head_revision()


def test_a_backup_of_an_older_schema_is_upgraded_after_restoring(tmp_path):
    old_url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(old_url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    old = Database.open(old_url, migrate=False)
    info = create_backup(old, tmp_path / "old.fdbackup", now=NOW)
    old.close()
    assert info.schema_revision == "0004"

    target = f"sqlite:///{tmp_path / 'now.sqlite3'}"
    Database.open(target).close()  # today's app, at head
    result = restore_backup(target, info.path, now=NOW, safety_folder=tmp_path / "s")
    assert result.schema_revision == head_revision() != "0004"
    assert result.safety_backup.schema_revision == head_revision()


def test_a_sqlite_backup_does_not_go_into_postgresql(office_db, tmp_path):
    info = create_backup(office_db[0], tmp_path / "b.fdbackup", now=NOW)
    with pytest.raises(BackupError) as refused:
        restore_backup("postgresql+psycopg://nobody@/nowhere?host=/nonexistent", info.path,
                       now=NOW, safety_folder=tmp_path / "s")
    assert refused.value.code == "backup.dialect_mismatch"


def test_a_folder_is_not_a_backup_target_and_a_failed_backup_leaves_no_file(
        office_db, tmp_path):
    with pytest.raises(BackupError) as refused:
        create_backup(office_db[0], tmp_path, now=NOW)
    assert refused.value.code == "backup.target_is_folder"
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with pytest.raises(BackupError) as refused:
        create_backup(office_db[0], not_a_folder / "b.fdbackup", now=NOW)
    assert refused.value.code == "backup.write_failed"
    assert not_a_folder.read_text() == "x"


def test_automatic_backups_keep_days_and_never_prune_other_files(office_db, tmp_path):
    db = office_db[0]
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "my-own-copy.fdbackup").write_bytes(b"the clerk's")
    (folder / "before-restore-20261201-080000.fdbackup").write_bytes(b"safety")
    day = datetime(2026, 12, 1, tzinfo=THAI_TZ)
    moments = [day + timedelta(hours=10), day + timedelta(days=1, hours=9),
               day + timedelta(days=1, hours=17), day + timedelta(days=2, hours=8),
               day + timedelta(days=3, hours=8), day + timedelta(days=3, hours=12),
               # the daily one, then the window closed in the same second: both kept by name
               day + timedelta(days=3, hours=12)]
    made = [auto_backup(db, folder, 3, now=moment) for moment in moments]

    # Three days: all of the newest day, the last backup of each of the two days before.
    assert [p.name for p in list_auto_backups(folder)] == [
        "fondue-desk-20261204-120000-1.fdbackup", "fondue-desk-20261204-120000.fdbackup",
        "fondue-desk-20261204-080000.fdbackup", "fondue-desk-20261203-080000.fdbackup",
        "fondue-desk-20261202-170000.fdbackup"]
    assert (folder / "my-own-copy.fdbackup").exists()
    assert (folder / "before-restore-20261201-080000.fdbackup").exists()
    newest = last_good_backup(folder)
    assert newest.path == made[-1].path
    assert newest.created_at == datetime(2026, 12, 4, 5, 0)  # 12:00 Thai time, in UTC
    assert not is_stale(newest, day + timedelta(days=5, hours=11))
    assert is_stale(newest, day + timedelta(days=5, hours=13))
    assert is_stale(None, day)
    assert backup_age(newest, day + timedelta(days=3, hours=14)) == timedelta(hours=2)


def test_last_good_backup_skips_a_damaged_newest_and_is_none_for_an_empty_folder(
        office_db, tmp_path):
    db = office_db[0]
    folder = tmp_path / "auto"
    assert last_good_backup(folder) is None
    first = auto_backup(db, folder, 5, now=NOW)
    second = auto_backup(db, folder, 5, now=NOW + timedelta(hours=1))
    damaged = Path(second.path)
    damaged.write_bytes(damaged.read_bytes()[:100])
    assert last_good_backup(folder).path == first.path
    assert last_good_backup(folder, deep=True).path == first.path


def test_the_safety_backup_is_made_before_anything_is_replaced(
        office_db, db_url, tmp_path, monkeypatch):
    from fondue_desk.services import backup_sqlite

    db = office_db[0]
    info = create_backup(db, tmp_path / "b.fdbackup", now=NOW)
    db.close()
    live = tmp_path / "fondue-desk.sqlite3"
    before = sha(live)
    seen = []

    def failing_restore(image, target):
        seen.extend(p.name for p in (tmp_path / "safety").iterdir())
        raise BackupError("backup.restore_failed", reason="disk pulled out")

    monkeypatch.setattr(backup_sqlite, "restore_into", failing_restore)
    with pytest.raises(BackupError) as failed:
        restore_backup(db_url, info.path, now=NOW, safety_folder=tmp_path / "safety")
    assert failed.value.code == "backup.restore_failed"
    assert seen == ["before-restore-20261206-173000.fdbackup"]
    assert verify_backup(tmp_path / "safety" / seen[0]).office_name == info.office_name
    assert sha(live) == before


def test_a_restore_whose_upgrade_fails_says_where_the_old_data_is(
        office_db, db_url, tmp_path, monkeypatch):
    from fondue_desk.db import migrate

    db = office_db[0]
    info = create_backup(db, tmp_path / "b.fdbackup", now=NOW)
    db.close()

    def broken_upgrade(_engine):
        raise RuntimeError("migration 0006 failed")

    monkeypatch.setattr(migrate, "upgrade_to_head", broken_upgrade)
    with pytest.raises(BackupError) as failed:
        restore_backup(db_url, info.path, now=NOW, safety_folder=tmp_path / "safety")
    assert failed.value.code == "backup.upgrade_failed"
    assert "0006" in failed.value.params["reason"]
    assert verify_backup(failed.value.params["safety"]).office_name == info.office_name
