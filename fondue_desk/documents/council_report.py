"""The monthly council report (รายงานผลการดำเนินงานเรื่องร้องเรียน ประจำเดือน…): Thai, A4.

What the mayor hands the council each month, and what the office files for its annual
integrity assessment (ITA): 1. the month, 2. the fiscal year to date, 3. the fiscal year's
complaint handling summed up month by month (received, closed, closed within time, by
channel). A pure function of `CouncilReportData`: no database, no Qt.
"""
from __future__ import annotations

import io
import logging
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fondue_desk.domain.dashboard import DashboardFigures

from . import council_report_data as words
from .council_report_data import CouncilReportData, count, month_label, percent
from .demo_mark import demo_page_callback
from .fonts import FONT_REGULAR, register_fonts
from .paragraphs import ThaiParagraph, shaped_paragraph_style
from .report_charts import Bar, HorizontalBars, MonthColumns, Series
from .thai_text import THAI_MONTHS_SHORT, thai_date, to_thai_digits

log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 3 * cm, 2 * cm, 2 * cm, 2 * cm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT  # 16 cm, as the office's letters
EMBLEM_HEIGHT = 2.5 * cm
FOOTER_Y = 1.1 * cm
GRID = colors.HexColor("#8a949e")
HEAD_TINT = colors.HexColor("#e9ecef")
TOTAL_TINT = colors.HexColor("#f4f6f8")
MUTED = colors.HexColor("#5f6b7a")
CLOSED_COLOUR = "#2e7d32"
OPEN_COLOUR = "#f0a030"
RECEIVED_COLOUR = "#1565c0"
CHANNEL_COLOUR = "#5c6bc0"
MAX_CHART_BARS = 12  # categories beyond these are in the table only


@cache
def _styles() -> dict[str, ParagraphStyle]:
    s = shaped_paragraph_style
    return {
        "office": s("council-office", 16, bold=True, alignment=TA_CENTER),
        "address": s("council-address", 13, alignment=TA_CENTER, textColor=MUTED),
        "title": s("council-title", 18, bold=True, alignment=TA_CENTER, spaceBefore=8),
        "subtitle": s("council-subtitle", 14, alignment=TA_CENTER),
        "ita-title": s("council-ita-title", 16, bold=True, alignment=TA_CENTER, spaceBefore=6),
        "section": s("council-section", 16, bold=True, spaceBefore=14, spaceAfter=2),
        "sub": s("council-sub", 14, bold=True, spaceBefore=8, spaceAfter=3),
        "body": s("council-body", 14, firstLineIndent=1.25 * cm, spaceBefore=4),
        "note": s("council-note", 12, textColor=MUTED, spaceBefore=4),
        "cell": s("council-cell", 13, leading=17),
        "cell-bold": s("council-cell-bold", 13, bold=True, leading=17),
        "number": s("council-number", 13, leading=17, alignment=TA_RIGHT),
        "number-bold": s("council-number-bold", 13, bold=True, leading=17, alignment=TA_RIGHT),
        "head": s("council-head", 13, bold=True, leading=16, alignment=TA_CENTER),
        "footer": s("council-footer", 10, textColor=MUTED, leading=12),
        "page": s("council-page", 10, textColor=MUTED, leading=12, alignment=TA_RIGHT),
    }


