"""The map without internet: tiles from the desk's disk cache, village names, named hotspots,
and an "Assign…" that waits for a selection."""
from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QPoint

from fondue_desk.services import map_places, map_settings
from tests.tile_server import TileServer

from .map_helpers import WEB_TIMEOUT_MS, js, wait_js

os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

COMPLAINTS = 120  # read by the register_office fixture
# Tiles of the current zoom drawn in full (Leaflet keeps the previous level's for a moment).
LOADED_TILES = ("Array.from(document.querySelectorAll('img.leaflet-tile')).filter("
                "function (i) { return i.complete && i.naturalWidth > 0 && i.src.indexOf("
                "'/tiles/' + fondue.map.getZoom() + '/') >= 0; })"
                ".map(function (i) { return i.src; }).sort()")
PENDING_TILES = ("Array.from(document.querySelectorAll('img.leaflet-tile')).filter("
                 "function (i) { return !i.complete; }).length")


def open_map(qtbot, db, office, user):
    from ui.pages.map_page import MapPage

    page = MapPage(db, office, user)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.markers_shown, timeout=WEB_TIMEOUT_MS):
        page.show()
    wait_js(qtbot, page.view, "fondue.isReady()", True)
    return page


def set_zoom(qtbot, view, zoom: int) -> None:
    """Zoom without animation, again until it holds (a running fitBounds animation wins)."""
    wait_js(qtbot, view, f"(function (m) {{ if (m.getZoom() !== {zoom} || m._animatingZoom) "
                         f"m.setZoom({zoom}, {{animate: false}}); return m.getZoom(); }})"
                         f"(fondue.map)", zoom)


def shown_tiles(qtbot, page, centre) -> list[str]:
    """Put the map on one view and wait until its tile layer has settled; the tiles drawn.

    The page fits itself to the boundary once that has loaded, so the view is set after it.
    """
    view = page.view
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelectorAll("
                                            "'.fondue-village-label').length") > 0,
                    timeout=WEB_TIMEOUT_MS)
    # Set again until it holds: the boundary's fitBounds may still be animating.
    wait_js(qtbot, view, f"(function (m) {{ if (m.getZoom() !== 15 || m._animatingZoom) "
                         f"m.setView([{centre[0]!r}, {centre[1]!r}], 15, {{animate: false}}); "
                         f"return m.getZoom(); }})(fondue.map)", 15)
    layer = ("Object.values(fondue.map._layers).filter(function (l) { "
             "return l instanceof L.TileLayer; })[0]")
    wait_js(qtbot, view, f"!{layer}.isLoading() && {PENDING_TILES} === 0", True)
    return js(qtbot, view, LOADED_TILES)


@pytest.fixture
def tile_server():
    # Stale at once: every showing online revalidates (If-None-Match), so going offline
    # exercises "serve stale" and not merely "still fresh".
    server = TileServer(cache_control="max-age=0")
    yield server
    server.stop()


def test_tiles_seen_online_are_drawn_from_the_cache_when_the_line_is_down(
        qtbot, db, register_office, register_user, register_admin, tile_server):
    map_settings.set_base_map(db, register_admin.id, "osm", tile_url=tile_server.template,
                              attribution="test tiles")
    page = open_map(qtbot, db, register_office, register_user)
    centre = (register_office.lat, register_office.lon)
    online = shown_tiles(qtbot, page, centre)
    assert len(online) >= 4
    tiles = page.view.handler.tiles
    assert tiles.counts["network"] >= len(online)
    requests = tile_server.tile_requests()
    assert requests and all(r["user-agent"] == tiles.user_agent for r in requests)
    assert tiles.user_agent.startswith("FondueDesk/")
    # The page itself asks only app://: Python fetches, the recorder blocks everything else.
    assert {urlsplit(u).scheme for u in page.view.recorder.urls()} <= {"app", "qrc", "data"}

    # The line goes down and the desk opens the map again: a new view, so nothing can come
    # from Chromium's memory, only from the disk cache.
    tile_server.stop()
    with qtbot.waitSignal(page.view.bridge.page_ready, timeout=WEB_TIMEOUT_MS):
        page.reload_page()  # the clerk reloads the page (Chromium may answer from its memory)
    assert shown_tiles(qtbot, page, centre) == online
    page.close()
    page = open_map(qtbot, db, register_office, register_user)
    offline = shown_tiles(qtbot, page, centre)
    assert offline == online  # the same screenful, every tile from the disk
    served = page.view.handler.tiles.counts
    assert served["stale"] >= len(offline) and served["network"] == 0
    assert js(qtbot, page.view, "document.querySelectorAll('.fondue-tiles-missing').length") == 0

    # A zoom never shown online has nothing on the disk: the page says why it is empty.
    set_zoom(qtbot, page.view, 12)
    wait_js(qtbot, page.view, "document.querySelectorAll('.fondue-tiles-missing').length", 1)


