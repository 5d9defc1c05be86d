"""The executive's sign-off page: the queue, approving with letters, sending back with a reason."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from fondue_desk.domain.errors import FieldError
from fondue_desk.domain.statuses import Status
from fondue_desk.services import complaints, letters
from fondue_desk.services.signoff_queue import decisions
from tests.pdf_text import pdf_text, skeleton
from tests.ui.keyboard import type_text
from tests.ui.signoff_helpers import awaiting, mayor, report_done
from ui.dialogs import pdf_job_dialog
from ui.messages import field_error_text
from ui.models.signoff_queue_model import RETURNED, TRACKING
from ui.pages import signoff_page
from ui.pages.signoff_page import SignOffPage
from ui.printing import PRINTED, PrintOutcome
from ui.widgets.attachment_strip import ImageViewerDialog
from ui.widgets.photo_compare import PhotoCompareDialog
from ui.widgets.work_section import time_spent

SENT = PrintOutcome(PRINTED, "test printer", 1)  # what print_pdf reports


def make_page(qtbot, db, office, user) -> SignOffPage:
    page = SignOffPage(db, office, user)
    qtbot.addWidget(page)
    page.resize(1366, 820)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def queued(db, demo_office, clerk):
    return awaiting(db, demo_office, clerk, 3)


@pytest.fixture
def page(qtbot, db, demo_office, queued):
    return make_page(qtbot, db, demo_office, mayor(db))


class Confirmation:
    """Stands in for the approval question: records it and gives `answer`."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True

    def __call__(self, _parent, _title, text, _yes) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def confirm(monkeypatch):
    confirmation = Confirmation()
    monkeypatch.setattr(signoff_page, "ask", confirmation)
    return confirmation


def status(db, complaint) -> str:
    return complaints.get(db, complaint.id).status


def tracking_column(page) -> list[str]:
    return [page.model.index(r, TRACKING).data() for r in range(page.model.rowCount())]


def tick_rows_with_keyboard(page, rows) -> None:
    page.table.setFocus()
    for row in rows:
        page.table.setCurrentIndex(page.model.index(row, 2))  # Space works from any column
        QTest.keyClick(page.table, Qt.Key.Key_Space)


def test_the_queue_lists_the_work_awaiting_sign_off(page, queued):
    assert sorted(tracking_column(page)) == sorted(c.tracking_no for c in queued)
    assert page.stack.currentWidget() is page.splitter
    assert page.count_badge.text() == "รอลงนาม 3 เรื่อง"
    first = page.model.item_at(0)
    assert page.model.index(0, 3).data() == first.crew_name != ""
    assert page.model.index(0, RETURNED).data() == ""
    # The first row is shown as evidence straight away.
    assert page.evidence.item().id == first.id
    assert page.evidence.description.text() == first.description
    assert page.evidence._values["time"].text() == time_spent(95)
    assert not page.approve_button.isEnabled()


def test_empty_queue_says_so(qtbot, db, demo_office):
    page = make_page(qtbot, db, demo_office, mayor(db))
    assert page.stack.currentWidget() is page.empty
    assert page.empty_title.isVisible()
    assert page.evidence.item() is None


def test_approving_two_closes_them_and_numbers_consecutive_letters(
        qtbot, monkeypatch, db, demo_office, page, queued, confirm):
    tick_rows_with_keyboard(page, [0, 1])
    chosen = page.model.checked_items()
    assert len(chosen) == 2
    assert page.approve_button.text().endswith("(2)")

    decision = page.approve_ticked()

    assert len(confirm.asked) == 1 and "2" in confirm.asked[0]
    for item in chosen:
        assert complaints.get(db, item.id).status == Status.CLOSED
    untouched = next(c for c in queued if c.id not in {i.id for i in chosen})
    assert status(db, untouched) == Status.AWAITING_SIGNOFF
    assert tracking_column(page) == [untouched.tracking_no]
    numbered = decision.letters
    assert [letter.complaint_id for letter in numbered] == [i.id for i in chosen]
    year = next(iter(letters.register_years(db, demo_office.id)))
    seqs = {v.id: v.seq for v in letters.register(db, demo_office.id, year)}
    assert seqs[numbered[1].id] == seqs[numbered[0].id] + 1
    assert page.banner.isVisible() and page.banner.letters_button.isVisible()
    assert numbered[0].document_no in page.banner.text()

    printed: list[bytes] = []
    monkeypatch.setattr(pdf_job_dialog, "print_pdf",
                        lambda data, _parent, _title, **_: printed.append(data) or SENT)
    page.banner.letters_button.click()
    dialog = page.letter_dialog
    qtbot.waitUntil(dialog.is_ready)
    text = skeleton(pdf_text(dialog.pdf_bytes()))
    for letter in numbered:
        assert skeleton(letter.document_no) in text
        assert skeleton(letter.recipient) in text
    dialog.print_button.click()
    assert printed == [dialog.pdf_bytes()]  # both letters in one print job


def test_cancelling_the_confirmation_changes_nothing(page, db, queued, confirm):
    confirm.answer = False
    page.tick_all()
    assert page.approve_ticked() is None
    assert confirm.asked
    assert all(status(db, c) == Status.AWAITING_SIGNOFF for c in queued)
    assert page.model.rowCount() == 3
    assert not page.banner.isVisible()


