"""Thai vehicle registration plates: "1กข 1234 เชียงใหม่", one canonical form.

A plate is an optional leading digit and one to three Thai consonants (three characters at
most together), a number of one to four digits, and the province printed under them. People
type it with Thai digits, a dash, no spaces or too many, and "จ." or "จังหวัด" before the
province; the stored form is always the canonical one, so a search for "กข 1234" finds it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import geothai

from .errors import RuleViolation
from .text import ascii_digits, clean_text

_MAX_INPUT = 100
_CONSONANTS = "\u0e01-\u0e2e"  # ก..ฮ
_PLATE = re.compile(
    rf"(?P<digit>[1-9])?\s*(?P<letters>[{_CONSONANTS}]{{1,3}})\s*-?\s*(?P<number>\d{{1,4}})"
    rf"(?:\s+|\s*-\s*|(?=[^\d]))(?P<province>.*)"
)
_PROVINCE_PREFIX = re.compile(r"^(?:จังหวัด|จ\.)\s*")
# Betong (Yala) issues its own plates, printed "เบตง" where a province would be.
_PLATE_AREAS_BEYOND_PROVINCES = ("เบตง",)
# What people type for Bangkok; the plate itself reads กรุงเทพมหานคร.
_BANGKOK = "กรุงเทพมหานคร"
_BANGKOK_SHORT = ("กรุงเทพฯ", "กรุงเทพ", "กทม.", "กทม")


@lru_cache(maxsize=1)
def _areas() -> dict[str, str]:
    """Every accepted spelling (spaces removed, case-folded) → the name printed on plates."""
    names: dict[str, str] = {}
    for province in geothai.provinces():
        names[province.name_th.replace(" ", "")] = province.name_th
        names[province.name_en.replace(" ", "").replace("-", "").casefold()] = province.name_th
    for name in _PLATE_AREAS_BEYOND_PROVINCES:
        names[name] = name
    for short in _BANGKOK_SHORT:
        names[short] = _BANGKOK
    return names


def plate_areas() -> tuple[str, ...]:
    """The 77 provinces (GeoThai's list) and the plate areas beyond them, as plates print them."""
    return tuple(dict.fromkeys(_areas().values()))


def normalise_plate(text: str) -> str:
    """"1กข 1234 เชียงใหม่" from what was typed; "" for an empty field.

    Raises RuleViolation("plate.invalid") when the letters and number are not a plate's (or
    the province is missing), RuleViolation("plate.unknown_province") when the last part
    names no province.
    """
    text = ascii_digits(clean_text(text, max_length=10**6))
    if not text:
        return ""
    if len(text) > _MAX_INPUT:
        raise RuleViolation("plate.invalid")
    match = _PLATE.fullmatch(text)
    if match is None:
        raise RuleViolation("plate.invalid")
    digit, letters = match["digit"] or "", match["letters"]
    number = match["number"].lstrip("0")
    if len(digit + letters) > 3 or not number:
        raise RuleViolation("plate.invalid")
    province_text = _PROVINCE_PREFIX.sub("", match["province"].strip())
    if not province_text:
        raise RuleViolation("plate.invalid")
    key = re.sub(r"[\s\-]", "", province_text)
    province = _areas().get(key) or _areas().get(key.casefold())
    if province is None:
        raise RuleViolation("plate.unknown_province", province=province_text)
    return f"{digit}{letters} {number} {province}"
