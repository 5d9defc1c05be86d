"""The office's reference data the forms need: office profile, categories, villages, users."""
from __future__ import annotations

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Crew, Office, User, Village
from fondue_desk.domain.errors import NotFound
from fondue_desk.domain.statuses import Role

from .views import CategoryView, CrewView, OfficeView, UserView, VillageView


def office_view(o: Office) -> OfficeView:
    return OfficeView(
        id=o.id, name=o.name, kind=o.kind, address=o.address, phone=o.phone, email=o.email,
        document_code=o.document_code, tambon=o.tambon, amphoe=o.amphoe, province=o.province,
        postal_code=o.postal_code, lat=o.lat, lon=o.lon, tracking_format=o.tracking_format,
        is_demo=o.is_demo, logo_png=o.logo_png, signatory_name=o.signatory_name,
        signatory_position=o.signatory_position, signature_png=o.signature_png,
        division=o.division, thai_digits=o.thai_digits, name_en=o.name_en or "",
    )


def user_view(u: User) -> UserView:
    return UserView(id=u.id, office_id=u.office_id, username=u.username, full_name=u.full_name,
                    position=u.position, role=u.role, language=u.language or "")


def first_office(db: Database) -> OfficeView | None:
    with db.read() as session:
        office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
        return office_view(office) if office else None


def office(db: Database, office_id: int) -> OfficeView:
    with db.read() as session:
        found = session.get(Office, office_id)
        if found is None:
            raise NotFound("office.not_found", office_id=office_id)
        return office_view(found)


def active_categories(db: Database, office_id: int) -> list[CategoryView]:
    """What forms offer: the categories not retired, in the office's order."""
    return categories(db, office_id, include_retired=False)


def categories(db: Database, office_id: int, *, include_retired: bool = True
               ) -> list[CategoryView]:
    """Every category (retired ones after the active, flagged): filters and history name
    them, since old complaints keep them."""
    with db.read() as session:
        query = select(Category).where(Category.office_id == office_id)
        if not include_retired:
            query = query.where(Category.active)
        rows = session.scalars(query.order_by(Category.active.desc(), Category.sort_order,
                                              Category.name_th))
        return [CategoryView(c.id, c.name_th, c.name_en, c.colour, c.sla_days, c.active,
                             bool(c.photo_required))
                for c in rows]


def villages(db: Database, office_id: int) -> list[VillageView]:
    """Every village, retired ones flagged (active=False): old complaints still name them."""
    with db.read() as session:
        rows = session.scalars(
            select(Village).where(Village.office_id == office_id).order_by(Village.number)
        )
        return [VillageView(v.id, v.number, v.name, v.lat, v.lon, v.active, v.name_en or "")
                for v in rows]


def active_villages(db: Database, office_id: int) -> list[VillageView]:
    """What forms offer: the villages not retired."""
    return [v for v in villages(db, office_id) if v.active]


def user(db: Database, user_id: int) -> UserView:
    with db.read() as session:
        found = session.get(User, user_id)
        if found is None:
            raise NotFound("user.not_found", user_id=user_id)
        return user_view(found)


def find_user(db: Database, username: str) -> UserView:
    with db.read() as session:
        found = session.scalars(select(User).where(User.username == username.strip())).first()
        if found is None or not found.active:
            raise NotFound("user.not_found", username=username)
        return user_view(found)


def default_counter_user(db: Database, office_id: int) -> UserView | None:
    """The office's first active clerk: who tests, benches and scripts act as (no sign-in)."""
    with db.read() as session:
        found = session.scalars(
            select(User)
            .where(User.office_id == office_id, User.active, User.role == Role.CLERK)
            .order_by(User.id)
            .limit(1)
        ).first()
        return user_view(found) if found else None


def active_crews(db: Database, office_id: int) -> list[CrewView]:
    with db.read() as session:
        rows = session.scalars(
            select(Crew).where(Crew.office_id == office_id, Crew.active).order_by(Crew.name)
        )
        return [CrewView(c.id, c.name) for c in rows]
