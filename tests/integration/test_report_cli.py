"""`fondue-desk report monthly`: the PDF and the workbook written from the command line, and
its refusals worded as sentences (real CLI runs against real SQLite files)."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from fondue_desk.services import reference
from main import main
from tests.integration.test_council_report import load
from tests.pdf_text import contains, pdf_text


@pytest.fixture
def office(db):
    load(db)  # the hand-counted November of test_council_report
    return reference.first_office(db)


def test_the_pdf_and_the_workbook_beside_it(db, db_url, office, tmp_path, capsys):
    pdf, xlsx = tmp_path / "out" / "council-2569-11.pdf", tmp_path / "figures.xlsx"
    assert main(["--db", db_url, "report", "monthly", "--month", "2569-11", "-o", str(pdf),
                 "--xlsx", str(xlsx)]) == 0
    said = capsys.readouterr().out
    assert f"wrote {pdf}" in said and f"wrote {xlsx}" in said
    text = pdf_text(pdf.read_bytes())
    assert contains(text, office.name)
    assert contains(text, "ประจำเดือนพฤศจิกายน 2569")
    book = load_workbook(xlsx, read_only=True)
    received = next(r for r in book["ตัวเลขสรุป"].iter_rows(values_only=True)
                    if r and r[0] == "เรื่องที่รับ")
    assert received[1:3] == (5, 7)
    book.close()
    assert not list(tmp_path.rglob("*.part"))


def test_an_xlsx_output_alone(db_url, office, tmp_path):
    out = tmp_path / "november.XLSX"
    assert main(["--db", db_url, "report", "monthly", "--month", "2569-11", "-o", str(out)]) == 0
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["ตัวเลขสรุป", "รายการเรื่อง"]
    book.close()


@pytest.mark.parametrize(("args", "lang", "expected"), [
    (["--month", "2026-11"], None,
     "“2026-11” ไม่ใช่เดือนที่ใช้ได้ กรุณาระบุปี พ.ศ. และเดือน เช่น 2569-11 (พฤศจิกายน 2569)"),
    (["--month", "2569-13"], "en",
     ("“2569-13” is not a month: give the Buddhist Era year and the month, e.g. 2569-11 "
      "(November 2569)")),
    (["--month", "2570-05"], "en", "month 2570-05 has not come yet, so it has no report"),
])
def test_a_bad_month_is_refused_in_a_sentence(db_url, office, tmp_path, capsys, args, lang,
                                              expected):
    out = tmp_path / "r.pdf"
    argv = ["--db", db_url, *(["--lang", lang] if lang else []), "report", "monthly", *args,
            "-o", str(out)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("fondue-desk: ") and expected in err, err
    assert not out.exists()


def test_an_unknown_output_kind_is_refused_before_anything_is_written(db_url, office,
                                                                      tmp_path, capsys):
    pdf, other = tmp_path / "r.pdf", tmp_path / "r.docx"
    assert main(["--db", db_url, "--lang", "en", "report", "monthly", "--month", "2569-11",
                 "-o", str(pdf), "--xlsx", str(other)]) == 2
    err = capsys.readouterr().err
    assert f"cannot tell what to write to {other}" in err
    assert not pdf.exists() and not other.exists()

