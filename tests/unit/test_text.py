from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.text import ascii_digits, clean_text

THAI_MARKS = "\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(
    map(chr, range(0x0E47, 0x0E4F))
)


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("  นายสมชาย ใจดี  ", "นายสมชาย ใจดี"),
        ("ไฟฟ้า\u200bส่องสว่าง", "ไฟฟ้าส่องสว่าง"),  # zero-width space from a web page
        ("\ufeffถนนชำรุด", "ถนนชำรุด"),  # BOM from a CSV
        ("น้ำ\u200cท่วม\u200d", "น้ำท่วม"),  # ZWNJ / ZWJ
        ("บ้าน\u00adเลขที่", "บ้านเลขที่"),  # soft hyphen
        ("\u200eหมู่ 3\u200f", "หมู่ 3"),  # bidi marks
        ("a\x00b\x07c\x1bd", "abcd"),
        ("a\x7fb\x80c\x9fd", "abcd"),  # DEL and C1 controls
        ("ถนน\tหน้าวัด", "ถนน หน้าวัด"),
        ("บรรทัด 1\nบรรทัด 2", "บรรทัด 1 บรรทัด 2"),  # single line: a break keeps the words apart
        ("บรรทัด 1\r\nบรรทัด 2", "บรรทัด 1 บรรทัด 2"),
        ("a\u2028b", "a b"),
        ("a\ud800b", "ab"),  # lone surrogate, which SQLite could not store
        ("e\u0301", "\u00e9"),  # NFC
        ("e\u200b\u0301", "\u00e9"),  # NFC after the invisible character is gone
        ("ที่ ฝั่ง น้ำ ฟ้า ปู่ กั้น ปิ่น ฤๅษี", "ที่ ฝั่ง น้ำ ฟ้า ปู่ กั้น ปิ่น ฤๅษี"),
        ("ก" + THAI_MARKS, unicodedata.normalize("NFC", "ก" + THAI_MARKS)),
        # Tone mark typed before the lower vowel looks the same on screen; NFC puts it in the
        # canonical order so the two spellings of a name compare equal.
        ("ปู่", "ปู่"),
        ("\u00a0ชื่อ\u00a0", "ชื่อ"),
        ("🚧 ถนนพัง", "🚧 ถนนพัง"),
    ],
)
def test_single_line(raw: str | None, cleaned: str) -> None:
    assert clean_text(raw, max_length=200) == cleaned


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("บรรทัด 1\nบรรทัด 2", "บรรทัด 1\nบรรทัด 2"),
        ("บรรทัด 1\r\nบรรทัด 2\rบรรทัด 3", "บรรทัด 1\nบรรทัด 2\nบรรทัด 3"),
        ("a\u2029b\x85c\x0bd\x0ce", "a\nb\nc\nd\ne"),
        ("a   \nb\t\n", "a\nb"),  # trailing spaces on each line
        ("a\n\n\nb", "a\n\n\nb"),  # two blank lines are kept
        ("a\n\n\n\n\n\n\nb", "a\n\n\nb"),  # more are cut to two
        ("a\n \n\t\n  \n\nb", "a\n\n\nb"),  # blank lines with spaces count as blank
        ("\n\n  ข้อความ\n\n", "ข้อความ"),
        ("  ย่อหน้า\n  ต่อ", "ย่อหน้า\n  ต่อ"),  # indentation inside is the writer's
        ("x\x00\ny", "x\ny"),
    ],
)
def test_multiline(raw: str, cleaned: str) -> None:
    assert clean_text(raw, max_length=200, multiline=True) == cleaned


def test_limit_applies_after_cleaning() -> None:
    assert clean_text("  " + "ก" * 10 + "\u200b" * 50 + "  ", max_length=10) == "ก" * 10
    with pytest.raises(RuleViolation) as caught:
        clean_text("ก" * 11, max_length=10)
    assert caught.value.code == "text.too_long"
    assert caught.value.params == {"max": 10, "length": 11}


def test_thai_marks_count_towards_the_limit() -> None:
    assert clean_text("น้ำ", max_length=3) == "น้ำ"
    with pytest.raises(RuleViolation):
        clean_text("น้ำ", max_length=2)


def test_ascii_digits() -> None:
    assert ascii_digits("๐๑๒๓๔๕๖๗๘๙ บ้านเลขที่ ๑๒/๓") == "0123456789 บ้านเลขที่ 12/3"


# --- properties -------------------------------------------------------------------------

DROPPED = {"Cc", "Cf", "Cs"}
# Plus the characters that matter most, which plain st.characters() rarely draws; lone
# surrogates it never draws at all.
tricky = st.sampled_from("\n\r\t\u200b\ufeff\u2028\ud800\x85 ก" + THAI_MARKS)
texts = st.text(st.characters(codec=None) | tricky, max_size=120)


@given(texts, st.booleans())
@example("\n\n\n\n\x1c", True)
@example(" \u0301", False)
def test_result_has_no_control_or_format_characters(raw: str, multiline: bool) -> None:
    cleaned = clean_text(raw, max_length=10_000, multiline=multiline)
    for ch in cleaned:
        if multiline and ch == "\n":
            continue
        assert unicodedata.category(ch) not in DROPPED, repr(ch)
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned)
    if multiline:
        assert "\n\n\n\n" not in cleaned
        assert all(line == line.rstrip() for line in cleaned.split("\n"))


@given(texts, st.booleans())
def test_cleaning_is_idempotent(raw: str, multiline: bool) -> None:
    once = clean_text(raw, max_length=10_000, multiline=multiline)
    assert clean_text(once, max_length=10_000, multiline=multiline) == once


@given(st.text(st.sampled_from("กขคนมบ " + THAI_MARKS), max_size=60))
def test_thai_marks_survive(raw: str) -> None:
    cleaned = clean_text(raw, max_length=10_000)
    for mark in THAI_MARKS:
        assert cleaned.count(mark) == raw.count(mark)


@given(texts, st.integers(0, 80), st.booleans())
def test_only_rule_violation_and_only_when_too_long(
    raw: str, limit: int, multiline: bool
) -> None:
    try:
        cleaned = clean_text(raw, max_length=limit, multiline=multiline)
    except RuleViolation as error:
        assert error.code == "text.too_long"
        assert error.params["length"] > limit
    else:
        assert len(cleaned) <= limit
