"""Hotspots: places where several open complaints of one kind pile up (the same broken pipe,
the same dark street), so the office can treat them as one job.

Definition (greedy density clustering, deterministic):
1. The neighbours of a point are the points of the SAME category within `radius_m` of it,
   itself included; its density is how many there are.
2. Points are taken densest first (ties: lowest complaint id). A point not yet used whose
   not-yet-used neighbours number at least `min_count` becomes a seed: those neighbours
   (itself included) are one hotspot and are used up.
3. So every member lies within `radius_m` of the hotspot's seed point, a point belongs to
   at most one hotspot, and the centre is the mean of its members' positions.

Distances are equirectangular (error far below a metre at 100 m). Points are bucketed in a
grid of cells at least `radius_m` wide, so a point's neighbours are in its own or the eight
surrounding cells and the work grows with the number of points, not its square. Counting
runs in numpy over candidate pairs; a point whose 3x3 block holds fewer than `min_count`
same-category points cannot reach the count and is never measured.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np

EARTH_RADIUS_M = 6_371_008.8
_M_PER_DEG = math.pi / 180 * EARTH_RADIUS_M
# Pairs measured at once while counting (bounds memory: ~100 MB of temporaries).
_CHUNK = 1 << 21
# Above this many candidates one numpy pass beats a Python loop over them.
_SMALL_BLOCK = 96


@dataclass(frozen=True)
class Hotspot:
    category_name: str
    colour: str
    count: int
    lat: float
    lon: float
    complaint_ids: tuple[int, ...]
    radius_m: float  # circle around (lat, lon) holding every member; never below the rule's
    village: str = ""  # "หมู่ที่ 3 บ้านหนองบัว": what its complaints say, else the outline it is in
    place: str = ""    # the location clerks wrote most often for it ("ถนนสายหลัก")

    @property
    def where(self) -> str:
        """How the list names it: village and place, or its position when nothing says more."""
        named = " · ".join(part for part in (self.village, self.place) if part)
        return named or f"{self.lat:.5f}, {self.lon:.5f}"


def find_hotspots(points: Iterable[tuple[int, float, float, str, str]], *,
                  radius_m: float = 100.0, min_count: int = 3) -> list[Hotspot]:
    """Hotspots of (id, lat, lon, category_name, colour) points, largest first."""
    if radius_m <= 0 or min_count < 1:
        raise ValueError("radius_m must be positive and min_count at least 1")
    pts = [p for p in points if p[1] is not None and p[2] is not None]
    if len(pts) < min_count:
        return []
    grid = _Grid(pts, radius_m)
    density = grid.densities(min_count)
    dense = np.nonzero(density >= min_count)[0]
    seeds = dense[np.lexsort((grid.ids[dense], -density[dense]))]
    used = bytearray(len(pts))
    found = []
    for seed in seeds.tolist():
        if used[seed]:
            continue
        members = grid.unused_neighbours(seed, used)
        if len(members) < min_count:
            continue
        for j in members:
            used[j] = 1
        found.append(_hotspot([pts[j] for j in members], radius_m))
    found.sort(key=lambda h: (-h.count, h.category_name, h.complaint_ids[0]))
    return found


class _Grid:
    """Points bucketed by (category, cell row, cell column), sorted by that key.

    Cells are radius_m tall and at least radius_m wide at the highest latitude present
    (longitude degrees shrink towards the poles). Neighbouring columns have consecutive keys,
    so the 3x3 block around a point is three contiguous runs of the sorted order.
    """

    def __init__(self, pts: list[tuple[int, float, float, str, str]], radius_m: float) -> None:
        self.ids = np.fromiter((p[0] for p in pts), dtype=np.int64, count=len(pts))
        self.lat = np.fromiter((p[1] for p in pts), dtype=np.float64, count=len(pts))
        self.lon = np.fromiter((p[2] for p in pts), dtype=np.float64, count=len(pts))
        self.cos = np.cos(np.radians(self.lat))
        codes: dict[str, int] = {}
        category = np.fromiter((codes.setdefault(p[3], len(codes)) for p in pts),
                               dtype=np.int64, count=len(pts))
        lat_cell = radius_m / _M_PER_DEG
        lon_cell = radius_m / (_M_PER_DEG * max(float(self.cos.min()), 0.01))
        row = np.floor(self.lat / lat_cell).astype(np.int64)
        col = np.floor(self.lon / lon_cell).astype(np.int64)
        row -= row.min() - 1  # a free row/column on each side: offsets never wrap around
        col -= col.min() - 1
        self.width = int(col.max()) + 2
        key = (category * (int(row.max()) + 2) + row) * self.width + col
        self.order = np.argsort(key, kind="stable")
        ordered = key[self.order]
        # [start, end) in self.order of the three block rows (dy = -1, 0, 1) of every point.
        self.runs = [(np.searchsorted(ordered, key + dy * self.width - 1, "left"),
                      np.searchsorted(ordered, key + dy * self.width + 1, "right"))
                     for dy in (-1, 0, 1)]
        self.limit = (radius_m / _M_PER_DEG) ** 2  # squared, in degrees of latitude
        self._lists = (self.order.tolist(), self.lat.tolist(), self.lon.tolist(),
                       self.cos.tolist())

    def densities(self, min_count: int) -> np.ndarray:
        """Same-category points within the radius of each point (itself included).

        Points whose whole 3x3 block holds fewer than min_count points are left at 0 unseen.
        Candidate pairs are measured in chunks so a very dense register cannot exhaust memory.
        """
        n = len(self.ids)
        block = sum(end - start for start, end in self.runs)
        sources = np.nonzero(block >= min_count)[0]
        density = np.zeros(n, dtype=np.int64)
        for start, end in self.runs:
            lengths = (end - start)[sources]
            bounds = np.cumsum(lengths)
            cut = 0
            while cut < len(sources):
                stop = int(np.searchsorted(bounds, bounds[cut] - lengths[cut] + _CHUNK, "right"))
                stop = max(stop, cut + 1)
                src, dst = _expand(sources[cut:stop], start, lengths[cut:stop], self.order)
                near = self._within(src, dst)
                density += np.bincount(src[near], minlength=n)
                cut = stop
        return density

    def unused_neighbours(self, i: int, used: bytearray) -> list[int]:
        order, lat, lon, cos = self._lists
        s0, s1, s2 = (int(run[0][i]) for run in self.runs)
        e0, e1, e2 = (int(run[1][i]) for run in self.runs)
        if (e0 - s0) + (e1 - s1) + (e2 - s2) > _SMALL_BLOCK:
            idx = np.concatenate((self.order[s0:e0], self.order[s1:e1], self.order[s2:e2]))
            idx = idx[np.frombuffer(used, dtype=np.uint8)[idx] == 0]
            return idx[self._within(np.full(len(idx), i), idx)].tolist()
        lat_i, lon_i, cos_i, limit = lat[i], lon[i], cos[i], self.limit
        members = []
        for j in order[s0:e0] + order[s1:e1] + order[s2:e2]:
            if not used[j]:
                dlat = lat[j] - lat_i
                dlon = (lon[j] - lon_i) * (cos_i + cos[j]) * 0.5
                if dlat * dlat + dlon * dlon <= limit:
                    members.append(j)
        return members

    def _within(self, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
        # Longitude scaled by the mean of the two cosines: equal to the cosine of the mean
        # latitude to ~1e-10 over a few hundred metres.
        dlat = self.lat[dst] - self.lat[src]
        dlon = (self.lon[dst] - self.lon[src]) * (self.cos[src] + self.cos[dst]) * 0.5
        return dlat * dlat + dlon * dlon <= self.limit


def _expand(sources: np.ndarray, starts: np.ndarray, lengths: np.ndarray,
            order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (source, candidate) pair: each source against its run order[start:start+len]."""
    total = int(lengths.sum())
    src = np.repeat(sources, lengths)
    first = np.repeat(starts[sources] - (np.cumsum(lengths) - lengths), lengths)
    return src, order[first + np.arange(total)]