class _Report:
    """One build: the data and its digits, so every string goes through one place."""

    def __init__(self, data: CouncilReportData) -> None:
        self.data = data
        self.d = data.digits

    def para(self, text: str, style: str, keep: tuple[str, ...] = ()) -> ThaiParagraph:
        """`keep`: names not to break inside (newmm does not know them)."""
        return ThaiParagraph(self.d(text), _styles()[style],
                             keep_together=[self.d(k) for k in keep])

    # ------------------------------------------------------------------ tables
    def table(self, headings: list[str], rows: list[list[str]], widths: list[float], *,
              total: list[str] | None = None, empty: str = "ไม่มีเรื่องในช่วงเวลานี้") -> Table:
        """First column text, the others numbers; a tinted heading repeated on each page."""
        body = [[self.para(h, "head") for h in headings]]
        if not rows:
            body.append([self.para(empty, "cell")] + [""] * (len(headings) - 1))
        for row in rows:
            body.append([self.para(row[0], "cell")] + [self.para(v, "number") for v in row[1:]])
        if total is not None:
            body.append([self.para(total[0], "cell-bold")]
                        + [self.para(v, "number-bold") for v in total[1:]])
        table = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT_REGULAR),  # tables default to Helvetica: no Thai
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_TINT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if not rows:
            style.append(("SPAN", (0, 1), (-1, 1)))
        if total is not None:
            style.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_TINT))
        table.setStyle(TableStyle(style))
        return table

    def summary_table(self, figures: DashboardFigures) -> Table:
        rows = words.summary(figures).rows
        body = [[self.para(label, "cell"), self.para(value, "number")] for label, value in rows]
        table = Table(body, colWidths=[9.5 * cm, 6.5 * cm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT_REGULAR),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    # ------------------------------------------------------------------ figures
    def by_status(self, f: DashboardFigures) -> Table:
        given = {s.status: s.count for s in f.by_status}
        order = [code for code, _ in self.data.status_names] + sorted(
            set(given) - {code for code, _ in self.data.status_names})
        rows = [[self.data.status_name(code), count(given[code]), percent(given[code], f.received)]
                for code in order if given.get(code)]
        return self.table(["สถานะ ณ วันที่ข้อมูล", "จำนวน (เรื่อง)", "ร้อยละ"], rows,
                          [9 * cm, 3.5 * cm, 3.5 * cm],
                          total=["รวม", count(f.received), "100.0" if f.received else "–"])

    def by_category(self, f: DashboardFigures) -> Table:
        rows = [[c.name_th, count(words.received(c)), count(c.closed), count(c.open)]
                for c in f.by_category]
        return self.table(["ประเภทเรื่อง", "รับเรื่อง", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
                          rows, [7 * cm, 2.5 * cm, 2.5 * cm, 4 * cm])

    def by_village(self, f: DashboardFigures) -> Table:
        rows = [[words.village_name(v.number, v.name), count(words.received(v)), count(v.closed),
                 count(v.open)] for v in f.by_village]
        return self.table(["หมู่บ้าน", "รับเรื่อง", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
                          rows, [7 * cm, 2.5 * cm, 2.5 * cm, 4 * cm])

    def by_channel(self, f: DashboardFigures) -> Table:
        rows = [[words.channel_name(code), count(n), percent(n, f.received)]
                for code, n in words.channel_counts(f)]
        return self.table(["ช่องทางที่รับเรื่อง", "จำนวน (เรื่อง)", "ร้อยละ"], rows,
                          [9 * cm, 3.5 * cm, 3.5 * cm],
                          total=["รวม", count(f.received), "100.0" if f.received else "–"])

    def overdue(self, f: DashboardFigures) -> Table:
        rows = [[words.crew_name(c.crew_name, c.crew_id), count(c.overdue)]
                for c in f.overdue_by_crew]
        return self.table(["ทีมที่รับผิดชอบ", "เรื่องค้างเกินกำหนด"], rows, [11 * cm, 5 * cm],
                          total=["รวม", count(f.overdue)], empty="ไม่มีเรื่องค้างเกินกำหนด")

    # ------------------------------------------------------------------ charts
    def category_chart(self, f: DashboardFigures) -> HorizontalBars:
        bars = [Bar(c.name_th, (c.closed, c.open)) for c in f.by_category[:MAX_CHART_BARS]]
        return HorizontalBars("แผนภูมิ เรื่องที่รับ จำแนกตามประเภทเรื่อง",
                              [Series("แล้วเสร็จ", CLOSED_COLOUR),
                               Series("อยู่ระหว่างดำเนินการ", OPEN_COLOUR)], bars, self.d)

    def channel_chart(self, f: DashboardFigures) -> HorizontalBars:
        bars = [Bar(words.channel_name(code), (n,)) for code, n in words.channel_counts(f)]
        return HorizontalBars("แผนภูมิ เรื่องที่รับ จำแนกตามช่องทาง",
                              [Series("เรื่อง", CHANNEL_COLOUR)], bars, self.d)

    def month_chart(self, f: DashboardFigures) -> MonthColumns:
        bars = [Bar(f"{THAI_MONTHS_SHORT[m.month - 1]} {str(m.year + 543)[-2:]}",
                    (m.received, m.closed)) for m in f.by_month]
        return MonthColumns("แผนภูมิ เรื่องที่รับและเรื่องที่ปิด รายเดือน",
                            [Series("รับเรื่อง", RECEIVED_COLOUR),
                             Series("ปิดเรื่อง", CLOSED_COLOUR)], bars, self.d)

    # ------------------------------------------------------------------ sections
    def heading(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = []
        emblem = _emblem(data.emblem_png)
        if emblem is not None:
            story.append(emblem)
        story.append(self.para(data.office_name, "office"))
        if data.office_address.strip():
            story.append(self.para(data.office_address, "address"))
        story.append(self.para(data.title, "title", (f"ประจำเดือน{data.month_name}",)))
        story.append(self.para(f"ปีงบประมาณ {data.fiscal_year_be}   ข้อมูล ณ วันที่ "
                               f"{thai_date(data.data_date)}", "subtitle"))
        return story

    def figures_section(self, number: int, title: str, f: DashboardFigures, *,
                        months: bool) -> list[Flowable]:
        sub = iter(range(1, 10))

        def part(text: str, *flowables: Flowable) -> Flowable:
            return KeepTogether([self.para(f"{number}.{next(sub)} {text}", "sub"), *flowables])

        story: list[Flowable] = [
            CondPageBreak(6 * cm),
            self.para(f"{number}. {title}", "section", (self.data.month_name,)),
            self.para(f"ช่วงเวลา {words.period_label(f.period)}", "note"),
            part("ภาพรวม", self.summary_table(f)),
        ]
        if months:
            story.append(part("รายเดือน", self.month_chart(f)))
        story += [
            part("จำแนกตามสถานะ", self.by_status(f)),
            CondPageBreak(4 * cm), self.para(f"{number}.{next(sub)} จำแนกตามประเภทเรื่อง", "sub"),
            self.by_category(f), Spacer(1, 8), self.category_chart(f),
            CondPageBreak(4 * cm), self.para(f"{number}.{next(sub)} จำแนกตามหมู่บ้าน", "sub"),
            self.by_village(f),
            part("จำแนกตามช่องทางที่รับเรื่อง", self.by_channel(f), Spacer(1, 8),
                 self.channel_chart(f)),
        ]
        if not months:  # as of the data date: the same for the month and the year
            story.append(part(f"เรื่องค้างเกินกำหนด จำแนกตามทีม ณ วันที่ {thai_date(f.today)}",
                              self.overdue(f)))
        return story

    def ita_section(self) -> list[Flowable]:
        data = self.data
        year = data.year_figures
        rows = [[month_label(m.period.start.year, m.period.start.month), count(m.received),
                 count(m.closed_in_period), count(m.closed_within_sla),
                 percent(m.closed_within_sla, m.closed_in_period)] for m in data.year_months]
        total = ["รวม", count(year.received), count(year.closed_in_period),
                 count(year.closed_within_sla),
                 percent(year.closed_within_sla, year.closed_in_period)]
        channels = [[words.channel_name(code), count(n), percent(n, year.received)]
                    for code, n in words.channel_counts(year)]
        closed = year.closed_in_period
        share = percent(year.closed_within_sla, closed)
        text = (f"ตั้งแต่วันที่ {thai_date(year.period.start)} ถึงวันที่ {thai_date(year.period.end)} "
                f"{data.office_name}ได้รับเรื่องร้องเรียน {count(year.received)} เรื่อง "
                f"ดำเนินการแล้วเสร็จ {count(closed)} เรื่อง "
                f"แล้วเสร็จภายในระยะเวลาที่กำหนด {count(year.closed_within_sla)} เรื่อง"
                + (f" คิดเป็นร้อยละ {share} ของเรื่องที่ดำเนินการแล้วเสร็จ" if closed else ""))
        # A page of its own, headed with the office: it is filed with the assessment apart.
        return [
            PageBreak(),
            self.para(data.office_name, "office"),
            ThaiParagraph(self.d(f"3. {words.ITA_TITLE} {data.fiscal_year_be}"),
                          _styles()["ita-title"],
                          keep_together=[self.d(f"ประจำปีงบประมาณ {data.fiscal_year_be}")]),
            self.para("ประกอบการประเมินคุณธรรมและความโปร่งใสของหน่วยงานภาครัฐ (ITA)", "subtitle"),
            self.para(f"ข้อมูล ณ วันที่ {thai_date(data.data_date)}", "subtitle"),
            self.para(text, "body", (data.office_name,)),
            self.para("3.1 ผลการจัดการเรื่องร้องเรียน รายเดือน", "sub"),
            self.table(["เดือน", "รับเรื่อง", "ดำเนินการ\nแล้วเสร็จ", "แล้วเสร็จภายใน\nเวลาที่กำหนด",
                        "ร้อยละ"], rows, [4.2 * cm, 3.2 * cm, 3.2 * cm, 3.4 * cm, 2 * cm],
                       total=total),
            KeepTogether([self.para("3.2 เรื่องร้องเรียน จำแนกตามช่องทาง", "sub"),
                          self.table(["ช่องทางที่รับเรื่อง", "จำนวน (เรื่อง)", "ร้อยละ"], channels,
                                     [9 * cm, 3.5 * cm, 3.5 * cm],
                                     total=["รวม", count(year.received),
                                            "100.0" if year.received else "–"])]),
            self.para("หมายเหตุ: นับเฉพาะเรื่องหลัก (เรื่องซ้ำที่รวมกับเรื่องอื่นไม่นับซ้ำ) "
                      "“ดำเนินการแล้วเสร็จ” คือเรื่องที่ปิดในเดือนนั้น ไม่ว่ารับเมื่อใด "
                      "“ภายในเวลาที่กำหนด” คือปิดไม่เกินวันครบกำหนดของเรื่อง "
                      "ระยะเวลาดำเนินการนับเป็นวันตามเวลาประเทศไทย", "note"),
        ]

    def story(self) -> list[Flowable]:
        data = self.data
        return [
            *self.heading(),
            *self.figures_section(1, f"ผลการดำเนินงานประจำเดือน{data.month_name}",
                                  data.month_figures, months=False),
            *self.figures_section(2, f"ผลการดำเนินงานตั้งแต่ต้นปีงบประมาณ {data.fiscal_year_be}",
                                  data.year_figures, months=True),
            *self.ita_section(),
        ]


def _emblem(png: bytes | None) -> Flowable | None:
    if not png:
        return None
    try:
        width, height = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # noqa: BLE001 - Pillow raises many types; a bad emblem must not stop it
        log.warning("the emblem is not a readable image; report printed without it")
        return None
    image = Image(io.BytesIO(png), EMBLEM_HEIGHT * width / height, EMBLEM_HEIGHT)
    image.hAlign = "CENTER"
    return image


class _NumberedCanvas(Canvas):
    """Holds pages back until save(), when "หน้า n/N" can be drawn on each."""

    footer_text = ""
    thai_digits = False

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        digits = to_thai_digits if self.thai_digits else str
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            for text, style, width in ((self.footer_text, "footer", TEXT_WIDTH - 2.5 * cm),
                                       (f"หน้า {number}/{total}", "page", TEXT_WIDTH)):
                para = ThaiParagraph(digits(text), _styles()[style])
                para.wrap(width, 2 * cm)
                para.drawOn(self, LEFT, FOOTER_Y)
            super().showPage()
        super().save()


def render_council_report(data: CouncilReportData) -> bytes:
    """The report as PDF bytes (A4 portrait, several pages)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
        bottomMargin=BOTTOM, title=data.title, author=data.office_name, subject=words.TITLE,
        creator="Fondue Desk", invariant=1,
        initialFontName=FONT_REGULAR,  # else every page names Helvetica, which has no Thai
    )
    frame = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    demo = demo_page_callback(data.demo)
    doc.addPageTemplates([PageTemplate("report", frames=[frame],
                                       **({} if demo is None else {"onPage": demo}))])
    footer = data.title
    canvas = type("_Canvas", (_NumberedCanvas,), {"footer_text": footer,
                                                  "thai_digits": data.thai_digits})
    doc.build(_Report(data).story(), canvasmaker=canvas)
    return buffer.getvalue()
