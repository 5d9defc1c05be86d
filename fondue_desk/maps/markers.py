"""The markers the map draws, as one compact JSON document served at app://data/markers.json.

A register can hold 300,000 located complaints and the map must be drawn within two seconds,
so the document is columnar: one array per field ("id", "lat_e6", "lon_e6", "status",
"category"), the n-th marker being the n-th value of each. Positions are whole micro-degrees
(0.11 m; the location picker keeps six decimals anyway): JSON writes an integer four times as
fast as a float, and 600,000 of them are most of the document. Statuses and categories are sent once and
referred to by index. That is all clustering, colouring and selecting need; what a popup shows
(tracking number, age, days overdue) is asked for one complaint at a time (`marker_details`).

Everything in it is data: the page inserts text with textContent and never evaluates it, so a
name holding "</script>" or quotes is harmless here.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

PAYLOAD_VERSION = 2
COLUMNS = ("id", "lat_e6", "lon_e6", "status", "category")
MICRODEGREES = 1_000_000
UNKNOWN_STATUS_COLOUR = "#616161"
# json.dumps holds the GIL for the whole call; a column is encoded in slices this long so the
# GUI thread gets its turn between them (300,000 floats in one call take ~0.15 s).
ENCODE_SLICE = 20_000


@dataclass(frozen=True)
class MarkerColumns:
    """Located complaints, one list per field, in the same order (row i is every list's [i])."""

    ids: Sequence[int]
    lats_e6: Sequence[int]  # latitude × MICRODEGREES, rounded
    lons_e6: Sequence[int]
    statuses: Sequence[str]
    category_ids: Sequence[int]


@dataclass(frozen=True)
class CategoryStyle:
    id: int
    name: str
    colour: str


def marker_payload(columns: MarkerColumns, *, categories: dict[int, CategoryStyle],
                   skipped: int, status_colours: dict[str, str],
                   status_labels: dict[str, str]) -> bytes:
    """Compact UTF-8 JSON: {"v", "statuses", "categories", "count", "skipped", <COLUMNS>}.

    The columns must hold placeable points only (on the globe: the service's query leaves
    the others out and counts them in `skipped`). "statuses" lists every status of `status_colours`
    (in its order, so a legend stays stable as filters change), then any other status met, by
    name. "categories" are those met, by id; "status" and "category" hold indexes into them.
    """
    count = len(columns.ids)
    if not all(len(column) == count for column in (columns.lats_e6, columns.lons_e6,
                                                   columns.statuses, columns.category_ids)):
        raise ValueError("marker columns differ in length")
    status_index = {key: i for i, key in enumerate(status_colours)}
    statuses = [{"key": key, "label": status_labels.get(key, key), "colour": colour}
                for key, colour in status_colours.items()]
    for key in sorted(set(columns.statuses) - status_index.keys()):
        status_index[key] = len(statuses)
        statuses.append({"key": key, "label": status_labels.get(key, key),
                         "colour": UNKNOWN_STATUS_COLOUR})
    met = sorted(set(columns.category_ids))
    category_index = {category_id: i for i, category_id in enumerate(met)}
    category_list = [{"name": categories[c].name, "colour": categories[c].colour}
                     for c in met]
    head = {"v": PAYLOAD_VERSION, "statuses": statuses, "categories": category_list,
            "count": count, "skipped": skipped}
    # map() over a dict's __getitem__: the per-marker work stays in C.
    values = {"id": columns.ids, "lat_e6": columns.lats_e6, "lon_e6": columns.lons_e6,
              "status": list(map(status_index.__getitem__, columns.statuses)),
              "category": list(map(category_index.__getitem__, columns.category_ids))}
    parts = [_dumps(head)[:-1]]
    for name in COLUMNS:
        parts.append(f',"{name}":[')
        column = values[name]
        parts.append(",".join(_dumps(column[start:start + ENCODE_SLICE])[1:-1]
                              for start in range(0, count, ENCODE_SLICE)))
        parts.append("]")
    parts.append("}")
    return "".join(parts).encode("utf-8")


def _dumps(value: object) -> str:
    # allow_nan=False: a NaN would make the document invalid JSON (never a position here).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def marker_details(*, complaint_id: int, tracking_no: str, category_name: str,
                   category_colour: str, status: str, status_label: str, status_colour: str,
                   age_days: int, overdue_days: int) -> bytes:
    """What a marker's popup shows, for app://data/complaint/<id>.json."""
    return _dumps({"id": complaint_id, "tracking_no": tracking_no,
                   "category": {"name": category_name, "colour": category_colour},
                   "status": {"key": status, "label": status_label, "colour": status_colour},
                   "age_days": age_days, "overdue_days": overdue_days}).encode("utf-8")
