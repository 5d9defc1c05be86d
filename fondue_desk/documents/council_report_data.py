"""What the monthly council report prints: plain values, and the words and numbers made of them.

The report (PDF) and its Excel workbook read the same `CouncilReportData`, so a figure reads
alike on paper and in the spreadsheet: counts grouped ("1,234"), shares as a percentage with
one decimal, days with at most one decimal, Buddhist Era months.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from fondue_desk.documents.thai_text import THAI_MONTHS, thai_date, to_thai_digits
from fondue_desk.domain.calendar import be_year
from fondue_desk.domain.dashboard import CategoryCount, DashboardFigures, Period, VillageCount
from fondue_desk.domain.labels import channel_label, village_label
from fondue_desk.domain.numbers import format_count
from fondue_desk.domain.statuses import Channel

TITLE = "รายงานผลการดำเนินงานเรื่องร้องเรียน"
ITA_TITLE = "รายงานสรุปผลการจัดการเรื่องร้องเรียน ประจำปีงบประมาณ"
NO_VILLAGE = "ไม่ระบุหมู่บ้าน"
NO_CREW = "ยังไม่มอบหมายทีม"
DASH = "–"


@dataclass(frozen=True)
class CouncilReportData:
    office_name: str
    office_address: str                  # one line under the office name
    emblem_png: bytes | None
    year: int                            # Gregorian year of the reported month
    month: int                           # 1..12
    fiscal_year_be: int                  # the fiscal year holding that month
    data_date: date                      # "ข้อมูล ณ วันที่": open and overdue are as of this day
    month_figures: DashboardFigures      # the month
    year_figures: DashboardFigures       # 1 October to the month's end (or the data date)
    # One DashboardFigures per month of the fiscal year up to the reported one, oldest first:
    # section 3's rows (their sums are year_figures' received, closed_in_period, ...).
    year_months: tuple[DashboardFigures, ...]
    status_names: tuple[tuple[str, str], ...]  # (code, the office's Thai name), workflow order
    thai_digits: bool = False
    demo: bool = False

    @property
    def month_name(self) -> str:
        """"พฤศจิกายน 2569"."""
        return month_label(self.year, self.month)

    @property
    def title(self) -> str:
        return f"{TITLE} ประจำเดือน{self.month_name}"

    def digits(self, text: str) -> str:
        return to_thai_digits(text) if self.thai_digits else text

    def status_name(self, code: str) -> str:
        return dict(self.status_names).get(code, code)


def month_label(year_ce: int, month: int) -> str:
    return f"{THAI_MONTHS[month - 1]} {be_year(year_ce)}"


def period_label(period: Period) -> str:
    """"1 ตุลาคม 2569 – 30 พฤศจิกายน 2569"."""
    return f"{thai_date(period.start)} {DASH} {thai_date(period.end)}"


def count(n: int) -> str:
    return format_count(n)


def percent(part: int, whole: int) -> str:
    """"80.0" (no sign: the column or the sentence says ร้อยละ); a dash when nothing to share."""
    return f"{100 * part / whole:.1f}" if whole else DASH


def days(value: float | None) -> str:
    if value is None:
        return DASH
    text = f"{value:.1f}"
    return text.removesuffix(".0")


def crew_name(name: str, crew_id: int | None) -> str:
    return name if crew_id is not None else (name or NO_CREW)


def village_name(number: int | None, name: str) -> str:
    return village_label(number, name) or name or NO_VILLAGE


def channel_name(code: str) -> str:
    return channel_label(code, "th")


def received(item: CategoryCount | VillageCount) -> int:
    """Received in the period, forwarded and rejected ones included (`received` may be 0 when
    the figures predate that field: then the open and closed ones)."""
    return max(getattr(item, "received", 0), item.open + item.closed)


def channel_counts(figures: DashboardFigures) -> list[tuple[str, int]]:
    """Every channel in a fixed order (counter, phone, letter, Traffy, other), empty ones
    included, then any code the figures name that the desk does not know."""
    given = {c.channel: c.count for c in figures.by_channel}
    known = [(str(ch), given.pop(str(ch), 0)) for ch in Channel]
    return known + sorted(given.items())


@dataclass(frozen=True)
class Summary:
    """The headline figures of one period, as labelled lines (table rows and Excel rows)."""

    rows: tuple[tuple[str, str], ...]


def summary(figures: DashboardFigures) -> Summary:
    closed_in = figures.closed_in_period
    within = figures.closed_within_sla
    share = percent(within, closed_in)
    return Summary((
        ("เรื่องที่รับในช่วงเวลานี้", f"{count(figures.received)} เรื่อง"),
        ("ดำเนินการแล้วเสร็จ (ของเรื่องที่รับ)", f"{count(figures.closed)} เรื่อง"),
        ("อยู่ระหว่างดำเนินการ (ของเรื่องที่รับ)", f"{count(figures.open)} เรื่อง"),
        ("ปิดเรื่องในช่วงเวลานี้ (รวมเรื่องที่รับก่อนหน้า)", f"{count(closed_in)} เรื่อง"),
        ("ปิดเรื่องภายในระยะเวลาที่กำหนด", f"{count(within)} เรื่อง"),
        ("ร้อยละที่ปิดภายในระยะเวลาที่กำหนด", share),
        ("ระยะเวลาดำเนินการ ค่ามัธยฐาน", _days_text(figures.close_days_median)),
        ("ระยะเวลาดำเนินการ เปอร์เซ็นไทล์ที่ 90", _days_text(figures.close_days_p90)),
        ("เรื่องที่ถูกเปิดใหม่", f"{count(figures.reopened)} เรื่อง"),
        (f"เรื่องค้างเกินกำหนด ณ วันที่ {thai_date(figures.today)}",
         f"{count(figures.overdue)} เรื่อง"),
    ))


def _days_text(value: float | None) -> str:
    return DASH if value is None else f"{days(value)} วัน"


Digits = Callable[[str], str]
