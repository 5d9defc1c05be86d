"""Duplicates: when an open complaint is "the same problem" as a new one, and the limits an office
may set for it. The one place these rules and numbers live (intake's candidate list, the
Settings page, the configuration file and the services all ask here).

A complaint is offered as a possible duplicate of a new report when it is open, of the same
category, not itself a duplicate (one level only), received within the category's days before
now, and either within the category's radius (both have a point) or in the same village (either
has no point). Distances are great-circle distances on the mean Earth sphere: over a few hundred
metres the error against the ellipsoid is well under a metre, far below a phone's GPS error.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import FieldError

RADIUS_RANGE = (10, 5000)          # metres
DAYS_RANGE = (1, 365)
DEFAULT_RADIUS_M = 100
DEFAULT_DAYS = 30
EARTH_RADIUS_M = 6_371_008.8       # IUGG mean radius

# Refusals are written as literal codes where they are raised (the tests that check every code
# has words read the literals): duplicate.self, .chain, .already_linked, .not_open,
# .follows_parent, .not_a_child, .too_few, .radius_range, .days_range. Their words:
# ui/duplicate_texts.py and commands/error_catalogue.py.


@dataclass(frozen=True)
class Box:
    """A latitude/longitude rectangle holding every point within a radius of its centre: the
    database narrows by it (plain column comparisons, any backend), Python measures exactly."""

    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(lat: float, lon: float, radius_m: float) -> Box:
    """Slightly larger than the circle (1 %), so rounding never leaves a point at the edge out;
    the exact distance decides afterwards."""
    reach = radius_m * 1.01
    dlat = math.degrees(reach / EARTH_RADIUS_M)
    # Thailand lies between 5° and 21° N: cos(lat) never nears zero here.
    dlon = math.degrees(reach / (EARTH_RADIUS_M * max(math.cos(math.radians(lat)), 0.01)))
    return Box(lat - dlat, lat + dlat, lon - dlon, lon + dlon)


def window_start(now: datetime, days: int) -> datetime:
    """The earliest receipt still "recent": exactly `days` × 24 hours before `now` (inclusive)."""
    return now - timedelta(days=days)


def near(lat: float | None, lon: float | None, village_id: int | None,
         other_lat: float | None, other_lon: float | None, other_village_id: int | None,
         radius_m: float) -> tuple[bool, float | None]:
    """(is it near, the distance in metres or None when judged by village). With both points the
    radius decides; when either has none, the same village does (no village: not near)."""
    if None not in (lat, lon, other_lat, other_lon):
        d = distance_m(lat, lon, other_lat, other_lon)  # type: ignore[arg-type]
        return d <= radius_m, d
    return village_id is not None and village_id == other_village_id, None


def check_limits(radius_m: object, days: object, *, radius_field: str = "duplicate_radius_m",
                 days_field: str = "duplicate_days") -> list[FieldError]:
    """A category's radius and days; an error per value outside its range (ints only)."""
    errors = []
    if not _int_in(radius_m, RADIUS_RANGE):
        errors.append(FieldError(radius_field, "duplicate.radius_range",
                                 {"min": RADIUS_RANGE[0], "max": RADIUS_RANGE[1]}))
    if not _int_in(days, DAYS_RANGE):
        errors.append(FieldError(days_field, "duplicate.days_range",
                                 {"min": DAYS_RANGE[0], "max": DAYS_RANGE[1]}))
    return errors


def _int_in(value: object, bounds: tuple[int, int]) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)
            and bounds[0] <= value <= bounds[1])
