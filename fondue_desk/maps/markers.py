"""The markers the map draws, as one compact JSON document served at app://data/markers.json.

A register can hold 100,000+ located complaints, so each marker is a short array and the
repeated texts (status labels, category names, colours) are sent once and referred to by
index. Everything in it is data: the page inserts text with textContent and never evaluates
it, so a description or tracking number holding "</script>" or quotes is harmless here.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

PAYLOAD_VERSION = 1
# Order of the numbers in each row; fondue_map.js reads them by position.
ROW_FIELDS = ("id", "lat", "lon", "status", "category", "age_days", "tracking_no",
              "overdue_days")
UNKNOWN_STATUS_COLOUR = "#616161"


class MarkerRow(NamedTuple):
    """What a marker needs of a complaint; a RegisterRow has the same attributes and will do."""

    id: int
    lat: float | None
    lon: float | None
    status: str
    category_name: str
    category_colour: str
    received_at: object  # datetime (Thai time) or date
    tracking_no: str
    days_overdue: int


def marker_payload(rows: Iterable[MarkerRow], *, today: date,
                   status_colours: dict[str, str], status_labels: dict[str, str]) -> bytes:
    """Compact UTF-8 JSON: {"v", "statuses", "categories", "rows", "count", "skipped"}.

    Rows without (finite) coordinates cannot be placed and are counted in "skipped". "statuses" lists
    every status of `status_colours` (in its order, so a legend stays stable as filters
    change) plus any status met in the rows that it lacks; "categories" are listed as first
    met. Age is whole days since the complaint was received (Thai calendar days).
    """
    status_index = {key: i for i, key in enumerate(status_colours)}
    statuses = [{"key": key, "label": status_labels.get(key, key), "colour": colour}
                for key, colour in status_colours.items()]
    category_index: dict[str, int] = {}
    categories: list[dict[str, str]] = []
    out: list[list[object]] = []
    append = out.append
    skipped = 0
    ordinal_today = today.toordinal()
    isfinite = math.isfinite
    for row in rows:
        lat, lon = row.lat, row.lon
        # NaN would make the document invalid JSON; it is as unplaceable as a missing value.
        if lat is None or lon is None or not (isfinite(lat) and isfinite(lon)):
            skipped += 1
            continue
        s = status_index.get(row.status)
        if s is None:
            s = status_index[row.status] = len(statuses)
            statuses.append({"key": row.status, "label": status_labels.get(row.status, row.status),
                             "colour": UNKNOWN_STATUS_COLOUR})
        c = category_index.get(row.category_name)
        if c is None:
            c = category_index[row.category_name] = len(categories)
            categories.append({"name": row.category_name, "colour": row.category_colour})
        append([row.id, lat, lon, s, c, ordinal_today - _day(row.received_at).toordinal(),
                row.tracking_no, row.days_overdue])
    document = {"v": PAYLOAD_VERSION, "statuses": statuses, "categories": categories,
                "rows": out, "count": len(out), "skipped": skipped}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _day(value: object) -> date:
    # datetime is a subclass of date, so ask for the method, not the type.
    return value.date() if hasattr(value, "date") else value  # type: ignore[return-value]
