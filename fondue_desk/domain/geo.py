"""Map positions of reported problems, typed or pasted as map links, checked to be in Thailand."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from .errors import RuleViolation
from .text import ascii_digits


@dataclass(frozen=True)
class Bounds:
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.min_lat <= lat <= self.max_lat and self.min_lon <= lon <= self.max_lon


# A box, not the border: it also admits bits of Myanmar, Laos, Cambodia, Malaysia and the sea.
# That is fine for what this check is for — catching typos, a dropped minus or decimal point,
# a pin dropped on the wrong continent and lat/lon typed the wrong way round — none of which
# lands inside the box. A point-in-polygon test would need border data and still could not tell
# a right sub-district from a wrong one.
THAILAND_BOUNDS = Bounds(min_lat=5.6, max_lat=20.5, min_lon=97.3, max_lon=105.7)

_DECIMALS = 6  # ~0.1 m: finer than any phone GPS, coarse enough to compare stored values

_NUMBER = r"[-+]?\d{1,3}(?:\.\d+)?"
_PAIR = re.compile(rf"\(?\s*({_NUMBER})\s*(?:[,;]\s*|\s+)({_NUMBER})\s*\)?")
# Google puts the dropped pin in the data blob as !3d<lat>!4d<lon>; "@lat,lon" is only where the
# map view was centred, which drifts from the pin as the user pans before copying the link.
_PIN = re.compile(rf"!3d({_NUMBER})!4d({_NUMBER})")
_VIEW_CENTRE = re.compile(rf"@({_NUMBER}),({_NUMBER})")
_QUERY_KEYS = ("q", "query", "ll", "center", "destination")
# A query value holding a position, possibly followed by a label: "13.7,100.5(อบต.แม่เหียะ)".
_QUERY_PAIR = re.compile(rf"\s*({_NUMBER})\s*,\s*({_NUMBER})\s*(?:\(.*)?", re.DOTALL)
_GEO_URI = re.compile(rf"geo:({_NUMBER}),({_NUMBER})(?:,{_NUMBER})?(?:[;?].*)?", re.IGNORECASE)
# OpenStreetMap: a marker is ?mlat=…&mlon=…; the view alone is #map=zoom/lat/lon (also the
# form openstreetmap.org's "Share" link and uMap give).
_OSM_VIEW = re.compile(rf"[#&?]map=\d{{1,2}}(?:\.\d+)?/({_NUMBER})/({_NUMBER})")


def check_in_thailand(lat: float, lon: float) -> tuple[float, float]:
    """Return (lat, lon) rounded to 6 decimals, or raise RuleViolation.

    Codes: "location.not_a_number", "location.swapped" (lat, lon as given: the pair is inside
    Thailand the other way round), "location.outside_thailand" (lat, lon).
    """
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise RuleViolation("location.not_a_number") from None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise RuleViolation("location.not_a_number")
    lat, lon = round(lat, _DECIMALS), round(lon, _DECIMALS)
    if THAILAND_BOUNDS.contains(lat, lon):
        return lat, lon
    if THAILAND_BOUNDS.contains(lon, lat):
        raise RuleViolation("location.swapped", lat=lat, lon=lon)
    raise RuleViolation("location.outside_thailand", lat=lat, lon=lon)


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Read "13.7563, 100.5018", a Google Maps or OpenStreetMap link or a geo: URI; None for an
    empty field.

    Raises RuleViolation "location.unreadable" when no pair of numbers is found, or any code of
    check_in_thailand for a pair that is not a position in Thailand.
    """
    text = ascii_digits(text).strip()
    if not text:
        return None
    pair = _find_pair(text)
    if pair is None:
        raise RuleViolation("location.unreadable")
    return check_in_thailand(float(pair[0]), float(pair[1]))


def _find_pair(text: str) -> tuple[str, str] | None:
    plain = _PAIR.fullmatch(text)
    if plain:
        return plain.group(1), plain.group(2)
    geo = _GEO_URI.fullmatch(text)
    if geo:
        lat, lon = geo.group(1), geo.group(2)
        # Android shares "geo:0,0?q=lat,lon(Label)": the real place is in the query.
        if float(lat) == 0 and float(lon) == 0:
            return _from_query(text.partition("?")[2]) or (lat, lon)
        return lat, lon
    for pattern in (_PIN, _VIEW_CENTRE):
        found = pattern.search(text)
        if found:
            return found.group(1), found.group(2)
    try:
        query = urlsplit(text).query
    except ValueError:  # e.g. an unbalanced "[" that urlsplit reads as a broken IPv6 host
        return None
    return _from_query(query) or _osm_marker(query) or _osm_view(text)


def _osm_marker(query: str) -> tuple[str, str] | None:
    params = parse_qs(query)
    lat = params.get("mlat", [""])[0].strip()
    lon = params.get("mlon", [""])[0].strip()
    if re.fullmatch(_NUMBER, lat) and re.fullmatch(_NUMBER, lon):
        return lat, lon
    return None


def _osm_view(text: str) -> tuple[str, str] | None:
    found = _OSM_VIEW.search(text)
    return (found.group(1), found.group(2)) if found else None


def _from_query(query: str) -> tuple[str, str] | None:
    params = parse_qs(query)
    for key in _QUERY_KEYS:
        for value in params.get(key, ()):
            # A q= that is a place name ("q=อบต.แม่เหียะ", "q=7 11") has no position in it.
            found = _QUERY_PAIR.fullmatch(value)
            if found:
                return found.group(1), found.group(2)
    return None
