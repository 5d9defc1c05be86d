"""The office's own names and colours for the statuses (Settings → Statuses).

Stored as `office_setting` rows "labels.status.<code>" holding JSON {"th", "en", "colour"}
with only what differs from the core's default, so a desk updated with better default wording
shows it unless the office chose its own. The states and transitions are never stored here.

Every save also writes a new random "label_stamp" for the office: the change feed compares it
(one primary-key read) to tell other open desks to reload their book. Random, not a counter:
two desks saving at once must never leave the same stamp behind.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import OfficeSetting
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.labels import (
    DEFAULT_STATUSES,
    NAME_LIMIT,
    LabelBook,
    StatusOverride,
    check_status_labels,
    is_colour,
)
from fondue_desk.domain.permissions import Action
from fondue_desk.services.access import acting_user
from fondue_desk.services.office_settings import put_setting

KEY_PREFIX = "labels.status."
STAMP_KEY = "label_stamp"  # outside KEY_PREFIX: not a status's words


def label_book(db: Database, office_id: int) -> LabelBook:
    with db.read() as session:
        return read_book(session, office_id)


def read_book(session: Session, office_id: int) -> LabelBook:
    """The office's book in one read; a row a newer desk wrote that this one cannot read is
    skipped, never fatal (the default shows instead)."""
    rows = session.execute(select(OfficeSetting.key, OfficeSetting.value).where(
        OfficeSetting.office_id == office_id,
        OfficeSetting.key.like(KEY_PREFIX + "%"))).all()
    found: dict[str, StatusOverride] = {}
    for key, value in rows:
        code = key.removeprefix(KEY_PREFIX)
        if code not in DEFAULT_STATUSES:
            continue
        try:
            stored = json.loads(value)
        except ValueError:
            continue
        if not isinstance(stored, dict):
            continue
        colour = str(stored.get("colour", "")).lower()
        found[code] = StatusOverride(code, str(stored.get("th", ""))[:NAME_LIMIT],
                                     str(stored.get("en", ""))[:NAME_LIMIT],
                                     colour if is_colour(colour) else "")
    return LabelBook(tuple(found[c] for c in DEFAULT_STATUSES if c in found))


def save_status_labels(db: Database, actor_id: int,
                       wanted: Sequence[StatusOverride]) -> LabelBook:
    """Store the statuses' names and colours (all given in one call, one transaction) and
    return the office's new book. Raises InvalidInput (see check_status_labels)."""
    wanted = [StatusOverride(w.code, " ".join(w.name_th.split()), " ".join(w.name_en.split()),
                             w.colour.strip().lower()) for w in wanted]
    errors = check_status_labels(wanted)
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        write_status_labels(session, actor.office_id, wanted)
        return read_book(session, actor.office_id)


def write_status_labels(session: Session, office_id: int,
                        wanted: Sequence[StatusOverride]) -> None:
    """Inside a caller's checked write (Settings, the configuration file): store each given
    status's words as the difference from the default, and stamp the change for other desks."""
    for item in wanted:
        default = DEFAULT_STATUSES[item.code]
        own = {"th": item.name_th if item.name_th != default.name_th else "",
               "en": item.name_en if item.name_en != default.name_en else "",
               "colour": item.colour if item.colour != default.colour else ""}
        key = KEY_PREFIX + item.code
        if any(own.values()):
            put_setting(session, office_id, key,
                        json.dumps({k: v for k, v in own.items() if v}, ensure_ascii=False))
        else:
            session.execute(delete(OfficeSetting).where(
                OfficeSetting.office_id == office_id, OfficeSetting.key == key))
    stamp(session, office_id)
    session.flush()


def stamp(session: Session, office_id: int) -> None:
    put_setting(session, office_id, STAMP_KEY, uuid.uuid4().hex)


def read_stamp(session: Session, office_id: int | None = None) -> str:
    """The office's label stamp ("" before any save); of every office when None."""
    query = select(OfficeSetting.office_id, OfficeSetting.value).where(
        OfficeSetting.key == STAMP_KEY)
    if office_id is not None:
        return session.scalar(query.with_only_columns(OfficeSetting.value).where(
            OfficeSetting.office_id == office_id)) or ""
    return ";".join(f"{office}:{value}" for office, value in
                    sorted(session.execute(query).all()))


def reset_status_labels(db: Database, actor_id: int) -> LabelBook:
    """Every status back to the core's names and colours."""
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        session.execute(delete(OfficeSetting).where(
            OfficeSetting.office_id == actor.office_id,
            OfficeSetting.key.like(KEY_PREFIX + "%")))
        stamp(session, actor.office_id)
        return LabelBook()
