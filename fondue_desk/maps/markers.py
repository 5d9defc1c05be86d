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

from fondue_desk.domain.labels import UNKNOWN_COLOUR

PAYLOAD_VERSION = 2
COLUMNS = ("id", "lat_e6", "lon_e6", "status", "category")
MICRODEGREES = 1_000_000
UNKNOWN_STATUS_COLOUR = UNKNOWN_COLOUR  # a code the label book does not know
# One C call (json.dumps, map, set) holds the GIL throughout; a column is indexed and encoded in
# slices this long so the GUI thread gets its turn between them (one call over 300,000 values
# takes 15-50 ms, more on a loaded machine).
ENCODE_SLICE = 10_000


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
    met_statuses: set[str] = set()
    met_categories: set[int] = set()
    for start in range(0, count, ENCODE_SLICE):
        met_statuses.update(columns.statuses[start:start + ENCODE_SLICE])
        met_categories.update(columns.category_ids[start:start + ENCODE_SLICE])
    for key in sorted(met_statuses - status_index.keys()):
        status_index[key] = len(statuses)
        statuses.append({"key": key, "label": status_labels.get(key, key),
                         "colour": UNKNOWN_STATUS_COLOUR})
    met = sorted(met_categories)
    category_index = {category_id: i for i, category_id in enumerate(met)}
    category_list = [{"name": categories[c].name, "colour": categories[c].colour}
                     for c in met]
    head = {"v": PAYLOAD_VERSION, "statuses": statuses, "categories": category_list,
            "count": count, "skipped": skipped}
    # Indexes by map() over a dict's __getitem__: the per-marker work stays in C.
    as_index = {"status": status_index.__getitem__, "category": category_index.__getitem__}
    values = {"id": columns.ids, "lat_e6": columns.lats_e6, "lon_e6": columns.lons_e6,
              "status": columns.statuses, "category": columns.category_ids}
    parts = [_dumps(head)[:-1].encode("utf-8")]
    for name in COLUMNS:
        column, index = values[name], as_index.get(name)
        slices = []
        for start in range(0, count, ENCODE_SLICE):
            piece = column[start:start + ENCODE_SLICE]
            if index is not None:
                piece = list(map(index, piece))
            slices.append(_dumps(piece)[1:-1].encode("ascii"))
        parts.append(b',"' + name.encode("ascii") + b'":[' + b",".join(slices) + b"]")
    parts.append(b"}")
    return b"".join(parts)


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
