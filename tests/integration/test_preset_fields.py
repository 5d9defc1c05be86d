"""The ready-made lists carry questions: the town with tourists asks a traffic violation's plate,
vehicle, time and direction and a risk point's kind, road and time of day, in Thai and English;
the อบต. asks about water; an office made from a preset stores them and the core answers them."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from fondue_desk.config import dump_config, list_presets, load_preset, parse_config
from fondue_desk.db.database import Database
from fondue_desk.domain.custom_fields import FieldKind
from fondue_desk.domain.field_answers import clean_answers, stop_choice
from fondue_desk.domain.office_config import AdminAccount
from fondue_desk.services import reference
from fondue_desk.services.category_fields import office_fields
from fondue_desk.services.office_setup import create_office

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ADMIN = AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี")


def _fields(key: str, category: str) -> dict:
    spec = next(c for c in load_preset(key).categories if c.code == category)
    return {f.code: f for f in spec.fields}


def test_three_presets_are_listed_with_their_titles():
    presets = list_presets()
    assert [p.key for p in presets] == ["tessaban-tambon", "obt", "city-tourists"]
    city = presets[2]
    assert (city.title_th, city.title_en, city.kind) == (
        "เทศบาลเมืองที่มีนักท่องเที่ยว", "Town with tourists", "เทศบาลเมือง")


def test_the_town_with_tourists_takes_traffic_violations_and_risk_points():
    violation = _fields("city-tourists", "traffic-violation")
    assert violation["plate"].kind == FieldKind.VEHICLE_PLATE and violation["plate"].required
    assert violation["vehicle_type"].kind == FieldKind.SINGLE_CHOICE
    assert violation["vehicle_type"].required
    assert violation["seen_time"].kind == FieldKind.TIME
    assert violation["direction"].kind == FieldKind.SHORT_TEXT
    risk = _fields("city-tourists", "traffic-risk")
    assert risk["risk_kind"].kind == FieldKind.SINGLE_CHOICE
    assert risk["road"].kind == FieldKind.SHORT_TEXT
    assert risk["time_of_day"].kind == FieldKind.SINGLE_CHOICE
    # Foreign residents report too: every category, question and choice has English words.
    for category in load_preset("city-tourists").categories:
        assert category.name_en, category.code
        for field in category.fields:
            assert field.label_en, field.code
            assert all(c.name_en for c in field.all_choices()), field.code


def test_the_obt_asks_about_water_and_drought():
    water = _fields("obt", "tap-water")
    assert water["water_source"].kind == FieldKind.SINGLE_CHOICE
    assert (water["households"].kind, water["households"].unit) == (FieldKind.NUMBER,
                                                                    "ครัวเรือน")
    drought = _fields("obt", "drought")
    assert drought["need"].kind == FieldKind.MULTI_CHOICE
    assert drought["farmland"].show_if.field == "need"


@pytest.mark.parametrize("key", [p.key for p in list_presets()])
def test_each_preset_reads_back_as_it_is_written(key):
    preset = load_preset(key)
    assert parse_config(dump_config(preset)) == preset


def test_an_office_made_from_the_town_preset_asks_its_questions(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    preset = load_preset("city-tourists")
    created = create_office(db, replace(preset, office=replace(
        preset.office, name="เทศบาลเมืองป่าตอง")), ADMIN, now=NOW)
    ids = {c.name_th: c.id for c in reference.active_categories(db, created.office_id)}
    asked = office_fields(db, created.office_id)
    violation = asked[ids["แจ้งการกระทำผิดกฎจราจร"]]
    assert [d.code for d in violation] == ["plate", "vehicle_type", "violation", "seen_date",
                                          "seen_time", "direction"]
    answers, errors = clean_answers(violation, {
        "plate": "1กข 1234 ภูเก็ต", "vehicle_type": "motorcycle", "violation": "no-helmet",
        "seen_time": "14.30", "direction": "มุ่งหน้าหาดป่าตอง"})
    assert errors == []
    assert answers["seen_time"] == ("14:30",)
    _, errors = clean_answers(violation, {"vehicle_type": "car", "violation": "parking",
                                          "seen_time": "09:00"})
    assert [(e.field, e.code) for e in errors] == [("field:plate", "custom.required")]
    burning = asked[ids["การเผา/หมอกควัน"]]
    stop = stop_choice(burning, {"burning_kind": "spreading"})
    assert stop is not None and "199" in stop[1].stop_notice
    db.close()
