"""Duplicates at the counter: while the clerk types a complaint near an open one of the same
category, the panel lists it with its photo; the clerk links it from the keyboard, sees the link
on the form, can take it back (Enter again, the bar's button, Esc then Ctrl+Z), and saves: the
new complaint is a duplicate of the open one. The search waits for the typing to stop and runs
off the GUI thread."""
from __future__ import annotations

import io
import threading

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fondue_desk.services import duplicates, intake
from fondue_desk.services.intake import ComplaintInput
from tests.complaint_views import newest_complaints
from tests.ui.keyboard import type_text

from .test_intake_page import category_named, choose_category

LIGHTS = "ไฟฟ้าส่องสว่างชำรุด"
TEMPLE = (18.7405, 98.9527)
NEAR = "18.7408, 98.9528"      # about 35 m from the temple
FAR = "18.7505, 98.9527"       # about 1.1 km away
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (160, 120), (220, 140, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def open_one(db, demo_office, clerk):
    """An open street-light complaint in front of the temple, with a photo."""
    return intake.log_complaint(db, clerk.id, ComplaintInput(
        category_id=category_named(db, demo_office, LIGHTS).id,
        description="ไฟฟ้าส่องสว่างหน้าวัดดับทั้งแถว", channel="counter", anonymous=True,
        location_text="หน้าวัด", lat=TEMPLE[0], lon=TEMPLE[1],
        photos=(("หน้าวัด.png", _photo()),)))


@pytest.fixture
def page(open_one, window):
    window.resize(1280, 720)
    return window.intake_page


def _type_nearby(qtbot, page, coordinates: str = NEAR) -> None:
    form = page.form
    choose_category(qtbot, page, "ส่องสว่าง")
    type_text(form.description, "ไฟหน้าวัดดับอีกแล้ว มืดมาก")
    form.coordinates.setFocus()
    qtbot.keyClicks(form.coordinates, coordinates)
    form.anonymous.setChecked(True)


def _listed(panel) -> list[str]:
    return [c.tracking_no for c in panel.candidates()]


def test_a_clerk_links_a_nearby_open_complaint_by_keyboard_and_saves_a_duplicate(
        qtbot, page, db, open_one):
    form, panel = page.form, page.form.duplicates
    assert panel.isHidden()  # nothing to say before a category and a place
    _type_nearby(qtbot, page)
    qtbot.waitUntil(lambda: _listed(panel) == [open_one.tracking_no])
    assert panel.isVisible()
    candidate = panel.candidates()[0]
    assert len(candidate.photos) == 1 and 20 < candidate.distance_m < 50
    row = panel.list.itemWidget(panel.list.item(0))
    assert len(row.thumbnails) == 1 and not row.thumbnails[0].pixmap().isNull()
    assert str(round(candidate.distance_m)) in row.distance.text()
    page.grab().save("/tmp/u2_intake_duplicates_th.png")

    # From the coordinates field: Ctrl+Shift+D goes to the list, Enter links (and saves nothing).
    # (Shortcuts need the active window; offscreen, the completer's popup may have taken it.)
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    qtbot.keyClick(form.coordinates, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert panel.duplicate_of() == open_one.id
    assert panel.link_bar.isVisible() and open_one.tracking_no in panel.link_label.text()
    assert open_one.tracking_no in page.save_button.text()
    assert newest_complaints(db, open_one.office_id)[0].id == open_one.id  # not saved by Enter
    page.grab().save("/tmp/u2_intake_duplicates_linked_th.png")

    # Enter again takes the link back; the bar's button does too, by mouse.
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert panel.duplicate_of() is None and panel.link_bar.isHidden()
    assert open_one.tracking_no not in page.save_button.text()
    qtbot.mouseClick(row.link_button, Qt.MouseButton.LeftButton)
    assert panel.duplicate_of() == open_one.id
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    assert panel.duplicate_of() is None
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert panel.duplicate_of() == open_one.id

    with qtbot.waitSignal(page.complaint_logged) as logged:
        qtbot.keyClick(form.description, Qt.Key.Key_Return)
    new = logged.args[0]
    parent, _children = duplicates.links(db, new.id)
    assert parent is not None and parent.complaint_id == open_one.id
    assert [c.complaint_id for c in duplicates.links(db, open_one.id)[1]] == [new.id]
    assert new.status == open_one.status
    # The next complaint starts unlinked, with the Save button as it was.
    assert panel.duplicate_of() is None and panel.isHidden()
    assert open_one.tracking_no not in page.save_button.text()
    dialog = page.print_dialog()
    if dialog is not None:
        dialog.reject()


def test_going_on_without_linking_saves_an_ordinary_complaint(qtbot, page, db, open_one):
    panel = page.form.duplicates
    _type_nearby(qtbot, page)
    qtbot.waitUntil(lambda: _listed(panel) == [open_one.tracking_no])
    with qtbot.waitSignal(page.complaint_logged) as logged:
        qtbot.keyClick(page.form.description, Qt.Key.Key_Return)
    assert duplicates.links(db, logged.args[0].id) == (None, ())
    dialog = page.print_dialog()
    if dialog is not None:
        dialog.reject()


def test_far_away_complaints_are_not_offered_and_no_category_asks_nothing(qtbot, page,
                                                                          open_one):
    panel = page.form.duplicates
    _type_nearby(qtbot, page, FAR)
    qtbot.waitUntil(lambda: not panel.search.is_busy())
    assert panel.candidates() == [] and panel.isHidden()
    # Moving the point near the temple lists it; without a category nothing is asked.
    page.form.coordinates.setText(NEAR)
    qtbot.waitUntil(lambda: _listed(panel) == [open_one.tracking_no])
    page.form.category.clear_choice()
    qtbot.waitUntil(lambda: panel.candidates() == [])
    assert panel.isHidden() and panel.query() is None


def test_tab_reaches_the_list_after_the_complainant_then_save(page):
    chain = page.form.tab_chain()
    panel = page.form.duplicates
    assert chain[-3:] == [page.form.tambon, panel.list, panel.unlink_button]
    assert panel.unlink_button.nextInFocusChain() is page.save_button


def test_a_failed_search_is_said_quietly_and_the_form_still_saves(qtbot, page, db, open_one):
    panel = page.form.duplicates

    def broken(_query):
        raise OSError("database is locked")

    panel.set_finder(broken)
    _type_nearby(qtbot, page)
    qtbot.waitUntil(lambda: panel.error.isVisible())
    assert "database is locked" in panel.error.text() and panel.candidates() == []
    with qtbot.waitSignal(page.complaint_logged) as logged:
        qtbot.keyClick(page.form.description, Qt.Key.Key_Return)
    assert duplicates.links(db, logged.args[0].id) == (None, ())
    dialog = page.print_dialog()
    if dialog is not None:
        dialog.reject()


def test_esc_drops_the_link_and_ctrl_z_brings_it_back(qtbot, page, open_one):
    form, panel = page.form, page.form.duplicates
    _type_nearby(qtbot, page)
    qtbot.waitUntil(lambda: _listed(panel) == [open_one.tracking_no])
    panel.toggle_link(0)
    assert panel.duplicate_of() == open_one.id
    qtbot.keyClick(form.description, Qt.Key.Key_Escape)
    assert form.is_blank() and panel.duplicate_of() is None
    assert open_one.tracking_no not in page.save_button.text()
    qtbot.keyClick(form.category.lineEdit(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.duplicate_of() == open_one.id
    assert open_one.tracking_no in page.save_button.text()
    qtbot.waitUntil(lambda: _listed(panel) == [open_one.tracking_no])


def test_the_search_waits_for_typing_to_stop_and_runs_off_the_gui_thread(qtbot, page,
                                                                         open_one):
    panel = page.form.duplicates
    asked: list[tuple[object, bool]] = []
    real = panel.search._finder

    def finder(query):
        asked.append((query, threading.current_thread() is threading.main_thread()))
        return real(query)

    panel.set_finder(finder)
    choose_category(qtbot, page, "ส่องสว่าง")
    qtbot.waitUntil(lambda: not panel.search.is_busy())
    before = len(asked)
    page.form.coordinates.setFocus()
    qtbot.keyClicks(page.form.coordinates, NEAR)  # one change per character
    qtbot.waitUntil(lambda: _listed(panel) == [open_one.tracking_no])
    after = asked[before:]
    assert len(after) == 1  # one question, for the whole point
    query, on_gui_thread = after[0]
    assert (query.lat, query.lon) == (18.7408, 98.9528) and not on_gui_thread


def test_a_refused_link_is_said_under_the_list_and_nothing_is_saved(qtbot, page, db, open_one,
                                                                     demo_office):
    panel = page.form.duplicates
    _type_nearby(qtbot, page)
    qtbot.waitUntil(lambda: _listed(panel) == [open_one.tracking_no])
    panel.toggle_link(0)
    # Another desk links the open one to an older complaint meanwhile: it is now a duplicate
    # itself, and a duplicate cannot have duplicates.
    older = intake.log_complaint(db, page._user.id, ComplaintInput(
        category_id=open_one.category_id, description="ไฟดับ", channel="counter",
        anonymous=True, lat=TEMPLE[0], lon=TEMPLE[1]))
    duplicates.link_duplicate(db, page._user.id, open_one.id, older.id)
    count = len(newest_complaints(db, demo_office.id))
    qtbot.keyClick(page.form.description, Qt.Key.Key_Return)
    assert len(newest_complaints(db, demo_office.id)) == count
    assert panel.error.isVisible() and panel.error.text()
    assert panel.duplicate_of() == open_one.id  # kept: the clerk decides what to do
