"""Running-number formats. An office configures e.g. "{fy}-{seq:06d}" → 2570-000123."""
from __future__ import annotations

import string

from .errors import FieldError, InvalidInput

DEFAULT_TRACKING_FORMAT = "{fy}-{seq:06d}"
_ALLOWED_FIELDS = {"fy", "seq", "year"}
MAX_FORMATTED_LENGTH = 32


def check_format(fmt: str) -> None:
    """Reject formats that could not produce unique, printable numbers."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None]
    except ValueError:
        raise InvalidInput([FieldError("tracking_format", "format.invalid")]) from None
    if "seq" not in fields or not set(fields) <= _ALLOWED_FIELDS:
        raise InvalidInput([FieldError("tracking_format", "format.needs_seq")])
    try:
        sample = format_number(fmt, year=2570, seq=123, checked=False)
    except (ValueError, KeyError, IndexError, TypeError):
        raise InvalidInput([FieldError("tracking_format", "format.invalid")]) from None
    if len(sample) > MAX_FORMATTED_LENGTH:
        raise InvalidInput([FieldError("tracking_format", "format.too_long")])


def format_number(fmt: str, *, year: int, seq: int, checked: bool = True) -> str:
    if checked:
        check_format(fmt)
    return fmt.format(fy=year, year=year, seq=seq)
