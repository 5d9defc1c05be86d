"""The language a complainant reads: their receipt and status notices print in it.

The desk prints Thai and English. A name typed in another script than Thai is the one hint a
clerk has at the counter that the complainant may not read Thai, so the form suggests English
then; the clerk's own choice always wins (the intake control never overrides it).
"""
from __future__ import annotations

import unicodedata

THAI = "th"
ENGLISH = "en"
COMPLAINANT_LANGUAGES = (THAI, ENGLISH)


def suggest_language(name: str) -> str | None:
    """"en" for a name in Latin (or any non-Thai) letters, "th" for one with a Thai letter,
    None when there is no letter to judge by (nothing typed yet, digits, punctuation).

    A single Thai letter is enough for Thai: "นาย John" is written by and for a Thai reader,
    while "Somchai Jaidee" is how a passport, a foreign resident or a tourist writes it.
    """
    latin = False
    for char in name or "":
        if not char.isalpha():
            continue
        if "\u0e00" <= char <= "\u0e7f":
            return THAI
        # Thai marks are not alphabetic (Mn); any other script's letter counts as foreign.
        if unicodedata.category(char).startswith("L"):
            latin = True
    return ENGLISH if latin else None


def check_language(language: str) -> bool:
    return language in COMPLAINANT_LANGUAGES
