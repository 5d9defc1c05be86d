"""Settings → Villages: หมู่ที่ 1..n, their names and centres; retire, never delete a used one.

Rows copied from Excel (number, name, and optionally the English name and lat, lon;
tab-separated) are read here, so the settings page and the set-up assistant accept the same
paste. The English name is what English readers see ("Moo 3 Ban Mai"); "" shows the Thai one.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, Village
from fondue_desk.domain.codes import village_code
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.geo import check_in_thailand
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.text import ascii_digits, clean_text

from .access import acting_user

NUMBER_RANGE = (1, 99)
MAX_NAME = 120
_NUMBER_PREFIX = re.compile(r"^\s*(?:หมู่ที่|หมู่|ม\.|moo)?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class VillageInput:
    number: int
    name: str
    lat: float | None = None
    lon: float | None = None
    active: bool = True
    name_en: str = ""


@dataclass(frozen=True)
class VillageAdminView:
    id: int
    code: str
    number: int
    name: str
    lat: float | None
    lon: float | None
    active: bool
    complaint_count: int
    name_en: str = ""

    def as_input(self, **changes: object) -> VillageInput:
        values = {"number": self.number, "name": self.name, "lat": self.lat, "lon": self.lon,
                  "active": self.active, "name_en": self.name_en}
        return VillageInput(**(values | changes))


def check_village(data: VillageInput) -> list[FieldError]:
    errors: list[FieldError] = []
    number = data.number
    if isinstance(number, bool) or not isinstance(number, int) or not (
            NUMBER_RANGE[0] <= number <= NUMBER_RANGE[1]):
        errors.append(FieldError("number", "village.number_out_of_range",
                                 {"min": NUMBER_RANGE[0], "max": NUMBER_RANGE[1]}))
    try:
        if not clean_text(data.name, max_length=MAX_NAME):
            errors.append(FieldError("name", "name.required"))
    except RuleViolation as exc:
        errors.append(FieldError("name", exc.code, exc.params))
    try:
        clean_text(data.name_en, max_length=MAX_NAME)
    except RuleViolation as exc:
        errors.append(FieldError("name_en", exc.code, exc.params))
    if (data.lat is None) != (data.lon is None):
        errors.append(FieldError("location", "location.incomplete"))
    elif data.lat is not None:
        try:
            check_in_thailand(data.lat, data.lon)
        except RuleViolation as exc:
            errors.append(FieldError("location", exc.code, exc.params))
    return errors


def parse_pasted_rows(text: str) -> tuple[list[VillageInput], list[FieldError]]:
    """Rows copied from a spreadsheet: "3<TAB>บ้านป่าจี้[<TAB>Ban Pa Chi][<TAB>18.75<TAB>98.93]"
    (a third cell that is not a number is the English name).

    The number may be written "หมู่ที่ 3", "ม.3" or in Thai digits; a header row (no number)
    is skipped. Each FieldError names its line in params["line"] (1-based).
    """
    rows: list[VillageInput] = []
    errors: list[FieldError] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) == 1:  # pasted from a plain list: "3 บ้านป่าจี้"
            cells = [c.strip() for c in re.split(r"\s+", line.strip(), maxsplit=1)]
        if not any(cells):
            continue
        number_text = ascii_digits(_NUMBER_PREFIX.sub("", cells[0]))
        if not number_text.isdigit():
            if line_no == 1:
                continue  # the header row of the sheet
            errors.append(FieldError("number", "village.number_out_of_range",
                                     {"line": line_no, "min": NUMBER_RANGE[0],
                                      "max": NUMBER_RANGE[1]}))
            continue
        name_en = ""
        if len(cells) >= 3 and cells[2] and not _is_number(cells[2]):
            name_en = cells[2]
            cells = cells[:2] + cells[3:]
        lat = lon = None
        if len(cells) >= 4 and cells[2] and cells[3]:
            try:
                lat, lon = float(ascii_digits(cells[2])), float(ascii_digits(cells[3]))
            except ValueError:
                errors.append(FieldError("location", "location.not_a_number", {"line": line_no}))
                continue
        row = VillageInput(int(number_text), cells[1] if len(cells) > 1 else "", lat, lon,
                           name_en=name_en)
        problems = check_village(row)
        errors += [FieldError(e.field, e.code, {**e.params, "line": line_no}) for e in problems]
        if not problems:
            rows.append(row)
    return rows, errors


def _is_number(text: str) -> bool:
    try:
        float(ascii_digits(text))
    except ValueError:
        return False
    return True


def list_villages(db: Database, office_id: int) -> list[VillageAdminView]:
    with db.read() as session:
        counts = dict(session.execute(
            select(Complaint.village_id, func.count())
            .where(Complaint.office_id == office_id, Complaint.village_id.is_not(None))
            .group_by(Complaint.village_id)).all())
        rows = session.scalars(select(Village).where(Village.office_id == office_id)
                               .order_by(Village.number))
        return [_view(v, counts.get(v.id, 0)) for v in rows]


def save_village(db: Database, actor_id: int, data: VillageInput, *,
                 village_id: int | None = None) -> VillageAdminView:
    return save_villages(db, actor_id, [(village_id, data)])[0]


def save_villages(db: Database, actor_id: int,
                  rows: Sequence[tuple[int | None, VillageInput]]) -> list[VillageAdminView]:
    """Create or update several villages in one transaction; errors carry params["row"]."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        office_id = actor.office_id
        errors: list[FieldError] = []
        targets: list[Village] = []
        for index, (village_id, data) in enumerate(rows):
            errors += [FieldError(e.field, e.code, {**e.params, "row": index})
                       for e in check_village(data)]
            targets.append(Village(office_id=office_id) if village_id is None
                           else _office_village(session, office_id, village_id))
        errors += _number_clashes(session, office_id, targets, rows)
        if errors:
            raise InvalidInput(errors)
        for village, (_id, data) in zip(targets, rows, strict=True):
            village.number = data.number
            village.name = clean_text(data.name, max_length=MAX_NAME)
            village.name_en = clean_text(data.name_en, max_length=MAX_NAME)
            if data.lat is None:
                village.lat = village.lon = None
            else:
                village.lat, village.lon = check_in_thailand(data.lat, data.lon)
            village.active = bool(data.active)
            if not village.code:
                village.code = _free_code(session, office_id, data.number, targets)
            session.add(village)
        session.flush()
        return [_view(v, _count(session, v.id)) for v in targets]


