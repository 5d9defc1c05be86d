"""The office's categories as Open311 GeoReport v2 services: the list, and each definition whose
attributes are the stored questions exactly (retired questions and choices left out)."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from fondue_desk.config import load_preset
from fondue_desk.db.database import Database
from fondue_desk.domain.custom_fields import to_open311
from fondue_desk.domain.office_config import AdminAccount
from fondue_desk.interop.open311 import office_services, service_definition, service_list
from fondue_desk.services.office_setup import create_office

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ADMIN = AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี")


def _town():
    return load_preset("city-tourists")


def test_the_service_list_has_every_active_category_and_says_which_ask_questions():
    categories = _town().categories
    hidden = replace(categories[0], active=False)
    services = service_list((hidden, *categories[1:]))
    codes = [s["service_code"] for s in services]
    assert codes == [c.code for c in categories[1:]]
    by_code = {s["service_code"]: s for s in services}
    assert by_code["traffic-violation"] == {
        "service_code": "traffic-violation", "service_name": "แจ้งการกระทำผิดกฎจราจร",
        "description": "แจ้งการกระทำผิดกฎจราจร", "metadata": True, "type": "realtime",
        "keywords": "", "group": ""}
    assert by_code["other"]["metadata"] is False
    english = {s["service_code"]: s for s in service_list(categories, "en")}
    assert english["traffic-risk"]["service_name"] == "Traffic risk point"


def test_a_definition_carries_the_questions_as_stored_without_retired_ones():
    violation = next(c for c in _town().categories if c.code == "traffic-violation")
    definition = service_definition(violation)
    assert definition["service_code"] == "traffic-violation"
    assert definition["attributes"] == [to_open311(d) for d in violation.fields]
    plate = definition["attributes"][0]
    assert (plate["code"], plate["datatype"], plate["required"], plate["variable"]) == (
        "plate", "string", True, True)
    vehicle = violation.fields[1]
    fewer = replace(violation, fields=(
        replace(violation.fields[0], active=False),
        replace(vehicle, choices=(replace(vehicle.choices[0], active=False),
                                  *vehicle.choices[1:])),
        *violation.fields[2:]))
    attributes = service_definition(fewer)["attributes"]
    assert [a["code"] for a in attributes] == [d.code for d in violation.fields[1:]]
    assert [v["key"] for v in attributes[0]["values"]] == [c.key for c in vehicle.choices[1:]]
    english = service_definition(violation, "en")["attributes"]
    assert english[1]["description"] == "Vehicle type"
    assert english[1]["values"][1] == {"key": "motorcycle", "name": "Motorcycle"}


def test_the_office_services_are_read_from_the_database(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    preset = _town()
    created = create_office(db, replace(preset, office=replace(
        preset.office, name="เทศบาลเมืองป่าตอง")), ADMIN, now=NOW)
    services = office_services(db, created.office_id)
    assert service_list(services) == service_list(preset.categories)
    stored = next(s for s in services if s.code == "traffic-risk")
    written = next(c for c in preset.categories if c.code == "traffic-risk")
    assert service_definition(stored) == service_definition(written)
    db.close()
