"""The village a clerk means by what they type (domain.village_match), exhaustively."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fondue_desk.domain.village_match import match_village, normalised, village_candidates

VILLAGES = [(1, "บ้านป่าจี้"), (2, "บ้านหนองหอย"), (3, "บ้านใหม่"), (4, "บ้านใหม่พัฒนา"),
            (7, "บ้านไร่"), (10, "บ้านท่าข้าม"), (12, "บ้านสันป่าตอง"), (13, "บ้านหมอ")]


@pytest.mark.parametrize("typed", [
    "3", "๓", " 3 ", "หมู่ 3", "หมู่3", "หมู่ที่ 3", "หมู่ที่3", "หมู่ที่  3", "หมู่ ที่ 3",
    "ม.3", "ม. 3", "ม 3", "ม3", "ม.๓", "หมู่ที่ ๓", "moo 3", "Moo.3", "หมู่ที่ 03",
    "หมู่ที่ 3 บ้านใหม่", "3 บ้านใหม่", "\u200bหมู่ที่ 3",
    "ห\u0e21\u0e48\u0e39ที่ 3",   # the tone mark typed before the vowel: the same word
])
def test_every_way_of_writing_village_3(typed):
    assert match_village(typed, VILLAGES) == 3


@pytest.mark.parametrize(("typed", "number"), [
    ("1", 1), ("12", 12), ("๑๒", 12), ("หมู่ที่ 12", 12), ("ม.12", 12), ("13", 13),
    ("10", 10), ("หมู่ที่ 1", 1), ("หมู่ 1 บ้านป่าจี้", 1),
])
def test_a_number_is_read_whole(typed, number):
    assert match_village(typed, VILLAGES) == number


@pytest.mark.parametrize("typed", ["11", "5", "หมู่ที่ 99", "ม.0", "120", "หมู่ที่ 1234"])
def test_a_number_with_no_village_is_none_not_a_near_one(typed):
    assert match_village(typed, VILLAGES) is None


@pytest.mark.parametrize(("typed", "number"), [
    ("ป่าจี้", 1), ("บ้านป่าจี้", 1), ("หนองหอย", 2), ("หนอง", 2), ("ไร่", 7),
    ("ท่าข้าม", 10), ("ข้าม", 10), ("ใหม่", 3),          # the whole name beats "ใหม่พัฒนา"
    ("ใหม่พ", 4), ("พัฒนา", 4), ("สันป่า", 12), ("หมอ", 13), ("บ้านหมอ", 13),
    ("ป่า", 1),   # starts ป่าจี้; only inside สันป่าตอง
    ("หมู่ ไร่", 7), ("ม. ท่าข้าม", 10), ("  ไร่ ", 7),
])
def test_part_of_a_name_picks_the_village(typed, number):
    assert match_village(typed, VILLAGES) == number


@pytest.mark.parametrize("typed", ["ใ", "บ้าน", "บ้านใ", "xyz", "ซอย", "อง"])
def test_an_ambiguous_or_unknown_name_picks_nothing(typed):
    assert match_village(typed, VILLAGES) is None


@pytest.mark.parametrize("typed", [
    "", " ", "ห", "หม", "หมู", "หมู่", "หมู่ ", "หมู่ท", "หมู่ที", "หมู่ที่", "หมู่ที่ ", "ม", "ม.",
    "ม. ", "m", "mo", "moo",
])
def test_half_of_the_prefix_names_no_village_yet(typed):
    # "หม" is in บ้านหมอ, but the clerk is on the way to "หมู่ที่ 3".
    assert match_village(typed, VILLAGES) is None


def test_typing_หมู่ที่_3_key_by_key_ends_on_3_never_on_1():
    seen = [match_village("หมู่ที่ 3"[:end], VILLAGES) for end in range(1, len("หมู่ที่ 3") + 1)]
    assert seen[-1] == 3
    assert set(seen[:-1]) == {None}


def test_typing_12_passes_through_1():
    assert [match_village(t, VILLAGES) for t in ("1", "12")] == [1, 12]


def test_without_village_12_typing_12_is_none():
    assert match_village("12", [(1, "บ้านหนึ่ง"), (2, "บ้านสอง")]) is None


def test_no_villages():
    assert match_village("3", []) is None
    assert match_village("ใหม่", []) is None


def test_candidates_put_the_match_first_then_by_closeness():
    assert village_candidates("ใหม่", VILLAGES) == [3, 4]
    assert village_candidates("ป่า", VILLAGES) == [1, 12]
    assert village_candidates("หมู่ที่ 12", VILLAGES) == [12]
    assert village_candidates("zz", VILLAGES) == []


def test_normalised():
    assert normalised("  หมู่ที่\u200b  ๓ ") == "หมู่ที่ 3"
    assert normalised("MOO 3") == "moo 3"


@given(st.integers(min_value=1, max_value=99), st.sampled_from(
    ["{n}", "หมู่ที่ {n}", "หมู่ {n}", "ม.{n}", "ม. {n}", "หมู่ที่{n}"]),
    st.booleans())
def test_any_number_in_any_form_is_that_village(number, form, thai_digits):
    villages = [(n, f"บ้านที่{n}") for n in range(1, 100)]
    typed = form.format(n=number)
    if thai_digits:
        typed = typed.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert match_village(typed, villages) == number


@given(st.text(max_size=20))
def test_never_raises_and_answers_a_village_or_none(typed):
    assert match_village(typed, VILLAGES) in {None, *(n for n, _ in VILLAGES)}
