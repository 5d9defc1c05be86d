"""Printing straight to this PC's printers, and the print dialog only when it is wanted.

The offscreen test machine has no printers: a factory of PDF-writing printers stands in for
them (ui.printing's seam), and each printed file is compared with the document it came from.
"""
from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from fondue_desk.services import receipts, workstation
from fondue_desk.services.workstation import PrinterChoice, WorkstationPrinters
from tests.complaint_views import newest_complaints
from tests.ui.helpers import log
from tests.ui.keyboard import type_text
from ui import printing
from ui.dialogs.pdf_job_dialog import PdfJobDialog
from ui.dialogs.receipt_dialog import ReceiptDialog

RECEIPT_PRINTER, A4_PRINTER = "Counter receipt", "Office A4"
ROLL_WIDTH_PT = 80 / 25.4 * 72
A4_WIDTH_PT = 595.3


class PdfPrinters(printing.PrinterFactory):
    """Installed printers that write PDF files into a folder, one file per job."""

    def __init__(self, folder: Path, names=(RECEIPT_PRINTER, A4_PRINTER),
                 default: str = A4_PRINTER) -> None:
        self.folder = folder
        self.installed = list(names)
        self.default = default
        self.jobs: list[tuple[str, Path]] = []
        self.broken: set[str] = set()

    def names(self) -> list[str]:
        return list(self.installed)

    def default_name(self) -> str:
        return self.default

    def printer(self, name: str) -> QPrinter | None:
        if name not in self.installed:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        folder = self.folder / ("missing-folder" if name in self.broken else "")
        slug = re.sub(r"\W+", "-", name)
        path = folder / f"{slug}-{len(self.jobs) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.jobs.append((name, path))
        return printer

    def printed(self) -> list[tuple[str, Path]]:
        return [(name, path) for name, path in self.jobs if path.exists()]


@pytest.fixture
def printers(tmp_path):
    factory = PdfPrinters(tmp_path / "printed")
    factory.folder.mkdir()
    previous = printing.set_printer_factory(factory)
    yield factory
    printing.set_printer_factory(previous)


@pytest.fixture
def no_print_dialog(monkeypatch):
    """Any print dialog fails the test, however it would have been opened."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a print dialog was opened")

    def print_dialogs() -> set[int]:
        return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog)}

    before = print_dialogs()  # an earlier test's, waiting for its deferred delete
    monkeypatch.setattr(printing, "QPrintDialog", refuse)
    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    yield
    assert print_dialogs() <= before


@pytest.fixture
def dialogs_opened(monkeypatch):
    """Print dialogs shown with exec(): their title and printer's output, then cancelled.
    (Recorded while open: the dialog and its printer are gone once printing returns.)"""
    opened: list[dict[str, str]] = []

    def record(dialog):
        opened.append({"title": dialog.windowTitle(),
                       "output": dialog.printer().outputFileName()})
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", record)
    return opened


def choose(**kinds: PrinterChoice | str) -> None:
    paper = kinds.pop("paper", "a5")
    workstation.save_printers(printing.workstation_file(),
                              WorkstationPrinters(receipt_paper=paper, **kinds))


def looks_the_same(printed: Path, original: bytes) -> bool:
    """The printed job is a picture of the PDF's pages: compare the two at 30 dpi."""
    pictures = []
    for name, data in (("printed", printed.read_bytes()), ("original", original)):
        source = printed.with_name(f"{printed.stem}-{name}.pdf")
        source.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", "-f", "1", "-l", "1",
                        str(source), str(source.with_suffix(""))], check=True)
        pictures.append(Image.open(next(printed.parent.glob(f"{source.stem}*.png"))).convert("L"))
    printed_page, original_page = pictures
    width, height = original_page.size
    if abs(printed_page.width - width) > 1 or abs(printed_page.height - height) > 1:
        return False  # another paper size
    # A pixel of rounding shifts every glyph's edge: blur both before comparing.
    printed_page, original_page = (
        picture.resize((width, height)).filter(ImageFilter.GaussianBlur(2))
        for picture in (printed_page, original_page))
    difference = ImageStat.Stat(ImageChops.difference(printed_page, original_page)).mean[0]
    ink = ImageStat.Stat(ImageChops.invert(original_page)).mean[0]  # a blank page's difference
    return difference < ink / 3


