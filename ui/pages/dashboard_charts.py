"""The dashboard's six charts: what each draws from DashboardFigures, and which register
filter (a `services.dashboard.register_filter_for` kind) a bar of it opens.

Colours come from the data: a status's from the office's label book, a category's from the
category; the counts without a colour of their own share the desk's blue, and overdue work
is red.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fondue_desk.domain.dashboard import CategoryCount, DashboardFigures, VillageCount
from fondue_desk.domain.statuses import Status

from ..dates import era_year, month_name
from ..labels import (
    category_name,
    channel_label,
    status_colour,
    status_label,
    village_label,
)
from ..style import ERROR, MUTED, PRIMARY

OTHER = "#c5cdd8"
from ..widgets.charts import BarChartWidget, ChartRow, ChartSeries


def month_label(year: int, month: int, *, with_year: bool) -> str:
    """"ต.ค." with "69" below it (BE) on a Thai desk, "Oct" over "26" on an English one
    (over "69" when the office counts BE years in English too)."""
    name = month_name(month, short=True)
    if not with_year:
        return name
    return f"{name}\n{era_year(year) % 100:02d}"


PARTS = ("open", "closed")  # the stacked series of the category and village charts


@dataclass
class DashboardChart:
    name: str          # status, crew_overdue, month, channel, category, village
    kind: str          # what register_filter_for is asked for a bar of it
    widget: BarChartWidget

    def filter_key(self, key: object, series: int) -> object:
        """register_filter_for's key: one part of a stacked bar, or the row as a whole."""
        if self.kind in ("category", "village") and 0 <= series < len(PARTS):
            return key, PARTS[series]
        return key


def build_charts(parent: QWidget) -> dict[str, DashboardChart]:
    made = [
        ("status", "status", QCoreApplication.translate("DashboardCharts", "By status"), True),
        ("crew_overdue", "crew_overdue",
         QCoreApplication.translate("DashboardCharts", "Overdue per crew (today)"), True),
        ("month", "month", QCoreApplication.translate(
            "DashboardCharts", "Received and closed per month"), False),
        ("channel", "channel", QCoreApplication.translate(
            "DashboardCharts", "By channel (counter, Traffy Fondue, others)"), True),
        ("category", "category", QCoreApplication.translate(
            "DashboardCharts", "By category: open and closed"), True),
        ("village", "village", QCoreApplication.translate(
            "DashboardCharts", "By village: open and closed"), True),
    ]
    charts = {name: DashboardChart(name, kind, BarChartWidget(title, parent, horizontal=flat))
              for name, kind, title, flat in made}
    charts["crew_overdue"].widget.empty.setText(QCoreApplication.translate(
        "DashboardCharts", "Nothing overdue today"))
    return charts


def other(count: CategoryCount | VillageCount) -> int:
    return max(0, count.received - count.open - count.closed)


def fill_charts(charts: dict[str, DashboardChart], figures: DashboardFigures) -> None:
    count = [ChartSeries(QCoreApplication.translate("DashboardCharts", "Complaints"))]
    # Open in the category's own colour, closed in a paler one of it; forwarded and rejected
    # (received, neither open nor closed) in grey, so a bar's length is all received.
    open_closed = [ChartSeries(QCoreApplication.translate("DashboardCharts", "Open")),
                   ChartSeries(QCoreApplication.translate("DashboardCharts", "Closed"),
                               pale=True),
                   ChartSeries(QCoreApplication.translate("DashboardCharts",
                                                          "Forwarded or rejected"),
                               OTHER, clickable=False)]
    village_series = [ChartSeries(s.name, s.colour or PRIMARY, s.pale, s.clickable)
                      for s in open_closed]
    order = {status.value: i for i, status in enumerate(Status)}
    statuses = sorted((s for s in figures.by_status if s.count),
                      key=lambda s: order.get(s.status, len(order)))
    charts["status"].widget.set_rows(
        [ChartRow(s.status, status_label(s.status), (s.count,), status_colour(s.status))
         for s in statuses], count)
    no_crew = QCoreApplication.translate("DashboardCharts", "No crew yet")
    charts["crew_overdue"].widget.set_rows(
        [ChartRow(c.crew_id, c.crew_name if c.crew_id is not None else no_crew, (c.overdue,),
                  ERROR if c.crew_id is not None else MUTED)
         for c in figures.overdue_by_crew if c.overdue],
        [ChartSeries(QCoreApplication.translate("DashboardCharts", "Overdue"))])
    # Up to a year, the year stands under the first month and January, as on a calendar;
    # a longer span shows only some months, so each of them carries its year.
    every_year = len(figures.by_month) > 12
    charts["month"].widget.set_rows(
        [ChartRow((m.year, m.month), month_label(m.year, m.month, with_year=(
            every_year or i == 0 or m.month == 1)), (m.received, m.closed))
         for i, m in enumerate(figures.by_month)],
        [ChartSeries(QCoreApplication.translate("DashboardCharts", "Received"), PRIMARY),
         # A month's closed bar counts closings, which no register filter selects.
         ChartSeries(QCoreApplication.translate("DashboardCharts", "Closed"),
                     status_colour(Status.CLOSED), clickable=False)])
    charts["channel"].widget.set_rows(
        [ChartRow(c.channel, channel_label(c.channel), (c.count,), PRIMARY)
         for c in figures.by_channel if c.count], count)
    charts["category"].widget.set_rows(
        [ChartRow(c.category_id, category_name(c.name_th, c.name_en),
                  (c.open, c.closed, other(c)), c.colour or PRIMARY)
         for c in figures.by_category if c.received], open_closed)
    no_village = QCoreApplication.translate("DashboardCharts", "No village given")
    charts["village"].widget.set_rows(
        [ChartRow(v.village_id, village_label(v.number, v.name, v.name_en)
                  if v.village_id is not None
                  else no_village, (v.open, v.closed, other(v)), PRIMARY)
         for v in figures.by_village if v.received], village_series)
