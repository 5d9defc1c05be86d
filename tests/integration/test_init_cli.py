"""`fondue-desk init` and `fondue-desk config export|import` as an admin would type them."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fondue_desk.config import list_presets
from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Office, User
from fondue_desk.services import accounts, reference
from main import main

ROOT = Path(__file__).resolve().parents[2]
PRESETS = ROOT / "resources" / "presets"
PASSWORD = "ร้อยเอ็ด-อาจสามารถ-2570"


def _init(db_url: str, *args: str, password: str = PASSWORD, lang: str | None = None
          ) -> subprocess.CompletedProcess:
    command = [sys.executable, str(ROOT / "main.py"), "--db", db_url]
    command += ["--lang", lang] if lang else []
    return subprocess.run([*command, "init", *args], input=password + "\n", capture_output=True,
                          text=True, timeout=120, check=False, cwd=ROOT)


def _count(db_url: str, model) -> int:
    db = Database.open(db_url)
    try:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        db.close()


@pytest.mark.parametrize("preset", [p.key for p in list_presets()])
def test_init_from_each_preset_in_a_subprocess(tmp_path, preset):
    db_url = f"sqlite:///{tmp_path / preset}.sqlite3"
    done = _init(db_url, "--config", str(PRESETS / f"{preset}.yaml"), "--admin", "Somchai",
                 "--password-stdin", "--full-name", "นายสมชาย ใจดี",
                 "--office-name", "เทศบาลตำบลอาจสามารถ")
    assert done.returncode == 0, done.stderr
    assert "เทศบาลตำบลอาจสามารถ" in done.stdout and "somchai" in done.stdout
    db = Database.open(db_url)
    office = reference.first_office(db)
    assert office.name == "เทศบาลตำบลอาจสามารถ" and not office.is_demo
    assert len(reference.active_categories(db, office.id)) >= 15
    signed_in = accounts.sign_in(db, "somchai", PASSWORD)
    assert signed_in.user.role == "admin" and not signed_in.must_change_password
    db.close()


def test_bad_input_exits_2_with_thai_messages_and_writes_nothing(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    done = _init(db_url, "--config", str(PRESETS / "obt.yaml"), "--admin", "somchai",
                 "--password-stdin", password="1234")
    assert done.returncode == 2
    assert "ไม่ได้บันทึกสิ่งใด" in done.stderr
    assert "บรรทัด 6: ต้องกรอก name" in done.stderr                 # office: is on line 6
    assert "รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร" in done.stderr
    assert "--office-name" in done.stderr
    assert _count(db_url, Office) == 0 and _count(db_url, User) == 0


def test_a_broken_file_is_named_line_by_line_in_english_too(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text((PRESETS / "tessaban-tambon.yaml").read_text(encoding="utf-8").replace(
        "sla_days: 3\n", "sla_days: 0\n", 1).replace('"#f9a825"', '"yellow"'), encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    done = _init(db_url, "--config", str(broken), "--admin", "somchai", "--password-stdin",
                 "--office-name", "เทศบาลตำบลอาจสามารถ", lang="en")
    assert done.returncode == 2
    lines = broken.read_text(encoding="utf-8").splitlines()
    colour_line = next(i for i, line in enumerate(lines, 1) if '"yellow"' in line)
    assert f'line {colour_line}: colour must be a quoted colour like "#1e88e5"' in done.stderr
    assert f"line {colour_line + 1}: sla_days must be a whole number 1–365" in done.stderr
    assert _count(db_url, Office) == 0


def test_a_second_init_is_refused(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    args = ("--config", str(PRESETS / "obt.yaml"), "--admin", "somchai", "--password-stdin",
            "--office-name", "อบต.หนองแวง")
    assert _init(db_url, *args).returncode == 0
    again = _init(db_url, *args)
    assert again.returncode == 2 and "มีสำนักงานอยู่แล้ว" in again.stderr
    assert _count(db_url, Office) == 1


def test_config_export_then_import_dry_run_then_import(tmp_path, db_url, demo_office, capsys,
                                                       monkeypatch):
    exported = tmp_path / "office.yaml"
    assert main(["--db", db_url, "config", "export", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8")
    assert main(["--db", db_url, "config", "import", str(exported)]) == 0
    assert "ไม่มีสิ่งใดต้องเปลี่ยน" in capsys.readouterr().out
    sla_line = next(line for line in text.splitlines() if "sla_days:" in line)
    exported.write_text(text.replace(sla_line, "    sla_days: 45", 1), encoding="utf-8")

    assert main(["--db", db_url, "--lang", "en", "config", "import", str(exported),
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would change (nothing written, --dry-run):" in out and "(sla_days)" in out
    check = tmp_path / "check.yaml"
    assert main(["--db", db_url, "config", "export", str(check)]) == 0
    assert check.read_text(encoding="utf-8") == text

    assert main(["--db", db_url, "config", "import", str(exported)]) == 0
    assert "เปลี่ยนแล้วดังนี้:" in capsys.readouterr().out
    db = Database.open(db_url)
    with db.read() as session:
        assert 45 in session.scalars(select(Category.sla_days)).all()
    db.close()


def test_config_import_of_a_broken_file_changes_nothing(tmp_path, db_url, demo_office, capsys):
    exported = tmp_path / "office.yaml"
    assert main(["--db", db_url, "config", "export", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8")
    broken = text.replace("  - code: moo-2\n", "  - code: moo-1\n").replace(
        "schema_version: 1\n", "schema_version: 1\nunknown_section: 1\n")
    exported.write_text(broken, encoding="utf-8")
    assert main(["--db", db_url, "config", "import", str(exported)]) == 2
    err = capsys.readouterr().err
    assert "บรรทัด 5: ไม่รู้จักหัวข้อ unknown_section" in err
    assert "code ซ้ำกับรายการที่ 1" in err
    check = tmp_path / "check.yaml"
    assert main(["--db", db_url, "config", "export", str(check)]) == 0
    assert check.read_text(encoding="utf-8") == text


def test_export_to_standard_output(db_url, demo_office, monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["--db", db_url, "config", "export", "-"]) == 0
    assert out.getvalue().startswith("# Fondue Desk") and "name: เทศบาลตำบลแม่เหียะ" in (
        out.getvalue())


def test_init_from_an_exported_file_rebuilds_the_same_office(tmp_path, db_url, demo_office):
    exported = tmp_path / "office.yaml"
    assert main(["--db", db_url, "config", "export", str(exported)]) == 0
    new_url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    done = _init(new_url, "--config", str(exported), "--admin", "somchai", "--password-stdin")
    assert done.returncode == 0, done.stderr
    again = tmp_path / "again.yaml"
    assert main(["--db", new_url, "config", "export", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()
