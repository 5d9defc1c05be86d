"""The demo's crews and the paper trail of their work: assignments, work orders and results.

The complaint generator decides each history; this follows it: whoever reached "assigned" was
handed to the crew that serves its category, on a daily work order of that crew, and whoever
reached "awaiting sign-off" carries the crew's result. Rows are collected as plain dicts and
bulk-inserted, like the complaints, because 300,000 ORM objects would take minutes.
"""
from __future__ import annotations

import json
import math
import random
from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.bulk import bulk_insert
from fondue_desk.db.models import (
    Assignment,
    Attachment,
    Category,
    Counter,
    Crew,
    CrewCategory,
    JobResult,
    Office,
    OfficeSetting,
    OutgoingLetter,
    SignOff,
    User,
    Village,
    WorkOrder,
    WorkOrderJob,
)
from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain.calendar import be_year, fiscal_year_be, to_thai
from fondue_desk.domain.dispatch import OUTCOME_LABELS_TH, Outcome
from fondue_desk.domain.labels import village_label
from fondue_desk.domain.letters import LETTER_REGISTER, SUBJECT, document_no, fill_template
from fondue_desk.domain.numbering import work_order_number
from fondue_desk.domain.result_summary import suggested_summary
from fondue_desk.domain.statuses import Role, Status

from .attachments import checked_picture
from .demo_generator import to_datetime
from .demo_photos import street_light_photos
from .map_settings import BOUNDARY_KEY
from .work_orders import WORK_ORDER_REGISTER

# name, leader, members, phone, categories served (by Thai name), leads it: the crew1 account
CREWS = (
    ("ทีมไฟฟ้าส่องสว่าง กองช่าง", "นายบุญเรือง อินต๊ะ", ("นายเอกชัย สุยะ", "นายสมบูรณ์ คำมา"),
     "0891234567", ("ไฟฟ้าส่องสว่างชำรุด",), True),
    ("ทีมโยธา กองช่าง", "นายทองดี แก้วมูล",
     ("นายอุดม ปินตา", "นายวิชัย ธิเขียว", "นายอนุชา ไชยวงศ์"), "0861234567",
     ("ถนน/ทางเท้าชำรุด", "น้ำท่วม/ท่อระบายน้ำอุดตัน", "ต้นไม้/กิ่งไม้"), False),
    ("งานประปา กองช่าง", "นายวิชัย ปัญโญ", ("นายศักดิ์ชัย ดวงดี",), "0871234567",
     ("น้ำประปา",), False),
    ("ทีมสาธารณสุขและสิ่งแวดล้อม", "นางศรีนวล ใจมา", ("นายสุรชัย คำแสน", "นางบัวผัน ทาแก้ว"),
     "0811234567", ("ขยะ/ความสะอาด", "เสียงรบกวน/กลิ่น", "สัตว์จรจัด"), False),
    ("งานป้องกันและบรรเทาสาธารณภัย", "นายจักรพันธ์ อินทร์แก้ว", ("นายปิยะพงษ์ กาวิละ",),
     "0821234567", ("ความปลอดภัย", "การเผา/หมอกควัน"), False),
    ("งานธุรการ สำนักปลัดเทศบาล", "นางสาวกาญจนา วรรณคำ", (), "053123456",
     ("ร้องเรียนเจ้าหน้าที่", "อื่น ๆ"), False),
)
MATERIALS = {
    "ไฟฟ้าส่องสว่างชำรุด": ("หลอด LED 36 วัตต์ 1 หลอด", "หลอด LED 36 วัตต์ 2 หลอด, สายไฟ 10 เมตร",
                            "บัลลาสต์ 1 ชุด"),
    "ถนน/ทางเท้าชำรุด": ("ยางมะตอยสำเร็จรูป 5 ถุง", "ยางมะตอยสำเร็จรูป 12 ถุง", "ปูนซีเมนต์ 4 ถุง"),
    "น้ำท่วม/ท่อระบายน้ำอุดตัน": ("", "ถุงดำ 10 ใบ"),
    "น้ำประปา": ("ท่อ PVC 2 นิ้ว 1 เส้น, ข้อต่อ 2 ตัว", "กาวทาท่อ 1 กระป๋อง"),
    "ความปลอดภัย": ("กระจกโค้งจราจร 1 ชุด", "ป้ายเตือน 2 ป้าย"),
}
VILLAGE_RADIUS_KM = 3.2
PHOTO_CATEGORY = "ไฟฟ้าส่องสว่างชำรุด"
PHOTO_JOBS = 8  # enough to see the comparison; photos are large rows


