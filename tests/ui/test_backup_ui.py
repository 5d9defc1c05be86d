"""File → Back up… / Restore…, the automatic backup on close and the status bar's backup age."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fondue_desk.domain.calendar import THAI_TZ, pinned_clock
from fondue_desk.services import backup, reference
from fondue_desk.services.backup_settings import backup_settings, save_backup_settings
from tests.integration.backup_helpers import log_some, tracking_numbers
from ui.backup.texts import age_text, error_text

WAIT_MS = 20_000


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda _parent, title, text, *a, kind=kind, **k: shown.append((kind, title, text))
            or QMessageBox.StandardButton.Ok))
    return shown


def _file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_the_file_menu_offers_backup_to_all_and_restore_to_the_admin(
        qtbot, db, demo_office, clerk, admin):
    from ui.main_window import MainWindow

    as_clerk = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(as_clerk)
    assert as_clerk.backup_action.isVisible() and not as_clerk.restore_action.isVisible()
    as_admin = MainWindow(db, demo_office, admin)
    qtbot.addWidget(as_admin)
    texts = _file_menu_texts(as_admin)
    assert as_admin.backup_action.text() in texts and as_admin.restore_action.text() in texts


def test_backup_from_the_menu_writes_a_verifiable_file_and_the_status_bar_follows(
        qtbot, window, tmp_path, monkeypatch, messages):
    target = tmp_path / "usb" / "office"  # no suffix typed: .fdbackup is added
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    label = window.backup_controller.label
    assert label.text() == age_text(None) and label.property("stale") is True

    with qtbot.waitSignal(window.backup_actions.backup_done, timeout=WAIT_MS) as done:
        window.backup_action.trigger()
    info = done.args[0]
    assert info.path == str(target) + ".fdbackup"
    assert backup.verify_backup(info.path).office_name == window.office.name
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    assert messages[0][0] == "information" and info.path in messages[0][2]
    assert label.text() == age_text(timedelta(0))
    assert label.property("stale") is False


def test_the_status_bar_shows_the_age_of_the_last_automatic_backup(
        qtbot, db, demo_office, clerk, admin, tmp_path):
    from ui.main_window import MainWindow

    folder = tmp_path / "auto"
    save_backup_settings(db, admin.id, folder=str(folder), keep=14, automatic=True)
    made = datetime(2026, 12, 6, 8, 0, tzinfo=THAI_TZ)
    backup.auto_backup(db, folder, 14, now=made)
    with pinned_clock(made + timedelta(hours=2, minutes=5)):
        fresh = MainWindow(db, demo_office, clerk)
        qtbot.addWidget(fresh)
        assert fresh.backup_controller.label.text() == age_text(timedelta(hours=2))
        assert "2" in fresh.backup_controller.label.text()
        assert fresh.backup_controller.label.property("stale") is False
    with pinned_clock(made + timedelta(days=3)):
        fresh.backup_controller.refresh_label()
        assert fresh.backup_controller.label.text() == age_text(timedelta(days=3))
        assert fresh.backup_controller.label.property("stale") is True  # shown in red


def test_closing_the_window_makes_an_automatic_backup_and_keeps_the_days(
        qtbot, db, demo_office, clerk, admin, tmp_path):
    from ui.main_window import MainWindow

    folder = tmp_path / "auto"
    save_backup_settings(db, admin.id, folder=str(folder), keep=2, automatic=True)
    for day in range(3):
        with pinned_clock(datetime(2026, 12, 1 + day, 17, 0, tzinfo=THAI_TZ)):
            desk = MainWindow(db, demo_office, clerk)
            qtbot.addWidget(desk)
            desk.close()
    names = [p.name for p in backup.list_auto_backups(folder)]
    assert names == ["fondue-desk-20261203-170000.fdbackup",
                     "fondue-desk-20261202-170000.fdbackup"]
    save_backup_settings(db, admin.id, folder=str(folder), keep=2, automatic=False)
    desk = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(desk)
    desk.close()
    assert len(backup.list_auto_backups(folder)) == 2  # switched off: none made


def test_the_daily_check_backs_up_in_the_background_once_a_day(
        qtbot, db, demo_office, clerk, admin, tmp_path):
    from ui.main_window import MainWindow

    folder = tmp_path / "auto"
    save_backup_settings(db, admin.id, folder=str(folder), keep=14, automatic=True)
    desk = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(desk)
    controller = desk.backup_controller
    with qtbot.waitSignal(controller.backed_up, timeout=WAIT_MS):
        assert controller.check_daily() is not None
    assert len(backup.list_auto_backups(folder)) == 1
    assert controller.check_daily() is None  # less than a day old
    assert controller.label.text() == age_text(timedelta(0))


def test_restore_from_the_menu_asks_then_restores_and_closes_the_window(
        qtbot, db, db_url, demo_office, clerk, admin, tmp_path, monkeypatch, messages):
    from ui.main_window import MainWindow

    category = reference.active_categories(db, demo_office.id)[0]
    log_some(db, clerk.id, category.id, 3)
    made = backup.create_backup(db, tmp_path / "friday.fdbackup")
    at_backup = tracking_numbers(db_url)
    log_some(db, clerk.id, category.id, 2)
    safety = tmp_path / "office-backups"
    save_backup_settings(db, admin.id, folder=str(safety), keep=14, automatic=True)
    desk = MainWindow(db, demo_office, admin)
    qtbot.addWidget(desk)
    desk.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (made.path, "")))

    desk.restore_action.trigger()
    qtbot.waitUntil(lambda: desk.backup_actions.restore_dialog is not None
                    and desk.backup_actions.restore_dialog.isVisible(), timeout=WAIT_MS)
    dialog = desk.backup_actions.restore_dialog
    assert dialog.office_value.text() == demo_office.name
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))
    with qtbot.waitSignal(desk.backup_actions.restore_done, timeout=WAIT_MS) as done:
        dialog.restore_button.click()
    result = done.args[0]
    qtbot.waitUntil(lambda: not desk.isVisible(), timeout=WAIT_MS)

    assert tracking_numbers(db_url) == at_backup
    assert result.safety_backup is not None
    assert Path(result.safety_backup.path).parent == safety
    assert backup.list_auto_backups(safety) == []  # no automatic backup of the restored data
    assert messages[-1][0] == "information"
    assert result.safety_backup.path in messages[-1][2]


def test_a_damaged_backup_is_refused_from_the_menu(
        qtbot, db, db_url, demo_office, admin, tmp_path, monkeypatch, messages):
    from ui.main_window import MainWindow

    bad = tmp_path / "bad.fdbackup"
    bad.write_text("not a backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    desk = MainWindow(db, demo_office, admin)
    qtbot.addWidget(desk)
    before = tracking_numbers(db_url)
    desk.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    assert messages[0][0] == "warning"
    assert error_text(backup.BackupError("backup.not_a_backup")) in messages[0][2]
    assert desk.backup_actions.restore_dialog is None
    assert tracking_numbers(db_url) == before
    assert backup_settings(db, demo_office.id).automatic


def test_the_admin_sets_the_backup_folder_and_days_in_settings(
        qtbot, db, demo_office, admin, tmp_path, monkeypatch):
    from tests.ui.settings_helpers import PageInWindow, open_settings, press

    page = PageInWindow(open_settings(qtbot, db, demo_office, admin, "backup"), "backup")
    assert page.folder.text() == backup_settings(db, demo_office.id).folder
    assert page.keep.value() == 14 and page.automatic.isChecked()
    assert page.last_backup.text() == page.tr("none yet")

    page.folder.setText("relative/folder")
    press(qtbot, page.ok_button)
    assert page.isVisible()  # refused: the window stays, the field says why
    assert not page.errors["folder"].isHidden()
    assert backup_settings(db, demo_office.id).keep == 14

    chosen = tmp_path / "nas" / "fondue"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(chosen)))
    press(qtbot, page.browse)
    assert page.folder.text() == str(chosen)
    page.keep.setValue(30)
    page.automatic.setChecked(False)
    with qtbot.waitSignal(page.accepted, timeout=WAIT_MS):
        press(qtbot, page.ok_button)
    saved = backup_settings(db, demo_office.id)
    assert (saved.folder, saved.keep, saved.automatic) == (str(chosen), 30, False)
    assert chosen.is_dir()


def test_a_clerk_has_no_backup_settings_page(qtbot, db, demo_office, clerk):
    from tests.ui.settings_helpers import open_settings

    assert "backup" not in open_settings(qtbot, db, demo_office, clerk).page_names()


def test_a_failed_automatic_backup_is_shown_in_red_at_the_next_start(
        qtbot, db, demo_office, clerk, admin, tmp_path):
    from ui.main_window import MainWindow

    folder = tmp_path / "usb"
    save_backup_settings(db, admin.id, folder=str(folder), keep=14, automatic=True)
    folder.rmdir()
    folder.write_text("the USB drive was pulled out and a file took its name")
    desk = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(desk)
    desk.close()  # the backup on close fails: no dialog while the office is leaving

    again = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(again)
    label = again.backup_controller.label
    assert label.property("stale") is True
    assert error_text(backup.BackupError("backup.write_failed")) in label.toolTip()
    folder.unlink()
    folder.mkdir()
    with qtbot.waitSignal(again.backup_controller.backed_up, timeout=WAIT_MS):
        again.backup_controller.check_daily()
    # The failure is forgotten once a backup works again.
    assert error_text(backup.BackupError("backup.write_failed")) not in label.toolTip()
    assert label.property("stale") is False
