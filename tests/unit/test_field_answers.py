"""Answers to a category's own fields: asked, cleaned, refused and worded without a database."""
from __future__ import annotations

import pytest

from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind, ShowIf
from fondue_desk.domain.field_answers import (
    LONG_TEXT_LIMIT,
    SHORT_TEXT_LIMIT,
    answer_value,
    clean_answers,
    search_text,
    stop_choice,
    visible_fields,
)

K = FieldKind


def field(code, kind, order, **kw):
    return FieldDefinition(code=code, kind=kind, label=kw.pop("label", code), order=order, **kw)


WATER = (Choice("well", "บ่อน้ำ", "Well"), Choice("pipe", "ประปา", "Mains"),
         Choice("old", "สระเก่า", "Old pond", active=False))
DEFS = (
    field("plate", K.VEHICLE_PLATE, 10, required=True, label="ทะเบียนรถ"),
    field("litres", K.NUMBER, 20, unit="ลิตร", minimum=0, maximum=5000),
    field("fire", K.YES_NO, 30, choices=(
        Choice("true", "ใช่", "Yes", stop_notice="ไฟไหม้: โทร 199 ทันที",
               stop_notice_en="Fire: call 199 now"),
        Choice("false", "ไม่ใช่", "No"))),
    field("source", K.SINGLE_CHOICE, 40, choices=WATER),
    field("depth", K.NUMBER, 50, required=True, show_if=ShowIf("source", "well")),
    field("kinds", K.MULTI_CHOICE, 60, choices=(
        Choice("a", "รถยนต์", "Car"), Choice("b", "จักรยานยนต์", "Motorcycle"))),
    field("seen_on", K.DATE, 70),
    field("seen_at", K.TIME, 80),
    field("note", K.SHORT_TEXT, 90),
    field("story", K.LONG_TEXT, 100),
    field("contact", K.PHONE, 110),
    field("gone", K.SHORT_TEXT, 120, active=False),
)


def codes(defs):
    return [d.code for d in defs]


def errors_by_field(errors):
    return {e.field: e.code for e in errors}


def test_show_if_asks_a_field_only_for_its_value():
    assert "depth" not in codes(visible_fields(DEFS, {}))
    assert "depth" not in codes(visible_fields(DEFS, {"source": "pipe"}))
    assert "depth" in codes(visible_fields(DEFS, {"source": "well"}))


def test_a_retired_field_is_asked_only_while_it_holds_an_answer():
    assert "gone" not in codes(visible_fields(DEFS, {}))
    assert "gone" in codes(visible_fields(DEFS, {"gone": "เดิม"}))


def test_a_field_hidden_by_a_hidden_field_stays_hidden():
    defs = (field("a", K.YES_NO, 1), field("b", K.SINGLE_CHOICE, 2, choices=WATER,
                                              show_if=ShowIf("a", "true")),
            field("c", K.SHORT_TEXT, 3, show_if=ShowIf("b", "well")))
    assert codes(visible_fields(defs, {"a": "false", "b": "well"})) == ["a"]
    assert codes(visible_fields(defs, {"a": "true", "b": "well"})) == ["a", "b", "c"]


def test_every_kind_is_cleaned_to_its_canonical_text():
    cleaned, errors = clean_answers(DEFS, {
        "plate": "๑กข ๑๒๓๔ จ.เชียงใหม่", "litres": "1,250.50", "fire": "false",
        "source": "well", "depth": "๑๒", "kinds": ["b", "a", "b"], "seen_on": "6/12/2569",
        "seen_at": "9.05", "note": "  หน้า\u200bร้าน  ", "story": "บรรทัด1\r\nบรรทัด2",
        "contact": "081-234-5678", "unknown": "ignored"})
    assert errors == []
    assert cleaned == {
        "plate": ("1กข 1234 เชียงใหม่",), "litres": ("1250.5",), "fire": ("false",),
        "source": ("well",), "depth": ("12",), "kinds": ("a", "b"),
        "seen_on": ("2026-12-06",), "seen_at": ("09:05",), "note": ("หน้าร้าน",),
        "story": ("บรรทัด1\nบรรทัด2",), "contact": ("0812345678",)}