@dataclass
class DemoDispatch:
    """Fed each generated complaint in turn; writes the crews' paper trail at the end."""

    office_id: int
    crew_by_category: dict[int, int]
    leader_by_crew: dict[int, int]
    clerk_fallback: int
    rng: random.Random
    crew_names: dict[int, str]
    category_names: dict[int, str]
    office: Office
    templates: dict[int, str] = field(default_factory=dict)
    assignments: list[dict] = field(default_factory=list)
    results: list[dict] = field(default_factory=list)
    sign_offs: list[dict] = field(default_factory=list)
    letters: list[dict] = field(default_factory=list)
    village_labels: dict[int, str] = field(default_factory=dict)
    signers: dict[int, tuple[str, str]] = field(default_factory=dict)  # user: name, position
    # The newest finished street-light jobs (complaints arrive oldest first).
    photographed: deque = field(default_factory=lambda: deque(maxlen=PHOTO_JOBS))
    # (crew, planned date) → [issued ts, [complaint ids]]
    orders: dict[tuple[int, date], list] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, office: Office, seed: str) -> DemoDispatch:
        crew_by_category = dict(session.execute(
            select(CrewCategory.category_id, func.min(CrewCategory.crew_id))
            .join(Crew, Crew.id == CrewCategory.crew_id)
            .where(Crew.office_id == office.id, Crew.active)
            .group_by(CrewCategory.category_id)).all())
        leaders = dict(session.execute(select(Crew.id, Crew.leader_user_id).where(
            Crew.office_id == office.id, Crew.leader_user_id.is_not(None))).all())
        clerk = session.scalar(select(User.id).where(User.office_id == office.id,
                                                     User.role == Role.CLERK.value)
                               .order_by(User.id).limit(1))
        crew_names = dict(session.execute(select(Crew.id, Crew.name).where(
            Crew.office_id == office.id)).all())
        categories = session.execute(select(Category.id, Category.name_th,
                                            Category.letter_template).where(
            Category.office_id == office.id)).all()
        dispatch = cls(office.id, crew_by_category, leaders, clerk,
                   random.Random(f"fondue-demo-dispatch:{seed}"), crew_names,
                   {c.id: c.name_th for c in categories}, office,
                   {c.id: c.letter_template for c in categories})
        dispatch.village_labels = {v.id: village_label(v.number, v.name) for v in session.scalars(
            select(Village).where(Village.office_id == office.id))}
        dispatch.signers = {u.id: (u.full_name, u.position) for u in session.execute(
            select(User.id, User.full_name, User.position).where(User.office_id == office.id))}
        return dispatch

    def follow(self, row: dict, history: list) -> list:
        """Give the complaint row its crew and plan; return the history with crew-aware notes."""
        row["crew_id"] = row["planned_date"] = None  # every row of a bulk insert has every key
        crew_id = self.crew_by_category.get(row["category_id"])
        assigned = next((e for e in history if e[1] == Status.ASSIGNED.value), None)
        if crew_id is None or assigned is None:
            return history
        category_name = self.category_names[row["category_id"]]
        at = assigned[3]
        planned = to_thai(to_datetime(at)).date()
        if self.rng.random() < 0.3:
            planned = date.fromordinal(planned.toordinal() + 1)
        row["crew_id"], row["planned_date"] = crew_id, planned
        order = self.orders.setdefault((crew_id, planned), [at, []])
        order[0] = min(order[0], at)
        order[1].append(row["id"])
        self.assignments.append({
            "complaint_id": row["id"], "crew_id": crew_id, "previous_crew_id": None,
            "planned_date": planned, "instruction": "", "reason": "",
            "by_user_id": assigned[2], "at": to_datetime(at)})
        crew_name = self.crew_names[crew_id]
        history = [(e[0], e[1], e[2], e[3],
                    f"มอบหมาย{crew_name} กำหนดปฏิบัติงาน {thai_date(planned)}")
                   if e is assigned else e for e in history]
        done = next((e for e in history if e[1] == Status.AWAITING_SIGNOFF.value), None)
        if done is not None:
            worked = to_datetime(done[3])
            minutes = self.rng.choice((30, 45, 60, 90, 120, 180, 240))
            materials = self.rng.choice(MATERIALS.get(category_name, ("",)))
            # Crews write for the office too ("เบิก…"): half the notes carry such a line, which
            # the letter's summary leaves out, as it does for real notes. Chosen by id, not by
            # the generator's random stream, so the rest of the demo stays as it was.
            notes = f"{done[4]}\nเบิก{materials}" if materials and row["id"] % 2 else done[4]
            self.results.append({
                "complaint_id": row["id"], "crew_id": crew_id, "key": (crew_id, planned),
                "outcome": "done", "reason": "", "notes": notes,
                "minutes_spent": minutes, "materials": materials,
                "worked_on": to_thai(worked).date(),
                "recorded_by_id": self.leader_by_crew.get(crew_id, self.clerk_fallback),
                "recorded_at": worked})
            if category_name == PHOTO_CATEGORY:
                self.photographed.append((row["id"], done[2], worked))
            closed = next((e for e in history if e[1] == Status.CLOSED.value), None)
            if closed is not None:
                self._sign_off(row, closed, crew_name, notes, to_thai(worked).date())
        return history

    def _sign_off(self, row: dict, closed: tuple, crew_name: str, notes: str,
                  worked_on: date) -> None:
        """The approval and its letter, worded as services.signoff.approve words them: the
        summary suggested from the crew's notes (never the notes themselves), the place
        falling back to "ที่ท่านแจ้ง", the signer to the approving user."""
        at = to_datetime(closed[3])
        self.sign_offs.append({"complaint_id": row["id"], "decision": "approved",
                               "by_user_id": closed[2], "at": at, "note": closed[4]})
        if row["anonymous"] or not row["complainant_name"].strip():
            return  # nobody to write to
        day = to_thai(at).date()
        received = thai_date(row["received_at"])
        village = self.village_labels.get(row["village_id"], "")
        summary = suggested_summary(notes, OUTCOME_LABELS_TH[Outcome.DONE])
        body = fill_template(self.templates.get(row["category_id"], ""), {
            "name": row["complainant_name"], "tracking_no": row["tracking_no"],
            "received_date": received, "category": self.category_names[row["category_id"]],
            "location": " ".join(p for p in (row["location_text"], village) if p)
                        or "ที่ท่านแจ้ง",
            "description": row["description"], "crew": crew_name, "result": summary,
            "completed_date": thai_date(worked_on), "office": self.office.name,
            "office_phone": self.office.phone})
        signer, position = self.signers.get(closed[2], ("", ""))
        self.letters.append({
            "office_id": self.office_id, "complaint_id": row["id"], "letter_date": day,
            "recipient": row["complainant_name"], "subject": SUBJECT,
            "reference": f"ใบรับเรื่องร้องเรียนเลขที่ {row['tracking_no']} ลงวันที่ {received}",
            "body": body, "result_summary": summary,
            "signatory_name": self.office.signatory_name or signer,
            "signatory_position": self.office.signatory_position or position,
            "created_by_id": closed[2], "created_at": at})

    def write(self, session: Session, issued_by: int) -> int:
        """Insert the orders (numbered gaplessly per fiscal year, in issue order) and the rest."""
        next_id = (session.scalar(select(func.max(WorkOrder.id))) or 0) + 1
        order_ids, orders, jobs, last_seq = {}, [], [], {}
        for key, (issued_ts, complaint_ids) in sorted(self.orders.items(),
                                                      key=lambda kv: (kv[1][0], kv[0])):
            issued = to_datetime(issued_ts)
            fy = fiscal_year_be(to_thai(issued))
            if fy not in last_seq:
                last_seq[fy] = _last_value(session, self.office_id, WORK_ORDER_REGISTER, fy,
                                           WorkOrder.fiscal_year, WorkOrder.seq)
            last_seq[fy] += 1
            order_ids[key] = next_id
            orders.append({"id": next_id, "office_id": self.office_id, "fiscal_year": fy,
                           "seq": last_seq[fy], "number": work_order_number(last_seq[fy], fy),
                           "crew_id": key[0], "work_date": key[1], "issued_at": issued,
                           "issued_by_id": issued_by})
            jobs.extend({"work_order_id": next_id, "complaint_id": cid, "position": i}
                        for i, cid in enumerate(complaint_ids, start=1))
            next_id += 1
        for table, rows in ((WorkOrder, orders), (WorkOrderJob, jobs),
                            (Assignment, self.assignments)):
            if rows:
                bulk_insert(session.connection(), table.__table__, rows)
        if self.results:
            bulk_insert(session.connection(), JobResult.__table__, [
                {**{k: v for k, v in r.items() if k != "key"},
                 "work_order_id": order_ids[r["key"]]} for r in self.results])
        if self.sign_offs:
            bulk_insert(session.connection(), SignOff.__table__, self.sign_offs)
        _set_counters(session, self.office_id, WORK_ORDER_REGISTER, last_seq)
        self._write_letters(session)
        self._write_photos(session)
        return len(orders)

    def _write_photos(self, session: Session) -> None:
        """Before and after photos on the newest finished street-light jobs."""
        if not self.photographed:
            return
        before, after = (checked_picture(name, data, kind) for name, data, kind in zip(
            ("ไฟดับ.jpg", "ซ่อมแล้ว.jpg"), street_light_photos(), ("photo", "after")))
        rows = []
        for complaint_id, crew_user, worked in self.photographed:
            for picture, at in ((before, worked - timedelta(days=1)), (after, worked)):
                rows.append({"complaint_id": complaint_id, "kind": picture.kind,
                             "file_name": picture.file_name, "media_type": picture.media_type,
                             "size": len(picture.data), "content": picture.data,
                             "thumbnail": picture.thumbnail, "added_by_id": crew_user,
                             "added_at": at})
        bulk_insert(session.connection(), Attachment.__table__, rows)

    def _write_letters(self, session: Session) -> None:
        last_seq: dict[int, int] = {}
        self.letters.sort(key=lambda letter: (letter["created_at"], letter["complaint_id"]))
        for letter in self.letters:
            year = be_year(letter["letter_date"].year)
            if year not in last_seq:
                last_seq[year] = _last_value(session, self.office_id, LETTER_REGISTER, year,
                                             OutgoingLetter.year, OutgoingLetter.seq)
            last_seq[year] += 1
            letter.update(year=year, seq=last_seq[year],
                          document_no=document_no(self.office.document_code, last_seq[year]))
        if self.letters:
            bulk_insert(session.connection(), OutgoingLetter.__table__, self.letters)
        _set_counters(session, self.office_id, LETTER_REGISTER, last_seq)


