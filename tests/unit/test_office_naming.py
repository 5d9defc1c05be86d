from __future__ import annotations

import pytest

from fondue_desk.domain.office_config import OFFICE_KINDS
from fondue_desk.domain.office_naming import KIND_SHORT, suggested_address, suggested_office_name


@pytest.mark.parametrize(("kind", "tambon", "name"), [
    ("เทศบาลตำบล", "อาจสามารถ", "เทศบาลตำบลอาจสามารถ"),
    ("องค์การบริหารส่วนตำบล", "หนองหมื่นถ่าน", "องค์การบริหารส่วนตำบลหนองหมื่นถ่าน"),
    ("เทศบาลเมือง", " ตำบลในเมือง ", "เทศบาลเมืองในเมือง"),
    ("เทศบาลนคร", "", ""),
    ("อบต.", "อาจสามารถ", ""),  # not a kind: nothing is guessed
])
def test_the_name_follows_kind_and_tambon(kind, tambon, name):
    assert suggested_office_name(kind, tambon) == name


def test_every_kind_has_its_short_form():
    assert set(KIND_SHORT) == set(OFFICE_KINDS)


def test_the_address_is_spelled_out_as_letters_print_it():
    assert suggested_address("อาจสามารถ", "อาจสามารถ", "ร้อยเอ็ด", "45160") == (
        "ตำบลอาจสามารถ อำเภออาจสามารถ จังหวัดร้อยเอ็ด 45160")
    assert suggested_address("ลุมพินี", "ปทุมวัน", "กรุงเทพมหานคร", "10330", bangkok=True) == (
        "แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330")
    assert suggested_address("", "อาจสามารถ", "ร้อยเอ็ด", "45160") == ""


@pytest.mark.parametrize(("office", "position"), [
    ("เทศบาลตำบลอาจสามารถ", "นายกเทศมนตรีตำบลอาจสามารถ"),
    ("เทศบาลเมืองร้อยเอ็ด", "นายกเทศมนตรีเมืองร้อยเอ็ด"),
    ("เทศบาลนครขอนแก่น", "นายกเทศมนตรีนครขอนแก่น"),
    ("องค์การบริหารส่วนตำบลหนองหมื่นถ่าน", "นายกองค์การบริหารส่วนตำบลหนองหมื่นถ่าน"),
    ("  ", ""),
])
def test_the_signatory_position_follows_the_office(office, position):
    from fondue_desk.domain.office_naming import suggested_signatory_position

    assert suggested_signatory_position(office) == position
