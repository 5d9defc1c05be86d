"""The 300,000-complaint demo database the register and dashboard benches share: command
line (`--db`, `--complaints`, `--smoke`), made once and kept, and a bare-driver connection to
the same database for each bench's floor."""
from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, inspect, make_url

ROOT = Path(__file__).resolve().parents[1]
SMOKE_COMPLAINTS = 2000


def main(description: str, name: str, run: Callable[[argparse.Namespace], None]) -> None:
    """Parse the command line and call `run(args)`; `--smoke` uses a throw-away file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", default=f"/tmp/fondue-bench-{name}.sqlite3",
                        help="a SQLite file or a postgresql+psycopg:// URL")
    parser.add_argument("--complaints", type=int, default=300_000)
    parser.add_argument("--smoke", action="store_true",
                        help=f"{SMOKE_COMPLAINTS:,} complaints in a temporary folder "
                             "(the test suite)")
    args = parser.parse_args()
    if args.smoke and is_postgresql(args.db):
        args.complaints = SMOKE_COMPLAINTS
        run(args)
    elif args.smoke:
        with tempfile.TemporaryDirectory(prefix=f"fondue-bench-{name}-") as folder:
            args.db, args.complaints = Path(folder) / f"{name}.sqlite3", SMOKE_COMPLAINTS
            run(args)
    else:
        run(args)


def is_postgresql(db: str | Path) -> bool:
    return str(db).startswith("postgresql")


def database_url(db: str | Path) -> str:
    return str(db) if is_postgresql(db) else f"sqlite:///{db}"


def ensure_demo(db: str | Path, complaints: int) -> float | None:
    """Make the demo office once (seconds taken), or None when the database has one."""
    url = database_url(db)
    if _has_complaints(url) if is_postgresql(db) else Path(db).exists():
        return None
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo",
                    "--complaints", str(complaints)], check=True, stdout=subprocess.DEVNULL)
    return round(time.perf_counter() - start, 1)


def raw_connection(db: str | Path):
    """The same database without SQLAlchemy: the floor's driver."""
    if not is_postgresql(db):
        return sqlite3.connect(db)
    import psycopg

    # libpq takes the URL without "+psycopg".
    conninfo = make_url(str(db)).set(drivername="postgresql").render_as_string(False)
    return psycopg.connect(conninfo, autocommit=True)


def _has_complaints(url: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return (inspect(connection).has_table("complaint") and connection.exec_driver_sql(
                "SELECT EXISTS (SELECT 1 FROM complaint)").scalar())
    finally:
        engine.dispose()
