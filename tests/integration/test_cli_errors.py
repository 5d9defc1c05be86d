"""The command line says what went wrong in a sentence, in Thai by default and in English with
--lang en, never as a code (real CLI runs against real SQLite files)."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

ROOT = Path(__file__).resolve().parents[2]
PRESETS = ROOT / "resources" / "presets"
CODE_LIKE = ("not_found", "not_demo_office", "permission.denied", "tracking_no=", "invalid_input")


def _stderr_is_a_sentence(err: str) -> None:
    assert err.startswith("fondue-desk: ")
    assert not any(code in err for code in CODE_LIKE), err


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False, cwd=ROOT)


@pytest.mark.parametrize(("lang", "expected"), [
    (None, ("fondue-desk: ไม่พบหนังสือแจ้งผลของเรื่องเลขที่ 2570-000999 (หนังสือจะมีเมื่อนายกฯ "
           "ลงนามปิดเรื่องแล้ว และเรื่องที่ผู้ร้องไม่ประสงค์ออกนามจะไม่มีหนังสือ)\n")),
    ("en", ("fondue-desk: there is no closure letter for 2570-000999 (a letter exists once the "
           "executive has signed the complaint off; anonymous complaints get none)\n")),
])
def test_a_letter_for_a_missing_tracking_number(db_url, demo_office, tmp_path, capsys, lang,
                                                expected):
    out = tmp_path / "letter.pdf"
    argv = ["--db", db_url, *(["--lang", lang] if lang else []),
            "print", "letter", "2570-000999", "-o", str(out)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err == expected
    _stderr_is_a_sentence(err)
    assert not out.exists()


def test_a_missing_receipt_through_the_real_entry_script_in_english(db_url, demo_office,
                                                                    tmp_path):
    done = _run("--db", db_url, "--lang", "en", "print", "receipt", "2570-123456",
                "-o", str(tmp_path / "r.pdf"))
    assert done.returncode == 1
    assert done.stderr == "fondue-desk: there is no complaint 2570-123456\n"


@pytest.mark.parametrize(("lang", "expected"), [
    (None, "fondue-desk: ไม่พบใบสั่งงานเลขที่ 99/2570\n"),
    ("en", "fondue-desk: there is no work order 99/2570\n"),
])
def test_a_missing_work_order(db_url, demo_office, tmp_path, capsys, lang, expected):
    argv = ["--db", db_url, *(["--lang", lang] if lang else []),
            "print", "work-order", "99/2570", "-o", str(tmp_path / "w.pdf")]
    assert main(argv) == 1
    assert capsys.readouterr().err == expected


@pytest.mark.parametrize("lang", [None, "en"])
def test_printing_from_a_database_without_an_office(tmp_path, capsys, lang):
    db_url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    argv = ["--db", db_url, *(["--lang", lang] if lang else []),
            "print", "work-order", "1/2570", "-o", str(tmp_path / "w.pdf")]
    assert main(argv) == 1
    err = capsys.readouterr().err
    _stderr_is_a_sentence(err)
    assert ("fondue-desk init" in err) and (
        "ยังไม่มีสำนักงาน" in err if lang is None else "has no office yet" in err)


@pytest.mark.parametrize(("lang", "expected"), [
    (None, ("fondue-desk: ฐานข้อมูลนี้เป็นของเทศบาลตำบลแม่เหียะ ซึ่งไม่ใช่สำนักงานตัวอย่าง "
           "จึงไม่เพิ่มข้อมูลตัวอย่างให้\n")),
    ("en", ("fondue-desk: this database belongs to เทศบาลตำบลแม่เหียะ, which is not the demo "
           "office; no demo data was added\n")),
])
def test_demo_data_into_a_real_office(db, db_url, demo_office, capsys, lang, expected):
    from fondue_desk.db.models import Office

    with db.write() as session:
        session.get(Office, demo_office.id).is_demo = False
    argv = ["--db", db_url, *(["--lang", lang] if lang else []), "demo", "--complaints", "3"]
    assert main(argv) == 2
    assert capsys.readouterr().err == expected


@pytest.mark.parametrize(("lang", "expected"), [
    (None, "fondue-desk: รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร\n"),
    ("en", "fondue-desk: the password must be at least 8 characters long\n"),
])
def test_a_weak_password_at_set_password(db_url, demo_office, monkeypatch, capsys, lang,
                                         expected):
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    argv = ["--db", db_url, *(["--lang", lang] if lang else []),
            "user", "set-password", "clerk1", "--password-stdin"]
    assert main(argv) == 2
    assert capsys.readouterr().err == expected


@pytest.mark.parametrize("lang", [None, "en"])
def test_bad_init_input_is_worded(tmp_path, lang):
    db_url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    done = _run("--db", db_url, *(["--lang", lang] if lang else []), "init",
                "--config", str(PRESETS / "obt.yaml"), "--admin", "สมชาย",
                "--office-name", "องค์การบริหารส่วนตำบลทดสอบ", "--password-stdin",
                stdin="ร้อยเอ็ด-อาจสามารถ-2570\n")
    assert done.returncode == 2
    _stderr_is_a_sentence(done.stderr)
    assert "username.invalid" not in done.stderr
    assert ("ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก" in done.stderr if lang is None
            else "the user name must be 3–60 lower-case letters" in done.stderr)
