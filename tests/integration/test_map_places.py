"""Place names from the office's data: the demo's village outlines and a hotspot's village."""
from __future__ import annotations

import json

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import intake, map_data, map_places, map_settings, reference


def test_the_served_boundary_labels_every_demo_village(db, demo_office):
    collection = json.loads(map_places.labelled_boundary(db, demo_office.id))
    villages = {v.number: v.label for v in reference.villages(db, demo_office.id)}
    labels = sorted(f["properties"]["label"] for f in collection["features"])
    assert labels == sorted(villages.values())
    assert {f["properties"]["short_label"] for f in collection["features"]} == {
        f"ม.{n}" for n in villages}


def test_no_boundary_is_served_as_none(db, demo_office, admin):
    map_settings.clear_boundary(db, admin.id)
    assert map_places.labelled_boundary(db, demo_office.id) is None


def test_hotspots_name_their_village_and_place(db, demo_office, clerk, admin):
    villages = reference.villages(db, demo_office.id)
    category = reference.categories(db, demo_office.id)[0]
    named_village, unnamed_spot = villages[2], villages[4]

    def log(village_id, text, lat, lon):
        intake.log_complaint(db, clerk.id, intake.ComplaintInput(
            category_id=category.id, description="ไฟทางดับ", complainant_name="นายสมชาย ใจดี",
            phone="0812345678", village_id=village_id, location_text=text, lat=lat, lon=lon))

    for i in range(3):
        log(named_village.id, "ถนนสายหลัก" if i else "ซอย 2", named_village.lat + i * 1e-4,
            named_village.lon)
        log(None, "", unnamed_spot.lat + i * 1e-4, unnamed_spot.lon)
    settings = map_settings.set_hotspot_rule(db, admin.id, min_count=3, radius_m=100)
    spots = map_places.named_hotspots(
        db, demo_office.id, map_data.hotspots(db, demo_office.id, RegisterFilter(), settings))
    by_village = {spot.village: spot for spot in spots}
    assert by_village[named_village.label].place == "ถนนสายหลัก"
    # No village given: the demo outline around the village centre names it.
    assert by_village[unnamed_spot.label].place == ""
    assert len(spots) == 2
