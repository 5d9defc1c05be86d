"""Which village a clerk means by what they typed: "3", "หมู่ 3", "หมู่ที่ 3", "ม.3", "๓", "ใหม่".

Villagers and clerks name a village by its number (หมู่ที่ 3) far more often than by its
name, and every label starts with the same word, so the rule reads a number first: a typed
number names that village exactly ("12" is หมู่ที่ 12, never 1 then 2) or none at all. Anything
else is looked for in the names, and only an unambiguous name is taken.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .text import ascii_digits

# The ways a village is written before its number. NFC puts Thai marks in canonical order, so
# "หมู่" typed mark-first is "หมู่" here.
_PREFIXES = ("หมู่ที่", "หมู่", "ม.", "moo.", "moo", "village", "ม")
_PREFIX = re.compile(r"^(?:หมู่\s*ที่|หมู่|ม\s*\.|moo\s*\.?|village|ม(?=\s*\d))\s*")
_NUMBER = re.compile(r"^(\d+)(?!\d)")
_HOME = "บ้าน"   # most names start with "บ้าน" (village); the clerk often leaves it out
_WHITESPACE = re.compile(r"\s+")


def normalised(text: str) -> str:
    """Thai digits as ASCII, canonical mark order, no invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", ascii_digits(text))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc"))
    return _WHITESPACE.sub(" ", text).strip().casefold()


def match_village(typed: str, villages: Sequence[tuple[int, str]]) -> int | None:
    """The number of the village `typed` names among `villages` ((number, name) pairs), or
    None while it names none, or more than one equally well."""
    text = normalised(typed)
    if not text or _still_typing_a_prefix(text):
        return None
    rest = _PREFIX.sub("", text, count=1)
    if rest != text and _still_typing_the_rest_of_a_prefix(text, rest):
        return None
    number = _NUMBER.match(rest)
    if number is not None:
        wanted = int(number.group(1))
        return wanted if any(n == wanted for n, _ in villages) else None
    return _by_name(rest, villages)


def village_candidates(typed: str, villages: Sequence[tuple[int, str]]) -> list[int]:
    """Every village the text could mean, the best first (for a list to choose from)."""
    text = normalised(typed)
    found = match_village(typed, villages)
    rest = _PREFIX.sub("", text, count=1)
    ranked = sorted((rank, n) for n, name in villages
                    if (rank := _name_rank(rest, name)) is not None)
    numbers = list(dict.fromkeys(n for _, n in ranked))
    if found is not None:
        numbers = [found] + [n for n in numbers if n != found]
    return numbers


def _still_typing_a_prefix(text: str) -> bool:
    # "ห", "หมู", "หมู่ท": half of "หมู่ที่" names no village yet, and must not pick one whose
    # name happens to contain those letters.
    return any(prefix.startswith(text) for prefix in _PREFIXES)


def _still_typing_the_rest_of_a_prefix(text: str, rest: str) -> bool:
    return text.startswith("หมู่") and not rest[:1].isdigit() and "ที่".startswith(rest)


def _name_rank(text: str, name: str) -> int | None:
    """0 the name itself, 1 the start of the name, 2 inside it; None if not in it."""
    if not text:
        return None
    name = normalised(name)
    bare = name.removeprefix(_HOME)
    if text in (name, bare):
        return 0
    if name.startswith(text) or bare.startswith(text):
        return 1
    return 2 if text in name else None


def _by_name(text: str, villages: Sequence[tuple[int, str]]) -> int | None:
    ranks = [(rank, n) for n, name in villages if (rank := _name_rank(text, name)) is not None]
    if not ranks:
        return None
    best = min(rank for rank, _ in ranks)
    # A village may be listed under each of its names (Thai, English): one number, one village.
    chosen = list(dict.fromkeys(n for rank, n in ranks if rank == best))
    return chosen[0] if len(chosen) == 1 else None
