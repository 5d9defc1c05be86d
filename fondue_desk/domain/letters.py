"""The closure letter's words: numbering of the outgoing register and the category templates."""
from __future__ import annotations

import string
from collections.abc import Mapping
from functools import lru_cache

from .errors import RuleViolation

LETTER_REGISTER = "outgoing_letter"
SUBJECT = "แจ้งผลการดำเนินการตามเรื่องร้องเรียน"
CLOSING = "ขอแสดงความนับถือ"
MAX_TEMPLATE = 4000

# What a template may mention; filled in from the complaint at approval.
PLACEHOLDERS: dict[str, str] = {
    "name": "ชื่อผู้ร้อง",
    "tracking_no": "เลขที่รับเรื่อง",
    "received_date": "วันที่รับเรื่อง",
    "category": "ประเภทเรื่อง",
    "location": "สถานที่",
    "description": "รายละเอียดที่แจ้ง",
    "crew": "ทีมที่ดำเนินการ",
    "result": "ผลการดำเนินการของทีม",
    "completed_date": "วันที่ดำเนินการแล้วเสร็จ",
    "office": "ชื่อหน่วยงาน",
    "office_phone": "โทรศัพท์ของหน่วยงาน",
}

# Short on purpose: with the letterhead, the reference and the signature block, a closure letter
# fits one A4 page at 16 pt. The office's phone is in the letter's footer already.
DEFAULT_TEMPLATE = (
    "ตามที่ท่านได้แจ้งเรื่อง{category} บริเวณ{location} ต่อ{office} "
    "ความละเอียดแจ้งแล้ว นั้น\n\n"
    "{office}ได้มอบหมาย{crew}ดำเนินการแล้วเสร็จเมื่อวันที่ {completed_date} "
    "({result}) และผู้บริหารได้ตรวจสอบผลการดำเนินการเรียบร้อยแล้ว\n\n"
    "จึงเรียนมาเพื่อโปรดทราบ"
)


def document_no(office_code: str, seq: int) -> str:
    """"ชม 52101/125": the office's code, then the outgoing register's running number."""
    code = office_code.strip()
    return f"{code}/{seq}" if code else str(seq)


@lru_cache(maxsize=256)  # pure; the demo fills one template for a quarter million letters
def check_template(template: str) -> None:
    """RuleViolation "template.too_long", "template.invalid" or "template.unknown_field"."""
    if len(template) > MAX_TEMPLATE:
        raise RuleViolation("template.too_long")
    try:
        fields = [f for _, f, spec, conv in string.Formatter().parse(template) if f is not None]
    except ValueError:
        raise RuleViolation("template.invalid") from None
    unknown = [f for f in fields if f not in PLACEHOLDERS]
    if unknown:
        raise RuleViolation("template.unknown_field", field=unknown[0])


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """The template with every placeholder filled; an empty template means the default."""
    text = template.strip() or DEFAULT_TEMPLATE
    check_template(text)
    return text.format_map({key: values.get(key, "") for key in PLACEHOLDERS})
