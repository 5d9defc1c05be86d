"""The offline locator sketch on a work order: the job's village outline, its neighbours, the spot.

Village outlines come from the office's imported boundary GeoJSON when its features name
their village (a number property such as "village_no"/"moo"/"หมู่ที่", or the village's name);
otherwise the whole office area is the outline and the village centres are the landmarks.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from fondue_desk.documents.locator_sketch import LocatorSketch, Ring
from fondue_desk.maps.village_labels import feature_name, feature_number

from .views import VillageView


class SketchMaker:
    """Built once per batch of orders: the outlines are parsed once, not once per job."""

    def __init__(self, boundary_geojson: bytes | None, villages: Iterable[VillageView]) -> None:
        self._villages = {v.id: v for v in villages}
        self._outlines: list[tuple[int | None, str, tuple[Ring, ...]]] = []
        if boundary_geojson:
            for feature in json.loads(boundary_geojson)["features"]:
                props = feature.get("properties") or {}
                # The map's labels read the same properties (maps.village_labels).
                self._outlines.append(
                    (feature_number(props), feature_name(props), _rings(feature["geometry"])))
        self._landmarks = tuple((f"ม.{v.number}", v.lat, v.lon) for v in self._villages.values()
                                if v.lat is not None and v.lon is not None)

    def sketch(self, village_id: int | None, lat: float | None, lon: float | None
               ) -> LocatorSketch | None:
        village = self._villages.get(village_id) if village_id is not None else None
        point = (lat, lon) if lat is not None and lon is not None else None
        if point is None and village is None:
            return None  # nothing to locate: the order says so in words
        mine = self._match(village) if village else None
        if mine is not None:
            area = self._outlines[mine][2]
            others = tuple(r for i, o in enumerate(self._outlines) if i != mine for r in o[2])
        else:
            area = tuple(r for o in self._outlines for r in o[2])
            others = ()
        return LocatorSketch(area=area, area_label=village.label if village else "",
                             surroundings=others, landmarks=self._landmarks, point=point)

    def _match(self, village: VillageView) -> int | None:
        for i, (number, name, _rings) in enumerate(self._outlines):
            if number == village.number or (name and name in (village.name, village.label)):
                return i
        return None


def _rings(geometry: dict) -> tuple[Ring, ...]:
    polygons = ([geometry["coordinates"]] if geometry["type"] == "Polygon"
                else geometry["coordinates"])
    # Outer rings only: a hole is too small to matter on a 4 cm sketch. GeoJSON is [lon, lat].
    return tuple(tuple((lat, lon) for lon, lat, *_ in polygon[0]) for polygon in polygons
                 if polygon)
