"""Painting a PDF on any Qt printer (ui.printing decides which printer, and whether to ask).

The PDF is rasterised page by page with QtPdf (PDFium) at the printer's resolution and drawn
into the paper rectangle. That prints exactly what the preview shows, on drivers that know
nothing about PDF, without a PDF viewer installed on the office PC.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# An A5 page at 600 dpi is a 70 MB image; 1200 dpi (Qt's PDF printer default) would be 280 MB.
# Text printed at 600 dpi is indistinguishable from vector output on office laser printers.
MAX_DPI = 600


class PrinterUnavailable(OSError):
    """The printer refused to start a job (switched off, unplugged, or its driver failed)."""


def load_document(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A loaded document and the buffer it reads from; the caller keeps both alive together."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"unreadable PDF: {document.error()}")
    return document, buffer


def page_size_of(document: QPdfDocument, page: int) -> QPageSize:
    points = document.pagePointSize(page)
    return QPageSize(QSizeF(points), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def _fit(image_size: QSize, target: QRect) -> QRect:
    """The largest rectangle of the image's aspect ratio centred in `target`."""
    scaled = image_size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - scaled.width()) // 2
    y = target.y() + (target.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


def _set_page(printer: QPrinter, document: QPdfDocument, page: int) -> None:
    size = page_size_of(document, page)
    points = document.pagePointSize(page)
    orientation = (
        QPageLayout.Orientation.Landscape
        if points.width() > points.height()
        else QPageLayout.Orientation.Portrait
    )
    # The PDF carries its own margins; the printer adds none, so positions match the preview.
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of `document` on `printer`; returns the number of pages printed."""
    count = document.pageCount()
    if count == 0:
        return 0
    printer.setFullPage(True)
    _set_page(printer, document, 0)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(printer.printerName())
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(count):
            if page > 0:
                _set_page(printer, document, page)
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(_fit(image.size(), target), image)
    finally:
        painter.end()
    return count


def set_first_page(printer: QPrinter, document: QPdfDocument) -> None:
    """Give the printer the first page's paper, so a print dialog shows it."""
    if document.pageCount():
        _set_page(printer, document, 0)
