"""The map page: Leaflet in QtWebEngine, offline, showing exactly the register's filter."""
from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

import pytest
from PySide6.QtGui import QKeySequence
from sqlalchemy import select, update

from fondue_desk.db.models import Category, Complaint
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import map_data, map_settings

from .map_helpers import WEB_TIMEOUT_MS, js, wait_js

os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

COMPLAINTS = 300  # read by the register_office fixture
EVIL = "<script>window.__pwned=1</script>\"'&"


def expected_count(db, office, flt: RegisterFilter) -> int:
    return json.loads(map_data.markers_json(db, office.id, flt))["count"]


def open_map(qtbot, db, office, user):
    from ui.pages.map_page import MapPage

    page = MapPage(db, office, user)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitSignal(page.markers_shown, timeout=WEB_TIMEOUT_MS):
        page.show()
    qtbot.waitUntil(lambda: js(qtbot, page.view, "fondue.isReady()") is True,
                    timeout=WEB_TIMEOUT_MS)
    return page


@pytest.fixture
def map_page(qtbot, db, register_office, register_user):
    return open_map(qtbot, db, register_office, register_user)


def located_complaint(db, office_id: int) -> int:
    with db.read() as session:
        return session.scalar(select(Complaint.id).where(
            Complaint.office_id == office_id, Complaint.lat.is_not(None)).order_by(Complaint.id))


def test_page_loads_leaflet_and_one_marker_per_located_complaint(qtbot, db, register_office,
                                                                  map_page):
    assert js(qtbot, map_page.view, "typeof L") == "object"
    payload = json.loads(map_data.markers_json(db, register_office.id, RegisterFilter()))
    assert 0 < payload["count"] <= COMPLAINTS
    assert js(qtbot, map_page.view, "fondue.markerCount()") == payload["count"]
    assert f"{payload['count']:,}" in map_page.count_label.text()
    if payload["skipped"]:
        assert f"{payload['skipped']:,}" in map_page.skipped_label.text()


def test_category_filter_redraws_only_that_category(qtbot, db, register_office, map_page):
    everything = expected_count(db, register_office, RegisterFilter())
    with db.read() as session:
        category_id = session.scalar(select(Category.id).where(
            Category.office_id == register_office.id).order_by(Category.id))
    flt = RegisterFilter(category_ids=frozenset({category_id}))
    wanted = expected_count(db, register_office, flt)
    assert 0 < wanted < everything
    with qtbot.waitSignal(map_page.markers_shown, timeout=WEB_TIMEOUT_MS) as shown:
        map_page.set_filter(flt)
    assert shown.args[0] == wanted
    assert js(qtbot, map_page.view, "fondue.markerCount()") == wanted


def test_hidden_page_remembers_the_filter_until_shown(qtbot, db, register_office, map_page):
    flt = RegisterFilter(open_only=True)
    map_page.hide()
    map_page.set_filter(flt)
    assert js(qtbot, map_page.view, "fondue.markerCount()") == expected_count(
        db, register_office, RegisterFilter())
    with qtbot.waitSignal(map_page.markers_shown, timeout=WEB_TIMEOUT_MS) as shown:
        map_page.show()
    assert shown.args[0] == expected_count(db, register_office, flt)


def test_without_a_base_map_only_local_urls_are_requested(qtbot, db, register_office,
                                                          register_user, register_admin):
    map_settings.set_base_map(db, register_admin.id, "none")
    page = open_map(qtbot, db, register_office, register_user)
    urls = page.view.recorder.urls()
    assert "app://data/markers.json" in urls
    assert {urlsplit(url).scheme for url in urls} <= {"app", "qrc", "data"}
    assert js(qtbot, page.view,
              "document.querySelector('.fondue-notice').textContent") == (
        map_data.MAP_LABELS_TH["no_base_map"])


def test_with_osm_the_page_asks_the_desk_for_tiles(qtbot, db, register_office, register_user,
                                                   register_admin):
    map_settings.set_base_map(db, register_admin.id, "osm")
    page = open_map(qtbot, db, register_office, register_user)
    # The desk fetches the tiles through its disk cache (test_map_offline); the page itself
    # asks nothing but app://, so nothing is blocked and nothing leaves but the desk's fetches.
    qtbot.waitUntil(lambda: any(u.startswith("app://tiles/") for u in page.view.recorder.urls()),
                    timeout=WEB_TIMEOUT_MS)
    assert {urlsplit(u).scheme for u in page.view.recorder.urls()} <= {"app", "qrc", "data"}
    assert page.view.recorder.blocked() == []
    assert page.view.handler.tiles.template == map_settings.OSM_TILE_URL


