"""Every test gets its own database file, data folder and settings, all under tmp_path."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _fresh_environment(tmp_path, monkeypatch):
    # platformdirs and QSettings both follow the XDG variables on Linux, so nothing a test
    # does can touch the developer's real data or settings.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("FONDUE_DESK_DB", f"sqlite:///{tmp_path / 'fondue-desk.sqlite3'}")


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'fondue-desk.sqlite3'}"


@pytest.fixture
def db(db_url):
    from fondue_desk.db.database import Database

    database = Database.open(db_url)
    yield database
    database.close()


@pytest.fixture
def demo_office(db):
    """A small demo office (no complaints unless a test adds them); returns its OfficeView."""
    from fondue_desk.services import demo, reference

    demo.create_demo_office(db, complaints=0)
    return reference.first_office(db)


@pytest.fixture
def clerk(db, demo_office):
    from fondue_desk.services import reference

    return reference.default_counter_user(db, demo_office.id)


@pytest.fixture
def admin(db, demo_office):
    """The demo office's admin: office settings, crews and users are theirs to change."""
    from fondue_desk.services import reference

    return reference.find_user(db, "admin")
