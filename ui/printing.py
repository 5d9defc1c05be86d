"""Printing a document on this workstation's printer for its kind, with or without a dialog.

Receipts go to the receipt printer, everything on A4 to the A4 printer, as chosen once in
Settings → Printers (services.workstation, a file of this PC). "Ask every time", a printer
that has gone, or "Print with options…" open Qt's print dialog instead; a gone printer is
said so first, so the clerk knows why the dialog came up.

Printers come from a factory that tests replace (`set_printer_factory`): the offscreen test
machine has no printers, and a test printer writes a PDF file that the test reads back.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fondue_desk.services import workstation
from fondue_desk.services.workstation import NAMED, SYSTEM_DEFAULT, WorkstationPrinters

from .widgets.pdf_printing import (
    PrinterUnavailable,
    load_document,
    render_to_printer,
    set_first_page,
)

PRINTED, CANCELLED, FAILED = "printed", "cancelled", "failed"


class PrinterFactory:
    """The printers installed on this PC, as Qt's print support sees them."""

    def names(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def default_name(self) -> str:
        return QPrinterInfo.defaultPrinterName()

    def printer(self, name: str) -> QPrinter | None:
        """A printer ready to paint on, or None when no printer of that name is installed."""
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            return None
        return QPrinter(info, QPrinter.PrinterMode.HighResolution)


_factory = PrinterFactory()


def printer_factory() -> PrinterFactory:
    return _factory


def set_printer_factory(factory: PrinterFactory) -> PrinterFactory:
    """Put `factory` in place; returns the one it replaces (tests put it back)."""
    global _factory
    previous, _factory = _factory, factory
    return previous


def workstation_file() -> Path:
    """This PC's printer choice, in the user's local (not roaming) configuration folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return workstation.settings_path(folder)


# Before Settings → Printers the receipt preview kept its paper here; a desk that printed on
# the roll keeps doing so after the update.
LEGACY_PAPER_SETTING = "receipt/variant"


def workstation_printers() -> WorkstationPrinters:
    path = workstation_file()
    if not path.exists():
        legacy = QSettings().value(LEGACY_PAPER_SETTING)
        if legacy in workstation.RECEIPT_PAPERS and legacy != workstation.DEFAULT_RECEIPT_PAPER:
            try:
                return workstation.set_receipt_paper(path, legacy)
            except OSError:
                return WorkstationPrinters(receipt_paper=legacy)
    return workstation.load_printers(path)


@dataclass(frozen=True)
class PrintOutcome:
    status: str
    printer: str = ""
    pages: int = 0
    detail: str = ""

    @property
    def printed(self) -> bool:
        return self.status == PRINTED


@dataclass(frozen=True)
class _Plan:
    printer: QPrinter | None  # printed on at once; None: the dialog decides
    name: str = ""  # the chosen printer's name, as the clerk knows it
    preset: QPrinter | None = None  # the printer the dialog opens on
    problem: str = ""  # why the dialog comes up although a printer was chosen


def _plan(kind: str, with_options: bool) -> _Plan:
    choice = workstation_printers().for_kind(kind)
    factory = printer_factory()
    if choice.mode == NAMED:
        name = choice.name
        printer = factory.printer(name)
        if printer is None:
            return _Plan(None, problem=_missing_text(kind, name))
    elif choice.mode == SYSTEM_DEFAULT:
        name = factory.default_name()
        printer = factory.printer(name) if name else None
        if printer is None:
            return _Plan(None, problem=_no_default_text(kind))
    else:
        return _Plan(None)
    return _Plan(None, preset=printer) if with_options else _Plan(printer, name)


def _missing_text(kind: str, name: str) -> str:
    if kind == workstation.RECEIPT:
        text = QCoreApplication.translate(
            "Printing", "The receipt printer “%1” is not installed on this computer any more.")
    else:
        text = QCoreApplication.translate(
            "Printing", "The A4 printer “%1” is not installed on this computer any more.")
    return text.replace("%1", name) + "\n\n" + _choose_now_text()


def _no_default_text(kind: str) -> str:
    if kind == workstation.RECEIPT:
        text = QCoreApplication.translate(
            "Printing", "Receipts go to the system's default printer, but this computer has none.")
    else:
        text = QCoreApplication.translate(
            "Printing", "A4 documents go to the system's default printer, but this computer has "
            "none.")
    return text + "\n\n" + _choose_now_text()


def _choose_now_text() -> str:
    return QCoreApplication.translate(
        "Printing", "Choose a printer for this print. To print straight away again, choose the "
        "printer in Settings → Printers.")


def _warn(parent: QWidget | None, problem: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Printer not found"),
                        problem)


def _dialog(printer: QPrinter, parent: QWidget | None, title: str) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return dialog


def _paint(data: bytes, printer: QPrinter, title: str, name: str = "") -> PrintOutcome:
    name = name or printer_label(printer)
    try:
        document, buffer = load_document(data)
        try:
            printer.setDocName(title)
            pages = render_to_printer(document, printer)
        finally:
            buffer.close()
    except PrinterUnavailable:
        return PrintOutcome(FAILED, name, detail=QCoreApplication.translate(
            "Printing", "the printer did not accept the job. Is it switched on and connected?"))
    except (OSError, ValueError) as exc:  # a PDF QtPdf cannot read: a bug worth its words
        return PrintOutcome(FAILED, name, detail=str(exc))
    return PrintOutcome(PRINTED, name, pages)


def _dialog_printer(plan: _Plan, data: bytes) -> QPrinter:
    printer = plan.preset or QPrinter(QPrinter.PrinterMode.HighResolution)
    document, buffer = load_document(data)
    set_first_page(printer, document)  # the dialog shows the document's paper
    buffer.close()
    return printer


def print_pdf(data: bytes, parent: QWidget | None, title: str, *, kind: str,
              with_options: bool = False) -> PrintOutcome:
    """Print `data` on the printer chosen for `kind`; the print dialog only when asked to,
    when this PC asks every time, or when the chosen printer is gone."""
    plan = _plan(kind, with_options)
    if plan.printer is not None:
        return _paint(data, plan.printer, title, plan.name)
    if plan.problem:
        _warn(parent, plan.problem)
    printer = _dialog_printer(plan, data)
    dialog = _dialog(printer, parent, title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return PrintOutcome(CANCELLED)
    return _paint(data, printer, title)


def start_print(data: bytes, parent: QWidget, title: str, *, kind: str,
                finished: Callable[[PrintOutcome], None]) -> QPrintDialog | None:
    """As print_pdf, but a print dialog is opened without waiting for it (window-modal), so
    the caller goes on; `finished` gets the outcome either way. Returns the open dialog."""
    plan = _plan(kind, with_options=False)
    if plan.printer is not None:
        finished(_paint(data, plan.printer, title, plan.name))
        return None
    if plan.problem:
        _warn(parent, plan.problem)
    printer = _dialog_printer(plan, data)
    dialog = _dialog(printer, parent, title)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            finished(_paint(data, printer, title))
        else:
            finished(PrintOutcome(CANCELLED))
        dialog.deleteLater()

    dialog.finished.connect(done)
    QDialog.open(dialog)  # PySide binds QPrintDialog.open to the (receiver, slot) overload
    return dialog


def printer_label(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return Path(printer.outputFileName()).name
    return printer.printerName()


def outcome_text(outcome: PrintOutcome) -> str:
    """One line for a status bar or a dialog's foot."""
    if outcome.status == PRINTED:
        pages = outcome.pages  # a plain name: lupdate skips a call whose count is an attribute
        text = QCoreApplication.translate("Printing", "Sent to %1: %n page(s).", "", pages)
        return text.replace("%1", outcome.printer or QCoreApplication.translate(
            "Printing", "the printer"))
    if outcome.status == CANCELLED:
        return QCoreApplication.translate("Printing", "Not printed.")
    text = QCoreApplication.translate("Printing", "Could not print on %1: %2")
    return (text.replace("%1", outcome.printer or QCoreApplication.translate(
        "Printing", "the printer")).replace("%2", outcome.detail))


def will_ask(kind: str) -> bool:
    """True when printing `kind` opens the dialog: the button then says "Print…"."""
    return workstation_printers().for_kind(kind).asks
