"""History notes the desk writes are codes, shown in the reader's language; notes written as
text before the codes existed still show as they did."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from fondue_desk.services import forwarding, intake, reference
from fondue_desk.services.categories_admin import MERGE_NOTE
from fondue_desk.services.complaint_detail import HistoryEntry
from ui.widgets.complaint_detail_pane import ComplaintDetailPane
from ui.widgets.history_timeline import HistoryTimelineWidget

AT = datetime(2026, 12, 1, 9, 30, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture
def thai_pending(thai):
    """Kept as a name for the tests that read Thai: the merged .qm has every string."""
    yield


def _timeline(qtbot, entries) -> list[str]:
    timeline = HistoryTimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_history(entries)
    return timeline.entry_texts()


FORWARDED = HistoryEntry(AT, "สมศรี ใจดี", "status", "received", "forwarded",
                         note="อยู่ในเขต อบต.", note_code="forwarded.to_office",
                         note_params={"office": "อบต.ป่าแดด", "tracking_no": "69-000123"})
REASSIGNED = HistoryEntry(AT, "สมศรี ใจดี", "status", "assigned", "assigned",
                          note="ทีมเดิมติดงานอื่น", note_code="crew.reassigned",
                          note_params={"previous_crew": "ทีมประปา", "crew": "ทีมไฟฟ้า",
                                       "planned_date": "2026-12-08", "instruction": "นำบันได"})
RESULT = HistoryEntry(AT, "หัวหน้าทีม", "status", "in_progress", "received",
                      note="", note_code="result.recorded",
                      note_params={"outcome": "not_done", "reason": "ฝนตกหนัก"})
OLD_TEXT = HistoryEntry(AT, "สมศรี ใจดี", "status", "received", "forwarded",
                        note="ส่งต่ออบต.ป่าแดด เลขที่ 69-000007: อยู่ในเขต อบต.")
OLD_MERGE = HistoryEntry(AT, "ผู้ดูแลระบบ", "edit", field="category_id", old_value="3",
                         new_value="4", note=MERGE_NOTE)


def test_a_forwarded_note_reads_in_thai(qtbot, thai_pending):
    [text] = _timeline(qtbot, [FORWARDED])
    assert "ส่งต่ออบต.ป่าแดด เลขที่ 69-000123" in text
    assert "หมายเหตุ: อยู่ในเขต อบต." in text
    assert "Forwarded" not in text


def test_the_same_note_reads_in_english(qtbot, english):
    [text] = _timeline(qtbot, [FORWARDED])
    assert "Forwarded to อบต.ป่าแดด, number 69-000123" in text
    assert "Note: อยู่ในเขต อบต." in text
    assert "ส่งต่อ" not in text


def test_a_move_to_another_crew_and_a_result_read_in_thai(qtbot, thai_pending):
    result, moved = _timeline(qtbot, [REASSIGNED, RESULT])
    assert "ย้ายงานจากทีมประปาไปยังทีมไฟฟ้า กำหนดปฏิบัติงาน 8 ธ.ค. 2569\nข้อสั่งการ: นำบันได" in moved
    assert "หมายเหตุ: ทีมเดิมติดงานอื่น" in moved
    assert "ผลการปฏิบัติงาน: ดำเนินการไม่ได้\nเหตุผล: ฝนตกหนัก" in result
    assert "หมายเหตุ" not in result  # the crew typed no notes


def test_and_in_english(qtbot, english):
    result, moved = _timeline(qtbot, [REASSIGNED, RESULT])
    # The English desk writes the planned day the English way (ui.dates).
    assert "Moved from ทีมประปา to ทีมไฟฟ้า, planned for 8 Dec 2026\nInstruction: นำบันได" in moved
    assert "Result: Could not be done\nReason: ฝนตกหนัก" in result


def test_notes_written_as_text_before_the_codes_show_as_before(qtbot, thai_pending):
    merged, old = _timeline(qtbot, [OLD_TEXT, OLD_MERGE])
    assert "หมายเหตุ: ส่งต่ออบต.ป่าแดด เลขที่ 69-000007: อยู่ในเขต อบต." in old
    assert "รวมประเภทเรื่องในหน้าตั้งค่า" in merged and MERGE_NOTE not in merged


def test_a_forwarding_shows_in_the_detail_pane_in_the_readers_language(
        qtbot, db, demo_office, clerk, thai_pending):
    category = reference.active_categories(db, demo_office.id)[0]
    made = intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category.id, description="เสาไฟฟ้าเอียง", complainant_name="นายทดสอบ",
        phone="0812345678"))
    sent = forwarding.forward_to_agency(db, clerk.id, made.id, "การไฟฟ้าส่วนภูมิภาคอำเภอสารภี",
                                        "เสาเป็นของการไฟฟ้า")
    pane = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(pane)
    pane.show_complaint(made.id)
    newest = pane.timeline.entry_texts()[0]
    assert f"ส่งต่อการไฟฟ้าส่วนภูมิภาคอำเภอสารภี หนังสือที่ {sent.letter_document_no}" in newest
    assert "หมายเหตุ: เสาเป็นของการไฟฟ้า" in newest
