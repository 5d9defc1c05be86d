"""A throwaway PostgreSQL server for the tests that must prove the SQL is portable.

Uses FONDUE_DESK_TEST_PG (a server URL) when set; otherwise starts a private cluster from the
installed PostgreSQL binaries on a Unix socket (no TCP port) for the test session. Postgres
refuses to run as root, so as root the cluster runs as the `postgres` system user.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """Yields a base URL (no database name) or None when no PostgreSQL is available."""
    if os.environ.get("FONDUE_DESK_TEST_PG"):
        yield os.environ["FONDUE_DESK_TEST_PG"]
        return
    bin_dir = _binaries()
    if bin_dir is None or (os.geteuid() == 0 and not _has_user("postgres")):
        yield None
        return
    home = Path(tempfile.mkdtemp(prefix="fondue-pg-"))
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(home, account.pw_uid, account.pw_gid)
    data, log = home / "data", home / "server.log"
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]), **quiet)
    options = f"-c listen_addresses='' -k {home} -c fsync=off -c max_connections=50"
    subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log),
                                    "-o", options, "-w", "start"]), **quiet)
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={home}"
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                        "stop"]), check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.rmtree(home, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def fresh_database(server_url: str) -> str:
    """Creates an empty database on the server and returns its URL."""
    name = f"fondue_test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    url = sa.engine.make_url(server_url).set(database=name)
    return url.render_as_string(hide_password=False)
