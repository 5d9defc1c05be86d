"""Settings → Traffy Fondue: the office's sync settings, the account kept in the keyring
(never shown back), and Test connection off the GUI thread against the fake server."""
from __future__ import annotations

from datetime import datetime

import pytest

from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.services import traffy_credentials, traffy_sync
from tests.traffy_server import PASSWORD, USER, FakeTraffy
from tests.ui.settings_helpers import PageInWindow, open_settings, press

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=THAI_TZ)


@pytest.fixture
def fake():
    server = FakeTraffy(now=NOW).start()
    yield server
    server.stop()


def open_page(qtbot, db, office, admin) -> PageInWindow:
    return PageInWindow(open_settings(qtbot, db, office, admin, page="traffy"), "traffy")


def test_settings_and_password_are_saved_and_the_password_never_shown(
        qtbot, db, demo_office, admin, memory_keyring):
    page = open_page(qtbot, db, demo_office, admin)
    assert page.base_url.text() == "https://publicapi.traffy.in.th/exchange-api"
    assert not page.base_url.isEnabled()  # sync off: nothing to fill in yet
    page.enabled.setChecked(True)
    qtbot.keyClicks(page.organisation, "151")
    qtbot.keyClicks(page.username, "at-samat")
    qtbot.keyClicks(page.password, "s3cret-pass")
    page.send_by_default.setChecked(True)
    page.pull_minutes.setValue(15)
    press(qtbot, page.ok_button)
    assert page.window.result() == page.window.DialogCode.Accepted

    setup = traffy_sync.settings(db, demo_office.id)
    assert (setup.enabled, setup.organisation, setup.username, setup.send_by_default,
            setup.pull_every_minutes) == (True, "151", "at-samat", True, 15)
    assert "s3cret-pass" in memory_keyring.store.values()
    creds = traffy_credentials.load(traffy_sync.database_key(db), demo_office.id)
    assert (creds.username, creds.password) == ("at-samat", "s3cret-pass")

    again = open_page(qtbot, db, demo_office, admin)
    assert again.username.text() == "at-samat"
    assert again.password.text() == ""  # kept, never shown back
    assert again.password.placeholderText()


def test_a_bad_server_address_is_refused_and_nothing_is_saved(
        qtbot, db, demo_office, admin, memory_keyring):
    page = open_page(qtbot, db, demo_office, admin)
    page.enabled.setChecked(True)
    page.base_url.setText("publicapi.traffy.in.th")
    qtbot.keyClicks(page.username, "at-samat")
    qtbot.keyClicks(page.password, "s3cret-pass")
    press(qtbot, page.ok_button)
    assert page.window.isVisible()
    assert page.feedback.message("base_url")
    assert traffy_sync.settings(db, demo_office.id).enabled is False
    assert memory_keyring.store == {}


def test_a_new_user_name_needs_its_password(qtbot, db, demo_office, admin, memory_keyring):
    page = open_page(qtbot, db, demo_office, admin)
    page.enabled.setChecked(True)
    qtbot.keyClicks(page.username, "at-samat")
    press(qtbot, page.ok_button)
    assert page.window.isVisible() and page.feedback.message("password")
    assert traffy_sync.settings(db, demo_office.id).enabled is False


def test_enabled_without_a_user_name_is_refused(qtbot, db, demo_office, admin, memory_keyring):
    page = open_page(qtbot, db, demo_office, admin)
    page.enabled.setChecked(True)
    press(qtbot, page.ok_button)
    assert page.window.isVisible() and page.feedback.message("username")


def connect(qtbot, page, fake, user: str, password: str) -> str:
    page.enabled.setChecked(True)
    page.base_url.setText(fake.base_url)
    qtbot.keyClicks(page.username, user)
    qtbot.keyClicks(page.password, password)
    task = page.test_connection()
    assert task is not None and not page.test_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert page.test_button.isEnabled()
    return page.test_result.text()


def test_test_connection_signs_in_off_the_gui_thread(qtbot, db, demo_office, admin,
                                                     memory_keyring, fake):
    page = open_page(qtbot, db, demo_office, admin)
    said = connect(qtbot, page, fake, USER, PASSWORD)
    assert any("get-auth" in path for path in fake.paths())
    assert said == page.page.tr("Connected: Traffy accepted the account.")


def test_a_wrong_password_says_it_could_not_connect(qtbot, db, demo_office, admin,
                                                    memory_keyring, fake):
    page = open_page(qtbot, db, demo_office, admin)
    said = connect(qtbot, page, fake, USER, "wrong")
    assert said.startswith(page.page.tr("Could not connect: %1").replace("%1", ""))
