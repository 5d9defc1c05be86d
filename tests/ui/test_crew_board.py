"""The crew board: crews with their counts, jobs most urgent first, overdue marked; results,
moves and printing from it (Thai interface, real SQLite)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from fondue_desk.domain.errors import FieldError
from fondue_desk.services import complaints, work_orders
from fondue_desk.services.attachments import list_attachments
from fondue_desk.services.complaint_detail import complaint_detail
from fondue_desk.services.crew_board import urgency
from ui.dialogs.assign_dialog import AssignDialog
from ui.dialogs.result_dialog import ResultDialog
from ui.messages import field_error_text
from ui.pages.crew_board_page import CrewBoardPage
from ui.style import ERROR
from ui.urgency import AMBER
from ui.widgets.job_card import job_badge

from .dispatch_helpers import (
    ELECTRIC,
    ROAD,
    assigned,
    crew_serving,
    logged,
    png_file,
)
from .keyboard import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def lights(db, demo_office):
    return crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")


@pytest.fixture
def roads(db, demo_office):
    return crew_serving(db, demo_office, ROAD, "ทีมโยธา")


@pytest.fixture
def work(db, demo_office, clerk, lights, roads, today):
    """Street lights (3-day SLA): one 8 days late, one due tomorrow, one fresh for next week;
    roads: one job; and one complaint still waiting for a crew."""
    late = assigned(db, demo_office, clerk, lights, ELECTRIC, days_ago=11)
    soon = assigned(db, demo_office, clerk, lights, ELECTRIC, days_ago=2)
    later = assigned(db, demo_office, clerk, lights, ELECTRIC,
                     planned=today + timedelta(days=5))
    road = assigned(db, demo_office, clerk, roads, ROAD)
    waiting = logged(db, demo_office, clerk, ROAD)
    return {"late": late, "soon": soon, "later": later, "road": road, "waiting": waiting}


@pytest.fixture
def board(qtbot, db, demo_office, clerk, work):
    page = CrewBoardPage(db, demo_office, clerk)
    qtbot.addWidget(page)
    page.resize(1500, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


def changes(board) -> list[int]:
    emitted: list[int] = []
    board.complaint_changed.connect(emitted.append)
    return emitted


def test_crews_with_counts_most_urgent_first_and_overdue_marked(board, lights, roads, work):
    column = board.column_for(lights.id)
    assert column.name.text() == lights.name
    assert column.counts() == (3, 2, 1)  # open, planned today, overdue
    assert column.job_ids() == [work["late"].id, work["soon"].id, work["later"].id]
    jobs = column.jobs()
    assert jobs == sorted(jobs, key=urgency)
    late_badge, soon_badge = job_badge(jobs[0]), job_badge(jobs[1])
    assert late_badge[1] == ERROR and str(jobs[0].days_overdue) in late_badge[0]
    assert jobs[0].days_overdue == 8
    assert soon_badge[1] == AMBER
    assert job_badge(jobs[2]) is None
    assert board.column_for(roads.id).job_ids() == [work["road"].id]
    assert "1" in board.unassigned.text()
    # Every crew of the office has its column, busy or not.
    assert len(board.columns) == len(board.board.columns)


def test_the_toggles_narrow_the_columns(qtbot, board, lights, work):
    column = board.column_for(lights.id)
    qtbot.mouseClick(board.overdue_toggle, LEFT)
    assert column.job_ids() == [work["late"].id]
    qtbot.mouseClick(board.overdue_toggle, LEFT)
    qtbot.mouseClick(board.today_toggle, LEFT)
    assert column.job_ids() == [work["late"].id, work["soon"].id]
    assert column.counts() == (3, 2, 1)  # the counts are the crew's, not the filter's


def click_job(qtbot, board, crew_id: int, job_id: int, modifier=Qt.KeyboardModifier.NoModifier):
    column = board.column_for(crew_id)
    row = column.job_ids().index(job_id)
    rect = column.list.visualRect(column.model.index(row))
    qtbot.mouseClick(column.list.viewport(), LEFT, modifier, rect.center())


def test_selection_stays_within_one_crew_and_double_click_opens_the_register(
        qtbot, board, lights, roads, work):
    click_job(qtbot, board, lights.id, work["late"].id)
    click_job(qtbot, board, lights.id, work["soon"].id, Qt.KeyboardModifier.ControlModifier)
    assert board.selected_ids() == [work["late"].id, work["soon"].id]
    assert board.print_button.isEnabled() and not board.result_button.isEnabled()
    click_job(qtbot, board, roads.id, work["road"].id)
    assert board.selected_ids() == [work["road"].id]
    assert board.result_button.isEnabled()
    column = board.column_for(roads.id)
    centre = column.list.visualRect(column.model.index(0)).center()
    with qtbot.waitSignal(board.complaint_requested) as requested:
        qtbot.mouseDClick(column.list.viewport(), LEFT, pos=centre)
    assert requested.args == [work["road"].id]


def open_result(qtbot, board, crew_id: int, job_id: int) -> ResultDialog:
    click_job(qtbot, board, crew_id, job_id)
    qtbot.mouseClick(board.result_button, LEFT)
    dialog = board.current_dialog()
    assert isinstance(dialog, ResultDialog)
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, dialog: ResultDialog, outcome: str) -> None:
    button = dialog.outcome_buttons[outcome]
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def test_a_done_result_with_an_after_photo(qtbot, db, board, lights, work, monkeypatch,
                                            tmp_path):
    emitted = changes(board)
    dialog = open_result(qtbot, board, lights.id, work["late"].id)
    choose(qtbot, dialog, "done")
    assert dialog.outcome() == "done" and not dialog.reason_required()
    type_text(dialog.notes, "เปลี่ยนหลอด LED ใหม่ 2 หลอด")
    dialog.hours.setValue(1)
    dialog.minutes.setValue(30)
    type_text(dialog.materials, "หลอด LED 36 วัตต์ 2 หลอด")
    photos = [png_file(tmp_path / "หลังซ่อม.png"), png_file(tmp_path / "extra.png", (9, 9, 9))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda *a, **k: ([str(p) for p in photos], "")))
    qtbot.mouseClick(dialog.add_photos_button, LEFT)
    assert dialog.photo_names() == ["หลังซ่อม.png", "extra.png"]
    dialog.photos.item(1).setSelected(True)
    qtbot.mouseClick(dialog.remove_photo_button, LEFT)  # removed before saving: never stored
    assert dialog.photo_names() == ["หลังซ่อม.png"]
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert not dialog.isVisible()
    assert complaints.get(db, work["late"].id).status == "awaiting_signoff"
    stored = list_attachments(db, work["late"].id)
    assert [(a.kind, a.file_name) for a in stored] == [("after", "หลังซ่อม.png")]
    from fondue_desk.services.job_results import results_for_complaint

    result = results_for_complaint(db, work["late"].id)[-1]
    assert (result.outcome, result.minutes_spent, result.materials) == (
        "done", 90, "หลอด LED 36 วัตต์ 2 หลอด")
    assert emitted == [work["late"].id]
    assert work["late"].id not in board.column_for(lights.id).job_ids()  # off the board


def test_not_done_without_a_reason_shows_the_error_and_changes_nothing(qtbot, db, board,
                                                                        lights, work):
    before = complaint_detail(db, work["soon"].id)
    emitted = changes(board)
    dialog = open_result(qtbot, board, lights.id, work["soon"].id)
    choose(qtbot, dialog, "not_done")
    assert dialog.reason_required()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_text("reason") == field_error_text(
        FieldError("reason", "reason.required_for_outcome"))
    assert dialog.focusWidget() is dialog.reason
    after = complaint_detail(db, work["soon"].id)
    assert after.complaint == before.complaint and len(after.history) == len(before.history)
    assert emitted == []
    type_text(dialog.reason, "เสาไฟเป็นของ กฟภ.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    saved = complaints.get(db, work["soon"].id)
    assert (saved.status, saved.crew_id) == ("received", None)  # back to the office


def test_moving_jobs_to_another_crew_needs_a_reason(qtbot, db, board, lights, roads, work):
    click_job(qtbot, board, lights.id, work["later"].id)
    qtbot.mouseClick(board.move_button, LEFT)
    dialog = board.current_dialog()
    assert isinstance(dialog, AssignDialog)
    dialog.select_crew(roads.id)
    dialog.print_none.setChecked(True)
    assert dialog.reason.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and dialog.error_text("reason")
    assert complaints.get(db, work["later"].id).crew_id == lights.id
    type_text(dialog.reason, "ทีมไฟฟ้าติดภารกิจงานลอยกระทง")
    emitted = changes(board)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert complaints.get(db, work["later"].id).crew_id == roads.id
    assert emitted == [work["later"].id]
    assert work["later"].id in board.column_for(roads.id).job_ids()


def test_start_work_and_print_work_orders(qtbot, db, board, lights, work, monkeypatch):
    click_job(qtbot, board, lights.id, work["late"].id)
    click_job(qtbot, board, lights.id, work["soon"].id, Qt.KeyboardModifier.ControlModifier)
    assert board.start_button.isEnabled()
    qtbot.mouseClick(board.start_button, LEFT)
    assert complaints.get(db, work["late"].id).status == "in_progress"
    assert complaints.get(db, work["soon"].id).status == "in_progress"
    assert board.selected_ids() == [work["late"].id, work["soon"].id]  # kept over the reload
    assert not board.start_button.isEnabled()

    qtbot.mouseClick(board.print_button, LEFT)
    preview = board.work_order_dialog
    qtbot.addWidget(preview)
    qtbot.waitUntil(preview.is_ready, timeout=30000)
    orders = work_orders.orders_for_complaint(db, work["late"].id)
    assert len(orders) == 1 and orders[0].job_count == 2
    assert board.column_for(lights.id).jobs()[0].work_order_number == orders[0].number


def test_a_crew_leader_sees_no_assigning_buttons(qtbot, db, demo_office, work):
    from fondue_desk.services import reference

    leader = reference.find_user(db, "crew1")
    page = CrewBoardPage(db, demo_office, leader)
    qtbot.addWidget(page)
    assert not page.print_button.isVisibleTo(page) and not page.move_button.isVisibleTo(page)
    assert page.result_button.isVisibleTo(page)


@pytest.fixture
def leader_board(qtbot, db, demo_office, work):
    from fondue_desk.services import reference

    page = CrewBoardPage(db, demo_office, reference.find_user(db, "crew1"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_crew_leaders_own_crew_comes_first_and_is_marked(leader_board, lights):
    first = leader_board.columns[0]
    assert first.crew_id == lights.id  # the demo's light crew is led by crew1
    assert first.own_label.isVisibleTo(leader_board)
    assert not any(c.own_label.isVisibleTo(leader_board) for c in leader_board.columns[1:])


def test_another_crews_job_offers_no_action_and_says_why(qtbot, leader_board, lights, roads,
                                                        work):
    board = leader_board
    click_job(qtbot, board, roads.id, work["road"].id)
    assert board.selected_ids() == [work["road"].id]
    for button in (board.start_button, board.result_button):
        assert not button.isEnabled()
        assert button.toolTip() == ("งานนี้เป็นของทีมอื่น "
                                    "ท่านดำเนินการได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า")
    qtbot.mouseClick(board.result_button, LEFT)
    assert board.current_dialog() is None  # greyed: no form to fill only to be refused

    click_job(qtbot, board, lights.id, work["soon"].id)
    assert board.start_button.isEnabled() and board.result_button.isEnabled()
    assert board.start_button.toolTip() == ""
    assert board.start_work() == 1
    assert complaints.get(board._db, work["soon"].id).status == "in_progress"
    board.select_jobs(lights.id, [work["soon"].id])
    assert not board.start_button.isEnabled()
    assert board.start_button.toolTip() == "เริ่มงานได้เฉพาะงานที่ยังไม่ได้เริ่ม"
    assert board.result_button.isEnabled()


def test_nothing_selected_says_to_select(board):
    assert not board.result_button.isEnabled()
    assert board.result_button.toolTip() == "เลือกงานหนึ่งรายการก่อน"
    assert board.print_button.toolTip() == "เลือกงานก่อน"
