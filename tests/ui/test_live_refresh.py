"""Two desks on one SQLite file: what one saves shows in the other's register within 2 s, and
an edit dialog open on a complaint the other desk edited says so and refuses to overwrite."""
from __future__ import annotations

import threading

import pytest

from fondue_desk.db.database import Database
from fondue_desk.services import complaints, reference
from fondue_desk.services.editing import edit_complaint, input_of
from fondue_desk.services.intake import ComplaintInput, log_complaint

LIVE_MS = 2_000  # the promise: another desk's save is on screen within 2 s


def _data(category_id: int, description: str) -> ComplaintInput:
    return ComplaintInput(category_id=category_id, description=description,
                          complainant_name="นายสมชาย ใจดี", phone="0812345678")


@pytest.fixture
def other_desk(qtbot, db_url, demo_office, admin):
    """A second desk: its own Database on the same file and its own window."""
    from ui.main_window import MainWindow

    database = Database.open(db_url, migrate=False)
    window = MainWindow(database, demo_office, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(window.pages.indexOf(window.register_page))
    qtbot.waitUntil(lambda: window.live_refresh.running, timeout=10_000)
    qtbot.waitUntil(lambda: not window.register_page.model.busy, timeout=20_000)
    yield window
    window.close()
    database.close()


def _feed_threads() -> int:
    return sum(t.name == "fondue-change-feed" for t in threading.enumerate())


def test_a_save_at_one_desk_appears_in_the_other_desks_register(qtbot, db, demo_office, clerk,
                                                                other_desk, window):
    register = other_desk.register_page
    before = register.model.rowCount()
    category = reference.active_categories(db, demo_office.id)[0]
    logged = log_complaint(db, clerk.id, _data(category.id, "ท่อประปาแตกหน้าวัด"))
    qtbot.waitUntil(lambda: register.model.rowCount() == before + 1, timeout=LIVE_MS)
    qtbot.waitUntil(lambda: register.select_complaint(logged.id), timeout=LIVE_MS)
    # An edit made at the first desk reaches the second desk's open detail pane too.
    edit_complaint(db, clerk.id, logged.id, ComplaintInput(
        **{**input_of(logged).__dict__, "description": "ท่อประปาแตกหน้าวัดป่า"}))
    qtbot.waitUntil(lambda: register.detail.complaint().description == "ท่อประปาแตกหน้าวัดป่า",
                    timeout=LIVE_MS)
    qtbot.waitUntil(lambda: clerk.full_name in other_desk.statusBar().currentMessage(),
                    timeout=LIVE_MS)


def test_an_edit_dialog_is_warned_and_cannot_overwrite_the_other_desks_edit(
        qtbot, db, demo_office, clerk, other_desk):
    category = reference.active_categories(db, demo_office.id)[0]
    logged = log_complaint(db, clerk.id, _data(category.id, "ไฟกิ่งดับซอย 3"))
    register = other_desk.register_page
    qtbot.waitUntil(lambda: register.select_complaint(logged.id), timeout=10_000)
    dialog = register.detail.open_edit_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.changed_bar.isHidden()

    edit_complaint(db, clerk.id, logged.id, ComplaintInput(
        **{**input_of(logged).__dict__, "phone": "0899998888"}), note="เบอร์ใหม่")
    qtbot.waitUntil(dialog.changed_bar.isVisible, timeout=LIVE_MS)
    assert clerk.full_name in dialog.changed_bar.text.text()

    dialog.form.description.setPlainText("ไฟกิ่งดับทั้งซอย 3")
    assert dialog.save() is None and dialog.isVisible()
    saved = complaints.get(db, logged.id)
    assert (saved.description, saved.phone) == ("ไฟกิ่งดับซอย 3", "0899998888")

    dialog.changed_bar.action_button.click()  # Reload: the form holds the saved values
    assert dialog.changed_bar.isHidden()
    assert dialog.form.description.toPlainText() == "ไฟกิ่งดับซอย 3"
    dialog.form.description.setPlainText("ไฟกิ่งดับทั้งซอย 3")
    assert dialog.save() is not None
    saved = complaints.get(db, logged.id)
    assert (saved.description, saved.phone) == ("ไฟกิ่งดับทั้งซอย 3", "0899998888")


def test_the_listener_thread_stops_when_the_window_closes_or_hides(qtbot, other_desk):
    assert _feed_threads() >= 1
    other_desk.hide()
    assert not other_desk.live_refresh.running
    other_desk.show()
    qtbot.waitUntil(lambda: other_desk.live_refresh.running, timeout=10_000)
    other_desk.close()
    assert not other_desk.live_refresh.running
    assert _feed_threads() == 0


def test_an_assignment_at_one_desk_appears_on_the_other_desks_crew_board(
        qtbot, db, demo_office, clerk, other_desk):
    from .dispatch_helpers import ELECTRIC, assigned, crew_serving

    lights = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    other_desk.show_page(other_desk.pages.indexOf(other_desk.crew_board_page))
    board = other_desk.crew_board_page
    qtbot.waitUntil(lambda: board.column_for(lights.id) is not None, timeout=LIVE_MS)
    assert board.column_for(lights.id).job_ids() == []
    job = assigned(db, demo_office, clerk, lights, ELECTRIC)
    qtbot.waitUntil(lambda: board.column_for(lights.id).job_ids() == [job.id],
                    timeout=LIVE_MS)


def test_work_reported_done_at_one_desk_joins_the_other_desks_sign_off_queue(
        qtbot, db, demo_office, clerk, other_desk):
    from .signoff_helpers import awaiting

    other_desk.show_page(other_desk.pages.indexOf(other_desk.signoff_page))
    queue = other_desk.signoff_page.model
    qtbot.waitUntil(lambda: queue.items() == [], timeout=10_000)
    done = awaiting(db, demo_office, clerk, count=1)
    qtbot.waitUntil(lambda: [item.id for item in queue.items()] == [done[0].id],
                    timeout=LIVE_MS)
