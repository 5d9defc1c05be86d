"""Free text as it arrives from forms, pastes and old spreadsheets, made safe to store and print."""
from __future__ import annotations

import re
import unicodedata

from .errors import FieldError, InvalidInput, RuleViolation

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Everything a paste can carry that means "new line". NEL, LS and PS come from Word and web pages;
# \v and \f from old spreadsheet exports. Turning them into "\n" keeps the words apart, where
# deleting them would glue the last word of one line to the first of the next.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_BLANK_RUNS = re.compile(r"\n{4,}")
_TRAILING_SPACES = re.compile(r"[^\S\n]+\n")

# Cc: C0/C1 controls. Cf: invisible format characters (zero-width space, BOM, bidi marks,
# soft hyphen) that make equal-looking names compare unequal and print as boxes in PDFs.
# Cs: lone surrogates from a bad decode, which SQLite cannot encode and would refuse.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})


def ascii_digits(text: str) -> str:
    """Thai digits ๐-๙ as ASCII, so numbers typed on a Thai keyboard layout parse like any other."""
    return text.translate(_THAI_DIGITS)


def clean_text(text: str | None, *, max_length: int, multiline: bool = False) -> str:
    """Normalise user text; raise RuleViolation("text.too_long") if it is still too long.

    The limit applies after cleaning so that invisible junk never pushes a valid entry over it.
    Length is counted in code points: Thai vowel and tone marks count as characters, which is
    what a VARCHAR limit counts too.
    """
    if text is None:
        return ""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    text = "".join(
        ch for ch in text if ch == "\n" or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    # NFC last: removing a zero-width character between a letter and its mark can make a
    # sequence composable that was not before.
    text = unicodedata.normalize("NFC", text)
    if multiline:
        text = _TRAILING_SPACES.sub("\n", text + "\n")
        text = _BLANK_RUNS.sub("\n\n\n", text)
    text = text.strip()
    if len(text) > max_length:
        raise RuleViolation("text.too_long", max=max_length, length=len(text))
    return text


def clean_field(field: str, text: str | None, *, max_length: int, multiline: bool = False) -> str:
    """clean_text for one form field: a broken rule becomes InvalidInput naming the field."""
    try:
        return clean_text(text, max_length=max_length, multiline=multiline)
    except RuleViolation as exc:
        raise InvalidInput([FieldError(field, exc.code, exc.params)]) from None


# --------------------------------------------------------------------------------- search
# Search compares what was typed with what was stored in one form: cleaned as saved text is
# (so a pasted zero-width space, BOM, bidi mark, NUL or lone surrogate is simply not there),
# NFC (a tone mark typed before its lower vowel is the same word), and case-folded (Latin
# "ABC" finds "abc"; Thai has no case).
_PHONE_LIKE = re.compile(r"^[\d\-.()+]+$")
_MIN_PHONE_DIGITS = 3


def search_key(text: str | None) -> str:
    """The form in which stored text and queries are compared (never stored, never shown)."""
    cleaned = clean_text(text, max_length=10**9)
    return unicodedata.normalize("NFC", cleaned.casefold())


def search_words(query: str | None) -> list[str]:
    """The words of a query as typed, cleaned (for highlighting): each must appear somewhere.

    Spaces separate words and repeated spaces mean nothing; a word typed twice counts once.
    """
    words: list[str] = []
    for word in clean_text(query, max_length=10**9).split():
        if word not in words:
            words.append(word)
    return words


def word_variants(word: str) -> tuple[str, ...]:
    """The search keys one word matches as: a phone typed with dashes ("081-234") also finds the
    stored digits ("081234")."""
    key = search_key(word)
    if _PHONE_LIKE.match(key):
        digits = re.sub(r"\D", "", key)
        if len(digits) >= _MIN_PHONE_DIGITS and digits != key:
            return (key, digits)
    return (key,)
