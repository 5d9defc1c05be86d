"""The office's remembered Traffy mappings: type → category, state name → meaning.

The admin edits them once (the import dialog or a mapping file) and every later import uses
them; the platform's own state names need no mapping (interop.traffy.values.DEFAULT_STATES).
Also the bad-row report an import writes for whoever has to fix the file.
"""
from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import delete, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, TraffyStateMapping, TraffyTypeMapping
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.permissions import Action
from fondue_desk.interop.traffy.plan import BadRow, ImportMapping, stored_mapping
from fondue_desk.interop.traffy.texts import reason_text
from fondue_desk.interop.traffy.values import DEFAULT_STATES, MEANINGS

from .access import acting_user

__all__ = ["DEFAULT_STATES", "MEANINGS", "ImportMapping", "mapping", "save_mapping",
           "write_report"]


def mapping(db: Database, office_id: int) -> ImportMapping:
    """What the office saved (the platform's state names apart: they are built in)."""
    with db.read() as session:
        return stored_mapping(session, office_id)


def save_mapping(db: Database, actor_id: int, new: ImportMapping) -> ImportMapping:
    """Adds or changes the given entries; entries not named stay as they were."""
    errors = [FieldError("states", "traffy.bad_meaning", {"state": name})
              for name, meaning in new.states.items() if meaning not in MEANINGS]
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        office_id = actor.office_id
        ours = set(session.scalars(select(Category.id).where(Category.office_id == office_id)))
        unknown = [FieldError("types", "category.not_found", {"category": str(cid)})
                   for cid in new.types.values() if cid not in ours]
        if unknown:
            raise InvalidInput(unknown)
        if new.types:
            session.execute(delete(TraffyTypeMapping).where(
                TraffyTypeMapping.office_id == office_id,
                TraffyTypeMapping.traffy_type.in_(list(new.types))))
            session.add_all(TraffyTypeMapping(office_id=office_id, traffy_type=name[:120],
                                              category_id=cid) for name, cid in new.types.items())
        if new.states:
            session.execute(delete(TraffyStateMapping).where(
                TraffyStateMapping.office_id == office_id,
                TraffyStateMapping.state_name.in_(list(new.states))))
            session.add_all(TraffyStateMapping(office_id=office_id, state_name=name[:80],
                                               meaning=meaning)
                            for name, meaning in new.states.items())
        session.flush()
        return stored_mapping(session, office_id)


def write_report(plan_or_result, path: str | Path, lang: str = "th") -> Path:
    """The bad rows as CSV (line, reason), UTF-8 with a BOM so Excel shows the Thai."""
    rows: tuple[BadRow, ...] = plan_or_result.bad_rows
    target = Path(path)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(("line", "reason") if lang == "en" else ("บรรทัด", "เหตุผล"))
        for bad in rows:
            out.writerow((bad.line, reason_text(bad.code, bad.params, lang)))
    return target
