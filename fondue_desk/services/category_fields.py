"""Settings → Categories → fields: the questions an office asks for each category.

A field complaints hold answers for is never deleted and never changes its code or kind, and
a choice that was picked is never removed, only retired: old complaints must read and print
exactly as they did. Admin only; one transaction per action.

Two admins saving the same field: the last save wins, but each save is checked inside its own
write transaction against the answers stored at that moment, so no save can drop a choice or
change a kind that complaints already use, whatever the other admin did meanwhile.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, CategoryField, ComplaintFieldValue
from fondue_desk.domain.custom_fields import (
    CHOICE_KINDS,
    NO,
    YES,
    Choice,
    FieldDefinition,
    FieldKind,
    from_open311,
    to_open311,
)
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.text import clean_text

from .access import acting_user

# Field codes are category codes' shape plus "_", which Open311 attribute codes often use.
FIELD_CODE = re.compile(r"[a-z][a-z0-9_-]{1,39}")
CHOICE_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
MAX_LABEL = 200
MAX_HELP = 500
MAX_UNIT = 40
MAX_NOTICE = 300
MAX_CHOICES = 100
ORDER_STEP = 10


@dataclass(frozen=True)
class CategoryFieldView:
    id: int
    category_id: int
    definition: FieldDefinition
    used_by: int            # complaints holding an answer


def definition_of(row: CategoryField) -> FieldDefinition:
    """The stored definition, with the columns (order, active) as the truth."""
    definition = from_open311(json.loads(row.definition))
    return replace(definition, code=row.code, order=row.sort_order, active=row.active)


def list_fields(db: Database, category_id: int, *, include_retired: bool = False
                ) -> list[CategoryFieldView]:
    with db.read() as session:
        rows = _rows(session, category_id, include_retired=include_retired)
        used = _used_counts(session, [r.id for r in rows])
        return [CategoryFieldView(r.id, r.category_id, definition_of(r), used.get(r.id, 0))
                for r in rows]


def office_fields(db: Database, office_id: int) -> dict[int, tuple[FieldDefinition, ...]]:
    """The active fields of every category of the office, in order, by category id."""
    with db.read() as session:
        rows = session.scalars(
            select(CategoryField).join(Category, Category.id == CategoryField.category_id)
            .where(Category.office_id == office_id, CategoryField.active)
            .order_by(CategoryField.category_id, CategoryField.sort_order, CategoryField.id)
        ).all()
        result: dict[int, list[FieldDefinition]] = {}
        for row in rows:
            result.setdefault(row.category_id, []).append(definition_of(row))
        return {cid: tuple(defs) for cid, defs in result.items()}


def save_field(db: Database, actor_id: int, category_id: int, definition: FieldDefinition,
               *, field_id: int | None = None) -> CategoryFieldView:
    """Add a field (last in the category) or change one; InvalidInput names what is wrong."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        _office_category(session, actor.office_id, category_id)
        row = None
        if field_id is not None:
            # Held to the commit: an intake checking answers against this field waits (see
            # field_values.category_definitions), so a choice it picks is never removed.
            row = session.get(CategoryField, field_id, with_for_update=True)
            if row is None or row.category_id != category_id:
                raise NotFound("custom_field.not_found", field_id=field_id)
        others = [r for r in _rows(session, category_id, include_retired=True)
                  if row is None or r.id != row.id]
        clean, errors = _checked(definition)
        if row is None:
            order = max((r.sort_order for r in others), default=0) + ORDER_STEP
        else:
            order = row.sort_order
            errors += _kept_for_answers(session, row, clean)
        clean = replace(clean, order=order, active=row.active if row is not None else True)
        errors += _place_errors(clean, others)
        if errors:
            raise InvalidInput(errors)
        if row is None:
            row = CategoryField(category_id=category_id)
            session.add(row)
        row.code, row.sort_order, row.active = clean.code, order, clean.active
        row.definition = json.dumps(to_open311(clean), ensure_ascii=False)
        session.flush()
        return CategoryFieldView(row.id, category_id, definition_of(row),
                                 _used_counts(session, [row.id]).get(row.id, 0))


def retire_field(db: Database, actor_id: int, field_id: int) -> CategoryFieldView:
    """Forms stop asking it; answers already given still show and print."""
    return _set_active(db, actor_id, field_id, False)


