"""A real office set up in one transaction: everything checked first, nothing half-written,
and of two desks setting up at once exactly one wins."""
from __future__ import annotations

import multiprocessing as mp
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from fondue_desk.config import load_preset
from fondue_desk.db.database import Database
from fondue_desk.db.models import (
    Category,
    Crew,
    Office,
    OfficeSetting,
    User,
    Village,
)
from fondue_desk.domain.errors import Conflict, InvalidInput
from fondue_desk.domain.office_config import (
    AdminAccount,
    CategorySpec,
    CrewSpec,
    MapSpec,
    NumberingSpec,
    OfficeConfig,
    OfficeProfile,
    VillageSpec,
)
from fondue_desk.services import accounts, map_settings, reference
from fondue_desk.services.office_setup import create_office

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
ADMIN = AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี", "นักจัดการงานทั่วไป")


def _config(**changes) -> OfficeConfig:
    config = OfficeConfig(
        office=OfficeProfile(kind="เทศบาลตำบล", name="เทศบาลตำบลอาจสามารถ", tambon="อาจสามารถ",
                             amphoe="อาจสามารถ", province="ร้อยเอ็ด", postal_code="45160",
                             tambon_code="451301", phone="043 599 123", lat=15.8636,
                             lon=103.8812, document_code="รอ 78501",
                             signatory_name="นายประยูร ศรีสุข",
                             signatory_position="นายกเทศมนตรีตำบลอาจสามารถ"),
        villages=(VillageSpec("moo-1", 1, "บ้านอาจสามารถ"),
                  VillageSpec("moo-2", 2, "บ้านหนองแวง", 15.87, 103.89)),
        categories=(CategorySpec("street-lights", "ไฟฟ้าส่องสว่างชำรุด", "Street lights out",
                                 "#F9A825", 3, 10, default_crew="ช่างไฟฟ้า"),
                    CategorySpec("roads", "ถนนชำรุด", "Damaged roads", "#6d4c41", 15, 20)),
        crews=(CrewSpec("ช่างไฟฟ้า", "นายไฟ สว่าง", ("นายหนึ่ง", "นายสอง"), "0812345678",
                        ("street-lights",)),),
        numbering=NumberingSpec("อส{fy}-{seq:05d}", "ช.{seq}/{fy}"),
        map=MapSpec(hotspot_min_count=4, hotspot_radius_m=150))
    return replace(config, **changes)


def test_creates_the_office_its_reference_data_and_a_signed_in_ready_admin(db):
    result = create_office(db, _config(), ADMIN, now=NOW)
    office = reference.office(db, result.office_id)
    assert office.name == "เทศบาลตำบลอาจสามารถ"
    with db.read() as session:
        row = session.get(Office, result.office_id)
        assert (row.is_demo, row.kind, row.tracking_format, row.work_order_format) == (
            False, "municipality", "อส{fy}-{seq:05d}", "ช.{seq}/{fy}")
        assert row.phone == "043 599 123" and row.signatory_name == "นายประยูร ศรีสุข"
        assert [v.code for v in session.scalars(select(Village).order_by(Village.number))] == [
            "moo-1", "moo-2"]
        lights = session.scalars(select(Category).where(Category.code == "street-lights")).one()
        crew = session.scalars(select(Crew)).one()
        assert lights.colour == "#f9a825" and lights.default_crew_id == crew.id
        assert [c.code for c in crew.categories] == ["street-lights"]
        assert crew.members == "นายหนึ่ง\nนายสอง"
        user = session.get(User, result.admin_user_id)
        assert (user.role, user.must_change_password, user.office_id) == (
            "admin", False, result.office_id)
        assert session.get(OfficeSetting, (result.office_id, "office.created_at")).value == (
            "2026-12-06T03:00:00+00:00")
    assert map_settings.map_settings(db, result.office_id).hotspot_min_count == 4
    signed_in = accounts.sign_in(db, "SomChai", ADMIN.password)
    assert signed_in.user.id == result.admin_user_id and not signed_in.must_change_password


