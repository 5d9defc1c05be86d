"""Importing a configuration file into a live office: first a plan of every change, then all of
it in one transaction, or nothing.

Categories and villages are matched on their `code`, crews on their name. A row the file no
longer lists is retired (active = False) when anything refers to it and deleted only when
nothing does, so old complaints keep their category, village and crew and still print.
Users and passwords are never touched.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Assignment,
    Category,
    CategoryField,
    Complaint,
    Crew,
    CrewCategory,
    JobResult,
    Office,
    OfficeSetting,
    Village,
    WorkOrder,
)
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.labels import DEFAULT_STATUSES, StatusOverride, village_label
from fondue_desk.domain.office_config import (
    DisplaySpec,
    MapSpec,
    NumberingSpec,
    OfficeConfig,
    OfficeProfile,
    VillageSpec,
)
from fondue_desk.domain.permissions import Action
from fondue_desk.services.access import acting_user
from fondue_desk.services.labels import write_status_labels
from fondue_desk.services.office_settings import put_setting

from .field_import import answered, field_changes, with_kept_fields
from .rules import checked_config
from .storage import (
    MAP_KEYS,
    TAMBON_CODE_KEY,
    category_fields,
    display_values,
    map_values,
    office_columns,
    read_config,
    write_fields,
)

LETTER_FIELDS = ("document_code", "division", "signatory_name", "signatory_position",
                 "thai_digits", "emblem_png", "signature_png")
PROFILE_FIELDS = tuple(f.name for f in fields(OfficeProfile) if f.name not in LETTER_FIELDS)


@dataclass(frozen=True)
class Change:
    action: str                   # "added", "updated", "retired" or "deleted"
    subject: str                  # "office", "letters", "numbering", "map", "display", "labels",
                                  # "village", "category", "crew", "field" or "choice"
    key: str = ""                 # the code (crew: the name; field: "category.field"; choice:
                                  # "category.field.choice"); "" for the office's settings
    name: str = ""                # what a person calls it: "หมู่ที่ 3 บ้านหนองแวง"
    fields: tuple[str, ...] = ()  # what an update changes


@dataclass(frozen=True)
class ImportPlan:
    changes: tuple[Change, ...]
    applied: bool                 # False for a dry run

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def describe(self, lang: str = "th") -> list[str]:
        return [describe_change(c, lang) for c in self.changes]


def plan_import(db: Database, office_id: int, config: OfficeConfig) -> ImportPlan:
    """What importing `config` would change; InvalidInput when it cannot be imported."""
    config = checked_config(config, complete=True)
    with db.read() as session:
        return ImportPlan(_plan(session, office_id, config)[0], applied=False)


def apply_import(db: Database, actor_id: int, config: OfficeConfig, *, dry_run: bool = False
                 ) -> ImportPlan:
    """Make the actor's office look like `config`, all or nothing; admin only
    (Action.MANAGE_SETTINGS). With dry_run the plan is returned and nothing changes."""
    config = checked_config(config, complete=True)
    unit = db.read if dry_run else db.write
    with unit() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        changes, merged = _plan(session, office_id, config)
        if not dry_run:
            _apply(session, office_id, merged, changes)
        return ImportPlan(changes, applied=not dry_run)


# ---- the plan ----

def _plan(session: Session, office_id: int, new: OfficeConfig
          ) -> tuple[tuple[Change, ...], OfficeConfig]:
    """The changes, and `new` as it will be stored (with the questions it must keep)."""
    old = read_config(session, office_id)
    try:
        # Compared as the rules would store it: a phone saved as "053-123 456" before the
        # rule existed is not a change the admin made.
        old = checked_config(old, complete=False)
    except InvalidInput:
        pass
    changes: list[Change] = []
    office_name = new.office.name
    for subject, names in (("office", PROFILE_FIELDS), ("letters", LETTER_FIELDS)):
        differ = _differing(old.office, new.office, names)
        if differ:
            changes.append(Change("updated", subject, "", office_name, differ))
    for subject, kind, old_spec, new_spec in (("numbering", NumberingSpec, old.numbering,
                                               new.numbering),
                                              ("map", MapSpec, old.map, new.map),
                                              ("display", DisplaySpec, old.display,
                                               new.display)):
        differ = _differing(old_spec, new_spec, [f.name for f in fields(kind)])
        if differ:
            changes.append(Change("updated", subject, "", office_name, differ))
    relabelled = _relabelled(old.status_labels, new.status_labels)
    if relabelled:
        changes.append(Change("updated", "labels", "", office_name, relabelled))
    used = _used(session, office_id)
    _check_numbers(old.villages, new.villages, used["village"])
    changes += _rows("village", old.villages, new.villages, lambda v: v.code, _village_name,
                     used["village"])
    changes += _rows("category", old.categories, new.categories, lambda c: c.code,
                     lambda c: c.name_th, used["category"])
    changes += _rows("crew", old.crews, new.crews, lambda c: c.name.casefold(),
                     lambda c: c.name, used["crew"])
    new = with_kept_fields(old, new, answered(session, office_id))
    before = {c.code: c for c in old.categories}
    for spec in new.categories:
        changes += [Change(*c) for c in field_changes(before.get(spec.code), spec)]
    return tuple(changes), new


def _rows(subject: str, old_rows, new_rows, key, name, used: set[str]) -> list[Change]:
    before = {key(r): r for r in old_rows}
    after = {key(r): r for r in new_rows}
    out = []
    for k, row in after.items():
        if k not in before:
            out.append(Change("added", subject, k, name(row)))
            continue
        # A category's questions are changes of their own ("field"), not the category's.
        differ = _differing(before[k], row, [f.name for f in fields(type(row))
                                             if f.name != "fields"])
        if differ:
            out.append(Change("updated", subject, k, name(row), differ))
    for k, row in before.items():
        if k in after:
            continue
        if k in used:
            if row.active:
                out.append(Change("retired", subject, k, name(row)))
        else:
            out.append(Change("deleted", subject, k, name(row)))
    return out


def _differing(old: object, new: object, names) -> tuple[str, ...]:
    out = []
    for name in names:
        a, b = getattr(old, name), getattr(new, name)
        if name == "categories":  # a crew's categories are a set; the file's order is free
            a, b = set(a), set(b)
        if a != b:
            out.append(name)
    return tuple(out)


def _used(session: Session, office_id: int) -> dict[str, set[str]]:
    """Keys of the rows something refers to: these are retired, never deleted."""
    villages = session.scalars(select(Village.code).where(
        Village.office_id == office_id,
        exists().where(Complaint.village_id == Village.id))).all()
    merged = select(Category.merged_into_id).where(Category.merged_into_id.is_not(None))
    categories = session.scalars(select(Category.code).where(
        Category.office_id == office_id,
        or_(exists().where(Complaint.category_id == Category.id),
            Category.id.in_(merged), Category.merged_into_id.is_not(None)))).all()
    crews = session.scalars(select(Crew.name).where(
        Crew.office_id == office_id,
        or_(exists().where(Complaint.crew_id == Crew.id),
            exists().where(or_(Assignment.crew_id == Crew.id,
                               Assignment.previous_crew_id == Crew.id)),
            exists().where(WorkOrder.crew_id == Crew.id),
            exists().where(JobResult.crew_id == Crew.id),
            Crew.leader_user_id.is_not(None)))).all()
    return {"village": set(villages), "category": set(categories),
            "crew": {n.casefold() for n in crews}}


def _relabelled(old: tuple[StatusOverride, ...], new: tuple[StatusOverride, ...]
                 ) -> tuple[str, ...]:
    """The status codes whose words or colour the import changes (a status the file leaves
    out goes back to the desk's words, as Settings' Default does)."""
    before, after = {o.code: o for o in old}, {o.code: o for o in new}
    return tuple(code for code in map(str, DEFAULT_STATUSES)
                 if before.get(code, StatusOverride(code)) != after.get(code, StatusOverride(code)))


def _check_numbers(old: tuple[VillageSpec, ...], new: tuple[VillageSpec, ...],
                   used: set[str]) -> None:
    listed = {v.code for v in new}
    kept = {v.number: v.code for v in old if v.code not in listed and v.code in used}
    errors = [FieldError(f"villages[{i}].number", "village.number_taken",
                         {"number": v.number, "code": kept[v.number]})
              for i, v in enumerate(new) if v.number in kept]
    if errors:
        raise InvalidInput(errors)


def _village_name(v: VillageSpec) -> str:
    return village_label(v.number, v.name)


# ---- applying it ----

def _apply(session: Session, office_id: int, config: OfficeConfig,
           changes: tuple[Change, ...]) -> None:
    # Questions and choices are retired by writing the merged definitions, not removed here.
    gone = {(c.subject, c.key): c.action for c in changes
            if c.action in ("retired", "deleted") and c.subject in ("crew", "category", "village")}
    office = session.get(Office, office_id)
    for name, value in office_columns(config).items():
        setattr(office, name, value)
    _settings(session, office_id, config)
    if any(c.subject == "labels" for c in changes):
        # Every status written: one the file no longer renames goes back to its default.
        given = {o.code: o for o in config.status_labels}
        write_status_labels(session, office_id, [given.get(code, StatusOverride(code))
                                                 for code in map(str, DEFAULT_STATUSES)])
    crews = {c.name.casefold(): c for c in session.scalars(
        select(Crew).where(Crew.office_id == office_id))}
    categories = {c.code: c for c in session.scalars(
        select(Category).where(Category.office_id == office_id))}
    villages = {v.code: v for v in session.scalars(
        select(Village).where(Village.office_id == office_id))}
    _remove(session, gone, crews, categories, villages)
    _apply_villages(session, office_id, config.villages, villages)
    for spec in config.categories:
        row = categories.get(spec.code) or Category(office_id=office_id, code=spec.code)
        categories[spec.code] = row
        _copy(row, spec, ("name_th", "name_en", "colour", "sla_days", "sort_order", "active",
                          "letter_template", "letter_subject", "photo_required",
                          "duplicate_radius_m", "duplicate_days"))
        session.add(row)
    for spec in config.crews:
        row = crews.get(spec.name.casefold()) or Crew(office_id=office_id)
        crews[spec.name.casefold()] = row
        _copy(row, spec, ("name", "leader_name", "phone", "active"))
        row.members = "\n".join(spec.members)
        row.categories = [categories[code] for code in spec.categories]
        session.add(row)
    session.flush()
    stored = category_fields(session, [c.id for c in categories.values()])
    for spec in config.categories:
        row = categories[spec.code]
        crew = crews.get(spec.default_crew.casefold()) if spec.default_crew else None
        row.default_crew_id = crew.id if crew is not None else None
        write_fields(session, row.id, spec.fields,
                     {f.code: f for f, _ in stored.get(row.id, ())})
    session.flush()


def _remove(session: Session, gone: dict, crews: dict, categories: dict, villages: dict) -> None:
    for (subject, key), action in gone.items():
        row = {"crew": crews, "category": categories, "village": villages}[subject].pop(key)
        if action == "retired":
            row.active = False
            continue
        if subject == "category":
            session.execute(delete(CrewCategory).where(CrewCategory.category_id == row.id))
            # Nothing refers to the category, so no complaint holds an answer to these.
            session.execute(delete(CategoryField).where(CategoryField.category_id == row.id))
        if subject == "crew":
            for category in categories.values():
                if category.default_crew_id == row.id:
                    category.default_crew_id = None
        session.delete(row)
    session.flush()
    session.expire_all()  # crews' category lists may name rows deleted above


def _apply_villages(session: Session, office_id: int, specs, villages: dict) -> None:
    # Numbers are unique per office: renumbered villages step aside first, so swapping
    # หมู่ 3 and หมู่ 4 never meets the constraint half-way.
    moving = [villages[s.code] for s in specs
              if s.code in villages and villages[s.code].number != s.number]
    for row in moving:
        row.number = -row.id
    session.flush()
    for spec in specs:
        row = villages.get(spec.code) or Village(office_id=office_id, code=spec.code)
        _copy(row, spec, ("number", "name", "name_en", "lat", "lon", "active"))
        session.add(row)
    session.flush()


def _settings(session: Session, office_id: int, config: OfficeConfig) -> None:
    values = map_values(config.map)
    for key in MAP_KEYS.values():
        if key in values:
            put_setting(session, office_id, key, values[key])
        else:
            session.execute(delete(OfficeSetting).where(OfficeSetting.office_id == office_id,
                                                        OfficeSetting.key == key))
    for key, value in display_values(config.display).items():
        put_setting(session, office_id, key, value)
    if config.office.tambon_code:
        put_setting(session, office_id, TAMBON_CODE_KEY, config.office.tambon_code)
    else:
        session.execute(delete(OfficeSetting).where(OfficeSetting.office_id == office_id,
                                                    OfficeSetting.key == TAMBON_CODE_KEY))


def _copy(row: object, spec: object, names: tuple[str, ...]) -> None:
    for name in names:
        setattr(row, name, getattr(spec, name))


# ---- words ----

_SUBJECTS = {"office": ("ข้อมูลสำนักงาน", "office profile"),
             "letters": ("การตั้งค่าหนังสือ", "letter settings"),
             "numbering": ("รูปแบบเลขที่", "numbering formats"),
             "map": ("การตั้งค่าแผนที่", "map settings"), "village": ("หมู่บ้าน", "village"),
             "display": ("การแสดงวันที่", "date display"),
             "labels": ("ชื่อและสีของสถานะ", "status names and colours"),
             "category": ("ประเภทเรื่อง", "category"), "crew": ("ทีมช่าง", "crew"),
             "field": ("ช่องข้อมูล", "field"), "choice": ("ตัวเลือก", "choice")}
_ACTIONS = {
    "added": ("เพิ่ม{subject} {name}", "add {subject} {name}"),
    "updated": ("แก้ไข{subject} {name} ({fields})", "update {subject} {name} ({fields})"),
    "retired": ("เลิกใช้{subject} {name} (มีเรื่องร้องเรียนอ้างถึง จึงเก็บไว้ ไม่ลบ)",
                "retire {subject} {name} (records refer to it, so it is kept)"),
    "deleted": ("ลบ{subject} {name} (ไม่มีเรื่องใดอ้างถึง)",
                "delete {subject} {name} (nothing refers to it)"),
}

# A question or a choice is never deleted: its answers keep their words.
_ANSWER_ACTIONS = {
    "retired": ("เลิกใช้{subject} {name} (คำตอบเดิมยังเก็บไว้และแสดงได้)",
                "retire {subject} {name} (answers already given are kept and shown)"),
}


def describe_change(change: Change, lang: str = "th") -> str:
    """"เพิ่มประเภทเรื่อง น้ำประปา" / "add category น้ำประปา"."""
    i = 1 if lang == "en" else 0
    subject = _SUBJECTS.get(change.subject, (change.subject, change.subject))[i]
    if (change.subject in ("office", "letters", "numbering", "map", "display", "labels")
            and change.action == "updated"):
        return (f"แก้ไข{subject} ({', '.join(change.fields)})" if i == 0
                else f"update {subject} ({', '.join(change.fields)})")
    name = change.name or change.key
    if change.subject in ("village", "category", "field", "choice") and change.key:
        name = f"{name} [{change.key}]"
    texts = _ANSWER_ACTIONS if change.subject in ("field", "choice") else _ACTIONS
    return texts.get(change.action, _ACTIONS[change.action])[i].format(
        subject=subject, name=name, fields=", ".join(change.fields))
