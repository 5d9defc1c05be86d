"""The walk-in form driven from the keyboard, as a clerk at the counter uses it."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fondue_desk.services import receipts, reference
from tests.complaint_views import newest_complaints
from tests.ui.keyboard import type_text

DESCRIPTION = "ไฟฟ้าส่องสว่างหน้าวัดดับมา 3 คืนแล้ว น้ำท่วมขังด้วย"


def choose_category(qtbot, page, typed: str) -> None:
    """Type part of a name, then pick the first suggestion from the completer popup."""
    combo = page.form.category
    combo.setFocus()
    type_text(combo.lineEdit(), typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def press_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def category_named(db, office, name):
    return next(c for c in reference.active_categories(db, office.id) if c.name_th == name)


def test_a_typed_complaint_is_saved_and_its_receipt_shown(qtbot, page, db, demo_office, clerk):
    form = page.form
    assert page.today_label.text() == "วันนี้รับเรื่องแล้ว 0 เรื่อง"
    choose_category(qtbot, page, "ส่องสว่าง")
    assert form.category.currentText() == "ไฟฟ้าส่องสว่างชำรุด"
    assert form.sla_label.text() == "กำหนดแล้วเสร็จภายใน 3 วัน"
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)  # โทรศัพท์: must survive the clearing
    type_text(form.description, DESCRIPTION)
    qtbot.keyClicks(form.village, "3")  # ASCII through qtbot itself; Thai needs type_text
    type_text(form.location_text, "หน้าวัดบ้านใหม่")
    type_text(form.name, "นายสมชาย ใจดี")
    qtbot.keyClicks(form.phone, "081 234 5678")
    qtbot.keyClicks(form.coordinates, "18.7405, 98.9527")

    with qtbot.waitSignal(page.complaint_logged) as logged:
        press_enter(qtbot, form.phone)

    saved = newest_complaints(db, demo_office.id)
    assert len(saved) == 1
    complaint = saved[0]
    assert logged.args[0].id == complaint.id
    assert complaint.category_id == category_named(db, demo_office, "ไฟฟ้าส่องสว่างชำรุด").id
    assert complaint.channel == "phone"
    assert complaint.description == DESCRIPTION
    assert complaint.village_label == "หมู่ที่ 3 บ้านใหม่"
    assert complaint.location_text == "หน้าวัดบ้านใหม่"
    assert complaint.complainant_name == "นายสมชาย ใจดี"
    assert complaint.phone == "0812345678"
    assert (complaint.lat, complaint.lon) == (18.7405, 98.9527)
    assert complaint.clerk_id == clerk.id

    # This PC asks every time (no receipt printer chosen): "and print" opens the print
    # dialog, without waiting for it. Printing straight away: tests/ui/test_printing.py.
    dialog = page.print_dialog()
    assert dialog is not None and dialog.isVisible()
    assert complaint.tracking_no in dialog.windowTitle()
    dialog.reject()
    qtbot.waitUntil(lambda: page.print_dialog() is None)
    assert complaint.tracking_no in page.print_status.text()

    assert page.today_label.text() == "วันนี้รับเรื่องแล้ว 1 เรื่อง"
    assert form.is_blank()
    assert form.category.currentText() == ""
    assert form.channel.currentData() == "phone"
    assert form.village.currentIndex() == 0


def test_named_complainant_needs_a_way_to_reply(qtbot, page, db, demo_office):
    form = page.form
    choose_category(qtbot, page, "ถนน")
    type_text(form.description, "ถนนเป็นหลุม")
    type_text(form.name, "นางสมศรี มีสุข")
    press_enter(qtbot, form.name)

    assert newest_complaints(db, demo_office.id) == []
    assert form.feedback.message("phone") == (
        "กรุณาระบุหมายเลขโทรศัพท์หรือที่อยู่ เพื่อใช้ติดต่อกลับ")
    assert form.feedback.message("complainant_name") == ""
    assert QApplication.focusWidget() is form.phone
    # Typing an address answers the request even though the message sits under the phone.
    type_text(form.address, "12 หมู่ 3")
    assert form.feedback.message("phone") == ""


def test_bad_phone_and_national_id_are_flagged_next_to_their_fields(qtbot, page, db, demo_office):
    form = page.form
    choose_category(qtbot, page, "ขยะ")
    type_text(form.description, "ขยะไม่ได้เก็บ")
    type_text(form.name, "นายทดสอบ ระบบ")
    type_text(form.phone, "12345")
    type_text(form.national_id, "1234567890123")
    press_enter(qtbot, form.national_id)

    assert newest_complaints(db, demo_office.id) == []
    assert form.feedback.message("phone") == (
        "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081-234-5678)")
    assert form.feedback.message("national_id") == (
        "เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง")
    phone_error = next(label for label in form.phone.parentWidget().findChildren(type(page.today_label))
                       if label.objectName() == "fieldError")
    assert phone_error.isVisible() and phone_error.text() == form.feedback.message("phone")
    assert QApplication.focusWidget() is form.phone

    type_text(form.phone, "0")  # editing a field clears its own message only
    assert form.feedback.message("phone") == ""
    assert form.feedback.message("national_id") != ""


def test_empty_form_flags_every_missing_field_and_focuses_the_first(qtbot, page, db, demo_office):
    press_enter(qtbot, page.form.description)
    form = page.form
    assert form.feedback.message("category_id") == "กรุณาเลือกประเภทเรื่อง"
    assert form.feedback.message("description") == "กรุณากรอกรายละเอียดเรื่องร้องเรียน"
    assert form.feedback.message("complainant_name") == (
        "กรุณากรอกชื่อผู้ร้องเรียน หรือเลือก “ไม่ประสงค์ออกนาม”")
    assert QApplication.focusWidget() is form.category
    assert newest_complaints(db, demo_office.id) == []
    assert page.print_dialog() is None


def test_unknown_category_text_and_unreadable_coordinates(qtbot, page, db, demo_office):
    form = page.form
    type_text(form.category.lineEdit(), "ไม่มีประเภทนี้")
    type_text(form.coordinates, "ข้างวัด")
    press_enter(qtbot, form.coordinates)
    assert form.feedback.message("category_id") == "ไม่พบประเภทเรื่องนี้ กรุณาเลือกจากรายการ"
    assert form.feedback.message("location").startswith("อ่านพิกัดไม่ได้")
    # The service's own checks are reported in the same go.
    assert form.feedback.message("description") == "กรุณากรอกรายละเอียดเรื่องร้องเรียน"
    assert newest_complaints(db, demo_office.id) == []


def test_a_google_maps_link_gives_the_position(qtbot, page, db, demo_office):
    form = page.form
    form.category.setEditText("ประปา")  # contained in one category name only: that one
    type_text(form.description, "ท่อประปาแตก")
    form.anonymous.setChecked(True)
    form.coordinates.setText(
        "https://www.google.com/maps/place/x/@18.74,98.95,17z/data=!3d18.7396!4d98.9518")
    press_enter(qtbot, form.coordinates)
    (saved,) = newest_complaints(db, demo_office.id)
    assert saved.category_name == "น้ำประปา"
    assert (saved.lat, saved.lon) == (pytest.approx(18.7396), pytest.approx(98.9518))


def test_a_village_is_chosen_by_typing_its_number(qtbot, page):
    # More ways of typing a village: tests/ui/test_intake_clearing_and_village.py.
    village = page.form.village
    village.setFocus()
    type_text(village, "3")
    qtbot.keyClick(village, Qt.Key.Key_Tab)
    assert village.currentText() == "หมู่ที่ 3 บ้านใหม่"


def test_the_save_button_saves_too(qtbot, page, db, demo_office):
    form = page.form
    form.category.setEditText("ขยะ/ความสะอาด")
    type_text(form.description, "ขยะตกค้าง")
    form.anonymous.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(newest_complaints(db, demo_office.id)) == 1


def test_escape_clears_the_form(qtbot, page):
    form = page.form
    choose_category(qtbot, page, "ขยะ")
    type_text(form.description, "ขยะ")
    type_text(form.name, "นายเอ")
    type_text(form.coordinates, "18.7, 98.9")
    form.village.setCurrentIndex(2)
    assert not form.is_blank()
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert form.is_blank()
    assert form.description.toPlainText() == ""
    assert QApplication.focusWidget() is form.category


def test_anonymous_disables_name_and_id_and_saves_without_them(qtbot, page, db, demo_office):
    form = page.form
    choose_category(qtbot, page, "สัตว์")
    type_text(form.description, "สุนัขจรจัดหลายตัว")
    qtbot.keyClick(form.anonymous, Qt.Key.Key_Space)
    assert form.anonymous.isChecked()
    assert not form.name.isEnabled() and not form.national_id.isEnabled()
    assert form.phone.isEnabled() and form.address.isEnabled()
    press_enter(qtbot, form.anonymous)
    (saved,) = newest_complaints(db, demo_office.id)
    assert saved.anonymous and saved.complainant_name == ""
    assert form.name.isEnabled()


def test_shift_enter_in_the_description_adds_a_line_and_does_not_save(
        qtbot, page, db, demo_office):
    form = page.form
    type_text(form.description, "บรรทัดแรก")
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(form.description, "บรรทัดสอง")
    assert form.description.toPlainText() == "บรรทัดแรก\nบรรทัดสอง"
    assert form.feedback.message("category_id") == ""  # no save was attempted
    assert newest_complaints(db, demo_office.id) == []


def test_tab_follows_the_visual_order(qtbot, page):
    form = page.form
    form.category.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.category)
    expected = [form.category, form.channel, form.description, form.photos.add_button,
                form.photos.paste_button, form.village,
                form.location_text, form.coordinates, form.anonymous, form.name,
                form.language.combo, form.phone, form.national_id, form.address, form.tambon,
                page.save_button]
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected


def test_choosing_a_sub_district_fills_district_province_and_postal_code(
        qtbot, page, db, demo_office):
    form = page.form
    form.tambon.setFocus()
    type_text(form.tambon, "แม่เหียะ")
    popup = form.places.popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0).data()
    assert first == "ต.แม่เหียะ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.postal_code.text() == "50100")
    assert form.tambon.text() == "แม่เหียะ"
    assert (form.amphoe.text(), form.province.text()) == ("เมืองเชียงใหม่", "เชียงใหม่")
    assert form.amphoe.isReadOnly() and form.province.isReadOnly()

    choose_category(qtbot, page, "ต้นไม้")
    type_text(form.description, "กิ่งไม้หักขวางทาง")
    type_text(form.name, "นางสาวบัวผัน ทองดี")  # a sub-district is enough contact to reply
    press_enter(qtbot, form.name)
    (saved,) = newest_complaints(db, demo_office.id)
    assert (saved.tambon, saved.amphoe, saved.province, saved.postal_code) == (
        "แม่เหียะ", "เมืองเชียงใหม่", "เชียงใหม่", "50100")

    type_text(form.tambon, "ก")  # retyping un-chooses the place
    assert form.amphoe.text() == ""


def test_ctrl_p_reprints_the_last_receipt(qtbot, page, db, demo_office, pdf_printer_output):
    form = page.form
    messages = []
    page.message.connect(messages.append)
    qtbot.keyClick(form.category, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert messages == ["ยังไม่มีใบรับเรื่องให้พิมพ์ซ้ำ"]
    assert not pdf_printer_output.exists()

    choose_category(qtbot, page, "เสียง")
    type_text(form.description, "เสียงดังจากโรงงานตอนกลางคืน")
    form.anonymous.setChecked(True)
    press_enter(qtbot, form.description)
    page.print_dialog().reject()
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)

    qtbot.keyClick(form.category, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert pdf_printer_output.exists()
    printed = PdfReader(str(pdf_printer_output))
    receipt = PdfReader(io.BytesIO(receipts.receipt_pdf(db, page.last_complaint().id)))
    assert len(printed.pages) == len(receipt.pages)
    # Printed on the paper the receipt was made for (A5 is 420 x 595 pt).
    assert float(printed.pages[0].mediabox.width) == pytest.approx(
        float(receipt.pages[0].mediabox.width), abs=1)
