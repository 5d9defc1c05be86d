"""The Traffy Fondue sync window and the background scheduler against the local fake server:
a failed item with its reason and Retry, Send now off the GUI thread, quiet when offline, the
status-bar indicator, and a run under way when the window closes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fondue_desk.interop import traffy_api as api
from fondue_desk.services import reference, traffy_sync
from tests.integration.test_traffy_sync import _closed_port_url, counter_complaint, factory
from ui.traffy.scheduler import TraffyScheduler
from ui.traffy.sync_page import TraffySyncDialog
from ui.traffy_sync_texts import traffy_sync_text


@pytest.fixture
def admin_user(db, demo_office):
    traffy_sync.save_settings(db, reference.find_user(db, "admin").id, enabled=True, base_url="",
                              send_by_default=True, pull_every_minutes=0, organisation="")
    return reference.find_user(db, "admin")


def make_dialog(qtbot, db, office, user, base_url: str, now) -> TraffySyncDialog:
    scheduler = TraffyScheduler(db, office.id, client_factory=factory(base_url, timeout=3.0),
                                clock=lambda: now)
    dialog = TraffySyncDialog(db, office, user, scheduler)
    scheduler.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def run_and_wait(qtbot, dialog, button) -> object:
    with qtbot.waitSignal(dialog.scheduler.finished, timeout=15000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return done.args[0]


def row_texts(dialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_send_now_sends_the_queue_and_shows_the_credit(qtbot, db, demo_office, admin_user,
                                                        fake, now):
    made = counter_complaint(db, demo_office, reference.find_user(db, "clerk1"))
    dialog = make_dialog(qtbot, db, demo_office, admin_user, fake.base_url, now)
    assert row_texts(dialog, 0)[:3] == [made.tracking_no, dialog.tr("New ticket"),
                                        dialog.tr("Waiting")]
    assert not dialog.retry_button.isEnabled()
    report = run_and_wait(qtbot, dialog, dialog.send_button)
    assert report.sent == 1 and not report.offline
    assert row_texts(dialog, 0)[2] == dialog.tr("Sent")
    assert f"{report.credit_remaining:,}" in dialog.summary.text()
    assert traffy_sync.ticket_of(db, made.id) is not None
    assert dialog.send_button.isEnabled()


def test_a_failed_item_shows_its_reason_and_retry_tries_again(qtbot, db, demo_office,
                                                              admin_user, fake, now):
    counter_complaint(db, demo_office, reference.find_user(db, "clerk1"))
    fake.refuse_new_issues = "latitude is not specified"
    dialog = make_dialog(qtbot, db, demo_office, admin_user, fake.base_url, now)
    report = run_and_wait(qtbot, dialog, dialog.send_button)
    assert report.failed == 1
    cells = row_texts(dialog, 0)
    assert cells[2] == dialog.tr("Failed") and cells[3] == "1"
    assert cells[5] == traffy_sync_text(api.REJECTED, {}) and cells[5]
    assert "latitude" in dialog.table.item(0, 5).toolTip()  # Traffy's own words too
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled()
    with qtbot.waitSignal(dialog.scheduler.finished, timeout=15000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert row_texts(dialog, 0)[3] == "2"  # sent again, refused again for the same reason


def test_offline_is_quiet_and_everything_keeps_waiting(qtbot, db, demo_office, admin_user, now):
    counter_complaint(db, demo_office, reference.find_user(db, "clerk1"))
    dialog = make_dialog(qtbot, db, demo_office, admin_user, _closed_port_url(), now)
    report = run_and_wait(qtbot, dialog, dialog.send_button)
    assert report.offline
    assert dialog.scheduler.offline
    assert row_texts(dialog, 0)[2] == dialog.tr("Waiting")
    assert dialog.state.text() == dialog.tr(
        "Offline: everything waits here and goes when the line is back.")


def test_the_scheduler_runs_one_at_a_time_and_stops_cleanly(qtbot, db, demo_office, admin_user,
                                                            fake, now):
    counter_complaint(db, demo_office, reference.find_user(db, "clerk1"))
    fake.slow = 1.0
    scheduler = TraffyScheduler(db, demo_office.id, client_factory=factory(fake.base_url),
                                clock=lambda: now)
    first = scheduler.tick()
    assert first is not None and scheduler.is_active()
    assert scheduler.run(pull=False) is None  # one at a time: this one is remembered
    scheduler.stop()  # waits for the run under way; nothing runs after it
    assert not scheduler.is_active() and not first.is_running()


def test_sync_off_runs_nothing(qtbot, db, demo_office, now):
    scheduler = TraffyScheduler(db, demo_office.id, clock=lambda: now)
    assert not scheduler.is_active()
    assert scheduler.tick() is None and scheduler.queued_something() is None


def test_the_detail_pane_shows_the_traffy_ticket_and_state(qtbot, db, demo_office, admin_user,
                                                           fake, now):
    from ui.widgets.complaint_detail_pane import ComplaintDetailPane

    clerk = reference.find_user(db, "clerk1")
    made = counter_complaint(db, demo_office, clerk)
    pane = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_complaint(made.id)
    assert pane.traffy_line.isHidden()  # queued, no ticket yet
    traffy_sync.sync_once(db, demo_office.id, client_factory=factory(fake.base_url), now=now,
                          pull=False)
    ticket = traffy_sync.ticket_of(db, made.id)
    pane.show_complaint(made.id)
    assert not pane.traffy_line.isHidden()
    assert ticket.ticket_id in pane.traffy_line.text()
    assert pane.traffy_line.text().startswith(pane.tr("Traffy Fondue: %1").replace("%1", "")[:6])
