"""The closure letter's result summary: the suggestion from crew notes and the checks."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.result_summary import (
    DEFAULT_SUMMARY,
    MAX_SUMMARY,
    checked_summary,
    suggested_summary,
)


@pytest.mark.parametrize(("notes", "expected"), [
    ("เปลี่ยนหลอด LED 3 หลอดเรียบร้อย", "เปลี่ยนหลอด LED 3 หลอดเรียบร้อย"),
    ("- เปลี่ยนหลอดไฟ\n- ทดสอบแล้วไฟติด", "เปลี่ยนหลอดไฟ ทดสอบแล้วไฟติด"),
    ("1. ลอกท่อ\n2) เก็บขยะ", "ลอกท่อ เก็บขยะ"),
    ("ซ่อมท่อแตก\nเบิกท่อ PVC 2 เส้น\n#OT 2 ชม.\n[ภายใน] ผู้ร้องพูดไม่สุภาพ",
     "ซ่อมท่อแตก"),
    ("ตัดกิ่งไม้\n\n\n   ขนย้ายกิ่งไม้ออกแล้ว  ", "ตัดกิ่งไม้ ขนย้ายกิ่งไม้ออกแล้ว"),
    ("OT: 3 ชม.\nTODO ส่งบิล", DEFAULT_SUMMARY),
    ("", DEFAULT_SUMMARY),
    (None, DEFAULT_SUMMARY),
    ("ไฟดับ\u200b ซ่อมแล้ว\x00", "ไฟดับ ซ่อมแล้ว"),
])
def test_the_suggestion_is_one_clean_paragraph(notes, expected):
    assert suggested_summary(notes) == expected


def test_a_long_note_is_cut_at_a_space_within_the_limit():
    notes = " ".join(["ซ่อมแซมผิวถนน"] * 60)
    summary = suggested_summary(notes)
    assert len(summary) <= MAX_SUMMARY and summary.endswith("ซ่อมแซมผิวถนน")


def test_the_fallback_is_the_callers():
    assert suggested_summary("#ภายใน", "ดำเนินการบางส่วน") == "ดำเนินการบางส่วน"


@given(st.text(max_size=2000))
def test_every_suggestion_passes_the_check(notes):
    summary = suggested_summary(notes)
    assert "\n" not in summary
    assert checked_summary(summary) == summary


def test_the_check_makes_one_paragraph():
    assert checked_summary("  ซ่อมไฟ\nเรียบร้อย  ") == "ซ่อมไฟ เรียบร้อย"


@pytest.mark.parametrize("text", ["", "   ", "\n\u200b\n", None])
def test_an_empty_summary_is_refused(text):
    with pytest.raises(InvalidInput) as refused:
        checked_summary(text, tracking_no="2570-000001")
    [error] = refused.value.errors
    assert (error.field, error.code) == ("summary", "summary.required")
    assert error.params == {"tracking_no": "2570-000001"}


def test_a_too_long_summary_is_refused_with_its_figures():
    with pytest.raises(InvalidInput) as refused:
        checked_summary("ก" * (MAX_SUMMARY + 1), tracking_no="X")
    [error] = refused.value.errors
    assert error.code == "text.too_long"
    assert error.params == {"max": MAX_SUMMARY, "length": MAX_SUMMARY + 1, "tracking_no": "X"}
    assert checked_summary("ก" * MAX_SUMMARY) == "ก" * MAX_SUMMARY
