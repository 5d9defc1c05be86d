"""The monthly council report: its figures gathered, printed (PDF) or exported (Excel).

Every figure comes from `services.dashboard.figures`, so the report says what the dashboard
says: the month, the fiscal year to the month's end, and each month of that fiscal year for
the integrity assessment's summary (the month itself is its last row, computed once).
Reading and printing are open to every signed-in user of the office.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Crew, Village
from fondue_desk.documents.council_report import render_council_report
from fondue_desk.documents.council_report_data import CouncilReportData
from fondue_desk.domain.calendar import BE_OFFSET, THAI_TZ, fiscal_year_be, to_thai, today_thai
from fondue_desk.domain.dashboard import Period, month_period
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.labels import status_names

from . import dashboard, reference
from .labels import label_book

_MONTH = re.compile(r"\s*(\d{4})\s*[-/]\s*(\d{1,2})\s*")
_YEARS_BE = range(2500, 2701)


@dataclass(frozen=True)
class ReportRow:
    """One parent complaint behind the report (the Excel sheet of rows)."""

    tracking_no: str
    received_at: datetime        # aware, Thai time
    category: str
    village_number: int | None
    village_name: str
    channel: str
    status: str
    crew: str
    due_date: date | None
    closed_at: datetime | None   # aware, Thai time
    reopen_count: int

    @property
    def days_to_close(self) -> float | None:
        if self.closed_at is None:
            return None
        return round((self.closed_at - self.received_at).total_seconds() / 86400, 2)

    @property
    def closed_within_time(self) -> bool | None:
        """As the figures count it: closed on or before the due date (no due date: within)."""
        if self.closed_at is None:
            return None
        return self.due_date is None or self.closed_at.date() <= self.due_date


def parse_month(text: str) -> tuple[int, int]:
    """"2569-11" (Buddhist Era year, month) -> (2026, 11)."""
    found = _MONTH.fullmatch(text or "")
    if found is None or int(found[1]) not in _YEARS_BE or not 1 <= int(found[2]) <= 12:
        raise InvalidInput([FieldError("month", "report.month_invalid", {"value": text})])
    return int(found[1]) - BE_OFFSET, int(found[2])


def previous_month(today: date) -> tuple[int, int]:
    """The month a council meeting usually reports on: the one before today's."""
    n = today.year * 12 + today.month - 2
    return n // 12, n % 12 + 1


def recent_months(today: date, count: int = 24) -> list[tuple[int, int]]:
    """Today's month and the `count - 1` before it, newest first (the dialog's choices)."""
    n = today.year * 12 + today.month - 1
    return [((n - k) // 12, (n - k) % 12 + 1) for k in range(count)]


def fiscal_year_months(year: int, month: int) -> list[Period]:
    """Every month from October of the fiscal year holding (year, month) to that month."""
    first = (year if month >= 10 else year - 1) * 12 + 9  # October, 0-based months
    last = year * 12 + month - 1
    return [month_period(n // 12, n % 12 + 1) for n in range(first, last + 1)]


def report_data(db: Database, office_id: int, year: int, month: int, *,
                today: date | None = None) -> CouncilReportData:
    today = today or today_thai()
    if (year, month) > (today.year, today.month):
        raise InvalidInput([FieldError("month", "report.month_future",
                                       {"month": f"{year + BE_OFFSET}-{month:02d}"})])
    office = reference.office(db, office_id)
    months = fiscal_year_months(year, month)
    year_period = Period(months[0].start, months[-1].end)
    year_months = tuple(dashboard.figures(db, office_id, p, today=today) for p in months)
    year_figures = dashboard.figures(db, office_id, year_period, today=today)
    book = label_book(db, office_id)
    return CouncilReportData(
        office_name=office.name, office_address=" ".join(office.address.split()),
        emblem_png=office.logo_png, year=year, month=month,
        fiscal_year_be=fiscal_year_be(months[-1].start), data_date=today,
        month_figures=year_months[-1], year_figures=year_figures, year_months=year_months,
        status_names=tuple(status_names("th", book).items()),
        thai_digits=office.thai_digits, demo=office.is_demo)


def report_pdf(db: Database, office_id: int, year: int, month: int, *,
               today: date | None = None) -> bytes:
    return render_council_report(report_data(db, office_id, year, month, today=today))


def report_xlsx(db: Database, office_id: int, year: int, month: int, path: Path, *,
                today: date | None = None) -> Path:
    """The figures and the rows behind them, written to `path` (replaced only when whole)."""
    return write_xlsx(db, office_id, report_data(db, office_id, year, month, today=today), path)


def write_xlsx(db: Database, office_id: int, data: CouncilReportData, path: Path) -> Path:
    """The workbook of figures already gathered (the command line writes both files of one
    gathering, so the PDF and the workbook cannot differ)."""
    from fondue_desk.interop.council_report_xlsx import write_council_report

    rows = report_rows(db, office_id, data.year_figures.period)
    return write_council_report(data, rows, Path(path))


def report_rows(db: Database, office_id: int, period: Period) -> Iterator[ReportRow]:
    """The parents received or closed within `period`, by receipt: every row a figure of the
    report counts (overdue ones received earlier and still open are not among them)."""
    start = datetime.combine(period.start, time(), THAI_TZ)
    end = datetime.combine(period.end + timedelta(days=1), time(), THAI_TZ)
    village = aliased(Village)
    query = (select(Complaint.tracking_no, Complaint.received_at, Category.name_th,
                    village.number, village.name, Complaint.channel, Complaint.status, Crew.name,
                    Complaint.due_date, Complaint.closed_at, Complaint.reopen_count)
             .join(Category, Category.id == Complaint.category_id)
             .outerjoin(village, village.id == Complaint.village_id)
             .outerjoin(Crew, Crew.id == Complaint.crew_id)
             .where(Complaint.office_id == office_id, Complaint.parent_id.is_(None),
                    or_(and_(Complaint.received_at >= start, Complaint.received_at < end),
                        and_(Complaint.closed_at >= start, Complaint.closed_at < end)))
             .order_by(Complaint.received_at, Complaint.id))
    with db.read() as session:
        for r in session.execute(query.execution_options(yield_per=2000)):
            yield ReportRow(r[0], to_thai(r[1]), r[2], r[3], r[4] or "", r[5], r[6], r[7] or "",
                            r[8], to_thai(r[9]) if r[9] else None, r[10] or 0)
