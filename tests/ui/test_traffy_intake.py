"""The intake form's "ส่งเข้า Traffy Fondue" tick box: shown only when the office syncs,
ticked as the office chose, reached and ticked from the keyboard, undone with the form, and a
ticked complaint waits in the Traffy queue."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fondue_desk.services import receipts, traffy_sync
from tests.complaint_views import newest_complaints
from tests.ui.keyboard import type_text
from tests.ui.test_intake_page import choose_category


def enable_traffy(db, admin, *, by_default: bool) -> None:
    traffy_sync.save_settings(db, admin.id, enabled=True, base_url="", send_by_default=by_default,
                              pull_every_minutes=30, organisation="151")


@pytest.fixture
def traffy_window(qtbot, db, demo_office, clerk, admin):
    from ui.main_window import MainWindow

    enable_traffy(db, admin, by_default=False)
    window = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_hidden_when_the_office_does_not_sync(qtbot, page):
    assert not page.form.send_to_traffy.isVisibleTo(page.form)
    assert page.form.collect()[0].send_to_traffy is False


def test_ticked_by_keyboard_the_complaint_is_queued_for_traffy(qtbot, traffy_window, db,
                                                               demo_office):
    page = traffy_window.intake_page
    form = page.form
    box = form.send_to_traffy
    assert box.isVisible() and not box.isChecked()
    choose_category(qtbot, page, "ส่องสว่าง")
    type_text(form.description, "ไฟดับหน้าโรงเรียน")
    # Tab from the photos' buttons lands on the tick box; Space ticks it.
    form.photos.paste_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.photos.paste_button)
    qtbot.keyClick(form.photos.paste_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    form.anonymous.setChecked(True)
    with qtbot.waitSignal(page.complaint_logged, timeout=10000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    (saved,) = newest_complaints(db, demo_office.id)
    queued = traffy_sync.queue_view(db, demo_office.id)
    assert [(item.tracking_no, item.action, item.state) for item in queued] == [
        (saved.tracking_no, "new_issue", "queued")]
    assert not box.isChecked()  # back to the office's default for the next citizen
    page.print_dialog() and page.print_dialog().reject()


def test_office_default_ticks_it_and_escape_undo_restores_it(qtbot, db, demo_office, clerk,
                                                             admin):
    from ui.main_window import MainWindow

    enable_traffy(db, admin, by_default=True)
    window = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    form = window.intake_page.form
    assert form.send_to_traffy.isChecked()
    assert form.is_blank()  # the default alone is not something typed
    type_text(form.description, "ถนนเป็นหลุม")
    form.send_to_traffy.setChecked(False)
    snapshot = form.snapshot()
    form.clear()
    assert form.send_to_traffy.isChecked()
    form.restore(snapshot)
    assert not form.send_to_traffy.isChecked()
    assert form.description.toPlainText() == "ถนนเป็นหลุม"


def test_no_complaint_is_queued_when_unticked(qtbot, traffy_window, db, demo_office):
    page = traffy_window.intake_page
    choose_category(qtbot, page, "ส่องสว่าง")
    type_text(page.form.description, "ไฟดับ")
    page.form.anonymous.setChecked(True)
    with qtbot.waitSignal(page.complaint_logged, timeout=10000):
        qtbot.keyClick(page.form.description, Qt.Key.Key_Return)
    assert traffy_sync.queue_view(db, demo_office.id) == []
    page.print_dialog() and page.print_dialog().reject()


def test_the_ticket_comes_back_after_the_save_and_ctrl_p_prints_it(
        qtbot, db, demo_office, clerk, admin, now, monkeypatch):
    from tests.integration.test_traffy_sync import factory
    from tests.traffy_server import FakeTraffy
    from ui.main_window import MainWindow

    fake = FakeTraffy(now=now).start()
    try:
        enable_traffy(db, admin, by_default=True)
        window = MainWindow(db, demo_office, clerk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.traffy_scheduler._client_factory = factory(fake.base_url)
        page = window.intake_page
        choose_category(qtbot, page, "ส่องสว่าง")
        type_text(page.form.description, "ไฟดับหน้าวัด")
        page.form.coordinates.setText("18.7405, 98.9527")
        page.form.anonymous.setChecked(True)
        with qtbot.waitSignal(window.traffy_scheduler.finished, timeout=15000):
            qtbot.keyClick(page.form.description, Qt.Key.Key_Return)
        last = page.last_complaint()
        ticket = traffy_sync.ticket_of(db, last.id)
        assert ticket is not None and ticket.password
        assert ticket.ticket_id in window.statusBar().currentMessage()
        assert last.tracking_no in window.statusBar().currentMessage()
        assert window.traffy_indicator.isVisible()
        assert "1" not in window.traffy_indicator.text()  # nothing waits any more
        page.print_dialog() and page.print_dialog().reject()
        # Ctrl+P's receipt now carries the ticket (receipts.traffy_print).
        assert traffy_print_has(db, last.id, ticket)
    finally:
        window.close()
        fake.stop()


def traffy_print_has(db, complaint_id, ticket) -> bool:
    from tests.pdf_text import pdf_text

    printed = receipts.traffy_print(db, complaint_id)
    text = pdf_text(receipts.receipt_pdf(db, complaint_id))
    return printed is not None and ticket.ticket_id in text and ticket.password in text
