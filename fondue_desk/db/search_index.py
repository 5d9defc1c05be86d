"""Substring search over Thai text, per database: Thai has no spaces, so word indexes fail.

SQLite: an FTS5 table with the trigram tokenizer, kept in step with `complaint` by triggers.
PostgreSQL: a pg_trgm GIN index over the same columns joined into one expression.
The query side lives in `fondue_desk.db.search`; both must name the same columns.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

SEARCHED_COLUMNS = ("tracking_no", "description", "location_text", "complainant_name", "phone")
FTS_TABLE = "complaint_fts"
PG_INDEX = "ix_complaint_search_trgm"


def pg_search_expression(prefix: str = "") -> str:
    return " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in SEARCHED_COLUMNS)


def pg_trgm_handles_thai(connection: Connection) -> bool:
    """Whether pg_trgm makes trigrams of Thai text on this PostgreSQL database.

    pg_trgm keeps only the characters the database's LC_CTYPE calls alphanumeric. Under a C or
    POSIX ctype every Thai letter is a separator, so Thai words give no trigrams and the index
    cannot narrow a Thai search (it still answers correctly, by reading every row). A database
    created with a UTF-8 ctype (C.UTF-8, th_TH.UTF-8, en_US.UTF-8) makes them.
    """
    return bool(connection.exec_driver_sql("SELECT show_trgm('ไฟฟ้า') <> '{}'").scalar())


def create_search_index(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        _create_sqlite(connection)
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        connection.exec_driver_sql(
            f"CREATE INDEX {PG_INDEX} ON complaint USING gin (({pg_search_expression()}) "
            "gin_trgm_ops)"
        )


def drop_search_index(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in ("ai", "ad", "au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")


def _insert_trigger_sql() -> str:
    columns = ", ".join(SEARCHED_COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in SEARCHED_COLUMNS)
    return (f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON complaint BEGIN "
            f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new_values}); END")


def _create_sqlite(connection: Connection) -> None:
    columns = ", ".join(SEARCHED_COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in SEARCHED_COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in SEARCHED_COLUMNS)
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, content='complaint', "
        "content_rowid='id', tokenize='trigram')"
    )
    connection.exec_driver_sql(_insert_trigger_sql())
    connection.exec_driver_sql(
        f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON complaint BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old_values}); END"
    )
    # Only edits of searched text touch the index; status changes do not pay for it.
    connection.exec_driver_sql(
        f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF {columns} ON complaint BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


@contextmanager
def bulk_insert_complaints(connection: Connection, first_new_id: int) -> Iterator[None]:
    """For loads of many complaints in one transaction: index them in one pass at the end.

    The per-row trigger costs more than the inserts themselves at 300,000 rows; one
    INSERT … SELECT afterwards is four times faster. DDL is transactional in SQLite and the
    caller holds the write lock, so no other desk ever sees the trigger missing.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    columns = ", ".join(SEARCHED_COLUMNS)
    connection.exec_driver_sql(f"DROP TRIGGER {FTS_TABLE}_ai")
    try:
        yield
    finally:
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, {columns}) "
            f"SELECT id, {columns} FROM complaint WHERE id >= {int(first_new_id)}"
        )
        connection.exec_driver_sql(_insert_trigger_sql())


def include_in_autogenerate(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Alembic filter: the search index is built by hand above, not from the models."""
    if type_ == "table" and name and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name == PG_INDEX)