def test_every_problem_is_named_at_once_and_nothing_is_written(db):
    bad = _config(
        office=replace(_config().office, kind="เมือง", name=" "),
        villages=(VillageSpec("moo-1", 1, "บ้านหนึ่ง"), VillageSpec("moo-1", 1, ""),
                  VillageSpec("Moo 3", 0, "บ้านสาม")),
        categories=(CategorySpec("roads", "ถนน", colour="red", sla_days=0),
                    CategorySpec("roads", "ถนน", sla_days=400, letter_template="{{ nope }}")),
        crews=(CrewSpec("ทีม", categories=("drains",)),),
        numbering=NumberingSpec("{fy}", "{seq}"))
    with pytest.raises(InvalidInput) as raised:
        create_office(db, bad, AdminAccount("x", "123", ""), now=NOW)
    fields = {(e.field, e.code) for e in raised.value.errors}
    assert {
        ("office.kind", "office.kind_unknown"), ("office.name", "name.required"),
        ("villages[1].code", "code.duplicate"), ("villages[1].number", "village.number_duplicate"),
        ("villages[1].name", "name.required"), ("villages[2].code", "code.invalid"),
        ("villages[2].number", "village.number_invalid"),
        ("categories[0].colour", "colour.invalid"), ("categories[0].sla_days", "sla.range"),
        ("categories[1].sla_days", "sla.range"), ("categories[1].code", "code.duplicate"),
        ("categories[1].name_th", "category.name_duplicate"),
        ("categories[1].letter_template", "template.unknown_field"),
        ("crews[0].categories[0]", "crew.unknown_category"),
        ("numbering.tracking_format", "format.needs_seq"),
        ("numbering.work_order_format", "format.needs_year"),
        ("admin.username", "username.invalid"), ("admin.full_name", "name.required"),
        ("admin.password", "password.too_short"),
    } <= fields
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Office)) == 0
        assert session.scalar(select(func.count()).select_from(User)) == 0


@pytest.mark.parametrize("password", ["demo1234", "password", "somchai2570", "aaaaaaaa"])
def test_weak_or_default_passwords_are_refused(db, password):
    with pytest.raises(InvalidInput) as raised:
        create_office(db, _config(), replace(ADMIN, password=password), now=NOW)
    assert raised.value.fields == ("admin.password",)


def test_a_database_with_an_office_refuses_a_second(db, demo_office):
    with pytest.raises(Conflict) as raised:
        create_office(db, _config(), replace(ADMIN, username="someone"), now=NOW)
    assert raised.value.code == "office.exists"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Office)) == 1


def test_each_preset_makes_an_office(tmp_path):
    for key in ("tessaban-tambon", "obt"):
        db = Database.open(f"sqlite:///{tmp_path / key}.sqlite3")
        preset = load_preset(key)
        config = replace(preset, office=replace(preset.office, name=f"สำนักงาน {key}"))
        result = create_office(db, config, ADMIN, now=NOW)
        names = [c.name_th for c in reference.active_categories(db, result.office_id)]
        assert len(names) == len(preset.categories) >= 15
        assert ("น้ำประปา" in names) == (key == "obt")
        db.close()


def _desk(url: str, name: str, barrier, results) -> None:
    db = Database.open(url, migrate=False)
    config = _config(office=replace(_config().office, name=name))
    barrier.wait()
    try:
        results.put(("won", create_office(db, config, replace(ADMIN, username=f"admin-{name[-1]}"),
                                          now=NOW).office_id))
    except Conflict as exc:
        results.put(("lost", exc.code))
    finally:
        db.close()


def _race(url: str) -> None:
    db = Database.open(url)  # migrated once, before the desks start
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, f"สำนักงาน {i}", barrier, results))
             for i in (1, 2)]
    for desk in desks:
        desk.start()
    outcomes = sorted([results.get(timeout=120)[0], results.get(timeout=120)[0]])
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert outcomes == ["lost", "won"]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Office)) == 1
        assert session.scalar(select(func.count()).select_from(User)) == 1
        assert session.scalar(select(func.count()).select_from(Village)) == 2
    db.close()


def test_two_desks_setting_up_at_once_make_one_office(db_url):
    _race(db_url)


def test_two_desks_setting_up_at_once_on_postgresql_make_one_office(pg_url):
    _race(pg_url)
