"""Office settings stored as `office_setting` rows (map, backups, set-up facts): one upsert."""
from __future__ import annotations

from sqlalchemy.orm import Session

from fondue_desk.db.models import OfficeSetting


def put_setting(session: Session, office_id: int, key: str, value: str) -> None:
    row = session.get(OfficeSetting, (office_id, key))
    if row is None:
        session.add(OfficeSetting(office_id=office_id, key=key, value=value))
    else:
        row.value = value
