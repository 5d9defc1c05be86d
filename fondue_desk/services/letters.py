"""Closure letters and the outgoing letters register (ทะเบียนหนังสือส่ง): reading and printing.

The words of a letter were fixed when it was numbered (services.signoff); the letterhead
(emblem, address, footer) is the office's current one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Forwarding, OutgoingLetter, User, Village
from fondue_desk.documents.closure_letter import ClosureLetterData, render_closure_letters
from fondue_desk.documents.closure_letter_courtesy import CourtesyData
from fondue_desk.documents.outgoing_register import OutgoingLetterRow, render_outgoing_register
from fondue_desk.domain.calendar import be_year, now_thai, to_thai
from fondue_desk.domain.errors import NotFound
from fondue_desk.domain.labels import category_name
from fondue_desk.domain.letters import CLOSING
from fondue_desk.domain.phone import format_phone

from . import reference
from .views import OfficeView


@dataclass(frozen=True)
class OutgoingLetterView:
    id: int
    year: int
    seq: int
    document_no: str
    letter_date: date
    recipient: str
    subject: str
    reference: str
    tracking_no: str
    signatory_name: str
    created_by_name: str
    created_at: datetime


def register(db: Database, office_id: int, year_be: int) -> list[OutgoingLetterView]:
    """One calendar year (BE) of the register, in number order."""
    L = OutgoingLetter  # noqa: N806  (the columns only: a year's bodies are megabytes)
    with db.read() as session:
        rows = session.execute(
            select(L.id, L.year, L.seq, L.document_no, L.letter_date, L.recipient, L.subject,
                   L.reference, Complaint.tracking_no, L.signatory_name, User.full_name,
                   L.created_at)
            .outerjoin(Complaint, Complaint.id == L.complaint_id)
            .join(User, User.id == L.created_by_id)
            .where(L.office_id == office_id, L.year == year_be)
            .order_by(L.seq)).all()
    return [OutgoingLetterView(*row[:8], row.tracking_no or "", row.signatory_name,
                               row.full_name, to_thai(row.created_at)) for row in rows]


def register_years(db: Database, office_id: int) -> list[int]:
    with db.read() as session:
        years = session.scalars(select(OutgoingLetter.year).where(
            OutgoingLetter.office_id == office_id).distinct()).all()
    this_year = be_year(now_thai().year)
    return sorted(set(years) | {this_year}, reverse=True)


def register_pdf(db: Database, office_id: int, year_be: int) -> bytes:
    office = reference.office(db, office_id)
    rows = [OutgoingLetterRow(v.document_no, v.letter_date, v.recipient, v.subject,
                              v.tracking_no, v.signatory_name)
            for v in register(db, office_id, year_be)]
    return render_outgoing_register(office.name, year_be, rows, printed_at=now_thai(),
                                    thai_digits=office.thai_digits, demo=office.is_demo)


def letters_pdf(db: Database, office_id: int, letter_ids: Sequence[int]) -> bytes:
    """Every letter in one PDF, in the order given: one print job for a day's letters."""
    office = reference.office(db, office_id)
    with db.read() as session:
        letters = {row.id: row for row in session.scalars(select(OutgoingLetter).where(
            OutgoingLetter.office_id == office_id, OutgoingLetter.id.in_(list(letter_ids))))}
        missing = [i for i in letter_ids if i not in letters]
        if missing:
            raise NotFound("letter.not_found", letter_id=missing[0])
        villages = dict(session.execute(
            select(OutgoingLetter.id, Village.name)
            .join(Complaint, Complaint.id == OutgoingLetter.complaint_id)
            .join(Village, Village.id == Complaint.village_id)
            .where(OutgoingLetter.id.in_(list(letters)))).all())
        courtesy = _courtesy_pages(session, office, letters)
        data = [replace(letter_data(office, letters[i], village_name=villages.get(i, "")),
                        courtesy=courtesy.get(i)) for i in letter_ids]
    return render_closure_letters(data)


def _courtesy_pages(session: Session, office: OfficeView,
                    letters: dict[int, OutgoingLetter]) -> dict[int, CourtesyData]:
    """The English page of each closure letter whose complainant reads English (as the
    complaint says now: a correction made after the letter still reaches the reprint).

    A forwarding letter is to an agency, not to the complainant: it gets none."""
    rows = session.execute(
        select(OutgoingLetter.id, Complaint.tracking_no, Complaint.received_at,
               Category.name_th, Category.name_en)
        .join(Complaint, Complaint.id == OutgoingLetter.complaint_id)
        .join(Category, Category.id == Complaint.category_id)
        .outerjoin(Forwarding, Forwarding.letter_id == OutgoingLetter.id)
        .where(OutgoingLetter.id.in_(list(letters)), Complaint.language == "en",
               Forwarding.id.is_(None))).all()
    return {row.id: courtesy_data(office, letters[row.id], tracking_no=row.tracking_no,
                                  received_on=to_thai(row.received_at).date(),
                                  category=category_name(row.name_th, row.name_en or "", "en"))
            for row in rows}


