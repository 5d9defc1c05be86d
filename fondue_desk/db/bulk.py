"""Bulk inserts for the demo generator's hundreds of thousands of rows.

On SQLite, SQLAlchemy's executemany processes every parameter of every row through the column
types, which at 300,000 complaints and their 1.4 million history events costs more than the
writes themselves. Here the values are converted once, the way the types store them, and handed
to the driver's executemany. Other databases take the ordinary SQLAlchemy path.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from sqlalchemy import Boolean, Date, Table, insert
from sqlalchemy.engine import Connection

from .types import UtcDateTime


def _utc_text(value: datetime | None) -> str | None:
    """"2026-11-25 03:48:06.000000": the text SQLAlchemy's SQLite DATETIME writes."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given where an aware one is required")
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _bool_int(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _converter(column) -> Callable[[object], object] | None:
    if isinstance(column.type, UtcDateTime):
        return _utc_text
    if isinstance(column.type, Date):
        return _date_text
    if isinstance(column.type, Boolean):
        return _bool_int
    return None


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict]) -> None:
    """Insert `rows` (dicts with the same keys) into `table` in one executemany."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    converters = [_converter(table.c[name]) for name in names]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    connection.exec_driver_sql(sql, [
        tuple(value if convert is None else convert(value)
              for convert, value in zip(converters, (row[name] for name in names)))
        for row in rows])
