"""`fondue-desk backup` and `fondue-desk restore`, run as an office would: a separate process."""
from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from fondue_desk.commands.backup_texts import is_yes
from fondue_desk.services import reference
from tests.integration.backup_helpers import log_some, sha, tracking_numbers

ROOT = Path(__file__).resolve().parents[2]


NOTHING_CHANGED = "ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ"


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False,
                          cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _cli_at_a_terminal(*args: str, answer: str) -> subprocess.CompletedProcess:
    """Run with a terminal as standard input (as an officer at a console would), typing
    `answer` at the confirmation question; output is still captured."""
    main, terminal = pty.openpty()
    try:
        os.write(main, (answer + "\n").encode("utf-8"))
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], stdin=terminal,
                              capture_output=True, timeout=120, check=False, cwd=ROOT,
                              env={**os.environ, "PYTHONIOENCODING": "utf-8"}, text=True,
                              encoding="utf-8")
    finally:
        os.close(terminal)
        os.close(main)


def test_backup_then_restore_from_the_command_line(db, db_url, clerk, demo_office, tmp_path):
    category = reference.active_categories(db, demo_office.id)[0]
    log_some(db, clerk.id, category.id, 4)
    file = tmp_path / "usb" / "office.fdbackup"

    done = _cli("--db", db_url, "backup", str(file))
    assert done.returncode == 0, done.stderr
    assert f"สำรองข้อมูลไว้ที่ {file} และตรวจสอบแล้ว" in done.stdout
    assert "เทศบาลตำบลแม่เหียะ" in done.stdout
    # The date is the Buddhist Era one an officer reads, with a Thai month name.
    assert re.search(r"สำรองเมื่อ \d{1,2} [ก-๙]+ 25\d\d เวลา \d\d:\d\d น\.", done.stdout)
    assert "verified" not in done.stdout
    at_backup = tracking_numbers(db_url)
    log_some(db, clerk.id, category.id, 2)
    db.close()
    live = tmp_path / "fondue-desk.sqlite3"

    # No terminal to confirm in and no --yes: refused, nothing changed.
    before = sha(live)
    done = _cli("--db", db_url, "restore", str(file))
    assert done.returncode == 2
    assert "--yes" in done.stderr and NOTHING_CHANGED in done.stderr
    assert "การกู้คืนจะแทนที่ข้อมูลทั้งหมดใน" in done.stdout
    assert sha(live) == before
    done = _cli("--lang", "en", "--db", db_url, "restore", str(file))
    assert done.returncode == 2
    assert "nothing was changed" in done.stderr and "replaces ALL data" in done.stdout
    assert sha(live) == before

    done = _cli("--db", db_url, "restore", str(file), "--check")
    assert done.returncode == 0 and "ไฟล์สำรองครบถ้วนและอ่านได้" in done.stdout
    assert sha(live) == before

    safety = tmp_path / "safety"
    done = _cli("--db", db_url, "restore", str(file), "--yes", "--safety-folder", str(safety))
    assert done.returncode == 0, done.stderr
    assert "กู้คืนข้อมูลเรียบร้อยแล้ว" in done.stdout and "ข้อมูลก่อนกู้คืนเก็บไว้ที่" in done.stdout
    assert tracking_numbers(db_url) == at_backup
    assert len(list(safety.glob("before-restore-*.fdbackup"))) == 1


def test_english_with_lang_en(db, db_url, demo_office, tmp_path):
    file = tmp_path / "office.fdbackup"
    done = _cli("--lang", "en", "--db", db_url, "backup", str(file))
    assert done.returncode == 0, done.stderr
    assert f"backed up to {file} and verified" in done.stdout
    assert re.search(r"taken 20\d\d-\d\d-\d\d \d\d:\d\d Thai time", done.stdout)
    assert re.search(r"[ก-๙]", done.stdout.replace("เทศบาลตำบลแม่เหียะ", "")) is None
    db.close()
    done = _cli("--lang", "en", "--db", db_url, "restore", str(file), "--check")
    assert done.returncode == 0 and "whole and readable" in done.stdout
    safety = tmp_path / "safety"
    done = _cli("--lang", "en", "--db", db_url, "restore", str(file), "--yes",
                "--safety-folder", str(safety))
    assert done.returncode == 0, done.stderr
    assert "restored; the database is at schema" in done.stdout


def test_the_command_line_refuses_a_damaged_backup(db, db_url, demo_office, tmp_path):
    file = tmp_path / "office.fdbackup"
    assert _cli("--db", db_url, "backup", str(file)).returncode == 0
    db.close()
    file.write_bytes(file.read_bytes()[:-200])
    live = tmp_path / "fondue-desk.sqlite3"
    before = sha(live)
    done = _cli("--db", db_url, "restore", str(file), "--yes")
    assert done.returncode == 2
    assert "ไฟล์สำรองเสียหายหรือถูกแก้ไข" in done.stderr and "ใช้ไฟล์สำรองอื่น" in done.stderr
    assert NOTHING_CHANGED in done.stderr
    done = _cli("--lang", "en", "--db", db_url, "restore", str(file), "--yes")
    assert done.returncode == 2
    assert "damaged" in done.stderr and "nothing was changed" in done.stderr
    assert sha(live) == before
    done = _cli("--db", db_url, "backup", str(tmp_path))
    assert done.returncode == 2 and f"{tmp_path} เป็นโฟลเดอร์" in done.stderr
    assert "ไม่ได้บันทึกไฟล์ใด ๆ" in done.stderr
    done = _cli("--lang", "en", "--db", db_url, "backup", str(tmp_path))
    assert done.returncode == 2 and "is a folder" in done.stderr
    assert "nothing was written" in done.stderr


def test_the_confirmation_question_in_both_languages(db, db_url, demo_office, tmp_path):
    file = tmp_path / "office.fdbackup"
    assert _cli("--db", db_url, "backup", str(file)).returncode == 0
    db.close()
    live = tmp_path / "fondue-desk.sqlite3"
    before = sha(live)

    done = _cli_at_a_terminal("--db", db_url, "restore", str(file), answer="ไม่")
    assert done.returncode == 2
    assert 'พิมพ์ "yes" หรือ "ใช่" เพื่อยืนยันการกู้คืน' in done.stdout
    assert "ไม่ได้ยืนยันการกู้คืน" in done.stderr and NOTHING_CHANGED in done.stderr
    done = _cli_at_a_terminal("--lang", "en", "--db", db_url, "restore", str(file), answer="no")
    assert done.returncode == 2
    assert 'type "yes" to restore' in done.stdout
    assert "not confirmed; nothing was changed" in done.stderr
    assert sha(live) == before

    safety = tmp_path / "safety"
    done = _cli_at_a_terminal("--db", db_url, "restore", str(file), "--safety-folder",
                              str(safety), answer="ใช่")
    assert done.returncode == 0, done.stderr
    assert "กู้คืนข้อมูลเรียบร้อยแล้ว" in done.stdout


def test_a_thai_officer_may_answer_in_thai_but_english_wants_yes():
    assert is_yes("th", " ใช่ ") and is_yes("th", "YES") and not is_yes("th", "ไม่")
    assert is_yes("en", "yes") and not is_yes("en", "ใช่")
