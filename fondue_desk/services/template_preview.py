"""The live preview of a template being edited: the real document, for a real or sample complaint.

Split in two so typing stays quick: `preview_context` reads the database once (when the kind,
category or complaint changes); `preview_pdf` is pure (check, fill, lay out) and runs for each
pause in typing, off the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from fondue_desk.db.models import Category
from fondue_desk.documents.closure_letter import render_closure_letter
from fondue_desk.documents.receipt import render_receipt
from fondue_desk.documents.thai_text import thai_date
from fondue_desk.documents.work_order import WorkOrderData, WorkOrderJob, render_work_order
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.errors import FieldError, RuleViolation
from fondue_desk.domain.labels import DEFAULT, LabelBook, status_label
from fondue_desk.domain.phone import format_phone
from fondue_desk.domain.statuses import Status
from fondue_desk.domain.templates import KINDS, Kind, check, render_or_default

from . import complaints, labels, reference
from .document_templates import field_codes, office_sources, template_fields
from .letters import unsent_letter_data
from .receipts import receipt_data
from .template_values import (
    field_texts,
    job_values,
    letter_values,
    receipt_values,
    sample_answers,
    sample_complaint,
)
from .views import ComplaintView, OfficeView

SAMPLE_RESULT = "เปลี่ยนหลอดไฟแล้ว ไฟกลับมาสว่างตามปกติ"


@dataclass(frozen=True)
class PreviewContext:
    kind: Kind
    office: OfficeView
    complaint: ComplaintView
    sample: bool                      # a made-up complaint, not a real one
    codes: frozenset[str]
    others: dict[Kind, str]           # the document's other templates, as stored
    book: LabelBook = DEFAULT         # the office's status names, as the printed papers use


@dataclass(frozen=True)
class Preview:
    pdf: bytes | None                 # None when the source has a problem
    error: FieldError | None


def preview_context(db, office_id: int, kind: str | Kind, *,
                    category_id: int | None = None, tracking_no: str = "") -> PreviewContext:
    """NotFound when the tracking number names no complaint of this office."""
    k = Kind(kind)
    office = reference.office(db, office_id)
    real = complaints.get_by_tracking(db, tracking_no, office_id=office_id) \
        if tracking_no.strip() else None
    with db.read() as session:
        book = labels.read_book(session, office_id)
        codes = field_codes(session, office_id, k, category_id)
        others = office_sources(session, office_id)
        if KINDS[k].per_category and category_id is not None:
            category = session.get(Category, category_id)
            others[Kind.LETTER_SUBJECT] = category.letter_subject if category else ""
            others[Kind.LETTER_BODY] = category.letter_template if category else ""
            name = session.scalar(select(Category.name_th).where(Category.id == category_id))
        else:
            name = None
        listed = [(f.name.removeprefix("fields."), f.label_th, f.label_en)
                  for f in template_fields(session, office_id, k, category_id) if f.custom]
    if real is not None:
        return PreviewContext(k, office, real, False, codes, others, book)
    sample = sample_complaint(office, sample_answers(listed))
    if name:
        sample = replace(sample, category_name=name, category_id=category_id or 0)
    return PreviewContext(k, office, sample, True, codes, others, book)


def preview_pdf(context: PreviewContext, source: str) -> Preview:
    """The document with `source` in place of the stored template; no database."""
    try:
        if source.strip():
            check(context.kind, source, context.codes)
    except RuleViolation as exc:
        return Preview(None, FieldError("template", exc.code, exc.params))
    sources = {**context.others, context.kind: source}
    if context.kind in (Kind.RECEIPT_HEADER, Kind.RECEIPT_FOOTER):
        return Preview(_receipt(context, sources), None)
    if context.kind is Kind.WORK_ORDER:
        return Preview(_work_order(context, sources[Kind.WORK_ORDER]), None)
    return Preview(_letter(context, sources), None)


def _fill(kind: Kind, source: str, values: dict[str, str], context: PreviewContext) -> str:
    return render_or_default(kind, source, values, field_texts(context.complaint.field_values))[0]


def _receipt(context: PreviewContext, sources: dict[Kind, str]) -> bytes:
    values = receipt_values(context.office, context.complaint)
    data = receipt_data(
        context.office, context.complaint,
        header_note=_fill(Kind.RECEIPT_HEADER, sources[Kind.RECEIPT_HEADER], values, context),
        footer_note=_fill(Kind.RECEIPT_FOOTER, sources[Kind.RECEIPT_FOOTER], values, context),
        book=context.book)
    return render_receipt(data, variant="a5")


def _work_order(context: PreviewContext, source: str) -> bytes:
    office, c = context.office, context.complaint
    values = job_values(office, c)
    job = WorkOrderJob(
        tracking_no=c.tracking_no, received_at=c.received_at, category_name=c.category_name,
        description=c.description, village_label=c.village_label,
        location_text=c.location_text, lat=c.lat, lon=c.lon,
        complainant_name="" if c.anonymous else c.complainant_name,
        complainant_phone="" if c.anonymous else format_phone(c.phone), due_date=c.due_date,
        instruction=_fill(Kind.WORK_ORDER, source, values, context), sketch=None,
        village_name=c.village_name, field_values=c.field_values,
        # A sample is "received"; on a work order a job is at least assigned.
        status_label=status_label(Status.ASSIGNED if context.sample else c.status, "th",
                                  context.book))
    data = WorkOrderData(
        number="…/ตัวอย่าง", issued_at=now_thai(), work_date=c.planned_date or now_thai().date(),
        office_name=office.name, office_address=office.address, office_phone=office.phone,
        office_logo_png=office.logo_png, crew_name=c.crew_name or "ทีมช่าง", crew_leader="",
        crew_members=(), crew_phone="", issued_by_name="", issued_by_position="",
        jobs=(job,), demo=office.is_demo)
    return render_work_order(data)


def _letter(context: PreviewContext, sources: dict[Kind, str]) -> bytes:
    c = context.complaint
    values = letter_values(context.office, c, result=SAMPLE_RESULT, completed=now_thai().date())
    data = unsent_letter_data(
        context.office,
        subject=_fill(Kind.LETTER_SUBJECT, sources[Kind.LETTER_SUBJECT], values, context),
        body=_fill(Kind.LETTER_BODY, sources[Kind.LETTER_BODY], values, context),
        recipient=c.complainant_name or "ผู้ร้องเรียน",
        reference=f"ใบรับเรื่องร้องเรียนเลขที่ {c.tracking_no} ลงวันที่ "
                  f"{thai_date(c.received_at)}", village_name=c.village_name)
    return render_closure_letter(data)
