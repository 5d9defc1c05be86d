"""The counter form's Esc (clear, with undo) and the village box, driven by keys as a clerk
drives them (Thai interface, real SQLite)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.complaint_views import newest_complaints

from .keyboard import type_text
from .test_intake_page import choose_category

ESC = Qt.Key.Key_Escape
CTRL = Qt.KeyboardModifier.ControlModifier


def fill(qtbot, page) -> None:
    """Every kind of field the form has, with something in it."""
    form = page.form
    choose_category(qtbot, page, "ส่องสว่าง")
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)
    type_text(form.description, "ไฟดับ")
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(form.description, "หน้าวัด")
    form.village.setFocus()
    type_text(form.village, "ม.3")
    type_text(form.location_text, "หน้าวัดบ้านใหม่")
    qtbot.keyClicks(form.coordinates, "18.7405, 98.9527")
    type_text(form.name, "นายสมชาย ใจดี")
    qtbot.keyClicks(form.phone, "081 234 5678")
    type_text(form.address, "12 หมู่ 3")


def state(form) -> dict:
    return {
        "category": form.category.currentText(), "sla": form.sla_label.text(),
        "channel": form.channel.currentData(), "description": form.description.toPlainText(),
        "village": form.village.village_id(), "village_text": form.village.currentText(),
        "location": form.location_text.text(), "coordinates": form.coordinates.text(),
        "anonymous": form.anonymous.isChecked(), "name": form.name.text(),
        "name_enabled": form.name.isEnabled(), "phone": form.phone.text(),
        "address": form.address.text(), "tambon": form.tambon.text(),
        "postal_code": form.postal_code.text(),
    }


def test_escape_clears_and_the_bar_gives_it_all_back(qtbot, page, db, demo_office):
    form = page.form
    fill(qtbot, page)
    before = state(form)
    assert before["village_text"] == "ม.3" and before["sla"]
    qtbot.keyClick(form.phone, ESC)
    assert form.is_blank()
    assert form.channel.currentData() == before["channel"]  # the channel is never cleared
    qtbot.waitUntil(page.undo_bar.isVisible)
    assert page.undo_bar.text.text() == "ล้างแบบฟอร์มแล้ว"
    assert page.undo_bar.action_button.text() == "เลิกทำ"

    qtbot.mouseClick(page.undo_bar.action_button, Qt.MouseButton.LeftButton)
    assert state(form) == before
    assert not page.undo_bar.isVisible()
    # What came back saves like what was typed.
    with qtbot.waitSignal(page.complaint_logged):
        qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    (saved,) = newest_complaints(db, demo_office.id)
    assert saved.description == "ไฟดับ\nหน้าวัด" and saved.village_label == "หมู่ที่ 3 บ้านใหม่"
    assert (saved.lat, saved.lon) == (18.7405, 98.9527)


def test_ctrl_z_brings_it_back_from_any_field(qtbot, page):
    form = page.form
    form.anonymous.setChecked(True)
    type_text(form.description, "สุนัขจรจัด")
    before = state(form)
    qtbot.keyClick(form.description, ESC)
    assert form.is_blank() and form.name.isEnabled()
    assert QApplication.focusWidget() is form.category
    # The category's own line edit would take Ctrl+Z for itself; the form's undo wins.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert state(form) == before
    assert not form.name.isEnabled()  # anonymous again, name locked as before
    assert not page.undo_bar.isVisible()


def test_escape_on_an_empty_form_does_nothing(qtbot, page):
    form = page.form
    form.phone.setFocus()
    qtbot.keyClick(form.phone, ESC)
    assert not page.undo_bar.isVisible()
    assert QApplication.focusWidget() is form.phone


def test_typing_the_next_complaint_retires_the_undo(qtbot, page):
    form = page.form
    type_text(form.description, "เรื่องเก่า")
    qtbot.keyClick(form.description, ESC)
    assert page.undo_bar.isVisible()
    type_text(form.description, "เรื่องใหม่")
    assert not page.undo_bar.isVisible()
    qtbot.keyClick(form.description, Qt.Key.Key_Z, CTRL)
    assert "เรื่องเก่า" not in form.description.toPlainText()


def test_the_bar_closes_and_goes_after_a_save(qtbot, page):
    form = page.form
    type_text(form.name, "นายเอ")
    qtbot.keyClick(form.name, ESC)
    qtbot.mouseClick(page.undo_bar.close_button, Qt.MouseButton.LeftButton)
    assert not page.undo_bar.isVisible()
    assert not page.clearing.undo()
    assert form.is_blank()


def test_escape_in_an_open_completer_only_closes_it(qtbot, page):
    form = page.form
    combo = form.category
    combo.setFocus()
    type_text(combo.lineEdit(), "ไฟ")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, ESC)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentText() == "ไฟ"
    assert not page.undo_bar.isVisible()


def test_escape_in_the_village_list_only_closes_it(qtbot, page):
    form = page.form
    type_text(form.description, "ถนนเป็นหลุม")
    village = form.village
    village.setFocus()
    qtbot.keyClick(village, Qt.Key.Key_F4)
    qtbot.waitUntil(village.view().isVisible)
    qtbot.keyClick(village.view(), ESC)
    qtbot.waitUntil(lambda: not village.view().isVisible())
    assert form.description.toPlainText() == "ถนนเป็นหลุม"
    assert not page.undo_bar.isVisible()


def test_escape_in_the_village_suggestions_only_closes_them(qtbot, page):
    village = page.form.village
    village.setFocus()
    type_text(village, "บ้าน")
    popup = village.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, ESC)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert village.currentText() == "บ้าน"
    assert not page.undo_bar.isVisible()


@pytest.mark.parametrize(("typed", "label"), [
    ("3", "หมู่ที่ 3 บ้านใหม่"),
    ("หมู่ 3", "หมู่ที่ 3 บ้านใหม่"),
    ("หมู่ที่ 3", "หมู่ที่ 3 บ้านใหม่"),
    ("ม.3", "หมู่ที่ 3 บ้านใหม่"),
    ("ม. 3", "หมู่ที่ 3 บ้านใหม่"),
    ("๓", "หมู่ที่ 3 บ้านใหม่"),
    ("1", "หมู่ที่ 1 บ้านแม่เหียะ"),
    ("10", "หมู่ที่ 10 บ้านท่าข้าม"),
    ("หมู่ที่ ๑๐", "หมู่ที่ 10 บ้านท่าข้าม"),
    ("ท่าข้าม", "หมู่ที่ 10 บ้านท่าข้าม"),
    ("ผักหวาน", "หมู่ที่ 5 บ้านสันผักหวาน"),
])
def test_typing_a_village_picks_it(qtbot, page, typed, label):
    village = page.form.village
    village.setFocus()
    type_text(village, typed)
    assert village.currentText() == typed  # what was typed stays, spaces and all
    assert village.village_id() is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert village.currentText() == label
    assert QApplication.focusWidget() is page.form.location_text


def test_a_space_never_opens_the_list_or_swallows_keys(qtbot, page):
    village = page.form.village
    village.setFocus()
    type_text(village, "หมู่ ")
    assert not village.view().isVisible()
    type_text(village, "ที่ 7")
    assert village.currentText() == "หมู่ ที่ 7"
    assert village.itemText(village.findData(village.village_id())) == "หมู่ที่ 7 บ้านไร่"


def test_suggestions_follow_the_typing_and_enter_picks_one(qtbot, page):
    village = page.form.village
    village.setFocus()
    type_text(village, "บ้านส")
    popup = village.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["หมู่ที่ 5 บ้านสันผักหวาน", "หมู่ที่ 8 บ้านสามัคคีพัฒนา"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert village.currentText() == "หมู่ที่ 8 บ้านสามัคคีพัฒนา"


def test_a_village_that_does_not_exist_is_flagged(qtbot, page, db, demo_office):
    form = page.form
    form.category.setEditText("ขยะ/ความสะอาด")
    type_text(form.description, "ขยะตกค้าง")
    form.anonymous.setChecked(True)
    form.village.setFocus()
    type_text(form.village, "หมู่ที่ 12")
    qtbot.keyClick(form.village, Qt.Key.Key_Return)
    assert form.feedback.message("village_id") != ""
    assert newest_complaints(db, demo_office.id) == []
    assert QApplication.focusWidget() is form.village
