"""What the crews reported back on one complaint, for the detail pane; read-only."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from fondue_desk.db.database import Database
from fondue_desk.db.models import Crew, JobResult, User, WorkOrder
from fondue_desk.domain.calendar import to_thai

from .access import check_office


@dataclass(frozen=True)
class JobResultView:
    id: int
    outcome: str                # domain.dispatch.Outcome value
    reason: str
    notes: str
    minutes_spent: int | None
    materials: str
    worked_on: date | None
    crew_name: str
    work_order_number: str      # "" when the work was never printed
    recorded_by_name: str
    recorded_at: datetime       # Thai time


def results_for_complaint(db: Database, complaint_id: int, *, office_id: int | None = None
                          ) -> list[JobResultView]:
    """Oldest first, like the history: the last one is the crew's latest word."""
    recorder = aliased(User)
    with db.read() as session:
        check_office(session, complaint_id, office_id)
        rows = session.execute(
            select(JobResult, Crew.name, WorkOrder.number, recorder.full_name)
            .outerjoin(Crew, Crew.id == JobResult.crew_id)
            .join(recorder, recorder.id == JobResult.recorded_by_id)
            .outerjoin(WorkOrder, WorkOrder.id == JobResult.work_order_id)
            .where(JobResult.complaint_id == complaint_id)
            .order_by(JobResult.recorded_at, JobResult.id)).all()
        return [JobResultView(
            id=r.id, outcome=r.outcome, reason=r.reason, notes=r.notes,
            minutes_spent=r.minutes_spent, materials=r.materials, worked_on=r.worked_on,
            crew_name=crew_name or "", work_order_number=number or "",
            recorded_by_name=recorded_by, recorded_at=to_thai(r.recorded_at))
            for r, crew_name, number, recorded_by in rows]
