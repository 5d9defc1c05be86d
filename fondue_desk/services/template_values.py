"""What each document template is filled with, from plain views: one place, so the print path
and the Settings preview fill a template alike. Custom fields go in as `fields.<code>`."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.custom_fields import FieldValue
from fondue_desk.domain.labels import channel_label
from fondue_desk.domain.phone import format_phone

from .views import ComplaintView, OfficeView

Values = dict[str, str]


def field_texts(values: Sequence[FieldValue], lang: str = "th") -> dict[str, str]:
    """{code: answer in words}; a retired field's old answer still fills its name."""
    return {v.code: v.text_in(lang) for v in values}


def place_of(complaint: ComplaintView) -> str:
    """"ซอยวัดป่าจี้ หมู่ที่ 3 บ้านป่าจี้", or "ที่ท่านแจ้ง" when nothing was given (as letters say)."""
    return " ".join(p for p in (complaint.location_text, complaint.village_label) if p) \
        or "ที่ท่านแจ้ง"


def _common(office: OfficeView, c: ComplaintView) -> Values:
    return {
        "tracking_no": c.tracking_no, "received_date": thai_date(c.received_at),
        "category": c.category_name, "village": c.village_label,
        "location": c.location_text, "description": c.description,
        "name": "" if c.anonymous else c.complainant_name,
        "due_date": thai_date(c.due_date) if c.due_date else "",
        "office": office.name, "office_phone": format_phone(office.phone) or office.phone,
    }


def receipt_values(office: OfficeView, c: ComplaintView) -> Values:
    return {**_common(office, c), "sla_days": str(c.sla_days),
            "channel": channel_label(c.channel), "clerk": c.clerk_name}


def job_values(office: OfficeView, c: ComplaintView, *, crew: str = "",
               work_date: date | None = None) -> Values:
    when = work_date or c.planned_date
    return {**_common(office, c), "instruction": c.instruction,
            "crew": crew or c.crew_name, "work_date": thai_date(when) if when else ""}


def letter_values(office: OfficeView, c: ComplaintView, *, result: str,
                  completed: date | datetime, crew: str = "") -> Values:
    return {**_common(office, c), "location": place_of(c), "crew": crew or c.crew_name
            or "เจ้าหน้าที่", "result": result, "completed_date": thai_date(completed)}


def sample_complaint(office: OfficeView, fields: Sequence[FieldValue] = ()) -> ComplaintView:
    """A made-up complaint for previews when no real one is named: every field filled."""
    received = now_thai().replace(hour=9, minute=30, second=0, microsecond=0)
    return ComplaintView(
        id=0, office_id=office.id, tracking_no="2570-000123", received_at=received,
        channel="counter", anonymous=False, complainant_name="นางสาวมาลี ใจดี",
        phone="0812345678", national_id="", address_line="", tambon=office.tambon,
        amphoe=office.amphoe, province=office.province, postal_code=office.postal_code,
        village_id=None, village_label="หมู่ที่ 3 บ้านป่าจี้", location_text="ซอยวัดป่าจี้",
        lat=None, lon=None, category_id=0, category_name="ไฟฟ้าส่องสว่างชำรุด",
        category_colour="#f0a500", sla_days=7,
        description="ไฟฟ้าส่องสว่างหน้าวัดดับมาสามคืน ทางมืด ผู้สูงอายุเดินไปวัดลำบาก",
        status="received", due_date=(received + timedelta(days=7)).date(), clerk_id=0,
        clerk_name="นายสมชาย รับเรื่อง", crew_name="ทีมไฟฟ้า",
        planned_date=(received + timedelta(days=1)).date(),
        instruction="ตรวจสายไฟทั้งซอยก่อนเปลี่ยนหลอด", field_values=tuple(fields),
        village_number=3, village_name="บ้านป่าจี้")


def sample_answers(definitions: Sequence[tuple[str, str, str]]) -> tuple[FieldValue, ...]:
    """(code, Thai label, English label) → a visible made-up answer for each field."""
    return tuple(FieldValue(code, label, f"({label})", label_en, f"({label_en or label})")
                 for code, label, label_en in definitions)
