"""The detail pane's work section and before/after pictures (Thai interface, real SQLite)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fondue_desk.services import complaints, dispatch, reference
from fondue_desk.services.attachments import add_attachment
from fondue_desk.services.workflow import next_statuses
from ui.dialogs.assign_dialog import AssignDialog
from ui.dialogs.result_dialog import ResultDialog
from ui.widgets.complaint_detail_pane import ComplaintDetailPane

from .dispatch_helpers import ELECTRIC, crew_serving, logged, png_bytes

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def lights(db, demo_office):
    return crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")


@pytest.fixture
def complaint(db, demo_office, clerk):
    return logged(db, demo_office, clerk, ELECTRIC, days_ago=6)


def make_pane(qtbot, db, office, user, complaint_id: int) -> ComplaintDetailPane:
    pane = ComplaintDetailPane(db, office, user)
    qtbot.addWidget(pane)
    pane.resize(620, 1000)
    pane.show()
    pane.show_complaint(complaint_id)
    return pane


def test_assign_from_the_pane_then_record_the_result(qtbot, db, demo_office, clerk, lights,
                                                     complaint, monkeypatch):
    pane = make_pane(qtbot, db, demo_office, clerk, complaint.id)
    work = pane.work
    assert work.unassigned.isVisibleTo(pane)
    assert work.assign_button.isVisibleTo(pane) and not work.result_button.isVisibleTo(pane)
    assert pane.overdue.text()  # three days late, said in red beside the due date
    qtbot.mouseClick(work.assign_button, LEFT)
    dialog = pane.current_dialog()
    assert isinstance(dialog, AssignDialog) and dialog.chosen_crew_id() == lights.id
    with qtbot.waitSignal(pane.complaint_changed):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    preview = dialog.work_order_dialog
    qtbot.addWidget(preview)

    assert pane.complaint().crew_id == lights.id
    assert work.value_text("crew").startswith(lights.name)
    assert work.shows("planned")
    assert len(work.orders) == 1
    assert work.start_button.isVisibleTo(pane) and work.result_button.isVisibleTo(pane)
    # The general status dialog no longer offers what the work section does.
    assert "awaiting_signoff" not in next_statuses("assigned", clerk.role)

    reprint = work.open_work_order(work.orders[0].id)
    qtbot.addWidget(reprint)
    qtbot.waitUntil(reprint.is_ready, timeout=30000)
    assert work.orders[0].number in reprint.windowTitle()

    qtbot.mouseClick(work.result_button, LEFT)
    result = pane.current_dialog()
    assert isinstance(result, ResultDialog)
    result.choose_outcome("partly")
    result.reason.setText("รออะไหล่หลอดไฟ")
    result._photos.append(("หลัง.png", png_bytes()))
    with qtbot.waitSignal(pane.complaint_changed):
        qtbot.mouseClick(result.save_button, LEFT)
    assert complaints.get(db, complaint.id).status == "in_progress"
    assert work.value_text("reason") == "รออะไหล่หลอดไฟ" and work.shows("outcome")
    assert pane.pictures.counts() == (0, 1)


def test_before_and_after_pictures_side_by_side(qtbot, db, demo_office, clerk, lights,
                                                complaint, today):
    add_attachment(db, clerk.id, complaint.id, "ก่อน.png", png_bytes((10, 10, 200)))
    dispatch.assign(db, clerk.id, [complaint.id], lights.id, today)
    dispatch.record_result(db, clerk.id, complaint.id, dispatch.ResultInput(
        outcome="done", minutes_spent=75, after_photos=[("หลัง.png", png_bytes())]))
    pane = make_pane(qtbot, db, demo_office, clerk, complaint.id)
    assert pane.pictures.counts() == (1, 1)
    assert pane.attachments is pane.pictures.before
    after = pane.pictures.after
    assert not after.add_button.isVisibleTo(pane)
    after.open_attachment(after.thumbnails.item(0).data(Qt.ItemDataRole.UserRole))
    qtbot.waitUntil(lambda: after.viewer() is not None and after.viewer().isVisible())
    assert after.viewer().windowTitle() == "หลัง.png"
    assert pane.work.value_text("time") in ("1 ชม. 15 นาที", "1 h 15 min")
    # Awaiting sign-off: nothing left for a clerk to do in the work section.
    work = pane.work
    assert not any(b.isVisibleTo(pane) for b in (work.assign_button, work.start_button,
                                                  work.result_button))


def test_a_mayor_gets_no_work_actions(qtbot, db, demo_office, lights, complaint, clerk,
                                      today):
    dispatch.assign(db, clerk.id, [complaint.id], lights.id, today)
    mayor = reference.find_user(db, "mayor")
    pane = make_pane(qtbot, db, demo_office, mayor, complaint.id)
    work = pane.work
    assert not any(b.isVisibleTo(pane) for b in (work.assign_button, work.start_button,
                                                  work.result_button))
    assert not pane.status_button.isVisibleTo(pane)  # the mayor has no general move here
