"""The office's document templates: read, check, save, reset, and the problems met in print.

Office-wide kinds (receipt notes, the work order's instruction row) are rows of office_setting
("template.<kind>"); a closure letter's subject and body belong to its category
(Category.letter_subject / letter_template). "" always means the default wording.

A template is checked when saved, so a problem at print time is rare (a hand-edited database,
a real value longer than any sample). Then the document prints with the default wording and
the problem is kept in office_setting ("template_problem.<kind>[.<category>]"): the Templates
page shows it until the template is saved again, and the print path returns it so the desk
can say so at once. Printing never stops for a template.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, CategoryField, OfficeSetting
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.templates import KINDS, Kind, check
from fondue_desk.domain.text import clean_text

from .access import acting_user
from .category_fields import definition_of

SETTING = "template."
PROBLEM = "template_problem."
OFFICE_KINDS = tuple(k for k in Kind if not KINDS[k].per_category)


@dataclass(frozen=True)
class TemplateField:
    name: str        # what the template writes: "tracking_no" or "fields.plate"
    label_th: str
    label_en: str
    custom: bool = False


@dataclass(frozen=True)
class TemplateProblem:
    kind: str
    category_id: int | None
    code: str
    params: dict[str, object] = field(hash=False, compare=False)
    document: str = ""   # the tracking or work-order number it was met on
    at: str = ""         # ISO time, Thai


@dataclass(frozen=True)
class TemplateView:
    kind: str
    category_id: int | None
    source: str                      # "" = the default wording
    default: str
    fields: tuple[TemplateField, ...]
    max_source: int
    problem: TemplateProblem | None


@dataclass(frozen=True)
class PrintProblem:
    """Met while printing: which template, on which document, and why."""

    kind: Kind
    category_id: int | None
    document: str
    error: RuleViolation


def _kind(kind: str | Kind, category_id: int | None) -> Kind:
    k = Kind(kind)  # ValueError: the screens only offer the listed kinds
    if KINDS[k].per_category and category_id is None:
        raise InvalidInput([FieldError("category", "required")])
    return k


def _field_rows(session: Session, office_id: int, category_id: int | None
                ) -> list[CategoryField]:
    query = select(CategoryField).join(Category, Category.id == CategoryField.category_id) \
        .where(Category.office_id == office_id)
    if category_id is not None:
        query = query.where(CategoryField.category_id == category_id)
    return list(session.scalars(query.order_by(CategoryField.category_id,
                                               CategoryField.sort_order, CategoryField.id)))


def field_codes(session: Session, office_id: int, kind: Kind, category_id: int | None
                ) -> frozenset[str]:
    """Codes a template may name: its category's (retired too: old answers still print), or
    every category's for the office-wide kinds."""
    scope = category_id if KINDS[kind].per_category else None
    return frozenset(row.code for row in _field_rows(session, office_id, scope))


def template_fields(session: Session, office_id: int, kind: Kind, category_id: int | None
            ) -> tuple[TemplateField, ...]:
    listed = [TemplateField(f.name, f.label_th, f.label_en) for f in KINDS[kind].fields]
    scope = category_id if KINDS[kind].per_category else None
    seen: set[str] = set()
    for row in _field_rows(session, office_id, scope):
        if row.active and row.code not in seen:
            seen.add(row.code)
            d = definition_of(row)
            listed.append(TemplateField(f"fields.{row.code}", d.label, d.label_en or d.label,
                                        custom=True))
    return tuple(listed)


