"""Reports → Monthly council report: a Buddhist Era month chosen, the report previewed (made
off the GUI thread), printed, saved as PDF and exported to Excel; open to every role."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from fondue_desk.documents.council_report_data import month_label
from fondue_desk.services import reference
from fondue_desk.services.council_report import previous_month
from tests.integration.test_council_report import load
from tests.pdf_text import contains, pdf_text
from ui.dialogs.council_report_dialog import CouncilReportDialog

TODAY = date(2026, 12, 6)
WAIT = 30_000  # a whole fiscal year is added up before the first page shows


@pytest.fixture
def office(db):
    load(db)  # the hand-counted November of tests/integration/test_council_report.py
    return reference.first_office(db)


@pytest.fixture
def dialog(qtbot, db, office):
    made = CouncilReportDialog(db, office, today=TODAY)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(made.is_ready, timeout=WAIT)
    return made


def test_last_month_is_shown_first_with_its_figures(dialog, office):
    assert dialog.month.currentText() == "พฤศจิกายน 2569"
    assert dialog.chosen_month() == (2026, 11)
    assert dialog.month.count() == 24 and dialog.month.itemText(0) == "ธันวาคม 2569"
    text = pdf_text(dialog.pdf_bytes())
    assert contains(text, office.name)
    assert contains(text, "ประจำเดือนพฤศจิกายน 2569")
    assert contains(text, "ที่ปิดภายในระยะเวลาที่กำหนด 66.7")
    assert dialog.preview.page_count() >= 3
    assert dialog.print_button.isEnabled() and dialog.excel_button.isEnabled()
    name = dialog.default_file_name()  # worded by the translation, the month by us
    assert "2569-11" in name and name.endswith(".pdf")


def test_another_month_is_made_anew(qtbot, dialog):
    dialog.choose_month(2026, 10)
    assert not dialog.print_button.isEnabled()  # the old month's report is gone at once
    qtbot.waitUntil(dialog.is_ready, timeout=WAIT)
    text = pdf_text(dialog.pdf_bytes())
    assert contains(text, "ประจำเดือนตุลาคม 2569")
    assert not contains(text, "ประจำเดือนพฤศจิกายน 2569")


def test_a_quick_second_choice_wins_over_the_first(qtbot, dialog):
    dialog.choose_month(2026, 10)
    dialog.choose_month(2026, 9)
    qtbot.waitUntil(lambda: dialog.is_ready() and not dialog.is_busy(), timeout=WAIT)
    qtbot.waitUntil(lambda: not any(t.is_running() for t in _tasks()), timeout=WAIT)
    assert contains(pdf_text(dialog.pdf_bytes()), "ประจำเดือนกันยายน 2569")


def _tasks():
    from ui.dialogs import council_report_dialog

    return list(council_report_dialog._running)


def test_print_save_and_export(qtbot, dialog, pdf_printer_output, monkeypatch, tmp_path):
    assert dialog.print_document()
    assert pdf_printer_output.read_bytes().startswith(b"%PDF")

    saved = tmp_path / "council.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(saved), "")))
    assert dialog.save_as_pdf() == saved
    assert saved.read_bytes() == dialog.pdf_bytes()

    workbook = tmp_path / "figures"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(workbook), "")))
    dialog.export_excel()
    qtbot.waitUntil(lambda: Path(f"{workbook}.xlsx").exists() and dialog.excel_button.isEnabled(),
                    timeout=WAIT)
    assert "figures.xlsx" in dialog.print_status.text()
    book = load_workbook(f"{workbook}.xlsx", read_only=True)
    row = next(r for r in book["ตัวเลขสรุป"].iter_rows(values_only=True)
               if r and r[0] == "เรื่องที่รับ")
    assert row[1:3] == (5, 7)
    book.close()


@pytest.mark.parametrize("username", ["clerk1", "crew1", "admin"])
def test_every_role_finds_it_under_reports(qtbot, db, office, username):
    from ui.main_window import MainWindow

    desk = MainWindow(db, office, reference.find_user(db, username))
    qtbot.addWidget(desk)
    assert desk.council_report_action in _reports_menu(desk).actions()
    assert desk.council_report_action.isVisible() and desk.council_report_action.isEnabled()


def _reports_menu(desk):
    return next(a.menu() for a in desk.menuBar().actions()
                if desk.council_report_action in a.menu().actions())


def test_the_mayor_prints_last_months_report(qtbot, db, office, pdf_printer_output, today):
    from ui.main_window import MainWindow

    desk = MainWindow(db, office, reference.find_user(db, "mayor"))
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    _reports_menu(desk)  # under Reports, as for every role
    desk.council_report_action.trigger()
    dialog = desk.findChild(CouncilReportDialog)
    qtbot.waitUntil(lambda: dialog.is_ready() or dialog.failed(), timeout=WAIT)
    last_month = previous_month(today)  # November 2569 at the suite's usual moment
    assert dialog.chosen_month() == last_month
    assert dialog.print_document()
    assert contains(pdf_text(dialog.pdf_bytes()), f"ประจำเดือน{month_label(*last_month)}")
    assert pdf_printer_output.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_english_desk(qtbot, db, office, english):
    made = CouncilReportDialog(db, office, today=TODAY)
    qtbot.addWidget(made)
    assert made.month.currentText() == "November 2026"
    qtbot.waitUntil(made.is_ready, timeout=WAIT)
