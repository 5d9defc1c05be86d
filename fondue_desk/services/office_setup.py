"""A real office is born: its profile, villages, categories, crews, settings and first admin,
in one transaction, into a database that has no office yet.

Used by the set-up assistant, `fondue-desk init` and the import of a configuration file into
an empty database. There is no default password: the admin chose theirs, so they are not asked
to change it at the first sign-in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fondue_desk.config.rules import checked_config
from fondue_desk.config.storage import (
    TAMBON_CODE_KEY,
    display_values,
    map_values,
    office_columns,
    write_fields,
)
from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Crew, Office, User, Village
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, RuleViolation
from fondue_desk.domain.office_config import AdminAccount, OfficeConfig
from fondue_desk.domain.passwords import is_valid_username, normalise_username, password_problems
from fondue_desk.domain.statuses import Role
from fondue_desk.domain.text import clean_text
from fondue_desk.services.labels import write_status_labels
from fondue_desk.services.office_settings import put_setting

from .accounts import hash_password
from .demo_data import DEMO_PASSWORD

CREATED_AT_KEY = "office.created_at"


@dataclass(frozen=True)
class SetupResult:
    office_id: int
    admin_user_id: int


def create_office(db: Database, config: OfficeConfig, admin: AdminAccount, *,
                  now: datetime | None = None) -> SetupResult:
    """Create the office and its admin; nothing is written unless everything is right.

    Raises InvalidInput naming every problem ("office.name", "villages[2].number",
    "admin.password", …) and Conflict("office.exists") when the database already has an
    office. The check is made inside the write transaction (SQLite: BEGIN IMMEDIATE;
    PostgreSQL: a lock on the office table), so of two desks setting up at once one wins.
    """
    config, admin = _checked(config, admin)
    password_hash = hash_password(admin.password)  # before the lock: argon2 is slow on purpose
    moment = now or now_thai()
    with db.write() as session:
        _lock_offices(session)
        if session.scalar(select(Office.id).limit(1)) is not None:
            raise Conflict("office.exists")
        office_id = write_new_office(session, config)
        user = User(office_id=office_id, username=admin.username, full_name=admin.full_name,
                    position=admin.position, role=Role.ADMIN.value, active=True,
                    password_hash=password_hash, must_change_password=False)
        session.add(user)
        put_setting(session, office_id, CREATED_AT_KEY, moment.isoformat(timespec="seconds"))
        session.flush()
        return SetupResult(office_id, user.id)


def checked_admin(admin: AdminAccount) -> AdminAccount:
    """The admin account cleaned, or InvalidInput on admin.username/full_name/position/password."""
    errors: list[FieldError] = []
    username = normalise_username(admin.username)
    if not is_valid_username(username):
        errors.append(FieldError("admin.username", "username.invalid"))
    names = {}
    for field, value, limit in (("full_name", admin.full_name, 200),
                                ("position", admin.position, 200)):
        try:
            names[field] = clean_text(value, max_length=limit)
        except RuleViolation as exc:
            errors.append(FieldError(f"admin.{field}", exc.code, exc.params))
            names[field] = ""
    if not names["full_name"] and not any(e.field == "admin.full_name" for e in errors):
        errors.append(FieldError("admin.full_name", "name.required"))
    password_errors = password_problems(admin.password, username=username,
                                        field="admin.password")
    if not password_errors and admin.password.lower() == DEMO_PASSWORD:
        # Printed in the README for the demo office: the first thing anyone would try.
        password_errors = [FieldError("admin.password", "password.too_simple")]
    errors += password_errors
    if errors:
        raise InvalidInput(errors)
    return AdminAccount(username, admin.password, names["full_name"], names["position"])


def write_new_office(session: Session, config: OfficeConfig) -> int:
    """Insert a checked configuration as a new office (no users); returns its id."""
    office = Office(is_demo=False, **office_columns(config))
    session.add(office)
    session.flush()
    for spec in config.villages:
        session.add(Village(office_id=office.id, code=spec.code, number=spec.number,
                            name=spec.name, name_en=spec.name_en, lat=spec.lat, lon=spec.lon,
                            active=spec.active))
    categories = {}
    for spec in config.categories:
        categories[spec.code] = Category(
            office_id=office.id, code=spec.code, name_th=spec.name_th, name_en=spec.name_en,
            colour=spec.colour, sla_days=spec.sla_days, sort_order=spec.sort_order,
            active=spec.active, letter_template=spec.letter_template,
            letter_subject=spec.letter_subject, photo_required=spec.photo_required,
            duplicate_radius_m=spec.duplicate_radius_m, duplicate_days=spec.duplicate_days)
    session.add_all(categories.values())
    crews = {}
    for spec in config.crews:
        crews[spec.name.casefold()] = crew = Crew(
            office_id=office.id, name=spec.name, leader_name=spec.leader_name,
            members="\n".join(spec.members), phone=spec.phone, active=spec.active)
        crew.categories = [categories[code] for code in spec.categories]
        session.add(crew)
    session.flush()
    for spec in config.categories:
        if spec.default_crew:
            categories[spec.code].default_crew_id = crews[spec.default_crew.casefold()].id
        write_fields(session, categories[spec.code].id, spec.fields)
    for key, value in {**map_values(config.map), **display_values(config.display)}.items():
        put_setting(session, office.id, key, value)
    if config.office.tambon_code:
        put_setting(session, office.id, TAMBON_CODE_KEY, config.office.tambon_code)
    if config.status_labels:
        write_status_labels(session, office.id, config.status_labels)
    session.flush()
    return office.id


def _checked(config: OfficeConfig, admin: AdminAccount) -> tuple[OfficeConfig, AdminAccount]:
    errors: list[FieldError] = []
    try:
        config = checked_config(config, complete=True)
    except InvalidInput as exc:
        errors += exc.errors
    try:
        admin = checked_admin(admin)
    except InvalidInput as exc:
        errors += exc.errors
    if errors:
        raise InvalidInput(errors)
    return config, admin


def _lock_offices(session: Session) -> None:
    # READ COMMITTED lets two PostgreSQL transactions both see "no office" and both insert;
    # this lock makes the second wait and then see the first one's office. SQLite's writer
    # already holds the database lock from BEGIN IMMEDIATE.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE office IN SHARE ROW EXCLUSIVE MODE"))
