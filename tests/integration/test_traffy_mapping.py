"""The office's Traffy mappings: saved by an admin, remembered, used by the next import."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from fondue_desk.db.models import Category
from fondue_desk.domain.errors import InvalidInput, PermissionDenied
from fondue_desk.interop.traffy.plan import BadRow, ImportMapping, plan_import
from fondue_desk.services import traffy_mapping

from .traffy_files import PUBLIC_HEADER, public_row, write


def _category(db, office_id) -> int:
    with db.read() as session:
        return session.scalar(select(Category.id).where(Category.office_id == office_id))


def test_saved_mappings_are_remembered_and_used(db, demo_office, admin, tmp_path):
    category = _category(db, demo_office.id)
    assert traffy_mapping.mapping(db, demo_office.id) == ImportMapping({}, {})
    saved = traffy_mapping.save_mapping(db, admin.id, ImportMapping(
        {"ถนน": category}, {"ปิดงาน": "finished"}))
    assert saved == ImportMapping({"ถนน": category}, {"ปิดงาน": "finished"})
    traffy_mapping.save_mapping(db, admin.id, ImportMapping({"ทางเท้า": category}, {}))
    assert set(traffy_mapping.mapping(db, demo_office.id).types) == {"ถนน", "ทางเท้า"}
    path = write(tmp_path / "m.csv", PUBLIC_HEADER, [
        public_row("2023-MAP1", state="ปิดงาน"), public_row("2023-MAP2", types="{ทางเท้า}")])
    plan = plan_import(db, demo_office.id, path)
    assert plan.unmapped_types == () and plan.unknown_states == ()
    # The platform's own names need no mapping.
    assert traffy_mapping.DEFAULT_STATES["เสร็จสิ้น"] == "finished"


def test_only_an_admin_saves_and_meanings_are_checked(db, demo_office, clerk, admin):
    category = _category(db, demo_office.id)
    with pytest.raises(PermissionDenied):
        traffy_mapping.save_mapping(db, clerk.id, ImportMapping({"ถนน": category}, {}))
    with pytest.raises(InvalidInput) as refused:
        traffy_mapping.save_mapping(db, admin.id, ImportMapping({}, {"ปิดงาน": "done-ish"}))
    assert refused.value.errors[0].code == "traffy.bad_meaning"
    with pytest.raises(InvalidInput):
        traffy_mapping.save_mapping(db, admin.id, ImportMapping({"ถนน": 999999}, {}))
    assert traffy_mapping.mapping(db, demo_office.id) == ImportMapping({}, {})


def test_the_report_in_thai(tmp_path):
    class Plan:
        bad_rows = (BadRow(7, "traffy.bad_date", {"value": "เมื่อวาน"}, ""),)

    path = traffy_mapping.write_report(Plan(), tmp_path / "r.csv")
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "บรรทัด,เหตุผล", "7,วันที่อ่านไม่ได้: เมื่อวาน"]
