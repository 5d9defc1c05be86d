"""The office's boundary (its sub-district outline), imported once as GeoJSON and drawn on the map.

Offices get the outline from the province, from a GIS colleague or from OpenStreetMap
exports, in any of the GeoJSON shapes (a bare geometry, one Feature, a FeatureCollection).
It is checked and stored as one normalised FeatureCollection of (Multi)Polygons, so the page
and the bounds computation meet only one shape.
"""
from __future__ import annotations

import json
import math

from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.geo import THAILAND_BOUNDS
from fondue_desk.maps.village_labels import feature_number

MAX_BYTES = 5 * 1024 * 1024  # a sub-district outline is kilobytes; 5 MB is a detailed province
_AREAS = ("Polygon", "MultiPolygon")
_DECIMALS = 7  # ~1 cm; drops the noise digits some exporters write


def parse_boundary(text: str) -> dict:
    """A normalised FeatureCollection, or RuleViolation.

    Codes: "boundary.too_large", "boundary.not_json", "boundary.not_geojson" (no polygon, a
    non-area geometry, broken coordinates), "boundary.outside_thailand" (a [lon, lat] pair
    outside Thailand's box: usually a projected file, e.g. UTM metres, or lat/lon swapped).
    """
    if len(text) > MAX_BYTES or len(text.encode("utf-8")) > MAX_BYTES:
        raise RuleViolation("boundary.too_large", max_bytes=MAX_BYTES)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise RuleViolation("boundary.not_json") from None
    features = [_feature(item) for item in _features(data)]
    if not features:
        raise RuleViolation("boundary.not_geojson")
    return {"type": "FeatureCollection", "features": features}


def boundary_bounds(fc: dict) -> tuple[float, float, float, float]:
    """(south, west, north, east) of a FeatureCollection made by parse_boundary."""
    lats: list[float] = []
    lons: list[float] = []
    for feature in fc["features"]:
        for lon, lat in _positions(feature["geometry"]):
            lats.append(lat)
            lons.append(lon)
    if not lats:
        raise RuleViolation("boundary.not_geojson")
    return min(lats), min(lons), max(lats), max(lons)


def boundary_centre(fc: dict) -> tuple[float, float]:
    """(lat, lon) of the middle of the bounds: where the map opens with no office position."""
    south, west, north, east = boundary_bounds(fc)
    return (south + north) / 2, (west + east) / 2


def _features(data: object) -> list[dict]:
    if not isinstance(data, dict):
        raise RuleViolation("boundary.not_geojson")
    kind = data.get("type")
    if kind == "FeatureCollection":
        items = data.get("features")
        if not isinstance(items, list) or not all(isinstance(f, dict) for f in items):
            raise RuleViolation("boundary.not_geojson")
        return items
    if kind == "Feature":
        return [data]
    if kind in _AREAS:
        return [{"type": "Feature", "properties": {}, "geometry": data}]
    raise RuleViolation("boundary.not_geojson")


def _feature(item: dict) -> dict:
    geometry = item.get("geometry")
    if item.get("type") != "Feature" or not isinstance(geometry, dict):
        raise RuleViolation("boundary.not_geojson")
    kind = geometry.get("type")
    if kind not in _AREAS:
        raise RuleViolation("boundary.not_geojson", geometry=str(kind))
    coordinates = geometry.get("coordinates")
    if kind == "Polygon":
        coordinates = _polygon(coordinates)
    else:
        if not isinstance(coordinates, list) or not coordinates:
            raise RuleViolation("boundary.not_geojson")
        coordinates = [_polygon(polygon) for polygon in coordinates]
    properties = item.get("properties")
    # Only the name and the village number are kept (the map's labels, the work orders'
    # sketches match them to the office's villages): exports carry whatever they like.
    name = properties.get("name") if isinstance(properties, dict) else None
    number = feature_number(properties) if isinstance(properties, dict) else None
    kept: dict[str, object] = {"name": name} if isinstance(name, str) else {}
    if number is not None:
        kept["village_no"] = number
    return {"type": "Feature", "properties": kept,
            "geometry": {"type": kind, "coordinates": coordinates}}


def _polygon(rings: object) -> list[list[list[float]]]:
    if not isinstance(rings, list) or not rings:
        raise RuleViolation("boundary.not_geojson")
    return [_ring(ring) for ring in rings]


def _ring(ring: object) -> list[list[float]]:
    # A closed ring needs at least four positions (the first repeated as the last).
    if not isinstance(ring, list) or len(ring) < 4:
        raise RuleViolation("boundary.not_geojson")
    out = [_position(position) for position in ring]
    if out[0] != out[-1]:
        out.append(out[0])  # many hand-made files forget to close the ring
    return out


def _position(position: object) -> list[float]:
    if not isinstance(position, list) or len(position) < 2:
        raise RuleViolation("boundary.not_geojson")
    lon, lat = position[0], position[1]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lon, lat)):
        raise RuleViolation("boundary.not_geojson")
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise RuleViolation("boundary.not_geojson")
    if not THAILAND_BOUNDS.contains(lat, lon):
        raise RuleViolation("boundary.outside_thailand", lat=lat, lon=lon)
    return [round(float(lon), _DECIMALS), round(float(lat), _DECIMALS)]  # altitude dropped


def _positions(geometry: dict):
    polygons = ([geometry["coordinates"]] if geometry["type"] == "Polygon"
                else geometry["coordinates"])
    for polygon in polygons:
        for ring in polygon:
            yield from ring
