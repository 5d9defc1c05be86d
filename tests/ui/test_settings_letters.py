"""The letter settings dialog: texts saved by OK, pictures and templates saved at once."""
from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fondue_desk.services import reference
from fondue_desk.services.letter_settings import (
    category_templates,
    letter_settings,
    set_image,
)
from tests.ui.keyboard import type_text
from tests.ui.settings_helpers import PageInWindow, open_settings


def open_dialog(qtbot, db, office, user) -> PageInWindow:
    return PageInWindow(open_settings(qtbot, db, office, user, "letters"), "letters")


@pytest.fixture
def dialog(qtbot, db, demo_office, admin):
    return open_dialog(qtbot, db, demo_office, admin)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), ""))


def test_starts_with_the_stored_settings(dialog):
    assert dialog.signatory_name.text() == "นายประเสริฐ กันทะวงศ์"
    assert dialog.document_code.text() == "ชม 52101"
    assert dialog.signatory_position.toPlainText() == "นายกเทศมนตรีตำบลแม่เหียะ"
    assert not dialog.thai_digits.isChecked()
    assert dialog.ok_button.isEnabled() and not dialog.read_only
    assert dialog.categories.count() == 12 and dialog.current_category() is not None


def test_a_new_position_is_saved_on_ok(qtbot, dialog, db, demo_office):
    dialog.signatory_position.clear()
    dialog.signatory_position.setFocus()
    type_text(dialog.signatory_position, "รองนายกเทศมนตรี ปฏิบัติราชการแทน")
    qtbot.keyClick(dialog.signatory_position, Qt.Key.Key_Return)
    type_text(dialog.signatory_position, "นายกเทศมนตรีตำบลแม่เหียะ")
    dialog.thai_digits.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    saved = letter_settings(db, demo_office.id)
    assert saved.signatory_position == ("รองนายกเทศมนตรี ปฏิบัติราชการแทน\n"
                                        "นายกเทศมนตรีตำบลแม่เหียะ")
    assert saved.thai_digits
    assert dialog.changed


def test_an_over_long_document_code_is_refused_and_nothing_saved(qtbot, dialog, db,
                                                                 demo_office):
    before = letter_settings(db, demo_office.id)
    dialog.tabs.setCurrentIndex(1)
    dialog.signatory_name.setText("นายสมชาย ใจดี")
    dialog.document_code.setText("ชม " + "๑" * 38)  # 41 characters
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # the tab with the message
    assert dialog.error_text("document_code") == (
        "ข้อความยาว 41 ตัวอักษร เกินกว่าที่กำหนด (ไม่เกิน 40 ตัวอักษร)")
    assert dialog.error_text("signatory_name") == ""
    assert letter_settings(db, demo_office.id) == before
    type_text(dialog.document_code, "x")
    assert dialog.error_text("document_code") == ""  # editing answers the message


def test_cancel_saves_no_text(qtbot, dialog, db, demo_office):
    before = letter_settings(db, demo_office.id)
    dialog.division.setText("กองช่าง")
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert letter_settings(db, demo_office.id) == before


def test_an_emblem_is_stored_at_once_and_removed(qtbot, monkeypatch, tmp_path, dialog, db,
                                                admin, demo_office):
    set_image(db, admin.id, "emblem", None)  # the demo comes with one
    dialog._show_pictures()
    preview, choose, remove = dialog._pictures["emblem"]
    assert not remove.isEnabled() and preview.pixmap().isNull()
    path = tmp_path / "ตราครุฑ.png"
    Image.new("RGB", (300, 300), (180, 140, 20)).save(path)
    choose_file(monkeypatch, path)
    click(qtbot, choose)
    assert letter_settings(db, demo_office.id).has_emblem
    assert not preview.pixmap().isNull() and remove.isEnabled()
    assert dialog.changed
    click(qtbot, remove)
    assert not letter_settings(db, demo_office.id).has_emblem
    assert not remove.isEnabled()


def test_a_file_that_is_no_picture_is_refused_in_thai(qtbot, monkeypatch, tmp_path, dialog, db,
                                                     demo_office):
    path = tmp_path / "signature.png"
    path.write_bytes(b"not a picture")
    choose_file(monkeypatch, path)
    click(qtbot, dialog._pictures["signature"][1])
    assert dialog.error_text("picture").startswith("ไฟล์นี้ไม่ใช่รูปภาพ")
    assert not letter_settings(db, demo_office.id).has_signature


def template_of(db, office, category_id) -> str:
    return next(t.template for t in category_templates(db, office.id)
                if t.category_id == category_id)


def test_a_template_with_an_unknown_placeholder_is_refused(qtbot, dialog, db, demo_office):
    dialog.tabs.setCurrentIndex(1)
    category_id = dialog.current_category()
    assert not dialog.save_template_button.isEnabled()  # nothing changed yet
    dialog.template.setFocus()
    type_text(dialog.template, "เรียน {foo}")
    click(qtbot, dialog.save_template_button)
    assert "{foo}" in dialog.error_text("template")
    assert template_of(db, demo_office, category_id) == ""


def test_a_valid_template_is_saved_and_placeholders_insert(qtbot, dialog, db, demo_office):
    dialog.tabs.setCurrentIndex(1)
    dialog.categories.setCurrentRow(2)
    category_id = dialog.current_category()
    dialog.template.setFocus()
    type_text(dialog.template, "เรื่องเลขที่ ")
    item = next(dialog.placeholders.item(i) for i in range(dialog.placeholders.count())
                if dialog.placeholders.item(i).text().startswith("{tracking_no}"))
    dialog.insert_placeholder(item)
    type_text(dialog.template, " ซ่อมแล้ว")
    assert dialog.template.toPlainText() == "เรื่องเลขที่ {tracking_no} ซ่อมแล้ว"
    # Switching away and back keeps the unsaved text.
    dialog.categories.setCurrentRow(0)
    assert dialog.template.toPlainText() == ""
    dialog.categories.setCurrentRow(2)
    click(qtbot, dialog.save_template_button)
    assert dialog.error_text("template") == ""
    assert template_of(db, demo_office, category_id) == "เรื่องเลขที่ {tracking_no} ซ่อมแล้ว"
    assert not dialog.save_template_button.isEnabled()
    click(qtbot, dialog.default_button)  # back to the standard wording
    click(qtbot, dialog.save_template_button)
    assert template_of(db, demo_office, category_id) == ""


def test_a_clerk_gets_no_letters_page(qtbot, db, demo_office):
    window = open_settings(qtbot, db, demo_office, reference.find_user(db, "clerk1"),
                           "letters")
    assert "letters" not in window.page_names()
    assert window.current_page().NAME == "crews"
