"""Thai phone numbers: one stored form (national digits with the leading 0), shown with dashes."""
from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from .errors import RuleViolation
from .text import ascii_digits

_REGION = "TH"

# Only what people put between digit groups. Checked before phonenumbers sees the text because
# it would otherwise read letters as a keypad ("08-CALL-ME") and text like "ต่อ 12" as an
# extension we have nowhere to store.
_WRITTEN_FORM = re.compile(r"\+?[0-9 .()\-\u00a0\u2010-\u2015\u2212]+")
_SEPARATORS = re.compile(r"[^0-9+]")
# phonenumbers also deems toll-free (+66 1800…) and premium (+66 1900…) numbers valid; they are
# not a resident's phone. The shape keeps exactly mobiles and landlines.
_NATIONAL_SHAPE = re.compile(r"0[689]\d{8}|0[2-7]\d{7}")
_MAX_INPUT = 40


def normalise_phone(text: str) -> str:
    """Return e.g. "0812345678" / "021234567"; "" for an empty field; else RuleViolation."""
    text = ascii_digits(text).strip()
    if not text:
        return ""
    if len(text) > _MAX_INPUT or not _WRITTEN_FORM.fullmatch(text):
        raise RuleViolation("phone.invalid")
    compact = _SEPARATORS.sub("", text)
    if compact.startswith("0066"):
        # Thailand's own exit codes are 001/007/008/009, so phonenumbers reads "00 66" as a
        # national number; people still write it, copying the European habit.
        compact = "+" + compact[2:]
    elif compact.startswith("66"):
        compact = "+" + compact
    elif not compact.startswith(("0", "+")):
        # phonenumbers would take "812345678" as a mobile without its 0, but a missing leading
        # digit is as likely a dropped one anywhere; and this also turns away hotlines (1555).
        raise RuleViolation("phone.invalid")
    try:
        number = phonenumbers.parse(compact, _REGION)
    except NumberParseException:
        raise RuleViolation("phone.invalid") from None
    # "for_region" and not plain is_valid_number: a valid London number is still not Thai.
    if not phonenumbers.is_valid_number_for_region(number, _REGION):
        raise RuleViolation("phone.invalid")
    national = f"0{number.national_number}"
    if not _NATIONAL_SHAPE.fullmatch(national):
        raise RuleViolation("phone.invalid")
    return national


def format_phone(stored: str) -> str:
    """"081-234-5678", "02-123-4567", "053-123-456"; "" stays "".

    A stored value that no longer parses (imported legacy data) is shown as it is, because a
    list view must not fail on one bad row.
    """
    if not stored:
        return ""
    formatted = _formatted(stored)
    return stored if formatted is None else formatted


def mask_phone(stored: str) -> str:
    """"081-XXX-5678", "02-XXX-4567", "053-XXX-456"; "" stays "".

    The operator or area prefix and the last group stay readable so a clerk can tell numbers
    apart in a list without the list exposing them.
    """
    if not stored:
        return ""
    formatted = _formatted(stored)
    if formatted is not None:
        groups = formatted.split("-")
        return "-".join([groups[0], *("X" * len(g) for g in groups[1:-1]), groups[-1]])
    # Legacy value in no known layout: hide every digit but the last four rather than guess.
    digit_positions = [i for i, ch in enumerate(stored) if ch.isdigit()]
    hidden = set(digit_positions[:-4])
    return "".join("X" if i in hidden else ch for i, ch in enumerate(stored))


def _formatted(stored: str) -> str | None:
    try:
        national = normalise_phone(stored)
    except RuleViolation:
        return None
    if not national:
        return None
    number = phonenumbers.parse(national, _REGION)
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL).replace(" ", "-")
