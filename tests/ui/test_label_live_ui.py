"""A status renamed on one desk shows on another desk's open pages without a restart (two
Database objects on one SQLite file; the second desk's window follows the change feed)."""
from __future__ import annotations

import pytest

from fondue_desk.db.database import Database
from fondue_desk.domain.labels import DEFAULT_STATUSES, StatusOverride
from fondue_desk.services import labels as label_service
from ui import labels as ui_labels
from ui.main_window import MainWindow
from ui.models.register_table_model import STATUS

from .dispatch_helpers import ELECTRIC, assigned, crew_serving

RENAMED = StatusOverride("assigned", "ส่งช่างแล้ว", "With the crew", "#c0007a")


@pytest.fixture(autouse=True)
def _default_book():
    yield
    ui_labels.use_label_book(label_service.LabelBook())


def _status_cells(window) -> list[str]:
    model = window.register_page.model
    return [model.index(r, STATUS).data() for r in range(model.rowCount())]


def test_a_rename_on_another_desk_reaches_the_open_register_and_detail_pane(
        qtbot, db, db_url, demo_office, admin, clerk):
    crew = crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า")
    job = assigned(db, demo_office, clerk, crew, ELECTRIC)
    other = Database.open(db_url, migrate=False)  # this desk; `db` is the admin's elsewhere
    try:
        window = MainWindow(other, demo_office, clerk)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        register = window.register_page
        window.show_page(window.pages.indexOf(register))
        qtbot.waitUntil(lambda: "มอบหมายแล้ว" in _status_cells(window), timeout=10_000)
        register.detail.show_complaint(job.id)
        qtbot.waitUntil(lambda: window.live_refresh.running, timeout=10_000)

        label_service.save_status_labels(db, admin.id, [RENAMED])

        qtbot.waitUntil(lambda: "ส่งช่างแล้ว" in _status_cells(window), timeout=10_000)
        qtbot.waitUntil(lambda: register.detail.status_text() == "ส่งช่างแล้ว", timeout=10_000)
        assert "background: #c0007a" in register.detail.status_badge.styleSheet()
        assert "ส่งช่างแล้ว" in register.filter_bar.statuses.labels()

        label_service.reset_status_labels(db, admin.id)  # and back, from the other desk
        default = DEFAULT_STATUSES["assigned"].name_th
        qtbot.waitUntil(lambda: default in _status_cells(window), timeout=10_000)
        window.close()
    finally:
        other.close()
