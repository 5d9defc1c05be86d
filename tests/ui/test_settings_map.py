"""Settings → Map: base map, boundary import and hotspot rule, saved through the services."""
from __future__ import annotations

import io
import json
import sqlite3

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from fondue_desk.services.map_settings import map_settings
from ui.main_window import MainWindow
from ui.settings.dialog import SettingsDialog

from .settings_helpers import PageInWindow, open_settings


@pytest.fixture
def dialog(qtbot, db, demo_office, admin):
    return PageInWindow(open_settings(qtbot, db, demo_office, admin, "map"), "map")


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), ""))


def small_mbtiles(path):
    """One 256-pixel PNG tile at zoom 0: the least a real MBTiles file has."""
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (200, 220, 240)).save(buffer, format="PNG")
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        connection.executemany("INSERT INTO metadata VALUES (?, ?)",
                               [("name", "test"), ("format", "png")])
        connection.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                           "tile_row INTEGER, tile_data BLOB)")
        connection.execute("INSERT INTO tiles VALUES (0, 0, 0, ?)", (buffer.getvalue(),))
    connection.close()
    return path


def polygon(lon: float, lat: float) -> str:
    ring = [[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01],
            [lon, lat]]
    return json.dumps({"type": "Feature", "properties": {"name": "ตำบลทดสอบ"},
                       "geometry": {"type": "Polygon", "coordinates": [ring]}})


def pick(qtbot, radio) -> None:
    # On the indicator: a radio button stretched across the box ignores clicks past its text.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_starts_from_the_stored_settings_with_thai_buttons(dialog):
    assert dialog.osm_radio.isChecked()
    assert dialog.osm_radio.text() == "แผนที่ OpenStreetMap (ต้องต่ออินเทอร์เน็ต)"
    assert dialog.boundary_status.text() == "มีขอบเขตพื้นที่แล้ว"  # the demo's village outlines
    assert dialog.clear_button.isEnabled()
    assert (dialog.ok_button.text(), dialog.cancel_button.text()) == ("ตกลง", "ยกเลิก")
    assert not dialog.choose_file_button.isEnabled()  # only with the MBTiles choice


def test_choosing_a_valid_mbtiles_file_is_saved_on_ok(qtbot, monkeypatch, tmp_path, dialog,
                                                     db, demo_office):
    path = small_mbtiles(tmp_path / "ตำบล map.mbtiles")
    pick(qtbot, dialog.mbtiles_radio)
    choose_file(monkeypatch, path)
    qtbot.mouseClick(dialog.choose_file_button, Qt.MouseButton.LeftButton)
    assert dialog.mbtiles_path.text() == str(path)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    saved = map_settings(db, demo_office.id)
    assert saved.base_map == "mbtiles"
    assert saved.mbtiles_path == str(path.resolve())
    assert dialog.changed


def test_an_invalid_mbtiles_file_shows_the_error_and_saves_nothing(qtbot, monkeypatch, tmp_path,
                                                                  dialog, db, demo_office):
    before = map_settings(db, demo_office.id)
    bogus = tmp_path / "x.mbtiles"
    bogus.write_text("not a map", encoding="utf-8")
    dialog.min_count.setValue(before.hotspot_min_count + 1)
    pick(qtbot, dialog.mbtiles_radio)
    choose_file(monkeypatch, bogus)
    qtbot.mouseClick(dialog.choose_file_button, Qt.MouseButton.LeftButton)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("mbtiles_path") == "ไฟล์นี้ไม่ใช่ไฟล์แผนที่ MBTiles ที่ใช้ได้"
    # The hotspot rule comes after the base map, so a refused base map keeps it unsaved too.
    assert map_settings(db, demo_office.id) == before
    assert not dialog.changed


def test_mbtiles_without_a_file_asks_for_one(qtbot, dialog):
    pick(qtbot, dialog.mbtiles_radio)
    press_ok(qtbot, dialog)
    assert dialog.error_text("mbtiles_path") == "ไม่พบไฟล์แผนที่ เลือกไฟล์ .mbtiles"


def test_a_bad_tile_url_is_refused_inline(qtbot, dialog, db, demo_office):
    dialog.tile_url.clear()
    qtbot.keyClicks(dialog.tile_url, "https://tiles.example.org/map.png")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("tile_url").startswith("ไม่ใช่ที่อยู่เซิร์ฟเวอร์แผนที่")
    assert map_settings(db, demo_office.id).tile_url != "https://tiles.example.org/map.png"
    qtbot.keyClicks(dialog.tile_url, "x")
    assert dialog.error_text("tile_url") == ""  # editing the field answers its message


