"""Complaints as Open311 GeoReport v2 service requests (GET requests), from plain facts.

A service request is public: it carries what a citizen or another system may read about a
complaint, never who complained (no name, phone, ID or home address: the complainant's address
columns are theirs, not the spot's) and no photos (media_url is left out). The desk's seven
statuses fold into the two of the specification: work still to do is "open"; closed, forwarded
and rejected are "closed" (the office is done with it), and status_notes says which, in the
office's own words for its statuses (the label layer) and the history note's words.

Times are ISO 8601 in Thai time with the offset written out ("2026-11-20T10:15:00+07:00"): the
specification requires the zone, and +07:00 reads as the office's day. A due date is a day; the
request is expected by its end (23:59:59).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from fondue_desk.documents.thai_text import thai_date
from fondue_desk.domain import history_notes
from fondue_desk.domain.calendar import THAI_TZ, to_thai
from fondue_desk.domain.labels import DEFAULT, LabelBook, status_label, village_label
from fondue_desk.domain.statuses import OPEN_STATUSES, Status

OPEN, CLOSED = "open", "closed"
# Params of the desk's own notes that are the office's internal business, not the public's:
# a dispatcher's instruction to the crew, why a crew could not finish.
_PRIVATE_PARAMS = frozenset({"instruction", "reason"})
# Notes typed with these are words between the executive and the crew.
_PRIVATE_TYPED = frozenset({history_notes.SIGNOFF_RETURNED, history_notes.RESULT_RECORDED})
_SEPARATOR = " — "


@dataclass(frozen=True)
class LastEvent:
    """The complaint's latest status event, as stored."""

    to_status: str
    at: datetime
    note: str = ""
    note_code: str = ""
    note_params: str = ""


@dataclass(frozen=True)
class RequestFacts:
    """What a service request is made of; the export reads these for a batch of complaints."""

    tracking_no: str
    status: str
    category_code: str
    category_name: str
    description: str
    received_at: datetime
    office_name: str
    location_text: str = ""
    village_number: int | None = None
    village_name: str = ""
    village_code: str = ""
    area: str = ""                      # the office's ตำบล อำเภอ จังหวัด, most general last
    zipcode: str = ""
    lat: float | None = None
    lon: float | None = None
    due_date: date | None = None
    planned_date: date | None = None
    last_event: LastEvent | None = None
    last_edit_at: datetime | None = None
    forwarded_to: str = ""              # the agency or office a forwarded complaint went to
    duplicate_of: str = ""              # the parent's tracking number, for a duplicate


def open311_status(status: str) -> str:
    return OPEN if status in OPEN_STATUSES else CLOSED


def iso_thai(moment: datetime) -> str:
    """ISO 8601 in Thai time with its offset, to the second; a naive value is taken as UTC
    (how the database stores it)."""
    return to_thai(moment).replace(microsecond=0).isoformat()


def expected_datetime(due: date) -> str:
    return datetime.combine(due, time(23, 59, 59), tzinfo=THAI_TZ).isoformat()


def updated_at(facts: RequestFacts) -> datetime:
    """The last thing that happened to it: a status event or an edit, else its intake."""
    moments = [to_thai(facts.received_at)]
    if facts.last_event is not None:
        moments.append(to_thai(facts.last_event.at))
    if facts.last_edit_at is not None:
        moments.append(to_thai(facts.last_edit_at))
    return max(moments)


def agency_responsible(facts: RequestFacts) -> str:
    if facts.status == Status.FORWARDED and facts.forwarded_to:
        return facts.forwarded_to
    return facts.office_name


