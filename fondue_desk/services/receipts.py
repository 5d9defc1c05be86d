"""Receipts for logged complaints: gathers the plain data and hands it to the PDF renderer."""
from __future__ import annotations

from urllib.parse import quote

from fondue_desk.db.database import Database
from fondue_desk.documents.receipt import ReceiptData, TraffyTicketPrint, render_receipt
from fondue_desk.documents.receipt_words import ENGLISH_WORDS
from fondue_desk.domain.labels import (
    DEFAULT,
    LabelBook,
    category_name,
    channel_label,
    status_label,
    village_label,
    village_name,
)
from fondue_desk.domain.phone import format_phone
from fondue_desk.domain.templates import Kind, render_or_default

from . import complaints, document_templates, labels, reference, traffy_sync
from .document_templates import PrintProblem
from .template_values import field_texts, receipt_values
from .views import ComplaintView, OfficeView

RECEIPT_VARIANTS = ("a5", "thermal")
# A ticket's public page on Traffy Fondue. The Exchange API documentation
# (traffy-nectec/exchange-api-doc) names no such page; this is the platform's share-link form
# (share.traffy.in.th/<team>/<ticket id>), so it stays one constant to change.
TRAFFY_TICKET_URL = "https://share.traffy.in.th/teamchadchart/{ticket_id}"


def traffy_ticket_url(ticket_id: str) -> str:
    return TRAFFY_TICKET_URL.format(ticket_id=quote(ticket_id, safe=""))


def traffy_print(db: Database, complaint_id: int) -> TraffyTicketPrint | None:
    """What the receipt prints of the complaint's Traffy ticket; None when it has none."""
    ticket = traffy_sync.ticket_of(db, complaint_id)
    if ticket is None or not ticket.ticket_id:
        return None
    return TraffyTicketPrint(ticket.ticket_id, ticket.password or "",
                             traffy_ticket_url(ticket.ticket_id))


def receipt_data(office: OfficeView, complaint: ComplaintView, *, header_note: str = "",
                 footer_note: str | None = None, book: LabelBook = DEFAULT,
                 traffy: TraffyTicketPrint | None = None) -> ReceiptData:
    """`book`: the office's names for the statuses (services.labels.label_book); `traffy`:
    the complaint's Traffy ticket (traffy_print).

    The receipt is in the language the complainant reads (`complaint.language`): a reprint
    later is the status notice they follow up with, so it speaks to them in it too. Every
    name goes through the label layer; what the office or the complainant typed stays as typed.
    """
    lang = complaint.language
    notes = {} if footer_note is None else {"footer_note": footer_note}
    if lang == "en":
        # The office's notes are Thai words written for Thai readers (document templates).
        notes, header_note = {"footer_note": ENGLISH_WORDS.note}, ""
    return ReceiptData(
        **notes, header_note=header_note,
        status_label=status_label(complaint.status, lang, book),
        field_rows=tuple((v.label_in(lang), v.text_in(lang)) for v in complaint.field_values),
        language=lang, office_name_en=office.name_en,
        office_name=office.name,
        office_address=office.address,
        office_phone=office.phone,
        office_logo_png=office.logo_png,
        tracking_no=complaint.tracking_no,
        received_at=complaint.received_at,
        channel_label=channel_label(complaint.channel, lang),
        complainant_name=complaint.complainant_name,
        anonymous=complaint.anonymous,
        complainant_phone=format_phone(complaint.phone),
        category_name=category_name(complaint.category_name, complaint.category_name_en, lang),
        village_label=village_label(complaint.village_number, complaint.village_name, lang,
                                    complaint.village_name_en),
        location_text=complaint.location_text,
        lat=complaint.lat,
        lon=complaint.lon,
        description=complaint.description,
        due_date=complaint.due_date,
        sla_days=complaint.sla_days,
        clerk_name=complaint.clerk_name,
        demo=office.is_demo,
        village_name=village_name(complaint.village_name, complaint.village_name_en, lang),
        traffy=traffy,
    )


def filled_receipt_data(office: OfficeView, complaint: ComplaintView,
                        sources: dict[Kind, str], book: LabelBook = DEFAULT,
                        traffy: TraffyTicketPrint | None = None
                        ) -> tuple[ReceiptData, list[PrintProblem]]:
    """The receipt with the office's notes filled in; a broken note prints its default."""
    values = receipt_values(office, complaint)
    answers = field_texts(complaint.field_values)
    notes, found = {}, []
    for kind in (Kind.RECEIPT_HEADER, Kind.RECEIPT_FOOTER):
        notes[kind], problem = render_or_default(kind, sources.get(kind, ""), values, answers)
        if problem is not None:
            found.append(PrintProblem(kind, None, complaint.tracking_no, problem))
    return receipt_data(office, complaint, header_note=notes[Kind.RECEIPT_HEADER],
                        footer_note=notes[Kind.RECEIPT_FOOTER], book=book,
                        traffy=traffy), found


def printed_receipt(db: Database, complaint: ComplaintView, *, variant: str = "a5"
                    ) -> tuple[bytes, list[PrintProblem]]:
    """The PDF and the template problems met (already recorded for the Templates page)."""
    office = reference.office(db, complaint.office_id)
    data, found = filled_receipt_data(
        office, complaint, document_templates.office_sources_of(db, office.id),
        labels.label_book(db, office.id), traffy_print(db, complaint.id))
    pdf = render_receipt(data, variant=variant)
    document_templates.record_problems(db, office.id, found)
    return pdf, found


def receipt_pdf(db: Database, complaint_id: int, *, variant: str = "a5",
                office_id: int | None = None) -> bytes:
    return receipt_pdf_checked(db, complaint_id, variant=variant, office_id=office_id)[0]


def receipt_pdf_checked(db: Database, complaint_id: int, *, variant: str = "a5",
                        office_id: int | None = None) -> tuple[bytes, list[PrintProblem]]:
    complaint = complaints.get(db, complaint_id, office_id=office_id)
    return printed_receipt(db, complaint, variant=variant)


def receipt_pdf_by_tracking(db: Database, tracking_no: str, *, variant: str = "a5",
                            office_id: int | None = None) -> bytes:
    # Tracking numbers are unique per office only: on a shared server, name the office.
    complaint = complaints.get_by_tracking(db, tracking_no, office_id=office_id)
    return printed_receipt(db, complaint, variant=variant)[0]
