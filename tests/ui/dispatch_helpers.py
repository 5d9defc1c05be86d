"""Crews and assigned work for the dispatch UI tests, made through the services."""
from __future__ import annotations

import io
from datetime import date, timedelta

from PIL import Image

from fondue_desk.domain.calendar import now_thai, today_thai
from fondue_desk.services import crews, dispatch, reference
from fondue_desk.services.views import CrewDetail, OfficeView, UserView

from .helpers import log

ELECTRIC = "ไฟฟ้าส่องสว่างชำรุด"
ROAD = "ถนน/ทางเท้าชำรุด"
WASTE = "ขยะ/ความสะอาด"


def admin(db) -> UserView:
    return reference.find_user(db, "admin")


def category_id(db, office: OfficeView, name: str) -> int:
    return next(c.id for c in reference.active_categories(db, office.id) if c.name_th == name)


def crew_serving(db, office: OfficeView, category: str, name: str) -> CrewDetail:
    """The office's crew for `category`: the demo's when it has one, else a new one."""
    cid = category_id(db, office, category)
    found = crews.suggest_crew(db, office.id, cid)
    if found is not None:
        return crews.get_crew(db, office.id, found.id)
    return crews.save_crew(db, admin(db).id, crews.CrewInput(
        name=name, leader_name="นายบุญเรือง อินต๊ะ", members=["นายเอกชัย สุยะ"],
        phone="0891234567", category_ids=[cid]))


def logged(db, office, clerk, category: str, *, days_ago: int = 0, description: str = ""):
    # Days before the core's (pinned) clock, never the wall clock's: the services judge
    # "overdue" by the core's clock.
    received = now_thai() - timedelta(days=days_ago) if days_ago else None
    return log(db, office, clerk, category=category, received_at=received,
               description=description or f"งาน{category} ทดสอบ")


def assigned(db, office, clerk, crew: CrewDetail, category: str, *, days_ago: int = 0,
             planned: date | None = None):
    complaint = logged(db, office, clerk, category, days_ago=days_ago)
    dispatch.assign(db, clerk.id, [complaint.id], crew.id, planned or today_thai())
    return complaint


def png_file(path, colour=(40, 160, 90)):
    Image.new("RGB", (640, 480), colour).save(path)
    return path


def png_bytes(colour=(200, 80, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(out, "PNG")
    return out.getvalue()
