"""The English interface names categories and villages in English wherever a complaint is shown
(register, its filters, the detail pane, the intake's category box, the crew board, the
sign-off queue); the Thai one keeps Thai."""
from __future__ import annotations

import os

from fondue_desk.services import reference
from ui.labels import category_of, village_of
from ui.main_window import MainWindow
from ui.models.register_table_model import CATEGORY, VILLAGE
from ui.widgets.job_card import JOB_ROLE

from .dispatch_helpers import ELECTRIC, assigned, crew_serving
from .keyboard import type_text
from .map_helpers import js, wait_js

_LEGEND_HAS = ("Array.from(document.querySelectorAll('.fondue-legend-line'))"
               ".map(function (e) { return e.textContent; }).indexOf('%s') >= 0")
SHOTS = os.environ.get("FONDUE_SHOTS")  # a folder for 1280×720 grabs, to look at by hand


def _electric(db, office_id: int):
    return next(c for c in reference.active_categories(db, office_id) if c.name_th == ELECTRIC)


def _village(db, office_id: int):
    return next(v for v in reference.villages(db, office_id) if v.number == 2)


def _desk(qtbot, db, office, user) -> MainWindow:
    window = MainWindow(db, office, user)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cells(window, column: int) -> list[str]:
    model = window.register_page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _grab(window, name: str) -> None:
    if SHOTS:
        window.grab().save(f"{SHOTS}/{name}.png")


def _board_card(qtbot, window):
    board = window.crew_board_page
    window.show_page(window.pages.indexOf(board))
    qtbot.waitUntil(lambda: any(c.model.rowCount() for c in board.columns), timeout=10_000)
    column = next(c for c in board.columns if c.model.rowCount())
    return column.model.index(0).data(JOB_ROLE)


def test_the_english_desk_names_categories_and_villages_in_english(
        qtbot, english, db, demo_office, admin, clerk):
    category, village = _electric(db, demo_office.id), _village(db, demo_office.id)
    assert category.name_en  # the demo names its categories in both languages
    crew = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    job = assigned(db, demo_office, clerk, crew, ELECTRIC)
    window = _desk(qtbot, db, demo_office, admin)
    register = window.register_page
    window.show_page(window.pages.indexOf(register))
    qtbot.waitUntil(lambda: category.name_en in _cells(window, CATEGORY), timeout=10_000)
    assert ELECTRIC not in _cells(window, CATEGORY)
    assert f"Moo 2 {village.name_en}" in _cells(window, VILLAGE)
    assert not any(c.startswith("หมู่ที่") for c in _cells(window, VILLAGE) if c)
    labels = register.filter_bar.categories.labels()
    assert category.name_en in labels and ELECTRIC not in labels
    assert f"Moo 2 {village.name_en}" in register.filter_bar.villages.labels()

    register.detail.show_complaint(job.id)
    assert register.detail.value_text("category") == category.name_en
    assert register.detail.value_text("village") == f"Moo 2 {village.name_en}"
    _grab(window, "register_en")

    card = _board_card(qtbot, window)
    assert (category_of(card), village_of(card)) == (category.name_en, f"Moo 2 {village.name_en}")

    window.show_page(window.pages.indexOf(window.map_page))  # legend and page words
    view = window.map_page.view
    wait_js(qtbot, view, _LEGEND_HAS % "Assigned", True)
    assert js(qtbot, view, _LEGEND_HAS % "มอบหมายแล้ว") is False
    _grab(window, "map_en")


def test_the_intake_box_offers_english_names_and_still_finds_a_thai_word(
        qtbot, english, db, demo_office, clerk):
    category = _electric(db, demo_office.id)
    window = _desk(qtbot, db, demo_office, clerk)
    box = window.intake_page.form.category
    names = [box.itemText(i) for i in range(box.count())]
    assert category.name_en in names and ELECTRIC not in names
    box.setFocus()
    type_text(box.lineEdit(), "ไฟฟ้าส่อง")  # what the citizen wrote, typed in Thai
    assert box.resolve() == category
    assert box.currentText() == category.name_en
    box.clear_choice()
    type_text(box.lineEdit(), category.name_en.lower())
    assert box.resolve() == category


def test_the_thai_desk_keeps_thai(qtbot, db, demo_office, admin, clerk):
    category, village = _electric(db, demo_office.id), _village(db, demo_office.id)
    crew = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    job = assigned(db, demo_office, clerk, crew, ELECTRIC)
    window = _desk(qtbot, db, demo_office, admin)
    window.show_page(window.pages.indexOf(window.register_page))
    window.register_page.detail.show_complaint(job.id)
    qtbot.waitUntil(lambda: ELECTRIC in _cells(window, CATEGORY), timeout=10_000)
    assert category.name_en not in _cells(window, CATEGORY)
    assert f"หมู่ที่ 2 {village.name}" in _cells(window, VILLAGE)
    assert ELECTRIC in window.register_page.filter_bar.categories.labels()
    names = [window.intake_page.form.category.itemText(i)
             for i in range(window.intake_page.form.category.count())]
    assert ELECTRIC in names
    assert window.register_page.detail.value_text("village") == f"หมู่ที่ 2 {village.name}"
    _grab(window, "register_th")


def test_the_english_signoff_queue_names_category_and_village_in_english(
        qtbot, english, db, demo_office, clerk):
    from ui.models.signoff_queue_model import CATEGORY as SIGNOFF_CATEGORY
    from ui.models.signoff_queue_model import VILLAGE as SIGNOFF_VILLAGE

    from .signoff_helpers import awaiting, mayor

    waste = next(c for c in reference.active_categories(db, demo_office.id)
                 if c.name_th == "ขยะ/ความสะอาด")
    awaiting(db, demo_office, clerk, 1)
    village = _village(db, demo_office.id)
    window = _desk(qtbot, db, demo_office, mayor(db))
    page = window.signoff_page
    window.show_page(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, SIGNOFF_CATEGORY).data() == waste.name_en
    assert page.model.index(0, SIGNOFF_VILLAGE).data() == f"Moo 2 {village.name_en}"
