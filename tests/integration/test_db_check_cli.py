"""`fondue-desk db check` as a desk runs it, and the warning every other command prints
before it uses an SQLite file on a network share."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from fondue_desk.commands.db_check_texts import TEXTS, report_lines, text
from fondue_desk.db.migrate import head_revision
from fondue_desk.services import db_check
from fondue_desk.services.db_check import CheckReport, Problem

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=120, check=False, cwd=ROOT,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_all_well_in_thai_exit_0(db_url, demo_office):
    done = _cli("--db", db_url, "db", "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"เชื่อมต่อได้ ไม่พบปัญหา: {db_url}",
        f"sqlite รุ่น {__import__('sqlite3').sqlite_version}",
        f"โครงสร้างข้อมูลรุ่น {head_revision()} (ตรงกับโปรแกรมนี้)",
        "จำนวนสำนักงาน 1",
    ]


def test_problems_in_english_on_stderr_exit_1(tmp_path):
    path = tmp_path / "missing.sqlite3"
    done = _cli("--lang", "en", "--db", str(path), "db", "check")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"the database sqlite:///{path} has problems:",
        (f"- there is no database file at {path}: on a first start the app creates it; "
        "otherwise check --db or FONDUE_DESK_DB"),
    ]
    assert not path.exists()


def test_every_problem_is_worded_in_both_languages():
    codes = {value for name, value in vars(db_check).items()
             if name.isupper() and isinstance(value, str) and name not in {"PG_TRGM"}}
    assert len(codes) == 17
    for lang in ("th", "en"):
        assert codes <= TEXTS[lang].keys()
        for code in codes:
            line = text(lang, code, detail="DETAIL", head="0007")
            assert "?" not in line.replace("?uri", "") and "{" not in line
            if code != db_check.NO_PG_TRGM:
                assert "DETAIL" in line, (lang, code)
    assert TEXTS["th"].keys() == TEXTS["en"].keys()


def test_an_older_schema_names_the_revision_this_desk_needs():
    report = CheckReport("sqlite:////x.sqlite3", "sqlite",
                         (Problem(db_check.SCHEMA_OLDER, "0005"),), head="0007")
    assert report_lines("en", report)[1] == (
        "- the database structure is older (0005, this desk needs 0007): start this version "
        "of Fondue Desk once, or run fondue-desk db upgrade, to upgrade it")


def test_offices_are_counted_with_grouping():
    report = CheckReport("postgresql+psycopg://desk@srv/fondue", "postgresql", (),
                         server_version="16.4", revision="0007", head="0007", offices=1234)
    assert report_lines("en", report) == [
        "connected, no problems: postgresql+psycopg://desk@srv/fondue",
        "postgresql 16.4", "schema revision 0007 (matches this desk)", "offices: 1,234"]


@pytest.mark.parametrize(("lang", "start"), [
    (None, "fondue-desk: คำเตือน: ไฟล์ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย"),
    ("en", "fondue-desk: warning: the database file is on a network share"),
])
def test_other_commands_warn_about_a_network_share(db_url, demo_office, monkeypatch, capsys,
                                                   tmp_path, lang, start):
    monkeypatch.setattr(db_check, "network_share_reason",
                        lambda path: "cifs //nas/office on /mnt/office")
    args = (["--lang", lang] if lang else []) + [
        "--db", db_url, "print", "receipt", "2570-999999", "-o", str(tmp_path / "r.pdf")]
    assert main.main(args) == 1  # no such complaint: the command itself still runs
    warning = capsys.readouterr().err.splitlines()[0]
    assert warning.startswith(start)
    assert "cifs //nas/office on /mnt/office" in warning and "PostgreSQL" in warning


def test_a_local_file_gets_no_warning(db_url, demo_office, capsys, tmp_path):
    main.main(["--db", db_url, "print", "receipt", "2570-999999", "-o", str(tmp_path / "r.pdf")])
    assert "คำเตือน" not in capsys.readouterr().err


def _at_revision(url: str, revision: str) -> None:
    import sqlalchemy as sa
    from alembic import command

    from fondue_desk.db.migrate import alembic_config

    engine = sa.create_engine(url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_upgrade_brings_an_older_database_to_head_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    _at_revision(url, "0005")
    done = _cli("--lang", "en", "--db", url, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"the database structure was upgraded from 0005 to {head_revision()}")
    assert db_check.check_database(url).ok
    again = _cli("--db", url, "db", "upgrade")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        f"โครงสร้างข้อมูลเป็นรุ่นล่าสุดอยู่แล้ว ({head_revision()}) ไม่มีการเปลี่ยนแปลง")


def test_upgrade_refuses_a_newer_database_and_changes_nothing(db_url, demo_office):
    import sqlalchemy as sa

    engine = sa.create_engine(db_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
    done = _cli("--lang", "en", "--db", db_url, "db", "upgrade")
    assert done.returncode == 1
    assert "update Fondue Desk on this PC" in done.stderr
    with engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT version_num FROM alembic_version").scalar_one() == "0099_future"
    engine.dispose()


def test_upgrade_of_an_unreachable_server_says_why():
    done = _cli("--lang", "en", "--db", "postgresql+psycopg://desk@127.0.0.1:1/fondue",
                "db", "upgrade")
    assert done.returncode == 1
    assert "refused the connection" in done.stderr


def test_upgrade_builds_an_empty_postgresql_database(pg_url):
    done = _cli("--lang", "en", "--db", pg_url, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"the new database's tables were created (schema {head_revision()})")
    check = _cli("--lang", "en", "--db", pg_url, "db", "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.splitlines()[-1] == "offices: 0"
