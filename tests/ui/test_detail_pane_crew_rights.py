"""The register's detail pane as a crew leader: on another crew's job Start, Record result and
Add picture are greyed with the reason (the core's job rights), and a refusal that still comes
is shown as a message, never an uncaught error; on the crew's own job they work (Thai)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fondue_desk.services import complaints, reference
from fondue_desk.services.attachments import list_attachments
from ui.widgets.complaint_detail_pane import ComplaintDetailPane

from .dispatch_helpers import ELECTRIC, ROAD, assigned, crew_serving, png_file

LEFT = Qt.MouseButton.LeftButton
NOT_YOURS = "งานนี้เป็นของทีมอื่น ท่านดำเนินการได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า"


@pytest.fixture
def lights(db, demo_office):
    return crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")  # the demo's crew1 leads it


@pytest.fixture
def roads(db, demo_office):
    return crew_serving(db, demo_office, ROAD, "ทีมโยธา")


@pytest.fixture
def leader(db):
    return reference.find_user(db, "crew1")


@pytest.fixture
def pane(qtbot, db, demo_office, leader):
    widget = ComplaintDetailPane(db, demo_office, leader)
    qtbot.addWidget(widget)
    widget.resize(640, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def messages(pane) -> list[str]:
    said: list[str] = []
    pane.message.connect(said.append)
    return said


def test_another_crews_job_greys_the_actions_and_says_why(qtbot, db, demo_office, clerk,
                                                         pane, lights, roads, tmp_path):
    road = assigned(db, demo_office, clerk, roads, ROAD)
    pane.show_complaint(road.id)
    work = pane.work
    for button in (work.start_button, work.result_button, pane.attachments.add_button):
        assert button.isVisibleTo(pane), button.text()
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == NOT_YOURS

    qtbot.mouseClick(work.result_button, LEFT)
    assert pane.current_dialog() is None  # greyed: no form to fill only to be refused
    said = messages(pane)
    assert work.start_work() is False  # e.g. a shortcut that bypasses the button
    assert said == [NOT_YOURS]
    assert complaints.get(db, road.id).status == "assigned"

    # The core still refuses a picture that gets through (the list was stale, say): a message
    # under the strip, nothing attached, no uncaught PermissionDenied.
    assert pane.attachments.add_file(png_file(tmp_path / "pole.png")) is None
    assert pane.attachments.error_text() == (
        f"เรื่อง {road.tracking_no} ไม่ใช่งานของทีมท่าน "
        "ท่านแนบรูปได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า")
    assert list_attachments(db, road.id) == []


def test_the_crews_own_job_offers_the_actions(qtbot, db, demo_office, clerk, pane, lights,
                                              tmp_path):
    lamp = assigned(db, demo_office, clerk, lights, ELECTRIC)
    pane.show_complaint(lamp.id)
    work = pane.work
    for button in (work.start_button, work.result_button, pane.attachments.add_button):
        assert button.isVisibleTo(pane) and button.isEnabled(), button.text()
        assert button.toolTip() == ""

    qtbot.mouseClick(work.start_button, LEFT)
    qtbot.waitUntil(lambda: complaints.get(db, lamp.id).status == "in_progress", timeout=10_000)
    pane.show_complaint(lamp.id)
    assert not work.start_button.isVisibleTo(pane)  # started: nothing more to start
    assert work.result_button.isEnabled()

    # The core decides the kind: the job's own crew adding a picture while at work adds an
    # after-photo, which the pane shows on the "after" side.
    added = pane.attachments.add_file(png_file(tmp_path / "fixed.png"))
    assert added is not None and added.kind == "after"
    assert pane.attachments.error_text() == ""
    qtbot.waitUntil(lambda: pane.pictures.counts() == (0, 1), timeout=10_000)


def test_the_refusal_follows_the_shown_complaint(db, demo_office, clerk, pane, lights, roads):
    road = assigned(db, demo_office, clerk, roads, ROAD)
    lamp = assigned(db, demo_office, clerk, lights, ELECTRIC)
    pane.show_complaint(road.id)
    assert not pane.attachments.add_button.isEnabled()
    pane.show_complaint(lamp.id)
    assert pane.attachments.add_button.isEnabled()
    assert pane.attachments.add_button.toolTip() == ""


def test_office_staff_act_on_every_crews_job(qtbot, db, demo_office, clerk, roads):
    road = assigned(db, demo_office, clerk, roads, ROAD)
    pane = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(pane)
    pane.show_complaint(road.id)
    assert pane.work.result_button.isEnabled()
    assert pane.attachments.add_button.isEnabled()
