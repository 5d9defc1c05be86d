"""Settings → Categories: the office's categories, their SLAs, colours, order and default crew.

A category complaints use is retired, never deleted, so old complaints keep their category and
print as they did. Two categories can be merged: the complaints move to the target, each gets
a history entry, and the sources are retired pointing at it. Admin only.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, ComplaintEdit, Crew, CrewCategory
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.codes import is_valid_code, slug
from fondue_desk.domain.duplicates import DEFAULT_DAYS, DEFAULT_RADIUS_M, check_limits
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.history_notes import CATEGORY_MERGED
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.text import clean_text

from .access import acting_user

SLA_RANGE = (1, 365)
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
MAX_NAME = 120
# What a moved complaint's history entry said before notes were codes (its `note` text);
# rows written since carry note_code CATEGORY_MERGED (domain.history_notes) and no note.
MERGE_NOTE = "category.merged"


@dataclass(frozen=True)
class CategoryInput:
    name_th: str
    name_en: str = ""
    colour: str = "#607d8b"
    sla_days: int = 7
    default_crew_id: int | None = None
    sort_order: int | None = None     # None: after the last one
    active: bool = True
    code: str = ""                    # "" : made from the English name
    photo_required: bool = False      # intake refuses a complaint without a photo
    # Intake offers open complaints this near and this recent as duplicates (domain.duplicates).
    duplicate_radius_m: int = DEFAULT_RADIUS_M
    duplicate_days: int = DEFAULT_DAYS


@dataclass(frozen=True)
class CategoryAdminView:
    id: int
    code: str
    name_th: str
    name_en: str
    colour: str
    sla_days: int
    default_crew_id: int | None
    default_crew_name: str
    sort_order: int
    active: bool
    merged_into_id: int | None
    complaint_count: int
    photo_required: bool = False
    duplicate_radius_m: int = DEFAULT_RADIUS_M
    duplicate_days: int = DEFAULT_DAYS

    def as_input(self, **changes: object) -> CategoryInput:
        values = {"name_th": self.name_th, "name_en": self.name_en, "colour": self.colour,
                  "sla_days": self.sla_days, "default_crew_id": self.default_crew_id,
                  "sort_order": self.sort_order, "active": self.active, "code": self.code,
                  "photo_required": self.photo_required,
                  "duplicate_radius_m": self.duplicate_radius_m,
                  "duplicate_days": self.duplicate_days}
        return CategoryInput(**(values | changes))


@dataclass(frozen=True)
class MergeResult:
    target_id: int
    source_ids: tuple[int, ...]
    moved: int                        # complaints that now belong to the target


def check_category(data: CategoryInput) -> list[FieldError]:
    """The rules one row must keep, without the database (the settings page checks as you type)."""
    errors: list[FieldError] = []
    for name, text in (("name_th", data.name_th), ("name_en", data.name_en)):
        try:
            cleaned = clean_text(text, max_length=MAX_NAME)
        except RuleViolation as exc:
            errors.append(FieldError(name, exc.code, exc.params))
            continue
        if name == "name_th" and not cleaned:
            errors.append(FieldError(name, "name.required"))
    if not isinstance(data.colour, str) or not COLOUR.fullmatch(data.colour.strip()):
        errors.append(FieldError("colour", "colour.invalid"))
    sla = data.sla_days
    if isinstance(sla, bool) or not isinstance(sla, int) or not (
            SLA_RANGE[0] <= sla <= SLA_RANGE[1]):
        errors.append(FieldError("sla_days", "sla.range",
                                 {"min": SLA_RANGE[0], "max": SLA_RANGE[1]}))
    if data.code and not is_valid_code(data.code):
        errors.append(FieldError("code", "code.invalid"))
    errors += check_limits(data.duplicate_radius_m, data.duplicate_days)
    return errors


def list_categories(db: Database, office_id: int) -> list[CategoryAdminView]:
    """Every category of the office, retired ones too, in the order forms show them."""
    with db.read() as session:
        counts = dict(session.execute(
            select(Complaint.category_id, func.count())
            .where(Complaint.office_id == office_id).group_by(Complaint.category_id)).all())
        rows = session.scalars(select(Category).where(Category.office_id == office_id)
                               .order_by(Category.sort_order, Category.name_th, Category.id))
        return [_view(session, c, counts.get(c.id, 0)) for c in rows]


def save_category(db: Database, actor_id: int, data: CategoryInput, *,
                  category_id: int | None = None) -> CategoryAdminView:
    """Create (category_id None) or update one category."""
    return save_categories(db, actor_id, [(category_id, data)])[0]


def save_categories(db: Database, actor_id: int,
                    rows: Sequence[tuple[int | None, CategoryInput]]) -> list[CategoryAdminView]:
    """Several rows in one transaction (the settings table's OK); all or nothing.

    Each FieldError carries params["row"], the row's index in `rows`.
    """
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        office_id = actor.office_id
        errors: list[FieldError] = []
        targets: list[Category] = []
        for index, (category_id, data) in enumerate(rows):
            row_errors = check_category(data)
            category = (Category(office_id=office_id) if category_id is None
                        else _office_category(session, office_id, category_id))
            if data.default_crew_id is not None and not _crew_ok(session, office_id,
                                                                data.default_crew_id):
                row_errors.append(FieldError("default_crew_id", "crew.not_found"))
            errors += [FieldError(e.field, e.code, {**e.params, "row": index})
                       for e in row_errors]
            targets.append(category)
        if errors:
            raise InvalidInput(errors)
        next_order = (session.scalar(select(func.max(Category.sort_order))
                                     .where(Category.office_id == office_id)) or 0)
        codes = _codes(session, office_id, targets, [data for _id, data in rows])
        for category, (_id, data), code in zip(targets, rows, codes, strict=True):
            category.name_th = clean_text(data.name_th, max_length=MAX_NAME)
            category.name_en = clean_text(data.name_en, max_length=MAX_NAME)
            category.colour = data.colour.strip().lower()
            category.sla_days = data.sla_days
            category.default_crew_id = data.default_crew_id
            category.active = bool(data.active) if category.merged_into_id is None else False
            category.code = code
            category.photo_required = bool(data.photo_required)
            category.duplicate_radius_m = data.duplicate_radius_m
            category.duplicate_days = data.duplicate_days
            if data.sort_order is not None:
                category.sort_order = data.sort_order
            elif category.id is None:
                next_order += 10
                category.sort_order = next_order
            session.add(category)
        session.flush()
        _check_names(session, office_id, targets)
        return [_view(session, c, _count(session, c.id)) for c in targets]


def set_category_active(db: Database, actor_id: int, category_id: int, active: bool
                        ) -> CategoryAdminView:
    """Retire (False) or reactivate (True). Retired: forms stop offering it; old complaints keep
    it. A merged category stays retired."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        category = _office_category(session, actor.office_id, category_id)
        if active and category.merged_into_id is not None:
            raise Conflict("category.merged", category=category.name_th)
        category.active = bool(active)
        session.flush()
        return _view(session, category, _count(session, category.id))


def delete_category(db: Database, actor_id: int, category_id: int) -> None:
    """Only a category nothing refers to; one with complaints must be retired instead."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        category = _office_category(session, actor.office_id, category_id)
        if _count(session, category.id):
            raise Conflict("category.in_use", category=category.name_th)
        if session.scalar(select(Category.id).where(Category.merged_into_id == category.id)):
            raise Conflict("category.in_use", category=category.name_th)
        session.execute(delete(CrewCategory).where(CrewCategory.category_id == category.id))
        session.delete(category)


def reorder_categories(db: Database, actor_id: int, ordered_ids: Sequence[int]
                       ) -> list[CategoryAdminView]:
    """The given ids first, in that order (10, 20, …); any others keep their order after them."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        _apply_order(session, actor.office_id, ordered_ids)
    return list_categories(db, actor.office_id)


def merge_categories(db: Database, actor_id: int, source_ids: Sequence[int], target_id: int,
                     ) -> MergeResult:
    """Move every complaint of the sources to the target, with a history entry each; the
    sources are retired with merged_into_id set. Due dates stay: the promise was made."""
    sources = list(dict.fromkeys(source_ids))
    if not sources:
        raise InvalidInput([FieldError("source_ids", "category.none_selected")])
    if target_id in sources:
        raise InvalidInput([FieldError("target_id", "category.merge_into_itself")])
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        target = _office_category(session, actor.office_id, target_id)
        if target.merged_into_id is not None:
            raise Conflict("category.merged", category=target.name_th)
        moved = 0
        now = now_thai()
        for source_id in sources:
            source = _office_category(session, actor.office_id, source_id)
            ids = session.scalars(select(Complaint.id).where(
                Complaint.office_id == actor.office_id,
                Complaint.category_id == source.id)
                # Locked in id order like every complaint write, so an edit changing one of
                # them meanwhile is neither lost nor recorded with the wrong old category.
                .order_by(Complaint.id).with_for_update()).all()
            session.add_all(ComplaintEdit(
                complaint_id=cid, field="category_id", old_value=str(source.id),
                new_value=str(target.id), by_user_id=actor.id, at=now,
                note_code=CATEGORY_MERGED)
                for cid in ids)
            session.execute(update(Complaint).where(Complaint.id.in_(ids))
                            .values(category_id=target.id),
                            execution_options={"synchronize_session": False})
            # Categories merged into this source earlier now point at the final target.
            session.execute(update(Category).where(Category.merged_into_id == source.id)
                            .values(merged_into_id=target.id))
            _serve_target(session, source.id, target.id)
            source.active = False
            source.merged_into_id = target.id
            moved += len(ids)
        session.flush()
        return MergeResult(target.id, tuple(sources), moved)


def _serve_target(session: Session, source_id: int, target_id: int) -> None:
    """A crew that served the source now serves the target: suggestions keep working."""
    crews = session.scalars(select(CrewCategory.crew_id)
                            .where(CrewCategory.category_id == source_id)).all()
    serving = set(session.scalars(select(CrewCategory.crew_id)
                                  .where(CrewCategory.category_id == target_id)).all())
    session.add_all(CrewCategory(crew_id=c, category_id=target_id)
                    for c in crews if c not in serving)


def _apply_order(session: Session, office_id: int, ordered_ids: Sequence[int]) -> None:
    categories = {c.id: c for c in session.scalars(
        select(Category).where(Category.office_id == office_id))}
    unknown = [i for i in ordered_ids if i not in categories]
    if unknown:
        raise NotFound("category.not_found", category_id=unknown[0])
    rest = sorted((c for i, c in categories.items() if i not in set(ordered_ids)),
                  key=lambda c: (c.sort_order, c.name_th, c.id))
    for position, category in enumerate([categories[i] for i in dict.fromkeys(ordered_ids)]
                                        + rest, start=1):
        category.sort_order = 10 * position


def _check_names(session: Session, office_id: int, saved: list[Category]) -> None:
    """Two categories with one Thai name cannot be told apart in a combo or a filter."""
    rows = session.execute(select(Category.id, Category.name_th)
                           .where(Category.office_id == office_id)).all()
    seen: dict[str, int] = {}
    clashes = set()
    for category_id, name in rows:
        key = name.casefold()
        if key in seen:
            clashes.add(key)
        seen.setdefault(key, category_id)
    errors = [FieldError("name_th", "category.name_taken", {"row": index, "name": c.name_th})
              for index, c in enumerate(saved) if c.name_th.casefold() in clashes]
    if errors:
        raise InvalidInput(errors)


def _codes(session: Session, office_id: int, targets: list[Category],
           inputs: list[CategoryInput]) -> list[str]:
    """Each row's code: the one asked for, the one it has, or one made from its English name;
    never one another category of the office holds (a suffix -2, -3 … tells them apart)."""
    saved_ids = {c.id for c in targets if c.id is not None}
    taken = {code for cid, code in session.execute(
        select(Category.id, Category.code).where(Category.office_id == office_id))
        if cid not in saved_ids}
    wanted = [data.code or category.code or slug(data.name_en, fallback="category")
              for category, data in zip(targets, inputs, strict=True)]
    # Rows that keep their code claim it first, so a new row never takes it from them.
    keep = [w == c.code and bool(w) for w, c in zip(wanted, targets, strict=True)]
    codes = ["" for _ in targets]
    for only_kept in (True, False):
        for index, (base, kept) in enumerate(zip(wanted, keep, strict=True)):
            if kept != only_kept:
                continue
            base = base if is_valid_code(base) else "category"
            if inputs[index].code and base != targets[index].code and base in taken:
                raise InvalidInput([FieldError("code", "code.taken", {"row": index})])
            code, n = base, 1
            while code in taken:
                n += 1
                code = base[:40 - len(f"-{n}")] + f"-{n}"
            taken.add(code)
            codes[index] = code
    return codes


def _crew_ok(session: Session, office_id: int, crew_id: int) -> bool:
    crew = session.get(Crew, crew_id)
    return crew is not None and crew.office_id == office_id


def _office_category(session: Session, office_id: int, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None or category.office_id != office_id:
        raise NotFound("category.not_found", category_id=category_id)
    return category


def _count(session: Session, category_id: int | None) -> int:
    if category_id is None:
        return 0
    return session.scalar(select(func.count()).select_from(Complaint)
                          .where(Complaint.category_id == category_id)) or 0


def _view(session: Session, c: Category, complaints: int) -> CategoryAdminView:
    crew = session.get(Crew, c.default_crew_id) if c.default_crew_id else None
    return CategoryAdminView(
        id=c.id, code=c.code, name_th=c.name_th, name_en=c.name_en, colour=c.colour,
        sla_days=c.sla_days, default_crew_id=c.default_crew_id,
        default_crew_name=crew.name if crew else "", sort_order=c.sort_order,
        active=c.active, merged_into_id=c.merged_into_id, complaint_count=complaints,
        photo_required=bool(c.photo_required),
        duplicate_radius_m=c.duplicate_radius_m, duplicate_days=c.duplicate_days)
