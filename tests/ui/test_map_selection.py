"""Selecting complaints on the map (Shift + drag, Ctrl + click) to hand them to the assign dialog.

The real page in QtWebEngine, driven through JavaScript; what it selects is compared with the
markers the service serves (maps.markers: columns "id", "lat_e6", "lon_e6", ...).
"""
from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from fondue_desk.db.models import Category
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import map_data

from .map_helpers import WEB_TIMEOUT_MS, js, wait_js

os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

COMPLAINTS = 300  # read by the register_office fixture


def marker_rows(db, office, flt: RegisterFilter | None = None) -> list[list]:
    """[id, lat, lon] of every marker served, in degrees as the page works them out."""
    doc = json.loads(map_data.markers_json(db, office.id, flt or RegisterFilter()))
    return [[cid, lat / 1e6, lon / 1e6]
            for cid, lat, lon in zip(doc["id"], doc["lat_e6"], doc["lon_e6"], strict=True)]


def ids_inside(rows, south, west, north, east) -> list[int]:
    return sorted(row[0] for row in rows
                  if south <= row[1] <= north and west <= row[2] <= east)


def middle_box(rows) -> tuple[float, float, float, float]:
    """South, west, north, east around the middle half of the markers in each direction."""
    lats = sorted(row[1] for row in rows)
    lons = sorted(row[2] for row in rows)
    n = len(rows)
    return lats[n // 4], lons[n // 4], lats[3 * n // 4], lons[3 * n // 4]


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


def select_box(qtbot, page, box) -> list[int]:
    """fondue.selectInBounds(box); returns the ids the page then reports to Python."""
    south, west, north, east = (float(v) for v in box)
    with qtbot.waitSignal(page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        js(qtbot, page.view, f"fondue.selectInBounds({south!r}, {west!r}, {north!r}, {east!r})")
    return changed.args[0]


def lonely_marker(rows) -> list:
    """A marker with no other within ~100 m: drawn on its own once the map is zoomed to it."""
    for row in rows:
        if all(other is row or abs(other[1] - row[1]) + abs(other[2] - row[2]) > 0.001
               for other in rows):
            return row
    raise AssertionError("every demo marker has a close neighbour")


def show_alone(qtbot, page, row) -> tuple[float, float]:
    """Zoom to the marker until it is drawn by itself; its position in the page's viewport."""
    js(qtbot, page.view, f"fondue.map.setView([{row[1]!r}, {row[2]!r}], 18, {{animate: false}})")
    qtbot.waitUntil(lambda: js(qtbot, page.view, f"fondue.markerPoint({row[0]})") is not None,
                    timeout=WEB_TIMEOUT_MS)
    x, y = js(qtbot, page.view, f"fondue.markerPoint({row[0]})")
    rect = js(qtbot, page.view, "(function () { var r = fondue.map.getContainer()"
                                ".getBoundingClientRect(); return [r.left, r.top]; })()")
    x, y = rect[0] + x, rect[1] + y
    # Circle markers are drawn on the canvas, so the marker is clickable once the canvas (not
    # a cluster icon still on screen from before the zoom) is what lies at its point.
    wait_js(qtbot, page.view,
            f"document.elementFromPoint({x!r}, {y!r}).tagName === 'CANVAS'", True)
    return x, y


def click_on_map(qtbot, page, x: float, y: float, *, ctrl: bool = False) -> None:
    """A click as Chromium delivers it (mousedown, mouseup, click) on whatever is at (x, y)."""
    js(qtbot, page.view, f"""(function () {{
        var target = document.elementFromPoint({x!r}, {y!r});
        ['mousedown', 'mouseup', 'click'].forEach(function (type) {{
          target.dispatchEvent(new MouseEvent(type, {{bubbles: true, cancelable: true,
            view: window, clientX: {x!r}, clientY: {y!r}, button: 0, buttons: 1,
            ctrlKey: {'true' if ctrl else 'false'}}}));
        }});
        return true; }})()""")


# ---------------------------------------------------------------------- selecting


def test_box_selects_exactly_the_markers_inside_it(qtbot, db, register_office, map_page):
    rows = marker_rows(db, register_office)
    box = middle_box(rows)
    wanted = ids_inside(rows, *box)
    assert 0 < len(wanted) < len(rows)

    reported = select_box(qtbot, map_page, box)

    assert reported == wanted
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == wanted
    assert map_page.selected_complaint_ids() == wanted
    # Every selected marker wears the look, also the ones a cluster holds right now.
    assert js(qtbot, map_page.view, "fondue.markedCount()") == len(wanted)
    assert js(qtbot, map_page.view,
              "document.querySelector('.fondue-selection').textContent") == (
        f"เลือก {len(wanted):,} เรื่องล้าง")


def test_the_box_edges_count_as_inside(qtbot, db, register_office, map_page):
    rows = marker_rows(db, register_office)
    row = min(rows, key=lambda r: r[1] + r[2])  # the south-west-most marker
    at_point = ids_inside(rows, row[1], row[2], row[1], row[2])
    assert row[0] in at_point
    assert select_box(qtbot, map_page, (row[1], row[2], row[1], row[2])) == at_point
    js(qtbot, map_page.view, "fondue.clearSelection()")
    # The marker on the south-west corner of a box, and one on its north-east corner.
    north_east = [r for r in rows if r[1] > row[1] and r[2] > row[2]]
    other = max(north_east, key=lambda r: r[1] + r[2])
    box = (row[1], row[2], other[1], other[2])
    wanted = ids_inside(rows, *box)
    assert {row[0], other[0]} <= set(wanted)
    wait_js(qtbot, map_page.view, "fondue.selectedIds().length", 0)
    assert select_box(qtbot, map_page, box) == wanted


def test_a_second_box_adds_to_the_selection(qtbot, db, register_office, map_page):
    rows = marker_rows(db, register_office)
    south, west, north, east = middle_box(rows)
    mid = (west + east) / 2
    left = select_box(qtbot, map_page, (south, west, north, mid))
    both = select_box(qtbot, map_page, (south, mid, north, east))
    assert left and set(left) < set(both)
    assert both == ids_inside(rows, south, west, north, east)


def test_clusters_on_the_map_show_the_selection_at_once(qtbot, db, register_office, map_page):
    rows = marker_rows(db, register_office)
    clusters = "document.querySelectorAll('.fondue-cluster').length"
    marked = "document.querySelectorAll('.fondue-cluster-selected').length"
    # Ready is not drawn: the clusters are drawn again after the first fit's zoom animation,
    # which a loaded machine stretches.
    qtbot.waitUntil(lambda: js(qtbot, map_page.view, clusters) > 0, timeout=WEB_TIMEOUT_MS)
    assert js(qtbot, map_page.view, marked) == 0
    everything = (min(r[1] for r in rows), min(r[2] for r in rows),
                  max(r[1] for r in rows), max(r[2] for r in rows))
    assert len(select_box(qtbot, map_page, everything)) == len(rows)
    # Without zooming: the clusters already drawn get their ring (every one, all is selected).
    assert js(qtbot, map_page.view, marked) == js(qtbot, map_page.view, clusters)
    js(qtbot, map_page.view, "fondue.clearSelection()")
    assert js(qtbot, map_page.view, marked) == 0
    assert js(qtbot, map_page.view, "document.querySelectorAll('.fondue-cluster-badge')"
                                    ".length") == 0


def test_clusters_show_the_selection_after_zooming(qtbot, db, register_office, map_page):
    rows = marker_rows(db, register_office)
    wanted = select_box(qtbot, map_page, middle_box(rows))
    badges = ("Array.from(document.querySelectorAll('.fondue-cluster-badge'))"
              ".reduce(function (n, b) { return n + Number(b.textContent.replace(/,/g, '')); }, 0)")
    js(qtbot, map_page.view, "fondue.map.setZoom(fondue.map.getMinZoom() + 3, {animate: false})")
    # Zoomed out this far every marker sits in a cluster: the badges add up to the selection.
    wait_js(qtbot, map_page.view, badges, len(wanted))
    assert js(qtbot, map_page.view, "document.querySelectorAll('.fondue-cluster-selected')"
                                    ".length") >= 1
    js(qtbot, map_page.view, "fondue.map.setZoom(fondue.map.getMaxZoom() - 4, {animate: false})")
    qtbot.waitUntil(lambda: js(qtbot, map_page.view, badges) < len(wanted),
                    timeout=WEB_TIMEOUT_MS)
    assert js(qtbot, map_page.view, "fondue.markedCount()") == len(wanted)
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == wanted


def test_shift_drag_selects_instead_of_zooming(qtbot, db, register_office, map_page):
    rows = marker_rows(db, register_office)
    zoom = js(qtbot, map_page.view, "fondue.map.getZoom()")
    corners = js(qtbot, map_page.view, """(function () {
        var m = fondue.map, size = m.getSize(), r = m.getContainer().getBoundingClientRect();
        // Whole pixels: a mouse event's clientX/clientY are whole numbers.
        var x1 = Math.round(size.x * 0.3), y1 = Math.round(size.y * 0.3);
        var x2 = Math.round(size.x * 0.7), y2 = Math.round(size.y * 0.7);
        var a = [r.left + x1, r.top + y1], b = [r.left + x2, r.top + y2];
        var nw = m.containerPointToLatLng([x1, y1]), se = m.containerPointToLatLng([x2, y2]);
        return {a: a, b: b, box: [se.lat, nw.lng, nw.lat, se.lng]}; })()""")
    wanted = ids_inside(rows, *corners["box"])
    assert wanted
    (ax, ay), (bx, by) = corners["a"], corners["b"]
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        js(qtbot, map_page.view, f"""(function () {{
            var map = fondue.map.getContainer();
            function fire(target, type, x, y) {{
              target.dispatchEvent(new MouseEvent(type, {{bubbles: true, cancelable: true,
                view: window, clientX: x, clientY: y, button: 0, which: 1, shiftKey: true}}));
            }}
            fire(map, 'mousedown', {ax}, {ay});
            fire(document, 'mousemove', {(ax + bx) / 2}, {(ay + by) / 2});
            fire(document, 'mousemove', {bx}, {by});
            fire(document, 'mouseup', {bx}, {by});
            fire(map, 'click', {bx}, {by});  // Chromium's click after the drag: no clearing
            return true; }})()""")
    assert changed.args[0] == wanted
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == wanted
    assert js(qtbot, map_page.view, "fondue.map.getZoom()") == zoom
    assert js(qtbot, map_page.view, "document.querySelector('.leaflet-zoom-box')") is None


def test_ctrl_click_toggles_a_marker_and_a_plain_click_opens_its_popup(qtbot, db,
                                                                       register_office,
                                                                       map_page):
    row = lonely_marker(marker_rows(db, register_office))
    x, y = show_alone(qtbot, map_page, row)
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        click_on_map(qtbot, map_page, x, y, ctrl=True)
    assert changed.args[0] == [row[0]]
    assert js(qtbot, map_page.view, "fondue.markedCount()") == 1
    # Ctrl+click selects; it opens no popup.
    assert js(qtbot, map_page.view, "document.querySelectorAll('.leaflet-popup').length") == 0

    click_on_map(qtbot, map_page, x, y)
    wait_js(qtbot, map_page.view, "document.querySelectorAll('.leaflet-popup').length", 1)
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == [row[0]]

    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        click_on_map(qtbot, map_page, x, y, ctrl=True)
    assert changed.args[0] == []
    assert js(qtbot, map_page.view, "fondue.markedCount()") == 0


def test_a_click_on_empty_map_the_clear_link_and_esc_each_clear(qtbot, db, register_office,
                                                                map_page):
    rows = marker_rows(db, register_office)
    box = middle_box(rows)

    select_box(qtbot, map_page, box)
    # Next to a marker with no neighbour within ~100 m: at zoom 18, 40 px off is empty map.
    x, y = show_alone(qtbot, map_page, lonely_marker(rows))
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        click_on_map(qtbot, map_page, x + 40, y + 40)
    assert changed.args[0] == []

    select_box(qtbot, map_page, box)
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        js(qtbot, map_page.view, "(document.querySelector('.fondue-selection-clear').click(),"
                                 " true)")
    assert changed.args[0] == []
    assert js(qtbot, map_page.view,
              "document.querySelector('.fondue-selection').style.display") == "none"

    select_box(qtbot, map_page, box)
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        js(qtbot, map_page.view, "document.dispatchEvent(new KeyboardEvent('keydown', "
                                 "{key: 'Escape', bubbles: true}))")
    assert changed.args[0] == []
    assert js(qtbot, map_page.view, "fondue.markedCount()") == 0


def test_clear_selection_from_js_and_from_the_page(qtbot, db, register_office, map_page):
    rows = marker_rows(db, register_office)
    select_box(qtbot, map_page, middle_box(rows))
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        js(qtbot, map_page.view, "fondue.clearSelection()")
    assert changed.args[0] == []
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == []
    assert map_page.selected_complaint_ids() == []

    select_box(qtbot, map_page, middle_box(rows))
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        qtbot.mouseClick(map_page.clear_selection_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == []
    wait_js(qtbot, map_page.view, "fondue.selectedIds().length", 0)
    assert js(qtbot, map_page.view, "fondue.markedCount()") == 0
    assert not map_page.clear_selection_button.isEnabled()


# ---------------------------------------------------------------------- the page's toolbar


def test_toolbar_counts_the_selection_and_assign_hands_over_the_ids(qtbot, db, register_office,
                                                                    map_page):
    assert not map_page.assign_button.isEnabled()
    assert not map_page.clear_selection_button.isEnabled()
    assert map_page.assign_button.isVisible()  # a clerk may assign
    assert "0" in map_page.selection_label.text()

    wanted = select_box(qtbot, map_page, middle_box(marker_rows(db, register_office)))
    assert f"{len(wanted):,}" in map_page.selection_label.text()
    assert map_page.assign_button.isEnabled()
    assert map_page.clear_selection_button.isEnabled()

    with qtbot.waitSignal(map_page.assign_requested, timeout=WEB_TIMEOUT_MS) as requested:
        qtbot.mouseClick(map_page.assign_button, Qt.MouseButton.LeftButton)
    assert requested.args[0] == wanted
    # Asking is not assigning: the selection stays until the lead's dialog has done its work.
    assert map_page.selected_complaint_ids() == wanted


def test_a_role_that_may_not_assign_is_not_offered_the_button(qtbot, db, register_office,
                                                             register_user):
    mayor = replace(register_user, role="mayor")
    page = open_map(qtbot, db, register_office, mayor)
    select_box(qtbot, page, middle_box(marker_rows(db, register_office)))
    assert page.selected_complaint_ids()
    assert not page.assign_button.isVisible()
    assert not page.assign_button.isEnabled()
    with qtbot.assertNotEmitted(page.assign_requested):
        page.assign_button.click()


# ---------------------------------------------------------------------- reloads


def test_a_filter_change_keeps_the_selected_ids_still_shown(qtbot, db, register_office,
                                                            map_page):
    rows = marker_rows(db, register_office)
    selected = select_box(qtbot, map_page, middle_box(rows))
    with db.read() as session:
        category_ids = session.scalars(select(Category.id).where(
            Category.office_id == register_office.id).order_by(Category.id)).all()
    # The category with the most selected complaints that still leaves some out.
    by_category = {}
    for category_id in category_ids:
        flt = RegisterFilter(category_ids=frozenset({category_id}))
        shown = {row[0] for row in marker_rows(db, register_office, flt)}
        by_category[category_id] = (flt, sorted(shown & set(selected)))
    flt, kept = max(by_category.values(), key=lambda item: len(item[1]))
    assert 0 < len(kept) < len(selected)

    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        map_page.set_filter(flt)
    assert changed.args[0] == kept
    qtbot.waitUntil(lambda: js(qtbot, map_page.view, "fondue.markerCount()") == len(
        marker_rows(db, register_office, flt)), timeout=WEB_TIMEOUT_MS)
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == kept
    assert js(qtbot, map_page.view, "fondue.markedCount()") == len(kept)
    assert map_page.selected_complaint_ids() == kept
    assert f"{len(kept):,}" in map_page.selection_label.text()

    # Back to everything: the dropped ones stay dropped, the kept ones stay selected.
    with qtbot.waitSignal(map_page.markers_shown, timeout=WEB_TIMEOUT_MS):
        map_page.set_filter(RegisterFilter())
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == kept
    assert js(qtbot, map_page.view, "fondue.markedCount()") == len(kept)


def test_reload_keeps_the_selection_and_clear_then_reload_empties_it(qtbot, db,
                                                                     register_office,
                                                                     map_page):
    selected = select_box(qtbot, map_page, middle_box(marker_rows(db, register_office)))
    with (qtbot.assertNotEmitted(map_page.selection_changed),
          qtbot.waitSignal(map_page.markers_shown, timeout=WEB_TIMEOUT_MS)):
        map_page.reload()
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == selected
    assert js(qtbot, map_page.view, "fondue.markedCount()") == len(selected)

    # What the lead does after a successful assignment.
    map_page.clear_selection()
    assert map_page.selected_complaint_ids() == []
    with qtbot.waitSignal(map_page.markers_shown, timeout=WEB_TIMEOUT_MS):
        map_page.reload()
    assert js(qtbot, map_page.view, "fondue.selectedIds()") == []
    assert js(qtbot, map_page.view, "fondue.markedCount()") == 0
    assert not map_page.assign_button.isEnabled()


def test_a_rebuilt_page_starts_with_nothing_selected(qtbot, db, register_office, map_page):
    select_box(qtbot, map_page, middle_box(marker_rows(db, register_office)))
    with qtbot.waitSignal(map_page.selection_changed, timeout=WEB_TIMEOUT_MS) as changed:
        map_page.reload_page()
    assert changed.args[0] == []
    assert map_page.selected_complaint_ids() == []
    assert not map_page.assign_button.isEnabled()


def test_the_bridge_keeps_only_whole_positive_ids():
    from ui.map.bridge import complaint_ids

    assert complaint_ids([3.0, 1, 2, 3, 2.5, -4, 0, "7", None, True, float("nan")]) == [1, 2, 3]
    assert complaint_ids("1,2") == []
