"""A category's own questions on the intake form: asked under the category in Tab order,
checked by the core with the rest (messages next to each answer), shown only when, stopped by
a choice, cleared and given back by Esc / Ctrl+Z."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind, ShowIf
from fondue_desk.domain.errors import FieldError
from fondue_desk.services import category_fields
from tests.complaint_views import newest_complaints
from ui.messages import field_error_text

from .dispatch_helpers import ROAD, admin, category_id
from .keyboard import type_text
from .test_intake_page import choose_category

TAB = Qt.Key.Key_Tab
CTRL = Qt.KeyboardModifier.ControlModifier
QUESTIONS = (
    FieldDefinition("plate", FieldKind.VEHICLE_PLATE, "ทะเบียนรถ", "Plate", required=True),
    FieldDefinition("kind", FieldKind.SINGLE_CHOICE, "ประเภทเหตุ", choices=(
        Choice("fire", "ไฟไหม้", "Fire", stop_notice="ไฟไหม้: โทร 199 ทันที"),
        Choice("blocked", "รถจอดขวาง"))),
    FieldDefinition("hurt", FieldKind.YES_NO, "มีผู้บาดเจ็บ"),
    FieldDefinition("hurt_count", FieldKind.NUMBER, "จำนวนผู้บาดเจ็บ", unit="คน", minimum=1,
                    show_if=ShowIf("hurt", "true")),
    FieldDefinition("seen_on", FieldKind.DATE, "วันที่พบ"),
    FieldDefinition("seen_at", FieldKind.TIME, "เวลาที่พบ"),
    FieldDefinition("damage", FieldKind.MULTI_CHOICE, "ความเสียหาย", choices=(
        Choice("crack", "ผิวถนนแตก"), Choice("hole", "หลุม"))),
)


@pytest.fixture
def questions(db, demo_office):
    road = category_id(db, demo_office, ROAD)
    for definition in QUESTIONS:
        category_fields.save_field(db, admin(db).id, road, definition)
    return road


@pytest.fixture
def page(questions, window):
    return window.intake_page


def fill_the_rest(page) -> None:
    form = page.form
    type_text(form.description, "รถจอดขวางทางเท้าหน้าตลาด")
    type_text(form.name, "นายสมชาย ใจดี")
    form.phone.setText("0812345678")


def focus_is(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def saved(db, office):
    return newest_complaints(db, office.id)


def test_the_questions_follow_the_category_in_tab_order(qtbot, page):
    form = page.form
    assert form.custom_fields.isHidden()
    choose_category(qtbot, page, "ถนน")
    answers = form.custom_fields
    assert answers.isVisible()
    assert not answers.is_shown("hurt_count")  # only when someone is hurt
    focus_is(qtbot, form.category)
    qtbot.keyClick(form.category, TAB)
    visited = [QApplication.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), TAB)
        visited.append(QApplication.focusWidget())
    editors = [answers.editor(code).widget for code in
               ("plate", "kind", "hurt", "seen_on", "seen_at", "damage")]
    assert [w is e or w.parentWidget() is e for w, e in zip(visited, [*editors, form.channel],
                                                            strict=True)] == [True] * 7


def test_a_complaint_with_answers_is_logged_by_keyboard(qtbot, db, demo_office, page):
    form = page.form
    choose_category(qtbot, page, "ถนน")
    answers = form.custom_fields
    qtbot.keyClick(form.category, TAB)
    plate = answers.editor("plate").widget
    focus_is(qtbot, plate)
    type_text(plate, "1กข 1234 เชียงใหม่")
    qtbot.keyClick(plate, TAB)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # kind: ไฟไหม้ (stops)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # kind: รถจอดขวาง
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # hurt: ใช่
    assert answers.is_shown("hurt_count")
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    type_text(QApplication.focusWidget(), "2")
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    type_text(QApplication.focusWidget(), "06/12/2569")
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    type_text(QApplication.focusWidget(), "21:45")
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    damage = answers.editor("damage").widget
    focus_is(qtbot, damage)
    qtbot.keyClick(damage, Qt.Key.Key_Space)  # the first choice is current on entering
    fill_the_rest(page)
    with qtbot.waitSignal(page.complaint_logged):
        qtbot.keyClick(form.name, Qt.Key.Key_Return)
    page.print_dialog().reject()

    complaint = saved(db, demo_office)[0]
    assert {v.code: v.raw for v in complaint.field_values} == {
        "plate": ("1กข 1234 เชียงใหม่",), "kind": ("blocked",), "hurt": ("true",),
        "hurt_count": ("2",), "seen_on": ("2026-12-06",), "seen_at": ("21:45",),
        "damage": ("crack",)}
    assert answers.is_blank() and form.is_blank()


def test_required_and_plate_errors_show_next_to_the_answer(qtbot, db, demo_office, page):
    form = page.form
    choose_category(qtbot, page, "ถนน")
    fill_the_rest(page)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    answers = form.custom_fields
    assert answers.message("plate") == field_error_text(
        FieldError("field:plate", "custom.required"))
    focus_is(qtbot, answers.editor("plate").widget)
    type_text(answers.editor("plate").widget, "ABC 12")
    assert answers.message("plate") == ""  # typing clears it
    qtbot.keyClick(answers.editor("plate").widget, Qt.Key.Key_Return)
    assert answers.message("plate") == field_error_text(
        FieldError("field:plate", "plate.invalid"))
    assert form.general_error.isHidden()
    assert saved(db, demo_office) == []


def test_hidden_questions_are_not_sent(qtbot, page):
    form = page.form
    choose_category(qtbot, page, "ถนน")
    answers = form.custom_fields
    answers.editor("hurt").set_value("true")
    answers.editor("hurt_count").set_value("3")
    assert form.collect()[0].field_values == {"hurt": "true", "hurt_count": "3"}
    answers.editor("hurt").combo.setCurrentIndex(2)  # ไม่ใช่
    assert not answers.is_shown("hurt_count")
    assert form.collect()[0].field_values == {"hurt": "false"}


def test_a_stopping_choice_shows_its_notice_and_saves_nothing(qtbot, db, demo_office, page):
    form = page.form
    choose_category(qtbot, page, "ถนน")
    answers = form.custom_fields
    answers.editor("plate").set_value("1กข 1234 เชียงใหม่")
    fill_the_rest(page)
    kind = answers.editor("kind").combo
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # ไฟไหม้
    assert answers.stop_bar.isVisible()
    assert answers.stop_text().startswith("ไฟไหม้: โทร 199 ทันที")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert saved(db, demo_office) == []
    focus_is(qtbot, kind)
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # รถจอดขวาง: the notice goes, saving works
    assert answers.stop_bar.isHidden()
    with qtbot.waitSignal(page.complaint_logged):
        qtbot.keyClick(form.name, Qt.Key.Key_Return)
    page.print_dialog().reject()
    assert len(saved(db, demo_office)) == 1


def test_esc_clears_the_answers_and_ctrl_z_gives_them_back(qtbot, page):
    form = page.form
    choose_category(qtbot, page, "ถนน")
    answers = form.custom_fields
    answers.editor("plate").set_value("1กข 1234 เชียงใหม่")
    answers.editor("hurt").set_value("true")
    answers.editor("hurt_count").set_value("2")
    answers.editor("damage").set_value(("hole",))
    answers.editor("seen_on").set_value("2026-12-06")
    qtbot.keyClick(form.category, Qt.Key.Key_Escape)
    assert form.is_blank() and answers.isHidden()
    qtbot.keyClick(form.category, Qt.Key.Key_Z, CTRL)
    assert form.category.currentText() == ROAD
    assert answers.values() == {"plate": "1กข 1234 เชียงใหม่", "hurt": "true",
                                "hurt_count": "2", "damage": ("hole",),
                                "seen_on": "2026-12-06"}
    assert answers.is_shown("hurt_count")


def test_another_category_asks_nothing(qtbot, page):
    form = page.form
    choose_category(qtbot, page, "ถนน")
    assert form.custom_fields.isVisible()
    form.category.lineEdit().selectAll()
    choose_category(qtbot, page, "ขยะ")
    assert form.custom_fields.isHidden() and form.custom_fields.values() == {}


def test_enter_in_a_long_answer_saves_and_shift_enter_breaks_the_line(qtbot, db, demo_office,
                                                                      clerk):
    from ui.main_window import MainWindow

    note = FieldDefinition("note", FieldKind.LONG_TEXT, "หมายเหตุ")
    category_fields.save_field(db, admin(db).id, category_id(db, demo_office, ROAD), note)
    desk = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(desk)
    desk.show()
    page = desk.intake_page
    form = page.form
    form.category.setCurrentIndex(form.category.findData(category_id(db, demo_office, ROAD)))
    fill_the_rest(page)
    box = form.custom_fields.editor("note").widget
    type_text(box, "บรรทัดแรก")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(box, "บรรทัดสอง")
    with qtbot.waitSignal(page.complaint_logged):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    page.print_dialog().reject()
    [answer] = saved(db, demo_office)[0].field_values
    assert answer.raw == ("บรรทัดแรก\nบรรทัดสอง",)


def test_the_english_interface_asks_in_english(qtbot, thai):
    from ui.translations import install_translators, remove_translators
    from ui.widgets.custom_fields_form import CustomFieldsForm

    remove_translators(thai)
    english = install_translators("en")
    try:
        answers = CustomFieldsForm()
        qtbot.addWidget(answers)
        answers.set_fields(QUESTIONS)
        answers.show()
        assert answers._rows["plate"].caption.text() == "Plate *"
        assert answers._rows["kind"].caption.text() == "ประเภทเหตุ"  # no English given
        kind = answers.editor("kind").combo
        assert [kind.itemText(i) for i in range(kind.count())] == ["—", "Fire", "รถจอดขวาง"]
        hurt = answers.editor("hurt").combo
        assert [hurt.itemText(i) for i in range(hurt.count())] == ["—", "Yes", "No"]
    finally:
        remove_translators(english)
