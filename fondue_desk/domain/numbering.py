"""Running-number formats. An office configures e.g. "{fy}-{seq:06d}" → 2570-000123."""
from __future__ import annotations

import string

from .errors import FieldError, InvalidInput, RuleViolation
from .text import ascii_digits

DEFAULT_TRACKING_FORMAT = "{fy}-{seq:06d}"
_ALLOWED_FIELDS = {"fy", "seq", "year"}
MAX_FORMATTED_LENGTH = 32
MAX_WORK_ORDER_LENGTH = 20  # work_order.number is VARCHAR(20)


def check_format(fmt: str, *, field: str = "tracking_format",
                 max_length: int = MAX_FORMATTED_LENGTH) -> None:
    """Reject formats that could not produce unique, printable numbers."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None]
    except ValueError:
        raise InvalidInput([FieldError(field, "format.invalid")]) from None
    if "seq" not in fields or not set(fields) <= _ALLOWED_FIELDS:
        raise InvalidInput([FieldError(field, "format.needs_seq")])
    try:
        # The widest numbers a year can reach, so a format that fits today fits in September.
        sample = format_number(fmt, year=2570, seq=999_999, checked=False)
    except (ValueError, KeyError, IndexError, TypeError):
        raise InvalidInput([FieldError(field, "format.invalid")]) from None
    if len(sample) > max_length:
        raise InvalidInput([FieldError(field, "format.too_long", {"max": max_length})])


def format_number(fmt: str, *, year: int, seq: int, checked: bool = True) -> str:
    if checked:
        check_format(fmt)
    return fmt.format(fy=year, year=year, seq=seq)


def check_work_order_format(fmt: str) -> None:
    """A work order format ("{seq}/{fy}", "ช.{seq:04d}/{fy}"): the running number restarts each
    fiscal year, so a format without the year would print the same number twice."""
    check_format(fmt, field="work_order_format", max_length=MAX_WORK_ORDER_LENGTH)
    fields = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
    if not fields & {"fy", "year"}:
        raise InvalidInput([FieldError("work_order_format", "format.needs_year")])


def format_work_order_number(fmt: str, *, seq: int, fiscal_year: int,
                             checked: bool = True) -> str:
    """"12/2570" from "{seq}/{fy}": an office's own work order numbering."""
    if checked:
        check_work_order_format(fmt)
    return fmt.format(fy=fiscal_year, year=fiscal_year, seq=seq)


def work_order_number(seq: int, fiscal_year: int) -> str:
    """"12/2570": the running number over the fiscal year, as Thai offices number orders."""
    return f"{seq}/{fiscal_year}"


def parse_work_order_number(text: str) -> tuple[int, int]:
    """(seq, fiscal_year) from "12/2570", "0012/2570" or Thai digits; RuleViolation else."""
    seq, _slash, year = ascii_digits(text).strip().partition("/")
    if not (seq.isdigit() and year.isdigit() and len(year) == 4 and int(seq) > 0):
        raise RuleViolation("work_order.number_invalid")
    return int(seq), int(year)