def test_anonymous_work_is_closed_without_a_letter(qtbot, db, demo_office, clerk, confirm):
    anonymous = awaiting(db, demo_office, clerk, 1, anonymous=True)
    page = make_page(qtbot, db, demo_office, mayor(db))
    page.tick_all()
    decision = page.approve_ticked()
    assert status(db, anonymous[0]) == Status.CLOSED
    assert decision.letters == []
    assert not page.banner.letters_button.isVisible()
    assert page.open_letters() is None
    assert page.stack.currentWidget() is page.empty


def test_sending_back_without_a_reason_is_refused(qtbot, page, db, queued):
    page.tick([queued[0].id])
    dialog = page.open_return_dialog()
    qtbot.waitExposed(dialog)
    dialog.ok_button.click()
    assert dialog.isVisible()
    expected = field_error_text(FieldError("reason", "reason.required_for_return"))
    assert dialog.reason_message() == expected != ""
    assert dialog.reason_error.isVisible()
    assert status(db, queued[0]) == Status.AWAITING_SIGNOFF
    assert decisions(db, queued[0].id) == []
    type_text(dialog.reason, "ก")
    assert dialog.reason_message() == ""  # editing clears the message


def test_sending_back_with_a_reason_returns_the_work_to_the_crew(
        qtbot, page, db, clerk, queued):
    target = queued[1]
    page.tick([target.id])
    dialog = page.open_return_dialog()
    qtbot.waitExposed(dialog)
    type_text(dialog.reason, "ไฟยังไม่ติดตอนกลางคืน")
    with qtbot.waitSignal(page.complaint_changed) as changed:
        dialog.ok_button.click()
    assert changed.args == [target.id]
    assert status(db, target) == Status.IN_PROGRESS
    assert target.tracking_no not in tracking_column(page)
    assert page.banner.isVisible() and not page.banner.letters_button.isVisible()
    [returned] = decisions(db, target.id)
    assert returned.decision == "returned" and "ไฟยังไม่ติดตอนกลางคืน" in returned.note

    # The crew reports again: the queue says it was sent back once before.
    report_done(db, clerk, target.id, notes="เปลี่ยนหลอดใหม่แล้ว")
    page.reload()
    row = page.model.row_of(target.id)
    assert page.model.index(row, RETURNED).data() == "ส่งกลับแล้ว 1 ครั้ง"
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.evidence.decision_count() == 1
    assert page.evidence.decisions_box.isVisible()


@pytest.mark.parametrize("username", ["clerk1", "admin", "crew1"])
def test_other_roles_see_the_queue_without_the_actions(qtbot, db, demo_office, queued,
                                                       username):
    from fondue_desk.services import reference

    page = make_page(qtbot, db, demo_office, reference.find_user(db, username))
    assert page.model.rowCount() == 3
    for widget in (page.approve_button, page.return_button, page.select_all):
        assert widget.isHidden()
    assert page.read_only_hint.isVisible()
    assert not page.model.flags(page.model.index(0, TRACKING)) & Qt.ItemFlag.ItemIsUserCheckable
    tick_rows_with_keyboard(page, [0])
    page.tick_all()
    assert page.model.checked_count() == 0
    assert page.approve_ticked() is None and page.open_return_dialog() is None


def test_ctrl_a_and_select_all_tick_everything(page):
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.model.checked_count() == 3
    assert page.select_all.isChecked()
    assert page.approve_button.text().endswith("(3)")
    page.select_all.click()
    assert page.model.checked_count() == 0
    page.select_all.click()
    assert page.model.checked_count() == 3
    tick_rows_with_keyboard(page, [1])
    assert page.model.checked_count() == 2 and not page.select_all.isChecked()


def test_clicking_a_tick_box_ticks_the_row_and_shows_its_evidence(page):
    cell = page.table.visualRect(page.model.index(2, TRACKING))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(cell.left() + 14, cell.center().y()))
    assert page.model.checked_ids() == [page.model.item_at(2).id]
    assert page.evidence.item().id == page.model.item_at(2).id


def test_photos_side_by_side_open_full_size(qtbot, db, demo_office, clerk):
    [complaint] = awaiting(db, demo_office, clerk, 1, before_photo=True, after_photo=True)
    page = make_page(qtbot, db, demo_office, mayor(db))
    assert page.evidence.photo_counts() == (1, 1)
    page.evidence.after.buttons[0].click()
    viewer = page.evidence.viewer()
    assert isinstance(viewer, ImageViewerDialog) and viewer.isVisible()
    assert viewer._pixmap.width() == 640  # the full picture, not the thumbnail

    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    compare = page.evidence.viewer()
    assert isinstance(compare, PhotoCompareDialog)
    assert compare.before.has_picture() and compare.after.has_picture()
    assert complaint.tracking_no in compare.windowTitle()


def test_the_register_link_asks_for_the_complaint(qtbot, page, queued):
    with qtbot.waitSignal(page.complaint_requested) as requested:
        page.evidence.register_link.click()
    assert requested.args == [page.model.item_at(0).id]