def test_iso_dates_and_gregorian_years_are_read_too():
    cleaned, _ = clean_answers(DEFS, {"plate": "กข 1 ตาก", "seen_on": "2026-12-06"})
    assert cleaned["seen_on"] == ("2026-12-06",)
    cleaned, _ = clean_answers(DEFS, {"plate": "กข 1 ตาก", "seen_on": "6/12/2026"})
    assert cleaned["seen_on"] == ("2026-12-06",)


@pytest.mark.parametrize(("answers", "field_name", "code"), [
    ({"plate": "  "}, "field:plate", "custom.required"),
    ({"plate": "กข 1234"}, "field:plate", "plate.invalid"),
    ({"plate": "กข 1234 ปารีส"}, "field:plate", "plate.unknown_province"),
    ({"litres": "สิบ"}, "field:litres", "custom.not_a_number"),
    ({"litres": "nan"}, "field:litres", "custom.not_a_number"),
    ({"litres": "1e3"}, "field:litres", "custom.not_a_number"),
    ({"litres": "Infinity"}, "field:litres", "custom.not_a_number"),
    ({"litres": "1" * 31}, "field:litres", "custom.not_a_number"),
    ({"litres": "-1"}, "field:litres", "custom.below_minimum"),
    ({"litres": "5000.01"}, "field:litres", "custom.above_maximum"),
    ({"source": "well"}, "field:depth", "custom.required"),
    ({"source": "river"}, "field:source", "custom.unknown_choice"),
    ({"source": ["well", "pipe"]}, "field:source", "custom.unknown_choice"),
    ({"source": "old"}, "field:source", "custom.unknown_choice"),
    ({"kinds": ["a", "z"]}, "field:kinds", "custom.unknown_choice"),
    ({"fire": "maybe"}, "field:fire", "custom.unknown_choice"),
    ({"fire": "true"}, "field:fire", "custom.stopped"),
    ({"seen_on": "31/02/2569"}, "field:seen_on", "custom.invalid_date"),
    ({"seen_on": "เมื่อวาน"}, "field:seen_on", "custom.invalid_date"),
    ({"seen_at": "24:00"}, "field:seen_at", "custom.invalid_time"),
    ({"seen_at": "บ่าย"}, "field:seen_at", "custom.invalid_time"),
    ({"note": "ก" * (SHORT_TEXT_LIMIT + 1)}, "field:note", "custom.too_long"),
    ({"story": "ก" * (LONG_TEXT_LIMIT + 1)}, "field:story", "custom.too_long"),
    ({"contact": "12"}, "field:contact", "phone.invalid"),
])
def test_bad_answers_are_named_by_field_and_code(answers, field_name, code):
    cleaned, errors = clean_answers(DEFS, {"plate": "กข 1 ตาก", **answers})
    assert errors_by_field(errors).get(field_name) == code
    assert field_name.removeprefix("field:") not in cleaned


def test_limits_and_stop_notices_travel_as_params():
    _, errors = clean_answers(DEFS, {"plate": "กข 1 ตาก", "litres": "-5", "fire": "true",
                                     "note": "ก" * 201})
    params = {e.code: e.params for e in errors}
    assert params["custom.below_minimum"] == {"minimum": "0"}
    assert params["custom.stopped"]["notice"] == "ไฟไหม้: โทร 199 ทันที"
    assert params["custom.too_long"] == {"limit": SHORT_TEXT_LIMIT}


def test_texts_at_the_limit_pass():
    cleaned, errors = clean_answers(DEFS, {"plate": "กข 1 ตาก", "note": "ก" * SHORT_TEXT_LIMIT,
                                           "story": "ข" * LONG_TEXT_LIMIT})
    assert errors == [] and len(cleaned["story"][0]) == LONG_TEXT_LIMIT


