"""markers.json: compact rows, consistent indexes, skipped rows counted, text kept as data."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.maps.markers import ROW_FIELDS, marker_payload
from fondue_desk.services.register import RegisterRow

TODAY = date(2026, 3, 10)
COLOURS = {"received": "#1e88e5", "in_progress": "#fb8c00", "closed": "#43a047"}
LABELS = {"received": "รับเรื่องแล้ว", "in_progress": "กำลังดำเนินการ", "closed": "เสร็จสิ้น"}


def row(cid: int, *, lat=18.79, lon=98.98, status="received", category="ถนนชำรุด",
        colour="#8d6e63", days_old=0, tracking=None, overdue=0, description="") -> RegisterRow:
    received = datetime(2026, 3, 10, 9, 30, tzinfo=THAI_TZ) - timedelta(days=days_old)
    return RegisterRow(
        id=cid, tracking_no=tracking or f"2569-{cid:06d}", received_at=received,
        category_name=category, category_colour=colour, status=status, village_label="",
        location_text="", anonymous=False, complainant_name="", phone="", crew_name="",
        due_date=None, days_overdue=overdue, reopen_count=0, channel="counter",
        description=description, lat=lat, lon=lon)


def decode(payload: bytes) -> dict:
    assert isinstance(payload, bytes)
    return json.loads(payload.decode("utf-8"))


def test_rows_without_coordinates_are_skipped_and_counted():
    rows = [row(1), row(2, lat=None, lon=None), row(3, lon=None), row(4, lat=float("nan")),
            row(5)]
    doc = decode(marker_payload(rows, today=TODAY, status_colours=COLOURS,
                                status_labels=LABELS))
    assert doc["v"] == 1
    assert [r[0] for r in doc["rows"]] == [1, 5]
    assert doc["count"] == 2 and doc["skipped"] == 3


def test_indexes_point_at_the_right_status_and_category():
    rows = [
        row(1, status="closed", category="ไฟฟ้าส่องสว่าง", colour="#fdd835", days_old=3),
        row(2, status="in_progress", category="ถนนชำรุด", colour="#8d6e63", overdue=2),
        row(3, status="closed", category="ถนนชำรุด", colour="#8d6e63", days_old=40),
        row(4, status="forwarded", category="น้ำท่วมขัง", colour="#1e88e5"),  # not in COLOURS
    ]
    doc = decode(marker_payload(rows, today=TODAY, status_colours=COLOURS,
                                status_labels=LABELS))
    # The legend keeps the configured order, then any status met that it lacks.
    assert [s["key"] for s in doc["statuses"]] == ["received", "in_progress", "closed",
                                                   "forwarded"]
    assert doc["statuses"][2] == {"key": "closed", "label": "เสร็จสิ้น", "colour": "#43a047"}
    assert [c["name"] for c in doc["categories"]] == ["ไฟฟ้าส่องสว่าง", "ถนนชำรุด", "น้ำท่วมขัง"]
    by_id = {r[0]: dict(zip(ROW_FIELDS, r, strict=True)) for r in doc["rows"]}
    for source in rows:
        out = by_id[source.id]
        assert doc["statuses"][out["status"]]["key"] == source.status
        category = doc["categories"][out["category"]]
        assert (category["name"], category["colour"]) == (source.category_name,
                                                           source.category_colour)
        assert (out["lat"], out["lon"]) == (source.lat, source.lon)
        assert out["tracking_no"] == source.tracking_no
        assert out["overdue_days"] == source.days_overdue
    assert [by_id[i]["age_days"] for i in (1, 2, 3)] == [3, 0, 40]


def test_hostile_text_survives_as_data():
    nasty = "</script><script>alert('x')</script> \"quoted\" \\ \u2028 ไทย"
    rows = [row(1, tracking=nasty, category=nasty, description=nasty)]
    payload = marker_payload(rows, today=TODAY, status_colours=COLOURS,
                             status_labels={"received": nasty})
    doc = decode(payload)
    assert doc["rows"][0][6] == nasty
    assert doc["categories"][0]["name"] == nasty
    assert doc["statuses"][0]["label"] == nasty
    # Thai stays readable UTF-8 (ensure_ascii=False): half the size of \\u escapes.
    assert "ไทย".encode() in payload


def test_compact_and_empty():
    doc_bytes = marker_payload([], today=TODAY, status_colours=COLOURS, status_labels=LABELS)
    assert b", " not in doc_bytes and b": " not in doc_bytes
    doc = decode(doc_bytes)
    assert doc["rows"] == [] and doc["count"] == 0 and doc["skipped"] == 0
    assert doc["categories"] == [] and len(doc["statuses"]) == 3


def test_hundred_thousand_rows_serialise():
    base = row(1)
    rows = [replace(base, id=i, lat=18.7 + i * 1e-6, tracking_no=f"2569-{i:06d}")
            for i in range(100_000)]
    doc = decode(marker_payload(rows, today=TODAY, status_colours=COLOURS,
                                status_labels=LABELS))
    assert doc["count"] == 100_000 and len(doc["rows"]) == 100_000
