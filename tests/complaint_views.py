"""What tests read back after acting through the UI or CLI: the newest complaints, whole."""
from __future__ import annotations

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import complaints, register
from fondue_desk.services.views import ComplaintView


def newest_complaints(db, office_id: int, *, limit: int = 200) -> list[ComplaintView]:
    rows = register.fetch(db, office_id, RegisterFilter(), limit=limit)
    return [complaints.get(db, row.id) for row in rows]
