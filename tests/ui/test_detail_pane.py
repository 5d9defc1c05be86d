"""The complaint detail pane: what it shows, and changing a complaint from it (Thai interface)."""
from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from fondue_desk.services import complaints, intake, reference
from fondue_desk.services.attachments import list_attachments
from fondue_desk.services.complaint_detail import complaint_detail
from ui.dialogs.edit_complaint_dialog import EditComplaintDialog
from ui.dialogs.status_change_dialog import StatusChangeDialog
from ui.widgets.complaint_detail_pane import ComplaintDetailPane

from .keyboard import type_text

NATIONAL_ID = "1101700230708"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def complaint(db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    village = reference.villages(db, demo_office.id)[1]
    return intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category.id, description="ไฟฟ้าส่องสว่างหน้าวัดดับสามคืนแล้ว",
        complainant_name="นางสาวมณี ศรีสุข", phone="0812345678", national_id=NATIONAL_ID,
        address_line="45/2 หมู่ 3", tambon="แม่เหียะ", amphoe="เมืองเชียงใหม่",
        province="เชียงใหม่", postal_code="50100", village_id=village.id,
        location_text="หน้าวัดป่าจี้", lat=18.7547, lon=98.9686))


@pytest.fixture
def pane(qtbot, db, demo_office, clerk, complaint):
    widget = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(widget)
    widget.resize(600, 800)
    widget.show()
    widget.show_complaint(complaint.id)
    return widget


def changes(pane) -> list[int]:
    emitted: list[int] = []
    pane.complaint_changed.connect(emitted.append)
    return emitted


def status_dialog(qtbot, pane) -> StatusChangeDialog:
    qtbot.mouseClick(pane.status_button, LEFT)
    dialog = pane.current_dialog()
    assert isinstance(dialog, StatusChangeDialog)
    qtbot.waitExposed(dialog)
    return dialog


def choose_status(qtbot, dialog: StatusChangeDialog, status: str) -> None:
    button = dialog.button_for(status)
    # On the round indicator: a radio button only reacts to clicks on it or on its text.
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def edit_dialog(qtbot, pane) -> EditComplaintDialog:
    qtbot.mouseClick(pane.edit_button, LEFT)
    dialog = pane.current_dialog()
    assert isinstance(dialog, EditComplaintDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_shows_the_complaint_in_thai_with_the_national_id_masked(pane, complaint):
    assert pane.tracking.text() == complaint.tracking_no
    assert pane.status_text() == "รับเรื่องแล้ว"
    assert pane.value_text("national_id") == "1-1017-XXXXX-XX-8"
    assert pane.value_text("phone") == "081-234-5678"
    assert pane.value_text("name") == "นางสาวมณี ศรีสุข"
    assert "ต.แม่เหียะ" in pane.value_text("address")
    shown = [pane.value_text(key) for key in pane._values]
    assert not any(NATIONAL_ID in text for text in shown)
    assert pane.timeline.entry_count() == 1


def test_anonymous_complainant_and_clear(qtbot, db, demo_office, clerk, pane):
    category = reference.active_categories(db, demo_office.id)[0]
    hidden = intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category.id, description="น้ำท่วมขัง", anonymous=True, phone="0812345678"))
    pane.show_complaint(hidden.id)
    assert pane.value_text("name") == "ไม่ประสงค์ออกนาม"
    assert pane.value_text("national_id") == "—"
    pane.clear()
    assert pane.complaint() is None and pane.empty.isVisible()


def test_change_status_through_the_dialog(qtbot, db, pane, complaint):
    emitted = changes(pane)
    dialog = status_dialog(qtbot, pane)
    choose_status(qtbot, dialog, "in_progress")
    type_text(dialog.note, "ทีมช่างไฟฟ้าเข้าดำเนินการ")
    with qtbot.waitSignal(pane.complaint_changed):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert emitted == [complaint.id]
    assert complaints.get(db, complaint.id).status == "in_progress"
    assert pane.status_text() == "กำลังดำเนินการ"
    assert pane.timeline.entry_count() == 2
    newest = pane.timeline.entry_texts()[0]
    assert "สถานะ: รับเรื่องแล้ว → กำลังดำเนินการ" in newest
    assert "ทีมช่างไฟฟ้าเข้าดำเนินการ" in newest