def test_no_base_map_and_the_hotspot_rule_are_saved(qtbot, dialog, db, demo_office):
    pick(qtbot, dialog.none_radio)
    dialog.min_count.setValue(5)
    dialog.radius.setValue(250)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    saved = map_settings(db, demo_office.id)
    assert (saved.base_map, saved.hotspot_min_count, saved.hotspot_radius_m) == ("none", 5, 250)


def test_the_tile_cache_limit_is_saved_on_ok(qtbot, dialog, db, demo_office):
    from fondue_desk.services import map_tiles

    assert dialog.cache_mb.value() == map_tiles.DEFAULT_CACHE_MB
    assert dialog.cache_mb.isEnabled()  # OpenStreetMap is the default base map
    assert (dialog.cache_mb.minimum(), dialog.cache_mb.maximum()) == map_tiles.CACHE_MB_RANGE
    dialog.cache_mb.setValue(500)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert map_tiles.tile_cache_mb(db, demo_office.id) == 500


def test_the_tile_cache_limit_is_for_the_online_map_only(qtbot, dialog):
    pick(qtbot, dialog.none_radio)
    assert not dialog.cache_mb.isEnabled()
    pick(qtbot, dialog.osm_radio)
    assert dialog.cache_mb.isEnabled()


def test_cancel_saves_nothing(qtbot, dialog, db, demo_office):
    before = map_settings(db, demo_office.id)
    pick(qtbot, dialog.none_radio)
    dialog.radius.setValue(before.hotspot_radius_m + 50)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert map_settings(db, demo_office.id) == before


def test_importing_a_boundary_in_thailand_saves_it_at_once(qtbot, monkeypatch, tmp_path, dialog,
                                                          db, demo_office):
    path = tmp_path / "tambon.geojson"
    path.write_text(polygon(99.0, 18.8), encoding="utf-8")
    choose_file(monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert map_settings(db, demo_office.id).has_boundary
    assert dialog.boundary_status.text() == "มีขอบเขตพื้นที่แล้ว"
    assert dialog.boundary_message.text() == "นำเข้าและบันทึกขอบเขตแล้ว"
    assert dialog.error_text("boundary") == ""
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert map_settings(db, demo_office.id).has_boundary  # as the dialog says: Cancel keeps it
    assert dialog.changed


def test_a_boundary_outside_thailand_is_refused(qtbot, monkeypatch, tmp_path, dialog, db,
                                                demo_office):
    had_boundary = map_settings(db, demo_office.id).has_boundary
    path = tmp_path / "paris.json"
    path.write_text(polygon(2.35, 48.85), encoding="utf-8")
    choose_file(monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("boundary").startswith("ขอบเขตนี้อยู่นอกประเทศไทย")
    assert map_settings(db, demo_office.id).has_boundary == had_boundary


def test_removing_the_boundary_waits_for_ok(qtbot, monkeypatch, tmp_path, dialog, db,
                                            demo_office):
    path = tmp_path / "tambon.geojson"
    path.write_text(polygon(100.5, 13.7), encoding="utf-8")
    choose_file(monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.boundary_status.text() == "ขอบเขตจะถูกลบเมื่อกด ตกลง"
    assert map_settings(db, demo_office.id).has_boundary
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert not map_settings(db, demo_office.id).has_boundary


@pytest.fixture
def admin_window(qtbot, db, demo_office, admin):
    window = MainWindow(db, demo_office, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_settings_menu_opens_the_map_page_and_ok_reloads_the_map(qtbot, monkeypatch,
                                                                     admin_window):
    reloaded = []
    monkeypatch.setattr(admin_window.map_page, "reload_page", lambda: reloaded.append(True))
    menu = next(action.menu() for action in admin_window.menuBar().actions()
                if action.text() == "ตั้งค่า (&S)")
    [action] = [a for a in menu.actions() if a.text() == "แผนที่…"]
    action.trigger()
    qtbot.waitUntil(lambda: _open_settings(admin_window) is not None, timeout=10_000)
    settings = _open_settings(admin_window)
    assert settings.current_page().NAME == "map"
    settings.current_page().radius.setValue(settings.current_page().radius.value() + 10)
    with qtbot.waitSignal(settings.accepted, timeout=10_000):
        qtbot.mouseClick(settings.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reloaded == [True], timeout=10_000)


def test_a_cancelled_window_leaves_the_map_alone(qtbot, monkeypatch, admin_window):
    reloaded = []
    monkeypatch.setattr(admin_window.map_page, "reload_page", lambda: reloaded.append(True))
    admin_window.map_settings_action.trigger()
    settings = _open_settings(admin_window)
    settings.current_page().radius.setValue(settings.current_page().radius.value() + 10)
    qtbot.mouseClick(settings.cancel_button, Qt.MouseButton.LeftButton)
    assert reloaded == []


def _open_settings(window) -> SettingsDialog | None:
    return next((w for w in window.findChildren(SettingsDialog) if w.isVisible()), None)
