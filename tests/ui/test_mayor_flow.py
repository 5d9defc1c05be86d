"""The executive's morning, end to end: sign in as the mayor, approve two jobs, letters made."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fondue_desk.domain.statuses import Status
from fondue_desk.services import complaints, letters
from fondue_desk.services.demo_data import DEMO_PASSWORD
from tests.pdf_text import pdf_text, skeleton
from tests.ui.keyboard import type_text
from tests.ui.signoff_helpers import awaiting
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.pages import signoff_page


def test_the_mayor_signs_in_approves_two_and_their_letters_are_made(
        qtbot, monkeypatch, db, demo_office, clerk):
    finished = awaiting(db, demo_office, clerk, 2, after_photo=True)
    monkeypatch.setattr(signoff_page, "ask", lambda *_args: True)  # "Approve 2?" → yes

    login = LoginDialog(db, demo_office)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    login.username.setFocus()
    type_text(login.username, "mayor")
    QTest.keyClick(login.username, Qt.Key.Key_Tab)
    type_text(login.password, DEMO_PASSWORD)
    with qtbot.waitSignal(login.accepted):
        QTest.keyClick(login.password, Qt.Key.Key_Return)
    assert login.result_user.username == "mayor"

    window = MainWindow(db, demo_office, login.result_user)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is window.dashboard_page  # the executive's first page
    page = window.signoff_page
    window.show_page(window.pages.indexOf(page))
    mine = {c.tracking_no for c in finished}
    rows = [r for r in range(page.model.rowCount()) if page.model.item_at(r).tracking_no in mine]
    assert len(rows) == 2
    page.table.setFocus()
    for row in rows:
        page.table.setCurrentIndex(page.model.index(row, 1))
        QTest.keyClick(page.table, Qt.Key.Key_Space)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)

    assert {complaints.get(db, c.id).status for c in finished} == {Status.CLOSED}
    numbered = page.last_decision.letters
    assert {letter.tracking_no for letter in numbered} == mine
    assert set(letters.letters_of_day(db, demo_office.id)) >= {letter.id for letter in numbered}
    text = skeleton(pdf_text(letters.letters_pdf(db, demo_office.id,
                                                 [letter.id for letter in numbered])))
    for letter in numbered:
        assert skeleton(letter.document_no) in text
    for complaint in finished:
        assert skeleton(complaint.complainant_name) in text and complaint.tracking_no in text
