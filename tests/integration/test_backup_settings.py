"""Backup settings are office data: defaults, checked values, admin only."""
from __future__ import annotations

import pytest

from fondue_desk.domain.errors import InvalidInput, PermissionDenied
from fondue_desk.services.backup_settings import (
    DEFAULT_KEEP,
    backup_settings,
    default_backup_folder,
    save_backup_settings,
)


def test_defaults_are_the_user_data_folder_and_two_weeks(db, demo_office, tmp_path):
    settings = backup_settings(db, demo_office.id)
    assert settings.folder == str(default_backup_folder())
    assert settings.folder.startswith(str(tmp_path / "xdg-data"))
    assert (settings.keep, settings.automatic) == (DEFAULT_KEEP, True) == (14, True)


def test_the_admin_saves_them_and_every_desk_reads_them(db, demo_office, admin, tmp_path):
    folder = tmp_path / "nas" / "backups"
    saved = save_backup_settings(db, admin.id, folder=f"  {folder}  ", keep=30, automatic=False)
    assert saved == backup_settings(db, demo_office.id)
    assert (saved.folder, saved.keep, saved.automatic) == (str(folder), 30, False)
    assert folder.is_dir()  # made now, so the first automatic backup cannot fail on it


@pytest.mark.parametrize("folder, keep, fields", [
    ("", 14, {"folder": "backup.folder_required"}),
    ("backups", 14, {"folder": "backup.folder_not_absolute"}),
    ("{tmp}/a-file/sub", 14, {"folder": "backup.folder_not_writable"}),
    ("{tmp}/ok", 0, {"keep": "backup.keep_range"}),
    ("{tmp}/ok", 366, {"keep": "backup.keep_range"}),
    ("", True, {"folder": "backup.folder_required", "keep": "backup.keep_range"}),
])
def test_bad_settings_are_refused_with_their_fields(db, demo_office, admin, tmp_path,
                                                   folder, keep, fields):
    (tmp_path / "a-file").write_text("x")
    before = backup_settings(db, demo_office.id)
    with pytest.raises(InvalidInput) as refused:
        save_backup_settings(db, admin.id, folder=folder.replace("{tmp}", str(tmp_path)),
                             keep=keep, automatic=True)
    assert {e.field: e.code for e in refused.value.errors} == fields
    assert backup_settings(db, demo_office.id) == before


def test_a_clerk_may_not_change_them(db, demo_office, clerk, tmp_path):
    with pytest.raises(PermissionDenied):
        save_backup_settings(db, clerk.id, folder=str(tmp_path / "x"), keep=3, automatic=True)
    assert not (tmp_path / "x").exists()
    assert backup_settings(db, demo_office.id).keep == DEFAULT_KEEP
