"""How an OfficeConfig maps onto rows, both ways: what set-up and import write, what export reads.

The office kind is stored as a short code: the column is VARCHAR(20) and
"องค์การบริหารส่วนตำบล" is 21 characters; the demo office has always stored "municipality".
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Category, CategoryField, Crew, Office, OfficeSetting, Village
from fondue_desk.domain.custom_fields import FieldDefinition, from_open311, to_open311
from fondue_desk.domain.errors import NotFound
from fondue_desk.domain.office_config import (
    OFFICE_KINDS,
    CategorySpec,
    CrewSpec,
    DisplaySpec,
    MapSpec,
    NumberingSpec,
    OfficeConfig,
    OfficeProfile,
    VillageSpec,
)
from fondue_desk.services.date_settings import ENGLISH_BE_KEY, english_be_dates_in
from fondue_desk.services.labels import read_book
from fondue_desk.services.map_settings import BOUNDARY_KEY, MAP_SETTING_KEYS

KIND_CODES = dict(zip(OFFICE_KINDS, ("city", "town", "municipality", "sao"), strict=True))
_KIND_NAMES = {code: kind for kind, code in KIND_CODES.items()}

TAMBON_CODE_KEY = "office.tambon_code"   # no column of its own: an office_setting row
# MapSpec field → office_setting key: the very keys services.map_settings reads and writes.
MAP_KEYS = {**MAP_SETTING_KEYS, "boundary_geojson": BOUNDARY_KEY}
_PROFILE_COLUMNS = ("name", "name_en", "tambon", "amphoe", "province", "postal_code", "address", "phone",
                    "email", "document_code", "lat", "lon", "division", "signatory_name",
                    "signatory_position", "thai_digits")


def kind_name(stored: str) -> str:
    """The Thai kind of a stored code; an unknown code is shown as it is."""
    return _KIND_NAMES.get(stored, stored)


def office_columns(config: OfficeConfig) -> dict[str, object]:
    """Column values of `office` for a checked configuration."""
    p = config.office
    values: dict[str, object] = {name: getattr(p, name) for name in _PROFILE_COLUMNS}
    values.update(kind=KIND_CODES[p.kind], logo_png=p.emblem_png,
                  signature_png=p.signature_png,
                  tracking_format=config.numbering.tracking_format,
                  work_order_format=config.numbering.work_order_format)
    return values


def display_values(spec: DisplaySpec) -> dict[str, str]:
    """The office_setting rows a file's `display:` section stands for."""
    return {ENGLISH_BE_KEY: "1" if spec.english_be_dates else "0"}


def map_values(spec: MapSpec) -> dict[str, str]:
    """office_setting rows for the map; an empty text means "not set" (the default applies)."""
    values = {key: str(getattr(spec, name)) for name, key in MAP_KEYS.items()}
    return {key: value for key, value in values.items() if value != ""}


def read_config(session: Session, office_id: int) -> OfficeConfig:
    """The office's whole shape as stored, in a stable order (for export and for plans)."""
    office = session.get(Office, office_id)
    if office is None:
        raise NotFound("office.not_found", office_id=office_id)
    villages = session.scalars(select(Village).where(Village.office_id == office_id)
                               .order_by(Village.number, Village.id)).all()
    categories = session.scalars(select(Category).where(Category.office_id == office_id)
                                 .order_by(Category.sort_order, Category.code,
                                           Category.id)).all()
    crews = session.scalars(select(Crew).where(Crew.office_id == office_id)
                            .order_by(Crew.name, Crew.id)).all()
    crew_names = {c.id: c.name for c in crews}
    fields = category_fields(session, [c.id for c in categories])
    profile = OfficeProfile(
        kind=kind_name(office.kind), emblem_png=office.logo_png,
        signature_png=office.signature_png, tambon_code=_setting(session, office_id, TAMBON_CODE_KEY),
        **{name: getattr(office, name) for name in _PROFILE_COLUMNS})
    return OfficeConfig(
        office=profile,
        villages=tuple(VillageSpec(v.code, v.number, v.name, v.lat, v.lon, bool(v.active),
                                   v.name_en or "") for v in villages),
        categories=tuple(CategorySpec(
            c.code, c.name_th, c.name_en, c.colour, c.sla_days, c.sort_order, bool(c.active),
            crew_names.get(c.default_crew_id, ""), c.letter_template,
            fields=tuple(d for _, d in fields.get(c.id, ())),
            letter_subject=c.letter_subject or "",
            photo_required=bool(c.photo_required),
            duplicate_radius_m=c.duplicate_radius_m,
            duplicate_days=c.duplicate_days) for c in categories),
        crews=tuple(CrewSpec(
            c.name, c.leader_name, tuple(m for m in c.members.split("\n") if m), c.phone,
            tuple(cat.code for cat in sorted(c.categories, key=lambda k: (k.sort_order, k.code))),
            bool(c.active)) for c in crews),
        numbering=NumberingSpec(office.tracking_format, office.work_order_format),
        map=_map_spec(session, office_id),
        display=DisplaySpec(english_be_dates=english_be_dates_in(session, office_id)),
        status_labels=read_book(session, office_id).overrides)


def category_fields(session: Session, category_ids: Iterable[int]
                    ) -> dict[int, list[tuple[CategoryField, FieldDefinition]]]:
    """Each category's questions, retired ones included, in their order: the row and its
    definition. The row's columns (code, order, active) are what queries use, so they win
    over the stored JSON should the two ever differ."""
    ids = list(category_ids)
    out: dict[int, list[tuple[CategoryField, FieldDefinition]]] = {}
    if not ids:
        return out
    rows = session.scalars(select(CategoryField).where(CategoryField.category_id.in_(ids))
                           .order_by(CategoryField.sort_order, CategoryField.id)).all()
    for row in rows:
        definition = replace(from_open311(json.loads(row.definition or "{}") | {"code": row.code}),
                             code=row.code, order=row.sort_order, active=bool(row.active))
        out.setdefault(row.category_id, []).append((row, definition))
    return out


def write_fields(session: Session, category_id: int, definitions: Iterable[FieldDefinition],
                 rows: dict[str, CategoryField] | None = None) -> None:
    """Store a category's questions as given (added or updated by code); `rows` are the
    category's existing rows by code. Rows not named stay as they are: nothing is deleted."""
    rows = rows if rows is not None else {}
    for definition in definitions:
        row = rows.get(definition.code) or CategoryField(category_id=category_id,
                                                          code=definition.code)
        row.sort_order = definition.order
        row.active = definition.active
        row.definition = json.dumps(to_open311(definition), ensure_ascii=False)
        session.add(row)


def _setting(session: Session, office_id: int, key: str) -> str:
    row = session.get(OfficeSetting, (office_id, key))
    return row.value if row is not None else ""


def _map_spec(session: Session, office_id: int) -> MapSpec:
    # The defaults the map falls back on are written out: a file says what the office gets.
    from fondue_desk.services.map_settings import MapSettings

    stored = dict(session.execute(
        select(OfficeSetting.key, OfficeSetting.value)
        .where(OfficeSetting.office_id == office_id,
               OfficeSetting.key.in_(list(MAP_KEYS.values())))).all())
    shown = MapSettings()
    values: dict[str, object] = {}
    for name, key in MAP_KEYS.items():
        default = getattr(shown, name, "")
        value = stored.get(key)
        if isinstance(default, int):
            values[name] = int(value) if value is not None and value.isdigit() else default
        else:
            values[name] = value if value else default
    return MapSpec(**values)
