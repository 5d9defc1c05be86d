from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.phone import format_phone, mask_phone, normalise_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0812345678", "0812345678"),
        ("081-234-5678", "0812345678"),
        ("08-1234-5678", "0812345678"),
        ("081 234 5678", "0812345678"),
        ("081.234.5678", "0812345678"),
        ("(081) 234-5678", "0812345678"),
        ("  081-234-5678  ", "0812345678"),
        ("0 8 1 2 3 4 5 6 7 8", "0812345678"),
        ("081\u2013234\u20135678", "0812345678"),  # en dashes from a word processor
        ("081\u00a0234\u00a05678", "0812345678"),  # no-break spaces from a web page
        ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678"),
        ("0612345678", "0612345678"),
        ("095-555-0199", "0955550199"),
        ("+66 81 234 5678", "0812345678"),
        ("+66812345678", "0812345678"),
        ("+66-81-234-5678", "0812345678"),
        ("+66 (0) 81 234 5678", "0812345678"),
        ("66812345678", "0812345678"),
        ("66 81 234 5678", "0812345678"),
        ("0066812345678", "0812345678"),
        ("0066 81 234 5678", "0812345678"),
        ("001 66 81 234 5678", "0812345678"),
        ("021234567", "021234567"),
        ("02-123-4567", "021234567"),
        ("(02) 123-4567", "021234567"),
        ("02 1234567", "021234567"),
        ("+6621234567", "021234567"),
        ("+66 2 123 4567", "021234567"),
        ("0066 2 123 4567", "021234567"),
        ("053-123-456", "053123456"),
        ("053123456", "053123456"),
        ("+66 53 123 456", "053123456"),
        ("042-123-456", "042123456"),
        ("073-123-456", "073123456"),
        ("๐๕๓-๑๒๓-๔๕๖", "053123456"),
    ],
)
def test_normalise_accepts_written_forms(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("blank", ["", " ", "\t", "\u00a0 \u00a0"])
def test_empty_field_is_empty_not_an_error(blank: str) -> None:
    assert normalise_phone(blank) == ""


@pytest.mark.parametrize(
    "typed",
    [
        "1111",  # government hotline
        "1555",  # Bangkok hotline
        "191",  # police
        "*1111",
        "1800000000",  # toll-free: valid for phonenumbers, but not a resident's phone
        "1-800-000-000",
        "+66 1800 000 000",  # the same, written internationally: phonenumbers accepts it
        "+66 1900 123 456",  # premium rate, also valid for phonenumbers
        "+66 1111",
        "812345678",  # leading 0 dropped
        "081234567",  # mobile one digit short
        "08123456789",  # mobile one digit long
        "0212345678",  # Bangkok landline one digit long
        "02123456",  # landline one digit short
        "0512345678",  # 05 is not a mobile prefix
        "0712345678",
        "071234567",  # no 071 area
        "031234567",  # no 031 area
        "+6681234567",  # international, mobile one digit short
        "+44 20 7946 0958",  # London
        "+1 650 253 0000",
        "0021234567",
        "abc",
        "08CALLME12",  # phonenumbers would read letters as a keypad
        "081-234-5678 ต่อ 12",
        "081234567x1",
        "081-234-5678, 02-123-4567",
        "081-234-5678/9",
        "+",
        "---",
        "()",
        "0" * 60,
        "๐๘๑๒๓๔๕๖๗",
    ],
)
def test_normalise_rejects(typed: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        normalise_phone(typed)
    assert caught.value.code == "phone.invalid"


@pytest.mark.parametrize(
    ("stored", "shown", "masked"),
    [
        ("0812345678", "081-234-5678", "081-XXX-5678"),
        ("0612345678", "061-234-5678", "061-XXX-5678"),
        ("021234567", "02-123-4567", "02-XXX-4567"),
        ("053123456", "053-123-456", "053-XXX-456"),
        ("", "", ""),
    ],
)
def test_format_and_mask(stored: str, shown: str, masked: str) -> None:
    assert format_phone(stored) == shown
    assert mask_phone(stored) == masked


def test_legacy_value_is_shown_as_is_but_masked_to_last_four() -> None:
    assert format_phone("call the headman") == "call the headman"
    assert mask_phone("tel 12345678") == "tel XXXX5678"


# --- properties -------------------------------------------------------------------------


def _valid_th(national: str) -> bool:
    return phonenumbers.is_valid_number_for_region(phonenumbers.parse(national, "TH"), "TH")


mobiles = st.builds(
    lambda prefix, rest: f"0{prefix}{rest}",
    st.sampled_from("689"),
    st.text("0123456789", min_size=8, max_size=8),
).filter(_valid_th)
landlines = st.builds(
    lambda area, rest: f"0{area}{rest}",
    st.sampled_from("234567"),
    st.text("0123456789", min_size=7, max_size=7),
).filter(_valid_th)
numbers = mobiles | landlines


def _variants(national: str) -> list[str]:
    shown = format_phone(national)
    rest = national[1:]
    return [
        national,
        shown,
        shown.replace("-", " "),
        shown.replace("-", "."),
        shown.replace("-", ""),
        f"({shown[: shown.index('-')]}) {shown[shown.index('-') + 1 :]}",
        f"+66{rest}",
        f"+66 {rest[:-4]} {rest[-4:]}",
        f"+66 (0){rest}",
        f"66{rest}",
        f"0066{rest}",
        f"  {shown}\t",
        shown.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")),
    ]


@given(numbers)
@example("0812345678")
@example("021234567")
@example("053123456")
def test_every_written_variant_normalises_to_the_same_value(national: str) -> None:
    for variant in _variants(national):
        assert normalise_phone(variant) == national, variant


@given(numbers)
def test_format_round_trips(national: str) -> None:
    shown = format_phone(national)
    assert normalise_phone(shown) == national
    assert shown.replace("-", "") == national


@given(numbers)
def test_mask_hides_the_middle_and_keeps_the_ends(national: str) -> None:
    shown = format_phone(national)
    masked = mask_phone(national)
    first, *middle, last = shown.split("-")
    assert masked == "-".join([first, *("X" * len(g) for g in middle), last])
    assert middle
    assert sum(ch.isdigit() for ch in masked) == len(first) + len(last)


@given(st.text(max_size=60))
@example("+")
@example("00")
@example("0066")
@example("+66")
@example("(((((")
def test_arbitrary_text_raises_only_rule_violation(text: str) -> None:
    try:
        result = normalise_phone(text)
    except RuleViolation as error:
        assert error.code == "phone.invalid"
    else:
        assert result == "" or _valid_th(result)
        assert result == "" or result.isascii() and result.isdigit()
