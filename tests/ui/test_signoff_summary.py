"""The executive's office edits the result the closure letter states before approving."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from fondue_desk.db.models import OutgoingLetter
from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.statuses import Status
from fondue_desk.services import complaints, crews, dispatch, letters
from tests.pdf_text import pdf_text, skeleton
from tests.ui.helpers import log
from tests.ui.keyboard import type_text
from tests.ui.signoff_helpers import NAMES, awaiting, mayor, report_done
from ui.pages import signoff_page
from ui.pages.signoff_page import SignOffPage

RAW = "เปลี่ยนหลอดไฟ LED ใหม่\nเบิกหลอดจากคลังพัสดุ 1 ดวง"
EDITED = "เปลี่ยนหลอดไฟฟ้าส่องสว่างใหม่ ใช้งานได้ตามปกติแล้ว"


@pytest.fixture
def queued(db, demo_office, clerk):
    made = []
    for number, name in enumerate(NAMES[:2]):
        complaint = log(db, demo_office, clerk, name=name,
                        description=f"ไฟฟ้าส่องสว่างดับ ต้นที่ {number + 1}")
        crew = crews.suggest_crew(db, demo_office.id, complaint.category_id)
        dispatch.assign(db, clerk.id, [complaint.id], crew.id, today_thai())
        report_done(db, clerk, complaint.id, notes=RAW)  # the crew's raw words
        made.append(complaint)
    return made


@pytest.fixture
def page(qtbot, db, demo_office, queued, monkeypatch):
    monkeypatch.setattr(signoff_page, "ask", lambda *_args: True)
    page = SignOffPage(db, demo_office, mayor(db))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def stored(db, complaint_id):
    with db.read() as session:
        return session.scalar(select(OutgoingLetter.result_summary).where(
            OutgoingLetter.complaint_id == complaint_id))


def select_row(page, row):
    page.table.setCurrentIndex(page.model.index(row, 0))


def test_the_summary_starts_from_the_cleaned_notes_and_the_edit_is_what_the_letter_says(
        qtbot, db, page, queued):
    select_row(page, 0)
    first = page.model.item_at(0)
    assert page.summary.text() == "เปลี่ยนหลอดไฟ LED ใหม่"  # the stores line is not for citizens
    assert page.summary.title() == "ผลการดำเนินงาน (ข้อความในหนังสือ)"
    page.summary.editor.setFocus()
    page.summary.editor.selectAll()
    type_text(page.summary.editor, EDITED)
    assert page.summary.text() == EDITED
    select_row(page, 1)  # looking at the other job keeps the edit
    assert page.summary.text() == "เปลี่ยนหลอดไฟ LED ใหม่"
    select_row(page, 0)
    assert page.summary.text() == EDITED

    page.tick_all(True)
    decision = page.approve_ticked()
    assert decision is not None and len(decision.letters) == 2
    second = next(c for c in queued if c.id != first.id)
    assert stored(db, first.id) == EDITED
    assert stored(db, second.id) == "เปลี่ยนหลอดไฟ LED ใหม่"
    text = skeleton(pdf_text(letters.letter_pdf_by_tracking(db, first.tracking_no)))
    assert skeleton(EDITED) in text and skeleton("เบิกหลอดจากคลังพัสดุ") not in text


def test_an_emptied_summary_is_refused_under_its_box_and_nothing_is_approved(
        qtbot, db, page, queued):
    select_row(page, 1)
    refused = page.model.item_at(1)
    page.summary.set_text("   ")
    select_row(page, 0)
    page.tick_all(True)
    assert page.approve_ticked() is None
    # The page shows the complaint whose summary was refused, with the reason under the box.
    assert page.summary.item().id == refused.id
    assert not page.summary.error.isHidden()
    assert "กรุณาระบุผลการดำเนินงาน" in page.summary.error.text()
    assert refused.tracking_no in page.summary.error.text()
    assert all(complaints.get(db, c.id).status == Status.AWAITING_SIGNOFF for c in queued)
    page.summary.reset()  # back to the crew's words: approving works again
    assert page.summary.text() == "เปลี่ยนหลอดไฟ LED ใหม่"
    assert page.approve_ticked() is not None


def test_anonymous_work_has_no_summary_to_edit(qtbot, db, demo_office, clerk, monkeypatch):
    awaiting(db, demo_office, clerk, 1, anonymous=True)
    page = SignOffPage(db, demo_office, mayor(db))
    qtbot.addWidget(page)
    select_row(page, 0)
    assert not page.summary.editor.isEnabled() and page.summary.text() == ""


def test_a_clerk_does_not_see_the_summary(qtbot, db, demo_office, queued, clerk):
    page = SignOffPage(db, demo_office, clerk)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2 and not page.summary.isVisible()