def restore_field(db: Database, actor_id: int, field_id: int) -> CategoryFieldView:
    return _set_active(db, actor_id, field_id, True)


def move_field(db: Database, actor_id: int, field_id: int, step: int) -> list[CategoryFieldView]:
    """Move a field `step` places (negative: up) among its category's fields; the category's
    fields (retired included) in their new order. A field asked only when another field holds
    a value must stay after that field."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        row = _office_field(session, actor.office_id, field_id)
        rows = _rows(session, row.category_id, include_retired=True)
        index = rows.index(row)
        target = max(0, min(len(rows) - 1, index + step))
        rows.insert(target, rows.pop(index))
        seen: set[str] = set()
        for other in rows:
            condition = definition_of(other).show_if
            if condition is not None and condition.field not in seen:
                raise Conflict("custom_field.show_if_order", target=condition.field)
            seen.add(other.code)
        for position, other in enumerate(rows, start=1):
            other.sort_order = position * ORDER_STEP
            other.definition = json.dumps(
                to_open311(replace(definition_of(other), order=other.sort_order)),
                ensure_ascii=False)
        session.flush()
        used = _used_counts(session, [r.id for r in rows])
        return [CategoryFieldView(r.id, r.category_id, definition_of(r), used.get(r.id, 0))
                for r in rows]


# ------------------------------------------------------------------------------ helpers
def _set_active(db: Database, actor_id: int, field_id: int, active: bool) -> CategoryFieldView:
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        row = _office_field(session, actor.office_id, field_id)
        if not active:
            # A field others are shown by would hide them for good.
            for other in _rows(session, row.category_id, include_retired=False):
                condition = definition_of(other).show_if
                if other.id != row.id and condition is not None and condition.field == row.code:
                    raise Conflict("custom_field.needed_by", target=other.code)
        row.active = active
        row.definition = json.dumps(to_open311(replace(definition_of(row), active=active)),
                                    ensure_ascii=False)
        session.flush()
        return CategoryFieldView(row.id, row.category_id, definition_of(row),
                                 _used_counts(session, [row.id]).get(row.id, 0))


def _rows(session: Session, category_id: int, *, include_retired: bool) -> list[CategoryField]:
    query = select(CategoryField).where(CategoryField.category_id == category_id)
    if not include_retired:
        query = query.where(CategoryField.active)
    return list(session.scalars(query.order_by(CategoryField.sort_order, CategoryField.id)))


def _used_counts(session: Session, field_ids: list[int]) -> dict[int, int]:
    if not field_ids:
        return {}
    return dict(session.execute(
        select(ComplaintFieldValue.field_id,
               func.count(func.distinct(ComplaintFieldValue.complaint_id)))
        .where(ComplaintFieldValue.field_id.in_(field_ids))
        .group_by(ComplaintFieldValue.field_id)).all())


def _office_category(session: Session, office_id: int, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None or category.office_id != office_id:
        raise NotFound("category.not_found", category_id=category_id)
    return category


def _office_field(session: Session, office_id: int, field_id: int) -> CategoryField:
    row = session.get(CategoryField, field_id)
    if row is None or session.get(Category, row.category_id).office_id != office_id:
        raise NotFound("custom_field.not_found", field_id=field_id)
    return row


def _text(errors: list[FieldError], name: str, value: str, limit: int) -> str:
    try:
        return clean_text(value, max_length=limit)
    except RuleViolation as exc:
        errors.append(FieldError(name, exc.code, exc.params))
        return ""


def _checked(d: FieldDefinition) -> tuple[FieldDefinition, list[FieldError]]:
    """The definition cleaned, and what is wrong with it on its own."""
    errors: list[FieldError] = []
    code = (d.code or "").strip()
    if not FIELD_CODE.fullmatch(code):
        errors.append(FieldError("code", "custom_field.code_invalid"))
    try:
        kind = FieldKind(d.kind)
    except ValueError:
        errors.append(FieldError("kind", "custom_field.kind_unknown"))
        kind = FieldKind.SHORT_TEXT
    label = _text(errors, "label", d.label, MAX_LABEL)
    if not label and not any(e.field == "label" for e in errors):
        errors.append(FieldError("label", "custom_field.label_required"))
    clean = replace(
        d, code=code, kind=kind, label=label,
        label_en=_text(errors, "label_en", d.label_en, MAX_LABEL),
        help=_text(errors, "help", d.help, MAX_HELP),
        help_en=_text(errors, "help_en", d.help_en, MAX_HELP),
        unit=_text(errors, "unit", d.unit, MAX_UNIT) if kind == FieldKind.NUMBER else "",
        minimum=d.minimum if kind == FieldKind.NUMBER else None,
        maximum=d.maximum if kind == FieldKind.NUMBER else None,
        choices=_checked_choices(kind, d.choices, errors) if kind in CHOICE_KINDS else (),
        required=bool(d.required),
    )
    if any(v is not None and not math.isfinite(v) for v in (clean.minimum, clean.maximum)) \
            or (clean.minimum is not None and clean.maximum is not None
                and clean.minimum > clean.maximum):
        errors.append(FieldError("minimum", "custom_field.range"))
    return clean, errors


def _checked_choices(kind: FieldKind, choices: tuple[Choice, ...],
                     errors: list[FieldError]) -> tuple[Choice, ...]:
    if kind == FieldKind.YES_NO and not choices:
        return ()
    clean: list[Choice] = []
    for choice in choices[:MAX_CHOICES + 1]:
        key = (choice.key or "").strip()
        name = _text(errors, "choices", choice.name, MAX_LABEL)
        if not CHOICE_KEY.fullmatch(key):
            errors.append(FieldError("choices", "custom_field.choice_key_invalid", {"key": key}))
        if not name:
            errors.append(FieldError("choices", "custom_field.choice_name_required",
                                     {"key": key}))
        clean.append(replace(
            choice, key=key, name=name,
            name_en=_text(errors, "choices", choice.name_en, MAX_LABEL),
            stop_notice=_text(errors, "choices", choice.stop_notice, MAX_NOTICE),
            stop_notice_en=_text(errors, "choices", choice.stop_notice_en, MAX_NOTICE)))
    keys = [c.key for c in clean]
    if len(clean) > MAX_CHOICES:
        errors.append(FieldError("choices", "custom_field.too_many_choices",
                                 {"limit": MAX_CHOICES}))
    elif not any(c.active for c in clean):
        errors.append(FieldError("choices", "custom_field.choices_required"))
    for key in dict.fromkeys(k for k in keys if keys.count(k) > 1):
        errors.append(FieldError("choices", "custom_field.choice_duplicate", {"key": key}))
    if kind == FieldKind.YES_NO and sorted(keys) != sorted((YES, NO)):
        errors.append(FieldError("choices", "custom_field.choice_key_invalid",
                                 {"key": ", ".join(k for k in keys if k not in (YES, NO))}))
    return tuple(clean)


def _kept_for_answers(session: Session, row: CategoryField, clean: FieldDefinition
                      ) -> list[FieldError]:
    """A field with answers keeps its code and kind, and every choice an answer picked."""
    if not _used_counts(session, [row.id]):
        return []
    old = definition_of(row)
    errors = []
    if clean.code != old.code:
        errors.append(FieldError("code", "custom_field.code_fixed", {"code": old.code}))
    if clean.kind != old.kind:
        errors.append(FieldError("kind", "custom_field.kind_fixed"))
    keys = {c.key for c in clean.all_choices()}
    used = session.scalars(select(ComplaintFieldValue.choice_key).distinct().where(
        ComplaintFieldValue.field_id == row.id,
        ComplaintFieldValue.choice_key.is_not(None))).all()
    for key in sorted(k for k in used if k not in keys):
        choice = old.choice(key)
        errors.append(FieldError("choices", "custom_field.choice_in_use",
                                 {"key": key, "choice": choice.name if choice else key}))
    return errors


def _place_errors(clean: FieldDefinition, others: list[CategoryField]) -> list[FieldError]:
    """Rules against the category's other fields: a unique code, a show_if that names an
    earlier field that asks a choice, and one of its choices."""
    errors = []
    if any(o.code == clean.code for o in others):
        errors.append(FieldError("code", "custom_field.code_taken", {"code": clean.code}))
    condition = clean.show_if
    if condition is not None:
        target = next((o for o in others if o.code == condition.field
                       and o.sort_order < clean.order), None)
        target_def = definition_of(target) if target is not None else None
        if target_def is None or target_def.kind not in CHOICE_KINDS or \
                target_def.choice(condition.value) is None:
            errors.append(FieldError("show_if", "custom_field.show_if_invalid",
                                     {"target": condition.field, "value": condition.value}))
    return errors
