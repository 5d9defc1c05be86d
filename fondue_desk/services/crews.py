"""The crew registry: who the crews are, whom to call, which categories each one serves."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Crew, User
from fondue_desk.domain.dispatch import WITH_CREW
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.phone import normalise_phone
from fondue_desk.domain.statuses import Role
from fondue_desk.domain.text import clean_text

from .access import acting_user
from .views import CrewDetail, CrewView

MAX_MEMBERS = 30


@dataclass(frozen=True)
class CrewInput:
    name: str
    leader_name: str = ""
    members: Sequence[str] = ()
    phone: str = ""
    category_ids: Sequence[int] = ()
    leader_user_id: int | None = None
    active: bool = True


def list_crews(db: Database, office_id: int, *, include_inactive: bool = False
               ) -> list[CrewDetail]:
    with db.read() as session:
        query = select(Crew).where(Crew.office_id == office_id).order_by(Crew.name)
        if not include_inactive:
            query = query.where(Crew.active)
        crews = session.scalars(query).all()
        open_jobs = dict(session.execute(
            select(Complaint.crew_id, func.count())
            .where(Complaint.office_id == office_id, Complaint.crew_id.is_not(None),
                   Complaint.status.in_([s.value for s in WITH_CREW]))
            .group_by(Complaint.crew_id)).all())
        return [crew_detail(c, open_jobs.get(c.id, 0)) for c in crews]


def get_crew(db: Database, office_id: int, crew_id: int) -> CrewDetail:
    with db.read() as session:
        return crew_detail(office_crew(session, office_id, crew_id))


def save_crew(db: Database, actor_id: int, data: CrewInput, *, crew_id: int | None = None
              ) -> CrewDetail:
    """Create a crew (crew_id None) or replace an existing one's details; admin only."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_CREWS)
        values = _validated(session, actor.office_id, data, crew_id)
        crew = Crew(office_id=actor.office_id) if crew_id is None else office_crew(
            session, actor.office_id, crew_id)
        categories = values.pop("categories")
        for key, value in values.items():
            setattr(crew, key, value)
        crew.categories = categories
        session.add(crew)
        session.flush()
        return crew_detail(crew)


def suggest_crew(db: Database, office_id: int, category_id: int) -> CrewView | None:
    """The category's default crew if it is active; else the active crew that serves this
    category, the one with least open work if several."""
    with db.read() as session:
        preferred = session.execute(
            select(Crew.id, Crew.name).join(Category, Category.default_crew_id == Crew.id)
            .where(Category.id == category_id, Category.office_id == office_id,
                   Crew.office_id == office_id, Crew.active)).first()
        if preferred is not None:
            return CrewView(preferred.id, preferred.name)
        open_work = (select(func.count()).where(
            Complaint.crew_id == Crew.id,
            Complaint.status.in_([s.value for s in WITH_CREW])).scalar_subquery())
        found = session.execute(
            select(Crew.id, Crew.name)
            .join(Crew.categories)
            .where(Crew.office_id == office_id, Crew.active, Category.id == category_id)
            .order_by(open_work, Crew.name)
            .limit(1)).first()
        return CrewView(found.id, found.name) if found else None


def office_crew(session: Session, office_id: int, crew_id: int, *, active: bool = False) -> Crew:
    crew = session.get(Crew, crew_id)
    if crew is None or crew.office_id != office_id or (active and not crew.active):
        raise NotFound("crew.not_found", crew_id=crew_id)
    return crew


def crew_detail(c: Crew, open_jobs: int = 0) -> CrewDetail:
    return CrewDetail(
        id=c.id, name=c.name, leader_name=c.leader_name,
        members=tuple(m for m in c.members.split("\n") if m),
        phone=c.phone, category_ids=tuple(cat.id for cat in c.categories),
        category_names=tuple(cat.name_th for cat in c.categories),
        leader_user_id=c.leader_user_id, active=c.active, open_jobs=open_jobs)


def _validated(session: Session, office_id: int, data: CrewInput, crew_id: int | None) -> dict:
    errors: list[FieldError] = []

    def field(name: str, check: Callable[[], object]) -> object:
        try:
            return check()
        except RuleViolation as exc:
            errors.append(FieldError(name, exc.code, exc.params))
            return None

    name = field("name", lambda: clean_text(data.name, max_length=120))
    if name == "":
        errors.append(FieldError("name", "name.required"))
    elif name and session.scalar(select(Crew.id).where(
            Crew.office_id == office_id, func.lower(Crew.name) == name.lower(),
            Crew.id != (crew_id or 0))):
        errors.append(FieldError("name", "crew.name_taken"))
    leader = field("leader_name", lambda: clean_text(data.leader_name, max_length=200))
    members = [m for m in (field("members", lambda m=m: clean_text(m, max_length=200))
                           for m in data.members) if m]
    if len(members) > MAX_MEMBERS:
        errors.append(FieldError("members", "members.too_many"))
    phone = field("phone", lambda: normalise_phone(data.phone))
    categories = session.scalars(select(Category).where(
        Category.office_id == office_id, Category.id.in_(list(data.category_ids)))).all()
    if len(categories) != len(set(data.category_ids)):
        errors.append(FieldError("category_ids", "category.not_found"))
    if data.leader_user_id is not None:
        leader_user = session.get(User, data.leader_user_id)
        if (leader_user is None or leader_user.office_id != office_id
                or leader_user.role != Role.CREW_LEADER):
            errors.append(FieldError("leader_user_id", "crew.leader_not_crew_leader"))
    if errors:
        raise InvalidInput(errors)
    return {"name": name, "leader_name": leader or "", "members": "\n".join(members),
            "phone": phone or "", "leader_user_id": data.leader_user_id,
            "active": bool(data.active), "categories": list(categories)}
