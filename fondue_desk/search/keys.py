"""Search keys as compact bytes: one byte per Thai or ASCII character.

A register of 300,000 complaints holds some 57 million characters of searchable text. As
Python str with Thai in it that is two bytes a character (136 MB); in TIS-620 (iso8859_11,
Thai in 0xA1–0xFB, ASCII as itself) it is one, and substring tests run on bytes as fast.
Text with any other character (Latin accents, curly quotes, emoji) is "exotic": its bytes
carry 0xFF, which no Thai or ASCII needle contains, in place of those characters, so bytes
matching stays exact for Thai/ASCII words, and the row's str key is kept for the words
that are themselves exotic.

Stored text goes through the same `domain.text.search_key` as the query. Text that is plain
Thai/ASCII (nearly all of it) takes a fast path that gives the same bytes at C speed:
controls deleted, line breaks and tabs as spaces, ASCII lower-cased, Thai marks in NFC order.
"""
from __future__ import annotations

import codecs
import re

from fondue_desk.domain.text import search_key

CODEC = "iso8859_11"
EXOTIC = 0xFF  # not a TIS-620 character: never part of a needle
SEPARATOR = " "  # between the fields of one row: a word never holds a space


def _exotic_as_ff(error: UnicodeEncodeError) -> tuple[bytes, int]:
    return bytes([EXOTIC]) * (error.end - error.start), error.end


codecs.register_error("fondue_desk_search", _exotic_as_ff)

# clean_text turns \r \n \v \f \t into spaces on one line, and drops the other C0/C1 controls.
_SPACES = b"\t\n\x0b\x0c\r\x85"
_DELETED = bytes(b for b in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if b not in _SPACES)
_TABLE = bytes.maketrans(_SPACES, b" " * len(_SPACES))
# Thai marks with a combining class, as TIS-620 bytes: NFC sorts a run of them by class.
_THAI_CLASS = {0xD8: 103, 0xD9: 103, 0xDA: 9, 0xE8: 107, 0xE9: 107, 0xEA: 107, 0xEB: 107}
_MARK_RUN = re.compile(rb"[\xd8-\xda\xe8-\xeb]{2,}")
# Half of all Thai rows hold a mark pair (ู่), nearly always in order: look for disorder only.
_DISORDER = re.compile(rb"[\xe8-\xeb][\xd8-\xda]|[\xd8\xd9]\xda")


def _nfc_order(match: re.Match[bytes]) -> bytes:
    return bytes(sorted(match.group(), key=_THAI_CLASS.__getitem__))


def row_key(text: str) -> tuple[bytes, str | None]:
    """The bytes searched for one row, and its str key when the row is exotic (else None)."""
    try:
        raw = text.encode(CODEC)
    except UnicodeEncodeError:
        key = search_key(text)
        encoded = key.encode(CODEC, errors="fondue_desk_search")
        return encoded, (key if EXOTIC in encoded else None)
    raw = raw.translate(_TABLE, _DELETED).lower()
    if _DISORDER.search(raw):
        raw = _MARK_RUN.sub(_nfc_order, raw)
    return raw, None


def needle(key: str) -> bytes | None:
    """A word's key as bytes, or None when it is exotic (only exotic rows can hold it)."""
    try:
        return key.encode(CODEC)
    except UnicodeEncodeError:
        return None

