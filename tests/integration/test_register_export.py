from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.interop.register_export import HEADERS, export_register
from fondue_desk.services import demo, reference, register
from fondue_desk.services.intake import ComplaintInput, log_complaint


@pytest.fixture
def office(db, demo_office, clerk):
    demo.add_demo_complaints(db, demo_office.id, 1200)
    category = reference.active_categories(db, demo_office.id)[0]
    log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="=HYPERLINK(\"http://x\") ไฟฟ้าดับ",
        complainant_name="นางสมศรี ใจดี", phone="0812345678"))
    return demo_office


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_matches_the_view_with_thai_headers_and_both_dates(db, office, tmp_path, fmt):
    flt = RegisterFilter(text="ไฟฟ้า")
    target = tmp_path / f"register.{fmt}"
    seen = []
    result = export_register(db, office.id, flt, Sort(), target, fmt, progress=lambda d, t: seen.append((d, t)))
    expected = [r.tracking_no for r in register.iter_rows(db, office.id, flt, Sort())]
    if fmt == "csv":
        with open(target, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    else:
        rows = [[("" if v is None else str(v)) for v in r]
                for r in load_workbook(target, read_only=True).active.iter_rows(values_only=True)]
    assert tuple(rows[0]) == HEADERS
    assert [r[0] for r in rows[1:]] == expected and result.rows == len(expected)
    first = rows[1]
    assert " 25" in first[1] or "25" in first[1]  # BE year text, e.g. "25 พฤศจิกายน 2569 ..."
    assert first[2][:4].isdigit() and int(first[2][:4]) < 2500  # ISO date in CE
    injected = next(r for r in rows[1:] if "HYPERLINK" in r[-1])
    if fmt == "csv":
        assert injected[-1].startswith("'=")  # a CSV cell cannot say "text": defuse it
    else:
        sheet = load_workbook(target).active
        cell = next(c for c in sheet["R"] if "HYPERLINK" in str(c.value))
        assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert injected[11] == "081-XXX-5678"
    assert seen[-1] == (len(expected), len(expected))


def test_cancelling_leaves_no_file(db, office, tmp_path):
    target = tmp_path / "all.xlsx"
    result = export_register(db, office.id, RegisterFilter(), Sort(), target, "xlsx",
                             is_cancelled=lambda: True)
    assert result.cancelled and result.path is None
    assert list(tmp_path.glob("*.xlsx")) == []


def test_contacts_only_when_asked(db, office, tmp_path):
    target = tmp_path / "c.csv"
    export_register(db, office.id, RegisterFilter(text="สมศรี ใจดี"), Sort(), target, "csv",
                    include_contacts=True)
    with open(target, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert "081-234-5678" in {r[11] for r in rows[1:]}