def page_width(path: Path) -> float:
    return float(PdfReader(str(path)).pages[0].mediabox.width)


def fill_walk_in(qtbot, page) -> None:
    form = page.form
    form.category.setCurrentIndex(0)
    type_text(form.description, "ไฟฟ้าส่องสว่างหน้าวัดดับ")
    form.anonymous.setChecked(True)
    form.description.setFocus()


def save_with_enter(qtbot, page):
    with qtbot.waitSignal(page.complaint_logged) as logged:
        qtbot.keyClick(page.form.description, Qt.Key.Key_Return)
    return logged.args[0]


# ---------------------------------------------------------------- the counter: Enter
def test_enter_saves_and_prints_the_receipt_straight_to_the_receipt_printer(
        qtbot, page, db, demo_office, printers, no_print_dialog):
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER), a4=PrinterChoice("default"))
    messages: list[str] = []
    page.message.connect(messages.append)
    fill_walk_in(qtbot, page)
    complaint = save_with_enter(qtbot, page)

    assert newest_complaints(db, demo_office.id)[0].id == complaint.id
    [(name, path)] = printers.printed()
    assert name == RECEIPT_PRINTER
    receipt = receipts.receipt_pdf(db, complaint.id, variant="a5")
    assert len(PdfReader(str(path)).pages) == len(PdfReader(io.BytesIO(receipt)).pages)
    assert page_width(path) == pytest.approx(float(PdfReader(io.BytesIO(receipt)).pages[0]
                                                   .mediabox.width), abs=1)
    assert looks_the_same(path, receipt)
    assert page.print_dialog() is None
    status = page.print_status.text()
    assert complaint.tracking_no in status and RECEIPT_PRINTER in status
    assert messages[-1] == status  # the status bar says it too
    assert page.form.is_blank()


def test_the_roll_paper_prints_80_mm_wide(qtbot, page, printers, no_print_dialog):
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER), paper="thermal")
    fill_walk_in(qtbot, page)
    save_with_enter(qtbot, page)
    [(_name, path)] = printers.printed()
    assert page_width(path) == pytest.approx(ROLL_WIDTH_PT, abs=1)


def test_a_printer_that_fails_is_reported_and_ctrl_p_tries_again(
        qtbot, page, printers, no_print_dialog):
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER))
    printers.broken.add(RECEIPT_PRINTER)
    fill_walk_in(qtbot, page)
    complaint = save_with_enter(qtbot, page)
    assert printers.printed() == []
    status = page.print_status.text()
    assert complaint.tracking_no in status and "Ctrl+P" in status
    assert page.print_status.objectName() == "fieldError"  # shown in red, not as a hint

    printers.broken.clear()
    qtbot.keyClick(page.form.category, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [name for name, _path in printers.printed()] == [RECEIPT_PRINTER]
    assert page.print_status.objectName() == "hint"


def test_asking_every_time_opens_the_print_dialog_and_prints_what_it_accepts(
        qtbot, page, db, printers, tmp_path):
    fill_walk_in(qtbot, page)  # nothing chosen on this PC: ask every time
    complaint = save_with_enter(qtbot, page)
    dialog = page.print_dialog()
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    assert complaint.tracking_no in dialog.windowTitle()
    assert page.form.is_blank()  # saved already; the dialog only prints
    output = tmp_path / "chosen.pdf"
    dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer().setOutputFileName(str(output))
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: page.print_dialog() is None)
    assert looks_the_same(output, receipts.receipt_pdf(db, complaint.id))
    assert "chosen.pdf" in page.print_status.text()


