"""The council report as an Excel workbook: a sheet of its figures, a sheet of the rows behind.

The figures sheet holds the month and the fiscal year to date side by side, block after
block as the printed report has them, and section 3's month-by-month summary for the
integrity assessment; counts are numbers (a spreadsheet can add them up), shares are
percentages with one decimal. The rows sheet lists every parent complaint received or
closed in the fiscal year to the month's end, so any figure can be checked or pivoted.
Written to a temporary file that replaces the target only when whole.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fondue_desk.documents import council_report_data as words
from fondue_desk.documents.council_report_data import CouncilReportData, month_label
from fondue_desk.documents.thai_text import thai_date, thai_datetime
from fondue_desk.domain.dashboard import DashboardFigures
from fondue_desk.domain.labels import channel_label

if TYPE_CHECKING:
    from fondue_desk.services.council_report import ReportRow

FIGURES_SHEET = "ตัวเลขสรุป"
ROWS_SHEET = "รายการเรื่อง"
ROW_HEADERS = (
    "เลขที่รับเรื่อง", "วันที่รับเรื่อง (พ.ศ.)", "วันที่รับเรื่อง (ISO)", "เดือนที่รับ",
    "ประเภทเรื่อง", "หมู่บ้าน", "ช่องทาง", "สถานะ", "ทีมที่รับผิดชอบ", "กำหนดแล้วเสร็จ (พ.ศ.)",
    "วันที่ปิดเรื่อง (พ.ศ.)", "วันที่ปิดเรื่อง (ISO)", "จำนวนวันดำเนินการ",
    "ปิดภายในกำหนด", "เปิดเรื่องใหม่ (ครั้ง)",
)


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _summary(f: DashboardFigures) -> list[object]:
    return [f.received, f.closed, f.open, f.closed_in_period, f.closed_within_sla,
            _share(f.closed_within_sla, f.closed_in_period), f.close_days_median,
            f.close_days_p90, f.reopened, f.overdue]


class Heading(list):
    """A row of the figures sheet set in bold."""


SUMMARY_LABELS = (
    "เรื่องที่รับ", "ดำเนินการแล้วเสร็จ (ของเรื่องที่รับ)", "อยู่ระหว่างดำเนินการ (ของเรื่องที่รับ)",
    "ปิดเรื่องในช่วงเวลา (รวมเรื่องที่รับก่อนหน้า)", "ปิดเรื่องภายในระยะเวลาที่กำหนด",
    "ร้อยละที่ปิดภายในระยะเวลาที่กำหนด", "ระยะเวลาดำเนินการ ค่ามัธยฐาน (วัน)",
    "ระยะเวลาดำเนินการ เปอร์เซ็นไทล์ที่ 90 (วัน)", "เรื่องที่ถูกเปิดใหม่",
    "เรื่องค้างเกินกำหนด ณ วันที่ข้อมูล",
)


def figure_rows(data: CouncilReportData) -> list[list[object]]:
    """The figures sheet, row by row; a `Heading` row is set in bold."""
    m, y = data.month_figures, data.year_figures
    month, fy = f"เดือน{data.month_name}", f"ปีงบประมาณ {data.fiscal_year_be} (ถึงสิ้นเดือน)"
    rows: list[list[object]] = [
        Heading([data.office_name]), Heading([data.title]),
        [f"ข้อมูล ณ วันที่ {thai_date(data.data_date)}"], [],
        Heading(["ภาพรวม", month, fy]),
        *([label, a, b] for label, a, b in zip(SUMMARY_LABELS, _summary(m), _summary(y))), [],
        Heading(["สถานะ ณ วันที่ข้อมูล", month, fy]),
    ]
    month_status = {s.status: s.count for s in m.by_status}
    year_status = {s.status: s.count for s in y.by_status}
    for code, name in data.status_names:
        rows.append([name, month_status.get(code, 0), year_status.get(code, 0)])
    rows += [[], Heading(["ประเภทเรื่อง", f"{month}: รับ", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ",
                  f"{fy}: รับ", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ"])]
    rows += _paired(((c.category_id, c.name_th, _counts(c)) for c in m.by_category),
                    ((c.category_id, c.name_th, _counts(c)) for c in y.by_category))
    rows += [[], Heading(["หมู่บ้าน", f"{month}: รับ", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ",
                  f"{fy}: รับ", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ"])]
    rows += _paired(((v.village_id, words.village_name(v.number, v.name), _counts(v))
                     for v in m.by_village),
                    ((v.village_id, words.village_name(v.number, v.name), _counts(v))
                     for v in y.by_village))
    rows += [[], Heading(["ช่องทางที่รับเรื่อง", month, fy])]
    year_channels = dict(words.channel_counts(y))
    rows += [[channel_label(code), n, year_channels.get(code, 0)]
             for code, n in words.channel_counts(m)]
    rows += [[], Heading([f"เรื่องค้างเกินกำหนด ณ วันที่ {thai_date(m.today)}", "จำนวน"])]
    rows += [[words.crew_name(c.crew_name, c.crew_id), c.overdue] for c in m.overdue_by_crew]
    rows += [[], Heading([f"{words.ITA_TITLE} {data.fiscal_year_be}", "รับเรื่อง",
                          "ดำเนินการแล้วเสร็จ", "แล้วเสร็จภายในเวลาที่กำหนด", "ร้อยละ"])]
    for f in data.year_months:
        rows.append([month_label(f.period.start.year, f.period.start.month), *_ita(f)])
    rows.append(Heading(["รวม", *_ita(y)]))
    return rows


def _ita(f: DashboardFigures) -> list[object]:
    return [f.received, f.closed_in_period, f.closed_within_sla,
            _share(f.closed_within_sla, f.closed_in_period)]


def _counts(item) -> tuple[int, int, int]:
    return words.received(item), item.closed, item.open


def _paired(month: Iterable[tuple], year: Iterable[tuple]) -> list[list[object]]:
    """One row per key of the year (every key of the month is one), month's counts first."""
    by_key = {key: counts for key, _name, counts in month}
    return [[name, *by_key.get(key, (0, 0, 0)), *counts] for key, name, counts in year]


