"""An in-memory PDF preview: hand it bytes; a sheet is shown whole, a long slip by its width."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

SHEET_ASPECT_LIMIT = 1.6  # ISO A sizes are 1.414; letter is 1.29


class PdfPreviewWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        # QPdfDocument reads from the device lazily while pages are drawn, so the buffer (and
        # the QByteArray behind it) must live exactly as long as the loaded document.
        self._buffer: QBuffer | None = None
        self._view = QPdfView(self)
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setPageSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)

    def set_pdf(self, data: bytes) -> None:
        """Show `data`; raises ValueError when Qt cannot read it as a PDF."""
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        if self._document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"unreadable PDF: {self._document.error()}")
        self._view.setZoomMode(self._zoom_for_first_page())

    def _zoom_for_first_page(self) -> QPdfView.ZoomMode:
        # A whole A5/A4 page fits a preview window legibly; a thermal roll slip is many times
        # taller than wide and would shrink to a stripe, so it is shown by its width instead.
        size = self._document.pagePointSize(0)
        if size.width() > 0 and size.height() / size.width() <= SHEET_ASPECT_LIMIT:
            return QPdfView.ZoomMode.FitInView
        return QPdfView.ZoomMode.FitToWidth

    def document(self) -> QPdfDocument:
        return self._document

    def page_count(self) -> int:
        return self._document.pageCount()
