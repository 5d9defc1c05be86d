"""What is wrong with this desk's database connection, in codes a command or screen can word.

`check_database(url)` never creates, migrates or writes anything: a desk asks "can I work
here?" and gets every problem found (an SQLite file on a network share can also be out of
date), or none with the server's version, the schema revision and the number of offices.
Driver errors are mapped by SQLSTATE where the server sent one and by libpq's words where
it could not (a name that does not resolve, a refused or unanswered connection).
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from fondue_desk.db.location import network_share_reason, sqlite_file
from fondue_desk.db.migrate import alembic_config
from fondue_desk.db.search_index import pg_trgm_handles_thai

# Problem codes, worded by commands/db_check_texts (and any screen that wants them).
BAD_URL = "bad_url"                  # not a database URL at all
DRIVER_MISSING = "driver_missing"    # e.g. psycopg not installed on this desk
HOST_UNKNOWN = "host_unknown"        # the server's name does not resolve
REFUSED = "refused"                  # nothing listens there: server off, firewall, wrong port
TIMEOUT = "timeout"                  # no answer at all: firewall dropping, wrong address
NOT_ALLOWED = "not_allowed"          # pg_hba.conf has no line for this PC / user / database
AUTH_FAILED = "auth_failed"          # wrong password or no such role
NO_DATABASE = "no_database"          # the server has no database of that name
CANNOT_CONNECT = "cannot_connect"    # any other connection failure (detail has the words)
NO_PG_TRGM = "no_pg_trgm"            # the extension is missing and this role cannot add it
THAI_TRIGRAMS = "thai_trigrams"      # pg_trgm skips Thai letters under this database's ctype
SCHEMA_OLDER = "schema_older"        # the database needs the upgrade this desk would run
SCHEMA_NEWER = "schema_newer"        # a newer Fondue Desk upgraded it: update this desk
NETWORK_SHARE = "network_share"      # an SQLite file on another computer's disk
NO_FILE = "no_file"                  # the SQLite file is not there (yet)
NOT_WRITABLE = "not_writable"        # the file or its folder cannot be written by this user
NOT_A_DATABASE = "not_a_database"    # the file is not SQLite, or is damaged

PG_TRGM = "pg_trgm"
CONNECT_TIMEOUT_S = 10


@dataclass(frozen=True)
class Problem:
    code: str
    detail: str = ""  # the facts behind it: a driver's message, a path, a revision


@dataclass(frozen=True)
class CheckReport:
    location: str                       # the URL without its password
    dialect: str                        # "sqlite", "postgresql", ...
    problems: tuple[Problem, ...]
    server_version: str | None = None
    revision: str | None = None         # None: no tables yet (the first desk creates them)
    head: str | None = None             # the revision this desk's code expects
    offices: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(problem.code for problem in self.problems)


def network_share_of(url: str) -> str | None:
    """Why the SQLite database of `url` is on a network share, or None (local, or not SQLite)."""
    path = sqlite_file(url)
    return None if path is None else network_share_reason(path)


def check_database(url: str) -> CheckReport:
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError as exc:
        return CheckReport(location=url, dialect="?", problems=(Problem(BAD_URL, str(exc)),))
    location = parsed.render_as_string(hide_password=True)
    dialect = parsed.get_backend_name()
    if dialect == "sqlite":
        return _check_sqlite(url, location)
    return _check_server(url, location, dialect)


def _check_sqlite(url: str, location: str) -> CheckReport:
    path = sqlite_file(url)
    if path is None:  # in memory: nothing to share, nothing to keep
        return CheckReport(location, "sqlite", (), server_version=sqlite3.sqlite_version)
    problems = []
    share = network_share_reason(path)
    if share is not None:
        problems.append(Problem(NETWORK_SHARE, share))
    file = Path(path).expanduser()
    if not file.exists():
        folder = _nearest_folder(file)
        if not os.access(folder, os.W_OK):
            problems.append(Problem(NOT_WRITABLE, str(folder)))
        problems.append(Problem(NO_FILE, str(file)))
        return CheckReport(location, "sqlite", tuple(problems))
    # WAL writes the -wal and -shm files beside the database: the folder must be writable too.
    for place in (file, file.parent):
        if not os.access(place, os.W_OK):
            problems.append(Problem(NOT_WRITABLE, str(place)))
            break
    engine = sa.create_engine("sqlite://", creator=lambda: sqlite3.connect(
        f"file:{quote(str(file))}?mode=ro", uri=True))
    try:
        return _inspect(engine, location, "sqlite", problems)
    except sa_exc.DBAPIError as exc:
        detail = _first_line(exc.orig or exc)
        damaged = any(words in detail.lower() for words in ("not a database", "malformed"))
        problems.append(Problem(NOT_A_DATABASE if damaged else CANNOT_CONNECT, detail))
        return CheckReport(location, "sqlite", tuple(problems))
    finally:
        engine.dispose()


def _nearest_folder(file: Path) -> Path:
    """The folder the desk would create the file in, or the nearest one it would create."""
    for folder in file.parents:
        if folder.exists():
            return folder
    return file.parent


def _check_server(url: str, location: str, dialect: str) -> CheckReport:
    try:
        engine = sa.create_engine(url, connect_args=_connect_args(dialect))
    except (ImportError, sa_exc.NoSuchModuleError) as exc:
        return CheckReport(location, dialect, (Problem(DRIVER_MISSING, str(exc)),))
    except sa_exc.ArgumentError as exc:
        return CheckReport(location, dialect, (Problem(BAD_URL, str(exc)),))
    try:
        return _inspect(engine, location, dialect, [])
    except sa_exc.DBAPIError as exc:
        return CheckReport(location, dialect, (connection_problem(exc.orig or exc),))
    finally:
        engine.dispose()


def _connect_args(dialect: str) -> dict[str, object]:
    # A dropped packet must not leave the clerk waiting for the operating system's minutes.
    return {"connect_timeout": CONNECT_TIMEOUT_S} if dialect == "postgresql" else {}


def _inspect(engine: sa.Engine, location: str, dialect: str,
             problems: list[Problem]) -> CheckReport:
    head = _head()
    with engine.connect() as connection:
        version = _server_version(connection, dialect)
        revision = MigrationContext.configure(connection).get_current_revision()
        tables = set(sa.inspect(connection).get_table_names())
        if dialect == "postgresql":
            problems += _trigram_problems(connection, revision)
        offices = None
        if "office" in tables:
            offices = connection.execute(sa.text("SELECT count(*) FROM office")).scalar_one()
    if revision is not None and revision != head:
        problems.append(Problem(SCHEMA_NEWER if _is_unknown(revision) else SCHEMA_OLDER,
                                revision))
    return CheckReport(location, dialect, tuple(problems), server_version=version,
                       revision=revision, head=head, offices=offices)


def _server_version(connection: sa.Connection, dialect: str) -> str | None:
    if dialect == "sqlite":
        return connection.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    if dialect == "postgresql":
        return connection.exec_driver_sql("SHOW server_version").scalar_one()
    info = connection.dialect.server_version_info
    return ".".join(str(part) for part in info) if info else None


def _trigram_problems(connection: sa.Connection, revision: str | None) -> list[Problem]:
    if not _has_pg_trgm(connection, schema_built=revision):
        return [Problem(NO_PG_TRGM, PG_TRGM)]
    installed = connection.execute(sa.text(
        "SELECT 1 FROM pg_extension WHERE extname = :name"), {"name": PG_TRGM}).first()
    if installed is None or pg_trgm_handles_thai(connection):
        return []
    ctype = connection.exec_driver_sql(
        "SELECT datctype FROM pg_database WHERE datname = current_database()").scalar_one()
    return [Problem(THAI_TRIGRAMS, ctype)]


def _has_pg_trgm(connection: sa.Connection, *, schema_built: str | None) -> bool:
    """Installed, or (before the first desk built the tables) installable by this role: the
    first start runs CREATE EXTENSION, which pg_trgm allows a database owner from PG 13."""
    installed = connection.execute(sa.text(
        "SELECT 1 FROM pg_extension WHERE extname = :name"), {"name": PG_TRGM}).first()
    if installed is not None:
        return True
    if schema_built is not None:
        return False
    row = connection.execute(sa.text(
        "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
        "has_database_privilege(current_database(), 'CREATE'), "
        "(SELECT bool_or(trusted) FROM pg_available_extension_versions WHERE name = :name), "
        "EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = :name)"),
        {"name": PG_TRGM}).one()
    superuser, may_create, trusted, available = row
    return bool(available and (superuser or (may_create and trusted)))


def _head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _is_unknown(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is None
    except CommandError:  # Alembic's way of saying "no such revision in my scripts"
        return True


# SQLSTATEs the server sends for a refused sign-in or a missing database.
_SQLSTATES = {"28P01": AUTH_FAILED, "3D000": NO_DATABASE}
# libpq's words for failures that happen before any server answered (no SQLSTATE then); the
# Windows forms included, since that is where most desks run.
_MESSAGES: tuple[tuple[str, Iterable[str]], ...] = (
    (NOT_ALLOWED, ("no pg_hba.conf entry",)),
    (AUTH_FAILED, ("password authentication failed", "no password supplied",
                   "authentication failed", "role \"")),
    (NO_DATABASE, ("does not exist",)),
    (HOST_UNKNOWN, ("failed to resolve host", "could not translate host name",
                    "name or service not known", "nodename nor servname",
                    "no such host is known", "temporary failure in name resolution")),
    (REFUSED, ("connection refused", "actively refused", "no such file or directory")),
    (TIMEOUT, ("timeout expired", "timed out")),
)


def connection_problem(error: BaseException) -> Problem:
    """The problem a driver's connection error stands for (psycopg's, or any DBAPI's)."""
    detail = _first_line(error)
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate in _SQLSTATES:
        return Problem(_SQLSTATES[sqlstate], detail)
    lowered = str(error).lower()
    for code, phrases in _MESSAGES:
        if any(phrase in lowered for phrase in phrases):
            return Problem(code, detail)
    if sqlstate == "28000":  # invalid authorization: a role that does not exist, say
        return Problem(AUTH_FAILED, detail)
    return Problem(CANNOT_CONNECT, detail)


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__
