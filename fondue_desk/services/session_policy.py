"""The shared counter PC: after how many idle minutes a desk locks itself.

One office-wide rule (an `office_setting` row), so every desk of the office follows it and
only the admin changes it. 0 means never; the maximum is a working day, because a desk left
signed in overnight is the very thing the lock is for.
"""
from __future__ import annotations

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import OfficeSetting
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.text import ascii_digits

from .access import acting_user
from .office_settings import put_setting

IDLE_LOCK_KEY = "session.idle_lock_minutes"
FIELD = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 480  # 8 hours
NEVER = 0


def checked_idle_lock_minutes(value: object) -> int:
    """Whole minutes 0–MAX_IDLE_LOCK_MINUTES (Thai digits too); else InvalidInput on
    "idle_lock_minutes" with "session.idle_lock_range" (min, max)."""
    text = ascii_digits(str(value)).strip() if not isinstance(value, int) else str(value)
    if isinstance(value, bool) or not text.isdigit() or int(text) > MAX_IDLE_LOCK_MINUTES:
        raise InvalidInput([FieldError(FIELD, "session.idle_lock_range",
                                       {"min": NEVER, "max": MAX_IDLE_LOCK_MINUTES})])
    return int(text)


def idle_lock_minutes(db: Database, office_id: int) -> int:
    """The office's rule; the default when none was set or a hand-edited row is unreadable
    (a broken row must not leave every desk unlocked, nor lock them every second)."""
    with db.read() as session:
        stored = session.scalar(select(OfficeSetting.value).where(
            OfficeSetting.office_id == office_id, OfficeSetting.key == IDLE_LOCK_KEY))
    if stored is None:
        return DEFAULT_IDLE_LOCK_MINUTES
    try:
        return checked_idle_lock_minutes(stored)
    except InvalidInput:
        return DEFAULT_IDLE_LOCK_MINUTES


def save_idle_lock_minutes(db: Database, actor_id: int, minutes: object) -> int:
    """Check and store the rule (admins only: MANAGE_SETTINGS); returns the stored minutes."""
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        value = checked_idle_lock_minutes(minutes)
        put_setting(session, office_id, IDLE_LOCK_KEY, str(value))
    return value
