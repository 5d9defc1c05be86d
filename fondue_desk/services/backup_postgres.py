"""PostgreSQL images through pg_dump (custom format) and a restore in one transaction.

pg_dump refuses a server newer than itself, so the newest installed client tools are used
(Debian keeps each major version under /usr/lib/postgresql/N/bin; Windows under
Program Files\\PostgreSQL\\N\\bin). FONDUE_DESK_PG_BIN names the folder when neither fits.

A restore must not leave half a database: the dump is turned into SQL by pg_restore and fed
to psql with --single-transaction after dropping the schema, so either the whole backup is in
place or nothing changed. Dropping first also removes tables a newer schema added, so Alembic
can then upgrade the restored database from the backup's own revision.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from .backup_archive import BackupError

BIN_ENV = "FONDUE_DESK_PG_BIN"
_WINDOWS_GLOB = r"C:\Program Files\PostgreSQL\*\bin"


def _version_key(folder: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", folder)) or (0,)


def find_tool(name: str) -> str:
    """The path of pg_dump / pg_restore / psql, newest version first; BackupError if none."""
    exe = f"{name}.exe" if os.name == "nt" else name
    folders = []
    if os.environ.get(BIN_ENV):
        folders.append(os.environ[BIN_ENV])
    folders += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    folders += sorted(glob.glob(_WINDOWS_GLOB), key=_version_key, reverse=True)
    for folder in folders:
        candidate = Path(folder) / exe
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise BackupError("backup.tool_missing", tool=name)


def _connection(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password (kept out of the process list) and the environment."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    uri = parsed.set(drivername="postgresql", password=None)
    return uri.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(command, env=env, capture_output=True, check=False, **kwargs)
    except OSError as exc:
        raise BackupError("backup.tool_failed", tool=Path(command[0]).name,
                          reason=str(exc)) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BackupError("backup.tool_failed", tool=Path(command[0]).name,
                          reason=" ".join(message[-3:]))
    return done


def dump(url: str, destination: Path) -> None:
    uri, env = _connection(url)
    # Owners and grants belong to the server the dump came from, not to the one it goes to.
    _run([find_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
          f"--file={destination}", f"--dbname={uri}"], env)


def check_dump(dump_file: Path) -> None:
    """pg_restore reads the dump's table of contents: a damaged dump fails here."""
    try:
        tool = find_tool("pg_restore")
    except BackupError:
        return  # hashes already matched; without the tools only the restore can read further
    try:
        _run([tool, "--list", str(dump_file)], dict(os.environ))
    except BackupError as exc:
        raise BackupError("backup.corrupted", reason=str(exc.params.get("reason"))) from None


def has_data(url: str) -> bool:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return bool(connection.scalar(sa.text(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema()")))
    finally:
        engine.dispose()


def restore(dump_file: Path, url: str) -> None:
    uri, env = _connection(url)
    # The script goes to a file first: psql fed straight from a pg_restore that died half-way
    # would commit the half it got.
    script = dump_file.with_suffix(".sql")
    try:
        _run([find_tool("pg_restore"), "--no-owner", "--no-privileges", f"--file={script}",
              str(dump_file)], env)
        _run([find_tool("psql"), "--no-psqlrc", "--quiet", "--single-transaction",
              "--set=ON_ERROR_STOP=1", f"--dbname={uri}",
              # A desk still connected holds locks: give up (and roll back) rather than
              # wait for ever behind it.
              ("--command=SET LOCAL lock_timeout = '60s'; "
               "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"),
              f"--file={script}"], env)
    except BackupError as exc:
        raise BackupError("backup.restore_failed", reason=str(exc.params.get("reason"))) from None
    finally:
        script.unlink(missing_ok=True)
