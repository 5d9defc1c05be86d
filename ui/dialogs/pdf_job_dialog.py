"""A preview of one PDF made by a service: shown, printed as one job, or saved as one file.

Small documents are made at once; big ones (a day's letters, a year's register) off the GUI
thread, with a busy indicator, so the window never freezes. Subclasses say what to make.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.services import workstation

from ..messages import error_text
from ..printing import PrintOutcome, outcome_text, print_pdf, will_ask
from ..style import HINT, PRIMARY_BUTTON
from ..tasks import BackgroundTask
from ..widgets.pdf_preview import PdfPreviewWidget
from ..widgets.pdf_saving import save_pdf_as
from ..widgets.screen_fit import resize_within_screen

# A task whose dialog was closed mid-render: a QThread destroyed while running takes the
# process with it, so the task stays referenced here, not by the dialog, until it ends.
_running: set[BackgroundTask] = set()


class PdfJobDialog(QDialog):
    """Subclasses set the window title and busy text, then call `render_pdf`."""

    rendered = Signal(bool)  # True: the PDF is shown; False: it could not be made
    PRINTER_KIND = workstation.A4  # work orders, letters and registers are all A4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = b""
        self.task: BackgroundTask | None = None
        self.setModal(False)
        resize_within_screen(self, 780, 920)

        self.preview = PdfPreviewWidget(self)
        self.busy_label = QLabel(self.tr("Preparing the document…"), self)
        self.busy_label.setObjectName(HINT)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # the renderers report no steps: a busy indicator
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(260)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._busy_page())
        self.stack.addWidget(self.preview)
        self.summary = QLabel(self)
        self.summary.setObjectName(HINT)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName(PRIMARY_BUTTON)
        self.options_button = QPushButton(self.tr("Print with options…"), self)
        self.options_button.setToolTip(self.tr("Choose the printer and copies (Ctrl+Shift+P)"))
        self.options_button.setAutoDefault(False)
        self.print_status = QLabel(self)
        self.print_status.setObjectName(HINT)
        self.print_status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._build_layout()

        self.print_button.clicked.connect(self.print_document)
        self.options_button.clicked.connect(self.print_with_options)
        self._name_print_button()
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.close)
        self.print_button.setDefault(True)
        self._set_ready(False)

    def _busy_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.busy_label)
        column.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.error_label)
        column.addStretch(1)
        return page

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.summary)
        buttons.addWidget(self.print_status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.options_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    # ----------------------------------------------------------------- rendering
    def render_pdf(self, make: Callable[[], bytes], *, background: bool) -> None:
        """Make the PDF with `make` (no widgets in it: it may run in a worker thread)."""
        if not background:
            try:
                pdf = make()
            except Exception as exc:  # noqa: BLE001  (shown in the dialog, like a worker's)
                self._failed(exc)
            else:
                self._rendered(pdf)
            return
        task = BackgroundTask(lambda _progress, _cancelled: make())
        task.succeeded.connect(self._rendered)
        task.failed.connect(self._failed)
        task.finished.connect(lambda t=task: _running.discard(t))
        _running.add(task)
        self.task = task
        task.start()

    def _rendered(self, pdf: bytes) -> None:
        try:
            self.preview.set_pdf(pdf)
        except ValueError as exc:
            self._failed(exc)
            return
        self._pdf = pdf
        self.stack.setCurrentWidget(self.preview)
        # Spelled with its context: a subclass's self.tr misses the base class's plurals.
        pages = self.preview.page_count()
        self.summary.setText(QCoreApplication.translate("PdfJobDialog", "%n page(s)", "", pages))
        self._set_ready(True)
        self.print_button.setFocus()
        self.rendered.emit(True)

    def _failed(self, error: object) -> None:
        self.busy_bar.hide()
        self.busy_label.setText(self.tr("The document could not be prepared."))
        self.error_label.setText(error_text(error) if hasattr(error, "code") else str(error))
        self.error_label.show()
        self.rendered.emit(False)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.options_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def is_ready(self) -> bool:
        return bool(self._pdf)

    def failed(self) -> bool:
        return not self.error_label.isHidden()

    def pdf_bytes(self) -> bytes:
        return self._pdf

    # ----------------------------------------------------------------- output
    def _name_print_button(self) -> None:
        # "Print…" promises a dialog; with an A4 printer chosen there is none.
        if will_ask(self.PRINTER_KIND):
            self.print_button.setText(self.tr("Print…"))
            self.print_button.setToolTip(self.tr("Print every page as one job (Ctrl+P)"))
        else:
            self.print_button.setText(self.tr("Print"))
            self.print_button.setToolTip(self.tr(
                "Print every page as one job on the A4 printer (Ctrl+P)"))

    def print_document(self) -> bool:
        if not self._pdf:
            return False
        return self._report(print_pdf(self._pdf, self, self.windowTitle(),
                                      kind=self.PRINTER_KIND))

    def print_with_options(self) -> bool:
        if not self._pdf:
            return False
        return self._report(print_pdf(self._pdf, self, self.windowTitle(),
                                      kind=self.PRINTER_KIND, with_options=True))

    def _report(self, outcome: PrintOutcome) -> bool:
        self.print_status.setText(outcome_text(outcome))
        return outcome.printed

    def default_file_name(self) -> str:
        """Overridden by subclasses: the file name offered when saving."""
        return "document.pdf"

    def save_as_pdf(self) -> Path | None:
        if not self._pdf:
            return None
        return save_pdf_as(self, self._pdf, self.tr("Save as PDF"), self.default_file_name())

    def keyPressEvent(self, event) -> None:  # Qt override
        modifiers = event.modifiers()
        if event.key() == Qt.Key.Key_P and modifiers & Qt.KeyboardModifier.ControlModifier:
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.print_with_options()
            else:
                self.print_document()
            return
        super().keyPressEvent(event)
