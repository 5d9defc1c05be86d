"""The crew board: each crew's open jobs, most urgent first, with today's plan and the overdue."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Crew, Village, WorkOrder, WorkOrderJob
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.dispatch import WITH_CREW
from fondue_desk.domain.labels import village_label
from fondue_desk.domain.permissions import JobRights, job_rights
from fondue_desk.domain.register_filter import days_overdue
from fondue_desk.domain.statuses import Status

from .access import acting_user, office_complaint
from .views import CrewView


@dataclass(frozen=True)
class BoardJob:
    id: int
    tracking_no: str
    category_name: str
    category_colour: str
    village_label: str
    location_text: str
    description: str
    status: str
    planned_date: date | None
    due_date: date | None
    days_overdue: int
    days_left: int | None      # until the due date; None without one
    work_order_number: str     # the latest order it was printed on, "" if none yet
    category_name_en: str = ""  # for the UI's language (ui.labels); "" = none given
    village_number: int | None = None
    village_name: str = ""
    village_name_en: str = ""


@dataclass(frozen=True)
class CrewColumn:
    crew: CrewView
    leader_name: str
    phone: str
    jobs: list[BoardJob]       # most urgent first
    today: int                 # planned for today
    overdue: int
    leader_user_id: int | None = None   # the crew leader's account, if the crew has one

    @property
    def open(self) -> int:
        return len(self.jobs)


@dataclass(frozen=True)
class Board:
    columns: list[CrewColumn]
    unassigned: int            # received and waiting for a crew
    today: date


def urgency(job: BoardJob) -> tuple:
    """Overdue first (the longest overdue on top), then by due date, then by plan."""
    return (-job.days_overdue, job.due_date or date.max, job.planned_date or date.max, job.id)


def crew_board(db: Database, office_id: int, *, today: date | None = None,
               viewer_id: int | None = None) -> Board:
    """With `viewer_id`, the crews that user leads come first: a crew leader opens the board
    on their own work; the others follow by name."""
    today = today or now_thai().date()
    latest_order = (select(WorkOrder.number)
                    .join(WorkOrderJob, WorkOrderJob.work_order_id == WorkOrder.id)
                    .where(WorkOrderJob.complaint_id == Complaint.id,
                           WorkOrder.crew_id == Complaint.crew_id)
                    .order_by(WorkOrder.id.desc()).limit(1).scalar_subquery())
    with db.read() as session:
        crews = session.execute(select(Crew.id, Crew.name, Crew.leader_name, Crew.phone,
                                       Crew.leader_user_id)
                                .where(Crew.office_id == office_id, Crew.active)
                                .order_by(Crew.name)).all()
        rows = session.execute(
            select(Complaint.id, Complaint.crew_id, Complaint.tracking_no, Category.name_th,
                   Category.colour, Village.number, Village.name, Complaint.location_text,
                   Complaint.description, Complaint.status, Complaint.planned_date,
                   Complaint.due_date, latest_order, Category.name_en,
                   Village.name_en.label("village_en"))
            .join(Category, Category.id == Complaint.category_id)
            .outerjoin(Village, Village.id == Complaint.village_id)
            .where(Complaint.office_id == office_id, Complaint.crew_id.is_not(None),
                   Complaint.status.in_([s.value for s in WITH_CREW]))).all()
        unassigned = session.scalar(select(func.count()).where(
            Complaint.office_id == office_id, Complaint.status == Status.RECEIVED.value)) or 0
    by_crew: dict[int, list[BoardJob]] = {}
    for r in rows:
        by_crew.setdefault(r.crew_id, []).append(BoardJob(
            id=r.id, tracking_no=r.tracking_no, category_name=r.name_th,
            category_colour=r.colour,
            village_label=village_label(r.number, r.name or ""),
            location_text=r.location_text, description=r.description, status=r.status,
            planned_date=r.planned_date, due_date=r.due_date,
            days_overdue=days_overdue(r.due_date, r.status, today),
            days_left=(r.due_date - today).days if r.due_date else None,
            work_order_number=r[-3] or "", category_name_en=r[-2] or "",
            village_number=r.number, village_name=r.name or "",
            village_name_en=r.village_en or ""))
    columns = []
    if viewer_id is not None:
        crews = sorted(crews, key=lambda crew: crew.leader_user_id != viewer_id)  # stable
    for crew in crews:
        jobs = sorted(by_crew.get(crew.id, []), key=urgency)
        columns.append(CrewColumn(
            CrewView(crew.id, crew.name), crew.leader_name, crew.phone, jobs,
            today=sum(1 for j in jobs if j.planned_date == today),
            overdue=sum(1 for j in jobs if j.days_overdue > 0),
            leader_user_id=crew.leader_user_id))
    return Board(columns, unassigned, today)


def rights_for_complaint(db: Database, user_id: int, complaint_id: int) -> JobRights:
    """What this user may do to this complaint's job now (`permissions.job_rights`), for
    screens that show one complaint: the same answer the crew board gives its cards."""
    with db.read() as session:
        actor = acting_user(session, user_id)
        complaint = office_complaint(session, actor, complaint_id)
        leader = complaint.crew.leader_user_id if complaint.crew is not None else None
        return job_rights(actor.role, actor.id, complaint.status, leader)