def courtesy_data(office: OfficeView, letter: OutgoingLetter, *, tracking_no: str,
                  received_on: date | None, category: str) -> CourtesyData:
    contact = []
    if office.phone:
        contact.append(f"Tel. {format_phone(office.phone) or office.phone}")
    if office.email:
        contact.append(f"E-mail {office.email}")
    return CourtesyData(
        office_name=office.name, office_name_en=office.name_en,
        document_no=letter.document_no, letter_date=letter.letter_date,
        recipient=letter.recipient, tracking_no=tracking_no, received_on=received_on,
        category_name=category, subject=letter.subject, result=letter.result_summary,
        signatory_name=letter.signatory_name,
        signatory_position=tuple(p for p in letter.signatory_position.split("\n") if p),
        contact=tuple(contact))


def letter_pdf_by_tracking(db: Database, tracking_no: str, *, office_id: int | None = None
                           ) -> bytes:
    """The newest letter of a closed complaint (a reopened and re-closed one has two).

    Tracking numbers are unique per office only: on a shared server, name the office."""
    query = (select(OutgoingLetter.id, OutgoingLetter.office_id)
             .join(Complaint, Complaint.id == OutgoingLetter.complaint_id)
             .where(Complaint.tracking_no == tracking_no.strip()))
    if office_id is not None:
        query = query.where(Complaint.office_id == office_id)
    with db.read() as session:
        found = session.execute(query.order_by(OutgoingLetter.id.desc()).limit(1)).first()
    if found is None:
        raise NotFound("letter.not_found", tracking_no=tracking_no)
    return letters_pdf(db, found.office_id, [found.id])


def letters_of_day(db: Database, office_id: int, day: date | None = None) -> list[int]:
    """Ids of the letters dated that day (default today), in number order: batch printing."""
    day = day or now_thai().date()
    with db.read() as session:
        return list(session.scalars(select(OutgoingLetter.id).where(
            OutgoingLetter.office_id == office_id, OutgoingLetter.letter_date == day)
            .order_by(OutgoingLetter.year, OutgoingLetter.seq)))


def letter_data(office: OfficeView, letter: OutgoingLetter, *, village_name: str = ""
                ) -> ClosureLetterData:
    """`village_name`: the complaint's village, kept whole wherever the words name it."""
    return ClosureLetterData(
        emblem_png=office.logo_png, document_no=letter.document_no, office_name=office.name,
        office_address=_address_lines(office), letter_date=letter.letter_date,
        subject=letter.subject, recipient=letter.recipient, reference=letter.reference,
        enclosures=(), body=letter.body, closing=CLOSING,
        signature_png=office.signature_png, signatory_name=letter.signatory_name,
        signatory_position=tuple(p for p in letter.signatory_position.split("\n") if p),
        footer=_footer(office), thai_digits=office.thai_digits, demo=office.is_demo,
        village_name=village_name)


def unsent_letter_data(office: OfficeView, *, subject: str, body: str, recipient: str,
                       reference: str, village_name: str = "") -> ClosureLetterData:
    """A letter as it would be printed, before it has a number (the template preview)."""
    return ClosureLetterData(
        emblem_png=office.logo_png, document_no=f"{office.document_code or 'ที่'}/…",
        office_name=office.name, office_address=_address_lines(office),
        letter_date=now_thai().date(), subject=subject, recipient=recipient,
        reference=reference, enclosures=(), body=body, closing=CLOSING,
        signature_png=office.signature_png, signatory_name=office.signatory_name,
        signatory_position=tuple(p for p in office.signatory_position.split("\n") if p),
        footer=_footer(office), thai_digits=office.thai_digits, demo=office.is_demo,
        village_name=village_name)


def _address_lines(office: OfficeView) -> tuple[str, ...]:
    # The address block of an external letter: the office, then its address on short lines.
    lines = [office.name]
    if office.address:
        lines.extend(_split_address(office.address))
    return tuple(lines)


def _split_address(address: str) -> list[str]:
    """"เลขที่ 9 หมู่ที่ 3 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100" → lines
    broken before อำเภอ and จังหวัด, as the address block is printed in official letters."""
    for marker in (" อำเภอ", " จังหวัด", " เขต", " แขวง"):
        address = address.replace(marker, "\n" + marker.strip())
    return [line.strip() for line in address.split("\n") if line.strip()]


def _footer(office: OfficeView) -> tuple[str, ...]:
    lines = [office.division or office.name]
    if office.phone:
        lines.append(f"โทร. {format_phone(office.phone) or office.phone}")
    if office.email:
        lines.append(f"ไปรษณีย์อิเล็กทรอนิกส์ {office.email}")
    return tuple(lines)