def test_a_hidden_required_field_is_not_required_and_its_answer_is_dropped():
    cleaned, errors = clean_answers(DEFS, {"plate": "กข 1 ตาก", "source": "pipe",
                                           "depth": "7"})
    assert errors == [] and "depth" not in cleaned


def test_an_answer_shown_by_a_refused_value_is_not_kept():
    defs = (field("a", K.SINGLE_CHOICE, 1, choices=WATER),
            field("b", K.SHORT_TEXT, 2, show_if=ShowIf("a", "old")))
    cleaned, errors = clean_answers(defs, {"a": "old", "b": "x"})
    assert errors_by_field(errors) == {"field:a": "custom.unknown_choice"}
    assert cleaned == {}


def test_retired_fields_and_choices_are_kept_only_where_they_were_stored():
    answers = {"plate": "กข 1 ตาก", "source": "old", "gone": "เดิม"}
    cleaned, errors = clean_answers(DEFS, answers,
                                    previous={"source": ("old",), "gone": ("เดิม",)})
    assert errors == [] and cleaned["source"] == ("old",) and cleaned["gone"] == ("เดิม",)
    cleaned, errors = clean_answers(DEFS, answers)
    assert errors_by_field(errors) == {"field:source": "custom.unknown_choice"}
    assert "gone" not in cleaned


def test_stop_choice_finds_the_picked_stopping_choice():
    assert stop_choice(DEFS, {"fire": "false"}) is None
    found = stop_choice(DEFS, {"fire": "true"})
    assert found is not None and found[0].code == "fire" and found[1].key == "true"
    hidden = (field("a", K.YES_NO, 1), DEFS[2].with_order(2))
    hidden = (hidden[0], FieldDefinition(**{**hidden[1].__dict__,
                                            "show_if": ShowIf("a", "true")}))
    assert stop_choice(hidden, {"a": "false", "fire": "true"}) is None


@pytest.mark.parametrize(("code", "raw", "thai", "english"), [
    ("litres", ("1250.5",), "1,250.5 ลิตร", "1,250.5 ลิตร"),
    ("seen_on", ("2026-12-06",), "6 ธ.ค. 2569", "6 Dec 2026"),
    ("seen_at", ("09:05",), "09:05 น.", "09:05"),
    ("fire", ("false",), "ไม่ใช่", "No"),
    ("kinds", ("a", "b"), "รถยนต์, จักรยานยนต์", "Car, Motorcycle"),
    ("plate", ("1กข 1234 เชียงใหม่",), "1กข 1234 เชียงใหม่", "1กข 1234 เชียงใหม่"),
    ("contact", ("0812345678",), "081-234-5678", "081-234-5678"),
    ("seen_on", ("not a date",), "not a date", "not a date"),
    ("source", ("vanished",), "vanished", "vanished"),
])
def test_answers_read_in_thai_and_english(code, raw, thai, english):
    definition = next(d for d in DEFS if d.code == code)
    value = answer_value(definition, raw)
    assert value.text_in("th") == thai and value.text_in("en") == english
    assert value.raw == raw and value.code == code and not value.retired


def test_a_retired_field_or_choice_still_reads_and_says_so():
    source = next(d for d in DEFS if d.code == "source")
    old = answer_value(source, ("old",))
    assert old.text == "สระเก่า" and old.text_in("en") == "Old pond" and old.retired
    assert not answer_value(source, ("well",)).retired
    gone = answer_value(DEFS[-1], ("เดิม",))
    assert gone.text == "เดิม" and gone.retired


def test_search_text_holds_words_stored_values_and_the_compact_plate():
    by_code = {d.code: d for d in DEFS}
    assert search_text(by_code["plate"], ("1กข 1234 เชียงใหม่",)).split() == [
        "1กข", "1234", "เชียงใหม่", "1กข1234"]
    assert set(search_text(by_code["litres"], ("1250.5",)).split()) == {
        "1,250.5", "ลิตร", "1250.5"}
    assert search_text(by_code["kinds"], ("b",)) == "จักรยานยนต์ Motorcycle"
    assert "0812345678" in search_text(by_code["contact"], ("0812345678",))
