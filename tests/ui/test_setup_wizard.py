"""The set-up assistant: from an empty database, by keyboard, to a desk that prints receipts
with the real office's header; the demo choice; nothing written before Finish."""
from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox

from fondue_desk.domain.errors import FieldError, NotFound
from fondue_desk.services import accounts, receipts, reference
from fondue_desk.services.demo_data import DEMO_PASSWORD, USERS
from tests.complaint_views import newest_complaints
from tests.pdf_text import contains
from ui import app as app_module
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.messages import field_error_text
from ui.setup_wizard import SetupWizard
from ui.setup_wizard.categories_table import SLA
from ui.setup_wizard.pages import Page

from .keyboard import type_text
from .setup_helpers import (
    ADDRESS_START,
    ADMIN,
    OFFICE_NAME,
    SIGNATORY,
    WAIT,
    enter,
    fill_admin_page,
    fill_office_page,
    focused,
    key,
    open_wizard,
    paste_villages,
    tab,
    wait_page,
)


def database_is_empty(db) -> bool:
    if reference.first_office(db) is not None:
        return False
    for username in [ADMIN[0], *(u for u, *_ in USERS)]:
        try:
            reference.find_user(db, username)
            return False
        except NotFound:
            pass
    return True


def through_to_summary(qtbot, wizard) -> None:
    """Every page of "set up our office", by keyboard; stops on the summary."""
    assert wizard.welcome.own.isChecked() and wizard.welcome.own.hasFocus()
    enter(qtbot)
    wait_page(qtbot, wizard, Page.OFFICE)
    fill_office_page(qtbot, wizard)
    enter(qtbot)
    wait_page(qtbot, wizard, Page.VILLAGES)
    paste_villages(qtbot, wizard)
    qtbot.waitUntil(lambda: len(wizard.villages.specs()) == 3, timeout=WAIT)
    enter(qtbot)
    wait_page(qtbot, wizard, Page.CATEGORIES)
    page = wizard.categories
    assert page.presets.currentText() == "เทศบาลตำบล"  # the office's kind chose the list
    assert page.presets.hasFocus()
    tab(qtbot, 2)
    assert page.table.hasFocus()
    # Street lights (third row): SLA 3 → 2 days; F2 edits the cell, Enter commits it.
    page.table.setCurrentCell(2, SLA)
    key(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit), timeout=WAIT)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "2")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.item(2, SLA).text() == "2", timeout=WAIT)
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT)
    assert wizard.currentId() == Page.CATEGORIES  # Enter in the cell did not leave the page
    enter(qtbot)
    wait_page(qtbot, wizard, Page.ADMIN)
    fill_admin_page(qtbot, wizard)
    enter(qtbot)
    wait_page(qtbot, wizard, Page.SUMMARY)


def test_a_new_office_by_keyboard_then_a_walk_in_and_its_receipt(qtbot, db):
    wizard = open_wizard(qtbot, db)
    through_to_summary(qtbot, wizard)
    summary = wizard.summary.text.toPlainText()
    assert OFFICE_NAME in summary and "บ้านหนองหมื่นถ่าน" in summary and ADMIN[0] in summary
    assert database_is_empty(db)  # nothing is written before Finish
    enter(qtbot)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=WAIT)

    office, admin = wizard.outcome.office, wizard.outcome.user
    assert office.name == OFFICE_NAME and not office.is_demo
    assert office.address.startswith("เลขที่ 99 หมู่ที่ 1 " + ADDRESS_START)
    assert re.sub(r"\D", "", office.phone) == "043511234"
    assert office.document_code == "รอ 78501"
    assert (office.lat, office.lon) == (15.8656, 103.8847)
    assert (office.tambon, office.amphoe, office.province) == ("อาจสามารถ", "อาจสามารถ",
                                                               "ร้อยเอ็ด")
    assert office.signatory_name == SIGNATORY
    assert office.signatory_position == "นายกเทศมนตรีตำบลอาจสามารถ"
    assert admin.username == ADMIN[0] and admin.role == "admin"
    assert not accounts.sign_in(db, ADMIN[0], ADMIN[3]).must_change_password
    villages = reference.villages(db, office.id)
    assert [(v.number, v.name) for v in villages] == [
        (1, "บ้านอาจสามารถ"), (2, "บ้านหนองหมื่นถ่าน"), (3, "บ้านโนนสว่าง")]
    lights = next(c for c in reference.active_categories(db, office.id)
                  if c.name_en == "Street lights out")
    assert lights.sla_days == 2

    # The admin is signed in: the desk opens straight on the main window.
    window = MainWindow(db, office, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == f"{OFFICE_NAME} — Fondue Desk"
    assert not window.demo_label.isVisible()
    page = window.intake_page
    form = page.form
    form.category.setFocus()
    type_text(form.category.lineEdit(), "ส่องสว่าง")
    popup = form.category.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT)
    type_text(form.description, "ไฟฟ้าส่องสว่างหน้าวัดดับ 2 ต้น")
    type_text(form.name, "นางมาลี ศรีสุข")
    QTest.keyClicks(form.phone, "081 234 5678")
    with qtbot.waitSignal(page.complaint_logged, timeout=WAIT):
        QTest.keyClick(form.phone, Qt.Key.Key_Return)

    complaint = newest_complaints(db, office.id)[0]
    assert page.print_dialog() is not None  # no receipt printer chosen yet: the dialog asks
    page.print_dialog().reject()
    for pdf in (receipts.receipt_pdf(db, complaint.id),
                receipts.receipt_pdf(db, complaint.id, variant="thermal")):
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert contains(text, OFFICE_NAME) and contains(text, "จังหวัดร้อยเอ็ด 45160")
        assert complaint.tracking_no in text
        assert "DEMO" not in text and not contains(text, "ตัวอย่าง")


def test_the_demo_is_chosen_with_the_arrow_keys_and_its_users_must_change_passwords(qtbot, db):
    wizard = open_wizard(qtbot, db, demo_complaints=5)
    key(qtbot, Qt.Key.Key_Down)
    assert wizard.welcome.try_demo.isChecked()
    enter(qtbot)
    wait_page(qtbot, wizard, Page.DEMO)
    assert DEMO_PASSWORD in wizard.demo.password.text()
    assert database_is_empty(db)
    enter(qtbot)  # Finish
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    office = wizard.outcome.office
    assert office.is_demo and wizard.outcome.user is None  # the demo's users sign in
    assert len(newest_complaints(db, office.id)) == 5
    for username, *_ in USERS:
        assert accounts.sign_in(db, username, DEMO_PASSWORD).must_change_password


def test_escape_asks_first_then_leaves_the_database_empty(qtbot, db, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[1])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard = open_wizard(qtbot, db)
    enter(qtbot)
    wait_page(qtbot, wizard, Page.OFFICE)
    fill_office_page(qtbot, wizard)
    enter(qtbot)
    wait_page(qtbot, wizard, Page.VILLAGES)
    key(qtbot, Qt.Key.Key_Escape)  # "No": the typing stays
    assert asked and wizard.isVisible() and wizard.currentId() == Page.VILLAGES
    key(qtbot, Qt.Key.Key_Escape)  # "Yes"
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)
    assert wizard.result() == QDialog.DialogCode.Rejected and wizard.outcome is None
    assert database_is_empty(db)


def test_next_waits_for_a_valid_page_and_says_why_beside_the_field(qtbot, db):
    wizard = open_wizard(qtbot, db)
    enter(qtbot)
    wait_page(qtbot, wizard, Page.OFFICE)
    form = wizard.office.form
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no name yet
    type_text(form.name, "เทศบาลตำบลทดสอบ")
    assert next_button.isEnabled()
    QTest.keyClicks(form.email, "not an address")
    assert not next_button.isEnabled()
    assert form.feedback.message("email") == field_error_text(
        FieldError("office.email", "email.invalid"))
    form.email.clear()
    QTest.keyClicks(form.email, "a@b.go.th")
    assert form.feedback.message("email") == "" and next_button.isEnabled()
    QTest.keyClicks(form.location, "48.85, 2.35")
    assert not next_button.isEnabled() and form.feedback.message("lat")
    enter(qtbot)  # Enter on an invalid page goes nowhere
    assert wizard.currentId() == Page.OFFICE


def test_the_admin_page_shows_the_core_password_rules(qtbot, db):
    wizard = open_wizard(qtbot, db)
    wizard.next()
    wizard.office.form.name.setText("เทศบาลตำบลทดสอบ")
    for _ in range(3):
        wizard.next()
    wait_page(qtbot, wizard, Page.ADMIN)
    page = wizard.admin
    QTest.keyClicks(page.username, "somchai")
    type_text(page.password, "สั้น")
    assert "8" in page.feedback.message("admin.password")
    page.password.clear()
    type_text(page.password, "somchai-2569")
    assert page.feedback.message("admin.password")  # contains the user name
    page.password.clear()
    type_text(page.password, "ฝนตกหนัก สะพานขาด")
    type_text(page.confirmation, "ฝนตกหนัก สะพานขาย")
    assert page.feedback.message("admin.password") == ""
    assert page.feedback.message("admin.confirmation")
    assert not page.isComplete()


def test_villages_without_a_number_column_are_numbered_and_duplicates_flagged(qtbot, db):
    wizard = open_wizard(qtbot, db)
    wizard.next()
    wizard.office.form.name.setText("องค์การบริหารส่วนตำบลทดสอบ")
    wizard.next()
    wait_page(qtbot, wizard, Page.VILLAGES)
    paste_villages(qtbot, wizard, "บ้านโนน\nบ้านดอน\nบ้านนา\n")
    assert [(v.number, v.name) for v in wizard.villages.specs()] == [
        (1, "บ้านโนน"), (2, "บ้านดอน"), (3, "บ้านนา")]
    assert wizard.villages.isComplete()
    wizard.villages.table.item(2, 0).setText("2")
    assert not wizard.villages.isComplete()
    assert [row for row, _column, _message in wizard.villages.errors()] == [2]
    assert wizard.villages.problems.isVisible() and "3" in wizard.villages.problems.text()


def test_a_broken_configuration_file_is_refused_with_line_numbers(qtbot, db, tmp_path,
                                                                  monkeypatch):
    broken = tmp_path / "office.yaml"
    broken.write_text("schema_version: 1\noffice:\n  kind: เทศบาลตำบล\ncategories:\n"
                      "  - code: roads\n    name_th: ถนน\n    sla_days: 900\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    wizard = open_wizard(qtbot, db)
    wizard.next()
    wizard.office.form.name.setText("เทศบาลตำบลทดสอบ")
    wizard.next()
    wizard.next()
    wait_page(qtbot, wizard, Page.CATEGORIES)
    before = wizard.categories.specs()
    assert not wizard.categories.choose_file()
    assert "บรรทัด 7" in wizard.categories.problems.text()
    assert wizard.categories.specs() == before  # nothing taken from a broken file


# ---- started as the app ----

@pytest.fixture
def no_sign_in(monkeypatch):
    def refuse(_dialog):
        raise AssertionError("the login dialog must not open")
    monkeypatch.setattr(LoginDialog, "exec", refuse)


def test_an_empty_database_started_as_the_app_is_left_empty_when_set_up_is_cancelled(
        db, db_url, monkeypatch, no_sign_in):
    seen = {}

    def wizard_exec(wizard: SetupWizard) -> int:
        seen["empty while open"] = database_is_empty(db)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SetupWizard, "exec", wizard_exec)
    assert app_module.run_app(db_url=db_url, username=None, language="th") == 0
    assert seen["empty while open"] and database_is_empty(db)


def test_finishing_the_assistant_opens_the_desk_signed_in_as_the_new_admin(
        qtbot, db, db_url, monkeypatch, no_sign_in):
    seen = {}

    def wizard_exec(wizard: SetupWizard) -> int:
        wizard.show()  # the app deletes it once it is done: not qtbot's to close
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT)
        through_to_summary(qtbot, wizard)
        seen["empty before finish"] = database_is_empty(db)
        wizard.accept()  # Finish, as Enter does
        return wizard.result()

    def app_exec(_app) -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        seen["user"] = windows[0].user.username
        seen["title"] = windows[0].windowTitle()
        for window in windows:
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(SetupWizard, "exec", wizard_exec)
    monkeypatch.setattr(QApplication, "exec", app_exec)
    assert app_module.run_app(db_url=db_url, username=None, language="th") == 0
    assert seen["empty before finish"]
    assert seen["user"] == ADMIN[0] and OFFICE_NAME in seen["title"]


def test_the_office_position_is_picked_on_a_map_of_thailand_before_the_office_exists(
        qtbot, db, monkeypatch):
    from ui.dialogs.location_picker_dialog import LocationPickerDialog

    from .map_helpers import WEB_TIMEOUT_MS, js

    wizard = open_wizard(qtbot, db)
    wizard.next()
    form = wizard.office.form
    assert form.map_button.isVisibleTo(wizard)
    seen = {}

    def pick(dialog: LocationPickerDialog) -> int:
        # The real page, on an empty database: default base map, Thailand, no boundary.
        qtbot.waitUntil(dialog.is_ready, timeout=WEB_TIMEOUT_MS)
        seen["zoom"] = js(qtbot, dialog.view, "fondue.map.getZoom()")
        with qtbot.waitSignal(dialog.view.bridge.location_picked, timeout=WEB_TIMEOUT_MS):
            js(qtbot, dialog.view,
               "fondue.map.fire('click', {latlng: L.latLng(15.8656, 103.8847)}) && true")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LocationPickerDialog, "exec", lambda dialog: (
        dialog.show(), pick(dialog))[1])
    qtbot.mouseClick(form.map_button, Qt.MouseButton.LeftButton)
    assert form.location.text() == "15.865600, 103.884700"
    assert seen["zoom"] <= 7  # the whole country, not a street
    assert database_is_empty(db)


