"""`fondue-desk import traffy`: dry run, a mapping file remembered, the report, exit codes."""
from __future__ import annotations

from sqlalchemy import func, select

from fondue_desk.db.models import Complaint, TraffyTypeMapping
from main import main

from .traffy_files import PUBLIC_HEADER, SAMPLE, public_row, write


def _count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Complaint))


def test_unmapped_types_are_listed_and_nothing_written(db, db_url, demo_office, capsys):
    assert main(["--db", db_url, "import", "traffy", str(SAMPLE), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Traffy types with no category yet" in err and "ถนน\t398" in err
    assert "line 572: no ticket id" in err
    assert _count(db) == 0


def test_dry_run_then_import_with_a_mapping_file(db, db_url, demo_office, tmp_path, capsys):
    rows = [public_row("2023-CLI001"), public_row("2023-CLI002", types="{ทางเท้า}",
                                                    state="ปิดงานแล้ว"),
            public_row("2023-CLI003", coords='"1,2"')]
    path = write(tmp_path / "t.csv", PUBLIC_HEADER, rows)
    mapping = tmp_path / "m.yaml"
    mapping.write_text("types:\n  ถนน: 1\n  ทางเท้า: 2\nstates:\n  ปิดงานแล้ว: finished\n",
                       encoding="utf-8")
    report = tmp_path / "r.csv"
    args = ["--db", db_url, "import", "traffy", str(path), "--mapping", str(mapping)]
    assert main([*args, "--dry-run", "--report", str(report)]) == 1
    out = capsys.readouterr()
    assert "ทั้งหมด 3 แถว: ใหม่ 2" in out.out and "บรรทัด 4: พิกัดอยู่นอกประเทศไทย" in out.err
    assert report.read_text(encoding="utf-8-sig").splitlines()[1].startswith("4,")
    assert _count(db) == 0
    assert main(args) == 1
    assert "เพิ่ม 2" in capsys.readouterr().out
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(TraffyTypeMapping)) == 2
        statuses = sorted(session.scalars(select(Complaint.status)))
    assert statuses == ["closed", "received"]
    # Remembered: the next run needs no mapping file and changes nothing.
    assert main(["--db", db_url, "import", "traffy", str(path)]) == 1
    assert "เพิ่ม 0 ปรับปรุง 0 เหมือนเดิม 2" in capsys.readouterr().out


def test_a_bad_mapping_file_is_refused(db_url, demo_office, tmp_path, capsys):
    mapping = tmp_path / "m.json"
    mapping.write_text('{"types": {"ถนน": "no such category"}}', encoding="utf-8")
    assert main(["--db", db_url, "--lang", "en", "import", "traffy", str(SAMPLE),
                 "--mapping", str(mapping)]) == 2
    assert "no category “no such category”" in capsys.readouterr().err
