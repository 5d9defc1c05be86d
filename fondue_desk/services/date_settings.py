"""Whether the English desk writes years in the Buddhist Era ("6 Dec 2569 BE").

The English desk shows Gregorian dates by default: that is what a foreign resident reads. An
office whose registers, letters and staff all count in BE may prefer the English desk to show
the same years as the Thai one; the admin ticks it in Settings → Office. One office-wide
`office_setting` row, so every desk of the office agrees; the Thai desk is always BE.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import OfficeSetting
from fondue_desk.domain.permissions import Action

from .access import acting_user
from .office_settings import put_setting

ENGLISH_BE_KEY = "display.english_be_dates"


def english_be_dates_in(session: Session, office_id: int) -> bool:
    stored = session.scalar(select(OfficeSetting.value).where(
        OfficeSetting.office_id == office_id, OfficeSetting.key == ENGLISH_BE_KEY))
    return stored == "1"


def english_be_dates(db: Database, office_id: int) -> bool:
    """The office's choice; False (Gregorian on the English desk) when never set."""
    with db.read() as session:
        return english_be_dates_in(session, office_id)


def set_english_be_dates(db: Database, actor_id: int, on: bool) -> bool:
    """Admins only (MANAGE_SETTINGS); returns the stored choice."""
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        put_setting(session, office_id, ENGLISH_BE_KEY, "1" if on else "0")
    return bool(on)