def status_notes(facts: RequestFacts, lang: str = "th", book: LabelBook = DEFAULT) -> str:
    """The status in the office's words, then what its last status note says, in plain words."""
    name = status_label(facts.status, lang, book)
    event = facts.last_event
    if event is None or event.to_status != facts.status:
        return _with_parent(name, facts.duplicate_of, lang)
    parts: list[str] = []
    if event.note_code:
        params = {k: ("" if k in _PRIVATE_PARAMS else v)
                  for k, v in history_notes.decode(event.note_params).items()}
        worded = history_notes.words(event.note_code, params, lang)
        if worded:
            parts.append(worded)
    typed = " ".join(event.note.split())
    if typed and event.note_code not in _PRIVATE_TYPED:
        parts.append(typed)
    text = _SEPARATOR.join([name, *(" ".join(p.split()) for p in parts)])
    return _with_parent(text, facts.duplicate_of, lang)


def _with_parent(text: str, parent: str, lang: str) -> str:
    """A duplicate says whose it is (as the specification's own example, "Duplicate
    request."), unless its last note already names the parent."""
    if not parent or parent in text:
        return text
    words = f"Duplicate of {parent}" if lang == "en" else f"เป็นเรื่องซ้ำของเรื่องเลขที่ {parent}"
    return _SEPARATOR.join([text, words])


def service_notice(facts: RequestFacts, lang: str = "th") -> str:
    """What is planned: the crew's work date while the request is open."""
    if facts.planned_date is None or facts.status not in OPEN_STATUSES:
        return ""
    if lang == "en":
        return f"Work planned for {facts.planned_date.isoformat()}"
    return f"กำหนดออกปฏิบัติงาน {thai_date(facts.planned_date)}"


def address(facts: RequestFacts, lang: str = "th") -> str:
    """Most specific first, as the specification asks: the spot, the village, the area."""
    village = _village_words(facts, lang)
    parts = [p.strip() for p in (facts.location_text, village, facts.area) if p and p.strip()]
    return " ".join(" ".join(p.split()) for p in parts)


def _village_words(facts: RequestFacts, lang: str) -> str:
    """The village, unless the clerk's place words already name it ("… หมู่ที่ 7")."""
    if facts.village_number is None:
        return ""
    spot = facts.location_text
    if re.search(rf"(หมู่\s*(ที่)?|ม\.|moo)\s*{facts.village_number}(?!\d)", spot,
                 re.IGNORECASE):
        return "" if not facts.village_name or facts.village_name in spot else facts.village_name
    return village_label(facts.village_number, facts.village_name, lang)


def service_request(facts: RequestFacts, lang: str = "th",
                    book: LabelBook = DEFAULT) -> dict[str, Any]:
    """One request in the specification's field order. lat/long and expected_datetime are
    left out when the complaint has none (no point on the map, no due date)."""
    request: dict[str, Any] = {
        "service_request_id": facts.tracking_no,
        "status": open311_status(facts.status),
        "status_notes": status_notes(facts, lang, book),
        "service_name": facts.category_name,
        "service_code": facts.category_code,
        "description": facts.description,
        "agency_responsible": agency_responsible(facts),
        "service_notice": service_notice(facts, lang),
        "requested_datetime": iso_thai(facts.received_at),
        "updated_datetime": iso_thai(updated_at(facts)),
    }
    if facts.due_date is not None:
        request["expected_datetime"] = expected_datetime(facts.due_date)
    request.update({"address": address(facts, lang), "address_id": facts.village_code,
                    "zipcode": facts.zipcode})
    if facts.lat is not None and facts.lon is not None:
        request["lat"], request["long"] = facts.lat, facts.lon
    return request


def office_area(office: Mapping[str, str], lang: str = "th") -> str:
    """ตำบล… อำเภอ… จังหวัด… of the office: every complaint's spot lies in its area."""
    words = (("ตำบล", "อำเภอ", "จังหวัด") if lang != "en" else ("Tambon ", "Amphoe ", ""))
    parts = []
    for word, key in zip(words, ("tambon", "amphoe", "province"), strict=True):
        value = (office.get(key) or "").strip()
        if value:
            parts.append(value if value.startswith(word.strip()) or not word else word + value)
    return " ".join(parts)
