"""The office's categories as an Open311 GeoReport v2 service list and service definitions.

A category is a service (service_code = the category's code); its questions are the service's
attributes exactly as domain.custom_fields stores them, so a client reads the same definition
the desk asks by (x_fondue is ignored by clients that do not know it). Only what a new request
may use is published: active categories and their active questions. Pure functions over
CategorySpec; `office_services` reads them (the HTTP endpoint is a later issue). An export of
requests also lists the retired categories its requests name (`also=`), so every request's
service_code is found in the list.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import or_, select

from fondue_desk.config.storage import category_fields
from fondue_desk.db.database import Database
from fondue_desk.db.models import Category
from fondue_desk.domain.custom_fields import FieldDefinition, to_open311
from fondue_desk.domain.office_config import CategorySpec


def service_list(categories: Iterable[CategorySpec], lang: str = "th", *,
                 include_retired: bool = False) -> list[dict[str, Any]]:
    """GET services: one entry per active category (with include_retired, per category given),
    `metadata` true when it asks questions."""
    return [{
        "service_code": c.code,
        "service_name": _name(c, lang),
        "description": _name(c, lang),
        "metadata": bool(_asked(c)),
        "type": "realtime",
        "keywords": "",
        "group": "",
    } for c in sorted(categories, key=lambda c: (c.sort_order, c.code))
        if c.active or include_retired]


def service_definition(category: CategorySpec, lang: str = "th") -> dict[str, Any]:
    """GET services/{service_code}: the category's questions as attributes, in order."""
    return {"service_code": category.code,
            "attributes": [_attribute(d, lang) for d in _asked(category)]}


def office_services(db: Database, office_id: int, *,
                    also: Iterable[str] = ()) -> tuple[CategorySpec, ...]:
    """The office's active categories with their questions; retired ones are left out unless
    their code is in `also` (they keep active=False)."""
    wanted = sorted(set(also))
    shown = or_(Category.active, Category.code.in_(wanted)) if wanted else Category.active
    with db.read() as session:
        rows = session.scalars(select(Category).where(Category.office_id == office_id, shown)
                               .order_by(Category.sort_order, Category.code)).all()
        fields = category_fields(session, [c.id for c in rows])
        return tuple(CategorySpec(
            code=c.code, name_th=c.name_th, name_en=c.name_en, colour=c.colour,
            sla_days=c.sla_days, sort_order=c.sort_order, active=c.active,
            fields=tuple(d for _, d in fields.get(c.id, ()) if d.active)) for c in rows)


def _asked(category: CategorySpec) -> list[FieldDefinition]:
    return sorted((d for d in category.fields if d.active), key=lambda d: d.order)


def _name(category: CategorySpec, lang: str) -> str:
    return category.name_en or category.name_th if lang == "en" else category.name_th


def _attribute(definition: FieldDefinition, lang: str) -> dict[str, Any]:
    # A retired choice names old answers only; a new request cannot pick it.
    offered = replace(definition, choices=definition.offered_choices())
    attribute = to_open311(offered)
    if lang == "en":
        attribute["description"] = definition.label_en or definition.label
        attribute["datatype_description"] = definition.help_en or definition.help
        attribute["values"] = [{"key": c.key, "name": c.name_en or c.name}
                               for c in offered.all_choices()]
    return attribute
