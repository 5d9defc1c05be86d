"""Answers after intake: the edit dialog shows and changes them (a retired question's answer
kept, marked), the detail pane lists them, the register filters by a choice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind
from fondue_desk.services import category_fields, complaints, intake
from ui.dialogs.edit_complaint_dialog import EditComplaintDialog
from ui.pages.register_page import RegisterPage
from ui.widgets.complaint_detail_pane import ComplaintDetailPane

from .dispatch_helpers import ROAD, WASTE, admin, category_id
from .keyboard import type_text

PLATE = FieldDefinition("plate", FieldKind.VEHICLE_PLATE, "ทะเบียนรถ", "Plate", required=True)
RISK = FieldDefinition("risk", FieldKind.SINGLE_CHOICE, "ชนิดความเสี่ยง", "Kind of risk",
                       choices=(Choice("flood", "น้ำท่วมขัง", "Flooding"),
                                Choice("dark", "ไฟทางดับ", "No street light")))
NOTE = FieldDefinition("note", FieldKind.SHORT_TEXT, "จุดสังเกต")


@pytest.fixture
def questions(db, demo_office):
    road = category_id(db, demo_office, ROAD)
    return {d.code: category_fields.save_field(db, admin(db).id, road, d)
            for d in (PLATE, RISK, NOTE)}


def log(db, office, clerk, answers: dict, category: str = ROAD, description: str = ""):
    return intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category_id(db, office, category),
        description=description or "รถจอดขวางทางเข้าหมู่บ้าน", complainant_name="นายสมชาย ใจดี",
        phone="0812345678", field_values=answers))


@pytest.fixture
def logged(db, demo_office, clerk, questions):
    return log(db, demo_office, clerk, {"plate": "1กข 1234 เชียงใหม่", "risk": "flood",
                                        "note": "หน้าเซเว่น"})


def shown(box) -> dict[str, str]:
    return dict(box.texts())


def test_the_detail_pane_lists_the_answers(qtbot, db, demo_office, clerk, logged):
    pane = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    pane.show_complaint(logged.id)
    assert pane.answers.isVisible()
    assert shown(pane.answers) == {"ทะเบียนรถ": "1กข 1234 เชียงใหม่",
                                   "ชนิดความเสี่ยง": "น้ำท่วมขัง", "จุดสังเกต": "หน้าเซเว่น"}
    other = log(db, demo_office, clerk, {}, category=WASTE)
    pane.show_complaint(other.id)
    assert pane.answers.isHidden()


def test_a_retired_question_still_shows_its_answer_marked(qtbot, db, demo_office, clerk,
                                                          questions, logged):
    category_fields.retire_field(db, admin(db).id, questions["note"].id)
    pane = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(pane)
    pane.show_complaint(logged.id)
    assert shown(pane.answers)["จุดสังเกต"] == "หน้าเซเว่น" + pane.answers.tr(" (retired)")


def test_the_edit_dialog_changes_an_answer(qtbot, db, demo_office, clerk, questions, logged):
    category_fields.retire_field(db, admin(db).id, questions["note"].id)
    view = complaints.get(db, logged.id)
    dialog = EditComplaintDialog(db, demo_office, clerk, view)
    qtbot.addWidget(dialog)
    dialog.show()
    answers = dialog.form.custom_fields
    assert answers.values() == {"plate": "1กข 1234 เชียงใหม่", "risk": "flood",
                                "note": "หน้าเซเว่น"}
    assert answers.is_shown("note")  # retired, but this complaint answered it
    assert answers._rows["note"].caption.text().startswith("จุดสังเกต" + answers.tr(" (retired)"))
    plate = answers.editor("plate").widget
    plate.selectAll()
    type_text(plate, "ABC")
    type_text(dialog.note, "ผู้ร้องแจ้งทะเบียนใหม่")
    dialog.save()
    assert dialog.changed is None
    assert answers.message("plate")  # the core's plate message, under the plate
    plate.setText("2ขค 5678 กรุงเทพมหานคร")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    saved = {v.code: v.text for v in complaints.get(db, logged.id).field_values}
    assert saved == {"plate": "2ขค 5678 กรุงเทพมหานคร", "risk": "น้ำท่วมขัง",
                     "note": "หน้าเซเว่น"}


def test_the_register_filters_by_a_choice(qtbot, db, demo_office, clerk, questions, logged):
    log(db, demo_office, clerk, {"plate": "3กข 99 ภูเก็ต", "risk": "dark"})
    log(db, demo_office, clerk, {}, category=WASTE)
    page = RegisterPage(db, demo_office, clerk)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.model.busy and page.model.total == 3)
    answer = page.filter_bar.answer
    assert answer.isVisibleTo(page)
    menu_titles = [a.text() for a in answer.menu().actions() if a.menu() is not None]
    assert menu_titles == [f"{ROAD} · ชนิดความเสี่ยง"]
    answer.choose(questions["risk"].id, "flood")
    qtbot.waitUntil(lambda: not page.model.busy and page.model.total == 1)
    assert page.model.row_at(0).id == logged.id
    assert answer.text().endswith("ชนิดความเสี่ยง: น้ำท่วมขัง")
    answer.choose(questions["risk"].id, "dark")
    qtbot.waitUntil(lambda: not page.model.busy and page.model.total == 1
                    and page.model.row_at(0).id != logged.id)
    qtbot.mouseClick(page.filter_bar.saved_buttons[None], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.model.busy and page.model.total == 3)
    assert answer.selected() is None


def test_the_register_search_finds_an_answer(qtbot, db, demo_office, clerk, logged):
    log(db, demo_office, clerk, {"plate": "3กข 99 ภูเก็ต"})
    page = RegisterPage(db, demo_office, clerk)
    qtbot.addWidget(page)
    page.show()
    type_text(page.filter_bar.search, "1กข 1234")
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.model.busy and page.model.total == 1)
    assert page.model.row_at(0).id == logged.id
