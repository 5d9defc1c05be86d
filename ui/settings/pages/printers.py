"""Settings → Printers: which printer of this PC takes receipts, and which takes A4.

Unlike every other page this one edits no office data: the choice is this workstation's
(services.workstation, a local file), so each counter keeps its own printers. For the same
reason a clerk may set it too; the window has no OK for a clerk, so their choice is kept at
once, while an administrator's waits for OK like the rest of the window.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.services import workstation
from fondue_desk.services.changes import NOTHING, ChangeSet
from fondue_desk.services.workstation import (
    ASK,
    NAMED,
    SYSTEM_DEFAULT,
    PrinterChoice,
    WorkstationPrinters,
)

from ...printing import printer_factory, workstation_file
from ...style import HINT
from ...widgets.field_feedback import error_label
from ..page import SettingsContext, SettingsPage, settings_page

COMBO_WIDTH = 460


@settings_page
class PrintersPage(SettingsPage):
    NAME = "printers"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Printers")
    SORT_ORDER = 85
    ADMIN_ONLY = False  # the printers of this PC, not the office's data
    KEYWORDS = ("printer", "receipt", "A4", "A5", "80 mm", "thermal", "print")

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._path = workstation_file()
        self._loading = False
        self.receipt_printer = QComboBox(self)
        self.a4_printer = QComboBox(self)
        for combo in (self.receipt_printer, self.a4_printer):
            combo.setMinimumWidth(COMBO_WIDTH)
            combo.setMaximumWidth(COMBO_WIDTH)  # a printer's name, not the page's width
        self.a5_radio = QRadioButton(self.tr("A5 sheet"), self)
        self.roll_radio = QRadioButton(self.tr("80 mm roll"), self)
        self.papers = QButtonGroup(self)
        self.papers.addButton(self.a5_radio)
        self.papers.addButton(self.roll_radio)
        self.warnings = {kind: error_label(self) for kind in workstation.DOCUMENT_KINDS}
        self.general_error = error_label(self)
        self.saved_note = QLabel(self)
        self.saved_note.setObjectName(HINT)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "These printers belong to this computer only: every counter chooses its own, and "
            "the choice stays on this computer. Documents then print straight away, without "
            "the print dialog; Ctrl+Shift+P in a preview still opens it."), self)
        intro.setWordWrap(True)
        intro.setObjectName(HINT)
        layout.addWidget(intro)
        layout.addWidget(self._build_receipt_box())
        layout.addWidget(self._build_a4_box())
        layout.addWidget(self.general_error)
        layout.addWidget(self.saved_note)
        layout.addStretch(1)

        for combo in (self.receipt_printer, self.a4_printer):
            combo.currentIndexChanged.connect(self._changed)
        self.papers.buttonToggled.connect(lambda _button, on: on and self._changed())

    def _build_receipt_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipts"), self)
        paper = QHBoxLayout()
        paper.addWidget(self.a5_radio)
        paper.addWidget(self.roll_radio)
        paper.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Receipt printer:"), self.receipt_printer)
        form.addRow(self.tr("Paper:"), paper)
        form.addRow("", self.warnings[workstation.RECEIPT])
        return box

    def _build_a4_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Work orders, letters and registers (A4)"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("A4 printer:"), self.a4_printer)
        form.addRow("", self.warnings[workstation.A4])
        return box

    # ------------------------------------------------------------------ load / save
    def load(self) -> None:
        self._loading = True
        try:
            stored = workstation.load_printers(self._path)
            installed = printer_factory().names()
            for kind, combo in self._combos().items():
                self._fill(combo, installed, stored.for_kind(kind))
            (self.roll_radio if stored.receipt_paper == "thermal" else self.a5_radio).setChecked(
                True)
        finally:
            self._loading = False
        self._show_warnings()
        self.saved_note.clear()
        self.general_error.hide()

    def _combos(self) -> dict[str, QComboBox]:
        return {workstation.RECEIPT: self.receipt_printer, workstation.A4: self.a4_printer}

    def _fill(self, combo: QComboBox, installed: list[str], choice: PrinterChoice) -> None:
        combo.clear()
        _add(combo, self.tr("Ask every time (print dialog)"), PrinterChoice(ASK))
        default = printer_factory().default_name()
        _add(combo, self.tr("The system default (%1)").replace("%1", default) if default
             else self.tr("The system default (none set)"), PrinterChoice(SYSTEM_DEFAULT))
        for name in installed:
            _add(combo, name, PrinterChoice(NAMED, name))
        if choice.mode == NAMED and choice.name not in installed:
            # Kept in the list, marked, so the clerk sees what was chosen and that it is gone.
            _add(combo, self.tr("%1 (not installed)").replace("%1", choice.name), choice)
        combo.setCurrentIndex(max(0, self.index_of(combo, choice)))

    @staticmethod
    def index_of(combo: QComboBox, choice: PrinterChoice) -> int:
        return next((i for i in range(combo.count()) if _choice_at(combo, i) == choice), -1)

    def choice(self, kind: str) -> PrinterChoice:
        combo = self._combos()[kind]
        return _choice_at(combo, combo.currentIndex())

    def chosen(self) -> WorkstationPrinters:
        return WorkstationPrinters(
            receipt=self.choice(workstation.RECEIPT), a4=self.choice(workstation.A4),
            receipt_paper="thermal" if self.roll_radio.isChecked() else "a5")

    def _show_warnings(self) -> None:
        installed = set(printer_factory().names())
        for kind in self._combos():
            mode, name = (choice := self.choice(kind)).mode, choice.name
            label = self.warnings[kind]
            if mode == NAMED and name not in installed:
                label.setText(self.tr(
                    "“%1” is not installed on this computer: printing will ask for a printer "
                    "until another one is chosen here.").replace("%1", name))
            elif mode == SYSTEM_DEFAULT and not printer_factory().default_name():
                label.setText(self.tr(
                    "This computer has no default printer: printing will ask for a printer."))
            else:
                label.clear()
            label.setVisible(bool(label.text()))

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._show_warnings()
        self.saved_note.clear()
        if self.read_only:  # a clerk's window has no OK: keep the choice now
            self.save()

    def save(self) -> ChangeSet | None:
        chosen = self.chosen()
        if chosen == workstation.load_printers(self._path):
            return NOTHING
        try:
            workstation.save_printers(self._path, chosen)
        except (InvalidInput, OSError) as exc:
            self.general_error.setText(self._error_text(exc))
            self.general_error.show()
            return None
        self.general_error.hide()
        if self.read_only:
            self.saved_note.setText(self.tr("Saved on this computer."))
        return NOTHING  # nothing of the office changed; no screen needs to reload

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, OSError):
            return self.tr("The choice could not be saved on this computer: %1").replace(
                "%1", error.strerror or str(error))
        first: FieldError = error.errors[0]
        if first.code == "printer.name_required":
            return self.tr("Choose a printer.")
        return self.tr("This printer name cannot be used.")

    def first_error_widget(self) -> QWidget | None:
        return self.receipt_printer


_MODE, _NAME = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


def _add(combo: QComboBox, text: str, choice: PrinterChoice) -> None:
    combo.addItem(text)
    combo.setItemData(combo.count() - 1, choice.mode, _MODE)
    combo.setItemData(combo.count() - 1, choice.name, _NAME)


def _choice_at(combo: QComboBox, index: int) -> PrinterChoice:
    if index < 0:
        return PrinterChoice(ASK)
    return PrinterChoice(combo.itemData(index, _MODE) or ASK, combo.itemData(index, _NAME) or "")
