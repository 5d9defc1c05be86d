"""Receipt preview: shows the complaint's receipt and prints it or saves it as a PDF file."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
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

from fondue_desk.services import complaints, receipts

from ..style import HINT, PRIMARY_BUTTON
from ..widgets.pdf_preview import PdfPreviewWidget
from ..widgets.pdf_printing import print_pdf
from ..widgets.pdf_saving import documents_path, save_pdf_as

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

VARIANT_SETTING = "receipt/variant"
DEFAULT_VARIANT = "a5"


def remembered_variant() -> str:
    """The paper the desk printed on last time: most desks own either a laser or a roll."""
    value = QSettings().value(VARIANT_SETTING, DEFAULT_VARIANT)
    return value if value in receipts.RECEIPT_VARIANTS else DEFAULT_VARIANT


class ReceiptDialog(QDialog):
    def __init__(self, db: Database, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._complaint = complaints.get(db, complaint_id)
        self._pdf = b""
        self.setModal(False)
        self.setWindowTitle(self.tr("Receipt %1").replace("%1", self._complaint.tracking_no))
        self.resize(720, 860)

        self.preview = PdfPreviewWidget(self)
        self.a5_button = QRadioButton(self.tr("A5 sheet"))
        self.thermal_button = QRadioButton(self.tr("80 mm roll"))
        self._variants = QButtonGroup(self)
        self._variants.addButton(self.a5_button)
        self._variants.addButton(self.thermal_button)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName(PRIMARY_BUTTON)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self._build_layout()

        (self.thermal_button if remembered_variant() == "thermal" else self.a5_button).setChecked(True)
        self._render()
        self._variants.buttonToggled.connect(self._variant_toggled)
        self.print_button.clicked.connect(self.print_receipt)
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
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
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
            QSettings().setValue(VARIANT_SETTING, self.variant())
            self._render()

    def _render(self) -> None:
        self._pdf = receipts.receipt_pdf(self._db, self._complaint.id, variant=self.variant())
        self.preview.set_pdf(self._pdf)

    def print_receipt(self) -> bool:
        return print_pdf(self._pdf, self, self.windowTitle())

    def default_file_name(self) -> str:
        return documents_path(self.tr("receipt-%1.pdf").replace("%1", self._complaint.tracking_no))

    def save_as_pdf(self) -> Path | None:
        return save_pdf_as(self, self._pdf, self.tr("Save receipt as PDF"),
                           Path(self.default_file_name()).name)

    def keyPressEvent(self, event) -> None:  # noqa: N802  (Qt override)
        # A QDialog closes on Esc by reject(); for a non-modal preview that is what we want,
        # but Ctrl+P should print from here too, like in every other program.
        if event.key() == Qt.Key.Key_P and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
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
