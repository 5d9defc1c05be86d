"""The council report as a pure function of plain figures: a busy office's long lists stay
inside the margins, an empty month still reads, Thai digits reach every number, and the
chart helpers cut and scale as they say."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from reportlab.lib.units import cm

from fondue_desk.documents import council_report as layout
from fondue_desk.documents.council_report import render_council_report
from fondue_desk.documents.council_report_data import CouncilReportData, days, percent
from fondue_desk.documents.line_breaking import text_width
from fondue_desk.documents.line_breaking import fitted
from fondue_desk.documents.report_charts import nice_step
from fondue_desk.domain.dashboard import (
    CategoryCount,
    ChannelCount,
    CrewOverdue,
    DashboardFigures,
    MonthCount,
    Period,
    StatusCount,
    VillageCount,
    month_period,
)
from tests.pdf_text import contains, lines, normalise_extracted, pdf_text

TODAY = date(2026, 12, 6)
LONG = "ถนน ทางเท้า ท่อระบายน้ำชำรุด และน้ำท่วมขังผิวจราจรเป็นเวลานานหลังฝนตกหนักในชุมชน"


def figures(period: Period, scale: int, *, months: tuple[MonthCount, ...] = ()
            ) -> DashboardFigures:
    categories = tuple(CategoryCount(i, f"{LONG} {i}" if i % 5 == 0 else f"ประเภทที่ {i}",
                                     "", "#336699", 3 * scale + i, 40 * scale - i)
                       for i in range(1, 31))
    villages = tuple(VillageCount(i, i, f"บ้านหนองน้ำใสป่าจี้ใต้ที่ {i}", scale, 2 * scale)
                     for i in range(1, 26)) + (VillageCount(None, None, "", 1, 1),)
    return DashboardFigures(
        period=period, today=TODAY, received=1_234_567 * scale, closed=1_000_000 * scale,
        open=234_567 * scale, closed_in_period=999_999 * scale,
        by_status=(StatusCount("received", 10 * scale), StatusCount("closed", 20 * scale)),
        by_category=categories, by_village=villages, by_month=months,
        by_channel=(ChannelCount("counter", 700_000 * scale), ChannelCount("traffy", 7 * scale)),
        close_days_median=12.25, close_days_p90=123.5, closed_within_sla=888_888 * scale,
        overdue_by_crew=tuple(CrewOverdue(i, f"ทีมช่างไฟฟ้าและประปาเขตเหนือ ชุดที่ {i}", 99 - i)
                              for i in range(1, 16)) + (CrewOverdue(None, "", 3),),
        overdue=2000, reopened=12)


def busy_report(**changes) -> CouncilReportData:
    months = tuple(month_period(2025 + (m < 10), m) for m in (10, 11, 12, 1, 2, 3, 4, 5, 6, 7,
                                                               8, 9))
    year = Period(months[0].start, months[-1].end)
    data = CouncilReportData(
        office_name="องค์การบริหารส่วนตำบลหนองน้ำใสป่าจี้", office_address=LONG,
        emblem_png=None, year=2026, month=9, fiscal_year_be=2569, data_date=TODAY,
        month_figures=figures(months[-1], 1),
        year_figures=figures(year, 12, months=tuple(
            MonthCount(p.start.year, p.start.month, 9000 + k, 8000 - k)
            for k, p in enumerate(months))),
        year_months=tuple(figures(p, 1) for p in months),
        status_names=(("received", "รับเรื่องแล้ว"), ("closed", "เสร็จสิ้น")))
    return replace(data, **changes)


def test_a_busy_office_stays_inside_the_margins():
    pdf = render_council_report(busy_report())
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 6
    right_edge = layout.PAGE_WIDTH - layout.RIGHT + 1
    for number, page in enumerate(pages, 1):
        for line in lines(page):
            assert layout.LEFT - 1 <= line.x and line.right <= right_edge, (number, line)
            assert line.y >= layout.FOOTER_Y - 1, (number, line)
    text = pdf_text(pdf)
    assert contains(text, "ประจำเดือนกันยายน 2569")
    assert contains(text, "1,234,567 เรื่อง")  # counts grouped, as everywhere
    assert contains(text, f"หน้า {len(pages)}/{len(pages)}")


def test_an_empty_month_still_reads():
    empty = DashboardFigures(
        period=month_period(2026, 11), today=TODAY, received=0, closed=0, open=0,
        closed_in_period=0, by_status=(), by_category=(), by_village=(), by_month=(),
        by_channel=(), close_days_median=None, close_days_p90=None, closed_within_sla=0,
        overdue_by_crew=(), overdue=0, reopened=0)
    data = busy_report(month=11, year=2026, fiscal_year_be=2570, month_figures=empty,
                       year_figures=empty, year_months=(empty,))
    text = normalise_extracted(pdf_text(render_council_report(data)))
    assert contains(text, "ไม่มีเรื่องในช่วงเวลานี้")
    assert contains(text, "ไม่มีข้อมูลในช่วงเวลานี้")  # the category chart without bars
    assert contains(text, "ไม่มีเรื่องค้างเกินกำหนด")
    assert contains(text, "ค่ามัธยฐาน –")


def test_thai_digits_reach_every_number():
    text = normalise_extracted(pdf_text(render_council_report(busy_report(thai_digits=True))))
    assert re.findall("[0-9]", text) == []
    assert contains(text, "๑,๒๓๔,๕๖๗ เรื่อง")
    assert contains(text, "กันยายน ๒๕๖๙")


def test_an_unreadable_emblem_is_left_out():
    pdf = render_council_report(busy_report(emblem_png=b"not a picture"))
    assert contains(pdf_text(pdf), "องค์การบริหารส่วนตำบลหนองน้ำใสป่าจี้")


def test_words_for_numbers():
    assert percent(2, 3) == "66.7" and percent(0, 0) == "–"
    assert days(3.0) == "3" and days(2.04) == "2" and days(18.55) == "18.6"
    assert days(2.96) == "3" and days(None) == "–"


def test_chart_helpers():
    assert [nice_step(n) for n in (1, 4, 7, 30, 95, 2_066, 45_000)] == [
        1, 1, 2, 10, 50, 1000, 20000]
    cut = fitted(LONG, "Sarabun", 11, 4 * cm)
    assert cut.endswith("…") and text_width(cut, "Sarabun", 11) <= 4 * cm
    # Never cut between a letter and its marks: what follows the cut is no mark.
    assert LONG[len(cut) - 1] not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e48\u0e49\u0e4a\u0e4b"
    assert fitted("สั้น", "Sarabun", 11, 4 * cm) == "สั้น"