def test_village_outlines_carry_their_names(qtbot, db, register_office, register_user,
                                            register_admin):
    map_settings.set_base_map(db, register_admin.id, "none")
    features = map_places.labelled_boundary_collection(db, register_office.id)["features"]
    full = sorted(f["properties"]["label"] for f in features)
    short = sorted(f["properties"]["short_label"] for f in features)
    assert full and all(label.startswith("หมู่ที่ ") for label in full)
    assert all(label.startswith("ม.") for label in short)
    page = open_map(qtbot, db, register_office, register_user)
    # The names a clerk can see: the label parts not hidden by the zoom's class.
    shown = ("Array.from(document.querySelectorAll('.fondue-village-label span span')).filter("
             "function (e) { return e.offsetParent !== null; }).map("
             "function (e) { return e.textContent; }).sort()")
    set_zoom(qtbot, page.view, 14)
    wait_js(qtbot, page.view, shown, full)
    set_zoom(qtbot, page.view, 13)
    wait_js(qtbot, page.view, shown, short)
    set_zoom(qtbot, page.view, 10)
    wait_js(qtbot, page.view, shown, [])


def test_hotspots_name_their_village_and_place(qtbot, db, register_office, register_user,
                                               register_admin):
    from fondue_desk.services import intake, reference

    village = reference.villages(db, register_office.id)[2]
    category = reference.categories(db, register_office.id)[0]
    logged = {intake.log_complaint(db, register_user.id, intake.ComplaintInput(
        category_id=category.id, description="ไฟทางดับ", complainant_name="นายสมชาย ใจดี",
        phone="0812345678", village_id=village.id, location_text="ถนนสายหลัก",
        lat=register_office.lat + 0.05 + i * 0.0001, lon=register_office.lon)).id
        for i in range(4)}
    map_settings.set_base_map(db, register_admin.id, "none")
    map_settings.set_hotspot_rule(db, register_admin.id, min_count=4, radius_m=100)
    page = open_map(qtbot, db, register_office, register_user)

    def ours() -> int | None:
        return next((i for i, s in enumerate(page.hotspots)
                     if logged <= set(s.complaint_ids)), None)

    qtbot.waitUntil(lambda: ours() is not None, timeout=WEB_TIMEOUT_MS)
    text = page.hotspot_list.item(ours()).text()
    assert text.startswith(f"{village.label} · ถนนสายหลัก · 4 เรื่อง"), text
    assert category.name_th in text


def test_assign_is_disabled_until_something_is_selected(qtbot, db, register_office,
                                                        register_user):
    from ui.style import PRIMARY

    page = open_map(qtbot, db, register_office, register_user)
    button = page.assign_button
    assert button.isVisible() and not button.isEnabled()

    def background():
        image = button.grab().toImage()
        return image.pixelColor(QPoint(3, image.height() // 2)).name()

    assert background() != PRIMARY  # it looks disabled too, not only refuses clicks
    js(qtbot, page.view, "fondue.selectInBounds(-90, -180, 90, 180)")
    qtbot.waitUntil(button.isEnabled, timeout=WEB_TIMEOUT_MS)
    assert background() == PRIMARY
    with qtbot.waitSignal(page.assign_requested) as asked:
        button.click()
    assert asked.args[0] == page.selected_complaint_ids() != []
    page.clear_selection()
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=WEB_TIMEOUT_MS)
