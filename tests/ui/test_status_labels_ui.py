"""Settings → Statuses: the office renames statuses and sets their colours; every open page
(register, detail pane, sign-off, crew board, map legend) follows at once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from fondue_desk.domain.labels import DEFAULT_STATUSES
from fondue_desk.services import labels as label_service
from ui import labels as ui_labels
from ui.main_window import MainWindow
from ui.models.register_table_model import STATUS
from ui.widgets.job_card import JOB_ROLE

from .dispatch_helpers import ELECTRIC, assigned, crew_serving
from .keyboard import type_text
from .map_helpers import js, wait_js
from .settings_helpers import open_settings, press

RENAMED_TH = "รับแจ้งแล้ว"
ASSIGNED_TH = "ส่งช่างแล้ว"
SIGNOFF_TH = "รอผู้บริหารอนุมัติ"
MAGENTA = "#c0007a"  # nothing else on the desk is this colour
_LEGEND_HAS = ("Array.from(document.querySelectorAll('.fondue-legend-line'))"
               ".map(function (e) { return e.textContent; }).indexOf('%s') >= 0")


@pytest.fixture(autouse=True)
def _default_book():
    # The label book is the window's, kept in ui.labels: no test leaves its office's behind.
    yield
    ui_labels.use_label_book(label_service.LabelBook())


def _type(qtbot, edit, text: str) -> None:
    """Replace the field's text from the keyboard, as the admin would."""
    edit.setFocus()
    edit.selectAll()
    if text:
        type_text(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def test_the_page_checks_names_before_writing_and_resets_a_row(qtbot, db, demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin, "statuses")
    page = window.page("statuses")
    row = page.rows["received"]
    assert row.name_th.text() == "รับเรื่องแล้ว" and row.colour == "#1d5fa8"
    _type(qtbot, row.name_th, "เสร็จสิ้น")  # closed's name
    assert row.preview.text() == "เสร็จสิ้น"
    press(qtbot, window.ok_button)
    assert window.isVisible()
    assert "เสร็จสิ้น" in page.error_text("received") or "เสร็จสิ้น" in page.error_text("closed")
    assert page.error_text("received") != ""
    assert label_service.label_book(db, demo_office.id).overrides == ()
    press(qtbot, row.reset_button)
    assert row.name_th.text() == "รับเรื่องแล้ว"
    _type(qtbot, row.name_en, "")
    assert page.validate() and page.error_text("received") != ""
    press(qtbot, row.reset_button)
    assert page.validate() == []


def test_the_colour_button_opens_the_colour_dialog_and_the_badge_follows(
        qtbot, db, demo_office, admin, monkeypatch):
    asked = []

    def pick(initial, parent, title):
        asked.append((initial.name(), title))
        return QColor("#fdd835")

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(pick))
    window = open_settings(qtbot, db, demo_office, admin, "statuses")
    page = window.page("statuses")
    row = page.rows["closed"]
    row.colour_button.setFocus()
    qtbot.keyClick(row.colour_button, Qt.Key.Key_Space)
    assert asked and asked[0][0] == DEFAULT_STATUSES["closed"].colour
    assert row.colour == "#fdd835" and row.colour_button.text() == "#fdd835"
    # a light colour gets dark text on the badge
    assert "background: #fdd835" in row.preview.styleSheet()
    assert "color: #1b1f24" in row.preview.styleSheet()
    press(qtbot, window.ok_button)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert label_service.label_book(db, demo_office.id).status("closed").colour == "#fdd835"


@pytest.fixture
def desk(qtbot, db, demo_office, admin, clerk):
    crew = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    job = assigned(db, demo_office, clerk, crew, ELECTRIC)
    window = MainWindow(db, demo_office, admin)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window, job


def _status_cells(window) -> list[str]:
    model = window.register_page.model
    return [model.index(r, STATUS).data() for r in range(model.rowCount())]


def _has_colour(image, colour: str) -> bool:
    wanted = QColor(colour)
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 1):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - wanted.red()) < 40 and abs(pixel.green() - wanted.green()) < 40
                    and abs(pixel.blue() - wanted.blue()) < 40):
                return True
    return False


def test_a_rename_shows_on_every_open_page(qtbot, desk):
    window, job = desk
    register = window.register_page
    window.show_page(window.pages.indexOf(register))
    qtbot.waitUntil(lambda: "มอบหมายแล้ว" in _status_cells(window), timeout=10_000)
    register.detail.show_complaint(job.id)
    assert register.detail.status_text() == "มอบหมายแล้ว"
    # the crew board and the sign-off page have been opened once, then left
    for page in (window.crew_board_page, window.signoff_page):
        window.show_page(window.pages.indexOf(page))
        qtbot.waitUntil(page.isVisible, timeout=10_000)
    assert window.signoff_page.status_badge.text() == "รอนายกฯ ลงนาม"
    window.show_page(window.pages.indexOf(window.map_page))
    wait_js(qtbot, window.map_page.view, _LEGEND_HAS % "มอบหมายแล้ว", True)
    window.show_page(window.pages.indexOf(register))

    settings = None

    def opened():
        nonlocal settings
        from ui.settings.dialog import SettingsDialog
        settings = next((w for w in window.findChildren(SettingsDialog) if w.isVisible()), None)
        return settings is not None

    window.settings_action.trigger()
    qtbot.waitUntil(opened, timeout=10_000)
    settings.show_page("statuses")
    page = settings.page("statuses")
    _type(qtbot, page.rows["assigned"].name_th, ASSIGNED_TH)
    page.rows["assigned"].set_colour(MAGENTA)
    _type(qtbot, page.rows["awaiting_signoff"].name_th, SIGNOFF_TH)
    _type(qtbot, page.rows["received"].name_th, RENAMED_TH)
    press(qtbot, settings.ok_button)
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=10_000)

    # register rows and the detail pane, at once
    qtbot.waitUntil(lambda: ASSIGNED_TH in _status_cells(window), timeout=10_000)
    assert "มอบหมายแล้ว" not in _status_cells(window)
    qtbot.waitUntil(lambda: register.detail.status_text() == ASSIGNED_TH, timeout=10_000)
    assert f"background: {MAGENTA}" in register.detail.status_badge.styleSheet()
    # the filter bar's status choices
    assert ASSIGNED_TH in window.register_page.filter_bar.statuses.labels()
    # the sign-off page and the crew board when shown again
    window.show_page(window.pages.indexOf(window.signoff_page))
    qtbot.waitUntil(lambda: window.signoff_page.status_badge.text() == SIGNOFF_TH,
                    timeout=10_000)
    board = window.crew_board_page
    window.show_page(window.pages.indexOf(board))
    qtbot.waitUntil(board.isVisible, timeout=10_000)
    column = next(c for c in board.columns if c.model.rowCount())
    job_card = column.model.index(0).data(JOB_ROLE)
    assert job_card.status == "assigned" and ui_labels.status_label(job_card.status) == ASSIGNED_TH
    qtbot.waitUntil(lambda: _has_colour(column.list.viewport().grab().toImage(), MAGENTA),
                    timeout=10_000)
    # the map's legend
    window.show_page(window.pages.indexOf(window.map_page))
    view = window.map_page.view
    wait_js(qtbot, view, _LEGEND_HAS % ASSIGNED_TH, True)
    assert js(qtbot, view, _LEGEND_HAS % "มอบหมายแล้ว") is False
