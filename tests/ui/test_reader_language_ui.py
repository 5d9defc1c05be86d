"""The English desk names the office's data in English: Settings keeps the villages' and the
office's English names, the pickers and filters show them, and the real map page speaks
English (checked in the page through JavaScript)."""
from __future__ import annotations

import os

import pytest

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import intake, reference, villages_admin
from fondue_desk.services.office_profile import office_profile

from .map_helpers import WEB_TIMEOUT_MS, js, wait_js
from .settings_helpers import open_settings, press

os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
SHOTS = os.environ.get("FONDUE_READER_SHOTS")  # a folder: the pages grabbed as PNGs there


def grab(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def test_settings_villages_edits_the_english_names(qtbot, db, demo_office, admin, english):
    from ui.settings.pages.villages import NAME, NAME_EN

    window = open_settings(qtbot, db, demo_office, admin, "villages")
    window.resize(1280, 720)
    page = window.current_page()
    assert page.table.horizontalHeaderItem(NAME_EN).text() == "English name"
    row = page.row_of(2)
    assert page.table.item(row, NAME).text() == "บ้านป่าจี้"
    assert page.table.item(row, NAME_EN).text() == "Ban Pa Chi"
    grab(window, "settings-villages-en")
    page.table.item(row, NAME_EN).setText("Ban Pa Chee")
    assert page.table.item(row, NAME_EN).text() == "Ban Pa Chee"
    assert page.paste_text("7\tบ้านไร่\tBan Rai Nuea\n") == 1
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    stored = {v.number: v for v in villages_admin.list_villages(db, demo_office.id)}
    assert stored[2].name_en == "Ban Pa Chee" and stored[7].name_en == "Ban Rai Nuea"
    assert stored[7].name == "บ้านไร่"


def test_a_too_long_english_name_is_marked_and_nothing_is_saved(qtbot, db, demo_office, admin,
                                                               english):
    from ui.settings.pages.villages import NAME_EN

    window = open_settings(qtbot, db, demo_office, admin, "villages")
    page = window.current_page()
    row = page.row_of(3)
    page.table.item(row, NAME_EN).setText("x" * 121)
    press(qtbot, window.ok_button)
    assert window.isVisible()
    assert page.error_text().startswith("Row ")
    assert page.table.currentColumn() == NAME_EN
    assert next(v for v in villages_admin.list_villages(db, demo_office.id)
                if v.number == 3).name_en == "Ban Mai"


def test_settings_office_edits_the_english_name(qtbot, db, demo_office, admin, english):
    window = open_settings(qtbot, db, demo_office, admin, "office")
    window.resize(1280, 720)
    form = window.current_page().form
    assert form.name_en.text() == "Mae Hia Subdistrict Municipality"
    grab(window, "settings-office-en")
    form.name_en.setFocus()
    form.name_en.selectAll()
    qtbot.keyClicks(form.name_en, "Mae Hia Town Municipality")
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert office_profile(db, demo_office.id).name_en == "Mae Hia Town Municipality"
    assert office_profile(db, demo_office.id).name == "เทศบาลตำบลแม่เหียะ"


def test_the_village_box_offers_and_takes_english_names(qtbot, db, demo_office, english):
    from ui.widgets.village_combo import VillageComboWidget

    combo = VillageComboWidget()
    qtbot.addWidget(combo)
    combo.set_villages(reference.active_villages(db, demo_office.id))
    assert combo.itemText(combo.findData(reference.villages(db, demo_office.id)[1].id)) == \
        "Moo 2 Ban Pa Chi"
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "pa chi")
    assert combo.village_id() == reference.villages(db, demo_office.id)[1].id
    combo.resolve()
    assert combo.lineEdit().text() == "Moo 2 Ban Pa Chi"


def test_the_thai_desk_keeps_thai_village_labels(qtbot, db, demo_office):
    from ui.widgets.village_combo import VillageComboWidget

    combo = VillageComboWidget()
    qtbot.addWidget(combo)
    combo.set_villages(reference.active_villages(db, demo_office.id))
    assert combo.itemText(2) == "หมู่ที่ 2 บ้านป่าจี้"


def test_the_register_filter_names_villages_in_english(qtbot, db, demo_office, clerk, english):
    from ui.widgets.register_filter_bar import RegisterFilterBar

    bar = RegisterFilterBar(db, demo_office.id, clerk.id)
    qtbot.addWidget(bar)
    labels = bar.villages.labels()
    assert "Moo 2 Ban Pa Chi" in labels and not any("หมู่ที่" in label for label in labels)


@pytest.fixture
def english_map(qtbot, db, demo_office, clerk, english):
    from ui.pages.map_page import MapPage

    villages = reference.villages(db, demo_office.id)
    category = next(c for c in reference.categories(db, demo_office.id) if c.name_en)
    for i in range(3):
        intake.log_complaint(db, clerk.id, intake.ComplaintInput(
            category_id=category.id, description="ไฟทางดับ", anonymous=True,
            village_id=villages[1].id, location_text="ถนนสายหลัก",
            lat=villages[1].lat + i * 1e-4, lon=villages[1].lon))
    page = MapPage(db, demo_office, clerk)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.markers_shown, timeout=WEB_TIMEOUT_MS):
        page.show()
    qtbot.waitUntil(lambda: js(qtbot, page.view, "fondue.isReady()") is True,
                    timeout=WEB_TIMEOUT_MS)
    return page, category


