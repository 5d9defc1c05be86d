"""A dialog opened before another desk acted on the complaint: the save is refused with who
changed it, and nothing is written (services.locking via the status the dialog showed)."""
from __future__ import annotations

from sqlalchemy import func, select

from fondue_desk.db.models import StatusEvent
from fondue_desk.services import complaints, intake, reference, workflow
from ui.dialogs.status_change_dialog import StatusChangeDialog


def test_a_status_change_overtaken_by_another_desk_names_it_and_writes_nothing(
        qtbot, db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    made = intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category.id, description="ท่อระบายน้ำอุดตันหน้าตลาด",
        complainant_name="นางสาวมณี ศรีสุข", phone="0812345678"))
    dialog = StatusChangeDialog(db, clerk, complaints.get(db, made.id))
    qtbot.addWidget(dialog)
    other = reference.find_user(db, "clerk2")
    workflow.change_status(db, other.id, made.id, "rejected", "ซ้ำกับเรื่องเดิม")

    dialog.button_for("forwarded").setChecked(True)
    dialog.note.setPlainText("ส่งให้การประปา")
    assert dialog.save() is None

    message = dialog.error_text()
    assert other.full_name in message and made.tracking_no in message
    assert complaints.get(db, made.id).status == "rejected"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(StatusEvent).where(
            StatusEvent.complaint_id == made.id, StatusEvent.to_status == "forwarded")) == 0