def _category(session: Session, office_id: int, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None or category.office_id != office_id:
        raise NotFound("category.not_found", category_id=category_id)
    return category


def _stored(session: Session, office_id: int, kind: Kind, category_id: int | None) -> str:
    if KINDS[kind].per_category:
        category = _category(session, office_id, category_id)  # type: ignore[arg-type]
        return category.letter_subject if kind is Kind.LETTER_SUBJECT \
            else category.letter_template
    row = session.get(OfficeSetting, (office_id, SETTING + kind.value))
    return row.value if row else ""


def _problem_key(kind: Kind, category_id: int | None) -> str:
    return PROBLEM + kind.value + (f".{category_id}" if KINDS[kind].per_category else "")


def _problem(row: OfficeSetting) -> TemplateProblem | None:
    try:
        data = json.loads(row.value)
        kind, _, category = row.key.removeprefix(PROBLEM).partition(".")
        return TemplateProblem(Kind(kind).value, int(category) if category else None,
                               str(data["code"]), dict(data.get("params", {})),
                               str(data.get("document", "")), str(data.get("at", "")))
    except (ValueError, KeyError, TypeError):
        return None


def _view(session: Session, office_id: int, kind: Kind, category_id: int | None
          ) -> TemplateView:
    spec = KINDS[kind]
    row = session.get(OfficeSetting, (office_id, _problem_key(kind, category_id)))
    return TemplateView(kind.value, category_id if spec.per_category else None,
                        _stored(session, office_id, kind, category_id), spec.default,
                        template_fields(session, office_id, kind, category_id), spec.max_source,
                        _problem(row) if row else None)


def template(db: Database, office_id: int, kind: str | Kind, category_id: int | None = None
             ) -> TemplateView:
    k = _kind(kind, category_id)
    with db.read() as session:
        return _view(session, office_id, k, category_id)


def checked_source(session: Session, office_id: int, kind: Kind, source: str,
                   category_id: int | None) -> str:
    """The source as it would be stored, or InvalidInput on field "template"."""
    spec = KINDS[kind]
    try:
        text = clean_text(source, max_length=spec.max_source, multiline=True)
        if text:
            check(kind, text, field_codes(session, office_id, kind, category_id))
    except RuleViolation as exc:
        raise InvalidInput([FieldError("template", exc.code, exc.params)]) from None
    return text


def check_source(db: Database, office_id: int, kind: str | Kind, source: str,
                 category_id: int | None = None) -> FieldError | None:
    """The first problem of an unsaved source (the editor asks as the admin types)."""
    k = _kind(kind, category_id)
    with db.read() as session:
        try:
            checked_source(session, office_id, k, source, category_id)
        except InvalidInput as exc:
            return exc.errors[0]
    return None


def save_template(db: Database, actor_id: int, kind: str | Kind, source: str, *,
                  category_id: int | None = None) -> TemplateView:
    """Checked first (line and reason on field "template"); "" goes back to the default. A
    problem met in print is cleared: the admin has looked at this template again."""
    k = _kind(kind, category_id)
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        text = checked_source(session, office_id, k, source, category_id)
        if KINDS[k].per_category:
            category = _category(session, office_id, category_id)  # type: ignore[arg-type]
            if k is Kind.LETTER_SUBJECT:
                category.letter_subject = text
            else:
                category.letter_template = text
        else:
            row = session.get(OfficeSetting, (office_id, SETTING + k.value))
            if row is None:
                session.add(OfficeSetting(office_id=office_id, key=SETTING + k.value,
                                          value=text))
            else:
                row.value = text
        session.execute(delete(OfficeSetting).where(
            OfficeSetting.office_id == office_id,
            OfficeSetting.key == _problem_key(k, category_id)))
        session.flush()
        return _view(session, office_id, k, category_id)


def reset_template(db: Database, actor_id: int, kind: str | Kind, *,
                   category_id: int | None = None) -> TemplateView:
    return save_template(db, actor_id, kind, "", category_id=category_id)


def office_sources(session: Session, office_id: int) -> dict[Kind, str]:
    """The office-wide templates as stored ("" = default), for one print job."""
    rows = dict(session.execute(select(OfficeSetting.key, OfficeSetting.value).where(
        OfficeSetting.office_id == office_id,
        OfficeSetting.key.in_([SETTING + k.value for k in OFFICE_KINDS]))).all())
    return {k: rows.get(SETTING + k.value, "") for k in OFFICE_KINDS}


def office_sources_of(db: Database, office_id: int) -> dict[Kind, str]:
    with db.read() as session:
        return office_sources(session, office_id)


def problems(db: Database, office_id: int) -> list[TemplateProblem]:
    """Problems met in print and not yet looked at, oldest kind first."""
    with db.read() as session:
        rows = session.scalars(select(OfficeSetting).where(
            OfficeSetting.office_id == office_id, OfficeSetting.key.like(PROBLEM + "%"))
            .order_by(OfficeSetting.key)).all()
        return [p for p in (_problem(r) for r in rows) if p is not None]


def note_problems(session: Session, office_id: int, found: Iterable[PrintProblem]) -> None:
    """Keep the latest problem of each template (in the caller's transaction)."""
    for problem in found:
        key = _problem_key(problem.kind, problem.category_id)
        value = json.dumps({"code": problem.error.code, "params": problem.error.params,
                            "document": problem.document, "at": now_thai().isoformat()},
                           ensure_ascii=False, default=str)
        row = session.get(OfficeSetting, (office_id, key))
        if row is None:
            session.add(OfficeSetting(office_id=office_id, key=key, value=value))
        else:
            row.value = value


def record_problems(db: Database, office_id: int, found: list[PrintProblem]) -> None:
    """After a print job that met problems: one short write, never before the document."""
    if found:
        with db.write() as session:
            note_problems(session, office_id, found)
