"""Words for the import's reason codes, for the report file and the command line (no Qt)."""
from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "traffy.no_ticket_id": ("ไม่มีเลขที่เรื่อง", "no ticket id"),
    "traffy.bad_ticket_id": ("เลขที่เรื่องไม่ถูกต้อง: {value}", "ticket id not valid: {value}"),
    "traffy.duplicate_ticket": ("เลขที่เรื่อง {value} ซ้ำกับบรรทัด {first_line}",
                                "ticket {value} repeats line {first_line}"),
    "traffy.bad_coords": ("พิกัดอ่านไม่ได้: {value}", "coordinates unreadable: {value}"),
    "traffy.coords_outside": ("พิกัดอยู่นอกประเทศไทย: {value}",
                              "coordinates outside Thailand: {value}"),
    "traffy.bad_date": ("วันที่อ่านไม่ได้: {value}", "date unreadable: {value}"),
    "traffy.ambiguous_date": ("วันที่กำกวม (วัน/เดือน หรือ เดือน/วัน): {value}",
                              "date ambiguous (day/month or month/day): {value}"),
    "traffy.no_date": ("ไม่มีวันที่แจ้ง", "no date reported"),
    "traffy.column_count": ("จำนวนคอลัมน์ไม่ตรงกับหัวตาราง ({count} แทน {expected})",
                            "{count} columns where the header has {expected}"),
}


def reason_text(code: str, params: dict[str, str], lang: str = "th") -> str:
    pair = TEXTS.get(code)
    if pair is None:
        return code
    try:
        return pair[1 if lang == "en" else 0].format(**params)
    except (KeyError, IndexError):
        return pair[1 if lang == "en" else 0]
