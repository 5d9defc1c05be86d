"""Complaints logged through the service, for tests about what the UI shows afterwards."""
from __future__ import annotations

from datetime import datetime

from fondue_desk.services import intake, reference
from fondue_desk.services.views import ComplaintView


def log(db, office, clerk, *, category: str = "ขยะ/ความสะอาด", anonymous: bool = False,
        name: str = "นายสมชาย ใจดี", phone: str = "0812345678", village_number: int | None = 2,
        received_at: datetime | None = None, description: str = "ขยะไม่ได้เก็บมาหนึ่งสัปดาห์",
        ) -> ComplaintView:
    category_id = next(c.id for c in reference.active_categories(db, office.id)
                       if c.name_th == category)
    village_id = next((v.id for v in reference.villages(db, office.id)
                       if v.number == village_number), None)
    data = intake.ComplaintInput(
        category_id=category_id, description=description, anonymous=anonymous,
        complainant_name="" if anonymous else name, phone=phone, village_id=village_id,
        location_text="หน้าวัดป่าจี้",
    )
    return intake.log_complaint(db, clerk.id, data, received_at=received_at)
