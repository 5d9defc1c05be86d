"""The monthly council report against a small register counted by hand: the figures the
service gathers, the PDF read back, and the Excel workbook read back.

November 2026 (พฤศจิกายน 2569) in fiscal year 2570, the data as of 6 December 2026.
Counted by hand from ROWS below:
- November: received 5 (nos. 3–7; no. 8 is a duplicate of no. 3 and counts nowhere),
  closed 2 (3, 6), open 2 (4, 5); closed in November 3 (2, 3, 6), within time 2 (no. 2 was
  late) = 66.7 %; days to close 13, 3, 1.5 → median 3, 90th percentile 3 + 0.8 × 10 = 11;
  reopened 1 (no. 6); overdue on 6 December 2 (no. 4 of the first crew, no. 5 of no crew).
- Fiscal year to date (1 October – 30 November 2026): received 7 (1–7), closed in it 5
  (9, 1, 2, 3, 6), within time 4 = 80.0 %. October: received 2, closed 2, within 2.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, Office
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import council_report, demo, reference
from tests.pdf_text import contains, normalise_extracted, pdf_text

TODAY = date(2026, 12, 6)


def thai(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=THAI_TZ)


# no, received (Thai), category, village, channel, status, crew, due, closed (Thai), reopened,
# parent (no)
ROWS = [
    (1, "2026-10-10 09:00", "A", 1, "counter", "closed", None, "2026-10-15",
     "2026-10-12 10:00", 0, None),
    (2, "2026-10-20 09:00", "B", 2, "traffy", "closed", None, "2026-10-25", "2026-11-02 09:00",
     0, None),
    (3, "2026-11-01 08:00", "A", 1, "counter", "closed", None, "2026-11-05", "2026-11-04 08:00",
     0, None),
    (4, "2026-11-03 08:00", "A", 2, "phone", "in_progress", 1, "2026-11-10", None, 0, None),
    (5, "2026-11-10 08:00", "B", None, "traffy", "received", None, "2026-11-20", None, 0, None),
    (6, "2026-11-15 08:00", "B", 1, "counter", "closed", None, None, "2026-11-16 20:00", 1, None),
    (7, "2026-11-20 08:00", "A", 1, "letter", "forwarded", None, None, None, 0, None),
    (8, "2026-11-25 08:00", "A", 1, "counter", "closed", None, "2026-11-30", "2026-11-26 08:00",
     0, 3),
    (9, "2026-09-30 10:00", "A", 2, "counter", "closed", None, "2026-10-05", "2026-10-01 10:00",
     0, None),
    (10, "2026-12-01 08:00", "A", 1, "counter", "received", None, "2026-12-10", None, 0, None),
]


def load(db: Database) -> int:
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    clerk = reference.default_counter_user(db, office.id)
    categories = reference.active_categories(db, office.id)[:2]
    villages = sorted(reference.villages(db, office.id), key=lambda v: v.number)[:2]
    crews = reference.active_crews(db, office.id)[:1]
    cats = {"A": categories[0].id, "B": categories[1].id}
    village_ids = {1: villages[0].id, 2: villages[1].id, None: None}
    ids: dict[int, int] = {}
    with db.write() as session:
        for (no, received, cat, village, channel, status, crew, due, closed, reopened,
             parent) in ROWS:
            complaint = Complaint(
                office_id=office.id, tracking_no=f"T-{no}", fiscal_year=2570, seq=no,
                received_at=thai(received), channel=channel, category_id=cats[cat],
                village_id=village_ids[village], description=f"เรื่องที่ {no}", status=status,
                clerk_id=clerk.id, crew_id=crews[0].id if crew else None,
                due_date=date.fromisoformat(due) if due else None,
                closed_at=thai(closed) if closed else None, reopen_count=reopened,
                parent_id=ids[parent] if parent else None)
            session.add(complaint)
            session.flush()
            ids[no] = complaint.id
    return office.id


@pytest.fixture(params=["sqlite", "postgresql"])
def both(request):
    """The register on SQLite and on PostgreSQL: the same figures from both."""
    if request.param == "sqlite":
        yield request.getfixturevalue("db")
        return
    db = Database.open(request.getfixturevalue("pg_url"))
    yield db
    db.close()


@pytest.fixture
def office_id(both) -> int:
    return load(both)


def test_the_figures_are_the_hand_counted_ones(both, office_id):
    data = council_report.report_data(both, office_id, 2026, 11, today=TODAY)
    m, y = data.month_figures, data.year_figures
    assert (m.received, m.closed, m.open) == (5, 2, 2)
    assert (m.closed_in_period, m.closed_within_sla) == (3, 2)
    assert (m.close_days_median, m.close_days_p90) == (3.0, 11.0)
    assert (m.reopened, m.overdue) == (1, 2)
    assert {c.channel: c.count for c in m.by_channel if c.count} == {
        "counter": 2, "phone": 1, "traffy": 1, "letter": 1}
    assert (y.received, y.closed_in_period, y.closed_within_sla) == (7, 5, 4)
    assert [(f.period.start.month, f.received, f.closed_in_period, f.closed_within_sla)
            for f in data.year_months] == [(10, 2, 2, 2), (11, 5, 3, 2)]
    assert data.fiscal_year_be == 2570 and data.month_name == "พฤศจิกายน 2569"
    assert data.year_figures.period.start == date(2026, 10, 1)
    assert data.year_figures.period.end == date(2026, 11, 30)


def test_the_pdf_says_the_office_the_month_and_the_figures(both, office_id):
    pdf = council_report.report_pdf(both, office_id, 2026, 11, today=TODAY)
    text = pdf_text(pdf)
    office = reference.office(both, office_id)
    assert contains(text, office.name)
    assert contains(text, "รายงานผลการดำเนินงานเรื่องร้องเรียน ประจำเดือนพฤศจิกายน 2569")
    assert contains(text, "ข้อมูล ณ วันที่ 6 ธันวาคม 2569")
    assert contains(text, "รายงานสรุปผลการจัดการเรื่องร้องเรียน ประจำปีงบประมาณ 2570")
    flat = " ".join(normalise_extracted(text).split())
    # The headline lines: read as the table prints them (label, then the value).
    assert contains(flat, "ปิดเรื่องในช่วงเวลานี้ (รวมเรื่องที่รับก่อนหน้า) 3 เรื่อง "
                          "ปิดเรื่องภายในระยะเวลาที่กำหนด 2 เรื่อง "
                          "ร้อยละที่ปิดภายในระยะเวลาที่กำหนด 66.7")
    assert contains(flat, "ปิดเรื่องในช่วงเวลานี้ (รวมเรื่องที่รับก่อนหน้า) 5 เรื่อง "
                          "ปิดเรื่องภายในระยะเวลาที่กำหนด 4 เรื่อง "
                          "ร้อยละที่ปิดภายในระยะเวลาที่กำหนด 80.0")
    assert contains(flat, "ค่ามัธยฐาน 3 วัน")
    assert contains(flat, "เปอร์เซ็นไทล์ที่ 90 11 วัน")
    # Section 3, month by month and the total: received, closed, within, per cent.
    assert contains(flat, "ตุลาคม 2569 2 2 2 100.0")
    assert contains(flat, "พฤศจิกายน 2569 5 3 2 66.7")
    assert contains(flat, "รวม 7 5 4 80.0")
    pages = flat.count("หน้า ")
    assert pages >= 3 and contains(flat, f"หน้า {pages}/{pages}")


def test_thai_digits_when_the_office_prints_them(both, office_id):
    with both.write() as session:
        session.get(Office, office_id).thai_digits = True
    text = pdf_text(council_report.report_pdf(both, office_id, 2026, 11, today=TODAY))
    assert contains(text, "ประจำเดือนพฤศจิกายน ๒๕๖๙")
    assert contains(text, "ที่ปิดภายในระยะเวลาที่กำหนด ๖๖.๗")
    assert "2569" not in normalise_extracted(text)


def test_the_workbook_holds_the_figures_and_the_rows(both, office_id, tmp_path):
    path = council_report.report_xlsx(both, office_id, 2026, 11, tmp_path / "report.xlsx",
                                      today=TODAY)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["ตัวเลขสรุป", "รายการเรื่อง"]
    figures = [tuple(r) for r in book["ตัวเลขสรุป"].iter_rows(values_only=True)]
    by_label = {r[0]: r[1:] for r in figures if r and r[0]}
    assert by_label["เรื่องที่รับ"][:2] == (5, 7)
    assert by_label["ปิดเรื่องภายในระยะเวลาที่กำหนด"][:2] == (2, 4)
    assert by_label["ร้อยละที่ปิดภายในระยะเวลาที่กำหนด"][:2] == (66.7, 80.0)
    assert by_label["ระยะเวลาดำเนินการ เปอร์เซ็นไทล์ที่ 90 (วัน)"][:1] == (11.0,)
    assert by_label["ตุลาคม 2569"][:4] == (2, 2, 2, 100.0)
    assert by_label["รวม"][:4] == (7, 5, 4, 80.0)
    rows = list(book["รายการเรื่อง"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[0] == "เลขที่รับเรื่อง"
    # Received or closed from 1 October to 30 November, parents only: 1–7 and 9.
    assert sorted(r[0] for r in body) == sorted(f"T-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 9))
    late = next(r for r in body if r[0] == "T-2")
    column = dict(zip(header, late))
    assert column["วันที่รับเรื่อง (พ.ศ.)"] == "20 ตุลาคม 2569 เวลา 09:00 น."
    assert column["วันที่รับเรื่อง (ISO)"] == "2026-10-20T09:00+07:00"
    assert column["เดือนที่รับ"] == "ตุลาคม 2569"
    assert column["วันที่ปิดเรื่อง (พ.ศ.)"] == "2 พฤศจิกายน 2569 เวลา 09:00 น."
    assert column["จำนวนวันดำเนินการ"] == 13.0
    assert column["ปิดภายในกำหนด"] == "ไม่ใช่"
    assert column["ช่องทาง"] == "Traffy Fondue"
    book.close()


def test_a_month_is_read_as_buddhist_era_and_checked():
    assert council_report.parse_month("2569-11") == (2026, 11)
    assert council_report.parse_month(" 2570/1 ") == (2027, 1)
    for bad in ("2026-11", "2569-13", "2569-0", "พฤศจิกายน", ""):
        with pytest.raises(InvalidInput) as caught:
            council_report.parse_month(bad)
        assert caught.value.errors[0].code == "report.month_invalid"


def test_a_month_after_today_is_refused(both, office_id):
    with pytest.raises(InvalidInput) as caught:
        council_report.report_data(both, office_id, 2027, 1, today=TODAY)
    assert caught.value.errors[0].code == "report.month_future"


def test_the_chooser_offers_the_previous_month_first():
    assert council_report.previous_month(date(2027, 1, 3)) == (2026, 12)
    assert council_report.recent_months(date(2026, 12, 6), 3) == [
        (2026, 12), (2026, 11), (2026, 10)]
    assert [p.start.month for p in council_report.fiscal_year_months(2027, 2)] == [
        10, 11, 12, 1, 2]
