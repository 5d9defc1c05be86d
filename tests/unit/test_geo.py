from __future__ import annotations

import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.geo import THAILAND_BOUNDS, check_in_thailand, parse_coordinates

CODES = {
    "location.not_a_number",
    "location.outside_thailand",
    "location.swapped",
    "location.unreadable",
}


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (13.7563, 100.5018),  # Bangkok
        (18.7883, 98.9853),  # Chiang Mai
        (20.4273, 99.8838),  # Mae Sai, the northern tip
        (5.6167, 101.0667),  # Betong, the southern tip
        (15.2287, 105.5711),  # Khong Chiam, near the eastern edge
        (16.7, 98.5),  # Mae Sot, near the western edge
        (7.8804, 98.3923),  # Phuket
        (5.6, 97.3),  # the box corners are inside
        (20.5, 105.7),
    ],
)
def test_points_in_thailand_pass(lat: float, lon: float) -> None:
    assert check_in_thailand(lat, lon) == (lat, lon)


def test_rounds_to_six_decimals() -> None:
    assert check_in_thailand(13.75634567891, 100.50181234567) == (13.756346, 100.501812)
    assert check_in_thailand(13, 100) == (13.0, 100.0)


@pytest.mark.parametrize(
    ("lat", "lon", "code"),
    [
        (100.5018, 13.7563, "location.swapped"),
        (98.9853, 18.7883, "location.swapped"),
        (0.0, 0.0, "location.outside_thailand"),  # the "null island" of an unset GPS field
        (-13.7563, 100.5018, "location.outside_thailand"),  # dropped minus
        (13.7563, -100.5018, "location.outside_thailand"),
        (1.37563, 100.5018, "location.outside_thailand"),  # misplaced decimal point
        (137.563, 100.5018, "location.outside_thailand"),
        (48.8566, 2.3522, "location.outside_thailand"),  # Paris
        (1.3521, 103.8198, "location.outside_thailand"),  # Singapore
        (21.0285, 105.8542, "location.outside_thailand"),  # Hanoi
        (5.59, 100.0, "location.outside_thailand"),
        (13.0, 105.71, "location.outside_thailand"),
    ],
)
def test_points_outside_are_refused(lat: float, lon: float, code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_in_thailand(lat, lon)
    assert caught.value.code == code
    assert caught.value.params == {"lat": lat, "lon": lon}


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(math.nan, 100.0), (13.0, math.nan), (math.inf, 100.0), (13.0, -math.inf)],
)
def test_not_a_number(lat: float, lon: float) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_in_thailand(lat, lon)
    assert caught.value.code == "location.not_a_number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13.7563, 100.5018", (13.7563, 100.5018)),
        ("13.7563 100.5018", (13.7563, 100.5018)),
        ("13.7563,100.5018", (13.7563, 100.5018)),
        ("  13.7563 ,  100.5018  ", (13.7563, 100.5018)),
        ("(13.7563, 100.5018)", (13.7563, 100.5018)),
        ("13.7563; 100.5018", (13.7563, 100.5018)),
        ("13, 100", (13.0, 100.0)),
        ("๑๓.๗๕๖๓, ๑๐๐.๕๐๑๘", (13.7563, 100.5018)),
        ("18.746912345678, 98.957512345678", (18.746912, 98.957512)),
        (
            "https://www.google.com/maps/place/Wat+Phra+That+Doi+Suthep/@18.7469,98.9575,17z/"
            "data=!3m1!4b1!4m6!3m5!1s0x30da3a7e:0x7f1c!8m2",
            (18.7469, 98.9575),
        ),
        (
            # The pin (!3d/!4d) wins over the map centre (@) when the link has both.
            "https://www.google.com/maps/place/X/@18.7469,98.9575,17z/"
            "data=!4m6!3m5!1s0x0:0x0!8m2!3d18.8048!4d98.9216!16s%2Fm%2F0abc",
            (18.8048, 98.9216),
        ),
        ("https://www.google.com/maps/@13.7563,100.5018,15z", (13.7563, 100.5018)),
        ("https://maps.google.com/?q=13.7563,100.5018", (13.7563, 100.5018)),
        ("https://maps.google.com/maps?hl=th&q=13.7563,100.5018&z=16", (13.7563, 100.5018)),
        (
            "https://www.google.com/maps/search/?api=1&query=13.7563%2C100.5018",
            (13.7563, 100.5018),
        ),
        ("https://maps.google.com/?ll=13.7563,100.5018&z=12", (13.7563, 100.5018)),
        ("https://maps.apple.com/?q=Pin&ll=13.7563,100.5018", (13.7563, 100.5018)),
        ("geo:13.7563,100.5018", (13.7563, 100.5018)),
        ("geo:13.7563,100.5018,12.5", (13.7563, 100.5018)),
        ("geo:13.7563,100.5018;u=35", (13.7563, 100.5018)),
        ("geo:13.7563,100.5018?z=17", (13.7563, 100.5018)),
        ("GEO:13.7563,100.5018", (13.7563, 100.5018)),
        ("geo:0,0?q=13.7563,100.5018(อบต.)", (13.7563, 100.5018)),
    ],
)
def test_parse_reads_pairs_and_links(text: str, expected: tuple[float, float]) -> None:
    assert parse_coordinates(text) == expected


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_parse_empty_is_none(blank: str) -> None:
    assert parse_coordinates(blank) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hello", "location.unreadable"),
        ("13.7563", "location.unreadable"),
        ("13,7563 100,5018", "location.unreadable"),  # decimal commas: ambiguous
        ("13.7563, 100.5018, 20", "location.unreadable"),
        ("https://maps.app.goo.gl/AbCdEf123", "location.unreadable"),  # short link: no numbers
        ("https://maps.google.com/?q=7 11", "location.unreadable"),  # a place name, not a pair
        ("https://www.google.com/maps/place/Chiang+Mai", "location.unreadable"),
        ("geo:abc", "location.unreadable"),
        ("https://[::1", "location.unreadable"),
        ("100.5018, 13.7563", "location.swapped"),
        ("https://www.google.com/maps/@48.8566,2.3522,15z", "location.outside_thailand"),
        ("-13.7563, 100.5018", "location.outside_thailand"),
        ("geo:0,0", "location.outside_thailand"),
    ],
)
def test_parse_refuses(text: str, code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        parse_coordinates(text)
    assert caught.value.code == code


def test_swapped_hint_carries_the_values_as_typed() -> None:
    with pytest.raises(RuleViolation) as caught:
        parse_coordinates("100.5018, 13.7563")
    assert caught.value.params == {"lat": 100.5018, "lon": 13.7563}


# --- properties -------------------------------------------------------------------------

inside = st.tuples(
    st.floats(THAILAND_BOUNDS.min_lat, THAILAND_BOUNDS.max_lat),
    st.floats(THAILAND_BOUNDS.min_lon, THAILAND_BOUNDS.max_lon),
)


@given(inside)
def test_any_point_in_the_box_round_trips_through_text(point: tuple[float, float]) -> None:
    lat, lon = check_in_thailand(*point)
    assert parse_coordinates(f"{lat}, {lon}") == (lat, lon)
    assert parse_coordinates(f"https://www.google.com/maps/@{lat},{lon},17z") == (lat, lon)
    assert parse_coordinates(f"geo:{lat},{lon}") == (lat, lon)


@given(inside)
def test_any_point_in_the_box_typed_backwards_is_flagged_as_swapped(
    point: tuple[float, float],
) -> None:
    lat, lon = check_in_thailand(*point)
    with pytest.raises(RuleViolation) as caught:
        check_in_thailand(lon, lat)
    assert caught.value.code == "location.swapped"


@given(st.floats(allow_nan=True, allow_infinity=True), st.floats(allow_nan=True))
def test_check_raises_only_rule_violation(lat: float, lon: float) -> None:
    try:
        result = check_in_thailand(lat, lon)
    except RuleViolation as error:
        assert error.code in CODES
    else:
        assert THAILAND_BOUNDS.contains(*result)


@given(st.text(max_size=200))
@example("geo:")
@example("@1,2")
@example("?q=")
@example("http://[")
@example("!3d1!4d2")
def test_parse_raises_only_rule_violation(text: str) -> None:
    try:
        result = parse_coordinates(text)
    except RuleViolation as error:
        assert error.code in CODES
    else:
        assert result is None or THAILAND_BOUNDS.contains(*result)
