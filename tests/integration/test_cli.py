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
                          capture_output=True, text=True, timeout=60)
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
    assert "complaint.not_found" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_demo_refuses_a_real_office(db, db_url, demo_office, capsys):
    from fondue_desk.db.models import Office

    with db.write() as session:
        session.get(Office, demo_office.id).is_demo = False
    assert main(["--db", db_url, "demo", "--complaints", "3"]) == 2
    assert "demo.not_demo_office" in capsys.readouterr().err


def test_database_location_defaults_to_env_then_user_data_dir(monkeypatch, tmp_path):
    from fondue_desk.services.bootstrap import resolve_database_url

    assert resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_database_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    monkeypatch.delenv("FONDUE_DESK_DB")
    default = resolve_database_url(None)
    assert default.startswith("sqlite:///") and str(tmp_path / "xdg-data") in default


def test_first_start_creates_one_demo_office_and_later_starts_keep_it(db):
    from fondue_desk.services.bootstrap import ensure_office
    from fondue_desk.services.demo import create_demo_office

    first = ensure_office(db, demo_complaints=3)
    assert first.is_demo
    assert create_demo_office(db, complaints=0, only_into_empty=True) is None
    assert ensure_office(db) == first
    assert len(newest_complaints(db, first.id)) == 3
