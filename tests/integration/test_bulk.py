"""The demo's bulk path stores values exactly as the ORM does, so queries see no difference."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import select, text

from fondue_desk.db.bulk import bulk_insert
from fondue_desk.db.models import Assignment, StatusEvent
from fondue_desk.services import complaints, crews, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint


def test_bulk_rows_read_back_like_orm_rows(db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    made = log_complaint(db, clerk.id, ComplaintInput(category_id=category.id,
                                                      description="ทดสอบ", anonymous=True))
    crew = crews.list_crews(db, demo_office.id)[0]
    moment = datetime(2026, 11, 25, 10, 0, 0, tzinfo=timezone(timedelta(hours=7)))
    with db.write() as session:
        session.add(StatusEvent(complaint_id=made.id, from_status="received",
                                to_status="in_progress", by_user_id=clerk.id, at=moment,
                                note="orm"))
        session.flush()
        bulk_insert(session.connection(), StatusEvent.__table__, [
            {"complaint_id": made.id, "from_status": "in_progress", "to_status": "received",
             "by_user_id": clerk.id, "at": moment, "note": "bulk"}])
        bulk_insert(session.connection(), Assignment.__table__, [
            {"complaint_id": made.id, "crew_id": crew.id, "previous_crew_id": None,
             "planned_date": date(2026, 11, 26), "instruction": "", "reason": "",
             "by_user_id": clerk.id, "at": moment}])
    with db.read() as session:
        stored = dict(session.execute(text(
            "SELECT note, at FROM status_event WHERE note IN ('orm', 'bulk')")).all())
        read = dict(session.execute(select(StatusEvent.note, StatusEvent.at).where(
            StatusEvent.note.in_(["orm", "bulk"]))).all())
        planned = session.scalar(select(Assignment.planned_date))
    assert stored["orm"] == stored["bulk"] == "2026-11-25 03:00:00.000000"
    assert read["orm"] == read["bulk"] == moment.astimezone(UTC)
    assert planned == date(2026, 11, 26)
    assert complaints.get(db, made.id).status == "received"  # untouched by raw events
