"""Traffy Fondue exports come in as complaints: the real public sample, once and again."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from fondue_desk.db.models import Category, Complaint, StatusEvent, TraffyTicket
from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.errors import RuleViolation
from fondue_desk.interop.traffy.apply import apply_import
from fondue_desk.interop.traffy.plan import ImportCancelled, ImportMapping, plan_import
from fondue_desk.services import traffy_mapping

from .traffy_files import PUBLIC_HEADER, SAMPLE, public_row, write

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
BLANK_IDS = 12   # rows of the real sample whose ticket_id is empty


@pytest.fixture
def categories(db, demo_office) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(Category.id).where(
            Category.office_id == demo_office.id).order_by(Category.id)))


def _all_types(plan, category_id: int) -> ImportMapping:
    return ImportMapping({name: category_id for name, _n in plan.unmapped_types}, {})


def test_the_sample_plans_without_writing(db, demo_office):
    plan = plan_import(db, demo_office.id, SAMPLE)
    assert plan.total_rows == 1000
    assert plan.shape == "public"
    assert plan.new == 1000 - BLANK_IDS and plan.changed == plan.unchanged == 0
    assert [b.code for b in plan.bad_rows] == ["traffy.no_ticket_id"] * BLANK_IDS
    assert plan.bad_rows[0].line == 572   # the physical line: comments span several lines
    assert dict(plan.unmapped_types)["ถนน"] == 398
    assert plan.unknown_states == ()
    assert plan.columns["coords"] == "coords" and plan.columns["ticket_id"] == "ticket_id"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0


def test_the_sample_imports_once(db, demo_office, clerk, categories):
    plan = plan_import(db, demo_office.id, SAMPLE)
    with pytest.raises(RuleViolation) as refused:
        apply_import(db, clerk.id, SAMPLE, mapping=None, now=NOW)
    assert refused.value.code == "traffy.unmapped_types"
    roads, other = categories[0], categories[1]
    mapping = ImportMapping({**{n: other for n, _c in plan.unmapped_types}, "ถนน": roads}, {})
    result = apply_import(db, clerk.id, SAMPLE, mapping=mapping, now=NOW)
    assert (result.added, result.updated, result.unchanged) == (988, 0, 0)
    assert len(result.bad_rows) == BLANK_IDS
    with db.read() as session:
        rows = session.execute(select(Complaint, TraffyTicket).join(
            TraffyTicket, TraffyTicket.complaint_id == Complaint.id)).all()
        assert len(rows) == 988
        by_ticket = {t.ticket_id: c for c, t in rows}
        first = by_ticket["2023-FCX4QQ"]
        assert first.channel == "traffy" and first.status == "received"
        assert abs(first.lat - 13.81565) < 1e-6 and abs(first.lon - 100.87281) < 1e-6
        assert to_thai(first.received_at).strftime("%Y-%m-%d %H:%M") == "2023-05-12 20:27"
        assert first.description.startswith("ปัญหาเรื่องกลิ่นและเสียง")
        assert first.location_text.startswith("13 ถนน อยู่วิทยา")
        assert by_ticket["2023-HA44MD"].category_id == other   # {กีดขวาง,ถนน}: first mapped
        # The sample is Bangkok's: all but a handful of pins (citizens' mistakes) are there.
        in_bangkok = [c for c, _t in rows if 13.4 < c.lat < 14.1 and 100.3 < c.lon < 101.0]
        assert len(in_bangkok) >= 980
        assert all(5.5 <= c.lat <= 20.5 and 97.3 <= c.lon <= 105.7 for c, _t in rows)
        statuses = {(t.state_name, c.status) for c, t in rows}
        assert statuses <= {("รอรับเรื่อง", "received"), ("กำลังดำเนินการ", "in_progress"),
                            ("เสร็จสิ้น", "closed"), ("ส่งต่อ", "forwarded"),
                            ("ไม่เกี่ยวข้อง", "rejected"), ("ติดตามเรื่อง", "in_progress")}
        assert {s for _n, s in statuses} >= {"received", "in_progress", "closed"}
        closed = [c for c, _t in rows if c.status == "closed"]
        history = session.execute(select(StatusEvent.to_status, StatusEvent.note_code).where(
            StatusEvent.complaint_id == closed[0].id).order_by(StatusEvent.id)).all()
        assert history == [("received", "traffy.imported"), ("closed", "traffy.state_changed")]
        numbers = sorted(c.seq for c, _t in rows if c.fiscal_year == closed[0].fiscal_year)
        assert numbers == list(range(1, len(numbers) + 1))
    again = apply_import(db, clerk.id, SAMPLE, mapping=mapping, now=NOW)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 988)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 988


def test_changed_states_update_only_those_and_keep_local_work(db, demo_office, clerk,
                                                               categories, tmp_path, now):
    from datetime import timedelta

    from fondue_desk.services import workflow

    NOW = now - timedelta(hours=1)   # the first import, an hour before the clerk's change
    rows = [public_row(f"2023-AAA{i:03d}") for i in range(5)]
    path = write(tmp_path / "a.csv", PUBLIC_HEADER, rows)
    mapping = ImportMapping({"ถนน": categories[0]}, {})
    assert apply_import(db, clerk.id, path, mapping=mapping, now=NOW).added == 5
    with db.read() as session:
        ids = dict(session.execute(select(TraffyTicket.ticket_id,
                                                 TraffyTicket.complaint_id)).all())
    # Worked on here after the import: Traffy's later word goes into the history only.
    workflow.change_status(db, clerk.id, ids["2023-AAA001"], "rejected", "ไม่ใช่ของเรา")
    rows[0] = public_row("2023-AAA000", state="เสร็จสิ้น", last="2023-05-13 01:00:00+00")
    rows[1] = public_row("2023-AAA001", state="เสร็จสิ้น", last="2023-05-13 01:00:00+00")
    write(path, PUBLIC_HEADER, rows)
    plan = plan_import(db, demo_office.id, path)
    assert (plan.new, plan.changed, plan.unchanged) == (0, 2, 3)
    result = apply_import(db, clerk.id, path, mapping=mapping, now=NOW)
    assert (result.added, result.updated, result.unchanged) == (0, 2, 3)
    with db.read() as session:
        status = dict(session.execute(select(Complaint.id, Complaint.status)).all())
        assert status[ids["2023-AAA000"]] == "closed"
        assert status[ids["2023-AAA001"]] == "rejected"
        assert status[ids["2023-AAA002"]] == "received"
        last = session.execute(select(StatusEvent.from_status, StatusEvent.to_status,
                                      StatusEvent.note_code).where(
            StatusEvent.complaint_id == ids["2023-AAA001"]).order_by(StatusEvent.id.desc())
        ).first()
        assert tuple(last) == ("rejected", "rejected", "traffy.state_changed")
        ticket = session.scalar(select(TraffyTicket).where(TraffyTicket.ticket_id == "2023-AAA001"))
        assert (ticket.state_name, ticket.state_kind) == ("เสร็จสิ้น", "finished")


def test_broken_rows_are_reported_and_the_good_kept(db, demo_office, clerk, categories,
                                                    tmp_path):
    rows = [public_row("2023-GOOD01"),
            public_row("2023-BAD001", coords='"2.0,1.0"'),
            public_row("2023-BAD002", timestamp="yesterday"),
            public_row("2023-GOOD01"),
            public_row("2023-GOOD02", comment="บรรทัดแรก\nบรรทัดสอง"),
            public_row("bad id!")]
    path = write(tmp_path / "b.csv", PUBLIC_HEADER, rows)
    mapping = ImportMapping({"ถนน": categories[0]}, {})
    result = apply_import(db, clerk.id, path, mapping=mapping, now=NOW)
    assert result.added == 2
    assert [(b.line, b.code) for b in result.bad_rows] == [
        (3, "traffy.coords_outside"), (4, "traffy.bad_date"), (5, "traffy.duplicate_ticket"),
        (8, "traffy.bad_ticket_id")]
    report = traffy_mapping.write_report(result, tmp_path / "report.csv", "en")
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "line,reason" and lines[1] == '3,"coordinates outside Thailand: 2.0,1.0"'


def test_a_cancel_leaves_nothing_written(db, demo_office, clerk, categories):
    plan = plan_import(db, demo_office.id, SAMPLE)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1   # let the reading pass, stop in the write

    with pytest.raises(ImportCancelled):
        apply_import(db, clerk.id, SAMPLE, mapping=_all_types(plan, categories[0]),
                     is_cancelled=cancelled, now=NOW)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
        assert session.scalar(select(func.count()).select_from(TraffyTicket)) == 0