def test_the_map_page_speaks_english(qtbot, db, demo_office, english_map):
    page, category = english_map
    view = page.view
    assert js(qtbot, view, "document.documentElement.lang") == "en"
    wait_js(qtbot, view, "document.querySelectorAll('.fondue-village-label').length > 0", True)
    labels = js(qtbot, view, "Array.from(document.querySelectorAll('.fondue-label-full'))"
                             ".map(function (e) { return e.textContent; })")
    assert "Moo 2 Ban Pa Chi" in labels and not any("หมู่ที่" in label for label in labels)
    legend = js(qtbot, view, "(document.querySelector('.fondue-legend') || {}).textContent")
    assert "Received" in legend and "รับเรื่อง" not in legend
    # The hotspot list (Qt) names the village and category in English too.
    from fondue_desk.services import map_settings
    admin = reference.find_user(db, "admin")
    map_settings.set_hotspot_rule(db, admin.id, min_count=3, radius_m=100)
    with qtbot.waitSignal(page.markers_shown, timeout=WEB_TIMEOUT_MS):
        page.set_filter(RegisterFilter(open_only=True))
    qtbot.waitUntil(lambda: page.hotspot_list.count() > 0 and "Moo 2" in
                    page.hotspot_list.item(0).text(), timeout=WEB_TIMEOUT_MS)
    assert "Ban Pa Chi" in page.hotspot_list.item(0).text()
    assert category.name_en in page.hotspot_list.item(0).text()
    grab(page, "map-en")


def test_the_english_desk_names_the_office_in_english(qtbot, db, demo_office, clerk, english):
    from ui.main_window import MainWindow

    window = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Mae Hia Subdistrict Municipality — Fondue Desk")
    assert window.office_label.text() == "Mae Hia Subdistrict Municipality"


def test_an_office_without_an_english_name_shows_its_thai_name(qtbot, db, demo_office, clerk,
                                                              english):
    from dataclasses import replace

    from ui.main_window import MainWindow

    window = MainWindow(db, replace(demo_office, name_en=""), clerk)
    qtbot.addWidget(window)
    assert window.office_label.text() == "เทศบาลตำบลแม่เหียะ"


def test_settings_lists_of_categories_name_them_in_english(qtbot, db, demo_office, admin,
                                                          english):
    from fondue_desk.services import categories_admin
    from ui.settings.pages.category_merge import MergeDialog

    english_names = {c.name_en for c in reference.active_categories(db, demo_office.id)}
    window = open_settings(qtbot, db, demo_office, admin, "templates")
    combo = window.current_page().category
    assert {combo.itemText(i) for i in range(combo.count())} >= english_names
    window.show_page("crews")
    listed = window.current_page().categories
    assert {listed.item(i).text() for i in range(listed.count())} == english_names
    listed_categories = categories_admin.list_categories(db, demo_office.id)
    dialog = MergeDialog(db, admin, listed_categories, [listed_categories[0].id])
    qtbot.addWidget(dialog)
    assert dialog.target.itemText(0) == listed_categories[0].name_en


def test_the_kinds_of_office_read_in_the_desks_language(qtbot, english):
    from ui.widgets.office_profile_form import OfficeProfileForm

    form = OfficeProfileForm()
    qtbot.addWidget(form)
    texts = [form.kind.itemText(i) for i in range(form.kind.count())]
    assert texts == ["City municipality (Thesaban Nakhon)", "Town municipality (Thesaban Mueang)",
                     "Subdistrict municipality (Thesaban Tambon)",
                     "Subdistrict administrative organisation (SAO)"]
    assert form.kind.itemData(2) == "เทศบาลตำบล"  # the stored kind stays the Thai word


def test_the_kinds_of_office_stay_thai_on_the_thai_desk(qtbot):
    from ui.widgets.office_profile_form import OfficeProfileForm

    form = OfficeProfileForm()
    qtbot.addWidget(form)
    assert form.kind.itemText(2) == "เทศบาลตำบล (ทต.)"


def test_the_set_up_assistant_takes_the_villages_english_names(qtbot, english):
    from ui.setup_wizard.villages_table import NAME_EN, SetupVillagesTable

    table = SetupVillagesTable()
    qtbot.addWidget(table)
    assert table.horizontalHeaderItem(NAME_EN).text() == "English name (optional)"
    assert table.paste_text("1\tบ้านโนนสว่าง\tBan Non Sawang\n2\tบ้านหนองแวง\n") == 2
    table.item(1, NAME_EN).setText("Ban Nong Waeng")
    assert [(spec.name, spec.name_en) for _row, spec in table.specs()] == [
        ("บ้านโนนสว่าง", "Ban Non Sawang"), ("บ้านหนองแวง", "Ban Nong Waeng")]
