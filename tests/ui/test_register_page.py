"""The register register_page on a demo register_office of 600 complaints: search, sort, lazy pages, filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from fondue_desk.domain.register_filter import (
    RegisterFilter,
    SavedFilter,
    Sort,
    SortKey,
    saved_filter,
)
from fondue_desk.services import register
from tests.ui.keyboard import type_text
from ui.models.register_table_model import COMPLAINANT, DUE, TRACKING, RegisterTableModel
from ui.widgets.highlight_delegate import HIGHLIGHT, highlight_ranges, highlighted_document

COMPLAINTS = 600
SEARCHED = ("tracking_no", "description", "location_text", "complainant_name", "phone",
            "category_name")  # category names are searched too


def settled(qtbot, page) -> None:
    """Queries run on a worker thread: wait until the latest one is shown."""
    qtbot.waitUntil(lambda: not page.model.busy, timeout=20_000)


def shown_ids(model) -> list[int]:
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def test_the_first_view_counts_everything_and_reads_one_page(register_page):
    assert register_page.count_label.text() == f"พบ {COMPLAINTS} เรื่อง"
    assert register_page.model.rowCount() == COMPLAINTS
    assert register_page.model.fetched_pages == [0]
    assert register_page.model.headerData(DUE, Qt.Orientation.Horizontal) == "กำหนดแล้วเสร็จ"


def test_typing_thai_searches_the_register(qtbot, db, register_office, register_page):
    expected = register.count(db, register_office.id, RegisterFilter(text="ไฟฟ้า"))
    assert 0 < expected < COMPLAINTS
    type_text(register_page.filter_bar.search, "ไฟฟ้า")
    qtbot.waitUntil(
        lambda: register_page.count_label.text() == f"พบ {expected} เรื่อง", timeout=3000
    )
    assert register_page.model.terms == ["ไฟฟ้า"]
    rows = [register_page.model.row_at(row) for row in range(register_page.model.rowCount())]
    assert all(any("ไฟฟ้า" in getattr(r, name) for name in SEARCHED) for r in rows)
    assert shown_ids(register_page.model) == [
        r.id
        for r in register.fetch(
            db, register_office.id, RegisterFilter(text="ไฟฟ้า"), Sort(), limit=COMPLAINTS
        )
    ]


@pytest.mark.parametrize("query", ['"ไฟฟ้า', "ไฟฟ้า OR *", 'NEAR("ถนน" *) OR'])
def test_search_syntax_is_plain_text(qtbot, db, register_office, register_page, query):
    type_text(register_page.filter_bar.search, query)
    qtbot.keyClick(register_page.filter_bar.search, Qt.Key.Key_Return)
    settled(qtbot, register_page)
    assert register_page.model.filter.text == query
    expected = register.count(db, register_office.id, RegisterFilter(text=query))
    assert register_page.count_label.text() == f"พบ {expected} เรื่อง"
    assert register_page.model.rowCount() == expected
    assert expected < COMPLAINTS  # the operators did not turn into "match everything"


def test_clicking_a_header_sorts_in_the_database(qtbot, db, register_office, register_page):
    newest_first = register_page.model.index(0, TRACKING).data()
    header = register_page.table.horizontalHeader()
    x = header.sectionViewportPosition(TRACKING) + header.sectionSize(TRACKING) // 2
    centre = QPoint(x, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    settled(qtbot, register_page)
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sortIndicatorSection() == TRACKING
    assert register_page.model.sort_order == Sort(SortKey.TRACKING, descending)
    if descending:  # then click again: oldest first must differ from newest first
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        settled(qtbot, register_page)
    assert register_page.model.sort_order == Sort(SortKey.TRACKING, False)
    expected = register.fetch(
        db, register_office.id, RegisterFilter(), Sort(SortKey.TRACKING, False), limit=1
    )[0]
    assert register_page.model.index(0, TRACKING).data() == expected.tracking_no != newest_first
    assert register_page.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == expected.id


def test_scrolling_to_the_end_loads_only_the_last_page(qtbot, db, register_office, register_page):
    last = register.fetch(db, register_office.id, RegisterFilter(), Sort(), offset=COMPLAINTS - 1)[
        0
    ]
    register_page.table.scrollToBottom()
    qtbot.waitUntil(lambda: 2 in register_page.model.fetched_pages, timeout=10_000)
    # 600 rows are three pages of 200: the middle one was never needed.
    assert register_page.model.fetched_pages == [0, 2]
    assert register_page.model.index(COMPLAINTS - 1, TRACKING).data() == last.tracking_no
    assert register_page.model.index(COMPLAINTS - 1, 0).data(Qt.ItemDataRole.UserRole) == last.id


def test_the_overdue_filter_shows_only_late_work_in_red(
    qtbot, db, register_office, register_user, register_page
):
    expected = register.count(
        db, register_office.id, saved_filter(SavedFilter.OVERDUE, user_id=register_user.id)
    )
    assert 0 < expected < COMPLAINTS
    qtbot.mouseClick(
        register_page.filter_bar.saved_buttons[SavedFilter.OVERDUE], Qt.MouseButton.LeftButton
    )
    settled(qtbot, register_page)
    assert register_page.count_label.text() == f"พบ {expected} เรื่อง"
    assert register_page.filter_bar.overdue.isChecked()
    for row in range(register_page.model.rowCount()):
        late = register_page.model.row_at(row).days_overdue
        assert late > 0
        assert register_page.model.index(row, DUE).data() == f"เกิน {late} วัน"
        brush = register_page.model.index(row, DUE).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == QColor("#c62828")
    qtbot.mouseClick(register_page.filter_bar.saved_buttons[None], Qt.MouseButton.LeftButton)
    settled(qtbot, register_page)
    assert (
        register_page.model.total == COMPLAINTS and not register_page.filter_bar.overdue.isChecked()
    )


def test_a_multi_choice_filter_narrows_by_village(qtbot, db, register_office, register_page):
    action = register_page.filter_bar.villages.menu().actions()[0]
    action.setChecked(True)
    flt = RegisterFilter(village_ids=frozenset({action.data()}))
    settled(qtbot, register_page)
    assert register_page.model.filter == flt
    assert register_page.model.total == register.count(db, register_office.id, flt) < COMPLAINTS
    assert register_page.filter_bar.villages.text().endswith("(1)")


def test_the_model_keeps_no_more_pages_than_its_cache(db, register_office):
    model = RegisterTableModel(db, register_office.id, page_size=25, cache_pages=3)
    for row in range(model.rowCount()):
        assert model.index(row, TRACKING).data()
        assert len(model.cached_pages()) <= 3
    assert len(model.fetched_pages) == COMPLAINTS // 25
    model.index(0, TRACKING).data()  # evicted long ago: read again
    assert model.fetched_pages[-1] == 0 and model.cached_pages()[-1] == 0


def test_enter_opens_the_receipt_and_select_complaint_finds_a_row(
    qtbot, db, register_office, register_page
):
    wanted = register.fetch(db, register_office.id, RegisterFilter(), Sort(), offset=450, limit=1)[
        0
    ]
    assert register_page.select_complaint(wanted.id)
    assert register_page.table.currentIndex().row() == 450
    qtbot.keyClick(register_page.table, Qt.Key.Key_Return)
    assert register_page.receipt_dialog().tracking_no() == wanted.tracking_no
    register_page.set_filter(RegisterFilter(text="ไม่มีเรื่องแบบนี้แน่นอน"))
    settled(qtbot, register_page)
    assert not register_page.select_complaint(wanted.id)


def test_highlight_ranges_keep_thai_marks_with_their_letter():
    assert highlight_ranges("ถนนไฟฟ้า", ["ไฟฟ"]) == [(3, 7)]  # the tone mark goes with ฟ
    assert highlight_ranges("Road ROAD", ["road"]) == [(0, 4), (5, 9)]
    assert highlight_ranges("ไฟฟ้าดับ", ["ไฟ", "ฟฟ้"]) == [(0, 4)]  # overlaps merge
    assert highlight_ranges("abc", ["x"]) == []


def test_the_document_marks_only_the_terms(register_page):
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QStyleOptionViewItem

    document = highlighted_document(
        "หน้าวัด ไฟฟ้า", ["ไฟฟ้า"], QStyleOptionViewItem(), QColor("black")
    )
    cursor = QTextCursor(document)
    cursor.setPosition(10)  # inside ไฟฟ้า
    assert cursor.charFormat().background().color() == HIGHLIGHT
    cursor.setPosition(3)  # inside หน้าวัด
    assert cursor.charFormat().background().color() != HIGHLIGHT


def yellow_pixels(widget) -> int:
    image = widget.grab().toImage()
    target = HIGHLIGHT.rgb()
    return sum(
        image.pixel(x, y) == target
        for y in range(0, image.height(), 2)
        for x in range(image.width())
    )


def test_matches_are_painted_yellow(qtbot, db, register_office, register_page):
    assert yellow_pixels(register_page.table.viewport()) == 0
    # The newest complaint may be anonymous (which one is newest depends on the date).
    name = next(row.complainant_name.split()[-1] for row in map(
        register_page.model.row_at, range(register_page.model.rowCount()))
        if row.complainant_name.strip())
    type_text(register_page.filter_bar.search, name)
    qtbot.waitUntil(lambda: register_page.model.terms == [name], timeout=10_000)
    # The detail pane narrows the table: bring the complainant column into view first.
    register_page.table.scrollTo(register_page.model.index(0, COMPLAINANT))
    qtbot.waitUntil(lambda: yellow_pixels(register_page.table.viewport()) > 50, timeout=10_000)


def test_refresh_shows_a_newly_logged_complaint(qtbot, db, register_office, register_user,
                                                register_page):
    from tests.ui.helpers import log

    logged = log(db, register_office, register_user, category="ไฟฟ้าส่องสว่างชำรุด")
    assert register_page.model.total == COMPLAINTS
    register_page.refresh()
    settled(qtbot, register_page)
    assert register_page.count_label.text() == f"พบ {COMPLAINTS + 1} เรื่อง"
    assert register_page.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == logged.id


def test_the_crew_filter_shows_one_crews_work(qtbot, db, register_office, register_user):
    from sqlalchemy import func, select

    from fondue_desk.db.models import Complaint
    from fondue_desk.services import crews
    from ui.pages.register_page import RegisterPage

    lights = next(c for c in crews.list_crews(db, register_office.id)
                  if c.name == "ทีมไฟฟ้าส่องสว่าง กองช่าง")
    with db.read() as session:
        expected = session.scalar(select(func.count()).where(Complaint.crew_id == lights.id))
    assert expected > 0
    page = RegisterPage(db, register_office, register_user)
    qtbot.addWidget(page)
    assert page.filter_bar.crews.isVisibleTo(page)
    page.filter_bar.crews.set_selected({lights.id})
    page.filter_bar.crews.changed.emit()
    qtbot.waitUntil(lambda: page.model.total == expected)
    assert page.model.row_at(0).crew_name == lights.name
