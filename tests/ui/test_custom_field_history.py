"""The edit history names a changed answer by the office's label for its field, in the
reader's language; other edits keep the desk's own field names."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from fondue_desk.services.complaint_detail import HistoryEntry
from ui.widgets.history_timeline import HistoryTimelineWidget

AT = datetime(2026, 12, 1, 9, 30, tzinfo=timezone(timedelta(hours=7)))
PLATE = HistoryEntry(AT, "สมศรี ใจดี", "edit", field="field:plate",
                     old_value="กข 1234 ภูเก็ต", new_value="กข 4321 ภูเก็ต",
                     field_label="ทะเบียนรถ", field_label_en="Plate")
UNNAMED = HistoryEntry(AT, "สมศรี ใจดี", "edit", field="field:gone", old_value="เดิม",
                       new_value="")


def texts(qtbot, entries) -> str:
    timeline = HistoryTimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_history(entries)
    return "\n".join(timeline.entry_texts())


def test_an_answer_is_named_by_its_field_label_in_thai(qtbot, thai):
    shown = texts(qtbot, [PLATE])
    assert "ทะเบียนรถ" in shown and "กข 1234 ภูเก็ต" in shown and "กข 4321 ภูเก็ต" in shown
    assert "field:plate" not in shown and "Plate" not in shown


def test_an_answer_is_named_in_english_when_the_office_gave_english(qtbot, english):
    shown = texts(qtbot, [PLATE])
    assert "Plate" in shown and "ทะเบียนรถ" not in shown


def test_a_field_without_a_label_still_reads(qtbot, thai):
    assert "field:gone" in texts(qtbot, [UNNAMED])
