"""The first start opens the database in named steps: creating a new one, upgrading an old one."""
from __future__ import annotations

from alembic import command

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import alembic_config, current_revision, head_revision
from fondue_desk.services import demo
from fondue_desk.services.startup import CREATING, OFFICE, OPENING, UPGRADING, prepare_database


def test_a_fresh_file_in_a_new_folder_is_created_and_has_no_office(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'folder' / 'desk.sqlite3'}"
    steps = []
    db, office = prepare_database(url, steps.append)
    assert steps == [OPENING, CREATING, OFFICE]
    assert office is None and current_revision(db.engine) == head_revision()
    db.close()


def test_an_old_database_is_upgraded_and_a_current_one_only_read(db_url):
    db = Database.open(db_url)
    demo.create_demo_office(db, complaints=5)
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    db.close()
    steps = []
    db, office = prepare_database(db_url, steps.append)
    assert steps == [OPENING, UPGRADING, OFFICE] and office is not None
    db.close()
    steps.clear()
    db, office = prepare_database(db_url, steps.append)
    assert steps == [OPENING, OFFICE] and office.is_demo
    db.close()
