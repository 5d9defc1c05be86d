"""What an import does to a category's questions: matched by code, added or updated as the file
says; a question the file leaves out is retired, never deleted, and a choice some complaint
picked is retired rather than removed, so no answer is ever lost or left without its words.
A question that holds answers keeps its kind: "12" stored as a number must not become a date.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Category, CategoryField, ComplaintFieldValue
from fondue_desk.domain.custom_fields import EXTENSION, FieldDefinition
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.office_config import CategorySpec, OfficeConfig

# (action, subject, key, name, fields): importer.Change's fields, in its order.
FieldChange = tuple[str, str, str, str, tuple[str, ...]]
_COMPARED = tuple(f.name for f in fields(FieldDefinition) if f.name != "code")


@dataclass(frozen=True)
class Answered:
    """What complaints of the office hold answers to: (category code, field code) and, per
    such field, the choice keys picked."""

    fields: frozenset[tuple[str, str]]
    choices: dict[tuple[str, str], frozenset[str]]


def answered(session: Session, office_id: int) -> Answered:
    rows = session.execute(
        select(Category.code, CategoryField.code, ComplaintFieldValue.choice_key).distinct()
        .join(CategoryField, CategoryField.category_id == Category.id)
        .join(ComplaintFieldValue, ComplaintFieldValue.field_id == CategoryField.id)
        .where(Category.office_id == office_id)).all()
    choices: dict[tuple[str, str], set[str]] = {}
    for category, field, key in rows:
        picked = choices.setdefault((category, field), set())
        if key is not None:
            picked.add(key)
    return Answered(frozenset(choices), {k: frozenset(v) for k, v in choices.items()})


def with_kept_fields(old: OfficeConfig, new: OfficeConfig, used: Answered) -> OfficeConfig:
    """`new` with what the import must keep: retired questions the file leaves out and the
    picked choices it drops. InvalidInput when the file changes the kind of an answered
    question."""
    before = {c.code: c for c in old.categories}
    errors: list[FieldError] = []
    categories = []
    for i, spec in enumerate(new.categories):
        previous = before.get(spec.code)
        if previous is None:
            categories.append(spec)
            continue
        kept = {d.code: d for d in previous.fields}
        merged = []
        for j, definition in enumerate(spec.fields):
            was = kept.get(definition.code)
            if was is not None and (spec.code, was.code) in used.fields:
                if was.kind != definition.kind:
                    errors.append(FieldError(
                        f"categories[{i}].fields[{j}].{EXTENSION}.kind",
                        "config_field.kind_in_use",
                        {"code": definition.code, "kind": definition.kind.value,
                         "was": was.kind.value}))
                definition = _keep_picked(definition, was,
                                          used.choices.get((spec.code, was.code), frozenset()))
            merged.append(definition)
        listed = {d.code for d in spec.fields}
        merged += [replace(d, active=False) for d in previous.fields if d.code not in listed]
        categories.append(replace(spec, fields=tuple(merged)))
    if errors:
        raise InvalidInput(errors)
    return replace(new, categories=tuple(categories))


def _keep_picked(definition: FieldDefinition, was: FieldDefinition, picked: frozenset[str]
                 ) -> FieldDefinition:
    listed = {c.key for c in definition.choices}
    dropped = tuple(replace(c, active=False) for c in was.all_choices()
                    if c.key in picked and c.key not in listed)
    return replace(definition, choices=definition.choices + dropped) if dropped else definition


def field_changes(old: CategorySpec | None, new: CategorySpec) -> list[FieldChange]:
    """The changes to one category's questions (`new` as with_kept_fields returns it)."""
    before = {d.code: d for d in old.fields} if old is not None else {}
    out: list[FieldChange] = []
    for definition in new.fields:
        key = f"{new.code}.{definition.code}"
        was = before.get(definition.code)
        if was is None:
            out.append(("added", "field", key, definition.label, ()))
            continue
        if was.active and not definition.active:
            out.append(("retired", "field", key, definition.label, ()))
            continue
        differ = tuple(n for n in _COMPARED if getattr(was, n) != getattr(definition, n))
        if differ:
            out.append(("updated", "field", key, definition.label, differ))
        old_choices = {c.key: c for c in was.all_choices()}
        for choice in definition.choices:
            if not choice.active and old_choices.get(choice.key, choice).active:
                out.append(("retired", "choice", f"{key}.{choice.key}", choice.name, ()))
    return out
