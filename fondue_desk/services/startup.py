"""Opening the desk's database in named steps, so the first start can say what it is doing.

A fresh file is created and built by every migration; an old one is upgraded; on a large
register an upgrade that rebuilds an index takes a while. The caller (the desk's progress
window, off the GUI thread) hears each step before it starts. Desks starting together wait for
the one that upgrades (`db.migrate.upgrade_to_head`); a database made by a newer Fondue Desk is
refused (`SchemaTooNew`) without a write.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import check_known, current_revision, head_revision, upgrade_to_head

from . import bootstrap
from .views import OfficeView

# Steps, in order; a step that is not needed is not reported.
OPENING = "opening"      # connecting, creating the file if there is none
CREATING = "creating"    # a new database: building every table
UPGRADING = "upgrading"  # an older database: bringing its structure up to date
OFFICE = "office"        # reading which office this database belongs to
STEPS = (OPENING, CREATING, UPGRADING, OFFICE)

Report = Callable[[str], None]


def prepare_database(url: str, report: Report | None = None
                     ) -> tuple[Database, OfficeView | None]:
    """The opened, up-to-date database and its office (None: empty, the assistant's turn)."""
    say = report or (lambda _step: None)
    say(OPENING)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    db = Database.open(url, migrate=False)
    try:
        revision = current_revision(db.engine)
        check_known(revision)  # a newer program's database: refused before anything is said
        if revision != head_revision():
            # Read without the lock, only to name the step: upgrade_to_head reads it again
            # under the lock and does nothing when another desk has just done the work.
            say(CREATING if revision is None else UPGRADING)
            upgrade_to_head(db.engine)
        say(OFFICE)
        return db, bootstrap.find_office(db)
    except BaseException:
        db.close()
        raise
