"""Thai 13-digit national ID (เลขประจำตัวประชาชน): stored compact, shown 1-2345-67890-12-3."""
from __future__ import annotations

import re

from stdnum import exceptions as stdnum_errors
from stdnum.th import pin

from .errors import RuleViolation
from .text import ascii_digits

# Spaces and every dash a word processor might substitute for "-" when the ID is pasted from a
# letter; anything else left over means the field holds something other than an ID.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_ASCII_DIGITS = re.compile(r"[0-9]*")
_LENGTH = 13
_MASKED_GROUPS = (2, 3)  # the serial part; the first, area and check groups stay readable


def normalise_national_id(text: str) -> str:
    """Return the 13 digits, "" for an empty field, or raise RuleViolation.

    Codes: "national_id.format" (reason="not_digits" or "first_digit"), "national_id.length"
    (length=n), "national_id.checksum".
    """
    compact = _SEPARATORS.sub("", ascii_digits(text))
    if not compact:
        return ""
    # Checked before the length so that "abc" reads as "not a number" rather than "too short".
    if not _ASCII_DIGITS.fullmatch(compact):
        raise RuleViolation("national_id.format", reason="not_digits")
    try:
        return pin.validate(compact)
    except stdnum_errors.InvalidLength:
        raise RuleViolation("national_id.length", length=len(compact)) from None
    except stdnum_errors.InvalidChecksum:
        raise RuleViolation("national_id.checksum") from None
    # stdnum reports the forbidden leading 0 or 9 as InvalidComponent; to the user it is the
    # same kind of mistake as letters in the field: "this is not how an ID looks".
    except stdnum_errors.InvalidComponent:
        raise RuleViolation("national_id.format", reason="first_digit") from None
    except stdnum_errors.InvalidFormat:
        raise RuleViolation("national_id.format", reason="not_digits") from None


def format_national_id(compact: str) -> str:
    """"1-2345-67890-12-3"; "" stays "". A value that is not 13 digits is shown unchanged."""
    if not _is_compact(compact):
        return compact
    return pin.format(compact)


def mask_national_id(compact: str) -> str:
    """"1-2345-XXXXX-XX-3" for lists and printouts that only need to tell people apart."""
    if not _is_compact(compact):
        # Never echo a malformed stored value in full: it may still be most of a real ID.
        return "X" * len(compact)
    groups = pin.format(compact).split("-")
    return "-".join("X" * len(g) if i in _MASKED_GROUPS else g for i, g in enumerate(groups))


def _is_compact(value: str) -> bool:
    return len(value) == _LENGTH and _ASCII_DIGITS.fullmatch(value) is not None
