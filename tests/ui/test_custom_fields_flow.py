"""Issue 13's "Done when", the custom-field part: an admin adds a traffic-violation category
with a required plate question in Settings; the counter asks it at once (no restart); a
violation is logged from the keyboard alone; the receipt printed and the work order show the
plate (PDFs read back)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fondue_desk.domain.custom_fields import FieldKind
from fondue_desk.services import (
    category_fields,
    crews,
    dispatch,
    receipts,
    reference,
    work_orders,
)
from fondue_desk.services.workstation import PrinterChoice
from tests.complaint_views import newest_complaints
from tests.pdf_text import contains, pdf_text
from ui.main_window import MainWindow
from ui.settings.pages.categories import NAME_EN, NAME_TH

from .keyboard import type_text
from .test_printing import (  # noqa: F401  (fixtures)
    RECEIPT_PRINTER,
    choose,
    looks_the_same,
    no_print_dialog,
    printers,
)
from .test_settings_category_fields import choose_kind, open_new
from .test_settings_window import set_cell as type_cell
from .test_settings_window import settings_of

VIOLATION, VIOLATION_EN = "ฝ่าฝืนกฎจราจร", "Traffic violation"
PLATE = "1กข 1234 ภูเก็ต"
TAB = Qt.Key.Key_Tab


def focused() -> object:
    return QApplication.focusWidget()


def add_violation_category(qtbot, desk) -> None:
    """Settings → Categories: a new row, its names typed, OK."""
    window = settings_of(qtbot, desk)
    window.show_page("categories")
    page = window.current_page()
    row = page.new_category()
    type_cell(page, row, NAME_TH, VIOLATION)
    type_cell(page, row, NAME_EN, VIOLATION_EN)
    with qtbot.waitSignal(window.accepted):
        qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)


def add_plate_question(qtbot, desk, category_id: int) -> None:
    """Settings → Category questions, all from the keyboard: Ctrl+N, words, kind, required."""
    window = settings_of(qtbot, desk)
    window.show_page("category_fields")
    page = window.current_page()
    page.select_category(category_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = open_new(qtbot, page)
    qtbot.waitUntil(lambda: focused() is dialog.label)
    type_text(dialog.label, "ทะเบียนรถ")
    qtbot.keyClick(dialog.label, TAB)
    type_text(focused(), "Plate")
    choose_kind(dialog, FieldKind.VEHICLE_PLATE)
    qtbot.keyClick(dialog.kind, TAB)  # → code (suggested "plate")
    qtbot.keyClick(focused(), TAB)    # → required
    assert focused() is dialog.required
    qtbot.keyClick(dialog.required, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.required, TAB)
    type_text(focused(), "ตัวอักษร ตัวเลข และจังหวัด")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with qtbot.waitSignal(window.accepted):
        qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)


def test_admin_defines_a_plate_question_and_the_counter_prints_it(
        qtbot, db, demo_office, admin, printers, no_print_dialog):  # noqa: F811
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER), a4=PrinterChoice("default"))
    desk = MainWindow(db, demo_office, admin)
    qtbot.addWidget(desk)
    desk.resize(1280, 720)
    desk.show()
    qtbot.waitExposed(desk)

    add_violation_category(qtbot, desk)
    violation = next(c for c in reference.active_categories(db, demo_office.id)
                     if c.name_th == VIOLATION)
    add_plate_question(qtbot, desk, violation.id)
    [question] = category_fields.list_fields(db, violation.id)
    assert (question.definition.code, question.definition.kind,
            question.definition.required) == ("plate", FieldKind.VEHICLE_PLATE, True)

    # The counter, still open, asks the new question under the new category.
    page = desk.intake_page
    form = page.form
    desk.show_page(desk.pages.indexOf(page))
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    form.category.setFocus()
    qtbot.waitUntil(lambda: focused() is form.category)
    type_text(form.category.lineEdit(), "ฝ่าฝืน")
    assert form.category.category() == violation
    plate = form.custom_fields.editor("plate").widget
    qtbot.keyClick(focused(), TAB)
    assert focused() is plate
    qtbot.keyClick(plate, TAB)      # → channel
    qtbot.keyClick(focused(), TAB)  # → details
    assert focused() is form.description
    type_text(form.description, "รถกระบะจอดบนทางเท้าหน้าโรงเรียนทุกเช้า")
    for _ in range(8):  # on down the form (village, spot, coordinates, …) to the name
        qtbot.keyClick(focused(), TAB)
        if focused() is form.name:
            break
    assert focused() is form.name
    type_text(form.name, "นายสมชาย ใจดี")
    qtbot.keyClick(form.name, TAB)
    qtbot.keyClicks(form.phone, "0812345678")

    qtbot.keyClick(form.phone, Qt.Key.Key_Return)  # the plate is required: refused
    assert form.custom_fields.message("plate")
    qtbot.waitUntil(lambda: focused() is plate)
    type_text(plate, PLATE)
    with qtbot.waitSignal(page.complaint_logged) as logged:
        qtbot.keyClick(plate, Qt.Key.Key_Return)

    complaint = newest_complaints(db, demo_office.id)[0]
    assert complaint.id == logged.args[0].id
    assert [(v.label, v.text) for v in complaint.field_values] == [("ทะเบียนรถ", PLATE)]
    [(printer, receipt)] = printers.printed()
    assert printer == RECEIPT_PRINTER
    # The printer gets pictures of the pages: the job looks like the receipt, whose text
    # holds the plate.
    document = receipts.receipt_pdf(db, complaint.id, variant="a5")
    assert looks_the_same(receipt, document)
    words = pdf_text(document)
    assert contains(words, complaint.tracking_no)
    assert contains(words, PLATE) and contains(words, "ทะเบียนรถ")

    crew = crews.list_crews(db, demo_office.id)[0]
    result = dispatch.assign(db, admin.id, [complaint.id], crew.id, date(2026, 12, 7),
                             work_orders="job")
    sheet = work_orders.work_orders_pdf(db, demo_office.id, [result.work_orders[0].id])
    assert contains(pdf_text(sheet), PLATE)
