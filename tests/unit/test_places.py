from __future__ import annotations

import time

import pytest

from fondue_desk.services.places import (
    Place,
    all_places,
    find_place,
    place_by_code,
    search_places,
)

MAE_HIA = Place("500109", "แม่เหียะ", "เมืองเชียงใหม่", "เชียงใหม่", "50100")
LUMPHINI = Place("100704", "ลุมพินี", "ปทุมวัน", "กรุงเทพมหานคร", "10330")


def test_the_official_list_is_complete_and_unique() -> None:
    places = all_places()
    assert len(places) == 7436
    assert len({p.code for p in places}) == len(places)
    assert len({p.province for p in places}) == 77
    assert all(len(p.code) == 6 and p.code.isdigit() for p in places)
    assert all(len(p.postal_code) == 5 and p.postal_code.isdigit() for p in places)
    assert all(p.tambon and p.amphoe and p.province for p in places)


def test_loaded_once_and_cached() -> None:
    first = all_places()
    started = time.perf_counter()
    again = all_places()
    assert again is first
    assert time.perf_counter() - started < 0.01


def test_no_bangkok_district_keeps_its_level_word() -> None:
    bangkok = [p for p in all_places() if p.code.startswith("10")]
    assert len({p.amphoe for p in bangkok}) == 50
    assert not any(p.amphoe.startswith("เขต") for p in bangkok)
    assert not any("เขตเขต" in p.label for p in bangkok)


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("500109", "ต.แม่เหียะ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100"),
        ("840503", "ต.เกาะเต่า อ.เกาะพะงัน จ.สุราษฎร์ธานี 84360"),
        ("100704", "แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330"),
        ("100101", "แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200"),
        ("100703", "แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330"),  # first of 10330/10500
    ],
)
def test_label(code: str, label: str) -> None:
    place = place_by_code(code)
    assert place is not None
    assert place.label == label


@pytest.mark.parametrize(
    "query",
    [
        "แม่เหียะ",
        "ต.แม่เหียะ",
        "ต. แม่เหียะ",
        "ตำบลแม่เหียะ",
        "ตำบล แม่เหียะ",
        "  แม่เหียะ  ",
        "เหียะ",
        "แม่เหียะ เชียงใหม่",
        "ต.แม่เหียะ อ.เมืองเชียงใหม่ จ.เชียงใหม่",
        "แม่เหียะ จ.เชียงใหม่",
    ],
)
def test_search_finds_mae_hia_first(query: str) -> None:
    assert search_places(query)[0] == MAE_HIA


def test_search_ranks_tambon_before_amphoe_and_province() -> None:
    found = search_places("เชียงใหม่", limit=1000)
    assert found[0].tambon == "เชียงใหม่"  # ต.เชียงใหม่ อ.โพธิ์ชัย จ.ร้อยเอ็ด
    in_chiang_mai = [p for p in found if p.province == "เชียงใหม่"]
    in_si_chiang_mai = [p for p in found if p.amphoe == "ศรีเชียงใหม่"]
    assert len(in_chiang_mai) == sum(p.province == "เชียงใหม่" for p in all_places())
    assert in_si_chiang_mai
    # A name that starts with the word beats one that only contains it.
    assert found.index(in_chiang_mai[-1]) < found.index(in_si_chiang_mai[0])
    # Within a rank, DOPA code order.
    assert [p.code for p in in_chiang_mai] == sorted(p.code for p in in_chiang_mai)


def test_search_with_district_word_for_bangkok() -> None:
    found = search_places("เขตปทุมวัน")
    assert {p.code for p in found} == {"100701", "100702", "100703", "100704"}
    assert search_places("แขวงลุมพินี")[0] == LUMPHINI


def test_search_every_word_must_match() -> None:
    assert all(p.province == "เชียงใหม่" for p in search_places("หนองบัว เชียงใหม่", 50))
    assert search_places("แม่เหียะ ภูเก็ต") == []


@pytest.mark.parametrize("query", ["", "   ", "ต.", "จ.", "zzz", "แม่เหียะxyz"])
def test_search_finds_nothing(query: str) -> None:
    assert search_places(query) == []


def test_search_limit() -> None:
    assert len(search_places("บาง", limit=5)) == 5
    assert len(search_places("บาง")) == 20
    assert search_places("บาง", limit=0) == []


def test_search_does_not_eat_names_that_start_like_an_abbreviation() -> None:
    # Without its dot "อ" is the first letter of อ่างทอง and "ต" of ตลาด, not a level word.
    assert all("อ่างทอง" in p.label for p in search_places("อ่างทอง", 100))
    assert search_places("อ่างทอง", 100)
    assert search_places("ตลาด")[0].tambon == "ตลาด"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("แม่เหียะ",), "500109"),  # unique on its own
        (("แม่เหียะ", "เมืองเชียงใหม่", "เชียงใหม่"), "500109"),
        (("ต.แม่เหียะ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่"), "500109"),
        (("แม่เหียะ", "", "เชียงใหม่"), "500109"),
        (("ลุมพินี", "ปทุมวัน", "กรุงเทพมหานคร"), "100704"),
        (("แขวงลุมพินี", "เขตปทุมวัน", "กรุงเทพมหานคร"), "100704"),
        (("ปทุมวัน", "ปทุมวัน"), "100703"),
        (("วังทอง", "", "พิษณุโลก"), "650801"),
        (("ตลาด", "เมืองสุราษฎร์ธานี", "สุราษฎร์ธานี"), "840101"),
    ],
)
def test_find_place(args: tuple[str, ...], code: str) -> None:
    place = find_place(*args)
    assert place is not None
    assert place.code == code
    assert place == place_by_code(code)


@pytest.mark.parametrize(
    "args",
    [
        ("หนองบัว",),  # 28 subdistricts share the name
        ("ในเมือง",),
        ("วังทอง",),
        ("แม่เหีย",),  # names must be whole
        ("แม่เหียะ", "หางดง"),  # wrong district
        ("แม่เหียะ", "", "ลำพูน"),  # wrong province
        ("ไม่มีตำบลนี้",),
        ("",),
        ("   ",),
    ],
)
def test_find_place_unknown_or_ambiguous(args: tuple[str, ...]) -> None:
    assert find_place(*args) is None


@pytest.mark.parametrize("code", ["", "5001", "999999", "50010", "5001099", "abcdef"])
def test_place_by_code_unknown(code: str) -> None:
    assert place_by_code(code) is None


def test_place_by_code_roundtrip_for_all() -> None:
    for place in all_places():
        assert place_by_code(place.code) is place
