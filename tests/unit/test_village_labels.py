"""Names on the map: village outline labels and where a hotspot is, from plain data."""
from __future__ import annotations

import json

import pytest

from fondue_desk.maps.boundary import parse_boundary
from fondue_desk.maps.hotspots import Hotspot, name_hotspots
from fondue_desk.maps.village_labels import Village, feature_labels, label_at, labelled

VILLAGES = [Village(1, "บ้านแม่เหียะ"), Village(3, "บ้านหนองบัว")]
SQUARE = [[98.98, 18.78], [99.00, 18.78], [99.00, 18.80], [98.98, 18.80], [98.98, 18.78]]
HOLE = [[98.985, 18.785], [98.995, 18.785], [98.995, 18.795], [98.985, 18.795], [98.985, 18.785]]


@pytest.mark.parametrize(("properties", "expected"), [
    ({"village_no": 3}, ("หมู่ที่ 3 บ้านหนองบัว", "ม.3")),
    ({"moo": "หมู่ 3"}, ("หมู่ที่ 3 บ้านหนองบัว", "ม.3")),
    ({"หมู่ที่": "3", "name": "ชื่อในไฟล์"}, ("หมู่ที่ 3 บ้านหนองบัว", "ม.3")),
    ({"name": "บ้านหนองบัว"}, ("หมู่ที่ 3 บ้านหนองบัว", "ม.3")),
    ({"name_th": "  บ้าน   แม่เหียะ "}, ("บ้าน แม่เหียะ", "บ้าน แม่เหียะ")),  # not the office's
    ({"name": "หมู่ที่ 1 บ้านแม่เหียะ"}, ("หมู่ที่ 1 บ้านแม่เหียะ", "ม.1")),
    ({"village_no": 9}, ("หมู่ที่ 9", "ม.9")),
    ({"village_no": True}, ("", "")),
    ({}, ("", "")),
])
def test_an_outline_is_named_as_the_office_names_its_village(properties, expected):
    assert feature_labels(properties, VILLAGES) == expected


def test_labelled_adds_labels_without_touching_the_input():
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"village_no": 1},
         "geometry": {"type": "Polygon", "coordinates": [SQUARE]}},
        {"type": "Feature", "properties": {},
         "geometry": {"type": "Polygon", "coordinates": [SQUARE]}}]}
    before = json.dumps(collection)
    out = labelled(collection, VILLAGES)
    assert json.dumps(collection) == before
    assert out["features"][0]["properties"] == {
        "village_no": 1, "label": "หมู่ที่ 1 บ้านแม่เหียะ", "short_label": "ม.1"}
    assert out["features"][1]["properties"] == {}


def test_an_imported_outline_keeps_its_village_number():
    fc = parse_boundary(json.dumps({"type": "Feature", "properties": {
        "moo": "ม.3", "name": "หนองบัว", "area": 12.5},
        "geometry": {"type": "Polygon", "coordinates": [SQUARE]}}))
    assert fc["features"][0]["properties"] == {"name": "หนองบัว", "village_no": 3}


def test_label_at_finds_the_outline_holding_a_point_but_not_its_hole():
    collection = labelled({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"village_no": 3},
         "geometry": {"type": "Polygon", "coordinates": [SQUARE, HOLE]}}]}, VILLAGES)
    assert label_at(collection, 18.781, 98.981) == "หมู่ที่ 3 บ้านหนองบัว"
    assert label_at(collection, 18.79, 98.99) == ""      # in the hole
    assert label_at(collection, 18.81, 98.99) == ""      # outside


def spot(ids, lat=18.79, lon=98.99) -> Hotspot:
    return Hotspot("ไฟฟ้าส่องสว่าง", "#f00", len(ids), lat, lon, tuple(ids), 100.0)


def test_a_hotspot_takes_its_commonest_village_and_place():
    places = {1: ("หมู่ที่ 1 บ้านแม่เหียะ", "หน้าวัด"), 2: ("หมู่ที่ 3 บ้านหนองบัว", "ถนน สายหลัก"),
              3: ("หมู่ที่ 3 บ้านหนองบัว", " ถนน  สายหลัก "), 4: ("", "")}
    (named,) = name_hotspots([spot([1, 2, 3, 4])], places)
    assert (named.village, named.place) == ("หมู่ที่ 3 บ้านหนองบัว", "ถนน สายหลัก")
    assert named.where == "หมู่ที่ 3 บ้านหนองบัว · ถนน สายหลัก"


def test_ties_go_to_the_earliest_complaint_and_long_places_are_cut():
    places = {5: ("หมู่ที่ 1 บ้านแม่เหียะ", "ก" * 60), 6: ("หมู่ที่ 3 บ้านหนองบัว", "")}
    (named,) = name_hotspots([spot([5, 6])], places)
    assert named.village == "หมู่ที่ 1 บ้านแม่เหียะ"
    assert len(named.place) == 40 and named.place.endswith("…")


def test_without_a_village_the_outline_or_the_position_names_it():
    (by_outline,) = name_hotspots([spot([7, 8])], {}, lambda lat, lon: "หมู่ที่ 3 บ้านหนองบัว")
    assert by_outline.where == "หมู่ที่ 3 บ้านหนองบัว"
    (nothing,) = name_hotspots([spot([7, 8], lat=18.7901234, lon=98.9876543)], {})
    assert nothing.where == "18.79012, 98.98765"