PLACE_MAX_CHARS = 40


def name_hotspots(spots: Iterable[Hotspot], places: Mapping[int, tuple[str, str]],
                  area_at: Callable[[float, float], str] | None = None) -> list[Hotspot]:
    """Each hotspot with its village and place, from its complaints' (village label, location
    text) in `places` (by complaint id): the most frequent non-empty of each, ties going to the
    earliest complaint. A hotspot whose complaints name no village takes the label of the
    outline that holds its centre (`area_at(lat, lon)`), if any.
    """
    named = []
    for spot in spots:
        members = [places.get(cid, ("", "")) for cid in spot.complaint_ids]
        village = _most_common(label.strip() for label, _text in members)
        if not village and area_at is not None:
            village = area_at(spot.lat, spot.lon)
        place = _most_common(" ".join(text.split()) for _label, text in members)
        if len(place) > PLACE_MAX_CHARS:
            place = place[:PLACE_MAX_CHARS - 1].rstrip() + "…"
        named.append(replace(spot, village=village, place=place))
    return named


def _most_common(values: Iterable[str]) -> str:
    # Counter keeps first-seen order among equal counts, and members come by complaint id.
    counts = Counter(value for value in values if value)
    return counts.most_common(1)[0][0] if counts else ""


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in metres: good to centimetres over a few hundred metres."""
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(x, lat2 - lat1) * _M_PER_DEG


def _hotspot(members: list[tuple[int, float, float, str, str]], radius_m: float) -> Hotspot:
    lat = sum(p[1] for p in members) / len(members)
    lon = sum(p[2] for p in members) / len(members)
    reach = max(distance_m(lat, lon, p[1], p[2]) for p in members)
    return Hotspot(
        category_name=members[0][3], colour=members[0][4], count=len(members),
        lat=round(lat, 6), lon=round(lon, 6),
        complaint_ids=tuple(sorted(p[0] for p in members)),
        radius_m=round(max(radius_m, reach), 1),
    )
