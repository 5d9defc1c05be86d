"""Receipts for logged complaints: gathers the plain data and hands it to the PDF renderer."""
from __future__ import annotations

from fondue_desk.db.database import Database
from fondue_desk.documents.receipt import ReceiptData, render_receipt
from fondue_desk.domain.labels import channel_label
from fondue_desk.domain.phone import format_phone

from . import complaints, reference
from .views import ComplaintView, OfficeView

RECEIPT_VARIANTS = ("a5", "thermal")


def receipt_data(office: OfficeView, complaint: ComplaintView) -> ReceiptData:
    return ReceiptData(
        office_name=office.name,
        office_address=office.address,
        office_phone=office.phone,
        office_logo_png=office.logo_png,
        tracking_no=complaint.tracking_no,
        received_at=complaint.received_at,
        channel_label=channel_label(complaint.channel),
        complainant_name=complaint.complainant_name,
        anonymous=complaint.anonymous,
        complainant_phone=format_phone(complaint.phone),
        category_name=complaint.category_name,
        village_label=complaint.village_label,
        location_text=complaint.location_text,
        lat=complaint.lat,
        lon=complaint.lon,
        description=complaint.description,
        due_date=complaint.due_date,
        sla_days=complaint.sla_days,
        clerk_name=complaint.clerk_name,
        demo=office.is_demo,
        village_name=complaint.village_name,
    )


def receipt_pdf(db: Database, complaint_id: int, *, variant: str = "a5",
                office_id: int | None = None) -> bytes:
    complaint = complaints.get(db, complaint_id, office_id=office_id)
    office = reference.office(db, complaint.office_id)
    return render_receipt(receipt_data(office, complaint), variant=variant)


def receipt_pdf_by_tracking(db: Database, tracking_no: str, *, variant: str = "a5",
                            office_id: int | None = None) -> bytes:
    # Tracking numbers are unique per office only: on a shared server, name the office.
    complaint = complaints.get_by_tracking(db, tracking_no, office_id=office_id)
    office = reference.office(db, complaint.office_id)
    return render_receipt(receipt_data(office, complaint), variant=variant)
