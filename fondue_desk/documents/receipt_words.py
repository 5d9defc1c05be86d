"""Every word the receipt prints itself, in the two languages a complainant may read.

The complaint's own data (the description, names, the address) prints as it was typed; these
are the receipt's labels, notes and dates. A Thai receipt reads as it always has; an English
one is for a foreign resident or a tourist who cannot read Thai (services.receipts chooses by
`complaint.language`), with Gregorian dates, since a Buddhist-Era year means little to them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fondue_desk.documents.thai_text import thai_date, thai_datetime
from fondue_desk.domain.calendar import to_thai

ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def english_date(d: date | datetime) -> str:
    """"6 December 2026": Gregorian, day first as in Thailand and the Commonwealth (never the
    ambiguous 12/6)."""
    if isinstance(d, datetime):
        d = to_thai(d).date()
    return f"{d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}"


def english_datetime(dt: datetime) -> str:
    """"6 December 2026, 09:41" in Thai local time (naive values are UTC)."""
    local = to_thai(dt)
    return f"{english_date(local.date())}, {local:%H:%M}"


@dataclass(frozen=True)
class ReceiptWords:
    language: str
    title: str
    note: str  # the boxed note at the foot, when the office's own is not printed
    full_text_note: str  # {tracking_no}
    more_answers_note: str  # {count}
    status: str
    tracking_no: str
    received_at: str
    channel: str
    complainant: str
    anonymous: str
    phone: str
    coordinates: str  # {lat} {lon}
    category: str
    village: str
    place: str
    details: str
    office_phone: str  # {phone}
    within_days: str  # {days}
    due: str
    clerk: str
    sign: str
    page_footer: str  # {title} {tracking_no}
    page: str  # {page}
    traffy_caption: str
    traffy_ticket: str
    traffy_password: str

    def within(self, days: int) -> str:
        if self.language == "en" and days == 1:
            return "within 1 day"
        return self.within_days.format(days=days)

    def more_answers(self, count: int) -> str:
        if self.language == "en" and count == 1:
            return "1 more answer is kept in the complaints register."
        return self.more_answers_note.format(count=count)

    def date(self, d: date | datetime) -> str:
        return english_date(d) if self.language == "en" else thai_date(d)

    def datetime(self, dt: datetime) -> str:
        return english_datetime(dt) if self.language == "en" else thai_datetime(dt)


THAI_WORDS = ReceiptWords(
    language="th",
    title="ใบรับเรื่องร้องเรียน",
    note="โปรดเก็บใบรับเรื่องนี้ไว้เป็นหลักฐาน และแจ้งเลขที่รับเรื่องเมื่อติดตามเรื่อง",
    full_text_note="รายละเอียดฉบับเต็มอยู่ในทะเบียนเรื่องร้องเรียน เลขที่รับเรื่อง {tracking_no}",
    more_answers_note="คำตอบอื่นอีก {count} ข้อ อยู่ในทะเบียนเรื่องร้องเรียน",
    status="สถานะ:",
    tracking_no="เลขที่รับเรื่อง",
    received_at="วันที่รับเรื่อง",
    channel="ช่องทาง",
    complainant="ผู้ร้องเรียน",
    anonymous="ไม่ประสงค์ออกนาม",
    phone="โทรศัพท์",
    coordinates="พิกัด {lat}, {lon}",
    category="ประเภทเรื่อง",
    village="หมู่บ้าน",
    place="สถานที่",
    details="รายละเอียด",
    office_phone="โทร. {phone}",
    within_days="ภายใน {days} วัน",
    due="กำหนดแล้วเสร็จโดยประมาณ",
    clerk="เจ้าหน้าที่ผู้รับเรื่อง",
    sign="ลงชื่อ",
    page_footer="{title} เลขที่ {tracking_no}",
    page="หน้า {page}",
    traffy_caption="ติดตามเรื่องนี้ทาง Traffy Fondue",
    traffy_ticket="เลขเรื่อง Traffy:",
    traffy_password="รหัสผ่าน:",
)

ENGLISH_WORDS = ReceiptWords(
    language="en",
    title="Complaint Receipt",
    note="Please keep this receipt as proof of your complaint and quote its tracking number "
         "whenever you ask about it.",
    full_text_note="The full description is kept in the complaints register under tracking "
                   "number {tracking_no}.",
    more_answers_note="{count} more answers are kept in the complaints register.",
    status="Status:",
    tracking_no="Tracking number",
    received_at="Received on",
    channel="Received via",
    complainant="Complainant",
    anonymous="Anonymous",
    phone="Telephone",
    coordinates="Coordinates {lat}, {lon}",
    category="Category",
    village="Village",
    place="Location",
    details="Details",
    office_phone="Tel. {phone}",
    within_days="within {days} days",
    due="Expected completion",
    clerk="Officer receiving the complaint",
    sign="Signed",
    page_footer="{title} no. {tracking_no}",
    page="Page {page}",
    traffy_caption="Follow this complaint on Traffy Fondue",
    traffy_ticket="Traffy ticket:",
    traffy_password="Password:",
)


def receipt_words(language: str) -> ReceiptWords:
    """The receipt's words in `language`; anything but English reads Thai."""
    return ENGLISH_WORDS if language == "en" else THAI_WORDS
