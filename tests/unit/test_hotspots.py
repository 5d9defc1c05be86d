"""Hotspots: exact outcomes on points placed at known distances, and a brute-force check."""
from __future__ import annotations

import math
import random

import pytest

from fondue_desk.maps.hotspots import distance_m, find_hotspots

LAT, LON = 18.7883, 98.9853  # Chiang Mai: cos(lat) well away from 1, so longitude matters
M_PER_DEG = math.pi / 180 * 6_371_008.8
ROAD = ("ถนนชำรุด", "#8d6e63")
LIGHT = ("ไฟฟ้าส่องสว่าง", "#fdd835")


def at(north_m: float, east_m: float) -> tuple[float, float]:
    return (LAT + north_m / M_PER_DEG,
            LON + east_m / (M_PER_DEG * math.cos(math.radians(LAT))))


def point(cid: int, north_m: float, east_m: float, kind=ROAD):
    return (cid, *at(north_m, east_m), *kind)


def test_distance_helper_matches_placement():
    assert distance_m(*at(0, 0), *at(0, 60)) == pytest.approx(60, abs=0.01)
    assert distance_m(*at(0, 0), *at(80, 60)) == pytest.approx(100, abs=0.01)


def test_three_points_60_m_apart_make_one_hotspot():
    points = [point(1, 0, 0), point(2, 0, 60), point(3, 0, 120)]  # a line along a street
    [hotspot] = find_hotspots(points, radius_m=100, min_count=3)
    assert hotspot.count == 3
    assert hotspot.complaint_ids == (1, 2, 3)
    assert (hotspot.category_name, hotspot.colour) == ROAD
    centre = at(0, 60)  # the mean of the three
    assert distance_m(hotspot.lat, hotspot.lon, *centre) < 0.5
    assert hotspot.radius_m >= 100  # the circle holds every member, never below the rule


def test_triangle_of_60_m_sides_is_one_hotspot():
    h = 60 * math.sqrt(3) / 2
    points = [point(7, 0, 0), point(8, 0, 60), point(9, h, 30)]
    assert [x.complaint_ids for x in find_hotspots(points)] == [(7, 8, 9)]


def test_three_points_150_m_apart_make_none():
    points = [point(1, 0, 0), point(2, 0, 150), point(3, 0, 300)]
    assert find_hotspots(points, radius_m=100, min_count=3) == []


def test_radius_is_inclusive_and_exact_around_the_edge():
    inside = [point(1, 0, 0), point(2, 0, 99.5), point(3, 0, -99.5)]
    outside = [point(1, 0, 0), point(2, 0, 100.5), point(3, 0, -100.5)]
    assert len(find_hotspots(inside)) == 1
    assert find_hotspots(outside) == []


def test_mixed_categories_make_none():
    points = [point(1, 0, 0), point(2, 0, 20, LIGHT), point(3, 20, 0)]
    assert find_hotspots(points, radius_m=100, min_count=3) == []


def test_a_point_belongs_to_one_hotspot_and_largest_come_first():
    big = [point(i, 0, 10 * i) for i in range(1, 6)]               # 5 within 40 m of the middle
    small = [point(10 + i, 1000, 10 * i, LIGHT) for i in range(3)]  # 3 lights 1 km north
    found = find_hotspots(big + small, radius_m=50, min_count=3)
    assert [h.count for h in found] == [5, 3]
    assert found[0].category_name == ROAD[0] and found[1].category_name == LIGHT[0]
    ids = [cid for h in found for cid in h.complaint_ids]
    assert len(ids) == len(set(ids)) == 8


def test_min_count_is_respected():
    points = [point(1, 0, 0), point(2, 0, 30), point(3, 0, 60)]
    assert find_hotspots(points, min_count=4) == []
    assert len(find_hotspots(points, min_count=2)) == 1


def test_points_without_position_are_ignored():
    points = [point(1, 0, 0), point(2, 0, 30), (3, None, None, *ROAD)]
    assert find_hotspots(points, min_count=3) == []


def _brute_force(points, radius_m, min_count):
    """The documented definition, written the slow obvious way."""
    near = {p[0]: [q for q in points if q[3] == p[3]
                   and distance_m(p[1], p[2], q[1], q[2]) <= radius_m] for p in points}
    used: set[int] = set()
    result = []
    for p in sorted(points, key=lambda p: (-len(near[p[0]]), p[0])):
        if p[0] in used:
            continue
        members = [q[0] for q in near[p[0]] if q[0] not in used]
        if len(members) >= min_count:
            used.update(members)
            result.append(tuple(sorted(members)))
    return sorted(result)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_grid_search_agrees_with_brute_force(seed):
    rnd = random.Random(seed)
    kinds = [ROAD, LIGHT, ("น้ำท่วมขัง", "#1e88e5")]
    points = [point(i, rnd.uniform(0, 600), rnd.uniform(0, 600), rnd.choice(kinds))
              for i in range(400)]
    found = find_hotspots(points, radius_m=45, min_count=3)
    assert found, "the random layout should hold some hotspots"
    assert sorted(h.complaint_ids for h in found) == _brute_force(points, 45, 3)


def test_one_hundred_thousand_points_complete():
    rnd = random.Random(2569)
    kinds = [(f"หมวด {i}", "#000000") for i in range(10)]
    points = [point(i, rnd.uniform(0, 10_000), rnd.uniform(0, 10_000), rnd.choice(kinds))
              for i in range(100_000)]
    found = find_hotspots(points)
    members = sum(h.count for h in found)
    assert 0 < members <= 100_000
    assert all(h.count >= 3 for h in found)
