"""A demo office's desk says so where everyone looks: the title bar and the status bar."""
from __future__ import annotations

import dataclasses

from fondue_desk.documents.demo_mark import DEMO_MARK
from ui.main_window import MainWindow


def test_the_demo_desk_is_marked_in_title_and_status_bar(window, demo_office):
    assert demo_office.is_demo
    assert window.windowTitle() == f"{demo_office.name} — Fondue Desk — {DEMO_MARK}"
    assert window.demo_label.isVisible() and window.demo_label.text() == "ตัวอย่าง / DEMO"
    assert window.demo_label.parent() is not None
    assert window.statusBar().isAncestorOf(window.demo_label)


def test_a_real_office_desk_has_no_mark(qtbot, db, demo_office, clerk):
    real = dataclasses.replace(demo_office, is_demo=False)
    main_window = MainWindow(db, real, clerk)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    assert "DEMO" not in main_window.windowTitle()
    assert not main_window.demo_label.isVisible()
    assert not main_window.statusBar().isAncestorOf(main_window.demo_label)
