"""The window around the pages: navigation, shortcuts, status bar, menus, remembered size."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fondue_desk import __version__
from ui.main_window import GEOMETRY_SETTING, MainWindow, database_location
from ui.widgets.screen_fit import FRAME_ALLOWANCE, available_size


def test_title_navigation_and_status_bar(window, demo_office, clerk, db):
    assert demo_office.name in window.windowTitle()
    # The dashboard comes first for every role (its Thai arrives with the pending strings).
    assert window.navigation.item(0).text() == window.tr("Dashboard")
    assert [window.navigation.item(i).text() for i in range(1, window.navigation.count())] == [
        "รับเรื่อง", "ทะเบียน", "แผนที่", "ทีมช่าง", "รอลงนาม"]
    assert window.pages.currentWidget() is window.intake_page
    assert window.office_label.text() == demo_office.name
    assert window.user_label.text() == f"ผู้ใช้: {clerk.full_name}"
    assert window.database_label.text() == f"ฐานข้อมูล: {database_location(db.url)}"
    assert database_location(db.url).endswith("fondue-desk.sqlite3")


def test_ctrl_number_switches_pages_from_any_field(qtbot, window):
    form = window.intake_page.form
    qtbot.keyClick(form.description, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.register_page
    assert window.navigation.currentRow() == 2
    qtbot.keyClick(window.register_page.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.intake_page
    assert QApplication.focusWidget() is form.category
    qtbot.keyClick(form.category, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.dashboard_page


def test_clicking_the_navigation_switches_pages(window):
    window.navigation.setCurrentRow(2)
    assert window.pages.currentWidget() is window.register_page


def test_geometry_is_remembered(qtbot, window, db, demo_office, clerk):
    # Nothing saved yet: the default size, as much of it as the screen holds under a title bar.
    room = available_size(window).height() - FRAME_ALLOWANCE.height()
    assert window.height() == min(800, room)
    window.resize(QSize(1100, 700))
    window.close()
    assert QSettings().value(GEOMETRY_SETTING) is not None
    again = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(again)
    # Only the height is compared: Qt fits a restored width to the screen, and the offscreen
    # test screen is narrower than the window's minimum width.
    assert again.height() == 700


def test_about_names_the_version(monkeypatch, window):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about",
                        lambda parent, title, text: shown.update(title=title, text=text))
    window.show_about()
    assert shown["title"] == "เกี่ยวกับ Fondue Desk"
    assert __version__ in shown["text"]


def test_database_location_hides_passwords():
    assert database_location("postgresql://desk:s3cret@db.local/fondue") == (
        "postgresql://desk:***@db.local/fondue")
    assert database_location("sqlite:////data/fondue.sqlite3") == "/data/fondue.sqlite3"


def test_a_change_in_the_register_refreshes_the_other_pages_once(qtbot, window, monkeypatch):
    window.show_page(window.pages.indexOf(window.crew_board_page))
    reloads = []
    monkeypatch.setattr(window.map_page, "reload", lambda: reloads.append("map"))
    monkeypatch.setattr(window.crew_board_page, "reload", lambda: reloads.append("board"))
    # The hidden sign-off queue is not read now: it reads itself when shown.
    monkeypatch.setattr(window.signoff_page, "reload", lambda: reloads.append("signoff"))
    for complaint_id in (1, 2, 3):  # e.g. three complaints assigned at once
        window.register_page.complaint_changed.emit(complaint_id)
    qtbot.waitUntil(lambda: "map" in reloads)
    QApplication.processEvents()  # nothing more is queued
    assert sorted(reloads) == ["board", "map"]


def role_window(qtbot, db, username):
    from fondue_desk.services import reference

    office = reference.first_office(db)
    user = reference.find_user(db, username)
    window = MainWindow(db, office, user)
    qtbot.addWidget(window)
    return window


def test_the_mayor_starts_on_the_dashboard_and_has_no_counter(qtbot, db, demo_office, clerk):
    from tests.ui.helpers import log

    logged = log(db, demo_office, clerk)
    window = role_window(qtbot, db, "mayor")
    assert window.intake_page is None
    assert window.pages.currentWidget() is window.dashboard_page
    assert [window.navigation.item(i).text() for i in range(1, window.navigation.count())] == [
        "ทะเบียน", "แผนที่", "ทีมช่าง", "รอลงนาม"]
    assert not window.users_action.isVisible() and not window.map_settings_action.isVisible()
    detail = window.register_page.detail
    detail.show_complaint(logged.id)
    assert detail.attachments.add_button.isHidden() and detail.edit_button.isHidden()
    assert window.register_page.assign_button.isHidden()


def test_a_crew_leader_starts_on_the_crew_board(qtbot, db, demo_office):
    window = role_window(qtbot, db, "crew1")
    assert window.intake_page is None
    assert window.pages.currentWidget() is window.crew_board_page


def test_only_the_admin_sees_users_and_map_settings(qtbot, db, demo_office, window):
    assert not window.users_action.isVisible()  # the clerk
    admin = role_window(qtbot, db, "admin")
    assert admin.users_action.isVisible() and admin.map_settings_action.isVisible()
    assert admin.pages.currentWidget() is admin.intake_page


def test_assigning_from_the_map_selection(qtbot, db, demo_office, clerk, window):
    from fondue_desk.services import complaints
    from tests.ui.helpers import log

    made = [log(db, demo_office, clerk) for _ in range(2)]
    cleared = []
    window.map_page.clear_selection = lambda: cleared.append(True)
    dialog = window.assign_from_map([c.id for c in made])
    qtbot.waitExposed(dialog)
    dialog.print_none.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert {complaints.get(db, c.id).status for c in made} == {"assigned"}
    assert {complaints.get(db, c.id).crew_name for c in made} == {
        "ทีมสาธารณสุขและสิ่งแวดล้อม"}  # the crew that serves rubbish, suggested
    assert cleared == [True]
