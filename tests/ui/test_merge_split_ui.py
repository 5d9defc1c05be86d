"""Duplicates in the register: select complaints, Ctrl+Shift+M, choose the one that stays,
confirm; the detail pane names the links and opens them; a duplicate is split off again from
the pane or with Ctrl+Shift+U. Settings → Categories keeps each category's radius and days."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fondue_desk.domain.errors import Conflict
from fondue_desk.services import categories_admin, duplicates, intake, workflow
from fondue_desk.services.intake import ComplaintInput
from ui.messages import error_text
from ui.pages.register_page import RegisterPage

from .settings_helpers import open_settings, press
from .test_intake_page import category_named

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LIGHTS = "ไฟฟ้าส่องสว่างชำรุด"
WORDS = ("ไฟหน้าวัดดับ", "ไฟดับหน้าวัด มืดมาก", "หลอดไฟหน้าวัดเสีย")


@pytest.fixture
def three(db, demo_office, clerk):
    """Three reports of the same dark street light, oldest first."""
    category = category_named(db, demo_office, LIGHTS)
    return [intake.log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description=words, channel="counter", anonymous=True,
        lat=18.7405, lon=98.9527)) for words in WORDS]


@pytest.fixture
def page(qtbot, db, demo_office, clerk, three):
    widget = RegisterPage(db, demo_office, clerk)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    return widget


def _select_all(qtbot, page) -> None:
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_row_count() == 3


def _select(page, complaint_id: int) -> None:
    assert page.select_complaint(complaint_id)


def test_merge_from_the_register_then_split_again(qtbot, page, db, three):
    oldest, middle, newest = three
    actions = page.table.actions()
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert page.duplicates.merge_action in actions and page.duplicates.split_action in actions
    _select(page, oldest.id)
    assert not page.duplicates.merge_action.isEnabled()  # one is not a merge

    _select_all(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = page.duplicates.merge_dialog()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    # Oldest first, and the oldest chosen; Down chooses the middle one, Enter goes on.
    assert [r.id for r in dialog.rows()] == [oldest.id, middle.id, newest.id]
    assert dialog.chosen_parent().id == oldest.id
    dialog.grab().save("/tmp/u2_merge_choose_th.png")
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert dialog.steps.currentIndex() == 1
    summary = dialog.summary.text()
    # The one kept is named first, then the ones that become its duplicates.
    assert (summary.index(middle.tracking_no) < summary.index(oldest.tracking_no)
            < summary.index(newest.tracking_no))
    assert duplicates.links(db, middle.id) == (None, ())  # nothing written before Merge
    dialog.grab().save("/tmp/u2_merge_confirm_th.png")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)

    parent, children = duplicates.links(db, middle.id)
    assert parent is None and [c.complaint_id for c in children] == [oldest.id, newest.id]
    pane = page.detail
    assert pane.complaint().id == middle.id
    links = pane.duplicate_links
    assert links.isVisible() and not links.split_button.isVisible()
    assert oldest.tracking_no in links.text() and newest.tracking_no in links.text()
    page.grab().save("/tmp/u2_detail_parent_th.png")

    # A number in the pane opens that complaint: it names its parent and offers the split.
    links.label.linkActivated.emit(str(oldest.id))
    qtbot.waitUntil(lambda: pane.complaint() is not None and pane.complaint().id == oldest.id)
    assert middle.tracking_no in links.text() and links.split_button.isVisible()
    # It moves only with its parent: its own moves are greyed, saying why.
    follows = error_text(Conflict("duplicate.follows_parent", tracking_no=oldest.tracking_no,
                                  parent_tracking_no=middle.tracking_no))
    for button in (pane.status_button, pane.forward_button, pane.work.assign_button):
        assert not button.isEnabled() and button.toolTip() == follows
    page.grab().save("/tmp/u2_detail_child_th.png")
    qtbot.mouseClick(links.split_button, Qt.MouseButton.LeftButton)
    assert duplicates.links(db, oldest.id) == (None, ())
    assert links.isHidden()  # a complaint of its own again
    assert pane.status_button.isEnabled() and pane.status_button.toolTip() == ""

    # The last duplicate split off from the register, by its key.
    _select(page, newest.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_U, CTRL_SHIFT)
    assert duplicates.links(db, middle.id) == (None, ())


def test_splitting_a_complaint_that_is_no_duplicate_is_refused_by_name(qtbot, page, db, three):
    _select(page, three[0].id)
    page.table.setFocus()
    with qtbot.waitSignal(page.message) as said:
        qtbot.keyClick(page.table, Qt.Key.Key_U, CTRL_SHIFT)
    assert said.args[0] == error_text(Conflict("duplicate.not_a_child",
                                               tracking_no=three[0].tracking_no))


def test_a_complaint_moved_meanwhile_refuses_the_merge_in_the_dialog(qtbot, page, db, three,
                                                                      admin):
    _select_all(qtbot, page)
    dialog = page.duplicates.open_merge_dialog()
    dialog.go_on()
    # Another desk turns one down while the dialog is open.
    workflow.change_status(db, admin.id, three[2].id, "rejected", "ไม่ใช่ปัญหาของเทศบาล")
    assert not dialog.merge()
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert all(duplicates.links(db, c.id) == (None, ()) for c in three)


def test_the_category_radius_and_days_save_and_follow_the_selection(qtbot, db, demo_office,
                                                                    admin):
    window = open_settings(qtbot, db, demo_office, admin, "categories")
    window.resize(1280, 720)
    page = window.current_page()
    limits = page.duplicate_limits
    assert not limits.radius.isEnabled()  # no category chosen yet
    row, other = page.row_of(LIGHTS), page.row_of("ถนน/ทางเท้าชำรุด")
    page.table.selectRow(row)
    assert limits.radius.isEnabled() and LIGHTS in limits.caption.text()
    assert (limits.radius.value(), limits.days.value()) == (100, 30)
    window.grab().save("/tmp/u2_settings_categories_th.png")

    # Typed from the keyboard; a value outside the limits is not taken.
    limits.radius.setFocus()
    limits.radius.selectAll()
    qtbot.keyClicks(limits.radius, "250")
    limits.days.setFocus()
    limits.days.selectAll()
    qtbot.keyClicks(limits.days, "999")
    assert (limits.radius.value(), limits.days.value()) == (250, 99)
    limits.days.selectAll()
    qtbot.keyClicks(limits.days, "14")
    page.table.selectRow(other)  # another category shows its own values
    assert (limits.radius.value(), limits.days.value()) == (100, 30)
    press(qtbot, window.apply_button)
    assert page.error_text() == ""
    saved = {c.name_th: c for c in categories_admin.list_categories(db, demo_office.id)}
    assert (saved[LIGHTS].duplicate_radius_m, saved[LIGHTS].duplicate_days) == (250, 14)
    assert (saved["ถนน/ทางเท้าชำรุด"].duplicate_radius_m,
            saved["ถนน/ทางเท้าชำรุด"].duplicate_days) == (100, 30)
    page.table.selectRow(page.row_of(LIGHTS))  # read back after the save
    assert (limits.radius.value(), limits.days.value()) == (250, 14)
