"""The office's own questions as export columns: one column per field code, headed by its label
in the reader's language (English falls back to Thai), the answers worded as the detail pane
words them in that language (a multi choice's names joined).

Answers are read for a batch of rows at a time: an export of 300,000 complaints makes one
query per batch, never one per row. A retired question still gets its column while any
complaint of the office holds an answer to it, so old answers are never dropped from a report.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import TypeVar

from sqlalchemy import exists, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, CategoryField, ComplaintFieldValue
from fondue_desk.domain.custom_fields import FieldDefinition, FieldKind, from_open311
from fondue_desk.domain.field_answers import answer_value
from fondue_desk.domain.phone import format_phone, mask_phone

BATCH = 1000
Row = TypeVar("Row")


@dataclass(frozen=True)
class FieldColumn:
    code: str
    header: str                     # the label; "label (code)" when two codes share it


@dataclass(frozen=True)
class FieldColumns:
    columns: tuple[FieldColumn, ...]
    definitions: dict[int, FieldDefinition]   # by category_field id, for these columns

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


def office_columns(db: Database, office_id: int, *, lang: str = "th") -> FieldColumns:
    """The columns, in category then field order; retired fields only when answered."""
    answered = exists().where(ComplaintFieldValue.field_id == CategoryField.id)
    with db.read() as session:
        rows = session.execute(
            select(CategoryField, answered)
            .join(Category, Category.id == CategoryField.category_id)
            .where(Category.office_id == office_id)
            .order_by(Category.sort_order, Category.code, CategoryField.sort_order,
                      CategoryField.id)).all()
        definitions: dict[int, FieldDefinition] = {}
        labels: dict[str, str] = {}
        for field, has_answers in rows:
            if not field.active and not has_answers:
                continue
            definition = replace(from_open311(json.loads(field.definition or "{}")),
                                 code=field.code, active=bool(field.active))
            definitions[field.id] = definition
            label = (definition.label_en if lang == "en" else "") or definition.label
            labels.setdefault(field.code, label or field.code)
    shared = {label for label in labels.values() if list(labels.values()).count(label) > 1}
    columns = tuple(FieldColumn(code, f"{label} ({code})" if label in shared else label)
                    for code, label in labels.items())
    return FieldColumns(columns, definitions)


def with_answers(db: Database, fields: FieldColumns, rows: Iterable[Row],
                 complaint_id, *, include_contacts: bool, lang: str = "th"
                 ) -> Iterator[tuple[Row, list[str]]]:
    """Each row with its answers' texts in column order; `complaint_id(row)` names it."""
    if not fields.columns:
        for row in rows:
            yield row, []
        return
    position = {c.code: i for i, c in enumerate(fields.columns)}
    width = len(fields.columns)

    @lru_cache(maxsize=4096)
    def worded(field_id: int, raw: tuple[str, ...]) -> str:
        definition = fields.definitions[field_id]
        if definition.kind == FieldKind.PHONE:  # a person's number: masked like the caller's
            return ", ".join(format_phone(v) if include_contacts else mask_phone(v) for v in raw)
        value = answer_value(definition, raw)
        return (value.text_en or value.text) if lang == "en" else value.text

    iterator = iter(rows)
    while batch := list(islice(iterator, BATCH)):
        answers = _answers(db, [complaint_id(r) for r in batch], fields.definitions)
        for row in batch:
            values = [""] * width
            for field_id, raw in answers.get(complaint_id(row), {}).items():
                at = position[fields.definitions[field_id].code]
                text = worded(field_id, tuple(raw))
                # Two fields with one code (answers kept across a change of category)
                values[at] = f"{values[at]} / {text}" if values[at] else text
            yield row, values


def _answers(db: Database, ids: Sequence[int], definitions: dict[int, FieldDefinition]
             ) -> dict[int, dict[int, list[str]]]:
    out: dict[int, dict[int, list[str]]] = {}
    with db.read() as session:
        found = session.execute(
            select(ComplaintFieldValue.complaint_id, ComplaintFieldValue.field_id,
                   ComplaintFieldValue.value)
            .where(ComplaintFieldValue.complaint_id.in_(list(ids)))
            .order_by(ComplaintFieldValue.id))
        for complaint_id, field_id, value in found:
            if field_id in definitions:
                out.setdefault(complaint_id, {}).setdefault(field_id, []).append(value)
    return out
