"""Start-up: where the database lives, opening (and migrating) it, and finding its office.

A database never becomes a demo by itself: an empty one stays empty until the set-up assistant
(or `fondue-desk init` / `fondue-desk demo`) fills it.
"""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url

from fondue_desk.db.database import Database

from . import reference
from .views import OfficeView

APP_NAME = "fondue-desk"
DB_ENV = "FONDUE_DESK_DB"
# How many complaints a demo office starts with (the assistant's "try the demo", `demo`).
DEMO_COMPLAINTS = 400


def default_database_url() -> str:
    path = Path(user_data_dir(APP_NAME, appauthor=False)) / "fondue-desk.sqlite3"
    return f"sqlite:///{path}"


def resolve_database_url(cli_url: str | None = None) -> str:
    """--db beats FONDUE_DESK_DB beats the per-user default; a bare path means SQLite."""
    url = cli_url or os.environ.get(DB_ENV) or default_database_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def open_database(url: str) -> Database:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return Database.open(url)


def find_office(db: Database) -> OfficeView | None:
    """The database's office, or None for an empty database (the app then opens the assistant)."""
    return reference.first_office(db)
