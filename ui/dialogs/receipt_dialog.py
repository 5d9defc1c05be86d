"""Receipt preview: shows the complaint's receipt and prints it or saves it as a PDF file."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.services import complaints, receipts, workstation

from ..printing import (
    PrintOutcome,
    outcome_text,
    print_pdf,
    will_ask,
    workstation_file,
    workstation_printers,
)
from ..style import HINT, PRIMARY_BUTTON
from ..template_problems import problems_text
from ..widgets.pdf_preview import PdfPreviewWidget
from ..widgets.pdf_saving import documents_path, save_pdf_as
from ..widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

def remembered_variant() -> str:
    """The paper this PC's receipt printer takes (Settings → Printers, or the last switch)."""
    return workstation_printers().receipt_paper


class ReceiptDialog(QDialog):
    def __init__(self, db: Database, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._complaint = complaints.get(db, complaint_id)
        self._pdf = b""
        self.setModal(False)
        self.setWindowTitle(self.tr("Receipt %1").replace("%1", self._complaint.tracking_no))
        resize_within_screen(self, 720, 860)

        self.preview = PdfPreviewWidget(self)
        self.a5_button = QRadioButton(self.tr("A5 sheet"))
        self.thermal_button = QRadioButton(self.tr("80 mm roll"))
        self._variants = QButtonGroup(self)
        self._variants.addButton(self.a5_button)
        self._variants.addButton(self.thermal_button)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName(PRIMARY_BUTTON)
        self.options_button = QPushButton(self.tr("Print with options…"))
        self.options_button.setToolTip(self.tr("Choose the printer and copies (Ctrl+Shift+P)"))
        self.options_button.setAutoDefault(False)
        self.print_status = QLabel(self)
        self.print_status.setObjectName(HINT)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self._build_layout()

        (self.thermal_button if remembered_variant() == "thermal" else self.a5_button).setChecked(True)
        self._render()
        self._variants.buttonToggled.connect(self._variant_toggled)
        self.print_button.clicked.connect(self.print_receipt)
        self.options_button.clicked.connect(self.print_with_options)
        self._name_print_button()
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.close)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def _build_layout(self) -> None:
        paper = QHBoxLayout()
        paper_label = QLabel(self.tr("Paper:"))
        paper_label.setObjectName(HINT)
        paper.addWidget(paper_label)
        paper.addWidget(self.a5_button)
        paper.addWidget(self.thermal_button)
        paper.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.options_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(paper)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

    def variant(self) -> str:
        return "thermal" if self.thermal_button.isChecked() else "a5"

    def tracking_no(self) -> str:
        return self._complaint.tracking_no

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def _variant_toggled(self, _button: QRadioButton, checked: bool) -> None:
        # buttonToggled fires for the button switched off too; render once, for the new one.
        if checked:
            workstation.set_receipt_paper(workstation_file(), self.variant())
            self._render()

    def _render(self) -> None:
        self._pdf, found = receipts.receipt_pdf_checked(self._db, self._complaint.id,
                                                        variant=self.variant())
        self.preview.set_pdf(self._pdf)
        self.print_status.setText(problems_text(found))

    def _name_print_button(self) -> None:
        # "Print…" promises a dialog; with a receipt printer chosen there is none.
        if will_ask(workstation.RECEIPT):
            self.print_button.setText(self.tr("Print…"))
            self.print_button.setToolTip(self.tr("Ctrl+P"))
        else:
            self.print_button.setText(self.tr("Print"))
            self.print_button.setToolTip(self.tr("Print on the receipt printer (Ctrl+P)"))

    def print_receipt(self) -> bool:
        return self._report(print_pdf(self._pdf, self, self.windowTitle(),
                                      kind=workstation.RECEIPT))

    def print_with_options(self) -> bool:
        return self._report(print_pdf(self._pdf, self, self.windowTitle(),
                                      kind=workstation.RECEIPT, with_options=True))

    def _report(self, outcome: PrintOutcome) -> bool:
        self.print_status.setText(outcome_text(outcome))
        return outcome.printed

    def default_file_name(self) -> str:
        return documents_path(self.tr("receipt-%1.pdf").replace("%1", self._complaint.tracking_no))

    def save_as_pdf(self) -> Path | None:
        return save_pdf_as(self, self._pdf, self.tr("Save receipt as PDF"),
                           Path(self.default_file_name()).name)

    def keyPressEvent(self, event) -> None:
        # A QDialog closes on Esc by reject(); for a non-modal preview that is what we want,
        # but Ctrl+P should print from here too, like in every other program, and
        # Ctrl+Shift+P with the print dialog.
        modifiers = event.modifiers()
        if event.key() == Qt.Key.Key_P and modifiers & Qt.KeyboardModifier.ControlModifier:
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.print_with_options()
            else:
                self.print_receipt()
            return
        super().keyPressEvent(event)


class ReceiptOpener(QObject):
    """At most one receipt preview per page: opening another replaces it, so they never pile up."""

    def __init__(self, db: Database, owner: QWidget) -> None:
        super().__init__(owner)
        self._db = db
        self._owner = owner
        self._dialog: ReceiptDialog | None = None

    def open(self, complaint_id: int) -> ReceiptDialog:
        if self._dialog is not None:
            self._dialog.close()
        dialog = ReceiptDialog(self._db, complaint_id, self._owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialog = dialog
        dialog.show()
        return dialog

    def current(self) -> ReceiptDialog | None:
        return self._dialog

    def _forget(self, dialog: ReceiptDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
