"""Whether the office keeps the original of every photo or only its display copy.

By default a photo is stored downscaled (`domain.pictures.DISPLAY_SIDE`, JPEG): a phone's
12 MP photo of a pothole shrinks from 4–8 MB to about 0.5 MB, which keeps the database, its
backups and the desks' screens quick. An office that needs the full picture (evidence for a
court, a scan read closely later) asks for the original; the admin switches it in Settings →
Office. One `office_setting` row, read by `attachments.attach` in the same transaction.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import OfficeSetting
from fondue_desk.domain.permissions import Action

from .access import acting_user
from .office_settings import put_setting

KEEP_ORIGINAL_KEY = "photos.keep_original"


def keeps_original_photos(session: Session, office_id: int) -> bool:
    stored = session.scalar(select(OfficeSetting.value).where(
        OfficeSetting.office_id == office_id, OfficeSetting.key == KEEP_ORIGINAL_KEY))
    return stored == "1"


def keep_original_photos(db: Database, office_id: int) -> bool:
    """The office's choice; False (display copies only) when never set."""
    with db.read() as session:
        return keeps_original_photos(session, office_id)


def set_keep_original_photos(db: Database, actor_id: int, keep: bool) -> bool:
    """Admins only (MANAGE_SETTINGS); photos already attached stay as they were stored."""
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        put_setting(session, office_id, KEEP_ORIGINAL_KEY, "1" if keep else "0")
    return bool(keep)
