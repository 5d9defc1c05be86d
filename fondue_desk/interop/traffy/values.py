"""One cell's value in every way Traffy exports and their re-publishers write it.

Each parser returns the value or raises ValueError(reason code); the plan turns that into a
bad row with its line. Dates: a file's day/month order is decided once from all its values
(`date_order`), because "03/04/2023" alone cannot say.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone

THAI = timezone(timedelta(hours=7))
LAT_RANGE = (5.5, 20.5)
LON_RANGE = (97.3, 105.7)

# The platform's own state names and codes → meaning; an office adds its own (state mapping).
MEANINGS = ("waiting", "in_progress", "finished", "forwarded", "rejected")
DEFAULT_STATES: dict[str, str] = {
    "รอรับเรื่อง": "waiting", "กำลังดำเนินการ": "in_progress", "เสร็จสิ้น": "finished",
    "ส่งต่อ": "forwarded", "ส่งต่อ(ใหม่)": "forwarded", "ติดตามเรื่อง": "in_progress",
    "ไม่เกี่ยวข้อง": "rejected", "รอดำเนินการ": "waiting",
    "waiting": "waiting", "new": "waiting", "pending": "waiting",
    "inprogress": "in_progress", "in_progress": "in_progress", "in progress": "in_progress",
    "follow": "in_progress", "following": "in_progress",
    "finish": "finished", "finished": "finished", "done": "finished", "closed": "finished",
    "forward": "forwarded", "forwarded": "forwarded",
    "irrelevant": "rejected", "rejected": "rejected", "reject": "rejected",
}
_NUMBER = r"[-+]?\d+(?:\.\d+)?"
_PAIR = re.compile(rf"^\s*[\[\(]?\s*({_NUMBER})\s*[,;\s]\s*({_NUMBER})\s*[\]\)]?\s*$")
_TICKET = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-_/]{2,39}$")
_SLASHED = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})"
                      r"(?::(\d{2}))?)?$")
_OFFSET_SHORT = re.compile(r"([+-]\d{2})$")


def state_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def ticket_id(text: str) -> str:
    value = text.strip()
    if not _TICKET.match(value):
        raise ValueError("traffy.bad_ticket_id")
    return value


def _in(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def lat_lon(first: float, second: float) -> tuple[float, float]:
    """(lat, lon) from two numbers in either order, told apart by Thailand's ranges."""
    if _in(first, LAT_RANGE) and _in(second, LON_RANGE):
        return first, second
    if _in(second, LAT_RANGE) and _in(first, LON_RANGE):
        return second, first
    raise ValueError("traffy.coords_outside")


def coords(text: str) -> tuple[float, float] | None:
    """"100.5,13.7", "[13.7, 100.5]", "(13.7 100.5)" → (lat, lon); blank → None."""
    if not text.strip():
        return None
    match = _PAIR.match(text)
    if not match:
        raise ValueError("traffy.bad_coords")
    return lat_lon(float(match.group(1)), float(match.group(2)))


def coord_pair(lat_text: str, lon_text: str) -> tuple[float, float] | None:
    """Two columns, trusted only as far as the ranges agree (swapped headers are common)."""
    if not lat_text.strip() and not lon_text.strip():
        return None
    try:
        first, second = float(lat_text), float(lon_text)
    except ValueError:
        raise ValueError("traffy.bad_coords") from None
    return lat_lon(first, second)


def types(text: str) -> tuple[str, ...]:
    """"{ถนน,ทางเท้า}", "ถนน, ทางเท้า", "{}" → the type names, in the file's order."""
    inner = text.strip()
    if inner[:1] in "{[" and inner[-1:] in "}]":
        inner = inner[1:-1]
    out: list[str] = []
    for part in inner.split(","):
        name = part.strip().strip('"').strip("'").strip()
        if name and name not in out:
            out.append(name)
    return tuple(out)


def _iso(text: str) -> datetime | None:
    value = text.strip().replace("Z", "+00:00")
    if _OFFSET_SHORT.search(value) and re.search(r"\d[ T]\d", value):
        value += ":00"   # PostgreSQL's "+00" → "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment


def _be(year: int) -> int:
    return year - 543 if year >= 2400 else year


def slashed_order(values: Iterable[str]) -> tuple[str | None, bool]:
    """From a file's slashed dates: ('dmy'|'mdy'|None, ambiguous). A first part above 12 says
    day-first, a second part above 12 month-first; none of either is ambiguous."""
    day_first = month_first = any_slashed = False
    for text in values:
        match = _SLASHED.match(text.strip())
        if not match:
            continue
        any_slashed = True
        a, b = int(match.group(1)), int(match.group(2))
        day_first |= a > 12
        month_first |= b > 12
    if not any_slashed:
        return None, False
    if day_first and not month_first:
        return "dmy", False
    if month_first and not day_first:
        return "mdy", False
    return None, True


def timestamp(text: str, date_order: str | None) -> datetime | None:
    """An aware UTC moment. Values without an offset are Thai time; BE years become CE."""
    value = text.strip()
    if not value:
        return None
    if value[4:5] == "-" and value[:2] in ("19", "20"):
        # The platform's own shape ("2023-05-12 13:27:54.482138+00"): the fast path.
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=THAI)
            return moment.astimezone(UTC)
    match = _SLASHED.match(value)
    if match:
        a, b, year = int(match.group(1)), int(match.group(2)), _be(int(match.group(3)))
        if date_order is None:
            if a > 12 or b > 12:
                date_order = "dmy" if a > 12 else "mdy"
            elif a != b:
                raise ValueError("traffy.ambiguous_date")
            else:
                date_order = "dmy"
        day, month = (a, b) if date_order == "dmy" else (b, a)
        hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
        try:
            moment = datetime(year, month, day, hour, minute, second, tzinfo=THAI)
        except ValueError:
            raise ValueError("traffy.bad_date") from None
        return moment.astimezone(UTC)
    year_match = re.match(r"^(\d{4})(.*)$", value)
    if year_match and int(year_match.group(1)) >= 2400:
        value = f"{_be(int(year_match.group(1))):04d}{year_match.group(2)}"
    moment = _iso(value)
    if moment is None:
        raise ValueError("traffy.bad_date")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=THAI)
    return moment.astimezone(UTC)