def set_village_active(db: Database, actor_id: int, village_id: int, active: bool
                       ) -> VillageAdminView:
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        village = _office_village(session, actor.office_id, village_id)
        village.active = bool(active)
        session.flush()
        return _view(village, _count(session, village.id))


def delete_village(db: Database, actor_id: int, village_id: int) -> None:
    """Only a village no complaint names; a used one is retired instead."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        village = _office_village(session, actor.office_id, village_id)
        if _count(session, village.id):
            raise Conflict("village.in_use", village=village.name)
        session.delete(village)


def _number_clashes(session: Session, office_id: int, targets: list[Village],
                    rows: Sequence[tuple[int | None, VillageInput]]) -> list[FieldError]:
    saved_ids = {v.id for v in targets if v.id is not None}
    others = {number for vid, number in session.execute(
        select(Village.id, Village.number).where(Village.office_id == office_id))
        if vid not in saved_ids}
    errors, seen = [], set()
    for index, (_id, data) in enumerate(rows):
        if data.number in others or data.number in seen:
            errors.append(FieldError("number", "village.number_taken",
                                     {"row": index, "number": data.number}))
        seen.add(data.number)
    return errors


def _free_code(session: Session, office_id: int, number: int, targets: list[Village]) -> str:
    taken = set(session.scalars(select(Village.code).where(Village.office_id == office_id)))
    taken |= {v.code for v in targets if v.code}
    code, n = village_code(number), 1
    while code in taken:  # a number reused after its old village was renumbered
        n += 1
        code = f"{village_code(number)}-{n}"
    return code


def _office_village(session: Session, office_id: int, village_id: int) -> Village:
    village = session.get(Village, village_id)
    if village is None or village.office_id != office_id:
        raise NotFound("village.not_found", village_id=village_id)
    return village


def _count(session: Session, village_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Complaint)
                          .where(Complaint.village_id == village_id)) or 0


def _view(v: Village, complaints: int) -> VillageAdminView:
    return VillageAdminView(v.id, v.code, v.number, v.name, v.lat, v.lon, v.active, complaints,
                            v.name_en or "")
