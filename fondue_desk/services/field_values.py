"""Storing and reading complaints' answers to their categories' own fields.

One row per answer, one per picked choice of a several-choices field (choice_key set, so the
register filters on an indexed key). Rows are only ever replaced by an edit of the same
field: answers to another category's fields stay when a complaint changes category, and read
as retired, so nothing a clerk typed is lost.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fondue_desk.db.models import CategoryField, Complaint, ComplaintFieldValue
from fondue_desk.domain.custom_fields import CHOICE_KINDS, FieldDefinition, FieldValue
from fondue_desk.domain.field_answers import answer_value

from .category_fields import definition_of

FieldRow = tuple[int, FieldDefinition]   # the field's id and its definition


def category_definitions(session: Session, category_id: int | None, *, lock: bool = False
                         ) -> list[FieldRow]:
    """Every field of the category, retired ones too, in order.

    `lock`: the answers about to be stored were checked against these definitions, so hold
    them (FOR SHARE on PostgreSQL; SQLite's write lock already serialises) until the commit:
    an admin removing a choice at that moment waits, then sees the answer and refuses.
    """
    if category_id is None:
        return []
    query = (select(CategoryField).where(CategoryField.category_id == category_id)
             .order_by(CategoryField.sort_order, CategoryField.id))
    if lock:
        query = query.with_for_update(read=True)
    return [(row.id, definition_of(row)) for row in session.scalars(query)]


def stored_raw(session: Session, complaint_id: int) -> dict[int, tuple[str, ...]]:
    """The complaint's stored answers by field id."""
    result: dict[int, list[str]] = {}
    for field_id, value in session.execute(
            select(ComplaintFieldValue.field_id, ComplaintFieldValue.value)
            .where(ComplaintFieldValue.complaint_id == complaint_id)
            .order_by(ComplaintFieldValue.id)):
        result.setdefault(field_id, []).append(value)
    return {k: tuple(v) for k, v in result.items()}


def previous_by_code(fields: Iterable[FieldRow], stored: Mapping[int, tuple[str, ...]]
                     ) -> dict[str, tuple[str, ...]]:
    return {d.code: stored[fid] for fid, d in fields if fid in stored}


def replace_answer(session: Session, complaint_id: int, field: FieldRow,
                   raw: tuple[str, ...]) -> None:
    field_id, _definition = field
    session.execute(delete(ComplaintFieldValue).where(
        ComplaintFieldValue.complaint_id == complaint_id,
        ComplaintFieldValue.field_id == field_id))
    add_answer(session, complaint_id, field, raw)


def add_answer(session: Session, complaint_id: int, field: FieldRow,
               raw: tuple[str, ...]) -> None:
    field_id, definition = field
    is_choice = definition.kind in CHOICE_KINDS
    session.add_all(ComplaintFieldValue(complaint_id=complaint_id, field_id=field_id,
                                        value=value, choice_key=value if is_choice else None)
                    for value in raw)


def values_in_order(fields: Iterable[FieldRow], answers: Mapping[str, tuple[str, ...]]
                    ) -> tuple[FieldValue, ...]:
    """The answers of one category's fields as readers show them, in field order."""
    return tuple(answer_value(d, answers[d.code]) for _fid, d in fields if answers.get(d.code))


def field_values_of(session: Session, complaints: Iterable[Complaint]
                    ) -> dict[int, tuple[FieldValue, ...]]:
    """Each complaint's answers in its category's field order; answers to another category's
    fields (kept from before a change of category) follow, marked retired."""
    category_of = {c.id: c.category_id for c in complaints}
    if not category_of:
        return {}
    rows = session.execute(
        select(ComplaintFieldValue.complaint_id, ComplaintFieldValue.value, CategoryField)
        .join(CategoryField, CategoryField.id == ComplaintFieldValue.field_id)
        .where(ComplaintFieldValue.complaint_id.in_(list(category_of)))
        .order_by(ComplaintFieldValue.id)).all()
    definitions: dict[int, FieldDefinition] = {}
    raw: dict[int, dict[int, list[str]]] = {}
    fields: dict[int, CategoryField] = {}
    for complaint_id, value, field in rows:
        fields[field.id] = field
        raw.setdefault(complaint_id, {}).setdefault(field.id, []).append(value)
    result: dict[int, tuple[FieldValue, ...]] = {}
    for complaint_id, by_field in raw.items():
        own = category_of[complaint_id]

        def place(field_id: int, own: int = own) -> tuple[bool, int, int, int]:
            f = fields[field_id]
            return (f.category_id != own, f.category_id, f.sort_order, f.id)

        values = []
        for field_id in sorted(by_field, key=place):
            field = fields[field_id]
            definition = definitions.get(field_id)
            if definition is None:
                definition = definitions[field_id] = definition_of(field)
            value = answer_value(definition, tuple(by_field[field_id]))
            if field.category_id != own and not value.retired:
                value = replace(value, retired=True)
            values.append(value)
        result[complaint_id] = tuple(values)
    return result
