"""Reading complaints back as plain views."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import object_session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint
from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.domain.custom_fields import FieldValue
from fondue_desk.domain.errors import NotFound
from fondue_desk.domain.labels import village_label

from .field_values import field_values_of
from .views import ComplaintView


def complaint_view(c: Complaint, *, field_values: tuple[FieldValue, ...] | None = None
                   ) -> ComplaintView:
    """The complaint as a view; its answers are read from its session unless given."""
    village = c.village
    if field_values is None:
        session = object_session(c)
        field_values = field_values_of(session, [c]).get(c.id, ()) if session else ()
    return ComplaintView(
        id=c.id,
        office_id=c.office_id,
        tracking_no=c.tracking_no,
        received_at=to_thai(c.received_at),
        channel=c.channel,
        anonymous=c.anonymous,
        complainant_name=c.complainant_name,
        phone=c.phone,
        national_id=c.national_id,
        address_line=c.address_line,
        tambon=c.tambon,
        amphoe=c.amphoe,
        province=c.province,
        postal_code=c.postal_code,
        village_id=c.village_id,
        village_label=village_label(village.number, village.name) if village else "",
        location_text=c.location_text,
        lat=c.lat,
        lon=c.lon,
        category_id=c.category_id,
        category_name=c.category.name_th,
        category_colour=c.category.colour,
        sla_days=c.category.sla_days,
        description=c.description,
        status=c.status,
        due_date=c.due_date,
        clerk_id=c.clerk_id,
        clerk_name=c.clerk.full_name,
        crew_id=c.crew_id,
        crew_name=c.crew.name if c.crew else "",
        planned_date=c.planned_date,
        instruction=c.instruction,
        reopen_count=c.reopen_count,
        field_values=field_values,
        village_number=village.number if village else None,
        village_name=village.name if village else "",
        category_name_en=c.category.name_en or "",
        village_name_en=(village.name_en or "") if village else "",
        language=c.language or "th",
    )


def get_by_tracking(db: Database, tracking_no: str, *, office_id: int | None = None) -> ComplaintView:
    query = select(Complaint).where(Complaint.tracking_no == tracking_no.strip())
    if office_id is not None:
        query = query.where(Complaint.office_id == office_id)
    with db.read() as session:
        found = session.scalars(query).first()
        if found is None:
            raise NotFound("complaint.not_found", tracking_no=tracking_no)
        return complaint_view(found)


def get(db: Database, complaint_id: int, *, office_id: int | None = None) -> ComplaintView:
    """One complaint; with office_id, another office's is as good as missing."""
    with db.read() as session:
        found = session.get(Complaint, complaint_id)
        if found is None or (office_id is not None and found.office_id != office_id):
            raise NotFound("complaint.not_found", complaint_id=complaint_id)
        return complaint_view(found)



def count_received_today(db: Database, clerk_id: int, *, now: datetime | None = None) -> int:
    """How many complaints this clerk logged since midnight, Thai time."""
    local_now = to_thai(now) if now else now_thai()
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    with db.read() as session:
        return session.scalar(
            select(func.count(Complaint.id)).where(
                Complaint.clerk_id == clerk_id,
                Complaint.received_at >= midnight,
                Complaint.received_at < midnight + timedelta(days=1),
            )
        ) or 0
