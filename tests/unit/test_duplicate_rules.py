"""The duplicate rules without a database: distance, the box the database narrows by, the window
of days and the village fallback (domain.duplicates)."""
from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from fondue_desk.domain.duplicates import (
    bounding_box,
    distance_m,
    near,
    window_start,
)

LAT, LON = 18.7396, 98.9518   # the demo office, Chiang Mai


def test_distance_is_the_great_circle_distance():
    assert distance_m(LAT, LON, LAT, LON) == 0
    # One degree of latitude on the mean sphere.
    assert distance_m(0, 100, 1, 100) == pytest.approx(111_195, abs=1)
    # Chiang Mai to Bangkok (Democracy Monument): about 582 km as the crow flies.
    assert distance_m(18.7883, 98.9853, 13.7567, 100.5018) == pytest.approx(582_000, rel=0.01)
    # Symmetric.
    assert distance_m(LAT, LON, 18.74, 98.95) == distance_m(18.74, 98.95, LAT, LON)


@pytest.mark.parametrize("radius", [10, 100, 999, 5000])
def test_the_box_holds_every_point_of_the_circle(radius):
    box = bounding_box(LAT, LON, radius)
    for step in range(36):
        bearing = math.radians(step * 10)
        # A point exactly `radius` away at this bearing (small-distance offsets).
        dlat = radius * math.cos(bearing) / 111_195
        dlon = radius * math.sin(bearing) / (111_195 * math.cos(math.radians(LAT)))
        lat, lon = LAT + dlat, LON + dlon
        assert distance_m(LAT, LON, lat, lon) == pytest.approx(radius, rel=0.01)
        assert box.min_lat <= lat <= box.max_lat and box.min_lon <= lon <= box.max_lon
    # And not much more: the database is handed a narrow box.
    assert distance_m(LAT, LON, box.max_lat, LON) < radius * 1.02


def test_near_by_distance_when_both_have_a_point_else_by_village():
    north_99 = LAT + math.degrees(99 / 6_371_008.8)
    north_101 = LAT + math.degrees(101 / 6_371_008.8)
    assert near(LAT, LON, 1, north_99, LON, 2, 100)[0] is True      # the village is not asked
    assert near(LAT, LON, 1, north_101, LON, 1, 100)[0] is False    # nor here
    assert near(None, None, 3, north_101, LON, 3, 100) == (True, None)
    assert near(LAT, LON, 3, None, None, 3, 100) == (True, None)
    assert near(LAT, LON, 3, None, None, 4, 100) == (False, None)
    assert near(None, None, None, None, None, None, 100) == (False, None)


def test_the_window_is_whole_days_of_24_hours_back_from_now():
    now = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
    assert window_start(now, 30) == now - timedelta(days=30)
    assert window_start(now, 1) == datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
