"""Settings → Templates: pick a document, type, see the real document redrawn; a problem is
shown with its line and nothing is saved; the field list inserts; reset goes back."""
from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import Qt

from fondue_desk.domain.templates import Kind
from fondue_desk.services import document_templates, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint
from tests.pdf_text import skeleton
from tests.ui.keyboard import type_text
from tests.ui.settings_helpers import PageInWindow, open_settings


@pytest.fixture
def page(qtbot, db, demo_office, admin):
    shown = PageInWindow(open_settings(qtbot, db, demo_office, admin, "templates"), "templates")
    qtbot.waitUntil(lambda: shown.preview.page_count() > 0)  # the first preview is drawn
    return shown


def choose(page, kind: Kind) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind.value))


def preview_text(page) -> str:
    document = page.preview.document()
    return skeleton("".join(document.getAllText(i).text() for i in range(document.pageCount())))


def test_typing_redraws_the_preview_of_a_real_complaint(qtbot, page, db, demo_office, clerk):
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=reference.active_categories(db, demo_office.id)[0].id,
        description="ไฟดับ", complainant_name="นางสาวมาลี ใจดี", phone="0812345678"))
    choose(page, Kind.RECEIPT_HEADER)
    page.tracking.setText(made.tracking_no)
    page.tracking.editingFinished.emit()
    page.editor.setFocus()
    with qtbot.waitSignal(page.preview_shown):
        type_text(page.editor, "ติดต่อเลขที่ ")
    item = next(page.fields.item(i) for i in range(page.fields.count())
                if page.fields.item(i).data(0x0100) == "tracking_no")
    with qtbot.waitSignal(page.preview_shown):
        page.insert_field(item)
    assert page.editor.toPlainText() == "ติดต่อเลขที่ {{ tracking_no }}"
    qtbot.waitUntil(lambda: skeleton(f"ติดต่อเลขที่ {made.tracking_no}") in preview_text(page))
    if os.environ.get("FONDUE_SHOTS"):
        page.window.resize(1280, 720)
        qtbot.wait(300)
        page.window.grab().save(os.environ["FONDUE_SHOTS"] + "/templates_page.png")
    page.save_button.click()
    assert document_templates.template(db, demo_office.id, Kind.RECEIPT_HEADER).source == (
        "ติดต่อเลขที่ {{ tracking_no }}")


def test_a_problem_is_shown_with_its_line_and_not_saved(qtbot, page, db, demo_office):
    choose(page, Kind.LETTER_BODY)
    category_id = page.current_category()
    page.editor.setFocus()
    with qtbot.waitSignal(page.preview_refused):
        type_text(page.editor, "เรียน {{ name }}")
        qtbot.keyClick(page.editor, Qt.Key.Key_Return)
        type_text(page.editor, "{{ ''.__class__ }}")
    assert re.match(r"บรรทัดที่ 2:", page.error_text())
    assert page.editor.extraSelections()[0].cursor.blockNumber() == 1
    if os.environ.get("FONDUE_SHOTS"):
        page.window.resize(1280, 720)
        qtbot.wait(300)
        page.window.grab().save(os.environ["FONDUE_SHOTS"] + "/templates_error.png")
    page.save_button.click()
    assert re.match(r"(Line|บรรทัดที่) 2:", page.error_text())
    assert document_templates.template(db, demo_office.id, Kind.LETTER_BODY,
                                       category_id).source == ""


def test_reset_goes_back_to_the_standard_wording(qtbot, page, db, demo_office, admin):
    document_templates.save_template(db, admin.id, Kind.RECEIPT_FOOTER, "ขอบคุณที่แจ้งเรื่อง")
    choose(page, Kind.RECEIPT_FOOTER)
    assert page.editor.toPlainText() == "ขอบคุณที่แจ้งเรื่อง"
    page.reset_button.click()
    assert page.editor.toPlainText() == ""
    assert document_templates.template(db, demo_office.id, Kind.RECEIPT_FOOTER).source == ""
    assert page.editor.placeholderText().startswith("โปรดเก็บ")


def test_a_receipt_printed_past_a_broken_template_says_so(qtbot, db, demo_office, clerk):
    from fondue_desk.db.models import OfficeSetting
    from tests.ui.helpers import log
    from ui.dialogs.receipt_dialog import ReceiptDialog

    with db.write() as session:  # as if edited in the database, past the save-time check
        session.add(OfficeSetting(office_id=demo_office.id, key="template.receipt_header",
                                  value="{{ 10 ** (10 ** 10) }}"))
    receipt = ReceiptDialog(db, log(db, demo_office, clerk).id)
    qtbot.addWidget(receipt)
    assert "Templates" in receipt.print_status.text() or "แบบข้อความ" in (
        receipt.print_status.text())
    [problem] = document_templates.problems(db, demo_office.id)
    assert problem.code == "template.output_too_long"


def test_work_orders_printed_past_a_broken_template_say_so(qtbot, db, demo_office, clerk, today):
    from fondue_desk.db.models import OfficeSetting
    from fondue_desk.services import crews, dispatch, work_orders
    from tests.ui.helpers import log
    from ui.dialogs.work_order_dialog import WorkOrderDialog

    made = log(db, demo_office, clerk)
    crew = crews.suggest_crew(db, demo_office.id, made.category_id)
    dispatch.assign(db, clerk.id, [made.id], crew.id, today)
    [order] = work_orders.issue_work_orders(db, clerk.id, [made.id])
    with db.write() as session:
        session.add(OfficeSetting(office_id=demo_office.id, key="template.work_order",
                                  value="{{ name|attr('__class__') }}"))
    dialog = WorkOrderDialog(db, demo_office, [order.id])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0)
    assert "Templates" in dialog.summary.text() or "แบบข้อความ" in dialog.summary.text()
    assert [p.kind for p in document_templates.problems(db, demo_office.id)] == ["work_order"]