def _set_counters(session: Session, office_id: int, register: str, last: dict[int, int]) -> None:
    for year, value in last.items():
        counter = session.get(Counter, (office_id, register, year))
        if counter is None:
            session.add(Counter(office_id=office_id, register=register, year=year,
                                last_value=value))
        else:
            counter.last_value = value


def _last_value(session: Session, office_id: int, register: str, year: int, year_column,
                seq_column) -> int:
    """The last number used: the counter, or the rows if they are ahead (locked for update)."""
    counter = session.get(Counter, (office_id, register, year), with_for_update=True)
    used = session.scalar(select(func.max(seq_column)).where(
        seq_column.table.c.office_id == office_id, year_column == year))
    return max(counter.last_value if counter else 0, used or 0)


def add_crews(session: Session, office: Office, crew_leader_user: int | None) -> None:
    categories = {c.name_th: c for c in session.scalars(
        select(Category).where(Category.office_id == office.id))}
    for name, leader, members, phone, served, leads in CREWS:
        crew = Crew(office_id=office.id, name=name, leader_name=leader, members="\n".join(members),
                    phone=phone, active=True,
                    leader_user_id=crew_leader_user if leads else None)
        crew.categories = [categories[c] for c in served if c in categories]
        session.add(crew)
    session.flush()
    for category in categories.values():
        # The first crew listed for a kind of work is the one assignment suggests for it.
        category.default_crew_id = next(
            (c.id for c in session.scalars(select(Crew).where(Crew.office_id == office.id)
                                           .order_by(Crew.id)) if category in c.categories),
            None)


