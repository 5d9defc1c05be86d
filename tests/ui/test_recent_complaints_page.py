"""The register list: what each column shows, refresh after logging, reopening a receipt."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from fondue_desk.domain.calendar import THAI_TZ
from tests.ui.helpers import log
from tests.ui.keyboard import type_text
from ui.models.complaint_table_model import (
    CATEGORY,
    COMPLAINANT,
    DUE,
    RECEIVED,
    STATUS,
    TRACKING,
    VILLAGE,
    ComplaintTableModel,
)


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_columns_show_thai_dates_labels_and_masked_phones(qtbot, db, demo_office, clerk):
    received = datetime(2026, 11, 25, 9, 41, tzinfo=THAI_TZ)
    named = log(db, demo_office, clerk, received_at=received)
    anonymous = log(db, demo_office, clerk, anonymous=True, phone="",
                    received_at=received + timedelta(minutes=5))
    from fondue_desk.services import complaints

    model = ComplaintTableModel()
    model.set_complaints(complaints.recent(db, demo_office.id), today=received.date())
    assert model.rowCount() == 2 and model.columnCount() == 8
    assert model.headerData(TRACKING, Qt.Orientation.Horizontal) == "เลขที่รับเรื่อง"
    assert cell(model, 0, TRACKING) == anonymous.tracking_no  # newest first
    assert cell(model, 0, COMPLAINANT) == "ไม่ประสงค์ออกนาม"
    assert cell(model, 1, COMPLAINANT) == "นายสมชาย ใจดี (081-XXX-5678)"
    assert cell(model, 1, RECEIVED) == "25 พ.ย. 2569 09:41"
    assert cell(model, 1, STATUS) == "รับเรื่องแล้ว"
    assert cell(model, 1, VILLAGE) == "หมู่ที่ 2 บ้านป่าจี้"
    assert cell(model, 1, CATEGORY) == "ขยะ/ความสะอาด"
    assert not cell(model, 1, CATEGORY, Qt.ItemDataRole.DecorationRole).isNull()
    # ขยะ/ความสะอาด has a two-day SLA: due 27 Nov 2026 = 27 พ.ย. 2569.
    assert named.due_date.isoformat() == "2026-11-27"
    assert cell(model, 1, DUE) == "27 พ.ย. 2569"
    assert cell(model, 1, DUE, Qt.ItemDataRole.ForegroundRole) is None


def test_an_open_complaint_past_its_due_date_is_red(db, demo_office, clerk):
    from fondue_desk.services import complaints

    old = log(db, demo_office, clerk, received_at=datetime(2026, 11, 1, 10, 0, tzinfo=THAI_TZ))
    model = ComplaintTableModel()
    model.set_complaints(complaints.recent(db, demo_office.id),
                         today=old.due_date + timedelta(days=1))
    brush = cell(model, 0, DUE, Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color() == QColor("#c62828")
    model.set_complaints(complaints.recent(db, demo_office.id), today=old.due_date)
    assert cell(model, 0, DUE, Qt.ItemDataRole.ForegroundRole) is None


def test_the_register_shows_a_complaint_as_soon_as_it_is_logged(qtbot, window):
    page, recent = window.intake_page, window.recent_page
    assert recent.model.rowCount() == 0
    form = page.form
    form.category.setEditText("ขยะ/ความสะอาด")
    type_text(form.description, "ขยะล้นถัง")
    form.anonymous.setChecked(True)
    with qtbot.waitSignal(page.complaint_logged):
        qtbot.keyClick(form.description, Qt.Key.Key_Return)
    assert recent.model.rowCount() == 1
    assert recent.model.complaint_at(0).tracking_no == page.last_complaint().tracking_no


def test_enter_on_a_row_reopens_its_receipt(qtbot, window, db, demo_office, clerk):
    first = log(db, demo_office, clerk)
    second = log(db, demo_office, clerk, category="น้ำประปา")
    recent = window.recent_page
    recent.refresh()
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is recent
    row = recent.model.row_of(first.id)
    recent.table.setCurrentIndex(recent.model.index(row, 0))
    qtbot.keyClick(recent.table, Qt.Key.Key_Return)
    dialog = recent.receipt_dialog()
    assert dialog is not None and dialog.tracking_no() == first.tracking_no

    row = recent.model.row_of(second.id)
    rect = recent.table.visualRect(recent.model.index(row, TRACKING))
    # QTest's double-click is only the second half of one; a real one starts with a click.
    qtbot.mouseClick(recent.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(recent.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: recent.receipt_dialog() is not None
                    and recent.receipt_dialog().tracking_no() == second.tracking_no)
    assert recent.model.data(QModelIndex()) is None
