"""`fondue-desk export open311 --out DIR`: the files, the filters, and refusals that write
nothing."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from fondue_desk.db.models import Category
from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.domain.statuses import OPEN_STATUSES
from fondue_desk.services import demo, register
from main import main


@pytest.fixture
def office(db, demo_office):
    demo.add_demo_complaints(db, demo_office.id, 120)
    return demo_office


def _ids(folder) -> list[str]:
    requests = json.loads((folder / "requests.json").read_text(encoding="utf-8"))
    return [r["service_request_id"] for r in requests]


def test_the_whole_register_is_written_as_json_and_xml(db, db_url, office, tmp_path, capsys):
    out = tmp_path / "open311"
    assert main(["--db", db_url, "export", "open311", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("เขียนแฟ้ม Open311 แล้ว: 120 เรื่อง ")
    names = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {"services.json", "services.xml", "requests.json", "requests.xml"} <= names
    codes = [s["service_code"] for s in json.loads((out / "services.json").read_text("utf-8"))]
    assert {f"services/{c}.{ext}" for c in codes for ext in ("json", "xml")} <= names
    assert _ids(out) == [r.tracking_no for r in register.iter_rows(db, office.id,
                                                                   RegisterFilter(), Sort())]


def test_filters_pick_the_requests(db, db_url, office, tmp_path, capsys):
    with db.read() as session:
        category_id, code = session.execute(select(Category.id, Category.code).where(
            Category.office_id == office.id).order_by(Category.id)).first()
    out = tmp_path / "open"
    assert main(["--db", db_url, "export", "open311", "--out", str(out), "--status", "open",
                 "--category", code, "--from", "2500-01-01", "--to", "2600-12-31",
                 "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Wrote the Open311 files: ")
    expected = RegisterFilter(statuses=frozenset(OPEN_STATUSES),
                              category_ids=frozenset({category_id}))
    assert _ids(out) == [r.tracking_no for r in register.iter_rows(db, office.id, expected)]
    requests = json.loads((out / "requests.json").read_text("utf-8"))
    assert {r["status"] for r in requests} <= {"open"}
    # English names for the statuses in the notes.
    assert all(not any("\u0e00" <= ch <= "\u0e7f" for ch in r["status_notes"].split(" — ")[0])
               for r in requests)
    both = tmp_path / "two"
    assert main(["--db", db_url, "export", "open311", "--out", str(both),
                 "--status", "forwarded,rejected"]) == 0
    assert _ids(both) == [r.tracking_no for r in register.iter_rows(
        db, office.id, RegisterFilter(statuses=frozenset({"forwarded", "rejected"})))]


@pytest.mark.parametrize(("args", "words"), [
    (["--status", "done"], "ไม่รู้จักสถานะ “done”"),
    (["--category", "no-such"], "ไม่พบประเภทเรื่องรหัส “no-such” ของสำนักงาน"),
    (["--from", "2026-12-01", "--to", "2026-11-01"],
     "วันเริ่มต้น 2026-12-01 อยู่หลังวันสิ้นสุด 2026-11-01"),
])
def test_a_wrong_filter_is_refused_in_words_and_writes_nothing(db_url, office, tmp_path, capsys,
                                                               args, words):
    out = tmp_path / "nothing"
    assert main(["--db", db_url, "export", "open311", "--out", str(out), *args]) == 2
    assert words in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())


def test_a_file_is_not_a_folder(db_url, office, tmp_path, capsys):
    file = tmp_path / "x.json"
    file.write_text("{}", encoding="utf-8")
    assert main(["--db", db_url, "export", "open311", "--out", str(file), "--lang", "en"]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert file.read_text(encoding="utf-8") == "{}"


def test_a_buddhist_era_day_is_read_as_such(db, db_url, office, tmp_path):
    newest = register.fetch(db, office.id, RegisterFilter(), limit=1)[0]
    day = newest.received_at.date()
    be = f"{day.year + 543}-{day:%m-%d}"
    out = tmp_path / "day"
    assert main(["--db", db_url, "export", "open311", "--out", str(out), "--from", be,
                 "--to", be]) == 0
    assert newest.tracking_no in _ids(out)
    assert _ids(out) == [r.tracking_no for r in register.iter_rows(
        db, office.id, RegisterFilter(received_from=day, received_to=day))]
