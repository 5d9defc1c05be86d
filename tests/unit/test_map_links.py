"""Map links an office pastes for its own position: Google Maps, OpenStreetMap, geo: URIs."""
from __future__ import annotations

import pytest

from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.geo import parse_coordinates

AT_SAMAT = (15.8656, 103.8847)


@pytest.mark.parametrize("link", [
    # OpenStreetMap: a shared marker, the marker with a view, the view alone, a fractional
    # zoom with layers after it.
    "https://www.openstreetmap.org/?mlat=15.8656&mlon=103.8847",
    "https://www.openstreetmap.org/?mlat=15.8656&mlon=103.8847#map=17/15.86000/103.88000",
    "https://www.openstreetmap.org/#map=17/15.8656/103.8847",
    "https://www.openstreetmap.org/#map=16.5/15.8656/103.8847&layers=H",
    "osm.org/#map=18/15.8656/103.8847",
    # Google Maps: the pin, the view centre, the search API, a plain pair, Thai digits.
    ("https://www.google.com/maps/place/x/@15.8000,103.8000,17z/data=!3m1!4b1!4m6!3m5!1s0x0:"
     "0x0!8m2!3d15.8656!4d103.8847"),
    "https://www.google.com/maps/@15.8656,103.8847,17z",
    "https://www.google.com/maps/search/?api=1&query=15.8656,103.8847",
    "15.8656, 103.8847",
    "๑๕.๘๖๕๖, ๑๐๓.๘๘๔๗",
    "geo:15.8656,103.8847?z=17",
])
def test_office_position_links_are_read(link: str) -> None:
    assert parse_coordinates(link) == AT_SAMAT


def test_the_osm_marker_wins_over_the_view_it_was_shared_from() -> None:
    link = "https://www.openstreetmap.org/?mlat=15.8656&mlon=103.8847#map=12/16.0/104.0"
    assert parse_coordinates(link) == AT_SAMAT


@pytest.mark.parametrize(("link", "code"), [
    ("https://www.openstreetmap.org/#map=17/48.8566/2.3522", "location.outside_thailand"),
    ("https://www.openstreetmap.org/#map=17/103.8847/15.8656", "location.swapped"),
    ("https://www.openstreetmap.org/?mlat=abc&mlon=103.8", "location.unreadable"),
    ("https://www.openstreetmap.org/relation/123456", "location.unreadable"),
])
def test_bad_osm_links_are_refused_with_a_reason(link: str, code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        parse_coordinates(link)
    assert caught.value.code == code