def test_unknown_and_climbing_asset_paths_are_refused(qtbot, map_page):
    fetch = ("(function () { window.__fetched = {}; ['app://assets/fondue/fondue_map.css', "
             "'app://assets/fondue/%2e%2e/%2e%2e/pyproject.toml', 'app://assets/nope/x.js', "
             "'app://tiles/1/0/0.png', 'app://elsewhere/x'].forEach(function (u) { fetch(u)"
             ".then(function (r) { window.__fetched[u] = r.status; })"
             ".catch(function () { window.__fetched[u] = 'failed'; }); }); return true; })()")
    js(qtbot, map_page.view, fetch)
    wait_js(qtbot, map_page.view, "Object.keys(window.__fetched).length", 5)
    fetched = js(qtbot, map_page.view, "window.__fetched")
    assert fetched.pop("app://assets/fondue/fondue_map.css") == 200
    assert fetched == dict.fromkeys(fetched, 404) and len(fetched) == 4


def test_popup_shows_hostile_text_as_text(qtbot, db, register_office, map_page):
    complaint_id = located_complaint(db, register_office.id)
    with db.write() as session:
        category_id = session.get(Complaint, complaint_id).category_id
        session.execute(update(Category).where(Category.id == category_id)
                        .values(name_th="ถนน " + EVIL))
        session.execute(update(Complaint).where(Complaint.id == complaint_id)
                        .values(tracking_no="T" + EVIL))
    with qtbot.waitSignal(map_page.markers_shown, timeout=WEB_TIMEOUT_MS):
        map_page.reload()
    assert js(qtbot, map_page.view, f"fondue.openPopup({complaint_id})") is True
    # The popup asks for its complaint (app://data/complaint/<id>.json) and fills in.
    wait_js(qtbot, map_page.view,
            "document.querySelector('.fondue-popup-title').textContent", "T" + EVIL)
    text = js(qtbot, map_page.view,
              "document.querySelector('.leaflet-popup-content').textContent")
    assert "ถนน " + EVIL in text
    assert js(qtbot, map_page.view,
              "document.querySelectorAll('.leaflet-popup-content script').length") == 0
    assert js(qtbot, map_page.view, "typeof window.__pwned") == "undefined"


def test_popup_link_asks_to_open_the_complaint(qtbot, db, register_office, map_page):
    complaint_id = located_complaint(db, register_office.id)
    js(qtbot, map_page.view, f"fondue.openPopup({complaint_id})")
    with qtbot.waitSignal(map_page.complaint_requested, timeout=WEB_TIMEOUT_MS) as requested:
        js(qtbot, map_page.view, "document.querySelector('.fondue-popup-open').click()")
    assert requested.args == [complaint_id]


def test_density_checkbox_swaps_clusters_for_heat(qtbot, map_page):
    map_page.heat_box.setChecked(True)
    wait_js(qtbot, map_page.view, "fondue.heatShown()", True)
    map_page.heat_box.setChecked(False)
    wait_js(qtbot, map_page.view, "fondue.heatShown()", False)


def log_cluster(db, office, clerk, *, count: int = 3) -> None:
    """Open complaints of one kind a few metres apart: a hotspot on any day. (The demo closes
    most of its complaints, so whether its few open ones cluster depends on the date.)"""
    from fondue_desk.services import intake, reference

    category = next(c.id for c in reference.active_categories(db, office.id))
    for i in range(count):
        intake.log_complaint(db, clerk.id, intake.ComplaintInput(
            category_id=category, description="ท่อแตก น้ำไหลนองถนน", complainant_name="นายสมชาย ใจดี",
            phone="0812345678", lat=office.lat + i * 0.0001, lon=office.lon))


