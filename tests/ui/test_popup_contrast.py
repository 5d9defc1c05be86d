"""Every drop-down shows its highlighted entry legibly: under the keyboard and under the mouse,
in Fusion (the desk's style) and in every other style Qt offers here.

The popups are the real ones (intake, register filters, Settings, a dialog); each is grabbed
while open and the highlighted row's text is measured against its background (WCAG 2).
"""
from __future__ import annotations

import os
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QStyleFactory

from ui.style import apply_style

from .settings_helpers import open_settings

AA_NORMAL_TEXT = 4.5
# The text of one entry covers well over this many pixels at full contrast; a lone check mark
# or a border line does not.
MIN_TEXT_PIXELS = 25
STYLES = sorted(QStyleFactory.keys())
SAVE_TO = os.environ.get("FONDUE_POPUP_PNGS")  # a folder: keep the grabs to look at


def _luminance(rgb: int) -> float:
    colour = QColor(rgb)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: int, b: int) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _row_pixels(image: QImage, rect) -> Counter:
    ratio = image.devicePixelRatio()
    rows = range(int(rect.top() * ratio) + 1, int((rect.bottom() + 1) * ratio) - 1)
    columns = range(int(rect.left() * ratio), int((rect.right() + 1) * ratio))
    return Counter(image.pixel(x, y) & 0xFFFFFF for y in rows for x in columns
                   if 0 <= x < image.width() and 0 <= y < image.height())


def assert_legible(image: QImage, highlighted, plain, what: str) -> None:
    """The highlighted row: its background (the commonest colour), enough text pixels at AA
    contrast on it, and a background that differs from a plain row's, so it shows as chosen."""
    if SAVE_TO:
        image.save(os.path.join(SAVE_TO, what.replace(" ", "_").replace("/", "-") + ".png"))
    pixels = _row_pixels(image, highlighted)
    background = pixels.most_common(1)[0][0]
    best = max(contrast(colour, background) for colour in pixels)
    text_pixels = sum(n for colour, n in pixels.items()
                      if contrast(colour, background) >= AA_NORMAL_TEXT)
    assert best >= AA_NORMAL_TEXT and text_pixels >= MIN_TEXT_PIXELS, (
        f"{what}: highlighted row is illegible (best contrast {best:.2f} against "
        f"#{background:06x}, {text_pixels} pixels at {AA_NORMAL_TEXT}:1)")
    plain_background = _row_pixels(image, plain).most_common(1)[0][0]
    assert plain_background != background, f"{what}: the highlight does not show"


@pytest.fixture(params=STYLES)
def app_style(request, desk_app):
    """The app's own look with the base style swapped; the desk's style comes back after."""
    desk_app.setStyle(request.param)
    yield request.param
    apply_style(desk_app)


def _check_combo(qtbot, combo: QComboBox, what: str) -> None:
    assert combo.count() >= 3, f"{what}: too few entries to move over"
    combo.setFocus()
    combo.setCurrentIndex(0)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible() and view.currentIndex().isValid())
    start = view.currentIndex().row()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.currentIndex().row() != start)
    keyed = view.currentIndex()
    _grab_view(view, keyed, start, f"{what} keyboard")
    hovered = view.model().index(keyed.row() + 1, 0)
    assert not view.isRowHidden(hovered.row())
    qtbot.mouseMove(view.viewport(), view.visualRect(hovered).center())
    qtbot.waitUntil(lambda: view.currentIndex() == hovered)
    _grab_view(view, hovered, start, f"{what} mouse")
    combo.hidePopup()
    qtbot.waitUntil(lambda: not view.isVisible())


def _grab_view(view, highlighted, plain_row: int, what: str) -> None:
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    plain = view.visualRect(view.model().index(plain_row, 0))
    assert_legible(image, view.visualRect(highlighted), plain, what)


def _check_menu(qtbot, menu: QMenu, at: QPoint, what: str) -> None:
    actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    assert len(actions) >= 3, f"{what}: too few entries to move over"
    menu.popup(at)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: menu.activeAction() is not None)
    keyed = menu.activeAction()
    plain = next(a for a in actions if a is not keyed)
    _grab_menu(menu, keyed, plain, f"{what} keyboard")
    hovered = actions[actions.index(keyed) + 1]
    # A menu ignores the pointer until it has moved a drag distance from where it was when the
    # menu opened, or moved more than six times: an earlier test may have left the pointer right
    # there, so move it seven times, ending on the entry.
    corner = menu.actionGeometry(hovered).topLeft() + QPoint(2, 2)
    centre = menu.actionGeometry(hovered).center()
    for point in (corner, centre) * 3 + (corner, centre):
        qtbot.mouseMove(menu, point)
    qtbot.waitUntil(lambda: menu.activeAction() is hovered)
    _grab_menu(menu, hovered, keyed, f"{what} mouse")
    menu.hide()


def _grab_menu(menu: QMenu, active, plain, what: str) -> None:
    QApplication.processEvents()
    image = menu.grab().toImage()
    assert_legible(image, menu.actionGeometry(active), menu.actionGeometry(plain), what)


def test_intake_combos(qtbot, db, demo_office, clerk, app_style):
    from ui.pages.intake_page import IntakePage

    page = IntakePage(db, demo_office, clerk)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    form = page.form
    _check_combo(qtbot, form.village, f"{app_style} intake village")
    _check_combo(qtbot, form.category, f"{app_style} intake category")
    _check_combo(qtbot, form.channel, f"{app_style} intake channel")


def test_register_filter_menu(qtbot, db, demo_office, clerk, app_style):
    from ui.widgets.register_filter_bar import RegisterFilterBar

    bar = RegisterFilterBar(db, demo_office.id, clerk.id)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    button = bar.statuses
    _check_menu(qtbot, button.menu(), button.mapToGlobal(button.rect().bottomLeft()),
                f"{app_style} register status filter")


def test_settings_and_dialog_combos(qtbot, db, demo_office, admin, app_style):
    from ui.dialogs.user_edit_dialog import UserEditDialog
    from ui.settings.pages.categories import CREW

    settings = open_settings(qtbot, db, demo_office, admin, "categories")
    categories = settings.show_page("categories") or settings.page("categories")
    _check_combo(qtbot, categories.table.cellWidget(0, CREW), f"{app_style} settings crew")
    office = settings.show_page("office") or settings.page("office")
    _check_combo(qtbot, office.form.kind, f"{app_style} settings office kind")
    settings.close()

    dialog = UserEditDialog(db, admin, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check_combo(qtbot, dialog.role, f"{app_style} user dialog role")


def test_completer_suggestions(qtbot, db, demo_office, clerk, app_style):
    """The category box's suggestions as a clerk types: a list of its own, not the combo's."""
    from ui.pages.intake_page import IntakePage

    from .keyboard import type_text

    page = IntakePage(db, demo_office, clerk)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    combo = page.form.category
    combo.setFocus()
    type_text(combo.lineEdit(), "ร")  # in several category names
    popup = combo.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() >= 3)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: popup.currentIndex().row() == 1)
    _grab_view(popup, popup.currentIndex(), 0, f"{app_style} category suggestions keyboard")
    popup.hide()
