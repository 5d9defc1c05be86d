"""The dashboard page: the mayor's first page; a crew's overdue bar (mouse or keyboard) opens
the register on exactly that crew's overdue complaints; figures follow changes; the period."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from fondue_desk.domain.calendar import fiscal_year_be
from fondue_desk.domain.dashboard import fiscal_year_period, last_twelve_months
from fondue_desk.services import dashboard, reference
from tests.ui.helpers import log
from ui.main_window import MainWindow
from ui.widgets.charts import BarChartWidget, ChartRow, ChartSeries

COMPLAINTS = 1500  # the demo's spread: one crew holds several overdue jobs


@pytest.fixture
def mayor_window(qtbot, db, register_office):
    window = MainWindow(db, register_office, reference.find_user(db, "mayor"))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.figures is not None and not page.is_counting())
    return window


def busiest_crew(figures):
    crews = [c for c in figures.overdue_by_crew if c.crew_id is not None]
    assert crews and crews[0].overdue >= 2, "the demo should give one crew several overdue jobs"
    return crews[0]


def lands_in_register(qtbot, window, crew, figures):
    register = window.register_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is register)
    wanted = dashboard.register_filter_for("crew_overdue", crew.crew_id, figures.period)
    assert register.current_filter() == wanted
    qtbot.waitUntil(lambda: not register.model.busy and register.model.total == crew.overdue)
    assert register.model.rowCount() == crew.overdue
    # The filter bar shows what the table lists: that crew ticked, "overdue" checked.
    assert register.filter_bar.crews.selected() == {crew.crew_id}
    assert register.filter_bar.overdue.isChecked()
    assert register.filter_bar.current_filter() == wanted
    # A search typed now narrows the figure's complaints; it does not drop the crew.
    register.filter_bar.search.setText("ถนน")
    QTest.keyClick(register.filter_bar.search, Qt.Key.Key_Return)
    assert register.current_filter() == wanted.with_text("ถนน")


def test_the_mayor_starts_on_the_dashboard_and_clicks_a_crews_overdue_bar(
        qtbot, mayor_window):
    window = mayor_window
    page = window.dashboard_page
    assert window.pages.currentWidget() is page and window.navigation.currentRow() == 0
    figures = page.figures
    crew = busiest_crew(figures)
    chart = page.charts["crew_overdue"].widget
    row = next(i for i, r in enumerate(chart.rows) if r.key == crew.crew_id)
    assert chart.rows[row].label == crew.crew_name and chart.rows[row].values == (crew.overdue,)
    page.scroll.ensureWidgetVisible(chart)
    QTest.qWait(0)
    point = chart.bar_point(row)
    assert chart.plot.viewport().rect().contains(point)
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    lands_in_register(qtbot, window, crew, figures)


def test_the_keyboard_reaches_the_same_bar_and_the_overdue_tile(qtbot, mayor_window):
    window = mayor_window
    page = window.dashboard_page
    figures = page.figures
    crew = busiest_crew(figures)
    chart = page.charts["crew_overdue"].widget
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    QTest.keyClick(chart, Qt.Key.Key_End)
    QTest.keyClick(chart, Qt.Key.Key_Home)
    for _ in range(next(i for i, r in enumerate(chart.rows) if r.key == crew.crew_id)):
        QTest.keyClick(chart, Qt.Key.Key_Down)
    assert crew.crew_name in chart.detail.text()  # what Enter will open, said on screen
    QTest.keyClick(chart, Qt.Key.Key_Return)
    lands_in_register(qtbot, window, crew, figures)

    window.show_page(0)
    qtbot.waitUntil(lambda: not page.is_counting())
    page.tiles.overdue.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.tiles.overdue, Qt.Key.Key_Return)
    register = window.register_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is register)
    qtbot.waitUntil(lambda: not register.model.busy and register.model.total == figures.overdue)


def test_a_categorys_closed_part_and_its_label_open_exactly_their_counts(qtbot, mayor_window):
    window = mayor_window
    page = window.dashboard_page
    register = window.register_page
    figures = page.figures
    chart = page.charts["category"].widget
    row = next(i for i, r in enumerate(chart.rows) if r.values[0] and r.values[1])
    category = next(c for c in figures.by_category if c.category_id == chart.rows[row].key)
    # The closed part of its bar, then its name on the left (the whole bar: all received).
    for series, key, count in ((1, (category.category_id, "closed"), category.closed),
                               (None, category.category_id, category.received)):
        window.show_page(0)
        page.scroll.ensureWidgetVisible(chart)
        QTest.qWait(0)
        middle = chart.bar_point(row, series or 0)
        pos = middle if series is not None else QPoint(4, middle.y())
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is register)
        assert register.current_filter() == dashboard.register_filter_for(
            "category", key, figures.period)
        qtbot.waitUntil(lambda c=count: not register.model.busy and register.model.total == c)


def test_a_new_complaint_is_counted_while_the_dashboard_is_in_view(
        qtbot, db, register_office, register_user, mayor_window):
    page = mayor_window.dashboard_page
    before = page.figures.received
    log(db, register_office, register_user)
    mayor_window.data_changed(None)  # what another desk's save becomes (live refresh)
    qtbot.waitUntil(lambda: page.figures.received == before + 1 and not page.is_counting())
    assert page.tiles.received.value.text() == f"{before + 1:,}"


def test_a_status_renamed_in_settings_is_redrawn_in_its_colour(
        qtbot, db, register_admin, mayor_window):
    from fondue_desk.domain.labels import StatusOverride
    from fondue_desk.services import labels as label_service
    from fondue_desk.services.changes import ChangeSet

    label_service.save_status_labels(db, register_admin.id, [
        StatusOverride("closed", "ปิดงานแล้ว", "Done", "#00695c")])
    mayor_window.reference_bus.publish(ChangeSet(labels=True))
    chart = mayor_window.dashboard_page.charts["status"].widget
    qtbot.waitUntil(lambda: any(r.label == "ปิดงานแล้ว" for r in chart.rows))
    assert next(r for r in chart.rows if r.key == "closed").colour == "#00695c"


def test_the_period_fiscal_year_last_twelve_months_and_a_refused_range(
        qtbot, today, mayor_window):
    page = mayor_window.dashboard_page
    year = fiscal_year_be(today)  # 2570 for the suite's 6 Dec 2569
    assert page.figures.period == fiscal_year_period(year)
    assert [m.month for m in page.figures.by_month] == [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert page.charts["month"].widget.rows[0].label == f"ต.ค.\n{(year - 1) % 100:02d}"
    page.period.set_today(date(today.year + (today.month >= 10) + 1, 10, 1))
    assert page.period.combo.itemData(0) == year + 2  # a desk open on into a new year
    assert page.period.combo.currentData() == year  # still the year chosen
    page.period.set_today(today)
    assert page.period.combo.itemData(1) == year  # listed once
    page.period.choose_last_twelve_months()
    qtbot.waitUntil(lambda: page.figures.period == last_twelve_months(today)
                    and not page.is_counting())
    shown = page.figures
    page.period.choose_range(date(2026, 11, 30), date(2026, 11, 1))
    assert page.period.error.isVisible() and page.period.error.text()
    assert not page.is_counting() and page.figures is shown  # nothing counted, nothing lost
    page.period.date_from.setDate(date(2026, 11, 1))
    page.period.date_to.setDate(date(2026, 11, 30))
    assert not page.period.error.isVisible()
    qtbot.waitUntil(lambda: page.figures.period.start == date(2026, 11, 1)
                    and page.figures.period.end == date(2026, 11, 30) and not page.is_counting())


def test_long_thai_labels_size_the_axis_or_are_elided_with_the_full_name_kept(qtbot):
    chart = BarChartWidget("ตามประเภท")
    qtbot.addWidget(chart)
    chart.resize(520, 300)
    chart.show()
    qtbot.waitExposed(chart)
    short, long = "ไฟฟ้าส่องสว่างชำรุด", "เหตุเดือดร้อนรำคาญ เสียงดัง กลิ่น ควัน ฝุ่นละออง " * 2
    chart.set_rows([ChartRow(1, short, (3,)), ChartRow(2, long, (5,))], [ChartSeries("ค้าง")])
    axis = chart.plot.getPlotItem().getAxis("left")
    metrics = QFontMetrics(chart.font_)
    assert chart._labels[0] == short  # a name that fits is never cut
    assert chart._labels[1] != long and chart._labels[1].endswith("…")
    widest = metrics.horizontalAdvance(chart._labels[1])
    assert widest >= metrics.horizontalAdvance(short)
    qtbot.waitUntil(lambda: axis.width() >= widest)
    assert long.strip() in chart.row_text(1)  # the tooltip and the keyboard line say it whole
    hits = []
    chart.activated.connect(lambda key, series: hits.append((key, series)))
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_point(1))
    # On a row's label, the whole row: the chart's left edge at that row's height.
    label_point = QPoint(4, chart.bar_point(0).y())
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=label_point)
    assert hits == [(2, 0), (1, -1)]


def test_the_english_dashboard(qtbot, db, register_office, english):
    window = MainWindow(db, register_office, reference.find_user(db, "mayor"))
    qtbot.addWidget(window)
    window.show()
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.figures is not None and not page.is_counting())
    assert window.navigation.item(0).text() == "Dashboard"
    first = page.figures.by_month[0]
    assert page.charts["month"].widget.rows[0].label == f"Oct\n{first.year % 100:02d}"
    assert page.tiles.received.caption.text() == "Received"
