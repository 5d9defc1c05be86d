"""Names on the office's village outlines, and the village a point lies in.

A boundary feature names its village by a number property ("village_no", "moo", "หมู่ที่", …)
or by the village's name; matched against the office's villages it is labelled as clerks say
it ("หมู่ที่ 3 บ้านหนองบัว"), so the map and the hotspot list use the office's own words even
when the outline came from a GIS file with only numbers in it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fondue_desk.domain.labels import village_label, village_short

NUMBER_KEYS = ("village_no", "moo", "หมู่ที่", "หมู่", "village_number", "number", "no")
NAME_KEYS = ("name", "name_th", "village", "ชื่อ", "หมู่บ้าน")


@dataclass(frozen=True)
class Village:
    number: int
    name: str
    name_en: str = ""  # "" = none given: English readers see the Thai name

    @property
    def label(self) -> str:
        return village_label(self.number, self.name)

    def label_in(self, lang: str) -> str:
        return village_label(self.number, self.name, lang, self.name_en)


def feature_number(properties: dict) -> int | None:
    for key in NUMBER_KEYS:
        value = properties.get(key)
        if value is not None and not isinstance(value, bool):
            digits = re.search(r"\d+", str(value))
            if digits:
                return int(digits.group())
    return None


def feature_name(properties: dict) -> str:
    for key in NAME_KEYS:
        value = properties.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def feature_village(properties: dict, villages: Sequence[Village]) -> Village | None:
    """The office's village an outline names, by number first, then by name."""
    number, name = feature_number(properties), feature_name(properties)
    for village in villages:
        if number is not None and number == village.number:
            return village
    for village in villages:
        if name and name in (village.name, village.label, village.name_en):
            return village
    return None


def feature_labels(properties: dict, villages: Sequence[Village], lang: str = "th"
                   ) -> tuple[str, str]:
    """(label, short label) of an outline: "หมู่ที่ 3 บ้านหนองบัว" and "ม.3" for an office
    village ("Moo 3 Ban Nong Bua" and "M.3" in English); its own name (twice) or "หมู่ที่ 3" /
    "ม.3" otherwise; ("", "") when it says nothing. The short one is for zooms where the full
    names would pile on each other."""
    village = feature_village(properties, villages)
    if village is not None:
        return village.label_in(lang), village_short(village.number, lang)
    number, name = feature_number(properties), feature_name(properties)
    if name:
        return name, name
    if number is not None:
        return village_label(number, "", lang), village_short(number, lang)
    return "", ""


def labelled(collection: dict, villages: Iterable[Village], lang: str = "th") -> dict:
    """A copy of a FeatureCollection whose features carry `properties.label` and
    `properties.short_label` (in `lang`) where a name is known."""
    known = list(villages)
    features = []
    for feature in collection.get("features", []):
        properties = dict(feature.get("properties") or {})
        label, short = feature_labels(properties, known, lang)
        if label:
            properties["label"], properties["short_label"] = label, short
        features.append({**feature, "properties": properties})
    return {**collection, "features": features}


def label_at(collection: dict, lat: float, lon: float) -> str:
    """The label of the (labelled) outline that holds the point, or "" if none does."""
    for feature in collection.get("features", []):
        label = (feature.get("properties") or {}).get("label")
        if label and _contains(feature.get("geometry") or {}, lat, lon):
            return str(label)
    return ""


def _contains(geometry: dict, lat: float, lon: float) -> bool:
    kind = geometry.get("type")
    polygons = ([geometry.get("coordinates")] if kind == "Polygon"
                else geometry.get("coordinates") if kind == "MultiPolygon" else [])
    for polygon in polygons or []:
        if polygon and _in_ring(polygon[0], lat, lon) and not any(
                _in_ring(hole, lat, lon) for hole in polygon[1:]):
            return True
    return False


def _in_ring(ring: list, lat: float, lon: float) -> bool:
    # Even-odd ray casting in plain degrees: outlines of a few kilometres are flat enough.
    inside = False
    for (x1, y1, *_), (x2, y2, *_) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside
