"""View → Language switches the desk live: the same session, the same work, another language."""
from __future__ import annotations

from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from fondue_desk.services import accounts, reference
from fondue_desk.services.demo_data import DEMO_PASSWORD
from ui.language_switch import switch_language
from ui.session.desk_session import DeskSession
from ui.translations import LANGUAGE_SETTING, current_language, use_language

from .helpers import log
from .test_window_fits import settle

TYPED = "ไฟดับทั้งซอย 3 ต้น"
STREET_LIGHTS = "ไฟฟ้าส่องสว่างชำรุด"


@pytest.fixture
def desk(qtbot, db, demo_office, thai):
    sessions = []

    def make() -> DeskSession:
        made = DeskSession(db, demo_office, idle_ms=lambda: 0)
        sessions.append(made)
        return made

    yield make
    for made in sessions:
        made.watcher.stop()
        for widget in (made.window, made.signed_out, made.lock_screen, made.login):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
    thai[:] = use_language("th")  # the next test starts on the Thai desk, as in production


def language_action(window, language):
    return window.language_actions[language]


def type_an_unsaved_complaint(qtbot, form):
    form.category.setEditText(STREET_LIGHTS)
    form.category.lineEdit().textEdited.emit(STREET_LIGHTS)
    form.category.resolve()
    form.description.setPlainText(TYPED)
    form.name.setText("John Smith")
    form.phone.setText("0812345678")
    qtbot.waitUntil(lambda: form.sla_label.text() != "")


def test_thai_to_english_and_back_keeps_the_work_and_the_session(qtbot, db, demo_office,
                                                                 clerk, desk):
    logged = [log(db, demo_office, clerk, description=f"ขยะตกค้าง {i}") for i in range(3)]
    session = desk()
    thai_window = session.start(clerk)
    qtbot.waitExposed(thai_window)
    assert thai_window.navigation.item(1).text() == "รับเรื่อง"
    assert language_action(thai_window, "th").isChecked()
    type_an_unsaved_complaint(qtbot, thai_window.intake_page.form)
    # The register: a search, the second complaint shown; then back to the intake page.
    register = thai_window.register_page
    register.filter_bar.search.setText("ขยะ")
    flt = replace(register.current_filter(), text="ขยะ")
    register.set_filter(flt)
    qtbot.waitUntil(lambda: not register.model.busy and register.model.rowCount() == 3)
    register.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by tracking number
    qtbot.waitUntil(lambda: not register.model.busy)
    assert register.select_complaint(logged[1].id)
    qtbot.waitUntil(lambda: register.detail.complaint() is not None
                    and register.detail.complaint().id == logged[1].id)
    register_sort = register.model.sort_order
    thai_window.setGeometry(QRect(1, 30, 1200, 700))
    geometry = thai_window.geometry()
    thai_window.show_page(thai_window.pages.indexOf(thai_window.intake_page))

    language_action(thai_window, "en").trigger()  # what View → Language → English does

    english_window = session.window
    assert english_window is not thai_window and english_window.isVisible()
    assert current_language() == "en"
    # Every text of the new window in English, the menu included; the same user signed in.
    assert english_window.navigation.item(1).text() == "New complaint"
    assert english_window.menuBar().actions()[0].text() == "&File"
    assert language_action(english_window, "en").isChecked()
    assert english_window.user.id == clerk.id
    # The same place and height; the width too, but the test screen is 800 px wide, narrower
    # than any main window, so Qt shrinks a restored width to the window's minimum there.
    moved = english_window.geometry()
    assert (moved.topLeft(), moved.height()) == (geometry.topLeft(), geometry.height())
    assert moved.width() in (geometry.width(), english_window.minimumSizeHint().width())
    assert english_window.pages.currentWidget() is english_window.intake_page
    # The unsaved complaint came along, its category now named in English.
    form = english_window.intake_page.form
    assert form.description.toPlainText() == TYPED
    assert form.name.text() == "John Smith" and form.phone.text() == "0812345678"
    assert form.category.category() is not None
    assert form.category.category().name_th == STREET_LIGHTS
    assert form.sla_label.text() == "Due within 3 days"
    # The register: same search, same complaint shown and selected.
    new_register = english_window.register_page
    assert new_register.current_filter() == flt
    qtbot.waitUntil(lambda: not new_register.model.busy and new_register.model.rowCount() == 3)
    qtbot.waitUntil(lambda: new_register.table.currentIndex().isValid())
    assert new_register.detail.complaint().id == logged[1].id
    assert new_register.table.currentIndex().data(Qt.ItemDataRole.UserRole) == logged[1].id
    assert new_register.count_label.text() == "3 complaints found"
    header = new_register.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.AscendingOrder)
    kept = new_register.model.sort_order  # the same order, its names in the new language
    assert (kept.key, kept.descending) == (register_sort.key, register_sort.descending)
    # The old window is torn down, as at sign-out; nothing restarted: the session is the same.
    qtbot.waitUntil(lambda: not shiboken6.isValid(thai_window))
    assert session.signed_out is None and session.login is None
    # Remembered as the clerk's own choice, not the desk's.
    assert reference.find_user(db, clerk.username).language == "en"

    language_action(english_window, "th").trigger()

    back = session.window
    assert back is not english_window and current_language() == "th"
    assert back.navigation.item(1).text() == "รับเรื่อง"
    assert back.intake_page.form.description.toPlainText() == TYPED
    assert back.intake_page.form.category.currentText() == STREET_LIGHTS
    assert reference.find_user(db, clerk.username).language == "th"


def test_a_switch_waits_for_an_open_dialog_then_happens(qtbot, clerk, desk):
    session = desk()
    window = session.start(clerk)
    qtbot.waitExposed(window)
    dialog = QMessageBox(QMessageBox.Icon.Question, "ถาม", "ยังไม่ตอบ",
                         QMessageBox.StandardButton.Ok, window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)

    assert switch_language(session, "en") is None
    assert session.window is window and current_language() == "th"  # what was typed is safe
    assert language_action(window, "th").isChecked()

    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: session.window is not window)
    assert current_language() == "en"
    assert session.window.navigation.item(1).text() == "New complaint"


def test_the_users_language_applies_after_sign_in_and_the_desks_at_sign_out(qtbot, db, clerk,
                                                                             desk):
    from PySide6.QtCore import QSettings

    QSettings().setValue(LANGUAGE_SETTING, "th")  # the desk speaks Thai (--lang th)
    accounts.set_language(db, clerk.id, "en")
    session = desk()
    window = session.start(reference.find_user(db, clerk.username))
    qtbot.waitExposed(window)
    assert current_language() == "en"
    assert window.navigation.item(1).text() == "New complaint"

    assert session.sign_out()
    # The next person signs in on the desk's language, not the last user's.
    assert current_language() == "th"
    qtbot.waitUntil(lambda: session.login is not None and session.login.isVisible())
    mayor = reference.find_user(db, "mayor")
    assert mayor.language == ""
    window = session.start(mayor)  # never chose: the desk's language
    assert current_language() == "th"
    assert window.menuBar().actions()[0].text() == "ไฟล์ (&F)"


def test_the_language_menu_is_reached_from_the_keyboard(qtbot, clerk, desk):
    session = desk()
    window = session.start(clerk)
    qtbot.waitExposed(window)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "มุมมอง (&V)")
    language = next(a for a in view.actions() if a.menu() is not None
                    and "&L" in a.text())
    names = [a.text() for a in language.menu().actions()]
    assert names == ["ไทย (&T)", "&English"]  # each in its own name, each with its key


def test_a_desk_started_in_english_gives_english_to_users_who_never_chose(qtbot, clerk, desk,
                                                                          english):
    session = desk()
    window = session.start(clerk)
    assert current_language() == "en"
    assert window.navigation.item(1).text() == "New complaint"
    assert language_action(window, "en").isChecked()


def test_a_switch_held_by_the_lock_screen_is_not_made_for_the_next_user(qtbot, db, clerk, desk):
    session = desk()
    window = session.start(clerk)
    qtbot.waitExposed(window)
    screen = session.lock()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is screen)
    assert switch_language(session, "en") is None

    screen.switch_user()
    screen.username.setText("clerk2")
    screen.password.setText(DEMO_PASSWORD)
    screen.try_unlock()
    qtbot.waitUntil(lambda: session.window is not None and session.window is not window
                    and session.window.isVisible())
    settle()  # the held switch's turn of the event loop has come
    assert session.window.user.username == "clerk2"
    assert current_language() == "th"
    assert reference.find_user(db, "clerk2").language == ""


def test_a_window_beside_the_desk_closes_as_at_sign_out(qtbot, clerk, desk):
    from ui.main_menus import open_council_report

    session = desk()
    window = session.start(clerk)
    qtbot.waitExposed(window)
    report = open_council_report(window)  # not modal: the desk stays usable beside it
    qtbot.waitExposed(report)
    assert QApplication.activeModalWidget() is None

    language_action(window, "en").trigger()

    assert current_language() == "en" and session.window is not window
    qtbot.waitUntil(lambda: not shiboken6.isValid(report) or not report.isVisible())


def test_a_categorys_answers_and_photos_come_along(qtbot, db, demo_office, clerk, desk):
    from fondue_desk.domain.custom_fields import FieldDefinition, FieldKind
    from fondue_desk.services import category_fields

    from .dispatch_helpers import ROAD, admin, category_id
    from .signoff_helpers import photo

    road = category_id(db, demo_office, ROAD)
    category_fields.save_field(db, admin(db).id, road, FieldDefinition(
        "plate", FieldKind.VEHICLE_PLATE, "ทะเบียนรถ", "Plate"))
    session = desk()
    window = session.start(clerk)
    qtbot.waitExposed(window)
    form = window.intake_page.form
    form.category.setEditText(ROAD)
    form.category.lineEdit().textEdited.emit(ROAD)
    form.category.resolve()
    qtbot.waitUntil(lambda: form.custom_fields.editor("plate") is not None)
    form.custom_fields.editor("plate").set_value("1กข 1234")
    form.photos.add_photo("hole.jpg", photo("#804000"))

    language_action(window, "en").trigger()

    carried = session.window.intake_page.form
    assert carried.category.category().id == road
    assert carried.custom_fields.values() == {"plate": "1กข 1234"}
    assert [name for name, _data in carried.photos.photos()] == ["hole.jpg"]


def test_a_choice_the_database_cannot_keep_still_switches_and_says_so(qtbot, clerk, desk,
                                                                      monkeypatch):
    def refuse(*_args):
        raise RuntimeError("database is locked")

    session = desk()
    window = session.start(clerk)
    qtbot.waitExposed(window)
    monkeypatch.setattr(accounts, "set_language", refuse)

    english_window = switch_language(session, "en")

    assert english_window is session.window and current_language() == "en"
    assert english_window.user.language == "en"
    assert english_window.statusBar().currentMessage() == (
        "The language could not be kept for your next sign-in: database is locked")
