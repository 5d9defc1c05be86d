"""Thai dates and digits for documents and screens: Buddhist Era, Thai month names."""
from __future__ import annotations

from datetime import date, datetime

from fondue_desk.domain.calendar import be_year, to_thai

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
THAI_MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
NO_BREAK_SPACE = "\u00a0"


def to_thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def thai_date(d: date | datetime, *, short: bool = False, thai_digits: bool = False) -> str:
    """"25 พฤศจิกายน 2569" (Buddhist Era, no "พ.ศ.", as official letters write it)."""
    if isinstance(d, datetime):
        d = to_thai(d).date()
    months = THAI_MONTHS_SHORT if short else THAI_MONTHS
    text = f"{d.day} {months[d.month - 1]} {be_year(d.year)}"
    return to_thai_digits(text) if thai_digits else text


def thai_datetime(dt: datetime, *, thai_digits: bool = False) -> str:
    """"25 พฤศจิกายน 2569 เวลา 09:41 น." in Thai local time (naive values are UTC)."""
    local = to_thai(dt)
    text = f"{thai_date(local.date())} เวลา {local:%H:%M} น."
    return to_thai_digits(text) if thai_digits else text


def unbreakable(text: str) -> str:
    """The text with no-break spaces, for a date or a time on screen: a narrow column wraps
    before it or after it, never inside ("10:41" on one line and "น." on the next)."""
    return text.replace(" ", NO_BREAK_SPACE)
