"""Traffy exports in the other shapes people publish: the agency download, bracketed or swapped
coordinates, BOM and CRLF, slashed dates either way, Buddhist Era years; and PostgreSQL."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from fondue_desk.db.models import Category, Complaint, TraffyTicket, Village
from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.errors import RuleViolation
from fondue_desk.interop.traffy.apply import apply_import
from fondue_desk.interop.traffy.plan import ImportMapping, plan_import

from .traffy_files import AGENCY_HEADER, PUBLIC_HEADER, public_row, write

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def _mapping(db, office_id) -> ImportMapping:
    with db.read() as session:
        first = session.scalar(select(Category.id).where(Category.office_id == office_id)
                               .order_by(Category.id))
    return ImportMapping({"ถนน": first, "ทางเท้า": first, "": first}, {"ปิดงาน": "finished"})


def _imported(db) -> dict:
    with db.read() as session:
        return {row.ticket_id: row for row in session.execute(select(
            TraffyTicket.ticket_id, Complaint.lat, Complaint.lon, Complaint.status,
            Complaint.village_id,
            Complaint.description, Complaint.received_at).join(
            TraffyTicket, TraffyTicket.complaint_id == Complaint.id)).all()}


def agency_row(ticket, lat, lon, stamp, status, types="ถนน,ทางเท้า") -> str:
    return (f'{ticket},"{types}",อบต.ทดสอบ,"ไฟดับ หมู่ที่ 3",,{lat},{lon},"ม.3 ต.ทดสอบ",ตำบล,'
            f"อำเภอ,จังหวัด,{stamp},,,,,{status},,,0,{stamp}")


def test_the_agency_shape_with_swapped_coordinate_headers(db, demo_office, clerk, tmp_path):
    path = write(tmp_path / "agency.csv", AGENCY_HEADER, [
        agency_row("2024-AG0001", "13.75", "100.5", "2024-01-05T09:00:00+07:00", "waiting"),
        agency_row("2024-AG0002", "100.5", "13.75", "2024-01-05T10:00:00+07:00", "finish"),
        agency_row("AG0003", "[13.75", "100.5]", "2024-01-05T11:00:00+07:00", "ปิดงาน", "{}"),
    ], bom=True, crlf=True)
    plan = plan_import(db, demo_office.id, path, mapping=_mapping(db, demo_office.id))
    assert plan.shape == "agency" and plan.new == 2
    assert [b.line for b in plan.bad_rows] == [4]   # a half-bracket in each of two columns
    steps = []
    apply_import(db, clerk.id, path, mapping=_mapping(db, demo_office.id), now=NOW,
                 progress=lambda done, total: steps.append((done, total)))
    assert steps[-1] == (2, 2)
    got = _imported(db)
    with db.read() as session:
        moo3 = session.scalar(select(Village.id).where(Village.office_id == demo_office.id,
                                                       Village.number == 3))
    assert got["2024-AG0001"].village_id == moo3 is not None   # "ม.3" in the address
    assert (got["2024-AG0001"].lat, got["2024-AG0001"].lon) == (13.75, 100.5)
    assert (got["2024-AG0002"].lat, got["2024-AG0002"].lon) == (13.75, 100.5)
    assert got["2024-AG0002"].status == "closed"
    assert got["2024-AG0001"].description == "ไฟดับ หมู่ที่ 3"
    assert to_thai(got["2024-AG0001"].received_at).hour == 9


def test_renamed_headers_bracketed_coordinates_and_no_year_prefix(db, demo_office, clerk,
                                                                  tmp_path):
    header = "Ticket ID,Types,รายละเอียด,Coordinates,ที่อยู่,created_at,สถานะ"
    path = write(tmp_path / "renamed.csv", header, [
        ('1555-0001,"ถนน, ทางเท้า",ถนนพัง,"[13.9, 100.6]",ซอย 1,2023-06-01 08:00:00+00,'
         "กำลังดำเนินการ"),
        'HOT0002,{},ไม่ระบุ,"100.6,13.9",ซอย 2,2023-06-01 09:00:00+00,ส่งต่อ',
    ], crlf=True)
    result = apply_import(db, clerk.id, path, mapping=_mapping(db, demo_office.id), now=NOW)
    assert result.added == 2 and not result.bad_rows
    got = _imported(db)
    assert (got["1555-0001"].lat, got["1555-0001"].status) == (13.9, "in_progress")
    assert (got["HOT0002"].lon, got["HOT0002"].status) == (100.6, "forwarded")


def _dated(tmp_path, name, stamps) -> object:
    return write(tmp_path / name, PUBLIC_HEADER, [
        public_row(f"2023-D{i:05d}", timestamp=s, last=s) for i, s in enumerate(stamps)])


def test_day_first_and_month_first_files(db, demo_office, clerk, tmp_path):
    mapping = _mapping(db, demo_office.id)
    day_first = _dated(tmp_path, "dmy.csv", ["03/04/2566 10:00", "25/04/2566 10:00"])
    plan = plan_import(db, demo_office.id, day_first)
    assert (plan.date_order, plan.date_order_ambiguous) == ("dmy", False)
    apply_import(db, clerk.id, day_first, mapping=mapping, now=NOW)
    assert to_thai(_imported(db)["2023-D00000"].received_at).date().isoformat() == "2023-04-03"
    month_first = write(tmp_path / "mdy.csv", PUBLIC_HEADER, [
        public_row("2023-M00000", timestamp="04/03/2023 10:00", last=""),
        public_row("2023-M00001", timestamp="04/25/2023 10:00", last="")])
    assert plan_import(db, demo_office.id, month_first).date_order == "mdy"
    apply_import(db, clerk.id, month_first, mapping=mapping, now=NOW)
    assert to_thai(_imported(db)["2023-M00000"].received_at).date().isoformat() == "2023-04-03"


def test_an_ambiguous_file_asks(db, demo_office, clerk, tmp_path):
    path = _dated(tmp_path, "amb.csv", ["03/04/2023 10:00", "05/06/2023 10:00"])
    plan = plan_import(db, demo_office.id, path)
    assert plan.date_order is None and plan.date_order_ambiguous
    with pytest.raises(RuleViolation) as refused:
        apply_import(db, clerk.id, path, mapping=_mapping(db, demo_office.id), now=NOW)
    assert refused.value.code == "traffy.ambiguous_dates"
    assert not _imported(db)
    apply_import(db, clerk.id, path, mapping=_mapping(db, demo_office.id), date_order="mdy",
                 now=NOW)
    assert to_thai(_imported(db)["2023-D00000"].received_at).date().isoformat() == "2023-03-04"


def test_an_unknown_state_is_refused_until_mapped(db, demo_office, clerk, tmp_path):
    path = write(tmp_path / "s.csv", PUBLIC_HEADER, [public_row("2023-S1", state="รออนุมัติ")])
    plan = plan_import(db, demo_office.id, path)
    assert plan.unknown_states == (("รออนุมัติ", 1),)
    with pytest.raises(RuleViolation):
        apply_import(db, clerk.id, path, mapping=_mapping(db, demo_office.id), now=NOW)
    mapping = _mapping(db, demo_office.id)
    mapping.states["รออนุมัติ"] = "in_progress"
    apply_import(db, clerk.id, path, mapping=mapping, now=NOW)
    assert _imported(db)["2023-S1"].status == "in_progress"


def test_postgresql_imports_the_same(pg_url, tmp_path):
    from fondue_desk.db.database import Database
    from fondue_desk.services import demo, reference

    from .traffy_files import SAMPLE

    db = Database.open(pg_url)
    try:
        demo.create_demo_office(db, complaints=0, passwords_must_change=False)
        office = reference.first_office(db)
        clerk = reference.default_counter_user(db, office.id)
        plan = plan_import(db, office.id, SAMPLE)
        with db.read() as session:
            first = session.scalar(select(Category.id).order_by(Category.id))
        mapping = ImportMapping({n: first for n, _c in plan.unmapped_types}, {})
        assert apply_import(db, clerk.id, SAMPLE, mapping=mapping, now=NOW).added == 988
        again = apply_import(db, clerk.id, SAMPLE, mapping=mapping, now=NOW)
        assert (again.added, again.unchanged) == (0, 988)
        assert len(_imported(db)) == 988
        # A state changed on Traffy's side: that ticket alone moves.
        path = write(tmp_path / "pg.csv", PUBLIC_HEADER, [public_row("2023-PG1")])
        apply_import(db, clerk.id, path, mapping=mapping, now=NOW)
        write(path, PUBLIC_HEADER, [public_row("2023-PG1", state="เสร็จสิ้น")])
        again = apply_import(db, clerk.id, path, mapping=mapping, now=NOW)
        assert (again.added, again.updated) == (0, 1)
        assert _imported(db)["2023-PG1"].status == "closed"
    finally:
        db.close()


def test_the_village_named_in_the_address_is_found_by_its_number_not_its_id(
        db, demo_office, clerk, tmp_path):
    # Renumbered so that no village's id is its number: "ม.3" must mean the village numbered 3.
    with db.write() as session:
        villages = list(session.scalars(select(Village).where(
            Village.office_id == demo_office.id).order_by(Village.id)))
        for village in villages:
            village.number += 50
        session.flush()
        villages[0].number = 3
        moo3 = villages[0].id
    assert moo3 != 3
    path = write(tmp_path / "agency.csv", AGENCY_HEADER, [
        agency_row("2024-AG0009", "13.75", "100.5", "2024-01-05T09:00:00+07:00", "waiting")])
    apply_import(db, clerk.id, path, mapping=_mapping(db, demo_office.id), now=NOW)
    assert _imported(db)["2024-AG0009"].village_id == moo3
