"""ส่งต่อ… from the register's detail pane: to an office on this server or, with a printed
letter, to an agency outside it; by keyboard, with the refusal worded on the form."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fondue_desk.services import complaints, demo, forwarding, intake, reference
from ui.dialogs.forward_dialog import ForwardDialog
from ui.dialogs.letter_preview_dialog import LetterPreviewDialog
from ui.widgets.complaint_detail_pane import ComplaintDetailPane

from .keyboard import type_text


@pytest.fixture
def other_office(db, demo_office):
    return demo.create_demo_office(db, complaints=0, passwords_must_change=False)


@pytest.fixture
def complaint(db, demo_office, clerk, other_office):
    category = reference.active_categories(db, demo_office.id)[0]
    return intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category.id, description="สายไฟฟ้าแรงสูงหย่อนต่ำหน้าโรงเรียน",
        complainant_name="นางสาวมณี ศรีสุข", phone="0812345678", location_text="หน้าโรงเรียน"))


@pytest.fixture
def pane(qtbot, db, demo_office, clerk, complaint):
    widget = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(widget)
    widget.resize(640, 800)
    widget.show()
    widget.show_complaint(complaint.id)
    return widget


def open_dialog(qtbot, pane) -> ForwardDialog:
    assert pane.forward_button.isVisible()
    qtbot.mouseClick(pane.forward_button, Qt.MouseButton.LeftButton)
    dialog = pane.current_dialog()
    assert isinstance(dialog, ForwardDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_forward_to_an_office_on_this_server(qtbot, db, pane, complaint, other_office):
    dialog = open_dialog(qtbot, pane)
    dialog.grab().save("/tmp/forward-dialog.png")
    assert dialog.to_office.isChecked()
    assert dialog.offices.currentData() == other_office.office_id
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)
    assert dialog.error_text()  # the reason is required
    assert complaints.get(db, complaint.id).status == "received"
    dialog.reason.setFocus()
    type_text(dialog.reason, "อยู่ในเขตของ อบต.")
    with qtbot.waitSignal(pane.complaint_changed, timeout=10_000):
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                       Qt.Key.Key_Space)
    assert complaints.get(db, complaint.id).status == "forwarded"
    [sent] = forwarding.trace(db, complaint.office_id, complaint.tracking_no)
    assert sent.to_office_id == other_office.office_id
    assert complaints.get(db, sent.to_complaint_id).status == "received"
    qtbot.waitUntil(lambda: not pane.forward_button.isVisible(), timeout=10_000)


def test_forward_to_an_outside_agency_previews_the_letter(qtbot, db, pane, complaint):
    dialog = open_dialog(qtbot, pane)
    dialog.to_agency.setChecked(True)
    assert dialog.agency.isEnabled() and not dialog.offices.isEnabled()
    dialog.agency.setFocus()
    type_text(dialog.agency, "ผู้จัดการการไฟฟ้าส่วนภูมิภาคอำเภอเมืองเชียงใหม่")
    dialog.reason.setFocus()
    type_text(dialog.reason, "สายไฟฟ้าแรงสูงเป็นทรัพย์สินของ กฟภ.")
    dialog.grab().save("/tmp/forward-dialog-agency.png")
    with qtbot.waitSignal(pane.complaint_changed, timeout=10_000):
        dialog.save()
    [sent] = forwarding.trace(db, complaint.office_id, complaint.tracking_no)
    assert sent.letter_document_no
    previews = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, LetterPreviewDialog) and w.isVisible()]
    assert [p.letter_ids() for p in previews] == [[sent.letter_id]]
    for preview in previews:
        preview.close()
