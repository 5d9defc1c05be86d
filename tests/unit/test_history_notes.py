"""The desk's own history notes are codes with params, worded in Thai or English."""
from __future__ import annotations

from datetime import date

import pytest

from fondue_desk.domain import history_notes as notes


def test_a_note_is_stored_as_json_and_worded_in_either_language():
    stored = notes.encode(notes.FORWARDED_TO_OFFICE, office="อบต.ป่าแดด", tracking_no="69-000123")
    assert "อบต.ป่าแดด" in stored  # readable in the database, not \\u escapes
    params = notes.decode(stored)
    assert params == {"office": "อบต.ป่าแดด", "tracking_no": "69-000123"}
    assert notes.words(notes.FORWARDED_TO_OFFICE, params) == "ส่งต่ออบต.ป่าแดด เลขที่ 69-000123"
    assert (notes.words(notes.FORWARDED_TO_OFFICE, params, "en")
            == "Forwarded to อบต.ป่าแดด, number 69-000123")
    assert notes.words(notes.CATEGORY_MERGED, {}, "en") == "Categories merged in Settings"
    assert notes.encode(notes.CATEGORY_MERGED) == ""


def test_every_code_has_words_in_both_languages_with_all_its_params():
    for code in notes.CODES:
        params = {name: f"<{name}>" for name in notes.params_of(code)}
        for lang in ("th", "en"):
            text = notes.words(code, params, lang)
            assert text and all(f"<{name}>" in text for name in params), (code, lang)


def test_a_writer_cannot_store_a_note_nobody_can_word():
    with pytest.raises(ValueError):
        notes.encode(notes.FORWARDED_TO_AGENCY, agency="กฟภ.")  # document_no missing
    with pytest.raises(KeyError):
        notes.encode("forwarded.somewhere", office="x")
    assert notes.decode(notes.encode(notes.FORWARDED_FROM_OFFICE, office="ทต.แม่เหียะ",
                                     tracking_no=date(2026, 12, 6))) == {
        "office": "ทต.แม่เหียะ", "tracking_no": "2026-12-06"}


def test_unknown_or_broken_stored_values_do_not_break_the_history():
    assert notes.words("made.by.a.newer.desk", {}) is None
    assert notes.decode("") == {} and notes.decode("{not json") == {} and notes.decode("[1]") == {}
