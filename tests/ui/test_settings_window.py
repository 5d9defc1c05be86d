"""The Settings window: pages, search, OK/Apply/Cancel, and open screens following at once."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from fondue_desk.services import (
    categories_admin,
    complaints,
    numbering_settings,
    reference,
    villages_admin,
)
from fondue_desk.services.intake import ComplaintInput, log_complaint
from ui.main_window import MainWindow
from ui.settings.config_transfer import PlanDialog, ProblemsDialog
from ui.settings.dialog import SettingsDialog
from ui.settings.pages.categories import COUNT, NAME_TH, SLA, STATUS

from .keyboard import type_text
from .settings_helpers import open_settings, press

SHOTS = os.environ.get("FONDUE_SETTINGS_SHOTS")  # a folder: save each page as a PNG there


@pytest.fixture
def desk(qtbot, db, demo_office, admin):
    window = MainWindow(db, demo_office, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def settings_of(qtbot, window, page: str | None = None) -> SettingsDialog:
    if page is None:
        window.settings_action.trigger()
    else:
        {"crews": window.crews_action, "map": window.map_settings_action,
         "letters": window.letters_settings_action, "users": window.users_action}[page].trigger()
    qtbot.waitUntil(lambda: _shown(window) is not None, timeout=10_000)
    return _shown(window)


def _shown(window) -> SettingsDialog | None:
    return next((w for w in window.findChildren(SettingsDialog) if w.isVisible()), None)


def set_cell(page, row: int, column: int, text: str) -> None:
    page.table.item(row, column).setText(text)


def test_ctrl_comma_opens_the_window_with_every_page_for_the_admin(qtbot, desk):
    assert desk.settings_action.shortcut().toString() == "Ctrl+,"
    window = settings_of(qtbot, desk)
    assert window.page_names() == ["office", "categories", "category_fields", "statuses",
                                   "villages", "numbering", "crews", "users", "letters",
                                   "templates", "map", "printers", "backup", "traffy"]
    assert window.current_page().NAME == "office"
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert _shown(desk) is None


def test_a_new_sla_shows_at_the_counter_without_a_restart(qtbot, db, demo_office, desk):
    form = desk.intake_page.form
    category = reference.active_categories(db, demo_office.id)[0]
    form.category.setCurrentIndex(0)
    assert form.category.category().id == category.id
    before = form.sla_label.text()
    window = settings_of(qtbot, desk)
    window.show_page("categories")
    page = window.current_page()
    row = page.row_of(category.name_th)
    set_cell(page, row, SLA, str(category.sla_days + 20))
    set_cell(page, row, NAME_TH, category.name_th + " (แก้)")
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert reference.active_categories(db, demo_office.id)[0].sla_days == category.sla_days + 20
    # The counter kept the clerk's choice, with its new name and SLA.
    assert form.category.category().id == category.id
    assert form.category.currentText() == category.name_th + " (แก้)"
    assert form.sla_label.text() != before and str(category.sla_days + 20) in (
        form.sla_label.text())


def test_an_invalid_sla_is_shown_and_nothing_is_saved(qtbot, db, demo_office, admin):
    before = categories_admin.list_categories(db, demo_office.id)
    window = open_settings(qtbot, db, demo_office, admin, "numbering")
    window.show_page("categories")
    page = window.current_page()
    set_cell(page, 1, SLA, "0")
    set_cell(page, 2, SLA, "สิบ")
    window.show_page("numbering")  # OK must bring the page with the problem back
    press(qtbot, window.ok_button)
    assert window.isVisible() and window.current_page().NAME == "categories"
    assert page.error_text().count("\n") == 1  # two rows named
    assert "1 ถึง 365" in page.error_text() or "1 to 365" in page.error_text()
    assert page.table.currentRow() == 1
    assert categories_admin.list_categories(db, demo_office.id) == before


def test_retiring_a_village_takes_it_off_the_counter(qtbot, db, demo_office, desk):
    combo = desk.intake_page.form.village
    village = reference.villages(db, demo_office.id)[2]
    assert village.id in combo.offered_ids()
    window = settings_of(qtbot, desk)
    window.show_page("villages")
    page = window.current_page()
    page.table.selectRow(page.row_of(village.number))
    press(qtbot, page.retire_button)
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert village.id not in combo.offered_ids() and combo.findData(village.id) < 0
    assert village.id in [v.id for v in reference.villages(db, demo_office.id)]
    # The register's filter still finds old complaints by it, marked as retired (read when
    # the register is next shown).
    desk.show_page(desk.pages.indexOf(desk.register_page))
    filters = desk.register_page.filter_bar
    qtbot.waitUntil(lambda: any(village.name in label and label.endswith(")")
                                for label in filters.villages.labels()), timeout=10_000)


def test_a_hidden_page_reads_the_change_when_shown(qtbot, db, demo_office, desk):
    filters = desk.register_page.filter_bar
    assert not filters.isVisible()
    window = settings_of(qtbot, desk)
    window.show_page("categories")
    page = window.current_page()
    row = page.new_category()
    set_cell(page, row, NAME_TH, "ต้นไม้ล้มขวางทาง")
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert "ต้นไม้ล้มขวางทาง" in [desk.intake_page.form.category.itemText(i)
                                  for i in range(desk.intake_page.form.category.count())]
    assert "ต้นไม้ล้มขวางทาง" not in filters.categories.labels()  # hidden: not yet
    desk.show_page(desk.pages.indexOf(desk.register_page))
    qtbot.waitUntil(lambda: "ต้นไม้ล้มขวางทาง" in filters.categories.labels(), timeout=10_000)


def test_the_numbering_preview_follows_the_typing(qtbot, db, demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin, "numbering")
    page = window.current_page()
    stored = numbering_settings.preview_next(db, demo_office.id)
    assert stored.tracking_no in page.tracking_preview.text()
    page.tracking_format.selectAll()
    type_text(page.tracking_format, "มห{seq:04d}")
    assert page.tracking_preview.text() == "<b>มห0001</b>"
    page.work_order_format.selectAll()
    type_text(page.work_order_format, "ช{seq}")
    assert page.work_order_preview.text() == "—"
    assert page.error_text("work_order_format") != ""
    press(qtbot, window.ok_button)
    assert window.isVisible()
    assert numbering_settings.formats(db, demo_office.id).tracking_format == "{fy}-{seq:06d}"
    type_text(page.work_order_format, "/{fy}")
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert numbering_settings.formats(db, demo_office.id) == numbering_settings.NumberingFormats(
        "มห{seq:04d}", "ช{seq}/{fy}")


def test_search_finds_pages_by_their_texts(qtbot, db, demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin)
    type_text(window.search, "MBTiles")
    assert window.filter_pages(window.search.text()) == ["map"]
    assert window.current_page().NAME == "map"
    window.search.clear()
    assert window.filter_pages("") == window.page_names()  # every page again
    assert window.filter_pages("zzzz-nothing") == [] and window.no_match.isVisibleTo(window)


def test_apply_saves_and_stays_open(qtbot, db, demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin, "villages")
    page = window.current_page()
    rows = page.paste_text("หมู่ที่\tชื่อ\n๒๐\tบ้านใหม่สามัคคี\t18.75\t98.93\n21\tบ้านดอนชัย\n")
    assert rows == 2
    press(qtbot, window.apply_button)
    assert window.isVisible()
    stored = {v.number: v for v in villages_admin.list_villages(db, demo_office.id)}
    assert stored[20].name == "บ้านใหม่สามัคคี" and stored[20].lat == 18.75
    assert stored[21].name == "บ้านดอนชัย"
    assert page.row_of(21) >= 0 and not page.changed_rows()


def test_merge_moves_complaints_and_the_history_says_so(qtbot, monkeypatch, db, demo_office,
                                                        admin, clerk):
    listed = categories_admin.list_categories(db, demo_office.id)
    source, target = listed[0], listed[1]
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=source.id, description="ไฟดับหน้าวัด", complainant_name="นายทดสอบ",
        phone="0812345678"))
    window = open_settings(qtbot, db, demo_office, admin, "categories")
    page = window.current_page()
    page.table.selectRow(page.row_of(source.name_th))
    dialog = page.open_merge()
    dialog.target.setCurrentIndex(dialog.target.findData(target.id))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.changed_now, timeout=10_000):
        press(qtbot, dialog.ok_button)
    assert complaints.get(db, made.id).category_id == target.id
    row = page.row_of(source.name_th)
    assert page.table.item(row, COUNT).text() == "0"
    assert page.table.item(row, STATUS).text() in ("รวมแล้ว", "Merged")
    assert int(page.table.item(page.row_of(target.name_th), COUNT).text()) >= 1
    assert source.id not in [c.id for c in reference.active_categories(db, demo_office.id)]


def test_export_then_import_the_same_file_changes_nothing(qtbot, monkeypatch, tmp_path, db,
                                                         demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin)
    path = window.transfer.export_to(str(tmp_path / "office.yaml"))
    assert path.read_text(encoding="utf-8").strip()
    shown = []
    monkeypatch.setattr(PlanDialog, "exec", lambda d: shown.append(
        [d.changes.item(i).text() for i in range(d.changes.count())])
        or QDialog.DialogCode.Accepted)
    assert window.transfer.import_from(str(path)) is None  # nothing to apply
    assert shown == [[]]


def test_a_broken_file_lists_its_lines_and_changes_nothing(qtbot, monkeypatch, tmp_path, db,
                                                          demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin)
    good = window.transfer.export_to(str(tmp_path / "office.yaml")).read_text(encoding="utf-8")
    broken = good.replace("sla_days: ", "sla_days: -", 1)
    path = Path(tmp_path / "broken.yaml")
    path.write_text(broken, encoding="utf-8")
    before = categories_admin.list_categories(db, demo_office.id)
    rows = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda d: rows.extend(d.rows()) or 0)
    assert window.transfer.import_from(str(path)) is None
    line = next(i for i, text in enumerate(broken.splitlines(), start=1) if "sla_days: -" in text)
    assert rows and rows[0][0] == str(line)
    assert categories_admin.list_categories(db, demo_office.id) == before


def test_an_import_asks_first_then_applies_and_pages_follow(qtbot, monkeypatch, tmp_path, db,
                                                           demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin, "categories")
    good = window.transfer.export_to(str(tmp_path / "office.yaml")).read_text(encoding="utf-8")
    path = tmp_path / "changed.yaml"
    path.write_text(good.replace("sla_days: 3", "sla_days: 4", 1), encoding="utf-8")
    monkeypatch.setattr(PlanDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    before = categories_admin.list_categories(db, demo_office.id)
    assert window.transfer.import_from(str(path)) is None
    assert categories_admin.list_categories(db, demo_office.id) == before
    monkeypatch.setattr(PlanDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    plan = window.transfer.import_from(str(path))
    assert plan is not None and plan.applied and not plan.is_empty
    assert categories_admin.list_categories(db, demo_office.id) != before


def test_every_page_at_1280x720(qtbot, db, demo_office, admin, tmp_path):
    window = open_settings(qtbot, db, demo_office, admin)
    window.resize(1280, 720)
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for name in window.page_names():
        window.show_page(name)
        qtbot.waitUntil(lambda n=name: window.current_page().NAME == n, timeout=10_000)
        picture = window.grab()
        assert picture.save(str(folder / f"settings-{name}.png"))
    assert (window.width(), window.height()) == (1280, 720)  # fits a 1280x720 screen


def test_the_detail_pane_tells_of_a_merge_by_name(qtbot, db, demo_office, admin, clerk):
    from ui.widgets.complaint_detail_pane import ComplaintDetailPane

    listed = categories_admin.list_categories(db, demo_office.id)
    source, target = listed[3], listed[4]
    made = log_complaint(db, clerk.id, ComplaintInput(
        category_id=source.id, description="ขยะล้นถัง", complainant_name="นายทดสอบ",
        phone="0812345678"))
    categories_admin.merge_categories(db, admin.id, [source.id], target.id)
    pane = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(pane)
    pane.show_complaint(made.id)
    newest = pane.timeline.entry_texts()[0]
    assert source.name_th in newest and target.name_th in newest  # names, not ids
    assert "รวมประเภทเรื่อง" in newest or "Categories merged" in newest


def test_ctrl_n_adds_a_row_on_the_page_shown(qtbot, db, demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin, "villages")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    villages = window.current_page()
    before = villages.table.rowCount()
    window.page("categories")  # built, but not shown: its Ctrl+N must stay quiet
    villages.table.setFocus()
    qtbot.keyClick(villages.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert villages.table.rowCount() == before + 1
    assert villages.table.item(before, 0).text() == str(before + 1)  # the next number


def test_ok_with_nothing_changed_writes_and_announces_nothing(qtbot, db, demo_office, admin):
    from ui.bus import ReferenceBus

    bus = ReferenceBus()
    heard = []
    bus.reference_changed.connect(heard.append)
    window = open_settings(qtbot, db, demo_office, admin, bus=bus)
    for name in window.page_names():
        window.show_page(name)
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert heard == []


def test_ctrl_up_moves_a_category_and_apply_keeps_the_order(qtbot, db, demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin, "categories")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    page = window.current_page()
    listed = [c.id for c in reference.active_categories(db, demo_office.id)]
    page.table.selectRow(2)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.table.verticalHeaderItem(2).text() == "1"
    press(qtbot, window.apply_button)
    wanted = [listed[2], listed[0], listed[1], *listed[3:]]
    assert [c.id for c in reference.active_categories(db, demo_office.id)] == wanted
    assert [page.row_id(r) for r in page.rows_in_order()] == wanted  # read back as saved
    assert not page.changed_rows()
