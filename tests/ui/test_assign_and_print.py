"""Assigning from the register: select rows with the mouse, assign to the suggested crew, and
print the work order the assignment made (Thai interface, real SQLite)."""
from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from fondue_desk.domain.errors import FieldError
from fondue_desk.services import complaints, crews, work_orders
from fondue_desk.services.views import ComplaintView
from ui.dialogs.assign_dialog import AssignDialog
from ui.messages import field_error_text
from ui.pages.register_page import RegisterPage
from ui.printing import PRINTED, PrintOutcome
from ui.urgency import urgency_badge

from .dispatch_helpers import ELECTRIC, ROAD, assigned, crew_serving, logged
from .keyboard import type_text

SENT = PrintOutcome(PRINTED, "test printer", 1)  # what print_pdf reports

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def three(db, demo_office, clerk) -> list[ComplaintView]:
    """Two street-light complaints and a road one: the suggestion follows the majority."""
    return [logged(db, demo_office, clerk, ELECTRIC, description="ไฟดับหน้าวัด"),
            logged(db, demo_office, clerk, ROAD, description="ถนนเป็นหลุม"),
            logged(db, demo_office, clerk, ELECTRIC, days_ago=9, description="ไฟกะพริบ")]


@pytest.fixture
def page(qtbot, db, demo_office, clerk, three):
    widget = RegisterPage(db, demo_office, clerk)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_of(page, complaint_id: int) -> int:
    model = page.model
    return next(r for r in range(model.rowCount())
                if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == complaint_id)


def click_row(qtbot, page, complaint_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = page.table.visualRect(page.model.index(row_of(page, complaint_id), 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, modifier, rect.center())


def open_dialog(qtbot, page) -> AssignDialog:
    qtbot.mouseClick(page.assign_button, LEFT)
    dialog = page.assign_dialog()
    assert isinstance(dialog, AssignDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_assign_three_rows_to_the_suggested_crew_and_print_one_work_order(
        qtbot, db, demo_office, page, three, monkeypatch, tmp_path, today):
    lights = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    crew_serving(db, demo_office, ROAD, "ทีมโยธา")
    assert not page.assign_button.isEnabled()
    click_row(qtbot, page, three[0].id)
    click_row(qtbot, page, three[1].id, CTRL)
    click_row(qtbot, page, three[2].id, CTRL)
    assert sorted(page.selected_complaint_ids()) == sorted(c.id for c in three)
    # The detail pane follows the current row: the last one clicked.
    assert page.detail.complaint().id == three[2].id
    assert page.assign_button.isEnabled()

    dialog = open_dialog(qtbot, page)
    assert dialog.complaint_count() == 3
    assert dialog.table.rowCount() == 3
    assert {dialog.table.item(r, 0).text() for r in range(3)} == {c.tracking_no for c in three}
    assert dialog.chosen_crew_id() == dialog.suggested_crew_id == lights.id
    assert dialog.crew.currentText() != lights.name and lights.name in dialog.crew.currentText()
    assert not dialog.reason.isVisibleTo(dialog)  # nobody's work is being taken away
    assert dialog.print_grouping() == "crew_day"

    planned = today + timedelta(days=2)
    dialog.planned_date.lineEdit().selectAll()
    type_text(dialog.planned_date, f"{planned.day:02d}/{planned.month:02d}/{planned.year + 543}")
    assert dialog.planned_date.date() == QDate(planned.year, planned.month, planned.day)
    type_text(dialog.instruction, "นำบันไดยาวไปด้วย")

    printed: list[bytes] = []
    monkeypatch.setattr("ui.dialogs.pdf_job_dialog.print_pdf",
                        lambda data, parent, title, **_: printed.append(data) or SENT)
    changed: list[int] = []
    page.complaint_changed.connect(changed.append)
    qtbot.mouseClick(dialog.ok_button, LEFT)

    for c in three:
        saved = complaints.get(db, c.id)
        assert (saved.status, saved.crew_id, saved.planned_date) == ("assigned", lights.id,
                                                                     planned)
        assert saved.instruction == "นำบันไดยาวไปด้วย"
    orders = {o.id for c in three for o in work_orders.orders_for_complaint(db, c.id)}
    assert len(orders) == 1
    assert sorted(changed) == sorted(c.id for c in three)
    assert crews.get_crew(db, demo_office.id, lights.id).id == lights.id

    preview = dialog.work_order_dialog
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(preview.is_ready, timeout=30000)
    assert preview.preview.page_count() >= 1
    qtbot.mouseClick(preview.print_button, LEFT)
    assert len(printed) == 1 and printed[0].startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[0])).pages)
    assert all(c.tracking_no in text for c in three)
    number = work_orders.orders_for_complaint(db, three[0].id)[0].number
    offered: list[str] = []
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _parent, _title, path, _filter: offered.append(path) or (str(target), "")))
    qtbot.mouseClick(preview.save_button, LEFT)
    # "12/2570" must not become a folder: the offered name keeps the number, made safe.
    assert Path(offered[0]).name.endswith(f"{number.replace('/', '-')}.pdf")
    assert target.read_bytes() == printed[0]


