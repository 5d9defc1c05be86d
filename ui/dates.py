"""Every date and time the desk shows, in the interface's language.

The Thai desk writes Buddhist-Era dates with Thai month names ("6 ธ.ค. 2569"); the English
desk writes Gregorian dates with English month names ("6 Dec 2026"), or Buddhist-Era years
("6 December 2569 BE"; "6 Dec 2569" in the short forms of tables and cards) when the office
chose them (Settings → Office, services.date_settings).
Digits on screen are always Arabic: Thai digits are a choice for printed letters only.

English month names are spelt here rather than asked of QLocale: the desk's English locale
(en_GB) abbreviates September as "Sept" and writes 06/09/2026, which a visitor from the US
reads as June; a fixed "6 Sep 2026" reads the same to everyone and keeps columns even.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from fondue_desk.documents.thai_text import THAI_MONTHS, THAI_MONTHS_SHORT
from fondue_desk.domain.calendar import BE_OFFSET, THAI_TZ, be_year, to_thai

from .labels import ui_language

ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
ENGLISH_MONTHS_SHORT: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)

# The office's choice for the English desk, loaded with the window (follow_date_setting) and
# replaced when Settings → Office saves it; the Thai desk is Buddhist Era whatever it says.
_english_be = False


def use_english_be(on: bool) -> None:
    global _english_be
    _english_be = bool(on)


def english_be() -> bool:
    return _english_be


def follow_date_setting(bus, db, office_id: int) -> None:
    """Load the office's choice now and again whenever Settings publishes `office`.

    Connected before the pages' own listeners (like the label book), so they redraw with it."""
    from fondue_desk.services import date_settings

    use_english_be(date_settings.english_be_dates(db, office_id))

    def reload(changes) -> None:
        if changes.touches("office"):
            use_english_be(date_settings.english_be_dates(db, office_id))

    bus.reference_changed.connect(reload)


def thai_desk() -> bool:
    return ui_language() == "th"


def buddhist_era() -> bool:
    """Whether years on screen are Buddhist Era (always on the Thai desk)."""
    return thai_desk() or _english_be


def era_year(ce_year: int) -> int:
    """The year's number as the desk writes it (2569 or 2026), without any "BE" mark."""
    return be_year(ce_year) if buddhist_era() else ce_year


def shown_year(ce_year: int) -> str:
    """"2569" on the Thai desk, "2026" or "2569 BE" on the English one."""
    if thai_desk():
        return str(be_year(ce_year))
    return f"{be_year(ce_year)} BE" if _english_be else str(ce_year)


def shown_fiscal_year(fy_be: int) -> str:
    """A Thai fiscal year (1 Oct – 30 Sep, named in BE by the year it ends) as the desk counts
    years: FY 2570 is "2570" in Thai, "2027" (or "2570 BE") in English."""
    return shown_year(fy_be - BE_OFFSET)


def month_name(month: int, *, short: bool = False) -> str:
    if thai_desk():
        return (THAI_MONTHS_SHORT if short else THAI_MONTHS)[month - 1]
    return (ENGLISH_MONTHS_SHORT if short else ENGLISH_MONTHS)[month - 1]


def _day(d: date | datetime) -> date:
    return to_thai(d).date() if isinstance(d, datetime) else d


def shown_date(d: date | datetime) -> str:
    """"6 ธันวาคม 2569" / "6 December 2026" / "6 December 2569 BE" (a datetime: its Thai day)."""
    day = _day(d)
    return f"{day.day} {month_name(day.month)} {shown_year(day.year)}"


def short_date(d: date | datetime) -> str:
    """"6 ธ.ค. 2569" / "6 Dec 2026" / "6 Dec 2569": for tables and cards. A short form leaves
    out the "BE" of the office's Buddhist-Era English (a year past 2400 says it alone), so it
    fits the columns sized for the Thai and Gregorian forms."""
    day = _day(d)
    return f"{day.day} {month_name(day.month, short=True)} {era_year(day.year)}"


def day_and_month(d: date | datetime) -> str:
    """"6 ธ.ค." / "6 Dec": where the year goes without saying."""
    day = _day(d)
    return f"{day.day} {month_name(day.month, short=True)}"


def shown_time(dt: datetime) -> str:
    """"09:41" in Thai time (naive values are UTC, as stored)."""
    return f"{to_thai(dt):%H:%M}"


def shown_datetime(dt: datetime) -> str:
    """"6 ธันวาคม 2569 เวลา 09:41 น." / "6 December 2026, 09:41", in Thai time."""
    local = to_thai(dt)
    if thai_desk():
        return f"{shown_date(local)} เวลา {local:%H:%M} น."
    return f"{shown_date(local)}, {local:%H:%M}"


def short_datetime(dt: datetime) -> str:
    """"6 ธ.ค. 2569 09:41" / "6 Dec 2026 09:41", in Thai time: for tables and lists."""
    local = to_thai(dt)
    return f"{short_date(local)} {local:%H:%M}"


def shown_month(year: int, month: int) -> str:
    """"ธันวาคม 2569" / "December 2026" / "December 2569 BE"."""
    return f"{month_name(month)} {shown_year(year)}"


def short_month(year: int, month: int) -> str:
    """"ธ.ค. 2569" / "Dec 2026" / "Dec 2569" (a short form: no "BE")."""
    return f"{month_name(month, short=True)} {era_year(year)}"


def numeric_date(d: date | datetime) -> str:
    """"06/12/2569" / "06/12/2026": day first in both languages, as the date fields read."""
    day = _day(d)
    return f"{day.day:02d}/{day.month:02d}/{era_year(day.year)}"


_CORE_MOMENT = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})\s*$")


def core_moment(text: str) -> str:
    """A moment the core put in a refusal's words ("06/12/2569 10:05": Thai time, BE, as the
    command line shows it) written the desk's way; any other text as given."""
    match = _CORE_MOMENT.match(text or "")
    if match is None:
        return text
    day, month, year, hour, minute = (int(part) for part in match.groups())
    try:
        moment = datetime(year - BE_OFFSET, month, day, hour, minute, tzinfo=THAI_TZ)
    except ValueError:
        return text
    return short_datetime(moment)


def iso_moment(text: str) -> str:
    """A moment stored as ISO text ("2026-12-06T10:05:00+07:00") written the desk's way; a
    text that is no ISO moment shows its first 16 characters, "T" made a space."""
    try:
        return short_datetime(datetime.fromisoformat(text))
    except (TypeError, ValueError):
        return (text or "")[:16].replace("T", " ")
