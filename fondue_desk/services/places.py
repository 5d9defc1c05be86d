"""Sub-districts from the official DOPA list (via geothai, data CC BY 4.0, credit "GeoThai").

The list changes only when geothai is upgraded, so it is read once per process and kept.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geothai

BANGKOK_PROVINCE_CODE = "10"

# geothai names Bangkok's districts "เขตปทุมวัน"; the level word belongs in the label, not the
# name, or the label would read "เขตเขตปทุมวัน" and searches for "ปทุมวัน" would rank it low.
_DISTRICT_WORD = "เขต"
# Level words clerks type in front of a name. Short forms need their dot: without it "อ" and
# "ต" are just the first letter of names such as อ่างทอง or ตลาด.
_LEVEL_PREFIX = re.compile(r"(?:^|(?<=\s))(?:ตำบล|แขวง|อำเภอ|เขต|กิ่งอำเภอ|จังหวัด|[ตอจ]\.)\s*")


@dataclass(frozen=True)
class Place:
    code: str  # six-digit DOPA subdistrict code
    tambon: str
    amphoe: str  # without "อำเภอ"/"เขต"
    province: str
    postal_code: str

    @property
    def is_bangkok(self) -> bool:
        return self.code.startswith(BANGKOK_PROVINCE_CODE)

    @property
    def label(self) -> str:
        """"ต.แม่เหียะ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100".

        Bangkok spells its levels out and has no "จ.": "แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330".
        """
        if self.is_bangkok:
            parts = [f"แขวง{self.tambon}", f"เขต{self.amphoe}", self.province]
        else:
            parts = [f"ต.{self.tambon}", f"อ.{self.amphoe}", f"จ.{self.province}"]
        return " ".join([*parts, self.postal_code]).strip()


@lru_cache(maxsize=1)
def all_places() -> tuple[Place, ...]:
    """Every current subdistrict, in DOPA code order."""
    places: list[Place] = []
    for province in geothai.provinces():
        for district in geothai.districts(province.code):
            amphoe = district.name_th
            if province.code == BANGKOK_PROVINCE_CODE:
                amphoe = amphoe.removeprefix(_DISTRICT_WORD)
            for sub in geothai.subdistricts(district.code):
                places.append(
                    Place(
                        code=sub.code,
                        tambon=sub.name_th,
                        amphoe=amphoe,
                        province=province.name_th,
                        # Forms print one postal code. For the 160 subdistricts that span
                        # post-office zones the others stay in geothai.subdistrict(code).
                        postal_code=sub.postal_codes[0] if sub.postal_codes else "",
                    )
                )
    return tuple(places)


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Place]:
    return {p.code: p for p in all_places()}


def place_by_code(code: str) -> Place | None:
    return _by_code().get(code.strip()) if isinstance(code, str) else None


def search_places(query: str, limit: int = 20) -> list[Place]:
    """Places whose names contain every word of the query, best first.

    Ranked by the best-matching word: tambon equal to it, tambon starting with it, tambon
    containing it, amphoe then province starting with it, amphoe then province containing it;
    ties in DOPA code order so the list is stable. Typing a whole name ("ตลาด") puts that tambon
    above longer ones (ตลาดยอด), and "เชียงใหม่" lists จ.เชียงใหม่ before อ.ศรีเชียงใหม่.
    """
    words = _query_words(query)
    if not words or limit <= 0:
        return []
    ranked: list[tuple[int, str, Place]] = []
    for place in all_places():
        rank = _rank(place, words)
        if rank is not None:
            ranked.append((rank, place.code, place))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [place for _, _, place in ranked[:limit]]


def find_place(tambon: str, amphoe: str = "", province: str = "") -> Place | None:
    """The one place with these names, or None when unknown or when more than one fits.

    Names must be whole; "ต."/"อ."/"จ." and the spelled-out level words are allowed, and so
    are geothai's own short forms ("อ.เมือง" for the province's capital district, "กทม").
    """
    if not tambon.strip():
        return None
    found = geothai.match(tambon, district=amphoe or None, province=province or None)
    if len(found) != 1:
        return None
    return place_by_code(found[0].subdistrict.code)


def _query_words(query: str) -> list[str]:
    query = unicodedata.normalize("NFC", query or "")
    return _LEVEL_PREFIX.sub("", query).split()


def _rank(place: Place, words: list[str]) -> int | None:
    best: int | None = None
    for word in words:
        rank = _word_rank(place, word)
        if rank is None:
            return None
        best = rank if best is None else min(best, rank)
    return best


def _word_rank(place: Place, word: str) -> int | None:
    if place.tambon == word:
        return 0
    if place.tambon.startswith(word):
        return 1
    if word in place.tambon:
        return 2
    if place.amphoe.startswith(word):
        return 3
    if place.province.startswith(word):
        return 4
    if word in place.amphoe:
        return 5
    if word in place.province:
        return 6
    return None


def english_names(code: str) -> tuple[str, str, str] | None:
    """(tambon, amphoe, province) of a subdistrict code in English as geothai spells them
    ("At Samat", "At Samat", "Roi Et"), or None for an unknown code."""
    sub = geothai.subdistrict(code.strip()) if isinstance(code, str) and code.strip() else None
    if sub is None:
        return None
    district = geothai.district(sub.district_code)
    province = geothai.province(sub.province_code)
    return (sub.name_en, district.name_en if district else "",
            province.name_en if province else "")