def test_the_emblem_is_checked_by_the_core_when_chosen(qtbot, db, tmp_path, monkeypatch):
    from PIL import Image

    good, bad = tmp_path / "emblem.jpg", tmp_path / "emblem.png"
    Image.new("RGB", (300, 300), (20, 90, 40)).save(good, "JPEG")
    bad.write_text("not a picture")
    wizard = open_wizard(qtbot, db)
    wizard.next()
    form = wizard.office.form
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    assert not form.choose_emblem()
    assert form.feedback.message("emblem_png") == field_error_text(
        FieldError("office.emblem_png", "image.not_png_or_jpeg"))
    assert form.emblem() is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    assert form.choose_emblem()
    assert form.emblem().startswith(b"\x89PNG") and form.feedback.message("emblem_png") == ""
    assert not form.emblem_preview.pixmap().isNull() and form.emblem_remove.isEnabled()
    form.emblem_remove.click()
    assert form.emblem() is None and not form.emblem_remove.isEnabled()


def test_open_desk_on_an_empty_database_says_so_and_creates_nothing(db, db_url):
    with pytest.raises(app_module.StartupError):
        app_module.open_desk(db_url, None)
    assert database_is_empty(db)


def test_the_demo_from_the_assistant_asks_each_user_for_a_new_password_at_sign_in(
        qtbot, db, db_url, monkeypatch):
    from ui.dialogs.change_password_dialog import ChangePasswordDialog

    seen = {}

    def wizard_exec(wizard: SetupWizard) -> int:
        wizard.demo_complaints = 3
        wizard.welcome.try_demo.setChecked(True)
        wizard.show()
        wizard.next()
        wizard.accept()
        return wizard.result()

    def login_exec(dialog: LoginDialog) -> int:
        dialog.username.setText("clerk1")
        dialog.password.setText(DEMO_PASSWORD)
        dialog.try_sign_in()
        return dialog.result()

    def change_exec(dialog: ChangePasswordDialog) -> int:
        seen["forced"] = dialog.forced
        return QDialog.DialogCode.Rejected  # leaving the change leaves the app

    monkeypatch.setattr(SetupWizard, "exec", wizard_exec)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    monkeypatch.setattr(ChangePasswordDialog, "exec", change_exec)
    assert app_module.run_app(db_url=db_url, username=None, language="th") == 0
    assert seen["forced"] is True
    assert reference.first_office(db).is_demo


def test_the_kind_changes_the_suggested_name_and_the_ready_made_list(qtbot, db):
    from fondue_desk.services.places import search_places

    wizard = open_wizard(qtbot, db)
    wizard.next()
    form = wizard.office.form
    form.completer.place_chosen.emit(search_places("อาจสามารถ ร้อยเอ็ด")[0])
    assert form.name.text() == "เทศบาลตำบลอาจสามารถ"
    form.kind.setCurrentIndex(form.kind.findData("องค์การบริหารส่วนตำบล"))
    assert form.name.text() == "องค์การบริหารส่วนตำบลอาจสามารถ"
    form.name.setText("อบต.อาจสามารถ (ทดสอบ)")  # typed by hand: no longer followed
    form.kind.setCurrentIndex(form.kind.findData("เทศบาลเมือง"))
    assert form.name.text() == "อบต.อาจสามารถ (ทดสอบ)"
    form.kind.setCurrentIndex(form.kind.findData("องค์การบริหารส่วนตำบล"))
    wizard.next()
    wizard.next()
    wait_page(qtbot, wizard, Page.CATEGORIES)
    assert wizard.categories.presets.currentData() == "obt"
    assert any(c.name_en.startswith("Tap water") or "ประปา" in c.name_th
               for c in wizard.categories.specs())


def test_a_signatory_too_long_for_letters_is_said_on_the_admin_page(qtbot, db):
    wizard = open_wizard(qtbot, db)
    wizard.next()
    wizard.office.form.name.setText("เทศบาลตำบลทดสอบ")
    for _ in range(3):
        wizard.next()
    wait_page(qtbot, wizard, Page.ADMIN)
    page = wizard.admin
    page.username.setText("somchai")
    page.full_name.setText("นายสมชาย ใจดี")
    page.password.setText("ฝนตกหนัก สะพานขาด")
    page.confirmation.setText("ฝนตกหนัก สะพานขาด")
    assert page.isComplete()
    page.signatory_name.setText("ก" * 201)
    assert not page.isComplete()
    assert not page.validatePage()
    assert page.feedback.message("office.signatory_name")
    assert database_is_empty(db)
