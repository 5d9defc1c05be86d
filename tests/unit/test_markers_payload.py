"""markers.json: one array per field, consistent indexes, skipped rows counted, text kept as data."""
from __future__ import annotations

import json

import pytest

from fondue_desk.maps.markers import (
    COLUMNS,
    ENCODE_SLICE,
    UNKNOWN_STATUS_COLOUR,
    CategoryStyle,
    MarkerColumns,
    marker_details,
    marker_payload,
)

COLOURS = {"received": "#1e88e5", "in_progress": "#fb8c00", "closed": "#43a047"}
LABELS = {"received": "รับเรื่องแล้ว", "in_progress": "กำลังดำเนินการ", "closed": "เสร็จสิ้น"}
CATEGORIES = {3: CategoryStyle(3, "ไฟฟ้าส่องสว่าง", "#fdd835"),
              7: CategoryStyle(7, "ถนนชำรุด", "#8d6e63"),
              9: CategoryStyle(9, "น้ำท่วมขัง", "#1e88e5"),
              11: CategoryStyle(11, "ไม่ได้ใช้", "#000000")}


def columns(rows: list[tuple]) -> MarkerColumns:
    """(id, lat_e6, lon_e6, status, category_id) rows as the columns the service reads."""
    ids, lats, lons, statuses, category_ids = (list(c) for c in zip(*rows, strict=True)) \
        if rows else ([], [], [], [], [])
    return MarkerColumns(ids, lats, lons, statuses, category_ids)


def payload(rows: list[tuple], *, skipped: int = 0, categories=CATEGORIES,
            labels=LABELS) -> bytes:
    return marker_payload(columns(rows), categories=categories, skipped=skipped,
                          status_colours=COLOURS, status_labels=labels)


def decode(data: bytes) -> dict:
    assert isinstance(data, bytes)
    return json.loads(data.decode("utf-8"))


def test_columns_hold_the_rows_in_order_and_counts_say_how_many():
    rows = [(5, 18_790_000, 98_980_000, "received", 7), (2, 18_800_001, 99_010_000, "closed", 3),
            (9, 18_700_000, -98_900_000, "received", 7)]
    doc = decode(payload(rows, skipped=4))
    assert doc["v"] == 2
    assert doc["count"] == 3 and doc["skipped"] == 4
    assert doc["id"] == [5, 2, 9]
    assert doc["lat_e6"] == [18_790_000, 18_800_001, 18_700_000]
    assert doc["lon_e6"] == [98_980_000, 99_010_000, -98_900_000]
    assert set(COLUMNS) <= doc.keys()


def test_indexes_point_at_the_right_status_and_category():
    rows = [(1, 18_000_000, 99_000_000, "closed", 3), (2, 18_000_000, 99_000_000, "in_progress", 7),
            (3, 18_000_000, 99_000_000, "closed", 7),
            (4, 18_000_000, 99_000_000, "forwarded", 9)]  # not in COLOURS
    doc = decode(payload(rows))
    # The legend keeps the configured order, then any status met that it lacks.
    assert [s["key"] for s in doc["statuses"]] == ["received", "in_progress", "closed",
                                                   "forwarded"]
    assert doc["statuses"][2] == {"key": "closed", "label": "เสร็จสิ้น", "colour": "#43a047"}
    assert doc["statuses"][3]["colour"] == UNKNOWN_STATUS_COLOUR
    # Only the categories met, by id; an unused one is not sent.
    assert [c["name"] for c in doc["categories"]] == ["ไฟฟ้าส่องสว่าง", "ถนนชำรุด", "น้ำท่วมขัง"]
    for (cid, _lat, _lon, status, category_id), s, c in zip(rows, doc["status"],
                                                           doc["category"], strict=True):
        assert doc["statuses"][s]["key"] == status
        assert doc["categories"][c] == {"name": CATEGORIES[category_id].name,
                                        "colour": CATEGORIES[category_id].colour}, cid


def test_hostile_text_survives_as_data():
    nasty = "</script><script>alert('x')</script> \"quoted\" \\ \u2028 ไทย"
    data = payload([(1, 18_000_000, 99_000_000, "received", 3)],
                   categories={3: CategoryStyle(3, nasty, "#000000")},
                   labels={"received": nasty})
    doc = decode(data)
    assert doc["categories"][0]["name"] == nasty
    assert doc["statuses"][0]["label"] == nasty
    # Thai stays readable UTF-8 (ensure_ascii=False): half the size of \\u escapes.
    assert "ไทย".encode() in data
    details = json.loads(marker_details(
        complaint_id=1, tracking_no=nasty, category_name=nasty, category_colour="#000",
        status="received", status_label=nasty, status_colour="#fff", age_days=3,
        overdue_days=0))
    assert details["tracking_no"] == details["category"]["name"] == nasty


def test_compact_and_empty():
    data = payload([])
    assert b", " not in data and b": " not in data
    doc = decode(data)
    assert all(doc[column] == [] for column in COLUMNS)
    assert doc["count"] == 0 and doc["skipped"] == 0
    assert doc["categories"] == [] and len(doc["statuses"]) == 3


def test_columns_of_unequal_length_are_refused():
    bad = MarkerColumns([1, 2], [18_000_000], [99_000_000], ["received"], [3])
    with pytest.raises(ValueError):
        marker_payload(bad, categories=CATEGORIES, skipped=0, status_colours=COLOURS,
                       status_labels=LABELS)


def test_a_nan_is_refused_rather_than_sent_as_invalid_json():
    with pytest.raises(ValueError):
        payload([(1, float("nan"), 99_000_000, "received", 3)])


def test_many_rows_across_encoding_slices_come_back_whole():
    n = ENCODE_SLICE * 2 + 7  # three slices, the last one short
    rows = [(i, 18_700_000 + i, 98_900_000 - i, "received" if i % 3 else "closed",
             (3, 7, 9)[i % 3]) for i in range(1, n + 1)]
    doc = decode(payload(rows))
    assert doc["count"] == n
    assert doc["id"] == [r[0] for r in rows]
    assert doc["lat_e6"] == [r[1] for r in rows] and doc["lon_e6"] == [r[2] for r in rows]
    assert [doc["statuses"][s]["key"] for s in doc["status"]] == [r[3] for r in rows]
