"""The texts an office may word as templates, each with the fields it may mention, its limits
and its default wording (what prints while the office has written nothing of its own)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    RECEIPT_HEADER = "receipt_header"    # a note under the office's name on the receipt
    RECEIPT_FOOTER = "receipt_footer"    # the boxed note at the foot of the receipt
    WORK_ORDER = "work_order"            # the instruction row of each job on a work order
    LETTER_SUBJECT = "letter_subject"    # เรื่อง of a closure letter, per category
    LETTER_BODY = "letter_body"          # the closure letter's body, per category


@dataclass(frozen=True)
class FieldInfo:
    name: str
    label_th: str
    label_en: str
    sample: str      # as long as a real value may reasonably be: the save-time trial uses it


@dataclass(frozen=True)
class KindSpec:
    kind: Kind
    fields: tuple[FieldInfo, ...]
    max_source: int
    max_output: int
    default: str
    per_category: bool = False

    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _f(name: str, th: str, en: str, sample: str) -> FieldInfo:
    return FieldInfo(name, th, en, sample)


_TRACKING = _f("tracking_no", "เลขที่รับเรื่อง", "Tracking number", "2570-000123")
_RECEIVED = _f("received_date", "วันที่รับเรื่อง", "Date received", "6 ธันวาคม 2569")
_CATEGORY = _f("category", "ประเภทเรื่อง", "Category", "ไฟฟ้าส่องสว่างสาธารณะชำรุด")
_VILLAGE = _f("village", "หมู่บ้าน", "Village", "หมู่ที่ 3 บ้านป่าจี้")
_LOCATION = _f("location", "สถานที่", "Place",
               "ซอยวัดป่าจี้ ข้างศาลาอเนกประสงค์ หมู่ที่ 3 บ้านป่าจี้")
_DESCRIPTION = _f("description", "รายละเอียดที่แจ้ง", "Description",
                  "ไฟฟ้าส่องสว่างหน้าวัดดับมาสามคืน ทางมืดมาก ผู้สูงอายุเดินไปวัดลำบาก " * 6)
_NAME = _f("name", "ชื่อผู้ร้อง", "Complainant", "นางสาวมาลี ใจดีมีสุขสวัสดิ์")
_OFFICE = _f("office", "ชื่อหน่วยงาน", "Office", "องค์การบริหารส่วนตำบลแม่เหียะ")
_PHONE = _f("office_phone", "โทรศัพท์ของหน่วยงาน", "Office phone", "053-123-456")
_DUE = _f("due_date", "กำหนดแล้วเสร็จ", "Due date", "13 ธันวาคม 2569")
_CREW = _f("crew", "ทีมที่ดำเนินการ", "Crew", "ทีมไฟฟ้า กองช่าง")

_RECEIPT_FIELDS = (_TRACKING, _RECEIVED, _CATEGORY, _VILLAGE, _LOCATION, _DESCRIPTION, _NAME,
                   _DUE, _f("sla_days", "จำนวนวันที่กำหนด", "Days allowed", "7"),
                   _f("channel", "ช่องทาง", "Channel", "มาด้วยตนเอง"),
                   _f("clerk", "เจ้าหน้าที่ผู้รับเรื่อง", "Clerk", "นายสมชาย ใจดี"),
                   _OFFICE, _PHONE)
_LETTER_FIELDS = (_NAME, _TRACKING, _RECEIVED, _CATEGORY, _LOCATION, _DESCRIPTION, _CREW,
                  _f("result", "ผลการดำเนินการของทีม", "Result",
                     "เปลี่ยนหลอดไฟและตรวจสายไฟแล้ว ไฟกลับมาสว่างตามปกติ " * 4),
                  _f("completed_date", "วันที่ดำเนินการแล้วเสร็จ", "Date completed",
                     "9 ธันวาคม 2569"), _OFFICE, _PHONE)

RECEIPT_NOTE = "โปรดเก็บใบรับเรื่องนี้ไว้เป็นหลักฐาน และแจ้งเลขที่รับเรื่องเมื่อติดตามเรื่อง"
LETTER_SUBJECT = "แจ้งผลการดำเนินการตามเรื่องร้องเรียน"
# Short on purpose: with the letterhead, the reference and the signature block, a closure letter
# fits one A4 page at 16 pt. The office's phone is in the letter's footer already.
LETTER_BODY = (
    "ตามที่ท่านได้แจ้งเรื่อง{{ category }} บริเวณ{{ location }} ต่อ{{ office }} "
    "ความละเอียดแจ้งแล้ว นั้น\n\n"
    "{{ office }}ได้มอบหมาย{{ crew }}ดำเนินการแล้วเสร็จเมื่อวันที่ {{ completed_date }} "
    "({{ result }}) และผู้บริหารได้ตรวจสอบผลการดำเนินการเรียบร้อยแล้ว\n\n"
    "จึงเรียนมาเพื่อโปรดทราบ"
)

KINDS: dict[Kind, KindSpec] = {
    Kind.RECEIPT_HEADER: KindSpec(Kind.RECEIPT_HEADER, _RECEIPT_FIELDS, 1000, 300, ""),
    Kind.RECEIPT_FOOTER: KindSpec(Kind.RECEIPT_FOOTER, _RECEIPT_FIELDS, 1000, 300, RECEIPT_NOTE),
    Kind.WORK_ORDER: KindSpec(
        Kind.WORK_ORDER,
        (_TRACKING, _RECEIVED, _CATEGORY, _VILLAGE, _LOCATION, _DESCRIPTION, _NAME,
         _f("instruction", "ข้อสั่งการตอนมอบหมาย", "Instruction when assigned",
            "ตรวจสอบสายไฟทั้งซอยก่อนเปลี่ยนหลอด"),
         _CREW, _f("work_date", "วันที่ออกปฏิบัติงาน", "Work date", "8 ธันวาคม 2569"),
         _DUE, _OFFICE, _PHONE),
        2000, 1500, "{{ instruction }}"),
    Kind.LETTER_SUBJECT: KindSpec(Kind.LETTER_SUBJECT, _LETTER_FIELDS, 500, 250,
                                  LETTER_SUBJECT, per_category=True),
    Kind.LETTER_BODY: KindSpec(Kind.LETTER_BODY, _LETTER_FIELDS, 4000, 6000, LETTER_BODY,
                               per_category=True),
}