def test_hotspot_click_zooms_there(qtbot, db, register_office, register_user, register_admin):
    log_cluster(db, register_office, register_user)
    settings = map_settings.set_hotspot_rule(db, register_admin.id, min_count=3, radius_m=100)
    found = map_data.hotspots(db, register_office.id, RegisterFilter(), settings)
    assert found
    map_page = open_map(qtbot, db, register_office, register_user)
    qtbot.waitUntil(lambda: len(map_page.hotspots) == len(found), timeout=WEB_TIMEOUT_MS)
    assert map_page.hotspot_list.count() == len(found)
    spot = map_page.hotspots[0]
    assert spot.category_name in map_page.hotspot_list.item(0).text()
    map_page.hotspot_list.itemClicked.emit(map_page.hotspot_list.item(0))
    wait_js(qtbot, map_page.view,
            f"Math.abs(fondue.map.getCenter().lat - {spot.lat}) < 0.001 && "
            f"Math.abs(fondue.map.getCenter().lng - {spot.lon}) < 0.001", True)


def test_main_window_opens_the_map_and_follows_the_popup_link(qtbot, db, register_office,
                                                             register_user):
    from ui.main_window import MainWindow

    window = MainWindow(db, register_office, register_user)
    qtbot.addWidget(window)
    window.show()
    # Dashboard, New complaint, Register, Map: the clerk's fourth page.
    ctrl_4, = [action for menu in window.menuBar().actions() for action in menu.menu().actions()
               if action.shortcut() == QKeySequence("Ctrl+4")]
    assert ctrl_4.text() == "แผนที่"
    with qtbot.waitSignal(window.map_page.markers_shown, timeout=WEB_TIMEOUT_MS):
        ctrl_4.trigger()
    view = window.map_page.view
    qtbot.waitUntil(lambda: js(qtbot, view, "fondue.isReady()") is True, timeout=WEB_TIMEOUT_MS)
    complaint_id = located_complaint(db, register_office.id)
    js(qtbot, view, f"fondue.openPopup({complaint_id})")
    js(qtbot, view, "document.querySelector('.fondue-popup-open').click()")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.register_page,
                    timeout=WEB_TIMEOUT_MS)
    current = window.register_page.table.currentIndex()
    assert current.data(0x0100) == complaint_id  # Qt.UserRole



# The page clusters the markers itself (fondue_map.js, a grid per zoom): what it draws must
# account for every marker, and a cluster's click must zoom in towards its markers.
ON_SCREEN = """(function () {
    var clusters = Array.from(document.querySelectorAll('.fondue-cluster-count'))
      .reduce(function (n, c) { return n + Number(c.textContent.replace(/,/g, '')); }, 0);
    var alone = 0;
    fondue.map.eachLayer(function (layer) { if (layer instanceof L.CircleMarker) alone++; });
    return [clusters, alone]; })()"""


def test_clusters_and_lone_markers_account_for_every_marker(qtbot, db, register_office,
                                                            map_page):
    doc = json.loads(map_data.markers_json(db, register_office.id, RegisterFilter()))
    south, north = min(doc["lat_e6"]) / 1e6, max(doc["lat_e6"]) / 1e6
    west, east = min(doc["lon_e6"]) / 1e6, max(doc["lon_e6"]) / 1e6
    js(qtbot, map_page.view, f"(fondue.map.fitBounds([[{south}, {west}], [{north}, {east}]], "
                             "{animate: false}), true)")
    fitted = js(qtbot, map_page.view, "fondue.map.getZoom()")
    # Every marker is on screen at the fitted zoom and further out: none lost, none twice.
    for zoom in (fitted, fitted - 1, fitted - 3, 3):
        js(qtbot, map_page.view, f"(fondue.map.setZoom({zoom}, {{animate: false}}), true)")
        clusters, alone = js(qtbot, map_page.view, ON_SCREEN)
        assert clusters + alone == doc["count"], zoom
        assert clusters > 0 or zoom == fitted


def test_a_cluster_click_zooms_in_towards_its_markers(qtbot, map_page):
    qtbot.waitUntil(lambda: js(qtbot, map_page.view,
                               "document.querySelectorAll('.fondue-cluster').length") > 0,
                    timeout=WEB_TIMEOUT_MS)
    zoom = js(qtbot, map_page.view, "fondue.map.getZoom()")
    js(qtbot, map_page.view, "(document.querySelector('.fondue-cluster-icon').click(), true)")
    wait_js(qtbot, map_page.view, f"fondue.map.getZoom() > {zoom}", True)


def test_quitting_waits_for_the_maps_background_work(qtbot, map_page):
    from ui.pages import map_page as module

    map_page.reload()  # a marker build under way, then its hotspots
    tasks = list(module._running)
    assert tasks
    module.finish_background_work()
    assert not module._running and not any(task.is_running() for task in tasks)
