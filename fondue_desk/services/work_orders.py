"""Work orders (ใบสั่งงาน): numbered per fiscal year, one per job or one per crew per day."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, Crew, Office, User, WorkOrder, WorkOrderJob
from fondue_desk.documents.work_order import (
    WorkOrderData,
    render_work_orders,
)
from fondue_desk.documents.work_order import (
    WorkOrderJob as JobData,
)
from fondue_desk.domain.calendar import fiscal_year_be, now_thai, to_thai
from fondue_desk.domain.custom_fields import FieldValue
from fondue_desk.domain.dispatch import WITH_CREW
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.labels import LabelBook, status_label, village_label
from fondue_desk.domain.numbering import format_work_order_number, parse_work_order_number
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.phone import format_phone
from fondue_desk.domain.templates import Kind, render_or_default

from . import document_templates, labels, map_settings, reference
from .access import acting_user, check_office
from .complaints import complaint_view
from .document_templates import PrintProblem
from .locator import SketchMaker
from .locking import locked_complaints
from .numbering import allocate
from .template_values import field_texts, job_values

WORK_ORDER_REGISTER = "work_order"
GROUPINGS = ("crew_day", "job")
MAX_JOBS = 500


@dataclass(frozen=True)
class WorkOrderSummary:
    id: int
    number: str
    crew_id: int
    crew_name: str
    work_date: date
    issued_at: datetime
    job_count: int


def issue_work_orders(db: Database, actor_id: int, complaint_ids: Sequence[int], *,
                      grouping: str = "crew_day") -> list[WorkOrderSummary]:
    """New orders for complaints already with a crew (e.g. a reprint after a lost sheet)."""
    ids = list(dict.fromkeys(complaint_ids))
    if not ids:
        raise InvalidInput([FieldError("complaints", "complaints.none_selected")])
    if len(ids) > MAX_JOBS:
        raise InvalidInput([FieldError("complaints", "complaints.too_many")])
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.ASSIGN)
        targets = locked_complaints(session, actor, ids)
        return create_work_orders(session, actor, targets, grouping=grouping)


def create_work_orders(session: Session, actor: User, complaints: Sequence[Complaint], *,
                       grouping: str) -> list[WorkOrderSummary]:
    """Inside the caller's transaction: group, number gaplessly, and link the jobs."""
    if grouping not in GROUPINGS:
        raise InvalidInput([FieldError("grouping", "work_order.grouping_unknown")])
    for complaint in complaints:
        if complaint.status not in WITH_CREW or complaint.crew_id is None:
            raise Conflict("work_order.not_assigned", tracking_no=complaint.tracking_no)
    groups: dict[tuple, list[Complaint]] = {}
    for complaint in complaints:
        key = (complaint.crew_id, complaint.planned_date)
        if grouping == "job":
            key += (complaint.id,)
        groups.setdefault(key, []).append(complaint)
    issued_at = now_thai()
    fiscal_year = fiscal_year_be(issued_at)
    # The office's format as it is now: a changed format applies from the next order on.
    number_format = session.get(Office, actor.office_id).work_order_format
    summaries = []
    # Sorted so that numbers follow crew and date, the order the sheets are handed out in.
    for key in sorted(groups, key=lambda k: (k[1] or date.min, groups[k][0].crew.name, k)):
        jobs = sorted(groups[key], key=_urgency)
        seq = allocate(session, office_id=actor.office_id, register=WORK_ORDER_REGISTER,
                       year=fiscal_year)
        order = WorkOrder(office_id=actor.office_id, fiscal_year=fiscal_year, seq=seq,
                          number=format_work_order_number(number_format, seq=seq,
                                                        fiscal_year=fiscal_year),
                          crew_id=key[0],
                          work_date=key[1] or issued_at.date(), issued_at=issued_at,
                          issued_by_id=actor.id)
        order.jobs = [WorkOrderJob(complaint_id=c.id, position=i)
                      for i, c in enumerate(jobs, start=1)]
        session.add(order)
        session.flush()
        summaries.append(WorkOrderSummary(order.id, order.number, order.crew_id,
                                          jobs[0].crew.name, order.work_date,
                                          to_thai(order.issued_at), len(jobs)))
    return summaries


def latest_work_order_id(session: Session, complaint_id: int, crew_id: int | None) -> int | None:
    return session.scalar(
        select(WorkOrder.id).join(WorkOrderJob, WorkOrderJob.work_order_id == WorkOrder.id)
        .where(WorkOrderJob.complaint_id == complaint_id, WorkOrder.crew_id == crew_id)
        .order_by(WorkOrder.id.desc()).limit(1))


def orders_for_complaint(db: Database, complaint_id: int, *, office_id: int | None = None
                         ) -> list[WorkOrderSummary]:
    with db.read() as session:
        check_office(session, complaint_id, office_id)
        orders = session.scalars(
            select(WorkOrder).join(WorkOrderJob, WorkOrderJob.work_order_id == WorkOrder.id)
            .where(WorkOrderJob.complaint_id == complaint_id)
            .options(selectinload(WorkOrder.jobs)).order_by(WorkOrder.id)).all()
        return [_summary(session, o) for o in orders]


