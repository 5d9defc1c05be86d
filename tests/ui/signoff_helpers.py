"""Finished work for the executive: complaints logged, given to a crew and reported done."""
from __future__ import annotations

import io

from PIL import Image

from fondue_desk.domain.calendar import today_thai
from fondue_desk.services import attachments, crews, dispatch, reference
from fondue_desk.services.views import ComplaintView
from tests.ui.helpers import log

NAMES = ("นายสมชาย ใจดี", "นางสาวน้ำฝน ผู้ใหญ่บ้าน", "นายวิรัตน์ ศรีสุข", "นางบุญมี คำแก้ว")


def photo(colour: str, size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def report_done(db, clerk, complaint_id: int, *, notes: str = "ซ่อมเรียบร้อยแล้ว",
                after_photos=()) -> None:
    dispatch.record_result(db, clerk.id, complaint_id, dispatch.ResultInput(
        outcome="done", notes=notes, minutes_spent=95, materials="หลอดไฟ LED 1 หลอด",
        after_photos=tuple(after_photos)))


def awaiting(db, office, clerk, count: int = 2, *, anonymous: bool = False,
             before_photo: bool = False, after_photo: bool = False) -> list[ComplaintView]:
    """`count` complaints awaiting sign-off, each with its own named complainant."""
    made = []
    for number in range(count):
        complaint = log(db, office, clerk, name=NAMES[number % len(NAMES)], anonymous=anonymous,
                        description=f"ไฟฟ้าส่องสว่างดับ ต้นที่ {number + 1} หน้าวัด")
        crew = crews.suggest_crew(db, office.id, complaint.category_id)
        assert crew is not None, "the demo office has a crew for this category"
        dispatch.assign(db, clerk.id, [complaint.id], crew.id, today_thai())
        if before_photo:
            attachments.add_attachment(db, clerk.id, complaint.id, "before.jpg",
                                       photo("#aa3333"))
        report_done(db, clerk, complaint.id,
                    after_photos=[("after.jpg", photo("#33aa33"))] if after_photo else ())
        made.append(complaint)
    return made


def mayor(db):
    return reference.find_user(db, "mayor")
