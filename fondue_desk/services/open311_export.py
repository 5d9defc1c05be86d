"""Export any register filter as Open311 GeoReport v2 files, JSON and XML side by side.

A folder gets: services.json/.xml (the categories: GET services), services/<code>.json/.xml
(each one's questions: GET services/<code>), requests.json/.xml (the complaints: GET requests).

The register is walked as the register shows it (`register.iter_rows`: the same filter, search
words and order), a batch of ids at a time; each batch's remaining facts (category code, the
last status event, the last edit, where a forwarded complaint went) are read with one query
each, so 300,000 complaints never become 300,000 ORM objects. Both request files are streamed.

Everything is written into a hidden folder beside the target first and moved into place at the
end, so a cancelled or failed export leaves the folder as it was. Runs in a worker (the
register's action) or from `fondue-desk export open311`: progress, cancel.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Category,
    Complaint,
    ComplaintEdit,
    Forwarding,
    Office,
    StatusEvent,
    Village,
)
from fondue_desk.domain.labels import LabelBook, office_name
from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.interop.open311 import office_services, service_definition, service_list
from fondue_desk.interop.open311_requests import (
    LastEvent,
    RequestFacts,
    office_area,
    service_request,
)
from fondue_desk.interop.open311_xml import RequestsXmlWriter, service_definition_xml, services_xml
from fondue_desk.services import reference, register
from fondue_desk.services.labels import label_book
from fondue_desk.services.register import RegisterRow

BATCH = 500
SERVICES_DIR = "services"
FILES = ("services.json", "services.xml", "requests.json", "requests.xml")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Open311ExportResult:
    folder: Path | None          # None when cancelled
    requests: int
    services: int
    cancelled: bool


def export_open311(db: Database, office_id: int, flt: RegisterFilter, folder: Path, *,
                   sort: Sort | None = None, lang: str = "th", now: datetime | None = None,
                   progress: Progress | None = None, is_cancelled: Cancelled | None = None,
                   batch: int = BATCH) -> Open311ExportResult:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cancelled = is_cancelled or (lambda: False)
    total = register.count(db, office_id, flt, now=now)
    office = reference.office(db, office_id)
    context = _Context(office_name(office.name, office.name_en, lang),
                       office_area(vars(office), lang), office.postal_code,
                       label_book(db, office_id), lang)
    work = Path(tempfile.mkdtemp(prefix=".open311-", dir=folder))
    try:
        written, codes = _write_requests(db, office_id, flt, sort or Sort(), now, work, context,
                                         total, progress, cancelled, batch)
        if written is None:
            return Open311ExportResult(None, 0, 0, True)
        categories = office_services(db, office_id, also=codes)
        services = service_list(categories, lang, include_retired=True)
        _write_text(work / "services.json", _json(services))
        _write_text(work / "services.xml", services_xml(services))
        (work / SERVICES_DIR).mkdir()
        for category in categories:
            definition = service_definition(category, lang)
            _write_text(work / SERVICES_DIR / f"{category.code}.json", _json(definition))
            _write_text(work / SERVICES_DIR / f"{category.code}.xml",
                        service_definition_xml(definition))
        if cancelled():
            return Open311ExportResult(None, 0, 0, True)
        _move_into_place(work, folder)
        return Open311ExportResult(folder, written, len(services), False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


@dataclass(frozen=True)
class _Context:
    office_name: str
    area: str
    zipcode: str
    book: LabelBook
    lang: str


def _write_requests(db, office_id, flt, sort, now, work: Path, context: _Context, total: int,
                    progress, cancelled, batch: int) -> tuple[int | None, set[str]]:
    codes: set[str] = set()
    written = 0
    with open(work / "requests.json", "w", encoding="utf-8") as as_json, \
            open(work / "requests.xml", "w", encoding="utf-8") as as_xml:
        as_json.write("[")
        xml = RequestsXmlWriter(as_xml)
        for rows in _batches(register.iter_rows(db, office_id, flt, sort, now=now,
                                                batch=batch), batch):
            if cancelled():
                return None, codes
            for facts in _facts(db, rows, context):
                request = service_request(facts, context.lang, context.book)
                codes.add(facts.category_code)
                _json_item(as_json, request, first=written == 0)
                xml.add(request)
                written += 1
            if progress:
                progress(written, total)
        as_json.write("\n]\n" if written else "]\n")
        xml.close()
    if progress:
        progress(written, total)
    return written, codes


def _batches(rows: Iterator[RegisterRow], size: int) -> Iterator[list[RegisterRow]]:
    chunk: list[RegisterRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_to_office = aliased(Office)
_parent = aliased(Complaint)


def _facts(db: Database, rows: Sequence[RegisterRow], context: _Context) -> list[RequestFacts]:
    """The batch's requests' facts, in the rows' order: four queries per batch."""
    ids = [r.id for r in rows]
    with db.read() as session:
        columns = {cid: (code, planned, village_code, parent) for
                   cid, code, planned, village_code, parent in session.execute(
                       select(Complaint.id, Category.code, Complaint.planned_date, Village.code,
                              _parent.tracking_no)
                       .join(Category, Category.id == Complaint.category_id)
                       .outerjoin(Village, Village.id == Complaint.village_id)
                       .outerjoin(_parent, _parent.id == Complaint.parent_id)
                       .where(Complaint.id.in_(ids)))}
        latest = (select(StatusEvent.complaint_id, StatusEvent.to_status, StatusEvent.at,
                         StatusEvent.note, StatusEvent.note_code, StatusEvent.note_params,
                         func.row_number().over(partition_by=StatusEvent.complaint_id,
                                                order_by=(StatusEvent.at.desc(),
                                                          StatusEvent.id.desc())).label("n"))
                  .where(StatusEvent.complaint_id.in_(ids)).subquery())
        events = {cid: LastEvent(to_status, at, note or "", code or "", params or "")
                  for cid, to_status, at, note, code, params, _n in
                  session.execute(select(latest).where(latest.c.n == 1))}
        edits = {cid: at for cid, at in session.execute(
            select(ComplaintEdit.complaint_id, func.max(ComplaintEdit.at))
            .where(ComplaintEdit.complaint_id.in_(ids)).group_by(ComplaintEdit.complaint_id))}
        forwarded: dict[int, str] = {}
        for cid, agency, office_name in session.execute(
                select(Forwarding.from_complaint_id, Forwarding.agency, _to_office.name)
                .outerjoin(_to_office, _to_office.id == Forwarding.to_office_id)
                .where(Forwarding.from_complaint_id.in_(ids))
                .order_by(Forwarding.at, Forwarding.id)):
            forwarded[cid] = office_name or agency or ""
    english = context.lang == "en"
    return [RequestFacts(
        tracking_no=r.tracking_no, status=r.status, category_code=columns[r.id][0],
        category_name=(r.category_name_en or r.category_name) if english else r.category_name,
        description=r.description, received_at=r.received_at,
        office_name=context.office_name, location_text=r.location_text,
        village_number=r.village_number,
        village_name=(r.village_name_en or r.village_name) if english else r.village_name,
        village_code=columns[r.id][2] or "", area=context.area, zipcode=context.zipcode,
        lat=r.lat, lon=r.lon, due_date=r.due_date, planned_date=columns[r.id][1],
        last_event=events.get(r.id), last_edit_at=edits.get(r.id),
        forwarded_to=forwarded.get(r.id, ""), duplicate_of=columns[r.id][3] or "")
        for r in rows if r.id in columns]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _json_item(out: TextIO, item: dict[str, Any], *, first: bool) -> None:
    out.write(("\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False))


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _move_into_place(work: Path, folder: Path) -> None:
    """The finished files replace the old ones; the services folder as a whole, so a category
    no longer listed leaves no stale definition behind."""
    for name in FILES:
        os.replace(work / name, folder / name)
    target = folder / SERVICES_DIR
    if target.is_dir():
        shutil.rmtree(target)
    os.replace(work / SERVICES_DIR, target)
