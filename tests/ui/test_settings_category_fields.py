"""Settings → Category questions: an admin adds, edits, orders, retires and restores the
questions of a category, from the keyboard; the core's refusals show next to the part."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind, ShowIf
from fondue_desk.domain.errors import FieldError
from fondue_desk.services import category_fields
from ui.dialogs.field_edit_dialog import FieldEditDialog, kind_label
from ui.messages import field_error_text

from .dispatch_helpers import ROAD, WASTE, admin, category_id
from .keyboard import type_text
from .settings_helpers import open_settings

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def settings(qtbot, db, demo_office):
    return open_settings(qtbot, db, demo_office, admin(db), "category_fields")


@pytest.fixture
def page(settings, db, demo_office):
    page = settings.current_page()
    page.select_category(category_id(db, demo_office, ROAD))
    return page


def open_new(qtbot, page) -> FieldEditDialog:
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current_dialog() is not None
                    and page.current_dialog().isVisible())
    return page.current_dialog()


def choose_kind(dialog: FieldEditDialog, kind: FieldKind) -> None:
    """As the keyboard does it: Tab to the kind box, then arrow down to the kind."""
    dialog.kind.setFocus()
    while dialog.kind.currentData() != kind.value:
        QTest.keyClick(dialog.kind, Qt.Key.Key_Down)


def add(db, office, code: str, **kw) -> FieldDefinition:
    definition = FieldDefinition(code=code, kind=kw.pop("kind", FieldKind.SHORT_TEXT),
                                 label=kw.pop("label", code), **kw)
    return category_fields.save_field(db, admin(db).id, category_id(db, office, ROAD),
                                      definition).definition


def test_an_admin_adds_a_required_plate_question_by_keyboard(qtbot, db, demo_office, page):
    dialog = open_new(qtbot, page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.label)
    type_text(dialog.label, "ทะเบียนรถ")
    QTest.keyClick(dialog.label, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Plate number")
    assert dialog.code.text() == "plate_number"  # suggested from the English words
    choose_kind(dialog, FieldKind.VEHICLE_PLATE)
    dialog.required.setFocus()
    QTest.keyClick(dialog.required, Qt.Key.Key_Space)
    type_text(dialog.help, "ตัวอักษร ตัวเลข และจังหวัด")
    QTest.keyClick(dialog.help, Qt.Key.Key_Return)  # Enter saves the dialog
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = category_fields.list_fields(db, category_id(db, demo_office, ROAD))
    assert [(v.definition.code, v.definition.kind, v.definition.required, v.definition.label,
             v.definition.label_en, v.definition.help) for v in stored] == [
        ("plate_number", FieldKind.VEHICLE_PLATE, True, "ทะเบียนรถ", "Plate number",
         "ตัวอักษร ตัวเลข และจังหวัด")]
    assert page.labels() == ["ทะเบียนรถ"]
    assert page.table.item(0, 2).text() == kind_label(FieldKind.VEHICLE_PLATE)


def test_a_choice_question_with_a_stop_notice(qtbot, db, demo_office, page):
    dialog = open_new(qtbot, page)
    type_text(dialog.label, "ประเภทเหตุ")
    type_text(dialog.label_en, "Kind of incident")
    choose_kind(dialog, FieldKind.SINGLE_CHOICE)
    assert dialog.choices.isVisible() and not dialog.minimum.isVisible()
    for key, name, stop in (("fire", "ไฟไหม้", "ไฟไหม้: โทร 199 ทันที"),
                            ("blocked", "รถจอดขวาง", "")):
        row = dialog.choices.add_choice()
        dialog.choices.set_cell(row, 0, key)
        dialog.choices.set_cell(row, 1, name)
        dialog.choices.set_cell(row, 3, stop)
    dialog.save()
    assert dialog.saved is not None, dialog.error_text("choices")
    saved = dialog.saved.definition
    assert saved.choices == (Choice("fire", "ไฟไหม้", stop_notice="ไฟไหม้: โทร 199 ทันที"),
                             Choice("blocked", "รถจอดขวาง"))


def test_a_refused_question_says_why_next_to_the_part(qtbot, db, demo_office, page):
    add(db, demo_office, "plate", label="ทะเบียน")
    dialog = open_new(qtbot, page)
    type_text(dialog.label, "ทะเบียนซ้ำ")
    dialog.code.setText("plate")
    choose_kind(dialog, FieldKind.NUMBER)
    dialog.minimum.setText("10")
    dialog.maximum.setText("1")
    dialog.save()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.error_text("code") == field_error_text(
        FieldError("code", "custom_field.code_taken", {"code": "plate"}))
    assert dialog.error_text("minimum") == field_error_text(
        FieldError("minimum", "custom_field.range"))
    assert len(category_fields.list_fields(db, category_id(db, demo_office, ROAD))) == 1


def test_show_only_when_offers_earlier_choice_questions(qtbot, db, demo_office, page):
    add(db, demo_office, "hurt", label="มีผู้บาดเจ็บ", kind=FieldKind.YES_NO)
    page.reload()
    dialog = open_new(qtbot, page)
    type_text(dialog.label, "จำนวนผู้บาดเจ็บ")
    dialog.code.setText("hurt_count")
    choose_kind(dialog, FieldKind.NUMBER)
    dialog.unit.setText("คน")
    dialog.show_if_field.setCurrentIndex(dialog.show_if_field.findData("hurt"))
    dialog.show_if_value.setCurrentIndex(dialog.show_if_value.findData("true"))
    dialog.save()
    assert dialog.saved is not None
    assert dialog.saved.definition.show_if == ShowIf("hurt", "true")
    assert dialog.saved.definition.unit == "คน"
    assert page.table.item(1, 4).text() == page.tr("%1 is %2").replace(
        "%1", "มีผู้บาดเจ็บ").replace("%2", "ใช่")


def test_reorder_with_alt_arrows_retire_and_restore(qtbot, db, demo_office, page):
    for code in ("first", "second", "third"):
        add(db, demo_office, code)
    page.reload()
    page.select_field("third")
    QTest.keyClick(page.table, Qt.Key.Key_Up, ALT)
    QTest.keyClick(page.table, Qt.Key.Key_Up, ALT)
    assert page.labels() == ["third", "first", "second"]
    assert [v.definition.code for v in category_fields.list_fields(
        db, category_id(db, demo_office, ROAD))] == ["third", "first", "second"]
    page.select_field("first")
    page.retire_button.click()
    assert page.show_retired.isChecked()
    asked = category_fields.office_fields(db, demo_office.id)[category_id(db, demo_office, ROAD)]
    assert [d.code for d in asked] == ["third", "second"]
    page.select_field("first")
    assert page.retire_button.text() == page.tr("Ask again")
    page.retire_button.click()
    asked = category_fields.office_fields(db, demo_office.id)[category_id(db, demo_office, ROAD)]
    assert [d.code for d in asked] == ["third", "first", "second"]


def test_edit_keeps_the_question_and_changes_its_words(qtbot, db, demo_office, page):
    add(db, demo_office, "depth", label="ความลึก", kind=FieldKind.NUMBER, unit="ซม.")
    page.reload()
    page.select_field("ความลึก")
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_dialog() is not None)
    dialog = page.current_dialog()
    assert (dialog.code.text(), dialog.unit.text()) == ("depth", "ซม.")
    dialog.label.setText("ความลึกของหลุม")
    dialog.maximum.setText("500")
    dialog.save()
    stored = category_fields.list_fields(db, category_id(db, demo_office, ROAD))[0].definition
    assert (stored.label, stored.maximum, stored.code) == ("ความลึกของหลุม", 500, "depth")
    assert page.labels() == ["ความลึกของหลุม"]


def test_each_category_has_its_own_questions(qtbot, db, demo_office, page):
    add(db, demo_office, "plate")
    page.select_category(category_id(db, demo_office, WASTE))
    assert page.labels() == []
    page.select_category(category_id(db, demo_office, ROAD))
    assert page.labels() == ["plate"]


def test_the_categories_page_opens_a_categorys_questions(qtbot, db, demo_office):
    window = open_settings(qtbot, db, demo_office, admin(db), "categories")
    categories = window.current_page()
    categories.table.selectRow(categories.row_of(WASTE))
    assert categories.questions_button.isEnabled()
    categories.questions_button.click()
    questions = window.current_page()
    assert questions.NAME == "category_fields"
    assert questions.category_id() == category_id(db, demo_office, WASTE)


def test_a_yes_no_question_keeps_its_two_choices_and_may_stop(qtbot, db, demo_office, page):
    dialog = open_new(qtbot, page)
    type_text(dialog.label, "มีผู้ติดอยู่ในอาคาร")
    dialog.code.setText("trapped")
    choose_kind(dialog, FieldKind.YES_NO)
    assert [c.key for c in dialog.choices.choices()] == ["true", "false"]
    assert not dialog.choices.add_button.isVisible()
    dialog.choices.set_cell(0, 3, "มีผู้ติดอยู่: โทร 199 ทันที")
    dialog.save()
    assert dialog.saved is not None, dialog.error_text("choices")
    stored = category_fields.list_fields(db, category_id(db, demo_office, ROAD))[0].definition
    assert stored.choice("true").stop_notice == "มีผู้ติดอยู่: โทร 199 ทันที"
    assert stored.choice("false").name == "ไม่ใช่"


def test_a_used_choice_is_retired_not_removed(qtbot, db, demo_office, clerk, page):
    from fondue_desk.services import complaints, intake

    add(db, demo_office, "risk", label="ชนิดความเสี่ยง", kind=FieldKind.SINGLE_CHOICE,
        choices=(Choice("flood", "น้ำท่วมขัง"), Choice("dark", "ไฟทางดับ")))
    logged = intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category_id(db, demo_office, ROAD), description="น้ำท่วมขังหน้าตลาด",
        complainant_name="นายสมชาย ใจดี", phone="0812345678", field_values={"risk": "flood"}))
    page.reload()
    page.select_field("ชนิดความเสี่ยง")
    assert page.table.item(0, 5).text() == "1"  # answered once
    dialog = page.edit_selected()
    qtbot.waitExposed(dialog)
    assert dialog.code.isReadOnly() and not dialog.kind.isEnabled()
    dialog.choices.table.selectRow(0)
    dialog.choices.remove_selected()
    dialog.save()
    assert dialog.saved is None
    assert dialog.error_text("choices") == field_error_text(FieldError(
        "choices", "custom_field.choice_in_use", {"key": "flood", "choice": "น้ำท่วมขัง"}))
    dialog.reject()

    dialog = page.edit_selected()
    qtbot.waitExposed(dialog)
    dialog.choices.table.selectRow(0)
    dialog.choices.retire_button.click()
    dialog.save()
    assert dialog.saved is not None
    assert [c.key for c in dialog.saved.definition.offered_choices()] == ["dark"]
    [answer] = complaints.get(db, logged.id).field_values
    assert (answer.text, answer.retired) == ("น้ำท่วมขัง", True)


def test_a_question_typed_only_in_thai_gets_a_code(qtbot, db, demo_office, page):
    add(db, demo_office, "question_1", label="คำถามแรก")
    page.reload()
    dialog = open_new(qtbot, page)
    type_text(dialog.label, "ระดับน้ำ")
    dialog.save()
    assert dialog.saved is not None
    assert dialog.saved.definition.code == "question_2"


def test_choices_move_with_alt_arrows(qtbot, db, demo_office, page):
    add(db, demo_office, "risk", label="ชนิดความเสี่ยง", kind=FieldKind.SINGLE_CHOICE,
        choices=(Choice("flood", "น้ำท่วมขัง"), Choice("dark", "ไฟทางดับ", active=False)))
    page.reload()
    page.select_field("ชนิดความเสี่ยง")
    dialog = page.edit_selected()
    qtbot.waitExposed(dialog)
    table = dialog.choices.table
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Up, ALT)
    assert [(c.key, c.active) for c in dialog.choices.choices()] == [("dark", False),
                                                                    ("flood", True)]
    dialog.save()
    assert [c.key for c in dialog.saved.definition.choices] == ["dark", "flood"]