def test_the_assign_list_marks_overdue_work_in_red(qtbot, db, demo_office, page, three,
                                                   today):
    crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    page.table.selectAll()
    dialog = open_dialog(qtbot, page)
    late_row = next(r for r in range(3) if dialog.table.item(r, 0).text() == three[2].tracking_no)
    late = complaints.get(db, three[2].id)
    expected = urgency_badge((today - late.due_date).days, None)
    assert expected is not None
    assert dialog.table.item(late_row, 4).text() == expected[0]
    assert dialog.table.item(late_row, 4).foreground().color().name() == "#c62828"


def test_enter_in_a_field_assigns_and_escape_cancels(qtbot, db, demo_office, page, three):
    crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    click_row(qtbot, page, three[0].id)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClick(dialog.instruction, Qt.Key.Key_Escape)
    assert dialog.result is None and not dialog.isVisible()
    assert complaints.get(db, three[0].id).status == "received"

    dialog = open_dialog(qtbot, page)
    dialog.print_none.setChecked(True)
    type_text(dialog.instruction, "ด่วน")
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(dialog.instruction, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert complaints.get(db, three[0].id).status == "assigned"
    assert dialog.work_order_dialog is None  # "don't print now"
    assert work_orders.orders_for_complaint(db, three[0].id) == []


def test_moving_work_from_another_crew_asks_for_a_reason(qtbot, db, demo_office, clerk, page):
    lights = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    roads = crew_serving(db, demo_office, ROAD, "ทีมโยธา")
    held = assigned(db, demo_office, clerk, roads, ELECTRIC)
    page.refresh()
    qtbot.waitUntil(lambda: not page.model.busy, timeout=20_000)  # read on a worker thread
    click_row(qtbot, page, held.id)
    dialog = open_dialog(qtbot, page)
    dialog.select_crew(roads.id)
    assert not dialog.reason_required() and not dialog.reason.isVisibleTo(dialog)
    dialog.select_crew(lights.id)
    assert dialog.reason_required() and dialog.reason.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_text("reason") == field_error_text(
        FieldError("reason", "reason.required_for_reassign"))
    assert complaints.get(db, held.id).crew_id == roads.id
    type_text(dialog.reason, "ทีมโยธาติดงานถนนทั้งสัปดาห์")
    dialog.print_none.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert complaints.get(db, held.id).crew_id == lights.id
    assert dialog.result.reassigned == (held.id,)


def test_finished_work_cannot_be_assigned(qtbot, db, demo_office, clerk, page, three):
    from fondue_desk.services.workflow import change_status

    crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    change_status(db, clerk.id, three[1].id, "rejected", note="ไม่ใช่พื้นที่รับผิดชอบ")
    page.refresh()
    qtbot.waitUntil(lambda: not page.model.busy, timeout=20_000)  # read on a worker thread
    page.table.selectAll()
    dialog = open_dialog(qtbot, page)
    assert not dialog.ok_button.isEnabled()
    assert three[1].tracking_no in dialog.error_text()


def test_a_mayor_is_not_offered_assigning(qtbot, db, demo_office, three):
    from fondue_desk.services import reference

    mayor = reference.find_user(db, "mayor")
    widget = RegisterPage(db, demo_office, mayor)
    qtbot.addWidget(widget)
    widget.table.selectAll()
    assert not widget.assign_button.isVisibleTo(widget)
    assert widget.open_assign_dialog() is None
