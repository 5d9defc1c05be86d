"""Counter intake: log a walk-in complaint from the keyboard and hand over the receipt."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.services import complaints, intake, receipts, reference
from fondue_desk.services.views import ComplaintView, OfficeView, UserView

from ..dialogs.receipt_dialog import ReceiptDialog, ReceiptOpener, remembered_variant
from ..style import BADGE, HINT, PAGE_TITLE, PRIMARY_BUTTON
from ..widgets.enter_submits import ENTER_KEYS, EnterSubmits
from ..widgets.message_bar import MessageBarWidget
from ..widgets.pdf_printing import print_pdf
from .intake_clearing import ClearWithUndo
from .intake_form import IntakeFormWidget

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database



class IntakePage(QWidget):
    complaint_logged = Signal(object)  # ComplaintView
    message = Signal(str)  # short feedback for the status bar

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._last_complaint: ComplaintView | None = None
        self._receipts = ReceiptOpener(db, self)

        self.form = IntakeFormWidget(
            reference.active_categories(db, office.id), reference.villages(db, office.id), self)
        self.save_button = QPushButton(self.tr("Save and print receipt"), self)
        self.save_button.setObjectName(PRIMARY_BUTTON)
        self.save_button.setToolTip(self.tr("Enter"))
        self.today_label = QLabel(self)
        self.today_label.setObjectName(BADGE)
        self.undo_bar = MessageBarWidget(self)
        self.clearing = ClearWithUndo(self.form, self.undo_bar, self)
        self.complaint_logged.connect(self.clearing.forget)
        self._build_layout()
        QWidget.setTabOrder(self.form.tab_chain()[-1], self.save_button)

        self.save_button.clicked.connect(self.save)
        # QPlainTextEdit takes Enter for itself; a filter decides before it sees the key.
        self._enter_submits = EnterSubmits(self.form.description, self.save, self)
        reprint = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        reprint.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reprint.activated.connect(self.reprint_last)
        self.refresh_today_count()

    def _build_layout(self) -> None:
        title = QLabel(self.tr("New complaint"), self)
        title.setObjectName(PAGE_TITLE)
        keys = QLabel(self.tr("Enter: save · Esc: clear the form · Ctrl+P: reprint the last "
                              "receipt"), self)
        keys.setObjectName(HINT)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(keys, 1)
        header.addWidget(self.today_label)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from Save back to the form
        scroll.setWidget(self.form)

        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.undo_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)


    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Line edits, combos, the checkbox and the button leave Enter and Esc unhandled, so
        # they bubble up to here from whichever field has focus.
        if event.key() in ENTER_KEYS:
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)

    # ----------------------------------------------------------------- actions
    def save(self) -> ComplaintView | None:
        data, local_errors = self.form.collect()
        if local_errors:
            self._show_errors(local_errors + self._service_errors(data, local_errors))
            return None
        try:
            complaint = intake.log_complaint(self._db, self._user.id, data)
        except InvalidInput as exc:
            self._show_errors(list(exc.errors))
            return None
        self._last_complaint = complaint
        self.form.clear()
        self.form.category.setFocus()
        self.refresh_today_count()
        self.message.emit(self.tr("Logged %1").replace("%1", complaint.tracking_no))
        self.complaint_logged.emit(complaint)
        self.open_receipt(complaint.id)
        return complaint

    def _service_errors(self, data, already: list[FieldError]) -> list[FieldError]:
        """The service's verdict on the rest, so the clerk fixes everything in one go."""
        try:
            intake.validate(self._db, self._user.id, data)
        except InvalidInput as exc:
            flagged = {error.field for error in already}
            return [error for error in exc.errors if error.field not in flagged]
        return []

    def _show_errors(self, errors: list[FieldError]) -> None:
        first = self.form.feedback.show_errors(errors)
        (first or self.form.category).setFocus()

    def clear(self) -> bool:
        """Esc: empty the form, undoably (the bar, Ctrl+Z); an empty form is left alone."""
        if not self.clearing.clear():
            return False
        self.form.category.setFocus()
        return True

    def open_receipt(self, complaint_id: int) -> ReceiptDialog:
        return self._receipts.open(complaint_id)

    def receipt_dialog(self) -> ReceiptDialog | None:
        return self._receipts.current()

    def last_complaint(self) -> ComplaintView | None:
        return self._last_complaint

    def reprint_last(self) -> bool:
        """Print the last receipt again (the citizen lost it, or the printer jammed)."""
        if self._last_complaint is None:
            self.message.emit(self.tr("Nothing to reprint yet."))
            return False
        pdf = receipts.receipt_pdf(self._db, self._last_complaint.id, variant=remembered_variant())
        title = self.tr("Receipt %1").replace("%1", self._last_complaint.tracking_no)
        return print_pdf(pdf, self, title)

    def refresh_today_count(self) -> None:
        count = complaints.count_received_today(self._db, self._user.id)
        self.today_label.setText(self.tr("Logged today: %n", "", count))