def add_village_outlines(session: Session, office: Office) -> None:
    """Made-up village outlines (Voronoi cells of the village centres inside a circle), so the
    map and the work orders' sketches have boundaries to draw. Real offices import theirs."""
    villages = session.scalars(select(Village).where(Village.office_id == office.id)
                               .order_by(Village.number)).all()
    if not villages or office.lat is None or office.lon is None:
        return
    km_lon = 111.32 * math.cos(math.radians(office.lat))
    km_lat = 110.57
    centres = [((v.lon - office.lon) * km_lon, (v.lat - office.lat) * km_lat) for v in villages]
    circle = [(VILLAGE_RADIUS_KM * math.cos(a), VILLAGE_RADIUS_KM * math.sin(a))
              for a in (2 * math.pi * i / 48 for i in range(48))]
    features = []
    for village, centre in zip(villages, centres):
        cell = circle
        for other in centres:
            if other is not centre:
                cell = _clip(cell, centre, other)
        ring = [[round(office.lon + x / km_lon, 6), round(office.lat + y / km_lat, 6)]
                for x, y in cell]
        ring.append(ring[0])
        features.append({"type": "Feature",
                         "properties": {"village_no": village.number, "name": village.name},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    session.add(OfficeSetting(office_id=office.id, key=BOUNDARY_KEY, value=json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False)))


def _clip(polygon: list, mine: tuple, other: tuple) -> list:
    """Keep the part of a convex polygon nearer to `mine` than to `other` (Sutherland–Hodgman)."""
    mx, my = (mine[0] + other[0]) / 2, (mine[1] + other[1]) / 2
    nx, ny = other[0] - mine[0], other[1] - mine[1]

    def side(p):
        return (p[0] - mx) * nx + (p[1] - my) * ny  # < 0: my side

    out = []
    for i, current in enumerate(polygon):
        previous = polygon[i - 1]
        sc, sp = side(current), side(previous)
        if (sc < 0) != (sp < 0):
            t = sp / (sp - sc)
            out.append((previous[0] + t * (current[0] - previous[0]),
                        previous[1] + t * (current[1] - previous[1])))
        if sc < 0:
            out.append(current)
    return out
