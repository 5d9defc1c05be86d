"""The Traffy account lives in the OS keyring (here an in-memory backend) or, without one, in an
encrypted file with a 0600 key beside it; never in the database, the configuration export,
a backup or the log."""
from __future__ import annotations

import logging
import stat
import zipfile

import pytest

from fondue_desk.config.export import export_config
from fondue_desk.domain.errors import InvalidInput, PermissionDenied
from fondue_desk.services import backup, reference, traffy_credentials, traffy_sync

SECRET = "Pa55-traffy-ไม่บอกใคร"


@pytest.fixture
def admin_user(db, demo_office):
    return reference.find_user(db, "admin")


def test_the_account_goes_to_the_keyring_and_only_the_name_to_the_settings(
        db, demo_office, admin_user, memory_keyring):
    assert traffy_sync.set_credentials(db, admin_user.id, " office-api ", SECRET) == "keyring"
    assert SECRET in memory_keyring.store.values()
    loaded = traffy_credentials.load(traffy_sync.database_key(db), demo_office.id)
    assert (loaded.username, loaded.password) == ("office-api", SECRET)
    assert SECRET not in repr(loaded)
    assert traffy_sync.settings(db, demo_office.id).username == "office-api"


def test_without_a_keyring_an_encrypted_file_with_a_private_key(db, demo_office, admin_user,
                                                                 tmp_path):
    folder = tmp_path / "secrets"
    assert traffy_sync.set_credentials(db, admin_user.id, "office-api", SECRET,
                                       folder=folder) == "file"
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert SECRET.encode() not in path.read_bytes()
    loaded = traffy_credentials.load(traffy_sync.database_key(db), demo_office.id,
                                     folder=folder)
    assert loaded.password == SECRET
    # Another database (or office) on the same PC has its own entry.
    assert traffy_credentials.load("sqlite:///other.sqlite3", demo_office.id,
                                   folder=folder) is None
    traffy_credentials.forget(traffy_sync.database_key(db), demo_office.id, folder=folder)
    assert traffy_credentials.load(traffy_sync.database_key(db), demo_office.id,
                                   folder=folder) is None


def test_credentials_need_the_settings_right_and_both_values(db, demo_office, admin_user,
                                                             memory_keyring):
    clerk = reference.find_user(db, "clerk1")
    with pytest.raises(PermissionDenied):
        traffy_sync.set_credentials(db, clerk.id, "office-api", SECRET)
    with pytest.raises(InvalidInput) as refused:
        traffy_sync.set_credentials(db, admin_user.id, " ", "")
    assert set(refused.value.fields) == {"username", "password"}
    assert memory_keyring.store == {}


def test_the_password_is_nowhere_in_the_database_config_backup_or_log(
        db, db_url, demo_office, admin_user, memory_keyring, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    traffy_sync.set_credentials(db, admin_user.id, "office-api", SECRET)
    # Port 9 (discard) on this machine: nothing listens, and no test touches the internet.
    traffy_sync.save_settings(db, admin_user.id, enabled=True,
                              base_url="http://127.0.0.1:9/exchange-api", send_by_default=False,
                              pull_every_minutes=0, organisation="")
    report = traffy_sync.sync_once(db, demo_office.id)   # fails offline, and may log
    assert report.offline
    assert SECRET not in export_config(db, demo_office.id)
    target = tmp_path / "backup.zip"
    backup.create_backup(db, target)
    needle = SECRET.encode("utf-8")
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            assert needle not in archive.read(name), name
    db_file = db_url.removeprefix("sqlite:///")
    with open(db_file, "rb") as stored:
        assert needle not in stored.read()
    assert SECRET not in caplog.text
