"""The views the pages show carry what the UI needs to name a category and a village in its own
language: the category's English name and the village's number and name apart (real SQLite)."""
from __future__ import annotations

from fondue_desk.db.models import Category
from fondue_desk.domain.labels import category_name, village_label
from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.services import complaints, crew_board, reference, register
from fondue_desk.services.signoff_queue import signoff_queue
from tests.ui.dispatch_helpers import ELECTRIC, assigned, crew_serving
from tests.ui.signoff_helpers import awaiting

WASTE = "ขยะ/ความสะอาด"  # the category signoff_helpers.awaiting logs, in village 2


def _category(db, office_id: int, name_th: str):
    return next(c for c in reference.active_categories(db, office_id) if c.name_th == name_th)


def _row(db, office_id: int, complaint_id: int):
    page = register.first_page(db, office_id, RegisterFilter(), Sort())
    return next(r for r in page.rows if r.id == complaint_id)


def test_the_register_detail_and_signoff_views_carry_both_names(db, demo_office, clerk):
    category = _category(db, demo_office.id, WASTE)
    assert category.name_en and category.name_en != category.name_th  # the demo names both
    village = next(v for v in reference.villages(db, demo_office.id) if v.number == 2)
    made = awaiting(db, demo_office, clerk, 1)[0]

    view = complaints.get(db, made.id)
    row = _row(db, demo_office.id, made.id)
    item = next(i for i in signoff_queue(db, demo_office.id) if i.id == made.id)
    for shown in (view, row, item):
        assert (shown.category_name, shown.category_name_en) == (WASTE, category.name_en)
        assert (shown.village_number, shown.village_name) == (2, village.name)
        assert shown.village_label == f"หมู่ที่ 2 {village.name}"
        assert category_name(shown.category_name, shown.category_name_en, "en") == \
            category.name_en
        assert village_label(shown.village_number, shown.village_name, "en") == \
            f"Moo 2 {village.name}"


def test_a_board_job_carries_the_english_name_and_the_village_apart(db, demo_office, clerk):
    category = _category(db, demo_office.id, ELECTRIC)
    crew = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    made = assigned(db, demo_office, clerk, crew, ELECTRIC)
    board = crew_board.crew_board(db, demo_office.id)
    job = next(j for column in board.columns for j in column.jobs if j.id == made.id)
    assert (job.category_name, job.category_name_en) == (ELECTRIC, category.name_en)
    assert job.village_number == 2 and job.village_label.startswith("หมู่ที่ 2 ")


def test_a_category_without_an_english_name_shows_its_thai_one(db, demo_office, clerk):
    with db.write() as session:
        session.query(Category).filter(Category.office_id == demo_office.id).update(
            {Category.name_en: ""})
    made = awaiting(db, demo_office, clerk, 1)[0]
    row = _row(db, demo_office.id, made.id)
    assert row.category_name_en == ""
    assert category_name(row.category_name, row.category_name_en, "en") == WASTE
    assert complaints.get(db, made.id).category_name_en == ""


def test_the_map_speaks_the_interface_language(db, demo_office, clerk):
    import json

    from fondue_desk.services import map_data

    category = _category(db, demo_office.id, WASTE)
    made = awaiting(db, demo_office, clerk, 1)[0]
    with db.write() as session:  # a position, so the map shows it
        from fondue_desk.db.models import Complaint

        session.get(Complaint, made.id).lat, session.get(Complaint, made.id).lon = 18.79, 98.98
    assert set(map_data.MAP_LABELS_EN) == set(map_data.MAP_LABELS_TH)
    english = map_data.page_options(db, demo_office.id, mode="register", lang="en")
    assert english.labels == map_data.MAP_LABELS_EN
    assert map_data.page_options(db, demo_office.id, mode="register").labels == \
        map_data.MAP_LABELS_TH
    for lang, status, name in (("en", "Awaiting sign-off", category.name_en),
                               ("th", "รอนายกฯ ลงนาม", WASTE)):
        payload = json.loads(map_data.markers_json(db, demo_office.id, RegisterFilter(),
                                                   lang=lang))
        assert status in [s["label"] for s in payload["statuses"]]
        assert [c["name"] for c in payload["categories"]] == [name]
        popup = json.loads(map_data.marker_details_json(db, demo_office.id, made.id,
                                                        lang=lang))
        assert (popup["category"]["name"], popup["status"]["label"]) == (name, status)


def test_a_hotspot_is_named_in_the_interface_language(db, demo_office, clerk, admin):
    from fondue_desk.services import intake, map_data, map_places, map_settings

    village = reference.villages(db, demo_office.id)[2]
    category = _category(db, demo_office.id, WASTE)
    for i in range(3):
        intake.log_complaint(db, clerk.id, intake.ComplaintInput(
            category_id=category.id, description="ขยะล้นถัง", anonymous=True,
            village_id=village.id, location_text="ตลาดเช้า", lat=village.lat + i * 1e-4,
            lon=village.lon))
    settings = map_settings.set_hotspot_rule(db, admin.id, min_count=3, radius_m=100)
    for lang, name, where in (("en", category.name_en,
                                   f"Moo {village.number} {village.name_en or village.name}"),
                              ("th", WASTE, f"หมู่ที่ {village.number} {village.name}")):
        spots = map_places.named_hotspots(db, demo_office.id, map_data.hotspots(
            db, demo_office.id, RegisterFilter(), settings, lang=lang), lang)
        assert [(s.category_name, s.village, s.count) for s in spots] == [(name, where, 3)]
