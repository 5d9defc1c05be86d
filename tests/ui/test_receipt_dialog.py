"""Receipt preview: paper switch, save as PDF and printing through a (PDF) printer."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import log
from ui.dialogs.receipt_dialog import ReceiptDialog
from ui.printing import workstation_printers

A5_WIDTH_PT = 419.5
ROLL_WIDTH_PT = 80 / 25.4 * 72


@pytest.fixture
def dialog(qtbot, db, demo_office, clerk):
    complaint = log(db, demo_office, clerk)
    receipt = ReceiptDialog(db, complaint.id)
    qtbot.addWidget(receipt)
    receipt.show()
    qtbot.waitExposed(receipt)
    return receipt


def page_width(pdf: bytes) -> float:
    return float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)


def test_preview_shows_the_receipt_of_the_complaint(dialog):
    assert not dialog.isModal()
    assert dialog.windowTitle() == f"ใบรับเรื่องเลขที่ {dialog.tracking_no()}"
    assert dialog.pdf_bytes().startswith(b"%PDF")
    assert dialog.preview.page_count() == len(PdfReader(io.BytesIO(dialog.pdf_bytes())).pages)
    assert page_width(dialog.pdf_bytes()) == pytest.approx(A5_WIDTH_PT, abs=1)
    assert dialog.thermal_button.text() == "ม้วนกระดาษ 80 มม."


def test_switching_to_the_roll_re_renders_and_is_remembered(qtbot, dialog, db):
    a5 = dialog.pdf_bytes()
    dialog.thermal_button.click()
    assert dialog.variant() == "thermal"
    assert dialog.pdf_bytes() != a5
    assert page_width(dialog.pdf_bytes()) == pytest.approx(ROLL_WIDTH_PT, abs=1)
    assert workstation_printers().receipt_paper == "thermal"  # this PC's receipt paper

    again = ReceiptDialog(db, dialog._complaint.id)
    qtbot.addWidget(again)
    assert again.variant() == "thermal"


def test_save_as_pdf_writes_the_file(monkeypatch, tmp_path, dialog):
    offered = {}

    def fake_dialog(parent, caption, directory, filter_):
        offered.update(caption=caption, directory=directory, filter=filter_)
        return str(tmp_path / "receipt"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    dialog.save_button.click()
    saved = tmp_path / "receipt.pdf"
    assert saved.read_bytes() == dialog.pdf_bytes()
    assert offered["directory"].endswith(f"ใบรับเรื่อง-{dialog.tracking_no()}.pdf")
    assert offered["filter"] == "ไฟล์ PDF (*.pdf)"


def test_cancelled_save_writes_nothing(monkeypatch, tmp_path, dialog):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert dialog.save_as_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize("variant", ["a5", "thermal"])
def test_printing_paints_every_page_on_the_printer(dialog, pdf_printer_output, variant):
    if variant == "thermal":
        dialog.thermal_button.click()
    dialog.print_button.click()
    printed = PdfReader(str(pdf_printer_output))
    expected = PdfReader(io.BytesIO(dialog.pdf_bytes()))
    assert len(printed.pages) == len(expected.pages)
    for got, want in zip(printed.pages, expected.pages):
        assert float(got.mediabox.width) == pytest.approx(float(want.mediabox.width), abs=1)
        assert float(got.mediabox.height) == pytest.approx(float(want.mediabox.height), abs=1)
        # A raster of the page was drawn, not an empty sheet.
        assert got.images, "the printed page carries no image"


def test_cancelled_print_dialog_prints_nothing(monkeypatch, dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert dialog.print_receipt() is False