def row_values(row: ReportRow, status_names: dict[str, str]) -> list[object]:
    days = row.days_to_close
    within = row.closed_within_time
    return [
        row.tracking_no, thai_datetime(row.received_at), row.received_at.isoformat(
            timespec="minutes"), month_label(row.received_at.year, row.received_at.month),
        row.category, words.village_name(row.village_number, row.village_name)
        if row.village_number is not None or row.village_name else "",
        channel_label(row.channel), status_names.get(row.status, row.status), row.crew,
        thai_date(row.due_date) if row.due_date else "",
        thai_datetime(row.closed_at) if row.closed_at else "",
        row.closed_at.isoformat(timespec="minutes") if row.closed_at else "",
        days, "" if within is None else ("ใช่" if within else "ไม่ใช่"), row.reopen_count,
    ]


def write_council_report(data: CouncilReportData, rows: Iterable[ReportRow], path: Path) -> Path:
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=Path(path).parent)
    os.close(handle)
    try:
        _write(Path(temporary), data, rows)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(path)


def _write(path: Path, data: CouncilReportData, rows: Iterable[ReportRow]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def cells(sheet, values: Sequence[object], *, heading: bool = False) -> list:
        out = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, even "=1+1" typed by a citizen
            elif isinstance(value, float):
                cell.number_format = "0.0"
            if heading:
                cell.font = bold
            out.append(cell)
        return out

    figures = book.create_sheet(FIGURES_SHEET)
    figures.column_dimensions["A"].width = 48
    for letter in "BCDEFG":
        figures.column_dimensions[letter].width = 18
    for values in figure_rows(data):
        figures.append(cells(figures, values, heading=isinstance(values, Heading)))

    sheet = book.create_sheet(ROWS_SHEET)
    for letter, width in zip("ABCDEFGHIJKLMNO", (16, 26, 18, 18, 30, 24, 16, 18, 22, 18, 26,
                                                 18, 12, 12, 12)):
        sheet.column_dimensions[letter].width = width
    sheet.append(cells(sheet, ROW_HEADERS, heading=True))
    names = dict(data.status_names)
    for row in rows:
        sheet.append(cells(sheet, row_values(row, names)))
    book.save(path)