def find_work_order(db: Database, office_id: int, number: str) -> WorkOrderSummary:
    """By the number as printed (whatever the office's format was then), else "12/2570"."""
    with db.read() as session:
        order = session.scalars(select(WorkOrder).where(
            WorkOrder.office_id == office_id, WorkOrder.number == number.strip())
            .order_by(WorkOrder.id.desc())).first()
        if order is not None:
            return _summary(session, order)
    try:
        seq, fiscal_year = parse_work_order_number(number)
    except RuleViolation as exc:
        raise InvalidInput([FieldError("number", exc.code, exc.params)]) from None
    with db.read() as session:
        order = session.scalars(select(WorkOrder).where(
            WorkOrder.office_id == office_id, WorkOrder.fiscal_year == fiscal_year,
            WorkOrder.seq == seq)).first()
        if order is None:
            raise NotFound("work_order.not_found", number=number)
        return _summary(session, order)


def work_orders_pdf(db: Database, office_id: int, work_order_ids: Sequence[int]) -> bytes:
    """One PDF with every order (each on its own pages), for one print job."""
    return work_orders_pdf_checked(db, office_id, work_order_ids)[0]


def work_orders_pdf_checked(db: Database, office_id: int, work_order_ids: Sequence[int]
                            ) -> tuple[bytes, list[PrintProblem]]:
    """The PDF and the instruction-template problems met (printed with the default, recorded
    for the Templates page)."""
    found: list[PrintProblem] = []
    pdf = render_work_orders(work_order_data(db, office_id, work_order_ids, problems=found))
    document_templates.record_problems(db, office_id, found)
    return pdf, found


def work_order_pdf_by_number(db: Database, office_id: int, number: str) -> bytes:
    return work_orders_pdf(db, office_id, [find_work_order(db, office_id, number).id])


def work_order_data(db: Database, office_id: int, work_order_ids: Sequence[int], *,
                    problems: list[PrintProblem] | None = None) -> list[WorkOrderData]:
    office = reference.office(db, office_id)
    sketches = SketchMaker(map_settings.boundary_geojson(db, office_id),
                           reference.villages(db, office_id))
    address = office.address if office.postal_code in office.address else " ".join(
        p for p in (office.address, office.postal_code) if p)
    with db.read() as session:
        orders = session.scalars(
            select(WorkOrder).where(WorkOrder.office_id == office_id,
                                    WorkOrder.id.in_(list(work_order_ids)))
            .options(selectinload(WorkOrder.jobs))).all()
        by_id = {o.id: o for o in orders}
        missing = [i for i in work_order_ids if i not in by_id]
        if missing:
            raise NotFound("work_order.not_found", work_order_id=missing[0])
        out = []
        source = document_templates.office_sources(session, office_id)[Kind.WORK_ORDER]
        book = labels.read_book(session, office_id)
        for order_id in work_order_ids:
            order = by_id[order_id]
            crew = session.get(Crew, order.crew_id)
            issuer = session.get(User, order.issued_by_id)
            jobs = []
            for job in order.jobs:
                view = complaint_view(session.get(Complaint, job.complaint_id))
                instruction, problem = render_or_default(
                    Kind.WORK_ORDER, source,
                    job_values(office, view, crew=crew.name, work_date=order.work_date),
                    field_texts(view.field_values))
                if problem is not None and problems is not None:
                    problems.append(PrintProblem(Kind.WORK_ORDER, None, order.number, problem))
                jobs.append(_job_data(session.get(Complaint, job.complaint_id), sketches,
                                      instruction, view.field_values, book))
            out.append(WorkOrderData(
                number=order.number, issued_at=to_thai(order.issued_at),
                work_date=order.work_date, office_name=office.name, office_address=address,
                office_phone=office.phone, office_logo_png=office.logo_png,
                crew_name=crew.name, crew_leader=crew.leader_name,
                crew_members=tuple(m for m in crew.members.split("\n") if m),
                crew_phone=format_phone(crew.phone), issued_by_name=issuer.full_name,
                issued_by_position=issuer.position, jobs=tuple(jobs),
                demo=office.is_demo))
        return out


def _job_data(c: Complaint, sketches: SketchMaker, instruction: str,
              field_values: tuple[FieldValue, ...], book: LabelBook) -> JobData:
    village = c.village
    return JobData(
        tracking_no=c.tracking_no, received_at=to_thai(c.received_at),
        category_name=c.category.name_th, description=c.description,
        village_label=village_label(village.number, village.name) if village else "",
        location_text=c.location_text, lat=c.lat, lon=c.lon,
        complainant_name="" if c.anonymous else c.complainant_name,
        complainant_phone="" if c.anonymous else format_phone(c.phone),
        due_date=c.due_date, instruction=instruction, field_values=field_values,
        sketch=sketches.sketch(c.village_id, c.lat, c.lon),
        village_name=village.name if village else "",
        status_label=status_label(c.status, "th", book))


def _urgency(c: Complaint) -> tuple:
    return (c.due_date or date.max, c.received_at, c.id)


def _summary(session: Session, order: WorkOrder) -> WorkOrderSummary:
    crew = session.get(Crew, order.crew_id)
    return WorkOrderSummary(order.id, order.number, order.crew_id, crew.name, order.work_date,
                            to_thai(order.issued_at), len(order.jobs))
