"""Thai vehicle plates: what people type becomes one canonical text, or a coded refusal."""
from __future__ import annotations

import pytest

from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.vehicle_plate import normalise_plate, plate_areas


@pytest.mark.parametrize(("typed", "canonical"), [
    ("1กข 1234 เชียงใหม่", "1กข 1234 เชียงใหม่"),
    ("๑กข ๑๒๓๔ เชียงใหม่", "1กข 1234 เชียงใหม่"),
    ("  กข   1234    ภูเก็ต ", "กข 1234 ภูเก็ต"),
    ("กข-1234 จ.ภูเก็ต", "กข 1234 ภูเก็ต"),
    ("กข1234 จ. ภูเก็ต", "กข 1234 ภูเก็ต"),
    ("กข 1234 จังหวัดภูเก็ต", "กข 1234 ภูเก็ต"),
    ("กข1234ภูเก็ต", "กข 1234 ภูเก็ต"),
    ("1 กข 1234 เชียงใหม่", "1กข 1234 เชียงใหม่"),
    ("ก 7 ตราด", "ก 7 ตราด"),
    ("กขค 99 สงขลา", "กขค 99 สงขลา"),
    ("9ก 0099 น่าน", "9ก 99 น่าน"),
    ("ฮฮ 9999 กทม.", "ฮฮ 9999 กรุงเทพมหานคร"),
    ("ฮฮ 9999 กรุงเทพฯ", "ฮฮ 9999 กรุงเทพมหานคร"),
    ("กข 1 พระนครศรี อยุธยา", "กข 1 พระนครศรีอยุธยา"),
    ("กข 1 Chiang Mai", "กข 1 เชียงใหม่"),
    ("กข 1 phuket", "กข 1 ภูเก็ต"),
    ("กข 12 เบตง", "กข 12 เบตง"),
    ("1กข\u200b 1234 เชียงใหม่", "1กข 1234 เชียงใหม่"),
    ("", ""),
    ("   ", ""),
])
def test_typed_plates_read_as_one_canonical_text(typed, canonical):
    assert normalise_plate(typed) == canonical


@pytest.mark.parametrize("typed", [
    "12กข 1234 เชียงใหม่",      # two leading digits
    "กขคง 12 เชียงใหม่",        # four letters
    "1กขค 12 เชียงใหม่",        # digit and three letters
    "กข 12345 เชียงใหม่",       # five digits
    "กข 0 เชียงใหม่",           # no number at all
    "AB 1234 เชียงใหม่",        # Latin letters
    "กข 1234",                  # no province
    "กข จ.เชียงใหม่",           # no number
    "1234 เชียงใหม่",           # no letters
    "อะ 12 เชียงใหม่",          # a vowel is no plate letter
    "กข 1234 เชียงใหม่" + " ก" * 60,
])
def test_what_is_no_plate_is_refused(typed):
    with pytest.raises(RuleViolation) as caught:
        normalise_plate(typed)
    assert caught.value.code in ("plate.invalid", "plate.unknown_province")
    if "เชียงใหม่" in typed and len(typed) < 30:
        assert caught.value.code == "plate.invalid"


@pytest.mark.parametrize("typed", ["กข 1234 ปารีส", "กข 1234 จ.เชียงใหม", "กข 1234 ชม"])
def test_a_province_that_does_not_exist_is_named(typed):
    with pytest.raises(RuleViolation) as caught:
        normalise_plate(typed)
    assert caught.value.code == "plate.unknown_province"
    assert caught.value.params["province"] in typed


def test_the_areas_are_the_77_provinces_and_betong():
    areas = plate_areas()
    assert len(areas) == 78
    assert {"กรุงเทพมหานคร", "ภูเก็ต", "บึงกาฬ", "เบตง"} <= set(areas)
