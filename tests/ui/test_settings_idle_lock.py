"""Settings → Users: the admin sets after how many idle minutes every desk locks."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fondue_desk.services import reference, session_policy

from .settings_helpers import open_settings, press


@pytest.fixture
def window(qtbot, db, demo_office):
    admin = reference.find_user(db, "admin")
    dialog = open_settings(qtbot, db, demo_office, admin, "users")
    dialog.resize(1280, 720)
    return dialog


def test_the_rule_is_shown_edited_with_the_keyboard_and_saved_by_ok(qtbot, db, demo_office,
                                                                     window):
    box = window.current_page().idle_lock
    assert box.minutes.value() == session_policy.DEFAULT_IDLE_LOCK_MINUTES
    assert box.title() == "เครื่องใช้ร่วมที่เคาน์เตอร์"
    box.minutes.setFocus()
    box.minutes.selectAll()
    QTest.keyClicks(box.minutes, "25")
    press(qtbot, window.ok_button)
    assert session_policy.idle_lock_minutes(db, demo_office.id) == 25


def test_zero_reads_never_and_means_never(qtbot, db, demo_office, window):
    box = window.current_page().idle_lock
    box.minutes.setValue(0)
    assert box.minutes.text() == "ไม่ล็อก"
    press(qtbot, window.ok_button)
    assert session_policy.idle_lock_minutes(db, demo_office.id) == 0


def test_the_range_is_the_cores(window):
    box = window.current_page().idle_lock
    assert (box.minutes.minimum(), box.minutes.maximum()) == (
        0, session_policy.MAX_IDLE_LOCK_MINUTES)
    box.minutes.setValue(session_policy.MAX_IDLE_LOCK_MINUTES)
    QTest.keyClick(box.minutes, Qt.Key.Key_Up)
    assert box.minutes.value() == session_policy.MAX_IDLE_LOCK_MINUTES
    assert window.current_page().validate() == []


def test_searching_settings_for_the_lock_finds_the_users_page(window):
    assert window.filter_pages("ล็อกหน้าจอ") == ["users"]