def test_ctrl_shift_p_on_the_counter_opens_the_dialog_on_the_receipt_printer(
        qtbot, page, printers, dialogs_opened):
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER))
    fill_walk_in(qtbot, page)
    save_with_enter(qtbot, page)
    assert dialogs_opened == [] and len(printers.printed()) == 1
    qtbot.keyClick(page.form.category, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(dialogs_opened) == 1
    assert dialogs_opened[0]["output"].startswith(str(printers.folder))  # on that printer
    assert len(printers.printed()) == 1  # cancelled: nothing more printed


def test_a_printer_that_is_gone_says_so_then_asks(qtbot, page, printers, dialogs_opened,
                                                  monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warned.append(text))
    choose(receipt=PrinterChoice("named", "Old Epson TM-T82"))
    fill_walk_in(qtbot, page)
    save_with_enter(qtbot, page)  # Enter's dialog does not block: it is open now
    assert "Old Epson TM-T82" in warned[0]
    page.print_dialog().reject()
    qtbot.waitUntil(lambda: page.print_dialog() is None)
    assert printers.printed() == []


# ---------------------------------------------------------------- previews
@pytest.fixture
def receipt_dialog(qtbot, db, demo_office, clerk):
    def make() -> ReceiptDialog:
        dialog = ReceiptDialog(db, log(db, demo_office, clerk).id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def test_the_receipt_preview_prints_without_a_dialog_and_ctrl_shift_p_asks(
        qtbot, receipt_dialog, printers, dialogs_opened):
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER))
    dialog = receipt_dialog()
    assert not dialog.print_button.text().endswith("…")  # no dialog promised
    dialog.print_button.click()
    assert dialogs_opened == []
    [(name, path)] = printers.printed()
    assert name == RECEIPT_PRINTER and looks_the_same(path, dialog.pdf_bytes())
    assert RECEIPT_PRINTER in dialog.print_status.text()

    qtbot.keyClick(dialog, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(dialogs_opened) == 1
    dialog.options_button.click()
    assert len(dialogs_opened) == 2
    assert len(printers.printed()) == 1


def test_the_receipt_preview_still_asks_when_this_pc_asks(receipt_dialog, dialogs_opened):
    dialog = receipt_dialog()
    assert dialog.print_button.text().endswith("…")
    assert dialog.print_receipt() is False
    assert len(dialogs_opened) == 1


def a4_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica-Bold", 48)
    page.drawString(72, 700, "WORK ORDER")
    page.rect(72, 200, 450, 400, fill=1)
    page.showPage()
    page.drawString(72, 700, "PAGE TWO")
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_a4_documents_go_to_the_a4_printer(qtbot, printers, no_print_dialog):
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER), a4=PrinterChoice("default"))
    dialog = PdfJobDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Work orders")
    pdf = a4_pdf()
    dialog.render_pdf(lambda: pdf, background=False)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [(name, path)] = printers.printed()
    assert name == A4_PRINTER  # the system default, as chosen
    assert len(PdfReader(str(path)).pages) == 2
    assert page_width(path) == pytest.approx(A4_WIDTH_PT, abs=1)
    assert looks_the_same(path, pdf)


def test_a4_with_options_opens_the_dialog(qtbot, printers, dialogs_opened):
    choose(a4=PrinterChoice("named", A4_PRINTER))
    dialog = PdfJobDialog()
    qtbot.addWidget(dialog)
    dialog.render_pdf(a4_pdf, background=False)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(dialogs_opened) == 1 and printers.printed() == []
    assert dialog.print_status.text()  # "not printed", in the clerk's language


# ---------------------------------------------------------------- in Thai
def test_the_clerk_reads_printing_in_thai(qtbot, page, receipt_dialog, printers,
                                          no_print_dialog):
    choose(receipt=PrinterChoice("named", RECEIPT_PRINTER), a4=PrinterChoice("default"))
    fill_walk_in(qtbot, page)
    complaint = save_with_enter(qtbot, page)
    assert page.print_status.text() == (
        f"ใบรับเรื่องเลขที่ {complaint.tracking_no}: ส่งไปยัง {RECEIPT_PRINTER} แล้ว 1 หน้า")
    dialog = receipt_dialog()
    assert (dialog.print_button.text(), dialog.options_button.text()) == (
        "พิมพ์", "ตัวเลือกการพิมพ์…")
    job = PdfJobDialog()
    qtbot.addWidget(job)
    assert (job.print_button.text(), job.options_button.text()) == ("พิมพ์", "ตัวเลือกการพิมพ์…")


def test_the_roll_remembered_before_the_update_is_kept(qtbot, receipt_dialog):
    from PySide6.QtCore import QSettings

    QSettings().setValue(printing.LEGACY_PAPER_SETTING, "thermal")
    assert receipt_dialog().variant() == "thermal"
    assert workstation.load_printers(printing.workstation_file()).receipt_paper == "thermal"
