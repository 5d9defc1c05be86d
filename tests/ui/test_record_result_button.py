""""Record result…" shows whole on both desks: in the detail pane's work section and on the
crew board, at 1280×720, with a job chosen so the buttons are live."""
from __future__ import annotations

from datetime import date

import pytest

from fondue_desk.services import dispatch, reference
from ui.main_window import MainWindow
from ui.translations import use_language

from .helpers import log
from .test_window_fits import cut_short, settle


@pytest.mark.parametrize("language", ["th", "en"])
def test_record_result_is_never_cut(qtbot, db, demo_office, clerk, thai, language):
    complaint = log(db, demo_office, clerk)
    crew = reference.active_crews(db, demo_office.id)[0]
    dispatch.assign(db, clerk.id, [complaint.id], crew.id, date(2026, 12, 7), work_orders="job")
    use_language(language)
    try:
        window = MainWindow(db, demo_office, clerk)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.open_in_register(complaint.id)
        detail = window.register_page.detail
        qtbot.waitUntil(lambda: detail.complaint() is not None)
        board, button = window.crew_board_page, detail.work.result_button
        qtbot.waitUntil(button.isVisible)
        settle()
        assert button.text() == {"th": "บันทึกผล…", "en": "Record result…"}[language]
        assert button.width() >= button.sizeHint().width()
        assert button.mapTo(window, button.rect().topRight()).x() <= window.width()
        assert cut_short(window) == []
        window.show_page(window.pages.indexOf(board))
        board.select_jobs(crew.id, [complaint.id])
        qtbot.waitUntil(lambda: board.result_button.isVisible())
        settle()
        button = board.result_button
        assert button.width() >= button.sizeHint().width()
        assert button.mapTo(window, button.rect().topRight()).x() <= window.width()
        assert cut_short(window) == []
    finally:
        thai[:] = use_language("th")
