from __future__ import annotations

import pytest
from sqlalchemy import select

from fondue_desk.db.models import StatusEvent
from fondue_desk.domain.errors import Conflict, InvalidInput
from fondue_desk.services import complaints, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint
from fondue_desk.services.workflow import change_status, next_statuses


@pytest.fixture
def complaint(db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ถนนเป็นหลุม", anonymous=True))


def events(db, complaint_id):
    with db.read() as session:
        return session.execute(select(StatusEvent.from_status, StatusEvent.to_status,
                                      StatusEvent.note)
                               .where(StatusEvent.complaint_id == complaint_id)
                               .order_by(StatusEvent.id)).all()


def test_a_complaint_walks_the_workflow_and_every_step_is_recorded(db, clerk, complaint,
                                                                   demo_office, today):
    from fondue_desk.services import crews, dispatch

    crew = crews.list_crews(db, demo_office.id)[0]
    dispatch.assign(db, clerk.id, [complaint.id], crew.id, today)
    assert next_statuses("assigned") == ["received", "in_progress", "forwarded"]
    change_status(db, clerk.id, complaint.id, "in_progress", note="เริ่มงาน")
    dispatch.record_result(db, clerk.id, complaint.id, dispatch.ResultInput(outcome="done"))
    with pytest.raises(Conflict) as only_the_mayor:
        change_status(db, clerk.id, complaint.id, "closed")
    assert only_the_mayor.value.code == "status.needs_action"
    assert [tuple(e)[:2] for e in events(db, complaint.id)] == [
        (None, "received"), ("received", "assigned"), ("assigned", "in_progress"),
        ("in_progress", "awaiting_signoff")]


def test_invalid_moves_change_nothing(db, clerk, complaint):
    with pytest.raises(Conflict):
        change_status(db, clerk.id, complaint.id, "closed")
    with pytest.raises(InvalidInput):
        change_status(db, clerk.id, complaint.id, "rejected", note="")
    assert complaints.get(db, complaint.id).status == "received"
    assert len(events(db, complaint.id)) == 1


def test_an_over_long_note_is_a_field_error_and_changes_nothing(db, clerk, complaint):
    with pytest.raises(InvalidInput) as bad:
        change_status(db, clerk.id, complaint.id, "rejected", note="ก" * 1001)
    assert bad.value.fields == ("note",)
    assert complaints.get(db, complaint.id).status == "received"
