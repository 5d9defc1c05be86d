"""`fondue-desk backup` and `fondue-desk restore`, run as an office would: a separate process."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fondue_desk.services import reference
from tests.integration.backup_helpers import log_some, sha, tracking_numbers

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False,
                          cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_backup_then_restore_from_the_command_line(db, db_url, clerk, demo_office, tmp_path):
    category = reference.active_categories(db, demo_office.id)[0]
    log_some(db, clerk.id, category.id, 4)
    file = tmp_path / "usb" / "office.fdbackup"

    done = _cli("--db", db_url, "backup", str(file))
    assert done.returncode == 0, done.stderr
    assert "verified" in done.stdout and "เทศบาลตำบลแม่เหียะ" in done.stdout
    at_backup = tracking_numbers(db_url)
    log_some(db, clerk.id, category.id, 2)
    db.close()
    live = tmp_path / "fondue-desk.sqlite3"

    # No terminal to confirm in and no --yes: refused, nothing changed.
    before = sha(live)
    done = _cli("--db", db_url, "restore", str(file))
    assert done.returncode == 2
    assert "nothing was changed" in done.stderr
    assert sha(live) == before

    done = _cli("--db", db_url, "restore", str(file), "--check")
    assert done.returncode == 0 and "whole and readable" in done.stdout
    assert sha(live) == before

    safety = tmp_path / "safety"
    done = _cli("--db", db_url, "restore", str(file), "--yes", "--safety-folder", str(safety))
    assert done.returncode == 0, done.stderr
    assert tracking_numbers(db_url) == at_backup
    assert len(list(safety.glob("before-restore-*.fdbackup"))) == 1


def test_the_command_line_refuses_a_damaged_backup(db, db_url, demo_office, tmp_path):
    file = tmp_path / "office.fdbackup"
    assert _cli("--db", db_url, "backup", str(file)).returncode == 0
    db.close()
    file.write_bytes(file.read_bytes()[:-200])
    live = tmp_path / "fondue-desk.sqlite3"
    before = sha(live)
    done = _cli("--db", db_url, "restore", str(file), "--yes")
    assert done.returncode == 2
    assert "damaged" in done.stderr and "nothing was changed" in done.stderr
    assert sha(live) == before
    done = _cli("--db", db_url, "backup", str(tmp_path))
    assert done.returncode == 2 and "is a folder" in done.stderr
