"""Alembic, driven from code: the app upgrades the schema at start; nothing calls create_all.

Desks starting together upgrade one at a time (`migration_lock`): the first does the work, the
others wait and find the schema at head. A database whose revision this program does not know
was made by a newer Fondue Desk: it is refused before anything is written.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from fondue_desk.domain.errors import Conflict

from .migration_lock import migration_lock

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNew(Conflict):
    """The database was brought to a revision by a newer program: update Fondue Desk here."""

    code = "database.newer_schema"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # ConfigParser treats % as interpolation; URLs carry %-escapes (socket paths, passwords).
        url = engine.url.render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_to_head(engine: Engine) -> bool:
    """Bring the schema to this program's head; True when a migration ran (here, not by
    another desk meanwhile). SchemaTooNew, with nothing written, for a newer database."""
    with migration_lock(engine):
        revision = current_revision(engine)
        check_known(revision)
        if revision == head_revision():
            return False
        config = alembic_config(engine)
        # IMMEDIATE: the write lock up front, so a desk already open and writing is waited
        # for (busy timeout) instead of failing the upgrade half-way with SQLITE_BUSY.
        with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return True


def check_known(revision: str | None) -> None:
    """SchemaTooNew when `revision` is none of this program's migrations (None: empty)."""
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew(revision=revision, head=head_revision())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@cache
def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in script.walk_revisions())
