from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from fondue_desk import __version__
from fondue_desk.db.database import Database
from fondue_desk.services import reference
from main import main
from tests.complaint_views import newest_complaints

ROOT = Path(__file__).resolve().parents[2]


def test_version_via_the_real_entry_script():
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"fondue-desk {__version__}"


def test_demo_then_grow_then_print_a_receipt(tmp_path, db_url, capsys):
    assert main(["--db", db_url, "demo", "--complaints", "30"]) == 0
    assert main(["--db", db_url, "demo", "--complaints", "5"]) == 0
    db = Database.open(db_url)
    office = reference.first_office(db)
    logged = newest_complaints(db, office.id, limit=100)
    assert len(logged) == 35
    target = logged[0]
    out = tmp_path / "receipts" / "r.pdf"
    assert main(["--db", db_url, "print", "receipt", target.tracking_no, "-o", str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert target.tracking_no in text
    thermal = tmp_path / "t.pdf"
    assert main(["--db", db_url, "print", "receipt", target.tracking_no, "-o", str(thermal),
                 "--format", "thermal"]) == 0
    width_pt = float(PdfReader(thermal).pages[0].mediabox.width)
    assert width_pt == pytest.approx(80 / 25.4 * 72, abs=1)


def test_unknown_tracking_number_is_a_clear_error(db_url, demo_office, tmp_path, capsys):
    assert main(["--db", db_url, "print", "receipt", "2570-999999", "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == "fondue-desk: ไม่พบเรื่องร้องเรียนเลขที่ 2570-999999\n"
    assert not (tmp_path / "x.pdf").exists()


def test_demo_refuses_a_real_office(db, db_url, demo_office, capsys):
    from fondue_desk.db.models import Office

    with db.write() as session:
        session.get(Office, demo_office.id).is_demo = False
    assert main(["--db", db_url, "demo", "--complaints", "3"]) == 2
    assert "ซึ่งไม่ใช่สำนักงานตัวอย่าง" in capsys.readouterr().err


def test_database_location_defaults_to_env_then_user_data_dir(monkeypatch, tmp_path):
    from fondue_desk.services.bootstrap import resolve_database_url

    assert resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_database_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    monkeypatch.delenv("FONDUE_DESK_DB")
    default = resolve_database_url(None)
    assert default.startswith("sqlite:///") and str(tmp_path / "xdg-data") in default


def test_an_empty_database_stays_empty_until_someone_creates_an_office(db):
    from fondue_desk.services.bootstrap import find_office
    from fondue_desk.services.demo import create_demo_office

    assert find_office(db) is None
    assert find_office(db) is None  # looking never creates a demo
    assert reference.first_office(db) is None
    first = create_demo_office(db, complaints=3, passwords_must_change=False)
    assert create_demo_office(db, complaints=0, only_into_empty=True) is None
    assert find_office(db).id == first.office_id and find_office(db).is_demo
    assert len(newest_complaints(db, first.office_id)) == 3


def test_cli_demo_accounts_sign_in_as_documented_other_demos_must_change(tmp_path, db_url):
    from fondue_desk.services import accounts
    from fondue_desk.services.demo import create_demo_office
    from fondue_desk.services.demo_data import DEMO_PASSWORD, USERS

    assert main(["--db", db_url, "demo", "--complaints", "0"]) == 0
    db = Database.open(db_url)
    for username, *_ in USERS:
        assert accounts.sign_in(db, username, DEMO_PASSWORD).must_change_password is False
    other = Database.open(f"sqlite:///{tmp_path / 'assistant-demo.sqlite3'}")
    create_demo_office(other, complaints=0)  # as the set-up assistant's "try the demo" does
    for username, *_ in USERS:
        assert accounts.sign_in(other, username, DEMO_PASSWORD).must_change_password is True
    db.close()
    other.close()


def test_user_set_password_from_stdin_is_the_way_back_in_for_a_locked_out_admin(
        db, db_url, demo_office, monkeypatch, capsys):
    import io

    from fondue_desk.domain.errors import PermissionDenied
    from fondue_desk.domain.passwords import LOCKOUT_THRESHOLD
    from fondue_desk.services import accounts

    for _ in range(LOCKOUT_THRESHOLD):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(db, "admin", "forgotten")
    monkeypatch.setattr("sys.stdin", io.StringIO("กู้คืน-ระบบ-2569\n"))
    assert main(["--db", db_url, "user", "set-password", "admin", "--password-stdin"]) == 0
    assert "admin" in capsys.readouterr().out
    signed_in = accounts.sign_in(db, "admin", "กู้คืน-ระบบ-2569")
    assert signed_in.user.username == "admin"
    assert signed_in.must_change_password is True


def test_user_set_password_applies_the_password_rules(db, db_url, demo_office, monkeypatch,
                                                      capsys):
    import io

    from fondue_desk.services import accounts

    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--db", db_url, "user", "set-password", "clerk1", "--password-stdin"]) == 2
    assert capsys.readouterr().err == "fondue-desk: รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร\n"
    assert accounts.sign_in(db, "clerk1", "demo1234").must_change_password is False


def test_user_set_password_asks_twice_and_refuses_two_different_answers(
        db, db_url, demo_office, monkeypatch, capsys):
    from fondue_desk.services import accounts

    answers = iter(["ทดลองใหม่-1234", "ทดลองใหม่-1235"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["--db", db_url, "user", "set-password", "clerk1"]) == 2
    assert "differ" in capsys.readouterr().err
    accounts.sign_in(db, "clerk1", "demo1234")  # unchanged

    answers = iter(["ทดลองใหม่-1234", "ทดลองใหม่-1234"])
    assert main(["--db", db_url, "user", "set-password", "clerk1"]) == 0
    assert accounts.sign_in(db, "clerk1", "ทดลองใหม่-1234").must_change_password is True


def test_user_set_password_for_an_unknown_user(db_url, demo_office, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("ทดลองใหม่-1234\n"))
    assert main(["--db", db_url, "user", "set-password", "nobody", "--password-stdin"]) == 1
    assert capsys.readouterr().err == "fondue-desk: ไม่พบผู้ใช้ nobody\n"


def test_user_set_password_through_the_real_entry_script(db, db_url, demo_office):
    from fondue_desk.services import accounts

    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, "user", "set-password", "mayor",
         "--password-stdin"], input="นายกฯ-ลงนาม-2569\n", capture_output=True, text=True,
        encoding="utf-8", timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert accounts.sign_in(db, "mayor", "นายกฯ-ลงนาม-2569").user.username == "mayor"
