"""Settings → Printers: this PC's receipt and A4 printers, kept in a local file."""
from __future__ import annotations

import pytest

from fondue_desk.services import workstation
from fondue_desk.services.workstation import PrinterChoice, WorkstationPrinters
from tests.ui.settings_helpers import open_settings, press
from tests.ui.test_printing import A4_PRINTER, RECEIPT_PRINTER, PdfPrinters
from ui import printing
from ui.settings.pages.printers import PrintersPage


@pytest.fixture
def printers(tmp_path):
    factory = PdfPrinters(tmp_path)
    previous = printing.set_printer_factory(factory)
    yield factory
    printing.set_printer_factory(previous)


def items(page, combo) -> list[tuple[str, tuple[str, str]]]:
    listed = []
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        choice = page.choice("receipt" if combo is page.receipt_printer else "a4")
        listed.append((combo.itemText(index), (choice.mode, choice.name)))
    return listed


def pick(combo, data: tuple[str, str]) -> None:
    index = PrintersPage.index_of(combo, PrinterChoice(*data))
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_page_lists_ask_the_default_and_every_installed_printer(
        qtbot, db, demo_office, admin, printers):
    window = open_settings(qtbot, db, demo_office, admin, "printers")
    page = window.current_page()
    assert page.NAME == "printers"
    assert page.choice("receipt") == PrinterChoice("ask")  # a new PC asks
    listed = items(page, page.receipt_printer)
    assert [data for _text, data in listed] == [
        ("ask", ""), ("default", ""), ("named", RECEIPT_PRINTER), ("named", A4_PRINTER)]
    assert A4_PRINTER in listed[1][0]  # the default says which printer it is
    assert page.a5_radio.isChecked()
    assert not page.warnings["receipt"].isVisible()


def test_ok_saves_the_choice_on_this_pc_and_it_loads_again(
        qtbot, db, demo_office, admin, printers):
    window = open_settings(qtbot, db, demo_office, admin, "printers")
    page = window.current_page()
    pick(page.receipt_printer, ("named", RECEIPT_PRINTER))
    page.roll_radio.setChecked(True)
    pick(page.a4_printer, ("default", ""))
    assert not printing.workstation_file().exists()  # nothing before OK
    with qtbot.waitSignal(window.accepted):
        press(qtbot, window.ok_button)

    assert printing.workstation_printers() == WorkstationPrinters(
        receipt=PrinterChoice("named", RECEIPT_PRINTER), a4=PrinterChoice("default"),
        receipt_paper="thermal")
    again = open_settings(qtbot, db, demo_office, admin, "printers").current_page()
    assert again.choice("receipt") == PrinterChoice("named", RECEIPT_PRINTER)
    assert again.choice("a4") == PrinterChoice("default")
    assert again.roll_radio.isChecked()


def test_cancel_keeps_the_old_choice(qtbot, db, demo_office, admin, printers):
    window = open_settings(qtbot, db, demo_office, admin, "printers")
    pick(window.current_page().a4_printer, ("named", A4_PRINTER))
    press(qtbot, window.cancel_button)
    assert printing.workstation_printers().a4.asks


def test_a_printer_no_longer_installed_is_shown_and_warned_about(
        qtbot, db, demo_office, admin, printers):
    workstation.save_printers(printing.workstation_file(), WorkstationPrinters(
        receipt=PrinterChoice("named", "Old Epson TM-T82")))
    page = open_settings(qtbot, db, demo_office, admin, "printers").current_page()
    assert page.choice("receipt") == PrinterChoice("named", "Old Epson TM-T82")
    assert "Old Epson TM-T82" in page.receipt_printer.currentText()
    assert page.warnings["receipt"].isVisible()
    assert "Old Epson TM-T82" in page.warnings["receipt"].text()
    pick(page.receipt_printer, ("named", RECEIPT_PRINTER))
    assert not page.warnings["receipt"].isVisible()


def test_no_default_printer_is_warned_about(qtbot, db, demo_office, admin, printers):
    printers.default = ""
    page = open_settings(qtbot, db, demo_office, admin, "printers").current_page()
    pick(page.a4_printer, ("default", ""))
    assert page.warnings["a4"].isVisible()


def test_a_clerk_sets_the_printers_of_their_counter_at_once(
        qtbot, db, demo_office, clerk, printers):
    window = open_settings(qtbot, db, demo_office, clerk)
    assert "printers" in window.page_names()
    window.show_page("printers")
    page = window.current_page()
    assert not window.ok_button.isVisible()  # a clerk's window has only Close
    pick(page.receipt_printer, ("named", RECEIPT_PRINTER))
    assert printing.workstation_printers().receipt == PrinterChoice("named", RECEIPT_PRINTER)
    assert page.saved_note.text()
    page.roll_radio.setChecked(True)
    assert printing.workstation_printers().receipt_paper == "thermal"


def test_the_search_box_finds_the_page(qtbot, db, demo_office, admin, printers):
    window = open_settings(qtbot, db, demo_office, admin)
    assert "printers" in window.filter_pages("A4")


def test_the_page_reads_in_thai(qtbot, db, demo_office, admin, printers):
    window = open_settings(qtbot, db, demo_office, admin, "printers")
    page = window.current_page()
    assert window.page_title.text() == "เครื่องพิมพ์"
    assert page.receipt_printer.itemText(0) == "ถามทุกครั้ง (หน้าต่างการพิมพ์)"
    assert page.receipt_printer.itemText(1) == f"เครื่องพิมพ์เริ่มต้นของระบบ ({A4_PRINTER})"
    assert "printers" in window.filter_pages("เครื่องพิมพ์")