def test_a_move_that_needs_a_note_is_refused_without_one(qtbot, db, pane, complaint):
    emitted = changes(pane)
    dialog = status_dialog(qtbot, pane)
    choose_status(qtbot, dialog, "rejected")
    assert dialog.note_is_required()
    assert "จำเป็น" in dialog.note_label.text()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_text() == "การเปลี่ยนสถานะนี้ต้องระบุหมายเหตุ กรุณาระบุเหตุผล"
    assert emitted == []
    assert complaints.get(db, complaint.id).status == "received"
    assert len(complaint_detail(db, complaint.id).history) == 1


def test_edit_dialog_is_filled_with_the_saved_values(qtbot, pane):
    dialog = edit_dialog(qtbot, pane)
    # Saving untouched must find nothing to change: every field came back as it was saved.
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.form.general_error.text() == "ไม่มีข้อมูลที่เปลี่ยนแปลง จึงไม่มีอะไรต้องบันทึก"


def test_edit_with_an_invalid_phone_shows_the_error_and_saves_nothing(qtbot, db, pane,
                                                                       complaint):
    emitted = changes(pane)
    dialog = edit_dialog(qtbot, pane)
    dialog.form.phone.clear()
    type_text(dialog.form.phone, "12345")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.form.feedback.message("phone") == "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081-234-5678)"
    assert complaints.get(db, complaint.id).phone == "0812345678"
    assert emitted == []
    assert [h.kind for h in complaint_detail(db, complaint.id).history] == ["status"]


def test_a_valid_edit_is_saved_and_appears_in_the_timeline(qtbot, db, pane, complaint):
    emitted = changes(pane)
    dialog = edit_dialog(qtbot, pane)
    dialog.form.phone.clear()
    type_text(dialog.form.phone, "0891112222")
    type_text(dialog.note, "ผู้ร้องแจ้งเบอร์ใหม่")
    with qtbot.waitSignal(pane.complaint_changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert emitted == [complaint.id]
    assert complaints.get(db, complaint.id).phone == "0891112222"
    assert pane.value_text("phone") == "089-111-2222"
    newest = pane.timeline.entry_texts()[0]
    assert "แก้ไขโทรศัพท์: 081-234-5678 → 089-111-2222" in newest
    assert "ผู้ร้องแจ้งเบอร์ใหม่" in newest


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_add_a_photo_shows_its_thumbnail_and_opens_it(qtbot, db, monkeypatch, tmp_path, pane,
                                                        complaint):
    photo = tmp_path / "ไฟดับ.png"
    Image.new("RGB", (640, 480), (30, 120, 200)).save(photo)
    choose_file(monkeypatch, photo)
    with qtbot.waitSignal(pane.complaint_changed):
        qtbot.mouseClick(pane.attachments.add_button, LEFT)
    strip = pane.attachments
    assert strip.thumbnail_count() == 1
    assert strip.thumbnails.item(0).toolTip().startswith("ไฟดับ.png")
    assert [a.file_name for a in list_attachments(db, complaint.id)] == ["ไฟดับ.png"]
    rect = strip.thumbnails.visualItemRect(strip.thumbnails.item(0))
    # A real double-click starts with a press; the view only opens the item it saw pressed.
    qtbot.mouseClick(strip.thumbnails.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(strip.thumbnails.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: strip.viewer() is not None and strip.viewer().isVisible())
    assert strip.viewer().windowTitle() == "ไฟดับ.png"
    assert strip.viewer().image.pixmap() is not None and not strip.viewer().image.pixmap().isNull()


def test_a_file_that_is_not_a_picture_is_refused_in_thai(qtbot, db, monkeypatch, tmp_path,
                                                          pane, complaint):
    emitted = changes(pane)
    text = tmp_path / "notes.png"
    text.write_text("not a picture at all")
    choose_file(monkeypatch, text)
    qtbot.mouseClick(pane.attachments.add_button, LEFT)
    assert pane.attachments.error_text() == (
        "ไฟล์นี้ไม่ใช่รูปภาพ (รองรับ JPEG, PNG, WebP, GIF, BMP และ TIFF)")
    assert pane.attachments.thumbnail_count() == 0
    assert list_attachments(db, complaint.id) == []
    assert emitted == []
